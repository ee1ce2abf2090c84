"""A wire's initials alone in a copied page's byline place, with the place it files from or the date
beside them: the agency is the story's source when no person signs it. Lines written for the test.
"""

from __future__ import annotations

import storytexts
from briefkit.importer.sourcelines import byline_agency
from briefkit.importer.textdump import read_text_dump

_MENU = "\n".join(storytexts.MENU)
_HEAD = "Ferry to the islands runs again\nThe operator adds an evening crossing in summer\n"


def test_initials_and_a_place_under_the_standfirst_are_the_source() -> None:
    dump = f"{_MENU}\n{_HEAD}AFP | Lyon\nPublished: March 4, 2025\n{storytexts.FERRY}Imprint\n"
    assert read_text_dump(dump).authors == ("AFP",)


def test_initials_before_the_date_label_are_the_source() -> None:
    assert byline_agency("Belga Publié le mardi 4 mars 2025 à 17h41") == "Belga"
    assert byline_agency("dpa am 04.03.2025") == "dpa"
    assert byline_agency("Reuters – New York") == "Reuters"


def test_a_word_or_a_joined_name_is_no_agency() -> None:
    assert byline_agency("Ani bei der Messe 2025") is None  # a capitalised short word: a name in the text
    assert byline_agency("dpa-Sportnews") is None  # a service's name, joined without spaces
    assert byline_agency("AFP photo shows the harbour at dawn") is None  # no date after it


def test_a_person_signing_beats_the_agency() -> None:
    dump = f"{_MENU}\n{_HEAD}By Jane Roe\nAFP | Lyon\nPublished: March 4, 2025\n{storytexts.FERRY}Imprint\n"
    assert read_text_dump(dump).authors == ("Jane Roe",)


def test_initials_and_date_under_a_long_standfirst_are_the_source() -> None:
    # a standfirst of a sentence or two, which the story's span may count as its first line
    deck = (
        "The operator will add an evening crossing from June to August, but the harbour's traders say "
        "the change comes two summers too late for them.\n"
    )
    dump = f"{_MENU}\nFerry to the islands runs again\n{deck}TT Published 4 March 2025 at 14.20\n{storytexts.FERRY}"
    assert read_text_dump(dump + "Imprint\n").authors == ("TT",)
