"""How a page prints its headline, or a line near it, more than once.

A line the page repeats (in a list of its stories, in a trail of sections run into it, in a table
of contents that heads the story's sections) tells the headline from a standfirst or a teaser,
which the page prints once; `storyspan` weighs these repeats when it picks the headline.
"""

from __future__ import annotations

import re

from briefkit.importer import boilerplate

_ORDINAL = re.compile(r"^\d{1,3}\.\s+(?=[^\W\d_])")


def with_ordinal(units: list[str], i: int, title: str) -> str:
    """ "15. Zukunftsforum …": a number before the headline is its ordinal, not a list's marker,
    when no other line beside it is numbered too (the headline printed twice is one line)."""
    line = units[i].strip()
    if not _ORDINAL.match(line) or _ORDINAL.sub("", line) != title:
        return title
    beside = [units[k].strip() for k in (i - 1, i + 1) if 0 <= k < len(units) and units[k].strip() != line]
    return title if any(re.match(r"^\d{1,3}[.)]\s", b) for b in beside) else line


def repeated(units: list[str], counts: dict[str, int], i: int, text: str) -> bool:
    """Whether the page prints `text` (line `i`, or a reading of it) on another line too."""
    return counts.get(text.casefold(), 0) >= (2 if text.casefold() == units[i].strip().casefold() else 1)


def printed_again(units: list[str], i: int, text: str) -> bool:
    """Whether another line of the page ends with `text` or opens with it: a headline printed again
    after a breadcrumb or before a site's name; a standfirst or a teaser the page prints once."""
    key = text.casefold()
    if len(boilerplate.words(text)) < 5:
        return False
    for j, unit in enumerate(units):
        other = boilerplate.plain(unit).strip().casefold()
        if j != i and other != key and (other.endswith(" " + key) or other.startswith(key + " ")):
            return True
    return False


def in_contents(units: list[str], i: int, start: int, sections: set[str]) -> bool:
    """Whether line `i` is an entry of a table of contents: it and a neighbour both head sections below."""
    if units[i].strip().casefold() not in sections:
        return False
    return any(units[k].strip().casefold() in sections for k in (i - 1, i + 1) if 0 <= k < start)
