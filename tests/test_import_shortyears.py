"""A publication line whose date prints its year in two digits: day first under its label, in the languages
that write the day first; a bare or unlabelled "05/12/26" stays unread (which part is the year is unclear).

Each line is written for the test (no publisher's text); each case is a shape real pages have.
"""

from __future__ import annotations

from datetime import date, datetime

import storytexts
from briefkit.importer.shortyears import labelled_short_date
from briefkit.importer.textdump import read_text_dump


def test_a_labelled_two_digit_year_reads_day_first() -> None:
    assert labelled_short_date("Publié le 04/03/25 à 9h05") == datetime(2025, 3, 4, 9, 5)
    assert labelled_short_date("Veröffentlicht am 04.03.25, 09:05") == datetime(2025, 3, 4, 9, 5)
    assert labelled_short_date("Publicado el 04/03/25") == date(2025, 3, 4)


def test_an_unlabelled_or_impossible_short_date_stays_unread() -> None:
    assert labelled_short_date("04/03/25") is None
    assert labelled_short_date("Published 04/03/25") is None  # English writes the month first
    assert labelled_short_date("Publié le 31/02/25") is None


def test_the_dump_takes_the_labelled_short_date_as_its_own() -> None:
    head = "Accueil\nActualité\nLe bac repart\nJeanne Roe\nPublié le 04/03/25 à 9h05 — Mis à jour le 05/03/25\n"
    page = f"{head}{storytexts.FERRY}Mentions légales\n"
    assert read_text_dump(page).published == datetime(2025, 3, 4, 9, 5)


def test_a_labelled_two_digit_year_after_the_byline_in_the_same_line() -> None:
    # the byline opens the line, the publication label follows it: the label still dates the page
    assert labelled_short_date("Critique par Jane Roe Publié le 04/03/25 à 9h05") == datetime(2025, 3, 4, 9, 5)
    assert labelled_short_date("Elle a republié le 04/03/25") is None  # a word ending in the label is none
