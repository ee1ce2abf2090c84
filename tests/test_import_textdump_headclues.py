"""The headline of a copied page when the site's name, a list of the latest stories or a banner's
sentence stands near it (`storyspan`, `proseruns`). Fixtures written for these tests."""

from __future__ import annotations

from briefkit.importer.proseruns import line_values
from briefkit.importer.textdump import read_text_dump

_STORY = [
    "The harbour board voted on Tuesday to rebuild the eastern pier, closing it to ferries for two summers.",
    "Engineers found that the timber piles under the pier had rotted further than a survey three years ago showed.",
    "Ferry operators said they would move their boats to the western quay, which needs a new gangway first.",
    "The board expects the work to cost about nine million and to finish before the spring of the year after next.",
    "Residents asked at the meeting whether the fish market on the pier would reopen in its old place afterwards.",
]


def test_site_name_quoted_in_an_appeal_is_not_the_headline() -> None:
    lines = [
        "Skip to content",
        "Harbour Lantern",
        "News",
        "Opinion",
        "Podcasts",
        "Donate",
        "Harbour board closes eastern pier for two summers of rebuilding",
        "Mira Castell",
        "4 March 2026, 10:15",
        *_STORY,
        "Support “Harbour Lantern”",
        "About us",
    ]
    article = read_text_dump("\n".join(lines))
    assert article.title == "Harbour board closes eastern pier for two summers of rebuilding"


def test_latest_stories_with_their_age_are_not_the_story() -> None:
    lines = [
        "Harbour Lantern",
        "News",
        "Latest",
        "Ferry timetable changes. Winter season brings fewer boats to the islands 12 min ago",
        "Lighthouse cottage sold. Auction won by a local family trust after long bidding 2 hrs. ago",
        "Market square to get new lamps before the autumn festival 3 hours ago",
        "Small ads",
        "Rowing boat for sale, needs paint",
        "Room to let near the quay",
        "Home › Harbour › News",
        "Harbour board closes eastern pier for two summers of rebuilding",
        "By Mira Castell",
        "4 March 2026, 10:15",
        *_STORY,
        "About us",
    ]
    article = read_text_dump("\n".join(lines))
    assert article.title == "Harbour board closes eastern pier for two summers of rebuilding"
    assert "timber piles" in article.body
    assert "auction" not in article.body.casefold()
    # each of the latest stories with its age is a list's entry, not prose the story's run could open with
    worth = line_values(tuple(lines))
    assert all(worth[i] < 0 for i in (3, 4, 5))
    assert all(worth[i] > 0 for i in range(lines.index(_STORY[0]), len(lines) - 1))


def test_headline_over_its_standfirst_under_a_banner_sentence() -> None:
    lines = [
        "Harbour Lantern",
        "Subscribe Sign in",
        "Home Archive About",
        "This letter is free to read, so pass it on to anyone who likes piers.",
        "Share",
        "What the old pier was holding up",
        "The eastern pier is closing for two summers. I asked who will miss it most and why.",
        "Mira Castell",
        "Mar 4, 2026",
        *_STORY,
        "Subscribe to Harbour Lantern",
    ]
    article = read_text_dump("\n".join(lines))
    assert article.title == "What the old pier was holding up"
