"""A text dump's date where the page prints it away from the headline, or not at all (fixtures in our own words).

A publication line under the last paragraph ("Published: …· Last updated: …") dates the story, not the
first teaser of the related stories under it; "today at 14:20" over the headline dates the page by the
reading, so the readers' comments further down must not date it; Indonesian pages print a month's three
letters ("14 Agu 2023").
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from briefkit.importer.dates import find_date
from briefkit.importer.textdump import read_text_dump

_STORY = (
    "The island's water board agreed a new pipeline to the northern villages after the driest summer on record.\n\n"
    "Work on the first section begins in spring, and the board expects the villages to be connected by autumn.\n\n"
    "Farmers in the valley welcomed the plan, but asked the board to keep the old wells open as a reserve.\n\n"
    "The cost is shared between the region and the state, which will pay two thirds of the total.\n\n"
)


def day_of(when: datetime | date | None) -> date | None:
    return when.date() if isinstance(when, datetime) else when


@pytest.mark.parametrize(
    "line",
    [
        "Published: 21 September 2021, 18:30 · Last updated: 22 September 2021, 09:05",
        "Δημοσιεύθηκε: 21 Σεπτεμβρίου 2021, 18:30 · Τελευταία ενημέρωση: 22 Σεπτεμβρίου 2021, 09:05",
    ],
)
def test_a_publication_line_closing_the_story_beats_the_related_teasers(line: str) -> None:
    dump = (
        "Home › Island\n\nIsland water board approves the northern pipeline\n\nBy Ana Roe\n\n"
        + _STORY
        + "The board will hold a public meeting on the route in the village hall before the work begins.\n\n"
        + f"{line}\n\nTags: water, farming\n\nAna Roe\n\n"
        "She covers the environment and the islands, and has written for the paper since the spring of 2015.\n\n"
        "Related stories\n\nHarbour fees rise for the ferries\n\n14 September 2021\n\n"
        "School roof repaired before the winter\n\n9 September 2021\n\n"
    )
    assert day_of(read_text_dump(dump).published) == date(2021, 9, 21)


def test_today_over_the_headline_is_never_read_from_the_comments() -> None:
    dump = (
        "Home → News → City\n\nсегодня в 14:20\n\nIsland water board approves the northern pipeline\n\n"
        + _STORY
        + "Author: Ana Roe\n\nComments (2)\n\nreader_one 9 November 2023, 08:15\n\n"
        "It will never be finished.\n\nreader_two 10 November 2023, 19:44\n\nAt last some good news.\n\n"
    )
    assert read_text_dump(dump).published is None


def test_indonesian_short_month_names() -> None:
    assert find_date("Senin, 14 Agu 2023 15:20 WIB") == datetime.fromisoformat("2023-08-14T15:20:00+07:00")
    assert find_date("Kamis, 4 Mei 2023") == date(2023, 5, 4)
    assert find_date("Rabu, 9 Okt 2024") == date(2024, 10, 9)
