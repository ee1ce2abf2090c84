"""Designations seen from both ends: the measures listing an actor, the actors a measure lists.

An actor's file is the one place a listing is written; the sanction page shows it in reverse.
Kept apart from `pages` so the planner only asks for the two lists, and the page keys can
name exactly what they read (`key_parts`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from briefkit.model import Actor, Content, Designation, Sanction
from briefkit.views import DateView, date_view


@dataclass(slots=True)
class Listing:
    """One designation as a page shows it: who or what is on the other end, under which
    provision, since when."""

    url: str
    name: str
    provision: str | None
    listed: DateView | None
    note: str | None


def _provision_label(content: Content, d: Designation) -> str | None:
    sanction = content.sanctions.get(d.sanction)
    p = sanction.provision(d.provision) if sanction and d.provision else None
    return p.label if p else None


def listed_under(content: Content, actor: Actor, sanction_url: Callable[[str], str]) -> tuple[Listing, ...]:
    """The actor page's "Listed under": the measures in file order (the writer's order)."""
    return tuple(
        Listing(
            sanction_url(d.sanction),
            content.sanctions[d.sanction].title,
            _provision_label(content, d),
            date_view(d.listed) if d.listed else None,
            d.note,
        )
        for d in actor.designations
        if d.sanction in content.sanctions
    )


def designated(content: Content, sanction_id: str, actor_url: Callable[[str], str]) -> tuple[Listing, ...]:
    """The sanction page's designated actors, earliest listing first (undated last), then by name."""
    rows = [(a, d) for a in content.actors.values() for d in a.designations if d.sanction == sanction_id]
    rows.sort(key=lambda r: (r[1].listed is None, r[1].listed or 0, r[0].name.casefold(), r[0].id))
    return tuple(
        Listing(
            actor_url(a.id), a.name, _provision_label(content, d), date_view(d.listed) if d.listed else None, d.note
        )
        for a, d in rows
    )


def measures(content: Content, actor: Actor) -> tuple[Sanction, ...]:
    """The measures listing an actor, each once, in the order its file names them."""
    ids = dict.fromkeys(d.sanction for d in actor.designations if d.sanction in content.sanctions)
    return tuple(content.sanctions[i] for i in ids)


def listed_actors(content: Content, sanction_id: str) -> tuple[Actor, ...]:
    """The actors a measure lists, each once, by id (for the sanction page's JSON-LD)."""
    return tuple(
        a
        for a in sorted(content.actors.values(), key=lambda a: a.id)
        if any(d.sanction == sanction_id for d in a.designations)
    )


def measure_names(content: Content, actor: Actor) -> tuple[str, ...]:
    """The titles of the measures listing an actor, for the mark on a briefing page."""
    return tuple(
        dict.fromkeys(
            content.sanctions[d.sanction].title for d in actor.designations if d.sanction in content.sanctions
        )
    )


def key_parts(content: Content, sanction_id: str) -> tuple:
    """What `designated` reads, for the sanction page's cache key."""
    return tuple(
        (a.id, a.name, a.kind.value, a.ids, d.provision, d.listed and d.listed.isoformat(), d.note)
        for a in sorted(content.actors.values(), key=lambda a: a.id)
        for d in a.designations
        if d.sanction == sanction_id
    )
