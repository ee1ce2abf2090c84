"""Captions whose credit is a picture's word and its maker in a parenthesis, or a short "pic:" label.

Small newsrooms and blogs print "(foto Jane Roe)" or "(photo J. R.)" after a caption, with no
colon, and a blogger signs their own picture "pic: mine". The dumps here are written for these tests.
"""

from __future__ import annotations

import pytest

from briefkit.importer import credits
from briefkit.importer.textdump import read_text_dump
from briefkit.importer.textpictures import extract_images
from test_import_textdump_header import _FERRY_STORY


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        (
            "Il molo nuovo visto dalla diga foranea (foto Studio Marelli)",
            "Il molo nuovo visto dalla diga foranea",
            "Studio Marelli",
        ),
        ("La gare du bourg, fermée depuis 1987. (photo J. R.)", "La gare du bourg, fermée depuis 1987.", "photo J. R."),
        ("Il tram in piazza, ieri mattina. (foto Marelli)", "Il tram in piazza, ieri mattina.", "Marelli"),
    ],
)
def test_a_parenthesis_opening_on_the_word_for_a_picture_credits_its_maker(
    line: str, caption: str, credit: str
) -> None:
    story = "Il porto ha riaperto il molo dopo due anni di lavori, ha detto il sindaco in consiglio."
    kept, images, _ = extract_images([line, story], head=1)
    assert kept == [story]
    assert [(i.caption, i.credit) for i in images] == [(caption, credit)]


@pytest.mark.parametrize(
    "line",
    [
        "We printed the map beside the text (photo above) so readers could follow the route.",
        "She kept the old ferry ticket (photo below).",
        "Il sindaco ha mostrato il progetto (foto di gruppo alla fine).",
    ],
)
def test_a_sentence_that_points_at_a_photo_stays_in_the_story(line: str) -> None:
    kept, images, _ = extract_images([line], head=1)
    assert kept == [line] and not images


def test_a_blogger_signing_a_picture_pic_colon_is_a_credit() -> None:
    line = "the harbour wall after the storm, half of it gone. pic: my own"
    assert credits.split_trailing_credit(line) == ("the harbour wall after the storm, half of it gone.", "my own")


def test_the_captioned_picture_leaves_the_briefing_body() -> None:
    dump = (
        "Home\nNews\nThe ferry pier reopens after two years\nBy Jane Roe\nJune 19, 2024\n"
        "The new pier seen from the breakwater (foto Studio Marelli)\n" + _FERRY_STORY + "Imprint\n"
    )
    article = read_text_dump(dump)
    assert [(i.caption, i.credit) for i in article.images] == [
        ("The new pier seen from the breakwater", "Studio Marelli")
    ]
    assert "Marelli" not in article.body


def test_the_first_line_under_the_header_ending_on_a_bare_name_is_the_lead_pictures_caption() -> None:
    dump = (
        "Home\nNews\nPiers\nThe ferry pier reopens after two years\n\n"
        "Two years of works end with a pier twice as long. The harbour board promises more crossings\n\n"
        "Jane Roe (with wires)\nJune 19, 2024, 7:30\nUpdated June 19, 2024, 12:10\n"
        "Share on Facebook Share on X Save\n"
        "Passengers wait on the new pier at dawn. Sam Poe\n" + _FERRY_STORY + "Imprint\n"
    )
    article = read_text_dump(dump)
    assert [(i.caption, i.credit) for i in article.images] == [("Passengers wait on the new pier at dawn.", "Sam Poe")]
    assert "Sam Poe" not in article.body


def test_a_story_line_further_down_ending_on_a_name_stays() -> None:
    # only the story's first line under the header stands where the lead picture's caption is printed
    dump = (
        "Home\nNews\nThe ferry pier reopens after two years\nBy Jane Roe\nJune 19, 2024\n"
        + _FERRY_STORY
        + "The crew thanked one man above all. Sam Poe\n"
        + "Imprint\n"
    )
    article = read_text_dump(dump)
    assert not article.images
    assert "Sam Poe" in article.body


def test_a_sentence_closed_by_a_photographer_and_outlet_in_parentheses_is_a_caption() -> None:
    line = "Ferries wait at the outer quay, which handled twice the traffic last year. (Sam Poe/Harbour Gazette)"
    story = "The harbour board voted on Tuesday to lengthen the pier, the chair told reporters after the meeting."
    kept, images, _ = extract_images([line, story], head=1)
    assert kept == [story]
    assert [i.credit for i in images] == ["Sam Poe/Harbour Gazette"]


def test_a_sentence_closed_by_a_parenthesis_that_is_no_name_and_outlet_stays() -> None:
    line = "The vote passed by a wide margin. (The board had argued for months.)"
    kept, images, _ = extract_images([line], head=1)
    assert kept == [line] and not images
