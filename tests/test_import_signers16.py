"""Writers signing under the story with their place and post, and the readers' names under a counted
reactions heading. Lines written for the test."""

from __future__ import annotations

import storytexts
from briefkit.importer.bylines import parse_byline
from briefkit.importer.dumpdates import _line_date
from briefkit.importer.storyedges import COMMENTS
from briefkit.importer.textdump import read_text_dump


def test_a_bracketed_place_and_post_after_the_names_goes() -> None:
    assert parse_byline("Marie Lenoir et Paul Garnier (Nantes, correspondant)") == ("Marie Lenoir", "Paul Garnier")
    assert parse_byline("By Ann Vale (staff writer)", bare=False) == ("Ann Vale",)
    assert parse_byline("Jane Roe (Leeds) & Sam Poe (York)") == ("Jane Roe", "Sam Poe")  # places only: unchanged


def test_a_counted_reactions_heading_opens_the_comments() -> None:
    assert COMMENTS.match("Réactions (7)")
    assert COMMENTS.match("Reacciones 15")
    assert not COMMENTS.match("Reacciones")  # uncounted: a story's subheading


def test_a_reading_time_closing_a_dated_line_is_no_sentence() -> None:
    line = "Par Marie Lenoir Publié le 3 mai 2023 à 08h10, modifié le 3 mai 2023 à 12h00 Temps de lecture 4 min."
    assert _line_date(line, True, True) is not None


def test_two_writers_signing_under_the_story_beat_a_commenter() -> None:
    menu = "\n".join(storytexts.MENU)
    tail = "Marie Lenoir et Paul Garnier (Nantes, correspondant)\nRéactions (3)\nJean-Luc T.\n04/05/2023 - 09h12\n"
    dump = f"{menu}\nFerry to the islands runs again\n{storytexts.FERRY}{tail}Great news for the islands.\n"
    assert read_text_dump(dump).authors == ("Marie Lenoir", "Paul Garnier")
