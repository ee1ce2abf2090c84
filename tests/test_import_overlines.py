"""The lines printed right over a copied story's headline that read as titles but are none: a picture's
caption with its credit after "Picture:", a short overline in capitals, a trail's last part naming
the section.

Each dump is written for the test (no publisher's text); each case is a shape real pages have.
"""

from __future__ import annotations

import storytexts
from briefkit.importer.overlines import is_overline, over_its_subtitle
from briefkit.importer.textdump import read_text_dump

_HEADLINE = "Ferry to the outer islands runs three times a day again after the long pier repairs"


def _title(*head: str) -> str:
    return read_text_dump(storytexts.dump(storytexts.MENU, list(head), [storytexts.FERRY], storytexts.TAIL)).title


def test_a_caption_credited_after_picture_is_not_the_headline() -> None:
    headline = "Night ferries to the outer islands to be cut after Christmas, operator says"
    caption = "The ferry at the islands pier on Monday. Picture: Harbour Weekly / Sam Poe"
    assert _title(headline, "Jane Roe and Sam Poe • Tuesday 4 Mar 2025 7:15 am", "14", caption) == headline


def test_a_short_overline_in_capitals_over_the_headline_is_no_headline() -> None:
    head = ["Home › News › Islands", "THE FERRY IS BACK", _HEADLINE]
    assert _title(*head, "By Jane Roe and Sam Poe", "4 March 2025 · Updated 13:40") == _HEADLINE
    # a headline set in capitals itself is no overline of the line under it, nor a long line in capitals
    assert not is_overline("FERRY RUNS AGAIN", "FERRY TO THE ISLANDS RUNS", "FERRY RUNS AGAIN", False)
    assert not is_overline("THE FERRY TO THE ISLANDS IS BACK", _HEADLINE, "THE FERRY TO THE ISLANDS IS BACK", False)


def test_a_trails_last_part_over_a_dated_headline_is_its_section() -> None:
    trail = "Home » News » Islands and their ferries"
    headline = "Ferry to the islands runs three times a day again"
    assert _title(trail, headline, "Published: 4 March 2025", "Author: Jane Roe") == headline
    # without a dateline under the headline the trail's part is not told to be a section
    assert not is_overline("Islands and their ferries", headline, trail, False)
    assert is_overline("Islands and their ferries", headline, trail, True)


def test_a_headline_over_a_shorter_subtitle_over_the_byline_is_the_headline() -> None:
    headline = "Island ferry back three times a day as pier work ends and passengers leave the bus behind for good"
    subtitle = "The operator says tickets are sold on board again, and a fourth evening crossing is planned for summer"
    head = ["FERRIES", headline, subtitle, "Jane Roe Harbourtown", "Published: 04/03/2025 07:15"]
    assert _title(*head) == headline
    assert over_its_subtitle(3, 4, headline, subtitle, True)
    # no byline or dateline under the pair, or a caption far longer than a short headline: not so read
    assert not over_its_subtitle(3, 4, headline, subtitle, False)
    short = "Ferry runs again"
    assert not over_its_subtitle(3, 4, "The ferry at the pier on Monday morning. Picture: Sam Poe", short, True)
