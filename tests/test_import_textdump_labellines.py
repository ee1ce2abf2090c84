"""Short labels around a copied page's headline are not the headline: a dateline of a time and a
place, a docket's label that ends on a file number, a kicker of two section names joined by a dot.

The dumps are written for these tests in the shapes a police release, a court's release and a
club's news page give.
"""

from __future__ import annotations

from briefkit.importer.labellines import dateline, file_label, kicker_pair
from briefkit.importer.textdump import read_text_dump
from storytexts import PIER

STORY = PIER[:3]
MENU = ["Home", "News", "Services", "Contact", "Home", "Press", "Releases 2026"]


def _dump(*parts: list[str]) -> str:
    return "\n".join(line for part in parts for line in part) + "\n"


def test_a_time_and_a_place_under_the_date_is_a_dateline_not_the_headline() -> None:
    head = ["14.05.2026 – 09:15 Northport, Dist. Westmoor", "Harbour board votes to rebuild the north pier"]
    article = read_text_dump(_dump(MENU, head, ["Ref: file 0412-26-000318"], STORY, ["Imprint"]))
    assert article.title == "Harbour board votes to rebuild the north pier"


def test_a_case_label_under_the_headline_is_not_taken_for_it() -> None:
    head = ["PRESS RELEASE", "Northport, 14 May 2026", "North pier: the town must find two million for the repairs"]
    label = ["Harbour board vote – file no. 26/00412"]
    article = read_text_dump(_dump(MENU, head, label, STORY, ["Imprint"]))
    assert article.title == "North pier: the town must find two million for the repairs"


def test_a_kicker_of_two_sections_joined_by_a_dot_stays_a_kicker() -> None:
    head = [
        "Harbour life · Board meeting",
        "Old landing stage to be saved for the fleet",
        "14/05/2026 · Text: Ann Example",
    ]
    article = read_text_dump(_dump(MENU, head, STORY, ["Imprint"]))
    assert article.title == "Old landing stage to be saved for the fleet"


def test_the_label_shapes_leave_headlines_alone() -> None:
    assert dateline("09:15 Northport, Dist. Westmoor")
    assert dateline("14.05.2026 – 09:15 Northport")
    assert not dateline("10:30 pm: fire in the old town is out")
    assert not dateline("Harbour board votes at 09:15")
    assert file_label("Ruling of the court – case no. 26/00412")
    assert file_label("Appeal filed, Nr. 12-3456")
    assert not file_label("Symphony No. 5 opens the harbour festival")
    assert kicker_pair("Club life · General meeting")
    assert not kicker_pair("More money for schools · council passes the budget for next year")
    assert not kicker_pair("Harbour board votes to rebuild the pier")


def test_a_live_page_keeps_its_headline_over_its_key_points() -> None:
    head = [
        "LIVE",
        "Harbour storm LIVE: north pier shut as high tides flood the old town quay",
        "Board to vote on rebuilding the pier",
        "Fishing boats kept in port",
        "Ferries cancelled until Friday",
        "Ann Example and Bo Sample",
        "Updated 15:42, 5 May 2026 | Published 09:10, 5 May 2026",
        "15:42",
        "Board meets tonight",
    ]
    article = read_text_dump(_dump(MENU, head, STORY, ["Share", "Imprint"]))
    assert article.title == "Harbour storm LIVE: north pier shut as high tides flood the old town quay"


def test_a_headline_over_its_subtitle_and_byline_is_no_key_points_list() -> None:
    head = ["Harbour", "Board votes to rebuild the north pier", "Two million for the fishing fleet", "Ann Example"]
    article = read_text_dump(_dump(MENU, head, ["5 May 2026"], STORY, ["Imprint"]))
    assert article.title == "Board votes to rebuild the north pier"


def test_a_live_page_keeps_its_first_entry_under_the_share_bar_every_entry_prints() -> None:
    head = ["Harbour storm LIVE: north pier shut as tides flood the quay", "Ann Example", "5 May 2026"]
    entries: list[str] = []
    for clock, line in zip(["15:42", "14:58", "13:30", "12:15"], STORY + STORY[:1], strict=True):
        entries += [clock, line, "Share"]
    opening = (
        "Hello and welcome to our coverage of the storm on the harbour front, where we will bring you "
        "the latest on closures, ferries and the state of the old north pier all through the day."
    )
    tail = ["Sign up to our newsletter", "Most read", "Contact us", "Terms", "Privacy"]
    article = read_text_dump(_dump(MENU, head, entries, ["09:10", opening, "Share"], tail))
    assert "Hello and welcome to our coverage" in article.body
