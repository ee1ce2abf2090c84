"""Assembly: the validated content turned into a cross-linked `Site`.

Every relation a page shows in *both* directions is computed here once, so the page stage
only formats: which briefings are published and in what order, the tag index (colliding
spellings merged), backlinks carrying the actor's role and the sanction's provision,
co-occurring actors, the sanctions around an actor, related briefings and previous/next.
Relations stay ids (the model's rule); every ordering is total, so builds are byte-identical.
"""

from __future__ import annotations

import secrets
from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from briefkit.config import SiteConfig
from briefkit.diagnostics import Diagnostics, Pos
from briefkit.model import Briefing, Content
from briefkit.urls import slugify

RELATED_LIMIT = 5
# Why these weights: a shared actor is the strongest signal two stories are about the same
# thing; a shared instrument less so (one resolution covers many unrelated cases); free tags least.
ACTOR_WEIGHT, SANCTION_WEIGHT, TAG_WEIGHT = 3, 2, 1


@dataclass(frozen=True, slots=True)
class ActorBacklink:
    """A briefing naming an actor, with the role and note the briefing gave it."""

    briefing: str
    role: str | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True)
class SanctionBacklink:
    """A briefing citing a sanction, with the provision (None: the instrument as a whole)."""

    briefing: str
    provision: str | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True)
class Tag:
    slug: str
    name: str  # the most frequent spelling among those sharing the slug
    briefings: tuple[str, ...]  # newest first


@dataclass(frozen=True)
class Site:
    """Everything the pages need, resolved. Mappings are keyed by id (tags: by slug)."""

    config: SiteConfig
    content: Content
    bodies: Mapping[str, Any]  # id -> RenderedBody
    briefings: tuple[str, ...]  # published (and drafts when asked), newest first
    tags: Mapping[str, Tag]  # slug -> Tag, in slug order
    briefing_tags: Mapping[str, tuple[str, ...]]  # briefing -> its tag slugs, deduplicated, as written
    actor_backlinks: Mapping[str, tuple[ActorBacklink, ...]]  # newest first
    sanction_backlinks: Mapping[str, tuple[SanctionBacklink, ...]]  # newest first
    co_actors: Mapping[str, tuple[tuple[str, int], ...]]  # actor -> (actor, shared briefings)
    actor_sanctions: Mapping[str, tuple[tuple[str, int], ...]]  # actor -> (sanction, briefings)
    related: Mapping[str, tuple[str, ...]]  # briefing -> up to 5 briefings, best first
    previous: Mapping[str, str | None]  # the next older briefing
    next: Mapping[str, str | None]  # the next newer briefing

    def briefing(self, doc_id: str) -> Briefing:
        return self.content.briefings[doc_id]

    def citation_count(self, actor_id: str) -> int:
        """How many briefings name an actor (one briefing naming it twice counts once)."""
        return len({b.briefing for b in self.actor_backlinks.get(actor_id, ())})


def _newest_first(briefings: list[Briefing]) -> list[Briefing]:
    # Newest instant first; equal instants fall back to the id so the order is total.
    by_id = sorted(briefings, key=lambda b: b.id)
    return sorted(by_id, key=lambda b: b.date.timestamp(), reverse=True)


def _unique(items: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))


def _tag_name(spellings: Counter[str]) -> str:
    # Most frequent spelling wins; a tie goes to the smallest string (capitals sort first,
    # so "Iran" beats "iran"), which keeps the choice independent of file order.
    return min(spellings, key=lambda s: (-spellings[s], s))


def _body_links(body: Any) -> set[str]:
    """Ids a rendered body links with `[[id]]` (tolerant of how `links` is shaped)."""
    out: set[str] = set()
    for link in getattr(body, "links", ()) or ():
        if isinstance(link, str):
            out.add(link)
        else:
            target = getattr(link, "id", None) or getattr(link, "target", None)
            if isinstance(target, str):
                out.add(target)
    return out


def assemble(
    config: SiteConfig,
    content: Content,
    bodies: Mapping[str, Any],
    diags: Diagnostics,
    *,
    drafts: bool = False,
    memo: dict[str, Any] | None = None,
    related: dict[str, Any] | None = None,
) -> Site:
    """Resolve the content into a `Site`; warn about unannotated mentions and unused entries.

    `memo` (a dict the caller keeps between builds) holds the relations and warnings of the
    last call with what they were computed from: every value they are made from, gathered
    into one tuple. When that tuple is equal, as after an edit of a briefing's wording, the
    relations are taken from it instead of recomputed (most of an edit build's assembling).
    `memo["made"]` names each computation (a random token): while it is the same, so are the
    relations. `related` is `relate(content, drafts=drafts)` when the caller made it already.
    """
    inputs = _relation_inputs(content, bodies, drafts)
    if memo is not None and memo.get("inputs") == inputs and memo.get("made"):
        relations, warnings = memo["relations"], memo["warnings"]
    else:
        found = Diagnostics()
        relations = related if related is not None else relate(content, drafts=drafts)
        _warn(content, bodies, [content.briefings[i] for i in relations["briefings"]], found)
        warnings = list(found)
        if memo is not None:  # key by key: the caller's dict may track what was set
            memo["inputs"], memo["relations"], memo["warnings"] = inputs, relations, warnings
            memo["made"] = secrets.token_hex(8)
    diags.extend(warnings)
    return Site(config=config, content=content, bodies=bodies, **relations)


