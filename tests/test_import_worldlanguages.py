"""Dates, bylines and whole pages in languages beyond the importer's first eight (fixtures in our own words).

The pages are in `worldpages`: Polish, Czech, Swedish, Danish, Norwegian, Finnish, Turkish, Romanian,
Hungarian, Greek, Ukrainian and an English page of an Asian publisher with its KST times. Each prints
its publication day beside a relative time ("3 godziny temu") and an update on a later day: the day read
must be the publication's, never the relative time's (today) nor the update's.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from briefkit.importer.bylines import parse_byline
from briefkit.importer.datelabels import PUBLISHED_LABEL, RELATIVE_DATE, UPDATED_LINE
from briefkit.importer.dates import find_date, parse_date
from briefkit.importer.htmlpage import read_html
from briefkit.importer.inlinebylines import find_byline
from briefkit.importer.stopwords import FUNCTION_WORDS, guess_language, share
from briefkit.importer.textdump import read_text_dump
from briefkit.importer.worldcalendar import WEEKDAY_FORMS
from worldpages import PAGES, WorldPage

_IDS = [p.lang for p in PAGES]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("2 grudnia 2026, 09:15", datetime(2026, 12, 2, 9, 15)),
        ("2 grudnia 2026 r., 09:15", datetime(2026, 12, 2, 9, 15)),
        ("Wtorek, 2 grudnia 2026", date(2026, 12, 2)),
        ("2. prosince 2026 v 9:15", datetime(2026, 12, 2, 9, 15)),
        ("2 december 2026 kl. 09.15", datetime(2026, 12, 2, 9, 15)),
        ("2. joulukuuta 2026", date(2026, 12, 2)),
        ("2 Aralık 2026", date(2026, 12, 2)),
        ("2 decembrie 2026, 09:15", datetime(2026, 12, 2, 9, 15)),
        ("2026. december 2. 09:15", datetime(2026, 12, 2, 9, 15)),
        ("2026. 12. 02.", date(2026, 12, 2)),
        ("2 Δεκεμβρίου 2026, 09:15", datetime(2026, 12, 2, 9, 15)),
        ("2 грудня 2026 о 09:15", datetime(2026, 12, 2, 9, 15)),
        ("Dec 2, 2026, 22:15 KST", datetime(2026, 12, 2, 22, 15, tzinfo=timezone(timedelta(hours=9)))),
        ("Dec 2, 2026, 09:30 IST", datetime(2026, 12, 2, 9, 30, tzinfo=timezone(timedelta(hours=5, minutes=30)))),
        ("2 Dec 2026 10:00 WIB", datetime(2026, 12, 2, 10, 0, tzinfo=timezone(timedelta(hours=7)))),
        ("2 December 2026 14:00 TRT", datetime(2026, 12, 2, 14, 0, tzinfo=timezone(timedelta(hours=3)))),
    ],
)
def test_dates_in_more_languages(text: str, want: date) -> None:
    assert parse_date(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "Opublikowano: 2 grudnia 2026",
        "Publikováno: 2. prosince 2026",
        "Publicerad 2 december 2026",
        "Julkaistu 2.12.2026",
        "Yayınlanma: 02.12.2026",
        "Közzétéve: 2026. december 2.",
        "Δημοσίευση: 2 Δεκεμβρίου 2026",
        "Опубліковано: 2 грудня 2026",
    ],
)
def test_a_published_label_in_more_languages(text: str) -> None:
    assert PUBLISHED_LABEL.search(text) is not None
    assert find_date(text) == date(2026, 12, 2)


@pytest.mark.parametrize(
    "text",
    [
        "Aktualizacja: 3 grudnia 2026",
        "Ostatnia modyfikacja: 3 grudnia 2026, 14:32",
        "Uppdaterad 3 december 2026",
        "Päivitetty 3.12.2026",
        "Güncelleme: 03.12.2026",
        "Frissítve: 2026. december 3.",
        "Ενημέρωση: 3 Δεκεμβρίου 2026",
        "Оновлено: 3 грудня 2026",
    ],
)
def test_an_update_label_in_more_languages(text: str) -> None:
    assert UPDATED_LINE.match(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "3 godziny temu",
        "před 3 hodinami",
        "för 3 timmar sedan",
        "3 timer siden",
        "3 tuntia sitten",
        "3 saat önce",
        "acum 3 ore",
        "3 órája",
        "πριν από 3 ώρες",
        "3 години тому",
        "wczoraj, 10:15",
    ],
)
def test_relative_times_in_more_languages_are_never_a_date(text: str) -> None:
    assert RELATIVE_DATE.search(text) is not None
    assert parse_date(text) is None and find_date(text) is None


@pytest.mark.parametrize("text", ["for 3 min", "in 3 hours", "3 sedan", "Top 3 pro tips", "the 5 led the way"])
def test_words_of_other_languages_are_no_relative_time_nor_month(text: str) -> None:
    assert RELATIVE_DATE.search(text) is None
    assert find_date(text + " 2026") is None


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Av Karin Lindqvist", "Karin Lindqvist"),
        ("Af Mette Sørensen", "Mette Sørensen"),
        ("Teksti: Aino Virtanen", "Aino Virtanen"),
        ("Yazar: Elif Şahin", "Elif Şahin"),
        ("Szerző: Kovács Eszter", "Kovács Eszter"),
        ("Της Μαρίας Νικολάου", "Μαρίας Νικολάου"),
        ("Γράφει η Μαρία Νικολάου", "Μαρία Νικολάου"),
        ("Autorka: Jana Nováková", "Jana Nováková"),
        ("oprac. Anna Nowak", "Anna Nowak"),
        ("Авторка: Олена Коваленко", "Олена Коваленко"),
    ],
)
def test_bylines_in_more_languages(line: str, name: str) -> None:
    assert parse_byline(line) == (name,)
    assert find_byline(line) == (name,)


def test_names_that_are_short_words_elsewhere_stay_names() -> None:
    """A function word never opens a name to `bylines`: the lists leave out the words that are names too."""
    for first in ("hun", "ole", "oli", "aki", "jos", "meg", "ama"):
        assert first not in FUNCTION_WORDS
    for english in ("end", "care", "pro", "co", "s", "u"):  # ("& Co KG", "U.S.": no prose to the share)
        assert english not in FUNCTION_WORDS
    assert "fred" not in WEEKDAY_FORMS[5].split()  # (Swedish for Friday in short)
    assert parse_byline("Av Ole Haugen") == ("Ole Haugen",)
    assert parse_byline("Af Aki Mäkinen") == ("Aki Mäkinen",)


@pytest.mark.parametrize("page", PAGES, ids=_IDS)
def test_prose_in_more_languages_reads_as_prose(page: WorldPage) -> None:
    assert (share(" ".join(page.paragraphs)) or 0.0) >= 0.15


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "sv",
            "Kommunen säger att bron inte blir klar före sommaren och att kostnaden har ökat, för stålet till bron "
            "kommer med fartyg och det tar tid. Detta var också något som politikerna hade varnat för.",
        ),
        (
            "fi",
            "Kaupunki kertoi maanantaina, että silta ei valmistu ennen kesää ja että kustannukset ovat nousseet, "
            "koska teräs tuodaan laivalla. Myös aikataulu on venynyt, mutta työ jatkuu kun sää sen sallii.",
        ),
        (
            "tr",
            "Belediye pazartesi günü yaptığı açıklamada köprünün yazdan önce bitmeyeceğini ve çeliğin gemi ile "
            "geldiği için maliyetin arttığını söyledi. Bu durum daha çok zaman alacak gibi görünüyor ve bir karar "
            "için olarak bekleniyor.",
        ),
        (
            "hu",
            "A város hétfőn azt közölte, hogy a híd nem készül el nyár előtt, és hogy a költségek is nőttek, "
            "mert az acél hajóval érkezik. A polgármester szerint már csak egy döntés hiányzik, de ez nem volt "
            "egyszerű, pedig mindenki várta.",
        ),
        (
            "el",
            "Ο δήμος ανακοίνωσε τη Δευτέρα ότι η γέφυρα δεν θα είναι έτοιμη πριν από το καλοκαίρι και ότι το "
            "κόστος αυξήθηκε, γιατί ο χάλυβας έρχεται με πλοίο από το εξωτερικό για να χρησιμοποιηθεί στο έργο.",
        ),
    ],
)
def test_the_language_of_an_undeclared_page_is_guessed_in_more_languages(lang: str, text: str) -> None:
    assert guess_language(text) == lang


def _day(when: datetime | date | None) -> date | None:
    return when.date() if isinstance(when, datetime) else when


@pytest.mark.parametrize("page", PAGES, ids=_IDS)
def test_a_copied_page_in_more_languages(page: WorldPage) -> None:
    article = read_text_dump(page.text_dump())
    assert article.title == page.title
    assert article.authors == (page.author,)
    assert _day(article.published) == date.fromisoformat(page.day)  # not the relative time's day, nor the update's
    assert page.paragraphs[0] in article.body and page.paragraphs[-1] in article.body
    assert page.updated not in article.body


@pytest.mark.parametrize("page", PAGES, ids=_IDS)
def test_a_saved_page_in_more_languages(page: WorldPage) -> None:
    article = read_html(page.saved_html())
    assert article.title == page.title
    assert article.authors == (page.author,)
    assert _day(article.published) == date.fromisoformat(page.day)
    assert page.paragraphs[0] in article.body and page.paragraphs[-1] in article.body
    assert page.updated not in article.body


def test_a_trie_of_names_matches_what_the_flat_list_matches() -> None:
    import re

    from briefkit.importer.monthnames import MONTHS, alternation

    flat = re.compile("|".join(sorted(map(re.escape, MONTHS), key=len, reverse=True)), re.I)
    trie = re.compile(alternation(frozenset(MONTHS)), re.I)
    for text in [*MONTHS, "marching", "Decembers", "MÄRZ", "ΔΕΚΕΜΒΡΊΟΥ", "junior", "Mayo", "x"]:
        want, got = flat.match(text), trie.match(text)
        assert (got and got.group(0)) == (want and want.group(0)), text
    assert alternation({"mar", "march", "may"}) == "ma(?:r(?:ch)?|y)"


@pytest.mark.parametrize(("text", "month"), [("2 ARALIK 2026", 12), ("2 NİSAN 2026", 4), ("2 ΙΑΝΟΥΆΡΙΟΣ 2026", 1)])
def test_a_month_in_capitals_is_read_whatever_its_language_lowers_it_to(text: str, month: int) -> None:
    assert parse_date(text) == date(2026, month, 2)


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Autor: Jan Kowalski Opublikowano: 2 grudnia 2026", "Jan Kowalski"),
        ("Szerző: Kovács Eszter 2026. december 2. 09:15", "Kovács Eszter"),
        ("Yazar: Elif Şahin | Güncelleme: 03.12.2026", "Elif Şahin"),
    ],
)
def test_a_byline_with_its_date_in_one_line_in_more_languages(line: str, name: str) -> None:
    assert find_byline(line) == (name,)
