"""A caption under the header's date line is not the headline over it (`metaheads`)."""

from __future__ import annotations

from briefkit.importer.textdump import read_text_dump

_HEADLINE = "Harbour council agrees to rebuild the old ferry pier by next summer"
_STORY = (
    "The harbour council voted on Tuesday evening to rebuild the old ferry pier at the end of Quay Street, "
    "after divers found that two of its wooden piles had rotted through during the winter storms.\n\n"
    "The ferry to the outer islands will dock at the fishing jetty until the work is done, which the "
    "council expects to take about nine months and to cost a little under two million.\n\n"
    "Islanders who cross every day for work said the move would add ten minutes to each trip, but that "
    "they were glad the council had not closed the crossing altogether as some had feared.\n\n"
    "The council's engineer said the new pier would stand on steel piles and would be wide enough for "
    "the larger ferry the operator hopes to bring into service in three years' time.\n"
)
_MENU = "Home\nNews\nIslands\nHarbour\nWeather\nAbout us\n"


def test_the_caption_under_the_date_line_is_not_the_headline() -> None:
    # the caption retells the story in its own words and shares more of them with the lead
    text = (
        f"{_MENU}{_HEADLINE}\n5 March 2025, 09:40\nShare Facebook X Email\n"
        "The old ferry pier on Quay Street at dawn, seen from the fishing jetty\n\n" + _STORY
    )
    assert read_text_dump(text).title == _HEADLINE


def test_a_section_name_over_the_sites_date_line_is_not_taken() -> None:
    # a short line over a date line is a kicker or the site's menu, not a headline over its dateline
    text = f"{_MENU}Islands\n5 March 2025\n{_HEADLINE}\nBy Jane Roe, 5 March 2025\n\n" + _STORY
    assert read_text_dump(text).title == _HEADLINE


def test_a_trail_over_the_date_line_leaves_the_headline_under_it() -> None:
    # "News / Harbour / Title" over the date, the title printed again under it: the title in full stands
    text = f"{_MENU}News / Harbour / {_HEADLINE}\n5 March 2025\n{_HEADLINE}\n\n" + _STORY
    assert read_text_dump(text).title == _HEADLINE
