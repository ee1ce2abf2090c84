"""Byline forms a copied page prints under its headline or around its story, beyond the
capitalised "Jane Roe" that the name-shape rules take.

Each dump is written for the test (no publisher's text); each case is a shape real pages have.
"""

from __future__ import annotations

from briefkit.importer.textdump import read_text_dump

_STORY = (
    "The ferry to the islands runs three times a day again from Monday, now that the work on the pier "
    "is done, the operator said on Tuesday. Passengers had to take the bus for months.\n"
    "The new timetables are posted in the harbours, and tickets are sold on board as before and at the "
    "operator's office on the market square, where commuters also buy their season passes.\n"
    "A fourth crossing in the evening is planned for the summer if enough passengers come, the manager "
    "said when the timetables were presented at the town hall last week.\n"
)


def _dump(under_headline: str) -> str:
    return f"Home\nNews\nContact\nThe ferry runs again\n{under_headline}\n{_STORY}Imprint\n"


def test_a_nickname_after_by_with_a_date_signs_the_story() -> None:
    # a one-word nickname is no name by shape, but "by … on <date>" under the headline is a byline
    assert read_text_dump(_dump("by kiwi on March 4, 2019")).authors == ("kiwi",)


def test_a_user_name_before_the_date_signs_the_story() -> None:
    assert read_text_dump(_dump("harbourfan — 2 March 2022")).authors == ("harbourfan",)
    assert read_text_dump(_dump("sailor77 | 02.03.2022")).authors == ("sailor77",)


def test_a_capitalised_word_before_the_date_is_a_section_not_a_signature() -> None:
    # "Local — 2 March 2022": a section label beside the date, no one signs
    assert read_text_dump(_dump("Local — 2 March 2022")).authors == ()


def test_a_small_word_without_a_date_signs_nothing() -> None:
    assert read_text_dump(_dump("harbourfan — ferries")).authors == ()
