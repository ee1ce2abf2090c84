"""Lines near a text dump's headline that read as titles but name someone or something else.

`storyspan` scores every title-shaped line above the story as a possible headline. Two kinds of
line pass that shape and are no headline: the site's or publisher's name (which the copyright
line under the story names too), and the author's name printed on a line of its own under the
headline, with the byline's date a line or two below it (a blog's author card, an opinion
column's signature over the writer's bio). A person's name is a byline there, not a title: a
headline that is only a name is rare, and then no longer title-shaped line stands right over it.
"""

from __future__ import annotations

from collections.abc import Callable

from briefkit.importer import boilerplate
from briefkit.importer.bylines import looks_like_name
from briefkit.importer.dates import find_date
from briefkit.importer.headlinerepeats import names_owner
from briefkit.importer.lazyre import compile_later

# between the names of a byline without its keyword ("A, B and C"), in each listed language
_NAME_JOIN = compile_later(r",\s+|\s+(?:and|und|et|y|e|en|и|&)\s+")


def _names(text: str) -> bool:
    """Two or more names and nothing else ("Ana Ruiz, Tom Bell"): a co-written post's author line."""
    parts = _NAME_JOIN.split(text)
    return len(parts) >= 2 and all(looks_like_name(part) for part in parts)


def byline_name(units: list[str], i: int, text: str, shaped: Callable[[str], bool]) -> bool:
    """Whether line `i` (`text`) is the author's name under the headline: a bare name, a longer
    title-shaped line at most two lines above it, and a date at most three lines below it."""
    if text != boilerplate.plain(units[i]).strip() or not (looks_like_name(text) or _names(text)):
        return False
    above = [boilerplate.plain(u).strip() for u in units[max(0, i - 2) : i]]
    if not any(len(line.split()) >= 4 and shaped(line) for line in above):
        return False
    return any(find_date(boilerplate.plain(u)) is not None for u in units[i + 1 : i + 4])


def not_headline_cost(units: list[str], i: int, end: int, text: str, shaped: Callable[[str], bool]) -> float:
    """What a candidate headline loses for naming the site (its owner in the copyright line under the
    story, from `end` on) or for being the author's name under the real headline."""
    return (1.0 if names_owner(units, end, text) else 0.0) + (5.0 if byline_name(units, i, text, shaped) else 0.0)
