"""The byline a copied story prints again at its opening, under the picture's caption and the share
row (`openingbylines`): the writer, over the account the header names as the poster.

Each dump is written for the test (no publisher's text); each case is a shape real pages have.
"""

from __future__ import annotations

import storytexts
from briefkit.importer.openingbylines import opening_byline
from briefkit.importer.textdump import read_text_dump

_HEADLINE = "Harbour board votes to rebuild the old north pier"


def _page(under: list[str], story: list[str]) -> str:
    return storytexts.dump(storytexts.MENU, [_HEADLINE], under, story, storytexts.TAIL)


def test_the_story_s_own_byline_beats_the_posting_account() -> None:
    under = [
        "by Porthaven Courier",
        "May 3, 2024",
        "in Harbour, News",
        "",
        "The pier after the storm. Photo: Harbour board",
    ]
    story = ["Share on Facebook Share on X", "By Jane Roe", *storytexts.PIER]
    article = read_text_dump(_page(under, story))
    assert article.authors == ("Jane Roe",)


def test_a_byline_under_the_first_paragraph_does_not_count() -> None:
    lines = [storytexts.PIER[0], "By Sam Poe"]
    assert opening_byline(lines, ("Jane Roe",)) == ()
    assert opening_byline(["By Jane Roe"], ("Jane Roe",)) == ()  # the same writer printed twice
    assert opening_byline(["Caption of the pier. Photo: board", "By Sam Poe"], ("Jane Roe",)) == ("Sam Poe",)


_LEAD = "A year after the storm, the board has found the money to give the fishing boats their pier back."


def test_a_web_address_posting_the_story_loses_to_the_byline_under_its_lead() -> None:
    under = [
        "Written by porthavennews.org on Monday 3 June 2024 at 11:20 | Read 812 times",
        "Last updated on Tuesday 4 June 2024 at 08:02",
        "The pier after the storm (Photo: Porthaven News)",
    ]
    story = [_LEAD, "By Jane Roe", *storytexts.PIER]
    assert read_text_dump(_page(under, story)).authors == ("Jane Roe",)


def test_a_bare_name_in_the_header_loses_to_the_story_s_signed_byline() -> None:
    under = ["Harbour Desk", "May 3, 2024", "Print Email"]
    story = [_LEAD, "", "By Jane Roe, Porthaven Courier", *storytexts.PIER]
    assert read_text_dump(_page(under, story)).authors[0] == "Jane Roe"


def test_under_the_lead_only_a_byline_the_story_goes_on_under_counts() -> None:
    assert opening_byline([_LEAD, "By Sam Poe", *storytexts.PIER], ("town.com",), weak=True) == ("Sam Poe",)
    assert opening_byline([_LEAD, "By Sam Poe"], ("town.com",), weak=True) == ()  # nothing under it
    assert opening_byline([_LEAD, "By Sam Poe", *storytexts.PIER], ("Jane Roe",)) == ()  # a signed writer holds
    assert opening_byline([_LEAD, _LEAD, "By Sam Poe", *storytexts.PIER], ("town.com",), weak=True) == ()
