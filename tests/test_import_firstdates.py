"""The first publication a page labels beside a later change, and Catalan dates. Lines written for the test."""

from __future__ import annotations

from datetime import date, datetime

import storytexts
from briefkit.importer.dates import find_date, parse_date
from briefkit.importer.firstdates import after_first_label, first_published_line
from briefkit.importer.textdump import read_text_dump


def test_the_labelled_first_publication_in_the_line_wins() -> None:
    line = "Fri 8 Mar 2024 16.05 GMT First published on Thu 7 Mar 2024 08.30 GMT"
    assert parse_date(line) is not None
    assert parse_date(line).date() == date(2024, 3, 7)  # type: ignore[union-attr]
    assert after_first_label("First published on 7 March 2024") is None  # nothing before the label


def test_a_first_published_line_names_itself() -> None:
    assert first_published_line("First uploaded on: 11-05-2023 at 09:10 IST")
    assert first_published_line("Erstmals veröffentlicht am 11.05.2023")
    assert not first_published_line("Published on 11 May 2023")


def test_catalan_dates_and_update_label() -> None:
    assert find_date("14 d'octubre de 2023") == date(2023, 10, 14)
    assert parse_date("2 d’agost de 2022, 18:05 Actualitzat: 03/08/2022 09:00") == datetime(2022, 8, 2, 18, 5)


def test_first_upload_under_the_story_beats_the_later_date_over_it() -> None:
    head = "Ferry to the islands runs again\nBy Jane Roe\nMay 12, 2023 07:15\n"
    menu = "\n".join(storytexts.MENU)
    dump = f"{menu}\n{head}{storytexts.FERRY}First uploaded on: 11-05-2023 at 21:40\nImprint\n"
    when = read_text_dump(dump).published
    assert when is not None and when.isoformat().startswith("2023-05-11")
