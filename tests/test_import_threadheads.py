"""A newsletter's post with a subscribe box set between its paragraphs and the readers' discussion
under it: the story goes on under the box to its last paragraph, and ends over the discussion's
heading ("Discussion about this post"), whatever the readers wrote.

The dump is written for the test; the shape is one real pages have.
"""

from __future__ import annotations

import storytexts
from briefkit.importer import signups
from briefkit.importer.storyedges import COMMENTS
from briefkit.importer.textdump import read_text_dump

_LAST = [
    "The board meets again in January, and its chair said the request would be weighed with the winter figures.",
    "We will be at the pier that morning, whenever the first boat of the day decides to leave the harbour.",
]


def test_the_story_goes_on_under_a_subscribe_box_to_its_last_paragraph() -> None:
    head = ["The Pier Letter", "Subscribe", "The last tea at the pier", "Jane Roe and Sam Poe", "Mar 3, 2025"]
    box = ["Subscribe", "What happens next"]
    tail = ["87 Likes · 12 Shares", "Discussion about this post", "Ann B. 2d"]
    comments = ["My grandmother sold tea there in the seventies. Sad to see it go.", "Tom K. 1d"]
    comments += ["The bus connection really is better though, to be fair to the board."]
    dump = storytexts.dump(head, storytexts.PIER, box, _LAST, tail, comments, ["Recent posts", "© 2025 Jane Roe"])
    body = read_text_dump(dump).body
    assert _LAST[1] in body and storytexts.PIER[-1] in body
    assert "grandmother" not in body and "bus connection" not in body


def test_the_discussions_heading_in_each_language_opens_the_comments() -> None:
    for heading in ("Discussion about this post", "Diskussion zu diesem Beitrag", "Discussie over dit bericht"):
        assert COMMENTS.match(heading), heading
    assert not COMMENTS.match("Discussion")  # a paper's own section


def test_a_subscribe_pitch_over_its_button_goes_with_it() -> None:
    pitch = "The Pier Letter is reader-supported. To get new posts, consider becoming a subscriber."
    lines = [*storytexts.PIER[:2], pitch, "Subscribe", *storytexts.PIER[2:]]
    assert signups.without_buttoned_boxes(lines) == storytexts.PIER
    # a paragraph on subscribers with no button under it is the story's
    said = "The paper said it had gained four hundred subscribers since the spring."
    assert signups.without_buttoned_boxes([*storytexts.PIER[:2], said, *storytexts.PIER[2:]])[2] == said
