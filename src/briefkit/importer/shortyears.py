"""A publication line whose date prints its year in two digits ("Publié le 05/12/26 à 16h42").

A bare "05/12/26" is ambiguous (which part is the year, which the month), so the general date reader
leaves it alone. Under its publication label in the seven languages that write the day first, it is
day, month, year: the page's own date, read as such, also after the byline the line opens with
("Critique par Jane Roe Publié le 27/11/26 à 07h00"): the label says whose date it is wherever it stands.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from briefkit.importer.lazyre import compile_later

# the label, its preposition, the day-first date with a two-digit year, the hour after it
_LABELLED_SHORT = compile_later(
    r"(?:^|(?<=[\s|·•]))(?:publiée?|mis\s+en\s+ligne|veröffentlicht|publicad[oa]|pubblicat[oa]|gepubliceerd|опубликовано)"
    r"\s+(?:(?:le|am|el|il|em|op|on)\s+)?(?P<d>\d{1,2})[./](?P<m>\d{1,2})[./](?P<y>\d{2})(?![\d./])"
    r"(?:,?\s+(?:(?:à|um|a\s+las|alle|às|om|в)\s+)?(?P<hh>\d{1,2})\s?[h:.]\s?(?P<mm>\d{2}))?",
    re.I,
)


def labelled_short_date(text: str) -> datetime | date | None:
    """The date of a publication label with a two-digit year, day first, in the line; None for any other line."""
    m = _LABELLED_SHORT.search(text.strip())
    if m is None:
        return None
    try:
        day = date(2000 + int(m.group("y")), int(m.group("m")), int(m.group("d")))
        if m.group("hh") is None:
            return day
        return datetime(day.year, day.month, day.day, int(m.group("hh")), int(m.group("mm")))
    except ValueError:
        return None  # "Publié le 31/02/26": no such day
