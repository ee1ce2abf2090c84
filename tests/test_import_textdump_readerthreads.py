"""Readers' comments a copied page prints under its story (`storytail`): signatures with no clock
("mila_k 19 Oca", "Piet vor 2 Stunden"), an Arabic clock's "ص"/"م", and a list of other posts dated
in figures with a Slavic year mark ("02.09.2025 г."); and the shapes that only look like them.

Each dump is written for the test (no publisher's text); each case is a shape real pages have.
"""

from __future__ import annotations

import storytexts
from briefkit.importer import storytrim
from briefkit.importer.textdump import read_text_dump

_HEADLINE = "Harbour board votes to rebuild the old north pier"


def _body(after: list[str], story: list[str] | None = None) -> str:
    page = storytexts.dump(storytexts.MENU, [_HEADLINE, "3 May 2024"], story or storytexts.PIER, after, storytexts.TAIL)
    return read_text_dump(page).body


def test_signatures_with_a_day_and_a_month_end_the_story() -> None:
    body = _body(
        [
            "Readers' notes (3)",
            "kaya_m 19 Oca",
            "My brother takes the ferry from that pier every morning, good news for him.",
            "12 likes Reply",
            "Deniz_21 20 Oca",
            "They promised the same two years ago and nothing happened at all.",
            "4 likes Reply",
        ]
    )
    assert "ferry from that pier every morning" not in body
    assert "Readers' notes" not in body
    assert storytexts.PIER[-1] in body


# the story's last lines as `storytrim` is given them, the page's boxes under them
def _kept(after: list[str]) -> list[str]:
    body = [*storytexts.PIER, *after]
    return storytrim.trimmed(body, _HEADLINE)


def test_signatures_with_a_time_ago_end_the_story() -> None:
    after = [
        "Hafenfreund vor 2 Stunden",
        "Endlich tut sich was am Nordpier, wir warten darauf schon seit Jahren!",
        "Moewe_77 vor 3 Stunden",
        "Wer bezahlt das am Ende wieder? Die Steuerzahler.",
    ]
    assert _kept(after) == storytexts.PIER


def test_a_signature_with_an_arabic_clock_ends_the_story() -> None:
    after = [
        "سامي15 نوفمبر 2025 في 10:02 ص",
        "خبر جميل، ننتظر الرصيف الجديد منذ سنوات.",
        "ليلى15 نوفمبر 2025 في 7:23 م",
        "ومن سيدفع ثمن ذلك؟",
    ]
    assert _kept(after) == storytexts.PIER


def test_other_posts_dated_with_a_year_mark_end_the_story() -> None:
    after = [
        "More from the blog",
        "What a new school bag costs this autumn 02.09.2025 г.",
        "Wages in the port town, myth and fact 18.06.2025 г.",
    ]
    assert _kept(after) == storytexts.PIER


def test_a_diary_of_dated_days_is_the_story() -> None:
    diary = [
        "Monday 3 June",
        "The divers went down at the north pier and found the piles rotten to the core in three places.",
        "Tuesday 4 June",
        "The board met in the evening and agreed that the pier cannot be mended, only rebuilt from scratch.",
    ]
    assert _kept(diary) == [*storytexts.PIER, *diary]


def test_a_list_of_dated_stops_is_the_story() -> None:
    stops = ["The tall ship calls at these ports:", "Kiel 12 May", "Rostock 14 May", "Gdansk 17 May"]
    assert _kept(stops) == [*storytexts.PIER, *stops]

