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
