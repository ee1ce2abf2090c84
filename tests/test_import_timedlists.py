"""A box of timed headlines set between a story's paragraphs (a live page's teaser, "Latest stories"):
it goes with the headline and the label over it; a programme counting its times forward stays.

The lines are written for these tests.
"""

from __future__ import annotations

import storytexts
from briefkit.importer.timedlists import without_timed_lists

OPENING = storytexts.CANAL_OPENING
CLOSING = storytexts.CANAL_CLOSING


def test_a_live_pages_teaser_with_its_latest_entries_goes() -> None:
    box = [
        "Live",
        "Storm over the coast: all the latest",
        "18.12 GMT Ferries to the islands cancelled until Friday",
        "17.40 GMT Harbour wall damaged at the north pier",
        "17.05 GMT Rail line closed between the two ports",
    ]
    assert without_timed_lists([*OPENING, *box, *CLOSING]) == OPENING + CLOSING


def test_a_list_of_latest_stories_with_the_time_after_each_goes_and_the_subheading_over_it_stays() -> None:
    box = ["What the board decides", "Latest Stories", "Council approves new bus lanes 18:02", "Bridge reopens 17:40"]
    kept = without_timed_lists([*OPENING, *box, *CLOSING])
    assert kept == [*OPENING, "What the board decides", *CLOSING]


def test_a_programme_counting_its_times_forward_stays() -> None:
    programme = ["The day's programme", "10:00 Boats gather at the lower basin", "11:30 Parade through the old lock"]
    lines = [*OPENING, *programme, *CLOSING]
    assert without_timed_lists(lines) == lines


def test_a_single_timed_line_stays() -> None:
    lines = [*OPENING, "17:52 Uhr Der Kanal ist wieder offen", *CLOSING]
    assert without_timed_lists(lines) == lines
