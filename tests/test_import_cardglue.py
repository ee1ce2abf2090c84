"""Bylines whose name a copied page glued to the writer's post, or which say the kind of piece before
the writer's keyword, and an author card's plural label after the story.

Each dump is written for the test (no publisher's text); each case is a shape real pages have.
"""

from __future__ import annotations

from datetime import date

from briefkit.importer.bylinecards import without_glued_post
from briefkit.importer.bylines import parse_byline
from briefkit.importer.creditwords import bracketed_text_credit
from briefkit.importer.inlinebylines import find_byline
from briefkit.importer.stoppedheads import signed_dateline
from briefkit.importer.textdump import read_text_dump
from storytexts import MENU, PIER, TAIL
from storytexts import dump as _dump

STORY = PIER[:4]
HEADLINE = ["Harbour board votes to rebuild the north pier"]


def test_a_post_glued_to_the_name_is_cut_off() -> None:
    assert without_glued_post("Anna BeispielWirtschaftsreporterin") == "Anna Beispiel"
    assert without_glued_post("By Jane RoeHarbour reporter") == "By Jane Roe"
    assert without_glued_post("Jane McRoeReporter") == "Jane McRoe"  # the last glue ends the name
    assert without_glued_post("Jane McRoe") == "Jane McRoe"  # a name's own capital is no glue
    assert without_glued_post("Anna BeispielStadtrat Nord") == "Anna BeispielStadtrat Nord"  # no journalist's post
    assert parse_byline("By Jane RoeHarbour reporter", bare=False) == ("Jane Roe",)


def test_the_kind_of_piece_before_the_keyword_opens_a_byline() -> None:
    assert parse_byline("Ein Bericht von Anna Beispiel und Bernd Muster, Hafenstadt", bare=False) == (
        "Anna Beispiel",
        "Bernd Muster",
    )
    assert parse_byline("Une analyse de Anne Exemple", bare=False) == ("Anne Exemple",)
    assert parse_byline("Een verslag van Anna Voorbeeld", bare=False) == ("Anna Voorbeeld",)
    assert parse_byline("Ein Film von Anna Beispiel", bare=False) == ()  # a film is no piece of the page's


def test_the_header_reads_on_past_a_kind_of_piece_byline_to_its_date() -> None:
    head = [*HEADLINE, "Ein Bericht von Anna Beispiel und Bernd Muster, Hafenstadt", "Fr 04.12.26 · 19:47 Uhr"]
    article = read_text_dump(_dump(MENU, head, STORY, TAIL))
    assert article.authors == ("Anna Beispiel", "Bernd Muster")
    assert article.published is not None and article.published.isoformat()[:10] == date(2026, 12, 4).isoformat()


def test_an_author_card_under_a_plural_label_names_the_writer() -> None:
    card = ["Autoren", "Anna BeispielWirtschaftsreporterin", "Bernd MusterRedakteur Hafenstadt"]
    page = _dump(MENU, HEADLINE, ["Samstag, 05. Dezember 2026, 06:00 Uhr"], STORY, card, TAIL)
    assert read_text_dump(page).authors == ("Anna Beispiel", "Bernd Muster")
    menu = _dump(["Home", "About us", "Autoren", "Newsletter"], HEADLINE, STORY, TAIL)
    assert read_text_dump(menu).authors == ()  # the label as a menu entry, over the next entry


def test_a_team_credit_gives_the_text_to_the_name_its_bracket_marks() -> None:
    assert bracketed_text_credit("Credits: Anna Beispiel (Text), Bernd Muster (Fotos), Carla Probe (Grafik)") == (
        "Anna Beispiel"
    )
    assert bracketed_text_credit("(Texto) Ana Ejemplo   (Foto) Pablo Modelo") == "Ana Ejemplo"
    assert bracketed_text_credit("Anna Beispiel (SPD) und Bernd Muster (CDU) stimmten dagegen") is None
    assert bracketed_text_credit("Anna Beispiel (Text)") is None  # one part: no team's credit line
    credits = ["Над материалом работали: Анна Пример (текст), Павел Образец (фото), Ольга Проба (вёрстка)"]
    page = _dump(MENU, HEADLINE, ["5 декабря 2026, 19:40"], STORY, credits, TAIL)
    assert read_text_dump(page).authors == ("Анна Пример",)
    page = _dump(MENU, HEADLINE, ["04/12/2026 17:32"], STORY, ["(Texto) Ana Ejemplo   (Foto) Pablo Modelo"], TAIL)
    assert read_text_dump(page).authors == ("Ana Ejemplo",)


def test_names_right_before_the_date_sign_the_dateline() -> None:
    line = "Anna Voorbeeld en Bram Proef za 05 dec 2026 · 20:14 Bron: Belga"
    assert find_byline("Anna Voorbeeld en Bram Proef za 05 dec 2026", bare=True) == ("Anna Voorbeeld", "Bram Proef")
    assert signed_dateline("Anna Voorbeeld en Bram Proef za 05 dec 2026")
    assert not signed_dateline("Anna Voorbeeld en Bram Proef bezochten de markt op 5 december 2026")
    head = [*HEADLINE, "Het bestuur kiest voor beton onder de oude pier.", line, "DelenReageer (3)"]
    article = read_text_dump(_dump(MENU, head, STORY, TAIL))
    assert article.authors == ("Anna Voorbeeld", "Bram Proef")


def test_a_phone_number_after_the_byline_is_no_part_of_the_name() -> None:
    assert parse_byline("By Jane Roe jroe@example.org (555) 555-0100", bare=False) == ("Jane Roe",)
    assert parse_byline("Von Anna Beispiel +49 30 5550100", bare=False) == ("Anna Beispiel",)
    assert parse_byline("Von Anna Beispiel 12.05.2024", bare=False) == ()  # a date is no phone number


def test_an_outlets_post_joined_to_its_name_before_the_writer_is_no_name() -> None:
    assert parse_byline("Von abc-Korrespondent Bernd Muster", bare=False) == ("Bernd Muster",)
    assert parse_byline("Von XYZ-Korrespondentin Anna Beispiel, Hafenstadt", bare=False) == ("Anna Beispiel",)
    assert parse_byline("Von abc-Korrespondent", bare=False) == ()


def test_a_contributor_s_credit_glued_to_the_name_is_cut_off() -> None:
    """ "Jane RoeSpecial to the Courier": a freelance writer's credit naming the paper, glued to the name."""
    assert without_glued_post("Jane RoeSpecial to the Courier") == "Jane Roe"
    assert without_glued_post("Ana RoeEspecial para el Diario") == "Ana Roe"
    assert parse_byline("Jane RoeSpecial to the Courier") == ("Jane Roe",)
