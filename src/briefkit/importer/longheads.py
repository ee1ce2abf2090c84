"""A long headline that opens the story's run in a copied page: read as a headline, not as prose.

`storyspan` passes over a line of more than twenty words inside the story's run: such a line is
the story's first paragraph far more often than a headline. A live page's or a wire's headline
may still run to twenty-five words ("LIVE. Strike at the railway: one train in two, the unions to
meet at three"), and when the page sets it directly over the story it reads as prose and opens the
run. What tells it from the first paragraph is the stack under it, the shape of a headline's own:
no sentence's end, a standfirst (or nothing) and then the byline or dateline within two lines.
A first paragraph has the byline over it, and the story's next paragraph under it.
"""

from __future__ import annotations

from collections.abc import Callable

from briefkit.importer import boilerplate

LONG_HEAD_WORDS = 35  # a headline, however long, is no paragraph
_STOPS = (".", "!", "?", ";", ":", ",", "…", "。", "！", "？")


def long_headline(units: list[str], i: int, start: int, is_meta: Callable[[str], bool]) -> bool:
    """Whether line `i`, the first of the story's run, is a long headline with its byline under it."""
    if i != start or i + 2 >= len(units):
        return False
    raw = boilerplate.plain(units[i]).strip()
    if len(boilerplate.words(raw)) > LONG_HEAD_WORDS or raw.endswith(_STOPS):
        return False
    if any(is_meta(u) for u in units[max(0, i - 2) : i]):
        return False  # a byline over it: the story's first paragraph
    return any(is_meta(u) for u in units[i + 1 : i + 3])
