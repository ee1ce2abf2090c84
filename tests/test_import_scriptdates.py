"""Dates printed in the scripts beyond the Latin, Greek and Cyrillic (`importer.scriptdates`)."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from briefkit.importer.dates import find_date, parse_date
from briefkit.importer.scriptdates import as_latin


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("الأربعاء، ٥ مارس ٢٠٢٥", date(2025, 3, 5)),  # Arabic-Indic figures, a weekday before
        ("٧ تشرين الأول ٢٠٢٤", date(2024, 10, 7)),  # the Levantine two-word month
        ("۱۲ ژوئن ۲۰۲۳", date(2023, 6, 12)),  # Persian figures and month
        ("२१ मार्च २०२२", date(2022, 3, 21)),  # Devanagari figures, Hindi month
        ("9 सितंबर 2021", date(2021, 9, 9)),
        ("2022年7月15日", date(2022, 7, 15)),
        ("2022年7月15日（金）9時05分", datetime(2022, 7, 15, 9, 5)),
        ("2021년 11월 2일 오후 3:40", datetime(2021, 11, 2, 15, 40)),
        ("آخر تحديث: ٤ مايو ٢٠٢٣ - ٨:١٥ م", datetime(2023, 5, 4, 20, 15)),
    ],
)
def test_dates_in_other_scripts(line: str, expected: date) -> None:
    assert parse_date(line) == expected


def test_a_label_glued_to_the_figure_before_it_parts_the_two_dates() -> None:
    # an entry and a correction line copied as one: the entry's is the publication
    assert parse_date("입력 2021.04.06 08:10수정 2021.04.07 10:00") == datetime(2021, 4, 6, 8, 10)


def test_a_year_first_dotted_day_is_found_inside_a_line() -> None:
    assert find_date("기자 2021.04.06 08:10") == datetime(2021, 4, 6, 8, 10)
    assert find_date("version 2021.4.6 released") is None  # one-digit parts: a version number


def test_a_zone_in_brackets_is_read() -> None:
    ist = timezone(timedelta(hours=5, minutes=30))
    assert parse_date("प्रकाशित: 3 जून 2022, 06:10 PM (IST)") == datetime(2022, 6, 3, 18, 10, tzinfo=ist)


def test_a_line_without_a_figure_keeps_its_words() -> None:
    assert as_latin("مه غلیظ در تهران") == "مه غلیظ در تهران"  # "mist", no month beside a figure
    assert as_latin("plain ascii 3 May") == "plain ascii 3 May"


def test_a_day_without_its_year() -> None:
    assert as_latin("更新：10月3日 21時15分") == "updated: 3 october 21:15"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Mércores, 4 de marzo de 2026", date(2026, 3, 4)),  # Galician
        ("Ourense, 9 de xullo de 2021 · 12:30", datetime(2021, 7, 9, 12, 30)),
        ("3. október 2023", date(2023, 10, 3)),  # Icelandic
        ("11 tetor 2022", date(2022, 10, 11)),  # Albanian
        ("7 Disember 2021", date(2021, 12, 7)),  # Malay
    ],
)
def test_months_of_regional_languages(line: str, expected: date) -> None:
    assert find_date(line) == expected


def test_an_update_label_before_the_date_is_read_as_the_change() -> None:
    # the update's label over a byline run into the publication's day: the unlabelled day is the page's
    line = "Última actualización: 04/05/2023 11:00 Por Ana Roe 2 de mayo de 2023"
    assert find_date(line) == date(2023, 5, 2)


def test_an_update_line_over_the_headline_yields_to_the_date_beside_it() -> None:
    from briefkit.importer.textdump import read_text_dump

    paragraphs = [
        "Občina je v sredo predstavila tri različice novega mostu čez reko, ki ga bodo začeli graditi to leto.",
        "Prebivalci so na zboru krajanov povedali svoje mnenje in opozorili na promet v času gradnje.",
        "Župan je dejal, da bodo odločitev sprejeli do poletja, ko bodo znani tudi stroški vseh treh različic.",
        "Po prvih ocenah bo najdražja različica stala skoraj dvakrat toliko kot najcenejša, a bi bila najbolj trajna.",
        "Svetniki bodo o predlogu razpravljali na seji prihodnji mesec, ko bodo dobili tudi mnenje strokovnjakov.",
    ]
    head = ["Domov", "Novice", "Šport", "Kultura", "Vreme", "Regija / Novice"]
    dates = ["sreda, 4. marec 2026 ob 9:10", "Posodobljeno: 5. marec 2026 ob 7:45", "Maribor - Uredništvo"]
    tail = ["Sorodne novice", "Most čez Dravo bo zaprt 2. marec 2026", "Nova kolesarska pot 1. marec 2026"]
    dump = "\n".join(
        [*head, *dates, "Občina predstavila tri različice novega mostu", "", *[p + "\n" for p in paragraphs], *tail]
    )
    assert read_text_dump(dump).published == datetime(2026, 3, 4, 9, 10)
