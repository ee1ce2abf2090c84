"""Words printed beside a name on a byline line that are not the name: the date's month or weekday
word after it, the writer's post after it with no comma, a post or an office before it (whom a
caption shows), a keyword glued to it, an organisation after a comma.

Each line is written for the test (no publisher's text); each case is a shape real pages have.
"""

from __future__ import annotations

import storytexts
from briefkit.importer.bylines import parse_byline
from briefkit.importer.inlinebylines import find_byline
from briefkit.importer.textdump import read_text_dump

_STORY = storytexts.FERRY


def _dump(under_headline: str, closing: str = "") -> str:
    return f"Home\nNews\nContact\nThe ferry runs again\n{under_headline}\n{_STORY}{closing}Imprint\n"


def test_a_month_word_opening_the_date_after_the_name_is_not_the_name() -> None:
    assert find_byline("by Jane Roe April 22, 2026 April 23, 2026") == ("Jane Roe",)
    assert find_byline("Jane Roe Mar 3, 2025 · 4 comments", bare=True) == ("Jane Roe",)
    assert read_text_dump(_dump("Jane Roe Mar 3, 2025")).authors == ("Jane Roe",)


def test_a_name_that_is_a_month_stays_when_no_day_follows() -> None:
    assert find_byline("by April Roe") == ("April Roe",)
    assert find_byline("by Jane May on 3 March 2025") == ("Jane May",)


def test_the_writers_post_between_name_and_date_is_left_off() -> None:
    line = "Jane Roe Transport correspondent Tue 4 Mar 2025 09.00 GMT"
    assert read_text_dump(_dump(line)).authors == ("Jane Roe",)
    assert find_byline("Ann Maria Poe Senior Reporter 4 March 2025", bare=True) == ("Ann Maria Poe",)


def test_a_post_before_a_name_is_a_caption_not_a_byline() -> None:
    caption = "Direktorin Ann Poe vor dem neuen Anleger. © Hafenblatt/Sam Lee"
    assert find_byline(caption, bare=True) == ()
    assert read_text_dump(_dump(caption, "Von Jane Roe\n")).authors == ("Jane Roe",)
    assert parse_byline("Mayor Ann Poe") == ()
    assert parse_byline("Von Ann Poe") == ("Ann Poe",)


def test_a_keyword_glued_to_the_name_is_read_as_the_keyword() -> None:
    assert parse_byline("ByJane Roe") == ("Jane Roe",)


def test_the_verb_of_a_published_by_line_is_its_keyword_not_a_name() -> None:
    assert parse_byline("Veröffentlicht von Jane Roe") == ("Jane Roe",)
    assert parse_byline("Veröffentlicht von HarbourFan") == ("HarbourFan",)
    assert find_byline("Veröffentlicht von HarbourFan") == ("HarbourFan",)


def test_an_acronym_opening_a_part_after_a_comma_is_an_organisation() -> None:
    assert parse_byline("Von Jane Roe und Ann Poe, HBZ Kiel") == ("Jane Roe", "Ann Poe")
    assert parse_byline("By Jane Roe, ABC Project Team, Example") == ("Jane Roe",)
    assert parse_byline("JANE ROE, ANN POE") == ("Jane Roe", "Ann Poe")  # all shouted: two names


def test_a_missing_profiles_word_after_the_keyword_is_no_author() -> None:
    assert parse_byline("Eingestellt von Unknown") == ()
    assert parse_byline("Eingestellt von Harbourfan") == ("Harbourfan",)
