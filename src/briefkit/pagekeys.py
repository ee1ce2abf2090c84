"""Dependency keys: what each page's plan reads, digested without planning it, so an edit
build plans and renders only the pages the edit reaches (see `page_jobs`)."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import cache, partial
from typing import Any

from briefkit import countries, designations
from briefkit.assemble import Site
from briefkit.model import Actor, Sanction
from briefkit.pages import SEARCH_PATH, PagePlan, Planner, ordered_tasks
from briefkit.urls import actor_path, briefing_path, sanction_path, tag_path


@dataclass(frozen=True)
class PageJob:
    """A page before it is planned: its output file, a function giving the key of everything
    its plan reads (None when some input cannot be keyed), and the function that plans it.
    Keys are computed on demand: a cold build has no record to compare them with in the
    parent, so its workers compute them along with the pages they render."""

    path: str
    key: Callable[[], bytes | None]
    plan: Callable[[], PagePlan]
    # The documents whose file or body the key reads, beside the site's relations (None: every
    # document). With the relations unchanged, a page none of whose documents changed has the
    # key it had: an edit build need not compute it (`build.render_pages`).
    docs: Callable[[], Iterable[str] | None] = lambda: None


def body_digest(body: Any) -> bytes:
    """What a page shows of a rendered body: its HTML (hashed as bytes: repr() of every body
    would cost more than the rest) and its table of contents."""
    from briefkit.cache import text_digest

    html = getattr(body, "html", None)
    h = hashlib.blake2b(html.encode("utf-8", "surrogatepass") if isinstance(html, str) else b"\0", digest_size=20)
    h.update(text_digest(tuple((t.level, t.text, t.anchor) for t in getattr(body, "toc", None) or ())))
    return h.digest()


def page_jobs(
    site: Site, doc_digests: dict[str, str], body_digests: Mapping[str, bytes] | None = None
) -> list[PageJob]:
    """`page_tasks`, each with its output path and a dependency key computed without planning.

    An edit build should plan and render only the pages an edit reaches. A page's key digests
    every input its plan reads: the documents it shows in full (by the sha256 of their file and
    the HTML of their body), the fields of each briefing it shows as a card (title, summary,
    dates, draft), the names of the actors, sanctions and tags it links, the assembled lists it
    shows (backlinks, related, previous/next, co-actors, "latest"), and whether it has a feed.
    Site-wide inputs (site.yaml, briefkit, flags) are in the cache's fingerprint and the
    templates in the page record. So an equal key means an equal plan: the build reuses the
    page's file without building its view. A key errs only on the side of replanning: a
    document without a file digest gets no key and is always planned. `body_digests` gives
    `body_digest` of bodies already digested (when they were rendered, kept in the memo).
    """
    from briefkit.cache import text_digest

    content, config = site.content, site.config
    planner = Planner(site)
    tasks = ordered_tasks(planner)
    feeds = planner.feed_pages

    def file_digest(doc: Any) -> str | None:
        return doc_digests.get(doc.path)

    body_digests = dict(body_digests or {})

    def body(doc_id: str) -> bytes:
        got = body_digests.get(doc_id)
        if got is None:
            got = body_digests[doc_id] = body_digest(site.bodies.get(doc_id))
        return got

    cards: dict[str, bytes] = {}

    def card(bid: str) -> bytes:
        got = cards.get(bid)
        if got is None:
            b = content.briefings[bid]
            # Dates as text: a datetime costs text_digest eight times a string.
            got = cards[bid] = text_digest(
                bid, b.title, b.summary, b.date.isoformat(), b.date_only, b.updated and b.updated.isoformat(), b.draft
            )
        return got

    @cache
    def every_card() -> bytes:
        return text_digest(tuple((bid, card(bid)) for bid in site.briefings))

    actor_names = {a.id: (a.name, a.kind.value) for a in content.actors.values()}

    @cache
    def states() -> dict[str, str]:
        return countries.states(content)

    def key(kind: str, site_path: str, *parts: Any) -> bytes:
        return text_digest(kind, site_path, site_path in feeds, *parts)

    def briefing_key(bid: str) -> bytes | None:
        b = content.briefings[bid]
        own = file_digest(b)
        actors = []
        for r in b.actors:
            a = content.actors.get(r.id)
            actors.append((r.id, None if a is None else file_digest(a)))
        sanctions = []
        for cited in b.sanctions:
            s = content.sanctions.get(cited.id)
            sanctions.append((cited.id, None if s is None else file_digest(s)))
        # The marks of listed actors read the measures' titles.
        sanctions += [
            (d.sanction, file_digest(content.sanctions[d.sanction]))
            for r in b.actors
            if r.id in content.actors
            for d in content.actors[r.id].designations
            if d.sanction in content.sanctions
        ]
        if (
            own is None
            or any(d is None for i, d in actors if i in content.actors)
            or any(d is None for i, d in sanctions if i in content.sanctions)
        ):
            return None
        slugs = site.briefing_tags.get(bid, ())
        prev_id, next_id = site.previous.get(bid), site.next.get(bid)
        return key(
            "briefing",
            briefing_path(bid),
            own,
            body(bid),
            tuple(actors),
            tuple(sanctions),
            tuple((s, site.tags[s].name if s in site.tags else None) for s in slugs),
            tuple((r, card(r)) for r in site.related.get(bid, ())),
            prev_id,
            prev_id and card(prev_id),
            next_id,
            next_id and card(next_id),
        )

    def actor_key(a: Actor) -> bytes | None:
        own = file_digest(a)
        if own is None:
            return None
        backlinks = site.actor_backlinks.get(a.id, ())
        return key(
            "actor",
            actor_path(a.id),
            own,
            body(a.id),
            tuple((bl.briefing, bl.role, bl.note, card(bl.briefing)) for bl in backlinks),
            tuple((o, n, actor_names.get(o)) for o, n in site.co_actors.get(a.id, ())),
            tuple((s, n, content.sanctions[s].title) for s, n in site.actor_sanctions.get(a.id, ())),
            tuple(
                file_digest(content.sanctions[d.sanction]) if d.sanction in content.sanctions else None
                for d in a.designations
            ),
            a.country and states().get(a.country),
        )

    def sanction_key(s: Sanction) -> bytes | None:
        own = file_digest(s)
        if own is None:
            return None
        backlinks = site.sanction_backlinks.get(s.id, ())
        return key(
            "sanction",
            sanction_path(s.id),
            own,
            body(s.id),
            tuple((bl.briefing, bl.provision, bl.note, card(bl.briefing)) for bl in backlinks),
            designations.key_parts(content, s.id),
        )

    def tag_key(slug: str) -> bytes:
        t = site.tags[slug]
        return key("tag", tag_path(slug), t.name, tuple((b, card(b)) for b in t.briefings))

    @cache
    def registry(name: str) -> tuple[tuple[str, str | None], ...] | None:
        docs = content.actors if name == "actors" else content.sanctions
        digests = tuple((i, file_digest(d)) for i, d in sorted(docs.items()))
        return None if any(d is None for _, d in digests) else digests

    @cache
    def tag_counts() -> tuple[tuple[str, str, int], ...]:
        return tuple((t.slug, t.name, len(t.briefings)) for t in site.tags.values())

    @cache
    def citations() -> tuple[tuple[str, int, Any], ...]:
        return tuple((a, site.citation_count(a), actor_names.get(a)) for a in site.actor_backlinks)

    def registry_index(name: str) -> bytes | None:
        digests = registry(name)
        if digests is None:
            return None
        if name == "actors":
            return key("actors", "actors/", every_card(), digests, citations())
        counts = tuple((s, len({bl.briefing for bl in bls})) for s, bls in site.sanction_backlinks.items())
        return key("sanctions", "sanctions/", every_card(), digests, counts)

    def credits_key() -> bytes:
        images = tuple(
            (
                bid,
                tuple(
                    (i.caption, i.credit, i.src, i.alt, i.license, i.source_url) for i in content.briefings[bid].images
                ),
            )
            for bid in site.briefings
        )
        return key("credits", "credits/", every_card(), images)

    # What each key function reads of the documents (the rest of what it reads is relations).
    def briefing_docs(bid: str) -> Iterable[str]:
        b = content.briefings[bid]
        listings = (d.sanction for r in b.actors if r.id in content.actors for d in content.actors[r.id].designations)
        return (
            bid,
            *(r.id for r in b.actors),
            *(r.id for r in b.sanctions),
            *listings,
            *site.related.get(bid, ()),
            site.previous.get(bid) or bid,
            site.next.get(bid) or bid,
        )

    def actor_docs(a: str) -> Iterable[str] | None:
        if content.actors[a].country:
            return None  # any state actor's file may claim the country (countries.states)
        return (
            a,
            *(bl.briefing for bl in site.actor_backlinks.get(a, ())),
            *(o for o, _ in site.co_actors.get(a, ())),
            *(x for x, _ in site.actor_sanctions.get(a, ())),
            *(d.sanction for d in content.actors[a].designations),
        )

    def sanction_docs(x: str) -> Iterable[str] | None:
        # Any actor's file may add a designation of this measure: every document counts.
        return None

    def none() -> Iterable[str]:
        return ()

    def every() -> None:
        return None

    keys: list[tuple[str, Callable[[], bytes | None], Callable[[], Iterable[str] | None]]] = [
        ("index.html", lambda: key("home", "", every_card(), citations(), tag_counts()), every),
        ("briefings/index.html", lambda: key("briefings", "briefings/", every_card()), every),
    ]
    keys += [
        (f"{briefing_path(bid)}index.html", partial(briefing_key, bid), partial(briefing_docs, bid))
        for bid in sorted(site.briefings)
    ]
    keys.append(("actors/index.html", partial(registry_index, "actors"), every))
    keys += [
        (f"{actor_path(a)}index.html", partial(actor_key, content.actors[a]), partial(actor_docs, a))
        for a in sorted(content.actors)
    ]
    keys.append(("sanctions/index.html", partial(registry_index, "sanctions"), every))
    keys += [
        (f"{sanction_path(s)}index.html", partial(sanction_key, content.sanctions[s]), partial(sanction_docs, s))
        for s in sorted(content.sanctions)
    ]
    keys.append(("tags/index.html", lambda: key("tags", "tags/", every_card(), tag_counts()), every))
    keys += [
        (f"{tag_path(slug)}index.html", partial(tag_key, slug), partial(lambda t: site.tags[t].briefings, slug))
        for slug in sorted(site.tags)
    ]
    if config.search:
        keys.append((f"{SEARCH_PATH}index.html", lambda: key("search", SEARCH_PATH), none))
    keys += [
        ("timeline/index.html", lambda: key("timeline", "timeline/", every_card()), every),
        ("credits/index.html", credits_key, every),
        ("404.html", lambda: key("404", "404.html"), none),
    ]
    assert len(keys) == len(tasks)
    return [PageJob(path, k, task, d) for (path, k, d), task in zip(keys, tasks, strict=True)]
