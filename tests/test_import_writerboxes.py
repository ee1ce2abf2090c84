"""The box on the writer under a copied story, and the comments link in the share bar over it.

- the writer's name alone on a line over a bio that opens with it, the name the byline printed:
  the story ends over it, and what stands under it (tags, a sign-up box) goes with it;
- a subheading naming a person the story is about, over a paragraph about them, is the story's;
- "Comments" in the share bar under a standfirst, a caption and the byline links to the thread.

Each dump is written for the test (no publisher's text).
"""

from __future__ import annotations

import storytexts
from briefkit.importer.textdump import read_text_dump
from briefkit.importer.writerboxes import about_someone

_HEADLINE = "Harbour board votes to rebuild the storm-damaged north pier before the season"
_BIO = "Jane Roe covers the harbour and the fishing fleet. She joined the paper in 2018 after years at sea."


def _page(body: list[str], *, head: tuple[str, ...] = ("By Jane Roe", "March 4, 2025")) -> str:
    return storytexts.dump(storytexts.MENU, [_HEADLINE, *head], body, storytexts.TAIL)


def test_the_writers_name_over_a_bio_opening_with_it_ends_the_story() -> None:
    box = [
        "Jane Roe",
        _BIO,
        "Harbour Piers Fishing",
        "Get the Morning Tide",
        "Start every weekday with the coast's headlines, delivered by six.",
        "Sign Up",
        "Trending",
        "Ferry fares go up in spring March 4, 2025",
        "New lighthouse keeper named March 2, 2025",
    ]
    body = read_text_dump(_page([*storytexts.PIER, *box])).body
    assert storytexts.PIER[-1] in body
    assert "covers the harbour" not in body
    assert "Start every weekday" not in body


def test_a_subheading_naming_someone_else_stays_in_the_story() -> None:
    # a person the story speaks of, under their name as a subheading: no byline printed that name
    portrait = [
        "Sam Poe",
        "Sam Poe has fished off the north pier for forty years and says the posts have never been worse.",
    ]
    body = read_text_dump(_page([*storytexts.PIER, *portrait])).body
    assert "fished off the north pier for forty years" in body


def test_a_comments_link_in_the_share_bar_under_a_standfirst_and_caption_does_not_end_the_story() -> None:
    head = (
        "The wooden deck can be saved, engineers told the board, but the posts must be replaced.",
        "The north pier at low tide, with the damaged posts in view. JANE ROE",
        "Jane Roe",
        "Northby - 4 Mar 2025 - 07:45",
        "Share on Facebook",
        "Share on X",
        "Share by email",
        "Comments",
        "Gift this article",
    )
    body = read_text_dump(_page(storytexts.PIER, head=head)).body
    assert storytexts.PIER[0] in body
    assert storytexts.PIER[-1] in body


def test_about_someone_is_a_named_heading() -> None:
    assert about_someone("About Jane Roe")
    assert not about_someone("About the harbour board's plans for the pier and the ferry landing")


def test_the_name_opening_a_dateline_with_no_keyword_signs_the_card_under_the_story() -> None:
    from briefkit.importer.writerboxes import opens_box

    bio = "Reporter on the harbour desk, before that a deckhand on the island ferries for ten years."
    units = [_HEADLINE, "Jane Roe 4 March 2025 Reading time: 5 min", *storytexts.PIER, "Jane Roe", bio]
    values = [-2, -3] + [20] * len(storytexts.PIER) + [-2, 13]
    assert opens_box(units, values, 2, len(units) - 2)
    units[1] = "Sam Poe 4 March 2025 Reading time: 5 min"  # another writer's card: a name the byline never printed
    assert not opens_box(units, values, 2, len(units) - 2)


def test_a_signed_byline_run_into_its_date_signs_the_first_of_two_cards() -> None:
    from briefkit.importer.writerboxes import opens_box

    bio = "Jane covers the harbour and the fishing fleet for the paper since 2019."
    units = [_HEADLINE, "By Jane Roe and Sam Poe 4 March 2025 Reading time 6 minutes", *storytexts.PIER]
    units += ["Jane Roe", bio, "Sam Poe", "Sam draws the maps."]
    values = [-2, -3] + [20] * len(storytexts.PIER) + [-2, 13, -2, -2]
    assert opens_box(units, values, 2, len(units) - 4)


def test_the_host_of_a_transcript_is_no_card_over_the_last_turn() -> None:
    # a podcast's transcript: the host, who signs it, is named over each of her turns; her last
    # question, under her name, is the transcript's, not a card on her
    turns = [
        "Jane Roe",
        "Why did the pier's repairs cost twice what the harbour board voted for in the spring?",
        "Sam Poe",
        "Because the first figure only ever counted the concrete and never the divers or the weather.",
        "Jane Roe",
        "What changed once the divers had looked under the old deck for the first time in years?",
        "Sam Poe",
        "They found the piles rotten to the waterline, so the board had to pay for new ones as well.",
        "Jane Roe",
        "Last question: what should the town watch for when the next big repair comes to a vote?",
        "Sam Poe",
        "Ask for the survey under the water before anyone signs, and read the part about the weather.",
    ]
    body = read_text_dump(_page([*storytexts.PIER, "Transcript", *turns])).body
    assert "Last question: what should the town watch for" in body
    assert "Ask for the survey under the water" in body
