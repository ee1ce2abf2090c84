"""Who wrote a copied page and when, read from the lines around its headline and under its story.

The closing credit of the reporting ("Reportage – Jane Roe", "the piece was prepared by"), a name run
into the outlet's, a name glued to its day in figures, a categories row over a long headline, the
readers' dates under a comments heading, metadata that files the writer surname first. Every line is
written for these tests; each case is a shape real pages have.
"""

from __future__ import annotations

from datetime import date

import pytest

from briefkit.importer.authorpick import pick_authors
from briefkit.importer.credits import other_credits, writer_credit
from briefkit.importer.dates import find_date, unglued_name
from briefkit.importer.inlinebylines import find_byline
from briefkit.importer.markupmeta import Claim, Evidence
from briefkit.importer.textdump import read_text_dump
from storytexts import MENU, PIER, TAIL, dump


@pytest.mark.parametrize(("line", "names"), [
    ("Reportagem – Ana Exemplo", ("Ana Exemplo",)),  # a parliament's agency credits its reporter so
    ("Reportage — Jeanne Exemple", ("Jeanne Exemple",)),
    ("Материал подготовил Иван Примеров", ("Иван Примеров",)),  # "the piece was prepared by"
    ("Статью подготовила Анна Примерова", ("Анна Примерова",)),
    ("Reportaje - La vida en el puerto", ()),  # a rubric over a title, no name after the dash
    ("Edição – Sam Exemplo", ()),  # the editor's credit names no writer
])
def test_a_closing_credit_of_the_reporting(line: str, names: tuple[str, ...]) -> None:
    assert find_byline(line) == names


def test_a_credits_line_with_dashes_for_colons() -> None:
    line = "Reportagem – Ana Exemplo Edição – Sam Exemplo"
    assert writer_credit(line) == "Ana Exemplo"
    assert other_credits(line) == ["Sam Exemplo"]


def test_the_reporters_credit_under_the_story_signs_it() -> None:
    page = dump(MENU, ["Pier to be rebuilt before the season", "12.03.2024 - 18:40"], PIER,
                ["Reportagem – Ana Exemplo", "Edição – Sam Exemplo", "Fonte: Agência"], TAIL)
    assert read_text_dump(page).authors == ("Ana Exemplo",)


def test_a_name_glued_to_its_day_in_figures_comes_apart() -> None:
    assert unglued_name("Jane Roe27/11/2026") == "Jane Roe 27/11/2026"
    assert unglued_name("jroe28.09.1912:44") == "jroe28.09.1912:44"  # a two-digit year glued to its hour
    assert find_date("Jane Roe27/11/202634 comments") == date(2026, 11, 27)  # a count glued to the year


def test_a_categories_row_over_a_long_headline_is_no_headline() -> None:
    # the menu prints "Harbour" and "Fishing fleet" alone; the row over the headline runs them together
    menu = ["Home", "Harbour", "Ferries", "Fishing fleet", "Weather", "Contact"]
    headline = "Harbour board votes to rebuild the storm damaged north pier before the next fishing season"
    page = dump(menu, ["Harbour Fishing fleet", headline, "Jane Roe27/11/202634 comments"], PIER, TAIL)
    article = read_text_dump(page)
    assert article.title == headline
    assert article.authors == ("Jane Roe",)


def test_a_short_headline_over_a_long_subtitle_and_its_byline_stays_the_headline() -> None:
    # a column: no menu entry in the short line, so it is the headline and the long line its subtitle
    head = ["The pier is no luxury", "Mending the north pier costs the town little and keeps its fleet at home",
            "Jane Roe 27/11/2026"]
    assert read_text_dump(dump(MENU, head, PIER, TAIL)).title == "The pier is no luxury"


def test_a_name_run_into_the_outlets_name_is_the_byline() -> None:
    top = ["Skip to content", "LIVE Morning show Listen", "Coast Radio Harbour Town", *MENU]
    head = ["Harbour board votes to rebuild the north pier", "The work starts in autumn and is paid by the region",
            "Jane Roe Radio Harbour Town", "Harbour Town 02/12/2026 - 08:37 h CET"]
    assert read_text_dump(dump(top, head, PIER, TAIL)).authors == ("Jane Roe",)


def test_the_readers_dates_under_a_comments_heading_come_last() -> None:
    # the post's date printed over its menu, far above the headline; the first comment's right under the story
    top = ["von Jane Roe", "am 04.05.2021", "Print", "Save", "Report", *MENU, "Tips"]
    thread = ["Comments", "07.05.21 | 18:19    harbourfan", "Good news at last."]
    page = dump(top, ["Pier to be rebuilt before the season"], PIER, thread, TAIL)
    assert read_text_dump(page).published == date(2021, 5, 4)


def test_the_byline_orders_a_name_that_metadata_files_surname_first() -> None:
    ev = Evidence(authors=[Claim("Roe Jane", "jsonld", 0), Claim("Von Jane Roe", "byline", 40)])
    assert pick_authors(ev, None, "Pier to be rebuilt") == ["Jane Roe"]
    ev = Evidence(authors=[Claim("Roe Jane", "jsonld", 0)])  # no byline printed: metadata's order stands
    assert pick_authors(ev, None, "Pier to be rebuilt") == ["Roe Jane"]


def test_a_date_badge_glued_together() -> None:
    assert find_date("03DEC2026") == date(2026, 12, 3)  # "03 / DEC / 2026" set in three boxes
    assert find_date("12Uhr2024") is None  # no month between the figures


def test_a_piece_dated_under_its_update_line() -> None:
    head = ["Pier to be rebuilt before the season", "Updated on 04/12/2026", "Press release of 3 December 2026"]
    assert read_text_dump(dump(MENU, head, PIER, TAIL)).published == date(2026, 12, 3)
    head = ["Pier to be rebuilt before the season", "Updated on 04/12/2026"]
    assert read_text_dump(dump(MENU, head, PIER, TAIL)).published == date(2026, 12, 4)  # the update is all there is


def test_a_question_of_the_contents_list_names_no_writer() -> None:
    from briefkit.importer.sitebylines import name_before_outlet

    units = ["Harbour News", "Contents", "Which Boats Can Moor There", "Pier to be rebuilt", "x"]
    assert name_before_outlet(units, 5, "Which Boats Can Moor There") == ()
    units = ["Coast Radio Harbour Town", "News", "Pier to be rebuilt", "x"]
    assert name_before_outlet(units, 3, "Jane Roe Radio Harbour Town") == ("Jane Roe",)
