"""The furniture after or inside a copied story that wave 16b's rules cut: a writer's card whose bio
does not name the writer again, under a heading with no name in it; a "more information" label's
title over the story's line that opens a list; a run of other stories' titles with their days,
newest first; a subscription's pitch with its price after the figure, in Catalan or Portuguese.

Each dump is written for the test (no publisher's text); each case is a shape real pages have.
"""

from __future__ import annotations

import storytexts
from briefkit.importer.datedruns import without_dated_runs
from briefkit.importer.inlineboxes import more_info_titles
from briefkit.importer.pagewords import PRICE
from briefkit.importer.supportboxes import is_subscription_offer
from briefkit.importer.textdump import read_text_dump
from briefkit.importer.writerboxes import about_someone

_HEADLINE = "Ferry to the outer islands runs three times a day again after the pier repairs"


def _body(*tail: str, head: tuple[str, ...] = ("By Jane Roe", "4 March 2025")) -> str:
    page = storytexts.dump(storytexts.MENU, [_HEADLINE, *head], [storytexts.FERRY], list(tail), storytexts.TAIL)
    return read_text_dump(page).body


def test_a_writers_card_whose_bio_does_not_name_her_again_is_cut() -> None:
    bio = "Covers the harbour and the islands for the paper since 2014. Studied law in the capital."
    assert bio not in _body("Jane Roe", bio)
    # a bare byline over the date counts as the byline the card's name repeats
    assert bio not in _body("Jane Roe", bio, head=("Jane Roe", "4 March 2025"))
    # a name the byline did not print heads a paragraph of the story, not a card
    assert bio in _body("Sam Poe", bio)


def test_a_cards_heading_without_a_name_is_one_in_other_languages() -> None:
    for heading in ("About the author", "За автора", "O autorze", "Über die Autorin", "Om forfatteren"):
        assert about_someone(heading)
    assert not about_someone("About the ferry")


def test_a_more_information_title_over_a_line_that_opens_a_list_is_cut() -> None:
    blocks = [
        "The operator checked every crossing on the route before the timetable was published this week.",
        "Más información",
        "Island ferries get new timetables",
        "The new timetable lists these crossings for the coming week:",
        "the early boat at six;",
    ]
    assert more_info_titles(blocks, 1) == 1
    blocks[3] = "The new timetable lists"  # no sentence, no list's opening: nothing is taken for the box
    assert more_info_titles(blocks, 1) == 0


def test_other_stories_titles_with_their_days_newest_first_are_cut() -> None:
    lines = [
        "The ferry runs again from Monday, the operator said.",
        "More from the islands:",
        "» Pier works start in the spring (20.02.2024)",
        "» New gangway for the island boat (18.02.2024)",
        "» Ferry fares go up for commuters (15.02.2024)",
    ]
    assert without_dated_runs(lines) == lines[:1]
    # a story's own timeline counts forward, and stays
    forward = ["Pier works start in the spring (15.02.2024)", "New gangway for the island boat (18.02.2024)"]
    assert without_dated_runs(forward) == forward


def test_a_subscriptions_pitch_with_its_price_after_the_figure_is_an_offer() -> None:
    assert PRICE.search("from 1 € the first month")
    assert is_subscription_offer("Subscriu-te per 1 € el primer mes i llegeix sense límits les notícies.")
    assert is_subscription_offer("Para apoiar meu trabalho, considere se tornar um assinante pago.")
    # a story that reports a price speaks of it, to no reader
    assert not is_subscription_offer("The island pass costs 49 € a year, the operator said.")


def test_a_signup_box_with_its_field_or_an_unstopped_pitch_is_cut() -> None:
    from briefkit.importer.signups import without_buttoned_boxes

    story = "The ferry runs again from Monday, the operator said on Tuesday at the harbour."
    boxed = [
        story,
        "Get Harbour Weekly in your inbox",
        "The week's stories from the coast.",
        "Email address",
        "Sign up",
    ]
    assert without_buttoned_boxes(boxed) == [story]
    called = [story, "Sign up to Harbour Weekly", "The week's stories from the coast and the islands", "Sign up"]
    assert without_buttoned_boxes(called) == [story]
    # a subheading and a paragraph with no stop over a button-like line are left alone without the call above
    plain = [story, "The new timetable", "Three crossings a day from the islands to the coast", "Sign up"]
    assert without_buttoned_boxes(plain)[:3] == plain[:3]


def test_the_links_to_the_neighbouring_stories_on_one_line_are_cut() -> None:
    from briefkit.importer.navlines import neighbours_line

    assert neighbours_line("Previous: Pier works start in the spring Next: Who pays for the new gangway?")
    assert neighbours_line("Előző: Új komp a szigetre Következő: Mennyibe kerül a jegy?")
    # a story's line with two labels says whole sentences
    assert not neighbours_line("Question: Will the ferry run? Answer: It will, from Monday on.")
    tail = "Previous: Pier works start in the spring Next: Who pays for the new gangway?"
    assert tail not in _body(tail)


def test_a_heading_repeating_a_bare_line_over_the_story_heads_the_story_not_a_card() -> None:
    # a site's page prints a menu's entry over its text, then the same words as a section's heading:
    # no byline names it, and the paragraph under it does not open with it, so it is no writer's card
    section = "We run three boats between the harbour and the islands, with a fourth in the summer months."
    body = _body("Island Ferry Services", section, head=("Island Ferry Services", "4 March 2025"))
    assert section in body
