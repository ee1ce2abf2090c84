"""A saved page's metadata: headline, standfirst, authors, date, publisher and canonical URL.

These are structured data — JSON-LD, OpenGraph, `<meta>`, `<time datetime>` — where exact
reading beats scoring, so they are read here with lxml rather than by the content extractor.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from briefkit.importer.bylines import parse_byline, split_names
from briefkit.importer.dates import parse_date
from briefkit.importer.htmlbody import clean_text

_BYLINE_CLASS = re.compile(r"byline|author|contributor", re.I)
_ARTICLE_TYPES = {"newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle", "blogposting",
                  "opinionnewsarticle", "backgroundnewsarticle", "report", "webpage"}


@dataclass
class PageMeta:
    title: str | None = None
    summary: str | None = None
    authors: list[str] = field(default_factory=list)
    published: datetime | date | None = None
    publisher: str | None = None
    url: str | None = None
    notes: list[str] = field(default_factory=list)


def read_metadata(tree: Any) -> PageMeta:
    meta = PageMeta()
    ld = _json_ld_article(tree)
    metas = _meta_tags(tree)
    h1 = _first_text(tree, ["//article//h1", "//main//h1", "//h1"])
    title_tag = clean_text(tree.findtext(".//title") or "")
    meta.title = h1 or clean_text(_ld_str(ld.get("headline"))) or metas.get("og:title") or metas.get("twitter:title") or _strip_site(title_tag)
    meta.summary = (
        _first_text(tree, [f"//*[contains(concat(' ', normalize-space(@class), ' '), ' {c} ')]" for c in
                           ("standfirst", "dek", "article-standfirst", "subtitle", "sub-headline", "strapline", "article-summary", "lede", "intro")])
        or metas.get("og:description") or metas.get("description") or clean_text(_ld_str(ld.get("description"))) or None
    )
    meta.url = metas.get("canonical") or metas.get("og:url") or _ld_str(ld.get("url")) or None
    for candidate in (metas.get("article:published_time"), _ld_str(ld.get("datePublished")),
                      metas.get("datepublished"), _time_datetime(tree), metas.get("date"),
                      metas.get("pubdate"), metas.get("dc.date"), metas.get("dcterms.created")):
        if candidate:
            parsed = parse_date(candidate)
            if parsed is not None:
                meta.published = parsed
                break
    meta.authors = _ld_names(ld.get("author")) or _meta_authors(metas) or _byline_authors(tree)
    publisher = ld.get("publisher")
    meta.publisher = (
        clean_text(_ld_str(publisher.get("name")) if isinstance(publisher, dict) else _ld_str(publisher))
        or metas.get("og:site_name") or metas.get("application-name") or _site_suffix(title_tag) or None
    )
    return meta


def _meta_tags(tree: Any) -> dict[str, str]:
    out: dict[str, str] = {}
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        value = clean_text(el.get("content") or "")
        if key and value and key not in out:
            out[key] = value
    for el in tree.iter("link"):
        if "canonical" in (el.get("rel") or "").lower().split() and el.get("href"):
            out.setdefault("canonical", el.get("href").strip())
    return out


def _json_ld_article(tree: Any) -> dict[str, Any]:
    """The page's NewsArticle (or Article …) object from its JSON-LD scripts, if any."""
    for script in tree.xpath("//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        for obj in _walk_ld(data):
            types = obj.get("@type")
            types = types if isinstance(types, list) else [types]
            if any(isinstance(t, str) and t.lower() in _ARTICLE_TYPES for t in types) and (obj.get("headline") or obj.get("datePublished")):
                return obj
    return {}


def _walk_ld(data: Any) -> list[dict[str, Any]]:
    if isinstance(data, list):
        return [o for item in data for o in _walk_ld(item)]
    if isinstance(data, dict):
        return [data, *(o for o in _walk_ld(data.get("@graph", [])))]
    return []


def _ld_str(value: Any) -> str:
    if isinstance(value, list):
        value = value[0] if value else ""
    if isinstance(value, dict):
        value = value.get("name") or value.get("@id") or ""
    return value if isinstance(value, str) else ""


def _ld_names(value: Any) -> list[str]:
    items = value if isinstance(value, list) else [value] if value else []
    names: list[str] = []
    for item in items:
        name = clean_text(_ld_str(item))
        if name and not name.startswith("http"):
            names.extend(split_names(re.sub(r"^by\s+", "", name, flags=re.I)))
    return names


def _meta_authors(metas: dict[str, str]) -> list[str]:
    for key in ("author", "article:author", "byl", "dc.creator", "parsely-author", "sailthru.author"):
        value = metas.get(key, "")
        if value and not value.startswith("http"):
            return split_names(re.sub(r"^by\s+", "", value, flags=re.I))
    return []


def _byline_authors(tree: Any) -> list[str]:
    for el in tree.xpath("//*[@rel='author'] | //*[@class]"):
        if el.get("rel") == "author" or _BYLINE_CLASS.search(el.get("class") or ""):
            names = parse_byline(clean_text(el.text_content()))
            if names:
                return list(names)
    return []


def _time_datetime(tree: Any) -> str | None:
    for el in tree.xpath("//article//time[@datetime] | //time[@datetime]"):
        return el.get("datetime")
    return None


def _first_text(tree: Any, xpaths: list[str]) -> str | None:
    for xp in xpaths:
        for el in tree.xpath(xp):
            text = clean_text(el.text_content())
            if text:
                return text
    return None


def _strip_site(title: str) -> str:
    return re.split(r"\s+[|–—-]\s+", title)[0].strip() if title else ""


def _site_suffix(title: str) -> str | None:
    parts = re.split(r"\s+[|–—]\s+", title)
    return parts[-1].strip() if len(parts) > 1 else None


def base_href(tree: Any) -> str | None:
    base = tree.find(".//base")
    return base.get("href") if base is not None else None