def _relation_inputs(content: Content, bodies: Mapping[str, Any], drafts: bool) -> tuple:
    """Every value of the content and bodies that `relate` and `_warn` read, as plain tuples."""
    briefings = tuple(
        (
            b.id,
            b.path,
            b.body_line,
            b.draft,
            b.date.timestamp(),
            tuple((r.id, r.role, r.note) for r in b.actors),
            tuple((r.id, r.provision, r.note) for r in b.sanctions),
            b.tags,
            tuple(getattr(bodies.get(b.id), "mentions", ()) or ()),
            tuple(sorted(_body_links(bodies.get(b.id)))),
        )
        for b in content.briefings.values()
    )
    actors = tuple((a.id, a.path, a.name) for a in content.actors.values())
    sanctions = tuple((s.id, s.path, s.title) for s in content.sanctions.values())
    return drafts, briefings, actors, sanctions


def relate(content: Content, *, drafts: bool) -> dict[str, Any]:
    """The relations of a `Site` (its fields but config, content and bodies).

    They follow from the front matter alone, so a build can make them while the bodies are
    still being rendered (see `build.ahead.Ahead`); only the warnings need the bodies.
    """
    published = _newest_first([b for b in content.briefings.values() if drafts or not b.draft])
    order = tuple(b.id for b in published)

    # Per-briefing id sets (refs to ids the schema did not resolve are skipped defensively).
    b_actors: dict[str, tuple[str, ...]] = {}
    b_sanctions: dict[str, tuple[str, ...]] = {}
    briefing_tags: dict[str, tuple[str, ...]] = {}
    spellings: dict[str, Counter[str]] = defaultdict(Counter)
    tag_briefings: dict[str, list[str]] = defaultdict(list)
    actor_backlinks: dict[str, list[ActorBacklink]] = defaultdict(list)
    sanction_backlinks: dict[str, list[SanctionBacklink]] = defaultdict(list)

    for b in published:
        b_actors[b.id] = _unique([r.id for r in b.actors if r.id in content.actors])
        b_sanctions[b.id] = _unique([r.id for r in b.sanctions if r.id in content.sanctions])
        slugs = _unique([slugify(t) for t in b.tags])
        briefing_tags[b.id] = slugs
        for t in b.tags:
            spellings[slugify(t)][t] += 1
        for slug in slugs:
            tag_briefings[slug].append(b.id)
        for ar in b.actors:
            if ar.id in content.actors:
                actor_backlinks[ar.id].append(ActorBacklink(b.id, ar.role, ar.note))
        for sr in b.sanctions:
            if sr.id in content.sanctions:
                sanction_backlinks[sr.id].append(SanctionBacklink(b.id, sr.provision, sr.note))

    tags = {slug: Tag(slug, _tag_name(spellings[slug]), tuple(tag_briefings[slug])) for slug in sorted(tag_briefings)}

    # Co-occurrence: for each actor, the actors sharing a briefing and the sanctions cited there.
    co: dict[str, Counter[str]] = defaultdict(Counter)
    around: dict[str, Counter[str]] = defaultdict(Counter)
    for bid in order:
        for a in b_actors[bid]:
            for other in b_actors[bid]:
                if other != a:
                    co[a][other] += 1
            for s in b_sanctions[bid]:
                around[a][s] += 1

    def actor_key(item: tuple[str, int]) -> tuple:
        actor = content.actors[item[0]]
        return (-item[1], actor.name.casefold(), actor.id)

    def sanction_key(item: tuple[str, int]) -> tuple:
        sanction = content.sanctions[item[0]]
        return (-item[1], sanction.title.casefold(), sanction.id)

    co_actors = {a: tuple(sorted(c.items(), key=actor_key)) for a, c in sorted(co.items())}
    actor_sanctions = {a: tuple(sorted(c.items(), key=sanction_key)) for a, c in sorted(around.items())}

    related = _all_related(order, b_actors, b_sanctions, briefing_tags)
    previous = {bid: (order[i + 1] if i + 1 < len(order) else None) for i, bid in enumerate(order)}
    nxt = {bid: (order[i - 1] if i > 0 else None) for i, bid in enumerate(order)}

    return dict(
        briefings=order,
        tags=tags,
        briefing_tags=briefing_tags,
        actor_backlinks={k: tuple(v) for k, v in sorted(actor_backlinks.items())},
        sanction_backlinks={k: tuple(v) for k, v in sorted(sanction_backlinks.items())},
        co_actors=co_actors,
        actor_sanctions=actor_sanctions,
        related=related,
        previous=previous,
        next=nxt,
    )


