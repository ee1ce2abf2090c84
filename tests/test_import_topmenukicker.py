"""A section's name over a copied story's headline, when the menu that lists it opens the page.

The copy starts with the menu itself, so the section's entry has no lines above it: the menu is
read from the entries below it instead, and the name printed again over the headline stays a kicker.
The dump is written for the test (no publisher's text).
"""

from __future__ import annotations

import storytexts
from briefkit.importer.textdump import read_text_dump

HEADLINE = "Island ferry runs three times a day again from Monday, but the evening boat waits for summer"


def _page(menu: list[str]) -> str:
    # the headline's deck, a video's title and its caption stand between it and the byline
    head = [
        "Town News",
        HEADLINE,
        "The pier works are done after five months of buses.",
        "VIDEO: The new pier seen from the air",
        "A drone followed the last crane off the quay on Friday.",
        "Author: Ada Quill",
        "Published: 9:15 AM June 3, 2024",
    ]
    return storytexts.dump(menu, ["Advertisement"], head, [storytexts.FERRY], storytexts.TAIL)


def test_a_section_name_from_a_menu_opening_the_page_is_the_kicker_over_the_headline() -> None:
    menu = ["Town News", "Weather", "Traffic", "Sport", "Events", "Contact"]
    assert read_text_dump(_page(menu)).title == HEADLINE


def test_a_section_name_further_down_the_menu_is_the_kicker_over_the_headline_as_before() -> None:
    menu = ["Home", "Weather", "Traffic", "Town News", "Sport", "Events", "Contact"]
    assert read_text_dump(_page(menu)).title == HEADLINE
