"""A messenger channel's box set between a copied story's paragraphs, and its one-line call.

Each dump is written for the test (no publisher's text).
"""

from __future__ import annotations

import storytexts
from briefkit.importer.channelboxes import without_channel_boxes
from briefkit.importer.pagenotes import CHANNEL
from briefkit.importer.textdump import read_text_dump

_HEADLINE = "Harbour board votes to rebuild the storm-damaged north pier before the season"


def test_a_channel_box_between_paragraphs_goes_and_the_story_goes_on() -> None:
    box = [
        "Get the coast's news on WhatsApp",
        "Join the Harbour Post channel and hear first what happens on the islands.",
        "Join the channel",
    ]
    body_lines = [*storytexts.PIER[:3], *box, "Fishermen react", *storytexts.PIER[3:]]
    page = storytexts.dump(storytexts.MENU, [_HEADLINE, "By Jane Roe", "March 4, 2025"], body_lines, storytexts.TAIL)
    body = read_text_dump(page).body
    assert "Harbour Post channel" not in body
    assert "on WhatsApp" not in body
    assert "Fishermen react" in body  # the story's subheading under the box names no channel
    assert storytexts.PIER[-1] in body


def test_a_paragraph_that_speaks_of_a_messenger_is_no_box() -> None:
    lines = [
        "Messages on WhatsApp",
        "The fishermen organised the protest in a group chat, the harbour master said on Tuesday.",
        "Next steps",
    ]
    assert without_channel_boxes(lines) == lines  # no channel, no call to join


def test_the_channel_in_more_languages() -> None:
    for call in ("saluran WhatsApp", "κανάλι στο Viber", "kanał na Telegramie", "csatornánk"):
        assert CHANNEL.search(call), call
