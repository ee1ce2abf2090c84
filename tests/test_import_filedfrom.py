"""A copied page's byline that prints the town the story was filed from after the writer's name.

"Name Town" over the date line, "Name, Town", "Name | Town", a wire's initials and the town opening the
date's own line: the writer is the name, the town is told by the page printing it again as a place
(after a preposition, in the trail). Every line is written for these tests.
"""

from __future__ import annotations

from briefkit.importer.filedfrom import filed_names
from briefkit.importer.textdump import read_text_dump
from storytexts import MENU, PIER, TAIL, dump

_PAGE = [
    "Home / Region / Harbourton",
    "The board met in Harbourton on Tuesday evening.",
    "Boats wait at the quay of Villamar since the storm.",
    "La junta se reunió en Puertollano el martes.",
]


def test_a_name_and_its_town_over_the_date() -> None:
    assert filed_names("Marta Vidal i Soler Harbourton", ["3 May 2024, 10:15"], _PAGE) == ("Marta Vidal i Soler",)
    assert filed_names("Ana Ruiz Villamar", ["03/05/24 10:15"], _PAGE) == ("Ana Ruiz",)  # a two-digit year too


def test_a_name_and_its_town_after_a_separator() -> None:
    assert filed_names("Emre Kaya | Harbourton", ["Posted: 03.05.2024 10:15"], _PAGE) == ("Emre Kaya",)
    assert filed_names("अमित कुमार वर्मा, हार्बरटन", ["3 May 2024"], [*_PAGE, "कल हार्बरटन में बैठक हुई।"]) == (
        "अमित कुमार वर्मा",
    )  # an uncased script's name


def test_a_wire_and_its_town_opening_the_date_line() -> None:
    assert filed_names("AGN Puertollano 3 may 2024 - 10:15 CET", [], _PAGE) == ("AGN",)


def test_a_surname_the_story_repeats_is_no_town() -> None:
    page = [*_PAGE, "Ana Ruiz Castell said the work would start soon.", "Castell added that the fund agreed."]
    assert filed_names("Ana Ruiz Castell", ["3 May 2024"], page) == ()


def test_no_date_under_it_no_byline() -> None:
    # a short standfirst-like line naming a town is not read as a writer when no date stands under it
    assert filed_names("Ana Ruiz Villamar", ["The board voted on Tuesday."], _PAGE) == ()
    assert filed_names("Ana Ruiz Villamar", [], _PAGE) == ()


def test_an_unwitnessed_last_word_stays() -> None:
    assert filed_names("Ana Ruiz Moreno", ["3 May 2024"], _PAGE) == ()


def test_the_header_keeps_its_headline_and_standfirst() -> None:
    page = dump(
        MENU,
        ["Home / Region / Harbourton", "Harbour board votes to rebuild the old north pier"],
        ["The town will ask the regional fund to pay for half of the work"],
        ["Marta Vidal i Soler Harbourton", "3 May 2024, 10:15"],
        PIER,
        TAIL,
    )
    art = read_text_dump(page)
    assert art.title == "Harbour board votes to rebuild the old north pier"
    assert art.authors == ("Marta Vidal i Soler",)
    assert art.summary == "The town will ask the regional fund to pay for half of the work"
    assert art.published is not None and art.published.isoformat().startswith("2024-05-03")
