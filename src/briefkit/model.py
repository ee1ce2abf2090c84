"""The typed content model: what a briefing, an actor and a sanction *are*.

These types hold data and relations by id only; they know nothing of URLs, HTML or templates
(the `pages` stage turns them into views). `schema` is the only producer of them, so every
instance has already been validated: code downstream may trust the types.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from briefkit.diagnostics import Pos


class ActorKind(StrEnum):
    PERSON = "person"
    ORGANISATION = "organisation"
    STATE = "state"


class DocKind(StrEnum):
    """A document's type is its folder under content/."""

    BRIEFING = "briefings"
    ACTOR = "actors"
    SANCTION = "sanctions"


@dataclass(frozen=True, slots=True)
class ActorRef:
    """A briefing's annotation of an actor: who, in what role, with what note."""

    id: str
    role: str | None = None
    note: str | None = None
    pos: Pos | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True)
class SanctionRef:
    """A briefing's citation of a sanctions instrument, optionally one provision of it."""

    id: str
    provision: str | None = None
    note: str | None = None
    pos: Pos | None = field(default=None, compare=False)
    provision_pos: Pos | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True)
class Designation:
    """A measure that lists an actor (an asset freeze, a travel ban …), as the actor's file records it."""

    sanction: str
    provision: str | None = None
    listed: date | None = None  # the `date` field: listed on
    note: str | None = None
    pos: Pos | None = field(default=None, compare=False)
    provision_pos: Pos | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True)
class Image:
    """A credited picture. Without `src` only caption and credit are shown (not cleared for reuse)."""

    caption: str
    credit: str
    src: str | None = None
    alt: str | None = None
    license: str | None = None
    source_url: str | None = None
    pos: Pos | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True)
class Source:
    """The article a briefing annotates."""

    publisher: str | None = None
    headline: str | None = None
    authors: tuple[str, ...] = ()
    published: datetime | None = None  # aware
    url: str | None = None
    standfirst: str | None = None


@dataclass(frozen=True, slots=True)
class Briefing:
    id: str
    path: str  # site-relative POSIX path of the source file
    title: str
    summary: str
    date: datetime  # aware; a bare date is midnight in the site's timezone
    date_only: bool  # the writer gave a date, not a time: show the day only
    body: str  # Markdown, front matter removed
    body_line: int  # 1-based line in `path` where the body starts (for body diagnostics)
    updated: datetime | None = None
    draft: bool = False
    authors: tuple[str, ...] = ()
    source: Source | None = None
    tags: tuple[str, ...] = ()  # as written; `slugify` gives the URL key
    actors: tuple[ActorRef, ...] = ()
    sanctions: tuple[SanctionRef, ...] = ()
    images: tuple[Image, ...] = ()


@dataclass(frozen=True, slots=True)
class Actor:
    id: str
    path: str
    name: str
    kind: ActorKind
    body: str
    body_line: int
    summary: str | None = None
    aliases: tuple[str, ...] = ()
    country: str | None = None  # ISO 3166-1 alpha-2
    role: str | None = None
    ids: tuple[tuple[str, str], ...] = ()  # verified external ids: (scheme, value), in file order
    designations: tuple[Designation, ...] = ()


@dataclass(frozen=True, slots=True)
class Provision:
    key: str
    label: str
    summary: str | None = None


@dataclass(frozen=True, slots=True)
class Sanction:
    id: str
    path: str
    title: str
    issuer: str
    body: str
    body_line: int
    summary: str | None = None
    symbol: str | None = None
    adopted: date | None = None
    url: str | None = None
    regime: str | None = None
    aliases: tuple[str, ...] = ()
    provisions: tuple[Provision, ...] = ()

    def provision(self, key: str) -> Provision | None:
        return next((p for p in self.provisions if p.key == key), None)


@dataclass(frozen=True, slots=True)
class Content:
    """Every valid document, keyed by id. Relations between them are ids, resolved by `assemble`."""

    briefings: dict[str, Briefing]
    actors: dict[str, Actor]
    sanctions: dict[str, Sanction]
    # Documents that exist but could not be read (their own errors say why). References to
    # them are not reported again, so one broken file yields its own diagnostics only.
    broken: dict[str, DocKind] = field(default_factory=dict)
