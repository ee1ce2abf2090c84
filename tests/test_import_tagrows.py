"""The row of tags or share buttons closing a copied story, and the site's calls printed under it.

The dumps are written for these tests, in the shapes real pages give.
"""

from __future__ import annotations

import storytexts
from briefkit.importer.tagrows import is_row, row_tail_start, without_row_tail
from briefkit.importer.textdump import read_text_dump

STORY = storytexts.ISLAND_ROUTE


def _import(tail: list[str]) -> str:
    return read_text_dump("\n".join(STORY + tail) + "\n").body


def test_a_tag_row_and_the_call_under_it_are_cut() -> None:
    body = _import(["Ferries Islands Commuting", "Seen something we should report? Send us your photos and tips."])
    assert "fares would stay the same" in body
    assert "Send us your photos" not in body


def test_tags_one_a_line_then_a_heading_and_a_call() -> None:
    body = _import(
        ["Ferries", "Harbour works", "Timetables", "## Tip the newsroom", "We pay for news tips. Call us any time."]
    )
    assert "fares would stay the same" in body
    assert "We pay for news tips" not in body


def test_a_subheading_over_the_last_paragraph_stays() -> None:
    # a subheading has function words; the paragraph under it is the story's
    body = _import(["What the change means for commuters", "Commuters will be able to catch the early train again."])
    assert "catch the early train again" in body


def test_a_short_subheading_or_a_quote_s_speaker_over_the_last_paragraph_stays() -> None:
    closing = (
        "Would I take the early boat again? Yes, gladly. Would I pay more for it? Not yet. I will ride it again in "
        "August and report back here whether the second Saturday boat has really come."
    )
    for label in ("Our verdict", "Mara Quinn, harbour master"):
        assert _import([label, closing]).rstrip().endswith("has really come.")


def test_a_list_copied_without_bullets_under_its_subheading_stays() -> None:
    lines = [
        *STORY[3:],
        "What the order brings",
        "earlier boats on weekdays,",
        "a second Saturday boat,",
        "the old fares.",
        "More is due in spring.",
    ]
    assert without_row_tail(lines) == lines


def test_a_credit_over_a_long_closing_stretch_stays() -> None:
    lines = STORY[3:] + ["Harbour Office Archive"] + [STORY[4], STORY[5], STORY[6]]
    assert row_tail_start(lines) == len(lines)


def test_the_row_goes_with_the_stretch_under_it() -> None:
    lines = [*STORY[3:], "Ferries Islands Commuting", "Follow us for more local news every day!"]
    assert without_row_tail(lines) == STORY[3:]


def test_a_row_needs_prose_above_it() -> None:
    lines = ["Ferries Islands Commuting", "Send us your tips."]
    assert without_row_tail(lines) == lines


def test_row_shapes() -> None:
    assert is_row("Topics: Ferries Harbour Timetables")
    assert not is_row("Why the ferry leaves earlier")  # function words: a subheading
    assert not is_row("The ferry leaves earlier.")
    assert not is_row("09:30 Ada Quill")  # a live entry's time and writer
    assert not is_row("- Ferries Harbour")  # a list's item
    assert not is_row("Ferries")  # one word alone is no row
    assert is_row("Ferries", 1)
    assert not is_row("Ferryen fare tidlig")  # sentence case: a subheading, whatever its language
    assert is_row("ferries Harbour timetables")
