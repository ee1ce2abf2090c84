"""A site's menu printed on one line near the top of a copied page, which reads as a title.

A copy joins a menu's links into one line ("Home Archive Podcast About"): a few words, no clause's
end, so `titlelines` takes it for a title. Its shape tells it apart: every word opens in a capital
(each item is a name, a word or two), with no small word between them that a sentence would need,
and it stands among the page's first lines, with a line in ordinary case (the headline, which
has such words) below it and above the story.
"""

from __future__ import annotations

from briefkit.importer import boilerplate

MENU_ITEMS = 4  # a menu lists several items; fewer capitalised words are a short headline or a name
MENU_TOP = 5  # the menu stands in the page's first lines, under the site's name
HEAD_GAP = 2  # the headline stands right under the menu, or under a trail printed between them
HEAD_WORDS = 4  # and is told in a few words at least
_JOINERS = frozenset("& + · | /".split())  # what a menu's item may hold besides its words


def menu_row(text: str) -> bool:
    """Several words, each capitalised (or a joiner like "&"), and nothing else: a row of menu items."""
    tokens = text.split()
    if len(tokens) < MENU_ITEMS or text.rstrip().endswith((".", ",", ";", ":", "!", "?")):
        return False
    return all(t in _JOINERS or t[:1].isupper() and t.isalpha() for t in tokens)


def in_ordinary_case(text: str) -> bool:
    """A line with a word in small letters among its words: a sentence's case, not a menu's."""
    return any(w[:1].islower() for w in boilerplate.words(text))


def past_menu_rows(units: list[str], scored: list[tuple[float, int, str]]) -> list[tuple[float, int, str]]:
    """The candidates without a menu row among the page's first lines, when a candidate in ordinary
    case of a few words stands right below it: that one, not the row, can be the headline."""
    rows = {i for _, i, t in scored if i < MENU_TOP and menu_row(t) and t == boilerplate.plain(units[i]).strip()}
    if not rows:
        return scored
    kept = [c for c in scored if not (c[1] in rows and any(_below(c[1], j, t) for _, j, t in scored))]
    return kept or scored


def _below(row: int, i: int, text: str) -> bool:
    """A line in ordinary case of a headline's length, right under the row or one line further."""
    return 0 < i - row <= HEAD_GAP and len(boilerplate.words(text)) >= HEAD_WORDS and in_ordinary_case(text)
