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

from bisect import bisect_left

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
    holding at least one line: the first run of entries on the page that does so is the list.

    The entries `first`..`end` are all different and the line at `end` is the first one's again,
    so `end` can only be the first line (from `first` on) whose words came earlier in the window:
    one candidate per line, found from the lines' next repeats, instead of every later repeat of
    the first entry tried (a page of 50,000 short lines took minutes that way).
    """
    keys = [_key(u) for u in units]
    shaped = [_entry(u) for u in units]
    where: dict[str, list[int]] = {}
    for k, key in enumerate(keys):
        where.setdefault(key, []).append(k)
    i = 0
    while i < len(units):
        if not shaped[i]:
            i += 1
            continue
        j = i
        while j < len(units) and shaped[j]:
            j += 1
        repeat = _first_repeats(keys, i, j)
        for first in range(i, j - MIN_ENTRIES):
            end = repeat[first - i]
            if first + MIN_ENTRIES <= end < j and keys[end] == keys[first]:
                heads = _headings(keys, where, first, end)
                if heads is not None and _written(units, heads):
                    return first, heads
        i = j
    return None


def _first_repeats(keys: list[str], i: int, j: int) -> list[int]:
    """For each line `first` of `i`..`j`: the first line from `first` on whose key came earlier
    (from `first` on), or `j` when the run's lines from `first` are all different."""
    seen: dict[str, int] = {}
    later = [j] * (j - i)  # the next line with the same key, within the run
    for k in range(j - 1, i - 1, -1):
        later[k - i] = seen.get(keys[k], j)
        seen[keys[k]] = k
    repeat = [j] * (j - i)
    soonest = j
    for k in range(j - 1, i - 1, -1):
        soonest = min(soonest, later[k - i])
        repeat[k - i] = soonest
    return repeat


def _headings(keys: list[str], where: dict[str, list[int]], first: int, end: int) -> list[int] | None:
    """The headings the entries `first`..`end` come back as, in order and apart, or None."""
    entries = keys[first:end]
    if len(set(entries)) < len(entries):
        return None
    heads = [end]
    for entry in entries[1:]:
        places = where[entry]
        at = bisect_left(places, heads[-1] + 2)
        if at == len(places):
            return None
        heads.append(places[at])
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
