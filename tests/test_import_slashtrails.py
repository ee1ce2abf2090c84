"""A copied page's trail run into its headline with bare slashes ("Section/Topic/Headline").

The copy prints the trail's links joined by slashes with no spaces around them, on the line over
the headline, which the page then prints again on a line of its own with its date under it. The
dump is written for the test (no publisher's text).
"""

from __future__ import annotations

import storytexts
from briefkit.importer.textdump import read_text_dump

HEADLINE = "Ferry to the islands runs three times a day again"
MENU = ["Home", "Pier", "Bus", "Passengers", "Harbour", "Weather", "Contact"]


def test_a_slashed_trail_before_the_headline_is_cut_off() -> None:
    head = [f"Pier/Bus/Passengers/{HEADLINE}", HEADLINE, "June 3, 2024"]
    text = storytexts.dump(MENU, head, [storytexts.FERRY], storytexts.TAIL)
    assert read_text_dump(text).title == HEADLINE


def test_a_headline_with_a_slash_of_its_own_keeps_it() -> None:
    headline = "Ferry and bus tickets: one pass for both from June"
    title = f"Day/night {headline}"  # no step of a trail: the page prints no line that is the rest
    head = [title, "By Ada Quill", "June 3, 2024"]
    text = storytexts.dump(MENU, head, [storytexts.FERRY], storytexts.TAIL)
    assert read_text_dump(text).title == title
