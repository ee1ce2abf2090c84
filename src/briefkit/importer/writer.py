"""An `Article` and its `Annotations` → a briefing document, and where it goes.

The document is written with `frontmatter.dump_document`, the code the loader reads back, so an
imported file is an ordinary briefing. What the importer could not decide goes into `# ...`
comments in the front matter: the analyst sees it where the fix goes.
"""

from __future__ import annotations

import re
from datetime import date, datetime, tzinfo
from pathlib import Path
from typing import Any

from briefkit.importer.annotate import Annotations
from briefkit.importer.article import Article, ArticleImage
from briefkit.importer.pageurls import absolute_url
from briefkit.importer.validity import checked_body, checked_meta
from briefkit.urls import slugify

_SLUG_STOPWORDS = {
    "a",
    "an",
    "the",
    "of",
    "for",
    "to",
    "in",
    "on",
    "at",
    "and",
    "or",
    "his",
    "her",
    "its",
    "their",
    "with",
    "by",
    "as",
    "is",
    "are",
    "was",
    "be",
    "from",
    "after",
    "over",
    "into",
    "new",
}


def briefing_meta(article: Article, notes: Annotations, *, when: datetime | date) -> dict[str, Any]:
    """Front matter in the schema's order: what a person reads first comes first."""
    return _meta_and_notes(article, notes, when=when)[0]


def _meta_and_notes(article: Article, notes: Annotations, *, when: datetime | date) -> tuple[dict[str, Any], list[str]]:
    """The front matter, and what was found but could not go into it (said as comments)."""
    left_out: list[str] = []
    meta: dict[str, Any] = {"title": article.title, "summary": article.summary or article.title, "date": when}
    source: dict[str, Any] = {}
    if article.publisher:
        source["publisher"] = article.publisher
    source["headline"] = article.title
    if article.authors:
        source["authors"] = list(article.authors)
    if article.published is not None:
        source["published"] = article.published
    url = absolute_url(article.url)
    if url:
        source["url"] = url
    elif article.url:
        left_out.append(
            f"the page's address {article.url!r} is not a full http(s) URL and nothing tells where "
            "the page was: put the article's address in as source.url"
        )
    if article.standfirst:
        source["standfirst"] = article.standfirst
    meta["source"] = source
    if article.draft:
        meta["draft"] = True
    if notes.tags:
        meta["tags"] = list(notes.tags)
    if notes.actors:
        meta["actors"] = list(notes.actors)
    if notes.sanctions:
        meta["sanctions"] = list(notes.sanctions)
    images = []
    for img in article.images:
        entry, note = _image(img, url)
        if entry:
            images.append(entry)
        if note:
            left_out.append(note)
    if images:
        meta["images"] = images
    return meta, left_out


def _image(img: ArticleImage, base: str | None) -> tuple[dict[str, Any] | None, str | None]:
    """One picture's entry; a picture without a caption or alt text is left as a comment to finish."""
    caption = (img.caption or "").strip() or (img.alt or "").strip()
    src = absolute_url(img.src, base) if img.src else None
    note = None
    if img.src and not src:
        note = f"a picture's address {img.src[:120]!r} is not an http(s) URL: left out (caption and credit kept)"
    if not caption:
        found = {"credit": img.credit, **({"src": src} if src else {})}
        return None, (f"a picture without a caption or alt text (add a caption to use it): {found}")
    entry: dict[str, Any] = {}
    if src:
        entry["src"] = src
        entry["alt"] = (img.alt or "").strip() or caption
    entry["caption"] = caption
    entry["credit"] = img.credit
    if img.license:
        entry["license"] = img.license
    return entry, note


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
        out.append(
            "sanctions described without a number; these registry provisions match the words "
            "(annotate one only if the article means it):"
        )
        out += [f"  maybe: {hint}" for hint in notes.suggested_provisions]
    if article.links:
        out.append("links in the article's text:")
        out += [f"  {text} <{url}>" for text, url in article.links]
    return out


def render_document(
    article: Article, notes: Annotations, *, source_name: str, when: datetime | date, tz: tzinfo | None = None
) -> str:
    return render(article, notes, source_name=source_name, when=when, tz=tz)[0]


def render(
    article: Article, notes: Annotations, *, source_name: str, when: datetime | date, tz: tzinfo | None = None
) -> tuple[str, list[str]]:
    """The briefing file, and what was left out of it and why (also in its comments).

    Whatever `check` would reject is left as a comment saying why (see `validity`), so an
    import is always a valid briefing.
    """
    from briefkit.frontmatter import dump_document

    meta, left_out = _meta_and_notes(article, notes, when=when)
    meta, rejected = checked_meta(meta, tz)
    body, body_notes = checked_body(article.body)
    said = left_out + body_notes + [f"left out: {r}" for r in rejected]
    document = dump_document(meta, body, comments=comments(source_name, article, notes) + [f"note: {n}" for n in said])
    # a file (or a terminal) ends its last line
    return (document if document.endswith("\n") else document + "\n"), said


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
