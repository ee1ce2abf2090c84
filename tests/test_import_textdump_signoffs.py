"""The writer's name where a copied page prints it at the end of the story rather than under the
headline: a name alone under the last paragraph, an author box's bio, a labelled credit after the
text while the headline names someone else.

The dumps are written for these tests, in the shapes real pages give.
"""

from __future__ import annotations

import storytexts
from briefkit.importer.textdump import read_text_dump

TITLE = "Lock repairs close the canal for the spring"
OPENING = storytexts.CANAL_OPENING
CLOSING = storytexts.CANAL_CLOSING


def test_a_name_alone_under_the_last_paragraph_signs_the_story() -> None:
    text = "\n".join(["Menu News Sport Weather", TITLE, "March 4, 2025", *OPENING, *CLOSING, "Mira Holt"])
    article = read_text_dump(text + "\nShare this article\n3 comments\n")
    assert article.authors == ("Mira Holt",)


def test_a_name_the_story_spoke_of_does_not_sign_it() -> None:
    said = "The lock keeper, Mira Holt, said the gates had never leaked so badly in thirty years of work there."
    text = "\n".join(["Menu News Sport Weather", TITLE, "March 4, 2025", said, *CLOSING, "Mira Holt"])
    article = read_text_dump(text + "\nShare this article\n")
    assert article.authors == ()


def test_an_author_box_under_the_story_names_its_writer() -> None:
    lines = ["Menu News Sport Weather", TITLE, "March 4, 2025", *OPENING, *CLOSING, "About the author"]
    lines += ["Dr. Nell Varga is an engineer and has written about rivers and canals since 2012.", "Was this helpful?"]
    assert read_text_dump("\n".join(lines) + "\n").authors == ("Nell Varga",)


def test_the_headline_names_whom_the_story_is_about_not_its_writer() -> None:
    lines = [
        "Harbour Post",
        "Home » News » Shipping",
        "Shipping 04.03.2025",
        "Dry dock sold to the yard run by Tom Reed",
    ]
    lines += OPENING
    lines += [*CLOSING, "Author: Ines Falk, newsroom of the trade paper", "Tags: canal, locks"]
    assert read_text_dump("\n".join(lines) + "\n").authors == ("Ines Falk",)


def test_a_desk_and_its_wire_in_brackets_closing_the_story_sign_it() -> None:
    last = CLOSING[-1].rstrip(".") + ". (HZ mit dpa)"
    text = "\n".join(["Menu News Sport Weather", TITLE, "March 4, 2025", *OPENING, CLOSING[0], last])
    article = read_text_dump(text + "\nShare this article\n")
    assert article.authors == ("HZ mit dpa",)


def test_a_bracketed_aside_closing_the_story_signs_nothing() -> None:
    last = CLOSING[-1].rstrip(".") + ". (see below)"
    text = "\n".join(["Menu News Sport Weather", TITLE, "March 4, 2025", *OPENING, CLOSING[0], last])
    assert read_text_dump(text + "\nShare this article\n").authors == ()


def test_a_writer_named_anywhere_outweighs_the_desk_and_its_wire() -> None:
    last = CLOSING[-1].rstrip(".") + ". (HZ mit dpa)"
    text = "\n".join(["Menu News Sport Weather", TITLE, "By Mira Holt", *OPENING, CLOSING[0], last])
    assert read_text_dump(text + "\nShare this article\n").authors == ("Mira Holt",)


def test_bylines_of_several_teasers_the_story_ran_into_do_not_sign_it() -> None:
    # the story's end is not seen: a list of other stories follows, each headline over its writer's name
    teasers = []
    for head, writer in (
        ("Ferry timetable changes in May", "Von Ole Brandt"),
        ("New bridge opens to cyclists", "Von Ines Kowal"),
        ("Harbour festival draws a crowd", "Von Ole Brandt"),
        ("Council debates the bus lanes", "Von Tamsin Reyes"),
    ):
        teasers += ["Region", head, writer]
    lines = ["Menu News Sport Weather", TITLE, "March 4, 2025", *OPENING, *CLOSING, "Latest news", *teasers]
    lines += [f"{CLOSING[0]} {OPENING[1]}"]
    assert read_text_dump("\n".join(lines) + "\n").authors == ()


