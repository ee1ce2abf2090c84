"""A kicker or a trail's last part over a copied page's headline, told by where the page prints it.

`storyspan` scores the title-shaped lines over the story and weighs the best against the line
above it (a headline over its standfirst). Two labels still win there, and the page's own layout
shows them for labels:

- a section's name with the story's topic run after it ("Premier League women" over the
  headline), when the menu lists the section: it scores high because the story names its
  league or its field, but the longer title-shaped line right under it is the headline;
- a trail printed one link a line ("Home" / "Newsroom" / "News" / "Plan for waiting lists"),
  then the section's name again as the kicker over the headline: the trail's last part is the
  page's short title, and the line under the repeated name is the headline.
"""

from __future__ import annotations

from briefkit.importer import boilerplate
from briefkit.importer.headlinerepeats import in_menu, menu_run, section_tag
from briefkit.importer.overlines import shouted_overline

KICKER_WORDS = 6  # a section's name and a topic: a few words, never a headline's sentence
LABEL_WORDS = 3  # the section's name printed again under the trail
TRAIL_LINES = 4  # how far above the trail's last part the name is looked for


def menu_kicker(units: list[str], i: int, text: str) -> bool:
    """A line of a few words that the menu lists, alone, run into another entry or with a topic after it."""
    if len(text.split()) > KICKER_WORDS:
        return False
    return in_menu(units, i, text) or section_tag(units, i, text) or menu_run(units, i, text)


def under_kicker(units: list[str], scored: list[tuple[float, int, str]]) -> tuple[float, int, str]:
    """The best-scored candidate, or the line right under it when the best is the menu's section
    (its kicker) or a few words in capitals over a line in ordinary case (an overline, `overlines`),
    and the line under it is a longer title-shaped candidate: that one is the headline.
    The score stays the best's: it says how clear the run's headline region is."""
    top, best, title = max(scored)
    below = [(i, text) for _, i, text in scored if i == best + 1 and len(text.split()) > len(title.split())]
    if not below or title != boilerplate.plain(units[best]).strip():
        return top, best, title
    if not menu_kicker(units, best, title) and not shouted_overline(title, below[0][1]):
        return top, best, title
    return top, below[0][0], below[0][1]


def trail_end(units: list[str], i: int, best: int) -> bool:
    """Whether line `i` ends a trail printed one part a line, two lines over the headline `best`,
    with the trail's section printed again between them as the kicker."""
    if i != best - 2:
        return False
    label = boilerplate.plain(units[i + 1]).strip().casefold()
    if not label or len(label.split()) > LABEL_WORDS:
        return False
    return any(boilerplate.plain(u).strip().casefold() == label for u in units[max(0, i - TRAIL_LINES) : i])
