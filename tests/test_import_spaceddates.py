"""Dates printed in the shapes of central and northern European pages: a numeric day with spaces
between its parts ("2. 12. 2026"), a month's short form that is a word in other languages ("2. des."),
and a yearless dateline under the standfirst a copied page's story was taken to open with."""

from __future__ import annotations

from datetime import date

from briefkit.importer.dates import find_date
from briefkit.importer.worlddates import in_english
from briefkit.importer.yearless import near_headline


def test_a_spaced_numeric_day_with_its_year_is_read() -> None:
    assert find_date("Autor: Jana Roe | 7. 3. 2025 | 4 minuty čtení") == date(2025, 3, 7)
    assert find_date("Kapitel 1. 2. 2000er") is None  # a decade, no day


def test_a_dotted_short_month_after_a_dotted_day_is_a_month() -> None:
    assert "december" in in_english("Publisert 2. des. kl. 14:05")
    assert in_english("am 2. des Monats 2026") == "am 2. des Monats 2026"  # a German article: unchanged


def test_a_labelled_yearless_dateline_under_the_standfirst_dates_the_story() -> None:
    units = [
        "Radar to warn of avalanches over the county road",
        "The county road gets a radar that sees avalanches before they reach the carriageway, this winter.",
        "Jane Roe Journalist",
        "Published 2 Dec, 14:05",
        "The radar stands on a ledge above the fjord and watches three avalanche paths at once.",
    ]
    assert near_headline(units, 0, 1, today=date(2026, 12, 6)) is not None
    assert near_headline(units[:3] + units[4:], 0, 1, today=date(2026, 12, 6)) is None
