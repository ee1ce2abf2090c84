"""The author's card a copied page prints after its story (`authorcards`): a name alone, a short post
under it, a bio; and the shapes that only look like one (a comment thread, a teaser under its label,
a person the story is about).

Each dump is written for the test (no publisher's text); each case is a shape real pages have.
"""

from __future__ import annotations

import storytexts
from briefkit.importer import storyspan
from briefkit.importer.authorcards import card_author
from briefkit.importer.textdump import read_text_dump

_HEADLINE = "Harbour board votes to rebuild the old north pier"
_BIO = "Covers the harbour and the town hall since 2015. Before that she worked for a shipping firm."


def _page(after: list[str]) -> str:
    return storytexts.dump(storytexts.MENU, [_HEADLINE, "3 May 2024"], storytexts.PIER, after, storytexts.TAIL)


def test_a_name_over_a_bio_after_the_story_signs_it() -> None:
    assert read_text_dump(_page(["Tags: harbour, pier", "Jane Roe", _BIO])).authors == ("Jane Roe",)


def test_a_name_its_post_and_a_bio_sign_it() -> None:
    assert read_text_dump(_page(["Jane Roe", "Reporter", _BIO, "All her stories"])).authors == ("Jane Roe",)


def test_a_bio_closing_on_the_writers_address() -> None:
    bio = "Writes about ferries, roads and the harbour for the town pages. Tips: jroe@example.org"
    assert read_text_dump(_page(["Jane Roe", bio])).authors == ("Jane Roe",)


def test_the_writers_own_picture_credit_is_no_mention() -> None:
    pier = [*storytexts.PIER[:2], "The north pier after the storm last winter. Photo: Jane Roe", *storytexts.PIER[2:]]
    page = storytexts.dump(storytexts.MENU, [_HEADLINE, "3 May 2024"], pier, ["Jane Roe", _BIO], storytexts.TAIL)
    assert read_text_dump(page).authors == ("Jane Roe",)


def test_a_thread_of_comments_is_no_card() -> None:
    thread = [
        "Comments (2)",
        "Sam Poe",
        "About time the board did something, the pier has been a danger for years now.",
        "Ann Lee",
        "Who is going to pay for it in the end? The same people as always, I am afraid.",
    ]
    assert read_text_dump(_page(thread)).authors == ()


def test_a_person_the_story_is_about_is_no_card() -> None:
    pier = [*storytexts.PIER, "The board's chair, Tom Vale, said the work would start in autumn as planned."]
    bio = "Has chaired the harbour board since 2019. He ran the ferry company before that for twelve years."
    page = storytexts.dump(storytexts.MENU, [_HEADLINE, "3 May 2024"], pier, ["Tom Vale", bio], storytexts.TAIL)
    assert read_text_dump(page).authors == ()


def test_a_teasers_label_over_a_dated_headline_is_no_card() -> None:
    teasers = ["Further Reading", "Ferry fares: what changes? 12.04.2024", "The new timetable starts in May. Read on."]
    units = [_HEADLINE, *storytexts.PIER, *teasers]
    span = storyspan.Span(0, 1, 1 + len(storytexts.PIER))
    assert card_author(units, span) == ()
    assert card_author([*units[:-3], "Jane Roe", _BIO], span) == ("Jane Roe",)


def test_a_subheading_naming_what_the_story_speaks_of_is_no_card() -> None:
    """Three capitalised words over a paragraph look like a name over a bio; but the story writes one of
    them as a name in its sentences ("… of the Norwood Pier, the board"): a subheading, no writer."""
    story = [*storytexts.PIER, "Visitors still walk out along the Norwood Pier, the board said, on calm days."]
    section = ["Famous Norwood Moorings", "The Norwood Moorings date from the last century. They were rebuilt twice."]
    page = storytexts.dump(storytexts.MENU, [_HEADLINE, "3 May 2024"], story, section, storytexts.TAIL)
    assert read_text_dump(page).authors == ()
    assert "rebuilt twice" in read_text_dump(page).body