_LINKS = [
    "Skip to content",
    "Notes from the towpath",
    "Menu",
    "Search",
    "About",
    "Contact",
    "Links of the week",
    "Posted on 4 March 2025 by Mira Holt",
    "Lock gates to be repaired before the spring season begins",
    "via Canal Weekly https://example.org/a",
    "Houseboat owners asked to move to the lower basin",
    "via River Post https://example.org/b",
    "Storm damage on the old hinges is worse than feared",
    "via Water Board News https://example.org/c",
    "Cyclists get a new path along the eastern bank",
    "via Towpath Times https://example.org/d",
]


def test_a_dated_byline_signs_a_post_of_links_whose_story_is_not_located() -> None:
    # a post of short link lines has no paragraph to locate; the line with its date and writer stands under its title
    assert read_text_dump("\n".join(_LINKS) + "\n").authors == ("Mira Holt",)


def test_a_related_topics_heading_under_the_story_signs_nothing() -> None:
    # two capitalised words under the last paragraph, over a list of tags: the heading of that list
    for heading in ("Verwandte Themen", "Similar Stories", "Gerelateerde Berichten", "Похожие Материалы"):
        text = "\n".join(["Menu News Sport Weather", TITLE, "March 4, 2025", *OPENING, *CLOSING, heading])
        assert read_text_dump(text + "\nCanals\nLock repairs\nShare this article\n").authors == ()


def test_a_boxs_heading_or_an_unknown_field_names_no_writer() -> None:
    # "latest changes", "further information" over a box's list, in German; a missing field's value
    for line in ("Letzte Änderungen", "Weitere Informationen", "Unknown Author"):
        text = "\n".join(["Menu News Sport Weather", TITLE, "March 4, 2025", *OPENING, *CLOSING, line])
        assert read_text_dump(text + "\nCanals\nLock repairs\nShare this article\n").authors == ()


def test_a_post_signed_with_a_dash_under_its_last_paragraph_names_its_writer() -> None:
    # (a last paragraph opening on a label, which the story's end may leave out, and a footer of parts under it)
    last = "What you can do: the council meets on 3 April and anyone may ask to speak if they register a week before."
    lines = ["Canal diary", TITLE, "March 4, 2025", *OPENING, *CLOSING, last, "\u2014 Oskar Brandt"]
    lines += ["Mar 4th, 2025 \u00b7 48 notes \u00b7 #canal #locks #long read #spring works", "reblog \u00b7 like"]
    assert read_text_dump("\n".join(lines) + "\n").authors == ("Oskar Brandt",)


def test_a_dash_before_a_word_that_is_no_name_signs_nothing() -> None:
    lines = ["Canal diary", TITLE, "March 4, 2025", *OPENING, *CLOSING, "\u2014 read more below"]
    assert read_text_dump("\n".join(lines) + "\nShare this\n").authors == ()


def test_a_box_opening_on_a_signed_sentence_then_a_bio_names_its_writer() -> None:
    lines = ["Canal diary", TITLE, "March 4, 2025", *OPENING, *CLOSING, "Tags: canal, locks"]
    lines += ["Written by Petra Lind. Former lock keeper, now writing about waterways from the towpath since 2011."]
    lines += ["\u00ab Older post Newer post \u00bb", "Comments"]
    assert read_text_dump("\n".join(lines) + "\n").authors == ("Petra Lind",)


def test_a_box_sentence_with_no_keyword_before_the_name_signs_nothing() -> None:
    lines = ["Canal diary", TITLE, "March 4, 2025", *OPENING, *CLOSING, "Tags: canal, locks"]
    lines += ["Petra Lind. Former lock keeper, now writing about waterways from the towpath since 2011."]
    lines += ["\u00ab Older post Newer post \u00bb", "Comments"]
    assert "Petra Lind" not in read_text_dump("\n".join(lines) + "\n").authors
