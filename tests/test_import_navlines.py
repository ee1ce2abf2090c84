"""A line that points elsewhere (the next chapter, another story) leaves the body; the story's own lines stay."""

from __future__ import annotations

from briefkit.importer import navlines
from briefkit.importer.boilerplate import filter_blocks

CHAPTER_ONE = [
    "## The night shift",
    "At four in the morning the bakery's first ovens are already hot, and the smell reaches the bus stop.",
    "The owner started the night shift twenty years ago, when the supermarket opened across the road.",
]
CHAPTER_TWO = [
    "## Flour from the valley",
    "The flour comes from a mill twelve kilometres up the valley, delivered every Tuesday by tractor.",
]


def test_a_link_to_the_next_chapter_goes_and_the_chapter_heading_stays() -> None:
    blocks = [*CHAPTER_ONE, "Next chapter: Flour from the valley →", *CHAPTER_TWO]
    assert filter_blocks(blocks).kept == [*CHAPTER_ONE, *CHAPTER_TWO]
    # the label may be missing: the words repeat the heading the link points to
    assert navlines.pointer_lines([*CHAPTER_ONE, "Flour from the valley →", *CHAPTER_TWO]) == [3]


def test_another_storys_title_behind_a_pointer_mark_goes() -> None:
    for line in (
        ">> Market hall gets a new roof before the winter",
        "\\>> Market hall gets a new roof",
        "► Mehr Busse ab Mai",
    ):
        assert navlines.pointer_lines([*CHAPTER_ONE, line, *CHAPTER_TWO]) == [3], line


def test_the_storys_own_lines_with_arrows_or_quotes_stay() -> None:
    own = [
        "»Wir backen, solange es Kunden gibt«, sagt die Inhaberin.",  # a German quotation opens with »
        "Prices rose from 2 € to 3 € → the customers stayed anyway.",  # an arrow inside a sentence
        "Die Inhaberin sagt: ‹Wir kommen wieder›",  # a Swiss quotation closes with ›
        "→ The council will decide on the new lease in March, the mayor said.",  # a sentence behind the mark
    ]
    assert navlines.pointer_lines([*CHAPTER_ONE, *own]) == []
