"""Dates in text dumps: the forms a copied page prints its date in, and which of its dates is the story's.

The lines and dumps are written for these tests; the shared real dumps are scored by
`test_import_quality`.
"""

from __future__ import annotations

from datetime import date

import pytest

from briefkit.importer.dates import find_date, parse_date
from briefkit.importer.textdump import read_text_dump


@pytest.mark.parametrize(("line", "expected"), [
    ("14.03.24", date(2024, 3, 14)),  # a post's date badge, alone on its line, the year cut to two digits
    ("3.11.98", date(1998, 11, 3)),
    (" 14.03.24 ", date(2024, 3, 14)),
    ("7.4.30", None),  # a one-digit month: a version number as likely as a date
    ("Version 1.11.23 released", None),  # inside a sentence, no time after it: not a date
    ("Spielstand 14.03.24 nach drei Runden", None),
    ("31.02.24", None),  # no such day
])
def test_a_two_digit_year_alone_on_its_line(line: str, expected: object) -> None:
    assert find_date(line) == expected
    assert parse_date(line) == expected


def test_a_post_dated_with_a_two_digit_year_under_its_headline() -> None:
    dump = (
        "Startseite\nGalerie\nAnmelden\nWohnen\nRezepte\n"
        "Ein Balkon voller Kräuter\n09.05.24\n"
        "Seit dem Frühjahr wachsen auf meinem kleinen Balkon Thymian, Salbei und Minze in alten Kisten, "
        "die ich vom Flohmarkt geholt und selbst gestrichen habe.\n"
        "Am Abend sitze ich gern zwischen den Töpfen und freue mich, wie gut alles riecht, "
        "seit die Sonne länger scheint und die Pflanzen kräftig gewachsen sind.\n"
        "Impressum\nDatenschutz\n"
    )
    assert read_text_dump(dump).published == date(2024, 5, 9)
