"""A daily news site's header as a copied page gives it: the byline set as a card (name, post,
handle, the editor's credit, each in its own element, run together in the copy) and a dateline
printing the day and the hour without the year.

Each dump is written for the test (no publisher's text); each case is a shape real pages have.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import storytexts
from briefkit.importer import stopwords
from briefkit.importer.bylinecards import unglued_card, without_editor
from briefkit.importer.bylines import parse_byline
from briefkit.importer.textdump import read_text_dump
from briefkit.importer.yearless import yearless_date

_MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def _short(day: date) -> str:
    return f"{day.day:02d} {_MONTHS[day.month - 1]}"


def _page(over: str, under: list[str]) -> str:
    headline = "Harbour board votes to rebuild the old north pier"
    return storytexts.dump(storytexts.MENU, [over, headline], under, storytexts.PIER, storytexts.TAIL)


# a standfirst without its full stop, which shares more of the story's words than the headline does
_DECK = (
    "The wooden deck can be saved but the posts must be replaced with concrete, engineers told the "
    "harbour board, and the town will ask the regional fund for half"
)


def test_writers_glued_to_their_editors_credit_sign_and_the_headline_stays() -> None:
    article = read_text_dump(_page("Region", ["Jane Roe, Sam PoeEditor: Ann Poe", _DECK]))
    assert article.title == "Harbour board votes to rebuild the old north pier"
    assert article.authors == ("Jane Roe", "Sam Poe")


def test_an_editors_credit_after_the_names_is_no_author_in_the_other_languages() -> None:
    assert parse_byline("Анна Роева, Денис ПоевРедактор: Павел Роев") == ("Анна Роева", "Денис Поев")
    assert parse_byline("Jane Roe · Redaktion: Sam Poe") == ("Jane Roe",)
    assert without_editor("Editor: Sam Poe") == "Editor: Sam Poe"  # no writer before it: left whole
    assert parse_byline("Jane Roe, Sam Poe") == ("Jane Roe", "Sam Poe")


def test_a_name_glued_to_its_post_and_handle_signs() -> None:
    article = read_text_dump(_page("Region", [_DECK, "Jane Okoro-RoePolitical Editor@JOkoroRoe", "5 May 2024"]))
    assert article.authors == ("Jane Okoro-Roe",)
    assert unglued_card("Jane RoeSenior Reporter@janeroe") == "Jane Roe Senior Reporter @janeroe"
    assert unglued_card("Jane McRoe") == "Jane McRoe"  # a capital inside a name is no glue


def test_a_post_of_two_words_after_a_bare_name_is_no_part_of_it() -> None:
    assert parse_byline("Jane Roe Political Editor") == ("Jane Roe",)
    assert parse_byline("Jane Roe, Sam Poe") == ("Jane Roe", "Sam Poe")


def test_a_dateline_without_its_year_is_the_most_recent_such_day() -> None:
    assert yearless_date("Science 05 Dec, 18:40 1 256", date(2026, 12, 6)) == datetime(2026, 12, 5, 18, 40)
    assert yearless_date("28 Dec", date(2027, 1, 3)) == date(2026, 12, 28)  # read in January: last year's
    assert yearless_date("5. Dezember, 14:30 Uhr", date(2026, 12, 6)) == datetime(2026, 12, 5, 14, 30)
    assert yearless_date("Dec. 5", date(2026, 12, 6)) == date(2026, 12, 5)


def test_a_day_in_a_sentence_a_table_row_or_a_full_date_is_not_read_so() -> None:
    today = date(2026, 12, 6)
    assert yearless_date("The vote on 12 March was close.", today) is None
    assert yearless_date("8\tJan Roe\t3\t2", today) is None  # a table's row: a number, a name
    assert yearless_date("8 Jan Roe", today) is None
    assert yearless_date("5 December 2026", today) is None  # a year printed: `dates` reads it
    assert yearless_date("14. Januar 2999", today) is None  # (and a year to come: an event, no dateline)


def test_a_yearless_dateline_over_the_headline_dates_a_copied_page() -> None:
    day = date.today() - timedelta(days=10)
    article = read_text_dump(_page(f"Region {_short(day)}, 18:40", ["By Jane Roe", _DECK + "."]))
    assert article.published == datetime(day.year, day.month, day.day, 18, 40)
    assert article.title == "Harbour board votes to rebuild the old north pier"  # the dateline is no headline


def test_a_page_with_no_date_at_all_is_still_undated() -> None:
    article = read_text_dump(_page("Region", ["By Jane Roe", _DECK + "."]))
    assert article.published is None
    assert article.title == "Harbour board votes to rebuild the old north pier"


def test_a_russian_sentence_reads_as_prose_by_its_function_words() -> None:
    # "the work, by the director's words, begins in spring, when all the systems are tuned": few of the
    # shortest words, but "по", "когда", "всех" are function words
    line = "Полноценная работа установки, по словам директора, начнётся весной, когда завершится настройка всех систем."
    assert (stopwords.share(line) or 0.0) >= 0.15


def test_a_newspapers_name_in_its_masthead_and_copyright_names_no_writer() -> None:
    # the site's name over the menu and in the notice at the foot, as a one-person site prints its owner's:
    # a name that opens with the word for a newspaper is the paper's, in any of the languages
    for paper in ("Jornal da Ribeira", "Gazzetta del Porto", "Courier Harbour"):
        page = storytexts.dump([paper, *storytexts.MENU, "The ferry runs again"], [storytexts.FERRY], [f"© {paper}"])
        assert read_text_dump(page).authors == ()
    assert parse_byline("Jornal da Ribeira") == ()
