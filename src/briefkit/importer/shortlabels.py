"""A label of a few words right over a headline two and a half times its length: the topic or the section a
page prints over the headline (a "Dachzeile", a kicker), never the headline over its subtitle.

A headline over a subtitle is a short line over a longer one too, but never this much shorter: a
page that sets a subtitle under its headline gives the headline a clause of its own, and a subtitle
of nine words or more under a headline of two to four is a headline under its label.
"""

from __future__ import annotations

LABEL_WORDS = 4  # a label names a topic in a few words
HEADLINE_WORDS = 9  # the line under it tells the story in a sentence
RATIO = 2.5  # and is this many times as long


def short_label(text: str, headline: str, upper: int, lower: int) -> bool:
    """Whether `text`, on line `upper` right over `headline` on line `lower`, is a label over it."""
    n, m = len(text.split()), len(headline.split())
    return upper == lower - 1 and n <= LABEL_WORDS and m >= HEADLINE_WORDS and m >= RATIO * n
