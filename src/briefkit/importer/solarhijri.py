"""Dates of the Solar Hijri calendar, as Iranian and Afghan news prints them, turned Gregorian.

A Persian page dates its stories "۱۰ دی ۱۴۰۳" (10 Dey 1403, that is 30 December 2024), often with no
Gregorian day beside it but the masthead's day of reading. Its months are not the Gregorian names
`scriptdates` reads, so `as_latin` asks here first: a day, a month's name and a year of the thirteenth
or fourteenth century of the calendar (1300–1499, our 1921–2121) become "30 december 2024". Only the
whole day-month-year form is read: a month's name alone ("مهر", "دی") is a word of the language too,
and a year alone is no day.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from briefkit.importer.lazyre import compile_later
from briefkit.importer.monthnames import ENGLISH_MONTHS

# the twelve months in order; Mordad also spelt "امرداد", Farvardin sometimes without its last letter
_MONTHS = (
    ("فروردین",),
    ("اردیبهشت",),
    ("خرداد",),
    ("تیر",),
    ("مرداد", "امرداد"),
    ("شهریور",),
    ("مهر",),
    ("آبان",),
    ("آذر",),
    ("دی",),
    ("بهمن",),
    ("اسفند",),
)
_NUMBER = {name: n for n, names in enumerate(_MONTHS, start=1) for name in names}
_NAME = "|".join(sorted(_NUMBER, key=len, reverse=True))
# "10 دی 1403", "۱۵ آبان ۱۴۰۲" once its figures are ASCII (`scriptdates` turns them first)
_DATE = compile_later(rf"(?<!\d)([0-3]?\d)\s+({_NAME})(?![^\W\d_])\s*،?\s*(1[34]\d\d)(?!\d)")

# 1 Farvardin 1300 fell on 21 March 1921
_EPOCH_YEAR, _EPOCH = 1300, date(1921, 3, 21)


# the places of the leap years (366 days) in the calendar's 33-year cycle, as it runs in our time
_LEAP_PLACES = frozenset({1, 5, 9, 13, 17, 22, 26, 30})


def _leap(year: int) -> bool:
    return year % 33 in _LEAP_PLACES


def to_gregorian(year: int, month: int, day: int) -> date | None:
    """The Gregorian day of a Solar Hijri one; None for a day the month does not have."""
    length = 31 if month <= 6 else 30 if month <= 11 else 30 if _leap(year) else 29
    if not (1 <= month <= 12 and 1 <= day <= length):
        return None
    days = sum(366 if _leap(y) else 365 for y in range(_EPOCH_YEAR, year))
    days += (month - 1) * 31 if month <= 7 else 186 + (month - 7) * 30
    return _EPOCH + timedelta(days=days + day - 1)


def in_gregorian(text: str) -> str:
    """The line with its Solar Hijri days written as Gregorian ones ("30 december 2024"); unchanged without."""
    return _DATE.sub(_gregorian, text)


def _gregorian(m: re.Match[str]) -> str:
    day = to_gregorian(int(m[3]), _NUMBER[m[2]], int(m[1]))
    return m[0] if day is None else f"{day.day} {ENGLISH_MONTHS[day.month - 1]} {day.year}"
