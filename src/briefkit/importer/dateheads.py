"""A headline placed by its date: the line a page prints under or over the story's dateline.

Most pages print the dateline under the headline, and `storyspan` looks for it there. Two layouts
print it elsewhere: a row of section links over the dateline with the headline under it, and a
blog that prints the day's date over each post's title. The date's place, not its words, tells
which line is the headline.
"""

from __future__ import annotations

from collections.abc import Callable

from briefkit.importer import boilerplate
from briefkit.importer.bylines import parse_byline
from briefkit.importer.dates import find_date
from briefkit.importer.stopwords import FUNCTION_WORDS


def below_its_date(
    units: list[str],
    found: tuple[int, str, int],
    is_meta: Callable[[str], bool],
    title_shaped: Callable[[str], bool],
) -> tuple[int, str]:
    """A row of section links over the story's dateline ("News Education Transport"), the headline
    under that dateline with the byline's bare names under it, then the story: the headline is the
    line above the byline. A row of links capitalises every word and has no function word in it; a
    headline (in sentence case) has small words."""
    best, title, start = found
    if best + 4 < start or best + 3 >= len(units) or not find_date(boilerplate.plain(units[best + 1])):
        return best, title
    lower = boilerplate.plain(units[best + 2]).strip()
    row = title.split()
    links = len(row) >= 2 and all(w[:1].isupper() and w.casefold() not in FUNCTION_WORDS for w in row)
    sentence_case = any(w[:1].islower() and len(w) >= 4 for w in lower.split()[1:])
    named = parse_byline(boilerplate.plain(units[best + 3]), bare=True)
    if (
        links
        and sentence_case
        and named
        and title_shaped(lower)
        and not is_meta(lower)
        and len(lower.split()) > len(row)
    ):
        return best + 2, lower
    return best, title


def under_its_date(units: list[str], values: list[int], i: int) -> bool:
    """A blog's post title under the day's date ("Tuesday, 28 April 2020" over "Hello again!"), the
    post's prose right under it: a headline inside the run, though no byline or date stands below it."""
    if i < 1 or i + 1 >= len(units) or values[i] > 0 or values[i + 1] <= 0:
        return False
    above = boilerplate.plain(units[i - 1]).strip()
    return len(boilerplate.words(above)) <= DATE_WORDS and find_date(above) is not None


DATE_WORDS = 6  # a day's date as a blog prints it over its posts, the weekday written out
