"""Byline lines that name their writers in the shapes of more languages: a reporter's label, the plural
"authors" label, a date printed after the names in the same line, the city beside each name, a surname
in capitals, a colleague credited for reporting after the writer, a button under the byline and its date.

Each line is written for the test (no publisher's text); each case is a shape real pages have.
"""

from __future__ import annotations

import storytexts
from briefkit.importer.bylines import parse_byline
from briefkit.importer.bylineshapes import (
    before_date,
    capital_surname,
    uncapitalised,
    without_lower_post,
    without_places,
)
from briefkit.importer.inlinebylines import find_byline
from briefkit.importer.textaround import dateline_signers
from briefkit.importer.textdump import read_text_dump

_STORY = storytexts.FERRY


def _dump(*under_headline: str) -> str:
    head = "\n".join(under_headline)
    return f"Home\nNews\nContact\nThe ferry runs again\n{head}\n{_STORY}Imprint\n"


def test_the_reporters_label_of_a_broadcaster_names_the_writer() -> None:
    assert parse_byline("Ρεπορτάζ: Μαρία Παππά") == ("Μαρία Παππά",)
    assert parse_byline("Words: Jane Roe, Farming Editor") == ("Jane Roe",)
    assert read_text_dump(_dump("Words: Jane Roe, Farming Editor")).authors == ("Jane Roe",)
    assert parse_byline("Ρεπορτάζ Μαρία Παππά", bare=False) == ()  # the word alone is a section's name


def test_the_plural_authors_label_names_every_writer() -> None:
    assert parse_byline("Autoři: Jana Nováková, Petr Malý") == ("Jana Nováková", "Petr Malý")
    assert parse_byline("Autorzy: Anna Lis, Jan Wróbel") == ("Anna Lis", "Jan Wróbel")


def test_the_names_end_where_the_date_after_them_begins() -> None:
    line = "Autoři: Jana Nováková, Petr Malý sobota 5. prosince 2026, 7:15"
    assert before_date(line) == "Autoři: Jana Nováková, Petr Malý"
    assert dateline_signers(line) == ("Jana Nováková", "Petr Malý")
    assert before_date("Jane Roe 3 articles") == "Jane Roe 3 articles"  # a figure opens no date
    dump = _dump("Autoři: Jana Nováková, Petr Malý sobota 5. prosince 2026, 7:15")
    assert read_text_dump(dump).authors == ("Jana Nováková", "Petr Malý")


def test_a_greek_reporters_line_with_its_date_is_no_headline() -> None:
    line = "Ρεπορτάζ: Μαρία Παππά 05 Δεκ 2026 - 09:40 Τελευταία ενημέρωση: 05 Δεκ 2026 - 11:02"
    article = read_text_dump(_dump(line))
    assert article.title == "The ferry runs again"
    assert article.authors == ("Μαρία Παππά",)


def test_the_city_beside_each_name_is_left_off() -> None:
    assert without_places("Jane Roe (Leeds) & Sam Poe (York)") == "Jane Roe & Sam Poe"
    assert parse_byline("Jane Roe (Leeds) & Sam Poe (New York)") == ("Jane Roe", "Sam Poe")
    assert parse_byline("Jane ROE / LEEDS") == ("Jane Roe",)
    # a caption's bracket is no place: "(left)", an age
    assert without_places("Jane Roe (left) and Sam Poe") == "Jane Roe (left) and Sam Poe"
    assert without_places("Jane Roe (67)") == "Jane Roe (67)"
    # nor one word at the end of a longer line of fields
    line = "Advent, 3 May 2026 / from Jane Roe / Letter"
    assert without_places(line) == line


def test_a_surname_in_capitals_is_a_name_and_gets_its_case_back() -> None:
    assert capital_surname("Deniz KAYA") and capital_surname("Jean-Marc DUPONT-MOREAU")
    assert uncapitalised("Ayşe Nur YILMAZ") == "Ayşe Nur Yilmaz"
    assert uncapitalised("Emre DİNÇ") == "Emre Dinç"  # the dotted capital lowers to a plain i
    assert not capital_surname("Agency BLUE SKY")  # two words in capitals: a firm's name
    assert not capital_surname("Jane Roe NEWS")  # a label shouted after a name
    assert find_byline("Deniz KAYA", bare=True) == ("Deniz Kaya",)


def test_the_colleague_credited_for_reporting_is_an_author_after_the_writer() -> None:
    line = "Jane Roe Transport correspondent, with reporting from Sam Poe"
    assert parse_byline(line) == ("Jane Roe", "Sam Poe")
    assert parse_byline("By Jane Roe, additional reporting by Sam Poe") == ("Jane Roe", "Sam Poe")
    assert parse_byline("Door Jane Roe, met medewerking van Sam Poe") == ("Jane Roe", "Sam Poe")


def test_a_buttons_label_under_the_byline_and_its_date_is_no_second_writer() -> None:
    dump = _dump("Jane Roe", "5 December 2026, 08:30", "Artikel Vorlesen Lassen")
    assert read_text_dump(dump).authors == ("Jane Roe",)
    # two writers one under the other, over the date, are both authors
    dump = _dump("Jane Roe", "Sam Poe", "5 December 2026, 08:30")
    assert read_text_dump(dump).authors == ("Jane Roe", "Sam Poe")


def test_the_photographers_entry_in_a_list_of_bylines_is_no_writer() -> None:
    assert parse_byline("Sam PoeFotograf") == ()
    assert parse_byline("Sam Poe Photographer") == ()
    dump = _dump("Jane Roe", "Sam Poe Photographer", "5 December 2026, 08:30")
    assert read_text_dump(dump).authors == ("Jane Roe",)
    # a photo essay signed with the keyword names its photographer as its writer
    assert parse_byline("By Sam Poe, staff photographer") == ("Sam Poe",)


def test_a_post_glued_in_small_letters_to_the_surname_is_cut_off_with_its_outlet() -> None:
    assert parse_byline("Jan Nowakdziennikarz Town Daily") == ("Jan Nowak",)
    assert parse_byline("Jane Roe & Sam Poereporters Harbour Radio") == ("Jane Roe", "Sam Poe")
    # a name whose own letters hold a post's word, or a post set apart with its capital, is left as it is
    assert parse_byline("Maria Redaktorová") == ("Maria Redaktorová",)
    assert without_lower_post("Anna Journalistenschule") == "Anna Journalistenschule"
