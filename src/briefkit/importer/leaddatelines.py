"""The dateline a story's first paragraph opens with: "Fresnillo, Zac., 3 de marzo de 2024.- Habitantes …".

Wire copy and many regional papers (Latin America, Spain, press releases anywhere: "LONDON, 4 March
2024 — …", "NEW YORK, March 4, 2024 /Wire/ -- …") date the story in its first words: a place, a
comma, the full date, then a dash (after a full stop or not), a wire's name between slashes, or
a full stop before the first sentence ("Concepción, 5 de julio de 2022. Con el objetivo …", as press
offices write it). A
page that prints no other date by its headline (a table layout whose masthead prints only the day's
date) is dated by it, so it is a claim of the story's own day, read only in the first paragraph of
prose after the headline, where nothing else is.
"""

from __future__ import annotations

from datetime import date, datetime

from briefkit.importer.dates import parse_date
from briefkit.importer.lazyre import compile_later
from briefkit.importer.yearless import yearless_date

# the place: one to six words with no digits (a region's abbreviation and an agency in brackets allowed);
# the date: up to 40 characters ending in a year; then the dash, or a wire's name between slashes
_OPENING = compile_later(
    r"^(?P<place>[^\W\d_][^\d:;!?\n]{0,60}?),\s*(?P<date>[^\W_][^:;!?\n]{3,40}?(?<!\d)(?:19|20)\d{2})"
    r"\s*(?:\([^()\d]{1,30}\)\s*)?(?:\.?\s*[-–—]{1,2}\s*\S|/[^/\n]{1,30}/\s*[-–—]*\s*\S|\.\s+[^\W\d_])"
)


def lead_dateline(text: str) -> str | None:
    """The date a paragraph's opening dateline gives, as printed, or None when it opens otherwise."""
    m = _OPENING.match(text[:140])
    if m is None:
        return None
    place, printed = m["place"], m["date"]
    found: datetime | date | None = parse_date(printed)
    while found is None and "," in printed:  # "Fresnillo, Zac., 3 de marzo": the region is the place's
        region, printed = printed.split(",", 1)
        place, printed = f"{place}, {region}", printed.strip()
        found = parse_date(printed)
    return printed if found is not None and place[0].isupper() and len(place.split()) <= 6 else None


# a wire's dateline with no year, its agency in brackets: "Madrid, 5 jun (EFE).- …"
_YEARLESS_OPENING = compile_later(
    r"^(?P<place>[^\W\d_][^\d:;!?\n]{0,60}?),\s*(?P<date>[^\W_][^:;!?()\n]{2,20}?)"
    r"\s*\([^()\d]{1,30}\)\s*\.?\s*[-–—]{1,2}\s*\S"
)


def yearless_lead(text: str, reference: date) -> datetime | date | None:
    """The day of a wire's dateline printed without its year ("Madrid, 5 jun (EFE).- …"), read in the year
    that makes it the latest day not after `reference` (the page's update printed by the headline)."""
    m = _YEARLESS_OPENING.match(text[:100])
    if m is None or not m["place"][0].isupper() or len(m["place"].split()) > 6:
        return None
    return yearless_date(m["date"], today=reference)
