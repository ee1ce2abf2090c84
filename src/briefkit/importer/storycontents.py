"""A story that opens with its own table of contents: a wiki's or a handbook's page.

Such a page is written in short lines (steps, notes, list items), so prose density finds at best
a piece of one section and a headline inside it. But the page says itself where its story is: the
contents list under the headline names the sections, and each entry is printed again, in the same
order, as the heading its section starts with. The story runs from the first of those headings to
the end of the last one's section; the headline is the title-shaped line just over the list.

A menu printed twice (at the top and in the footer) repeats its entries in order too, but one
under the other; a contents list's entries come back apart, each with its section between them.
A menu printed again with its submenus comes back apart too, but its sections are links, short
lines only; most of a contents list's sections hold a line of words.
"""

from __future__ import annotations

from briefkit.importer import boilerplate, storyedges
from briefkit.importer.dates import find_date

# a contents list has at least this many entries, each at most this many words
MIN_ENTRIES = 4
ENTRY_WORDS = 8
# how far over the list its headline may stand (labels such as a fold button in between)
HEADLINE_LINES = 4
# the last section ends at the first line of furniture, and is no longer than this many times
# the longest section before it
LAST_SECTION = 2


def _key(unit: str) -> str:
    return boilerplate.plain(unit).strip().casefold()


def _entry(unit: str) -> bool:
    """A line that may be a contents entry: a few words, no sentence."""
    text = boilerplate.plain(unit).strip()
    n = len(boilerplate.words(text))
    return 1 <= n <= ENTRY_WORDS and not text.endswith(boilerplate.SENTENCE_END)


def find_contents(units: list[str]) -> tuple[int, list[int]] | None:
    """(the list's first entry, the line each entry comes back on as a heading), or None.

    The entries come back in the list's order, the first right under the list, each section
    holding at least one line: the first run of entries on the page that does so is the list."""
    keys = [_key(u) for u in units]
    shaped = [_entry(u) for u in units]
    i = 0
    while i < len(units):
        if not shaped[i]:
            i += 1
            continue
        j = i
        while j < len(units) and shaped[j]:
            j += 1
        for first in range(i, j - MIN_ENTRIES):
            # the list ends where its first entry comes back: the first section's heading
            for end in (k for k in range(first + MIN_ENTRIES, j) if keys[k] == keys[first]):
                heads = _headings(keys, first, end)
                if heads is not None and _written(units, heads):
                    return first, heads
        i = j
    return None


def _headings(keys: list[str], first: int, end: int) -> list[int] | None:
    """The headings the entries `first`..`end` come back as, in order and apart, or None."""
    entries = keys[first:end]
    if len(set(entries)) < len(entries):
        return None
    heads = [end]
    for entry in entries[1:]:
        found = next((k for k in range(heads[-1] + 2, len(keys)) if keys[k] == entry), None)
        if found is None:
            return None
        heads.append(found)
    return heads


def _written(units: list[str], heads: list[int]) -> bool:
    """Whether most sections hold a line of words, not only links: a menu printed again with its
    submenus between its entries comes back apart too, but with short lines only."""
    told = sum(
        any(len(boilerplate.words(boilerplate.plain(u))) >= SECTION_WORDS for u in units[a + 1 : b])
        for a, b in zip(heads, heads[1:], strict=False)
    )
    return 2 * told >= len(heads) - 1


SECTION_WORDS = 6


def sections(units: list[str], values: list[int]) -> tuple[int, list[int], int] | None:
    """(the list's first entry, the headings its entries come back as, the end of the last section),
    or None when the page has no contents list."""
    found = find_contents(units)
    if found is None:
        return None
    first, heads = found
    return first, heads, _last_section_end(units, values, first, heads)


def _last_section_end(units: list[str], values: list[int], first: int, heads: list[int]) -> int:
    """Where the last section ends: at the first line of furniture under its heading (a control,
    a notice, a date line, a line of the menu over the list), within a section's length."""
    longest = max(b - a for a, b in zip(heads, heads[1:], strict=False))
    above = {_key(u) for u in units[:first]}
    limit = min(len(units), heads[-1] + 1 + LAST_SECTION * longest)
    for k in range(heads[-1] + 1, limit):
        text = boilerplate.plain(units[k]).strip()
        if values[k] <= -4 or _key(units[k]) in above or storyedges.is_furniture(units[k]):
            return k
        if storyedges.SITE_NOTICE.search(text) or storyedges.COMMENTS.match(text) or find_date(text) is not None:
            return k
    return limit
