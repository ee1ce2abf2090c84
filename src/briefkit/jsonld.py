"""Structured data for search engines and link previews: schema.org JSON-LD and OpenGraph tags.

Pure functions from the model (plus the site's config) to plain dicts; `script_text` turns a
dict into the text of a `<script type="application/ld+json">`: json.dumps, then every `<`, `>`
and `&` as a `\\u00XX` escape, so no writer's text can close the script element.

Why these types: a briefing is a `NewsArticle` that `isBasedOn` the article it annotates; its
actors are `about` it when the writer gave them a role (else `mentions`); sanctions instruments
are `citation`s of type `Legislation`; each picture is an `ImageObject` whose `creditText` is
the credit as written. Actors carry `sameAs` links to their verified identifiers.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from briefkit.config import SiteConfig
from briefkit.model import Actor, ActorKind, Briefing, Image, Sanction
from briefkit.urls import actor_path, briefing_path, provision_anchor, sanction_path

CONTEXT = "https://schema.org"

# Known external identifier schemes: (label, URL pattern). Others link only when the value is
# itself a web address. The actor page and `sameAs` both read this table.
EXTERNAL_IDS: dict[str, tuple[str, str]] = {
    "wikidata": ("Wikidata", "https://www.wikidata.org/wiki/{}"),
    "opensanctions": ("OpenSanctions", "https://www.opensanctions.org/entities/{}/"),
    "website": ("Website", "{}"),
}

ACTOR_TYPE = {ActorKind.PERSON: "Person", ActorKind.ORGANISATION: "Organization", ActorKind.STATE: "Country"}
OG_TYPE_PROFILE = "profile"


@dataclass(frozen=True, slots=True)
class MetaTag:
    """One `<meta>`: `attr` is "property" (OpenGraph) or "name" (Twitter)."""

    attr: str
    key: str
    content: str


def is_web(url: str | None) -> bool:
    return bool(url) and url.lower().startswith(("http://", "https://"))  # type: ignore[union-attr]


def external_url(scheme: str, value: str) -> str | None:
    """The web address of a verified identifier, or None when it has none."""
    _, pattern = EXTERNAL_IDS.get(scheme, ("", ""))
    url = pattern.format(value) if pattern else value
    return url if is_web(url) else None


def image_url(config: SiteConfig, src: str | None) -> str | None:
    """Absolute URL of an image: remote ones as written, local ones under base_url."""
    if not src:
        return None
    if is_web(src):
        return src
    if "://" in src or src.startswith("//"):
        return None
    return config.abs_url(src.removeprefix("./"))


def _iso(value: datetime | date) -> str:
    return value.isoformat()


def _drop_empty(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if v not in (None, "", [], (), {})}


def publisher(config: SiteConfig) -> dict[str, Any]:
    return {"@type": "Organization", "name": config.title, "url": config.base_url}


def actor_entity(config: SiteConfig, a: Actor, *, full: bool = False) -> dict[str, Any]:
    """An actor as Person / Organization / Country; `full` adds what only its own page needs."""
    url = config.abs_url(actor_path(a.id))
    same_as = [u for u in (external_url(s, v) for s, v in a.ids) if u]
    d: dict[str, Any] = {
        "@type": ACTOR_TYPE[a.kind],
        "@id": url + "#entity",
        "name": a.name,
        "url": url,
        "sameAs": same_as,
    }
    if full:
        d["alternateName"] = list(a.aliases)
        d["description"] = a.summary
        if a.kind is ActorKind.PERSON:
            d["jobTitle"] = a.role
            if a.country:
                d["nationality"] = {"@type": "Country", "identifier": a.country}
        elif a.kind is ActorKind.STATE:
            d["identifier"] = a.country
        elif a.country:
            d["location"] = {"@type": "Country", "identifier": a.country}
    return _drop_empty(d)


def legislation(config: SiteConfig, s: Sanction, *, full: bool = False) -> dict[str, Any]:
    url = config.abs_url(sanction_path(s.id))
    d: dict[str, Any] = {
        "@type": "Legislation",
        "@id": url + "#legislation",
        "name": s.title,
        "legislationIdentifier": s.symbol,
        "url": url,
        "sameAs": s.url if is_web(s.url) else None,
        "legislationDate": s.adopted.isoformat() if s.adopted else None,
        "legislationPassedBy": {"@type": "Organization", "name": s.issuer},
    }
    if full:
        d["description"] = s.summary
        d["alternateName"] = list(s.aliases)
        d["hasPart"] = [
            _drop_empty(
                {
                    "@type": "Legislation",
                    "name": p.label,
                    "description": p.summary,
                    "url": f"{url}#{provision_anchor(p.key)}",
                }
            )
            for p in s.provisions
        ]
    return _drop_empty(d)


def image_object(config: SiteConfig, image: Image) -> dict[str, Any]:
    return _drop_empty(
        {
            "@type": "ImageObject",
            "contentUrl": image_url(config, image.src),
            "caption": image.caption,
            "creditText": image.credit,
            "license": image.license,
            "acquireLicensePage": image.source_url if is_web(image.source_url) else None,
        }
    )


def news_article(
    config: SiteConfig,
    b: Briefing,
    actors: dict[str, Actor],
    sanctions: dict[str, Sanction],
    tags: list[str] | tuple[str, ...] = (),
) -> dict[str, Any]:
    """A briefing as NewsArticle (see the module docstring for what each relation means)."""
    url = config.abs_url(briefing_path(b.id))
    refs = [r for r in b.actors if r.id in actors]
    about = [r for r in refs if r.role]
    if not about and refs:
        about = refs[:1]  # no roles given: the writer lists the principal actor first
    mentions = [r for r in refs if r not in about]
    seen: set[str] = set()
    cites = []
    for r in b.sanctions:
        if r.id in sanctions and r.id not in seen:
            seen.add(r.id)
            cites.append(legislation(config, sanctions[r.id]))
    authors = [{"@type": "Person", "name": n} for n in b.authors] or [
        {"@type": "Organization", "name": config.author or config.title}
    ]
    d: dict[str, Any] = {
        "@context": CONTEXT,
        "@type": "NewsArticle",
        "@id": url + "#article",
        "mainEntityOfPage": url,
        "url": url,
        "headline": b.title,
        "description": b.summary,
        "datePublished": _iso(b.date),
        "dateModified": _iso(b.updated or b.date),
        "inLanguage": config.language,
        "author": authors,
        "publisher": publisher(config),
        "keywords": list(tags),
        "isBasedOn": source_work(b),
        "about": _unique_entities(config, about, actors),
        "mentions": _unique_entities(config, mentions, actors),
        "citation": cites,
        "image": [image_object(config, i) for i in b.images],
    }
    return _drop_empty(d)


def _unique_entities(config: SiteConfig, refs: list, actors: dict[str, Actor]) -> list[dict[str, Any]]:
    out, seen = [], set()
    for r in refs:
        if r.id not in seen:
            seen.add(r.id)
            out.append(actor_entity(config, actors[r.id]))
    return out


def source_work(b: Briefing) -> dict[str, Any] | None:
    s = b.source
    if s is None:
        return None
    return (
        _drop_empty(
            {
                "@type": "NewsArticle",
                "headline": s.headline,
                "url": s.url if is_web(s.url) else None,
                "description": s.standfirst,
                "datePublished": _iso(s.published) if s.published else None,
                "publisher": {"@type": "Organization", "name": s.publisher} if s.publisher else None,
                "author": [{"@type": "Person", "name": n} for n in s.authors],
            }
        )
        or None
    )


def actor_page(config: SiteConfig, a: Actor, listed_under: Sequence[Sanction] = ()) -> dict[str, Any]:
    """The actor, with the measures that list it as `subjectOf`: schema.org has no "sanctioned
    by"; a Legislation whose subject the actor is, is what it can say."""
    d = {"@context": CONTEXT, **actor_entity(config, a, full=True)}
    if listed_under:
        d["subjectOf"] = [legislation(config, s) for s in listed_under]
    return d


