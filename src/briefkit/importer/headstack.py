"""The stack of lines over a text dump's story: an overline, the headline, its deck, a dateline.

`storyspan` picks the best-scored title-shaped line and then weighs the one right over it: a
headline over its longer subtitle, or a kicker over the headline. The shapes here settle that
choice where word counts cannot:

- a line with the page's date in it (a press release's label and date, "Press release · 1 May
  2026 · 07:00") labels the story, whatever its length; it is never the headline;
- a headline's deck is printed once: when the chosen line has a standfirst of prose (or a deck of a
  sentence's length without its full stop) right under it and the byline or dateline right under
  that, the chosen line is the headline and the short line over it is its overline (a newspaper's
  Dachzeile, an occhiello); so too when one paragraph of prose stands under it and no more prose
  follows but the writer's bare name: a subtitle has no standfirst of its own;
- a line of ten words and more right over the chosen one is no overline: overlines and kickers
  are a few words; it is the headline and the chosen line its deck;
- a short label ending in a year ("Tarifrunde Metall 2026", "Season 2025/26") names a campaign,
  a series or an edition, not one story;
- « … » around a title's first part are quotation marks, not a trail's separators;
- a standfirst right over the story, under the byline of the headline above it (`over_its_meta`);
- one field of a line of fields that holds the date in another ("Published: 15.01.2026 | Press office"):
  the line is the story's dateline, its other field the writer or the desk, never the headline.
"""

from __future__ import annotations

from collections.abc import Callable

from briefkit.importer import boilerplate
from briefkit.importer.bylines import parse_byline
from briefkit.importer.dates import find_date
from briefkit.importer.headlinerepeats import CRUMB_SPLIT, shared_stems
from briefkit.importer.lazyre import compile_later

DECK_WORDS = 70  # a standfirst is a paragraph; a longer one is the story's first
DECK_MIN_WORDS = 8  # a deck without its full stop is a sentence; a shorter line may be a caption or a label
UPPER_WORDS = 10  # no overline or kicker is as long
LABEL_WORDS = 6

_YEAR_END = compile_later(r"\b(?:19|20)\d{2}(?:\s*[/–-]\s*\d{2,4})?$")


def has_deck(
    units: list[str], values: list[int], best: int, is_meta: Callable[[str], bool], shaped: Callable[[str], bool]
) -> bool:
    """Whether the line under `best` is its standfirst, with the byline or date right under it: prose,
    or a deck of a sentence's length printed without its full stop (`shaped`, as a title is). Three
    title-shaped lines stacked over the byline are an overline, the headline and its deck: the line
    under the chosen one already is the deck, so the chosen one is no deck of the line above."""
    if best + 2 >= len(units) or is_meta(units[best + 1]):
        return False
    below = boilerplate.plain(units[best + 1]).strip()
    n = len(boilerplate.words(below))
    # (a title-shaped line that names people is the byline, printed without its "By")
    unstopped = n >= DECK_MIN_WORDS and shaped(below) and not parse_byline(below)
    if n > DECK_WORDS or values[best + 1] <= 0 and not unstopped:
        return False
    return any(is_meta(u) for u in units[best + 2 : best + 4])


def overline_kind(
    units: list[str],
    values: list[int],
    pair: tuple[int, int],
    text: str,
    tests: tuple[Callable[[str], bool], Callable[[str], bool]],
) -> bool:
    """Whether line `pair[0]` (`text`) over the chosen headline `pair[1]` is a label, not the headline;
    `tests` tells a byline or dateline, and a title-shaped line."""
    above, best = pair
    meta, shaped = tests
    if meta(text):
        return True  # a press release's label and date (not a headline read without the date glued to it)
    if len(text.split()) <= LABEL_WORDS and _YEAR_END.search(text):
        return True  # a campaign's or a series' name
    # a line printed again right over it (alone or as a trail's last part) is the headline, not an overline
    twice = any(CRUMB_SPLIT.split(boilerplate.plain(u).strip())[-1] == text for u in units[max(0, above - 3) : above])
    overline = above == best - 1 and len(text.split()) < UPPER_WORDS and not twice
    return overline and (has_deck(units, values, best, meta, shaped) or lone_deck(units, values, best))


_FIELD_SEP = compile_later(r"\s[|·•]\s")


def dated_field(text: str, raw: str) -> bool:
    """Whether `text` is one field of the line `raw` whose other field holds a date: a dateline."""
    fields = [f.strip() for f in _FIELD_SEP.split(raw)]
    if len(fields) < 2 or text not in fields:
        return False
    return any(find_date(f) is not None for f in fields if f != text)


def lone_deck(units: list[str], values: list[int], best: int) -> bool:
    """Whether the chosen line has one paragraph of prose right under it and then its writer's bare
    name (a byline without its "By"): its standfirst. A line with a standfirst of its own is the
    headline, never the subtitle of a shorter line over it, which a story's first paragraphs would
    follow right away; a picture's caption, under a subtitle, has a credit under it, not a name."""
    if best + 2 >= len(units) or values[best + 1] <= 0 or values[best + 2] > 0:
        return False
    if not parse_byline(boilerplate.plain(units[best + 2]).strip(), bare=True):
        return False
    below = boilerplate.plain(units[best + 1]).strip()
    return len(boilerplate.words(below)) <= DECK_WORDS and below.endswith((".", "!", "?", "。"))


def upper_headline(text: str, above: int, best: int) -> bool:
    """Whether the line right over the chosen one is too long for an overline: the headline over its deck."""
    return above == best - 1 and len(text.split()) >= UPPER_WORDS


def in_guillemets(text: str) -> bool:
    """Whether every » of the line closes a « opened before it: a quoted title, not a trail."""
    depth = 0
    for char in text:
        if char == "«":
            depth += 1
        elif char == "»":
            if depth == 0:
                return False
            depth -= 1
    return "»" in text


def over_its_meta(
    units: list[str],
    scored: list[tuple[float, int, str]],
    chosen: tuple[set[str], int, str, int],
    is_meta: Callable[[str], bool],
    content_words: Callable[[str], set[str]],
) -> tuple[int, str]:
    """A standfirst right over the story, below the byline and dateline of the headline above it:
    the line with the byline under it is the headline, however many of the story's words the other shares.

    `chosen` is the story's words, the chosen line's index and text, and the story's first line.
    A byline must stand between them: under a date alone is where a page prints its headline (a
    section's name or a button over the date, the headline under it)."""
    story_words, best, title, start = chosen
    if best not in (start - 1, start) or any(is_meta(u) for u in units[best + 1 : best + 3]):
        return best, title
    for _, i, text in sorted(scored, key=lambda entry: -entry[1]):
        if not best - 8 <= i < best - 1 or is_meta(units[i]) or not is_meta(units[i + 1]):
            continue
        between = [boilerplate.plain(units[k]).strip() for k in range(i + 1, best)]
        short = all(is_meta(t) or len(boilerplate.words(t)) <= 4 for t in between)
        signed = any(parse_byline(t, bare=False) for t in between)
        if short and signed and shared_stems(content_words(text), story_words):
            return i, text
    return best, title