def _all_related(
    order: tuple[str, ...],
    b_actors: Mapping[str, tuple[str, ...]],
    b_sanctions: Mapping[str, tuple[str, ...]],
    b_tags: Mapping[str, tuple[str, ...]],
) -> dict[str, tuple[str, ...]]:
    """The best related briefings: shared actors ×3, sanctions ×2, tags ×1; ties newest first.

    Scored for all briefings at once with bitsets: each actor, sanction and tag is a Python
    int with bit j set when the j-th briefing (newest first) holds it, and a briefing's
    scores against every other are kept "bit-sliced" (slice k holds bit k of every score)
    and summed with a ripple-carry adder over whole ints. The best score is then found by
    narrowing down from the top slice, and among equal scores the lowest bit is the newest
    briefing. Counting pairs through inverted indexes instead grew with the square of the
    corpus (a tag shared by 500 of 10,000 briefings meets each of them), most of a large
    build; here the cost per briefing is a few dozen operations on N-bit ints.
    The per-briefing id tuples are deduplicated, so a shared entry counts once.
    """
    n = len(order)
    holders: dict[tuple[str, str], list[int]] = defaultdict(list)  # (kind, id) -> indexes
    features: list[list[tuple[int, tuple[str, str]]]] = []
    for i, bid in enumerate(order):
        mine = [(ACTOR_WEIGHT, ("a", a)) for a in b_actors[bid]]
        mine += [(SANCTION_WEIGHT, ("s", s)) for s in b_sanctions[bid]]
        mine += [(TAG_WEIGHT, ("t", t)) for t in b_tags[bid]]
        features.append(mine)
        for _, key in mine:
            holders[key].append(i)
    bits = {key: _bitset(indexes, n) for key, indexes in holders.items()}

    related: dict[str, tuple[str, ...]] = {}
    for i, bid in enumerate(order):
        slices: list[int] = []  # slices[k]: bit j set when bit k of briefing j's score is
        for weight, key in features[i]:
            held = bits[key]
            for k in range(weight.bit_length()):
                if weight >> k & 1:
                    _add(slices, held, k)
        live = 0  # every briefing scoring above zero, but this one
        for s in slices:
            live |= s
        live &= ~(1 << i)
        picked: list[int] = []
        while live and len(picked) < RELATED_LIMIT:
            best = live
            for s in reversed(slices):  # keep those with the bit set, when any has it
                if best & s:
                    best &= s
            while best and len(picked) < RELATED_LIMIT:
                low = best & -best  # the lowest index: the newest of the best
                picked.append(low.bit_length() - 1)
                best ^= low
                live ^= low
        related[bid] = tuple(order[j] for j in picked)
    return related


def _bitset(indexes: list[int], n: int) -> int:
    buf = bytearray((n + 7) // 8)
    for j in indexes:
        buf[j >> 3] |= 1 << (j & 7)
    return int.from_bytes(buf, "little")


def _add(slices: list[int], value: int, at: int) -> None:
    """Add `value` (one bit per briefing, each worth 2**at) to the bit-sliced scores."""
    k = at
    while value:
        while k >= len(slices):
            slices.append(0)
        s = slices[k]
        slices[k] = s ^ value
        value &= s  # the carry
        k += 1


def _warn(content: Content, bodies: Mapping[str, Any], published: list[Briefing], diags: Diagnostics) -> None:
    """The assembly warnings of DESIGN §2: unannotated mentions and registry entries nobody uses."""
    for b in published:
        body = bodies.get(b.id)
        annotated = {r.id for r in b.actors}
        for actor_id in _unique(list(getattr(body, "mentions", ()) or ())):
            if actor_id in annotated or actor_id not in content.actors:
                continue
            actor = content.actors[actor_id]
            diags.warning(
                f"actor '{actor.name}' ({actor_id}) is named in the text but not annotated",
                Pos(b.path, b.body_line),
                hint=f"add it under `actors:` in the front matter: - {actor_id}",
                code="unannotated-actor",
            )

    # A reference from any briefing counts, drafts included: an entry only a draft uses is
    # not unused, and warning about it would be noise on every non-draft build.
    used: set[str] = set()
    for b in content.briefings.values():
        used.update(r.id for r in b.actors)
        used.update(r.id for r in b.sanctions)
        used.update(_body_links(bodies.get(b.id)))
    for actor in sorted(content.actors.values(), key=lambda a: a.id):
        if actor.id not in used:
            diags.warning(
                f"actor '{actor.id}' is not referenced by any briefing",
                Pos(actor.path, 1),
                hint="annotate it in a briefing's `actors:` or delete the file",
                code="unused-actor",
            )
    for sanction in sorted(content.sanctions.values(), key=lambda s: s.id):
        if sanction.id not in used:
            diags.warning(
                f"sanction '{sanction.id}' is not referenced by any briefing",
                Pos(sanction.path, 1),
                hint="cite it in a briefing's `sanctions:` or delete the file",
                code="unused-sanction",
            )
