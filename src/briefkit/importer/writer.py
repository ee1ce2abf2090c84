"""An `Article` and its `Annotations` → a briefing document, and where it goes.

The document is written with `frontmatter.dump_document`, the code the loader reads back, so an
imported file is an ordinary briefing. What the importer could not decide goes into `# ...`
comments in the front matter: the analyst sees it where the fix goes.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path
from typing import Any

from briefkit.importer.annotate import Annotations
from briefkit.importer.article import Article
from briefkit.urls import slugify

_SLUG_STOPWORDS = {
    "a", "an", "the", "of", "for", "to", "in", "on", "at", "and", "or", "his", "her", "its", "their",
    "with", "by", "as", "is", "are", "was", "be", "from", "after", "over", "into", "new",
}


def briefing_meta(article: Article, notes: Annotations, *, when: datetime | date) -> dict[str, Any]:
    """Front matter in the schema's order: what a person reads first comes first."""
    meta: dict[str, Any] = {"title": article.title, "summary": article.summary or article.title, "date": when}
    source: dict[str, Any] = {}
    if article.publisher:
        source["publisher"] = article.publisher
    source["headline"] = article.title
    if article.authors:
        source["authors"] = list(article.authors)
    if article.published is not None:
        source["published"] = article.published
    if article.url:
        source["url"] = article.url
    if article.standfirst:
        source["standfirst"] = article.standfirst
    meta["source"] = source
    if notes.tags:
        meta["tags"] = list(notes.tags)
    if notes.actors:
        meta["actors"] = list(notes.actors)
    if notes.sanctions:
        meta["sanctions"] = list(notes.sanctions)
    images = []
    for img in article.images:
        entry: dict[str, Any] = {}
        if img.src:
            entry["src"] = img.src
            entry["alt"] = img.alt or img.caption
        entry["caption"] = img.caption
        entry["credit"] = img.credit
        if img.license:
            entry["license"] = img.license
        images.append(entry)
    if images:
        meta["images"] = images
    return meta


def comments(source_name: str, article: Article, notes: Annotations) -> list[str]:
    """What the analyst should look at, as front-matter comments."""
    out = [f"imported by briefkit from {source_name}: review before publishing"]
    out += [f"note: {n}" for n in article.notes]
    out += [f"ambiguous: {n}" for n in notes.ambiguous]
    if notes.suggested_actors:
        out.append("not in the registry (add an actor if it matters): " + "; ".join(notes.suggested_actors))
    if notes.suggested_sanctions:
        out.append("cited but not in the registry: " + "; ".join(notes.suggested_sanctions))
    if notes.suggested_provisions:
        out.append("sanctions described without a number; these registry provisions match the words "
                   "(annotate one only if the article means it):")
        out += [f"  maybe: {hint}" for hint in notes.suggested_provisions]
    if article.links:
        out.append("links in the article's text:")
        out += [f"  {text} <{url}>" for text, url in article.links]
    return out


def render_document(article: Article, notes: Annotations, *, source_name: str, when: datetime | date) -> str:
    from briefkit.frontmatter import dump_document

    document = dump_document(briefing_meta(article, notes, when=when), article.body,
                             comments=comments(source_name, article, notes))
    return document if document.endswith("\n") else document + "\n"  # a file (or a terminal) ends its last line


def slug_for(title: str, max_words: int = 6, max_len: int = 60) -> str:
    """A short, readable slug from the headline: its first few content words."""
    words = [slugify(re.sub(r"['’]s$|['’]", "", w)) for w in title.split()]
    words = [w for w in words if w and w != "tag" and w not in _SLUG_STOPWORDS]
    out: list[str] = []
    for w in words:
        if len(out) >= max_words or len("-".join([*out, w])) > max_len:
            break
        out.append(w)
    return "-".join(out) or "briefing"


def briefing_filename(title: str, when: datetime | date) -> str:
    day = when.date() if isinstance(when, datetime) else when
    return f"{day.isoformat()}-{slug_for(title)}.md"


def target_path(content_dir: Path, title: str, when: datetime | date) -> Path:
    return content_dir / "briefings" / briefing_filename(title, when)
