"""A note on the writer under the story set as an author box: the byline's name, a dash, the post (`authornotes`)."""

from __future__ import annotations

from briefkit.importer.authornotes import without_author_note

STORY = ["The ferry runs again on Sundays.", "Fares stay the same this year.", "The first boat leaves at nine."]


def test_the_writers_name_a_dash_and_the_post_under_the_story_go() -> None:
    body = STORY + ["Jane Roe — Transport reporter, she has covered the islands since 2015."]
    assert without_author_note(body, ("Jane Roe",)) == STORY
    body = STORY + ["Jan Kowal – reporter działu miejskiego."]
    assert without_author_note(body, ("Jan Kowal",)) == STORY


def test_a_story_line_on_someone_else_or_a_name_without_a_dash_stays() -> None:
    other = STORY + ["Ann Lee — the skipper for thirty years — will steer the first boat."]
    assert without_author_note(other, ("Jane Roe",)) == other
    plain = STORY + ["Jane Roe thanked the crew."]
    assert without_author_note(plain, ("Jane Roe",)) == plain
