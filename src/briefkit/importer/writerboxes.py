"""The box on the story's writer under it, in a copied page: where the story ends at the latest.

A page sets a card on its writer under the story, and the copy prints it as two shapes:
- a heading that names the writer ("About Jane Roe", "Über Jane Roe") over the card;
- a heading with no name in it ("About the author", "За автора", "O autorze") over the card;
- the writer's name alone on a line over a short bio that opens with the same name ("Jane Roe /
  Jane Roe covers City Hall …") or goes on without it, the name the card's heading ("Jane Roe /
  Covers City Hall since 2019."), the name being the one the byline under the headline printed
  (signed, bare on a line of its own, or opening the dateline: "Jane Roe 3 May 2025").

A name the story prints alone on two lines or more is a transcript's speaker over each turn, not a
card: the host who signs an interview is named over her questions. Both are read from their shape
(a name, its repetition, the byline above), never from a publisher's words; what stands under the
card (tags, a sign-up box, teasers) is the page's, not the story's.
"""

from __future__ import annotations

import re

from briefkit.importer import boilerplate
from briefkit.importer.aboutlabels import ABOUT_AUTHOR
from briefkit.importer.bylines import parse_byline
from briefkit.importer.inlinebylines import find_byline
from briefkit.importer.lazyre import compile_later
from briefkit.importer.stoppedheads import signed_dateline

ABOUT = compile_later(r"^(?:about|über|à\s+propos\s+de|sobre|su|over|об)\s+(?P<name>.+?)\s*:?$", re.I)
NAME_WORDS = 4  # a writer's name, with a middle name or two surnames
BIO_MIN_WORDS = 8  # the bio is a sentence, not a second label
BIO_MAX_WORDS = 60  # a bio that does not name its writer again is a card's few sentences, not a section
BYLINE_REACH = 12  # lines around the run's start where the byline stands
SPEAKER_TURNS = 2  # a name alone on this many lines of the story: a speaker's label; a card prints it once


def about_someone(text: str) -> bool:
    """ "About Jane Roe", "Über Jane Roe", "About the author": the heading of an author box under the story."""
    if ABOUT_AUTHOR.match(text):
        return True
    about = ABOUT.match(text)
    if about is None:
        return False
    return len(about.group("name").split()) <= NAME_WORDS and bool(parse_byline(about.group("name")))


def opens_box(units: list[str], values: list[int], start: int, i: int) -> bool:
    """Whether line `i` is the writer's name alone over a bio that opens with it, the name one the byline
    near the run's start (`start`) printed: the card on the writer under the story. A subheading naming
    a person the story is about is followed by a paragraph about them, but no byline printed that name."""
    if i + 1 >= len(units) or values[i] > 0:
        return False
    text = boilerplate.plain(units[i]).strip()
    names = parse_byline(text)
    if len(names) != 1 or names[0] != text or len(text.split()) > NAME_WORDS:
        return False
    if sum(boilerplate.plain(u).strip() == text for u in units[start:]) >= SPEAKER_TURNS:
        return False  # the name a transcript prints over each of its speaker's turns, no card's heading
    bio = boilerplate.plain(units[i + 1]).strip()
    named = bio.startswith(text + " ")
    if not (named or len(bio.split()) <= BIO_MAX_WORDS) or len(bio.split()) < BIO_MIN_WORDS or values[i + 1] <= 0:
        return False
    head = [boilerplate.plain(u).strip() for u in units[max(0, start - BYLINE_REACH) : min(i, start + BYLINE_REACH)]]
    # a bare line over the story that only repeats the name is as often a menu's entry printed again as a
    # section's heading ("Our Platforms" over the site's own text): it counts when the bio names the writer too;
    # so does a byline run into its date, with its keyword or none ("Jane Roe 3 May 2025 · 5 min")
    return any(
        (named and text == line)
        or text in parse_byline(line, bare=False)
        or (signed_dateline(line) and text in (find_byline(line) or find_byline(line, bare=True)))
        for line in head
    )
