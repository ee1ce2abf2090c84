"""A dateline printed without its year: "05 дек, 18:40", "5 Dec, 6:40pm", "Dec. 5", "5. Dezember, 14:30 Uhr".

A daily news site prints the day and the hour of this year's stories and leaves the year off (its
metadata carries it; a copied page has none). The page was saved after it was published, so the
year is the one that makes the day the most recent that has passed: today's year, or last year's
when that day has not come yet ("28 Dec" read on 3 January). Only a short line is read so: in a
sentence a day without its year is what the story tells of ("the vote on 12 March").
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from briefkit.importer.datelabels import PUBLISHED_LABEL
from briefkit.importer.dates import parse_date
from briefkit.importer.lazyre import compile_later, has_digit
from briefkit.importer.monthnames import MONTH_NAMES, MONTHS, WEEKDAY_NAMES
from briefkit.importer.worlddates import in_english

_MONTH = MONTH_NAMES
_WEEKDAY = WEEKDAY_NAMES
# the clock after the day, with its label and its half of the day ("18:40", "at 6:40pm", "um 14.30 Uhr", "à 9h12")
_CLOCK = (
    r"(?:,?\s*(?:at|um|à|a\s+las|alle|às|om|в|-|–|\|)?\s*(?P<clock>[0-2]?\d[:.h][0-5]\d"
    r"(?:\s*(?:uhr|uur|h|am|pm|a\.\s?m\.|p\.\s?m\.))?))?"
)
_YEARLESS = compile_later(
    rf"(?<![\w.])(?:(?:{_WEEKDAY})\.?,?\s+)?(?:(?P<day>[0-3]?\d)\.?\s+(?P<month>{_MONTH})\.?"
    rf"|(?P<month2>{_MONTH})\.?\s+(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?)(?!\w)"
    r"(?!\.?,?\s*(?:de\s+)?\d+(?!\d)(?![:.h]\d))"  # (a year after it, any: "14. Januar 2999" is read by `dates`)
    rf"{_CLOCK}"
    r"(?![\d:])",
    re.I,
    needs=has_digit,  # both forms hold the day's `\d`: a line with no digit is not searched
)
_LABELLED_DEPTH = 8  # the story's first lines: its standfirst, a picture's caption, the writers' names
MAX_WORDS = 12  # a dateline with a rubric or a counter beside it; a sentence is longer


def yearless_date(text: str, today: date | None = None) -> datetime | date | None:
    """The day (and hour) of a short line's dateline printed without a year, in its most recent past year;
    None when the line prints no such date or reads as a sentence."""
    line = in_english(re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip())  # ("6 grudnia": `worlddates`)
    if not line or "\t" in text or len(line.split()) > MAX_WORDS or line.endswith((".", "!", "?")):
        return None  # (a table's row: "8 <tab> Jan Roe" is a number and a name)
    m = _YEARLESS.search(line)
    if m is None or not m.group("clock") and re.match(r"\s*(?-i:[A-ZÀ-ÞА-ЯЁ])[a-zß-ÿа-яё]", line[m.end() :]):
        return None  # (nor a month's short form before a capitalised word, no hour: "8 Jan Roe" names someone)
    day, month = int(m.group("day") or m.group("day2")), MONTHS[(m.group("month") or m.group("month2")).casefold()]
    now = today or date.today()
    for year in (now.year, now.year - 1):
        try:
            when = date(year, month, day)
        except ValueError:
            continue  # 29 February in a year that has none: the year before may
        if when <= now + timedelta(days=1):  # a day's slack for the zones, as `dates.in_future` allows
            return parse_date(f"{day} {m.group('month') or m.group('month2')} {year} {m.group('clock') or ''}") or when
    return None


def near_headline(units: list[str], title: int, start: int, today: date | None = None) -> datetime | date | None:
    """The yearless dateline nearest the headline: between it and the story first, then the few lines
    over it (a rubric's line with the day and hour, over the headline); never one further off, which
    dates a teaser or a comment."""
    order = [*range(title + 1, start), *range(title - 1, max(-1, title - 4), -1)]
    for i in order:
        if 0 <= i < len(units) and (when := yearless_date(units[i], today)) is not None:
            return when
    # under a standfirst the story was taken to open with, the byline's dateline says it is the publication
    # ("Published 2 Dec, 14:05"): its label, at the line's start, tells it from a day the story speaks of
    for i in range(start, min(len(units), start + _LABELLED_DEPTH)):
        if PUBLISHED_LABEL.match(units[i].strip()) and (when := yearless_date(units[i], today)) is not None:
            return when
    return None
