"""Dates and bylines of the languages the importer learnt last (fixtures in our own words).

Catalan, Croatian, Slovenian, Bulgarian, Lithuanian, Latvian, Estonian, Serbian and Indonesian pages
print their month by name as the earlier languages do; Latvian and Lithuanian put the year first, with
their word for "year" after it. The names come from dateparser's data (`worldcalendar`), the Latvian
locative from the language's grammar (`worlddates.LOCATIVES`).
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from briefkit.importer.bylines import parse_byline
from briefkit.importer.dates import find_date, parse_date
from briefkit.importer.inlinebylines import find_byline


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Dimecres, 9 de setembre de 2026, 08:10 h", datetime(2026, 9, 9, 8, 10)),
        ("17. veljače 2026.", date(2026, 2, 17)),
        ("3. oktobar 2026.", date(2026, 10, 3)),
        ("21 октомври 2026", date(2026, 10, 21)),
        ("14. märts 2026, 09:30", datetime(2026, 3, 14, 9, 30)),
        ("Kamis, 12 Maret 2026", date(2026, 3, 12)),
        ("2026. gada 19. augustā, 07:45", datetime(2026, 8, 19, 7, 45)),
        ("2026. gada 2. februāris", date(2026, 2, 2)),
        ("2026 m. balandžio 8 d. 12:05", datetime(2026, 4, 8, 12, 5)),
        ("petek, 6. 3. 2026 ob 15.40", datetime(2026, 3, 6, 15, 40)),
    ],
)
def test_dates_in_the_later_languages(text: str, want: date) -> None:
    assert find_date(text) == want


def test_a_month_name_shared_with_an_earlier_language_keeps_the_earlier_reading() -> None:
    # "listopada" is November to Polish and Czech pages (October to Croatian ones): the table gives one month
    assert parse_date("4 listopada 2026") == date(2026, 11, 4)


@pytest.mark.parametrize("text", ["12 rugs were sold in 2026", "In 2026. gada came"])
def test_words_like_the_later_languages_short_months_are_no_date(text: str) -> None:
    assert find_date(text) is None


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Piše: Marko Horvatić", "Marko Horvatić"),
        ("Pišu: Ana Perić", "Ana Perić"),
        ("Avtor: Maja Zupan", "Maja Zupan"),
        ("Репортаж на Иван Стоянов", "Иван Стоянов"),
        ("Penulis: Dewi Lestari", "Dewi Lestari"),
        ("Autorius: Jonas Petraitis", "Jonas Petraitis"),
        ("Autors: Jānis Kalniņš", "Jānis Kalniņš"),
        ("Text a foto: Peter Novák", "Peter Novák"),
        ("Tekst i foto: Ivo Ivić", "Ivo Ivić"),
    ],
)
def test_bylines_in_the_later_languages(line: str, name: str) -> None:
    assert find_byline(line) == (name,)


def test_a_byline_ends_where_its_date_label_begins() -> None:
    line = "Piše: Marko Horvatić Objavljeno: 3. ožujka 2026. u 09:10 Ažurirano: 4. ožujka 2026."
    assert find_byline(line) == ("Marko Horvatić",)
    assert parse_date("3. ožujka 2026") == date(2026, 3, 3)


def test_a_writer_signs_with_the_national_agencys_letters_after_a_slash() -> None:
    assert parse_byline("Maja Zupan / STA") == ("Maja Zupan",)
    assert parse_byline("Maja Zupan/HINA") == ("Maja Zupan",)
    # a longer word in capitals is no agency's letters, but the place or desk after the slash (`bylineshapes`)
    assert parse_byline("Maja Zupan / NEWSDESK") == ("Maja Zupan",)


def test_a_byline_before_a_short_weekday_and_its_date() -> None:
    assert find_byline("Maja Zupan / STA pet, 6. 3. 2026, 15.40", bare=True) == ("Maja Zupan",)


def test_a_credit_line_gives_the_text_to_the_name_bracketed_text() -> None:
    assert find_byline("Lea Brunner (Text), Reto Casty (Bilder) 06.03.2026, 08.15 Uhr") == ("Lea Brunner",)


def test_a_later_languages_short_month_that_is_a_dutch_word_is_no_month() -> None:
    # "liep" is Lithuanian July in short and Dutch "walked": a Dutch sentence with numbers has no date
    assert find_date("De wedstrijd liep 3 uur uit") is None
    assert find_date("Het seizoen liep 3 2026 uit") is None