def sanction_page(config: SiteConfig, s: Sanction, designated: Sequence[Actor] = ()) -> dict[str, Any]:
    """The measure, with the actors it lists as what it is `about`."""
    d = {"@context": CONTEXT, **legislation(config, s, full=True)}
    if designated:
        d["about"] = [actor_entity(config, a) for a in designated]
    return d


def website(config: SiteConfig) -> dict[str, Any]:
    d: dict[str, Any] = {
        "@context": CONTEXT,
        "@type": "WebSite",
        "@id": config.base_url + "#website",
        "name": config.title,
        "url": config.base_url,
        "description": config.description,
        "inLanguage": config.language,
        "publisher": publisher(config),
    }
    if config.search:
        d["potentialAction"] = {
            "@type": "SearchAction",
            "target": {"@type": "EntryPoint", "urlTemplate": config.abs_url("search/") + "?q={search_term_string}"},
            "query-input": "required name=search_term_string",
        }
    return _drop_empty(d)


def web_page(
    config: SiteConfig, title: str, site_path: str, *, collection: bool = True, description: str = ""
) -> dict[str, Any]:
    """Index, tag, timeline, credits and search pages: a (Collection)Page of the WebSite."""
    return _drop_empty(
        {
            "@context": CONTEXT,
            "@type": "CollectionPage" if collection else "WebPage",
            "name": title,
            "description": description,
            "url": config.abs_url(site_path),
            "inLanguage": config.language,
            "isPartOf": {
                "@type": "WebSite",
                "@id": config.base_url + "#website",
                "name": config.title,
                "url": config.base_url,
            },
        }
    )


def script_text(data: dict[str, Any]) -> str:
    """JSON for inside `<script type="application/ld+json">`: no writer text can end the element.

    Every `<`, `>` and `&` becomes a JSON unicode escape (as Jinja's `tojson` does), which is
    stronger than escaping `</` alone: no `</script`, no `<!--`, not even a literal `<script>`
    for a careless scanner to flag. JSON parsers read the same strings back.
    """
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def social_tags(
    config: SiteConfig,
    *,
    title: str,
    description: str,
    url: str,
    og_type: str = "website",
    image: str | None = None,
    image_alt: str | None = None,
    published: datetime | None = None,
    modified: datetime | None = None,
    tags: list[str] | tuple[str, ...] = (),
) -> tuple[MetaTag, ...]:
    """OpenGraph and Twitter card tags; `url` and `image` are absolute."""
    og = [
        ("og:site_name", config.title),
        ("og:title", title),
        ("og:description", description),
        ("og:url", url),
        ("og:type", og_type),
        ("og:locale", config.language.replace("-", "_")),
    ]
    if image:
        og.append(("og:image", image))
        if image_alt:
            og.append(("og:image:alt", image_alt))
    if og_type == "article":
        if published:
            og.append(("article:published_time", _iso(published)))
        if modified:
            og.append(("article:modified_time", _iso(modified)))
        og += [("article:tag", t) for t in tags]
    tw = [
        ("twitter:card", "summary_large_image" if image else "summary"),
        ("twitter:title", title),
        ("twitter:description", description),
    ]
    if image:
        tw.append(("twitter:image", image))
        if image_alt:
            tw.append(("twitter:image:alt", image_alt))
    return tuple(MetaTag("property", k, v) for k, v in og if v) + tuple(MetaTag("name", k, v) for k, v in tw if v)
