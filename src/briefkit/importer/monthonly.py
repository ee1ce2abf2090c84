"""A date the page gives to the month only ("2026/11" in a scholarly tag): none of its days is the page's.

htmldate reads such a value as a full date and fills the missing day from today's, so a page
would import with another day on each day it is imported, and that invented day outweighed a
visible dateline set in no date-named element. Its answer is set aside when it falls in a month
the page names without a day, on today's day of the month, and no other place gives that day;
the month alone dates the page only when nothing else does (its first day, with a note).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from briefkit.importer.lazyre import compile_later

# "2026/11", "2026-11", "11/2026": a year and a month, nothing else
_YEAR_MONTH = compile_later(r"^\s*((?:19|20)\d{2})[-/.](\d{1,2})\s*$")
_MONTH_YEAR = compile_later(r"^\s*(\d{1,2})[-/.]((?:19|20)\d{2})\s*$")


def months_only(values: Iterable[str]) -> set[tuple[int, int]]:
    """The (year, month) of each value that gives a month and no day."""
    found: set[tuple[int, int]] = set()
    for value in values:
        if m := _YEAR_MONTH.match(value):
            year, month = int(m[1]), int(m[2])
        elif m := _MONTH_YEAR.match(value):
            year, month = int(m[2]), int(m[1])
        else:
            continue
        if 1 <= month <= 12:
            found.add((year, month))
    return found


def invented_day(day: date, months: set[tuple[int, int]], attested: set[date], today: date) -> bool:
    """Whether htmldate's `day` is a month-only date given today's day of the month, which no other place gives."""
    return (day.year, day.month) in months and day.day == today.day and day not in attested


def month_start(months: set[tuple[int, int]]) -> date | None:
    """The first day of the one month the page names without a day, if it names exactly one."""
    if len(months) != 1:
        return None
    year, month = next(iter(months))
    return date(year, month, 1)
