"""What a Markdown body is rendered with and into: the link targets and names it may use, and
the HTML, table of contents, links and mentions it gives."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from briefkit.model import DocKind


@dataclass(frozen=True, slots=True)
class LinkTarget:
    """Where `[[id]]` goes and what it says by default."""

    url: str  # root-relative URL with the base path: "/repo/actors/kim-jong-un/"
    title: str  # default link text: actor name, sanction title, briefing title
    kind: DocKind


@dataclass(frozen=True, slots=True)
class Heading:
    level: int
    text: str
    anchor: str


@dataclass(frozen=True, slots=True)
class MarkdownContext:
    """What a body may link to and which names to link or detect (built by `linking.LinkIndex`)."""

    targets: Mapping[str, LinkTarget]
    autolink: Literal["first", "all", "none"]
    autolink_terms: Mapping[str, tuple[str, ...]]  # actor id -> names/aliases to autolink
    mention_terms: Mapping[str, tuple[str, ...]]  # actor id -> names/aliases to detect
    allow_html: bool = False
    notes: bool = False  # record where each actor and sanction is first linked (briefings' margin notes)


@dataclass(frozen=True, slots=True)
class RenderedBody:
    html: str
    toc: tuple[Heading, ...]
    links: tuple[str, ...]  # ids linked by [[...]], in order of first appearance
    mentions: tuple[str, ...]  # actor ids whose name/alias occurs in the plain text
    # (start, end, ids): a top-level block of `html` by its character offsets, and the actor and
    # sanction ids first linked inside it, in order (only when the context asks for notes)
    noted: tuple[tuple[int, int, tuple[str, ...]], ...] = ()
