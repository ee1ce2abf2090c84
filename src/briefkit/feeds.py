"""Atom feeds: the site's, and one per tag, actor and sanction that has briefings.

Written as text, every value escaped the way ElementTree escapes it (the tests compare the
two). Deterministic by construction: entries come in the site's published order (newest first, ties
by id), and a feed's `updated` is its newest entry's, never the clock, so two builds of the same
content write the same bytes. Drafts never go into a feed, even in a `--drafts` build.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from briefkit import __version__
from briefkit.assemble import Site
from briefkit.config import SiteConfig
from briefkit.urls import actor_path, briefing_path, sanction_path, tag_path
from briefkit.xmltext import DECLARATION, attr, leaf

ATOM_NS = "http://www.w3.org/2005/Atom"
FEED_FILE = "feed.xml"
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)  # `updated` of a feed with no entry at all


@dataclass(frozen=True, slots=True)
class Entry:
    url: str  # absolute; also the entry's id (briefing URLs are permanent)
    title: str
    summary: str
    published: datetime
    updated: datetime
    authors: tuple[str, ...]
    categories: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Feed:
    path: str  # site path of the feed file: "feed.xml", "actors/x/feed.xml"
    title: str
    subtitle: str
    page_path: str  # site path of the page the feed follows
    entries: tuple[Entry, ...]


def feed_path(page_path: str) -> str:
    """The feed of a page lives beside it: "tags/x/" -> "tags/x/feed.xml"."""
    return page_path + FEED_FILE


def _public(site: Site) -> list[str]:
    return [bid for bid in site.briefings if not site.content.briefings[bid].draft]


def _entry(site: Site, bid: str) -> Entry:
    b = site.content.briefings[bid]
    tags = tuple(site.tags[s].name for s in site.briefing_tags.get(bid, ()) if s in site.tags)
    return Entry(
        url=site.config.abs_url(briefing_path(bid)),
        title=b.title,
        summary=b.summary,
        published=b.date,
        updated=b.updated or b.date,
        authors=b.authors,
        categories=tags,
    )


def site_feeds(site: Site) -> list[Feed]:
    """Every feed of the site, in a fixed order: site, tags, actors, sanctions (each by key)."""
    config, content = site.config, site.content
    limit = config.feed_entries
    order = _public(site)
    public = set(order)

    made: dict[str, Entry] = {}  # a briefing is an entry of ~6 feeds: built once

    def entry(bid: str) -> Entry:
        e = made.get(bid)
        if e is None:
            e = made[bid] = _entry(site, bid)
        return e

    def entries(ids: list[str] | tuple[str, ...]) -> tuple[Entry, ...]:
        # Backlinks and tag lists are already newest first; a briefing naming a term twice counts once.
        ordered = list(dict.fromkeys(b for b in ids if b in public))
        return tuple(entry(b) for b in ordered[:limit])

    feeds = [Feed(FEED_FILE, config.title, config.description, "", entries(order))]
    for slug, tag in site.tags.items():
        es = entries(tag.briefings)
        if es:
            feeds.append(
                Feed(
                    feed_path(tag_path(slug)),
                    f"{config.title}: tag “{tag.name}”",
                    f"Briefings tagged “{tag.name}”.",
                    tag_path(slug),
                    es,
                )
            )
    for actor_id in sorted(content.actors):
        es = entries([bl.briefing for bl in site.actor_backlinks.get(actor_id, ())])
        if es:
            name = content.actors[actor_id].name
            feeds.append(
                Feed(
                    feed_path(actor_path(actor_id)),
                    f"{config.title}: {name}",
                    f"Briefings naming {name}.",
                    actor_path(actor_id),
                    es,
                )
            )
    for sanction_id in sorted(content.sanctions):
        es = entries([bl.briefing for bl in site.sanction_backlinks.get(sanction_id, ())])
        if es:
            title = content.sanctions[sanction_id].title
            feeds.append(
                Feed(
                    feed_path(sanction_path(sanction_id)),
                    f"{config.title}: {title}",
                    f"Briefings citing {title}.",
                    sanction_path(sanction_id),
                    es,
                )
            )
    return feeds


def feeds_digest(site: Site) -> bytes:
    """A digest of everything `site_feeds` reads (site.yaml aside, which the build cache's
    fingerprint covers): equal digests, equal feeds. Dates go in as text (cheaper to digest)."""
    from briefkit.cache import text_digest

    content = site.content
    briefings = tuple(
        (
            bid,
            b.title,
            b.summary,
            b.date.isoformat(),
            b.updated and b.updated.isoformat(),
            b.authors,
            b.draft,
            site.briefing_tags.get(bid, ()),
        )
        for bid, b in ((bid, content.briefings[bid]) for bid in site.briefings)
    )
    tags = tuple((slug, t.name, t.briefings) for slug, t in site.tags.items())
    actors = tuple(
        (a, content.actors[a].name, tuple(bl.briefing for bl in site.actor_backlinks.get(a, ())))
        for a in sorted(content.actors)
    )
    sanctions = tuple(
        (s, content.sanctions[s].title, tuple(bl.briefing for bl in site.sanction_backlinks.get(s, ())))
        for s in sorted(content.sanctions)
    )
    return text_digest("feeds", briefings, tags, actors, sanctions)


def feed_paths(site: Site) -> set[str]:
    """Site paths of the pages that have a feed ("" is the home page): those of `site_feeds`,
    found without building any entry (every page's head asks)."""
    public = set(_public(site))
    paths = {""}
    paths.update(tag_path(slug) for slug, tag in site.tags.items() if not public.isdisjoint(tag.briefings))
    for path, docs, backlinks in (
        (actor_path, site.content.actors, site.actor_backlinks),
        (sanction_path, site.content.sanctions, site.sanction_backlinks),
    ):
        paths.update(
            path(key) for key, bls in backlinks.items() if key in docs and any(bl.briefing in public for bl in bls)
        )
    return paths


def _rfc3339(d: datetime) -> str:
    return d.isoformat()


def atom_xml(config: SiteConfig, feed: Feed, written: dict[Entry, str] | None = None) -> bytes:
    """One feed as Atom 1.0 bytes (UTF-8, with an XML declaration).

    Written as text, escaping every value the way ElementTree does, because serialising 300
    feeds through ElementTree cost more than rendering the pages an edit changed; the bytes
    are what `ET.indent` + `ET.tostring` give (see `xmltext`; tests/test_cache.py compares the two).
    `written` keeps each entry's text across the feeds of one build (a briefing is in several).
    """
    feed_url = config.abs_url(feed.path)
    newest = max((e.updated for e in feed.entries), key=lambda d: d.timestamp(), default=EPOCH)
    out = [
        DECLARATION,
        f'<feed xmlns="{ATOM_NS}" xml:lang="{attr(config.language)}">\n',
        leaf("  ", "id", feed_url),
        leaf("  ", "title", feed.title),
    ]
    if feed.subtitle:
        out.append(leaf("  ", "subtitle", feed.subtitle))
    out += [
        f'  <link rel="self" type="application/atom+xml" href="{attr(feed_url)}" />\n',
        f'  <link rel="alternate" type="text/html" href="{attr(config.abs_url(feed.page_path))}" />\n',
        leaf("  ", "updated", _rfc3339(newest)),
        # the fallback for entries without named authors (Atom requires one)
        "  <author>\n",
        leaf("    ", "name", config.author or config.title),
        leaf("    ", "uri", config.base_url),
        "  </author>\n",
        leaf("  ", "generator", "briefkit", f' uri="https://pypi.org/project/briefkit/" version="{attr(__version__)}"'),
    ]
    for e in feed.entries:
        text = written.get(e) if written is not None else None
        if text is None:
            text = _entry_xml(e)
            if written is not None:
                written[e] = text
        out.append(text)
    out.append("</feed>\n")
    return "".join(out).encode("utf-8")


def _entry_xml(e: Entry) -> str:
    out = [
        "  <entry>\n",
        leaf("    ", "id", e.url),
        leaf("    ", "title", e.title),
        f'    <link rel="alternate" type="text/html" href="{attr(e.url)}" />\n',
        leaf("    ", "published", _rfc3339(e.published)),
        leaf("    ", "updated", _rfc3339(e.updated)),
    ]
    for name in e.authors:
        out += ["    <author>\n", leaf("      ", "name", name), "    </author>\n"]
    out += [f'    <category term="{attr(term)}" />\n' for term in e.categories]
    out += [leaf("    ", "summary", e.summary, ' type="text"'), "  </entry>\n"]
    return "".join(out)


def feed_files(site: Site) -> list[tuple[str, bytes]]:
    """(site path, bytes) of every feed."""
    written: dict[Entry, str] = {}
    return [(f.path, atom_xml(site.config, f, written)) for f in site_feeds(site)]
