"""The labels over a copied story's headline that the page's layout tells apart from it, and the
lines shaped like a title that are none: a section's name with a topic after it over the headline,
a trail printed a part a line with its section again as the kicker, a series' label joined by a
middle dot, a caption with its bracketed credit, a line of a match's scorers and the result's box
between the headline and the byline, and the name the page prints as its pictures' credit.

Each dump is written for the test (no publisher's text); each case is a shape real pages have.
"""

from __future__ import annotations

import storytexts
from briefkit.importer.article import Article
from briefkit.importer.headshapes import captioned, figures_line, score_box
from briefkit.importer.kickerlines import menu_kicker, trail_end, under_kicker
from briefkit.importer.labellines import kicker_pair
from briefkit.importer.nameheads import credited
from briefkit.importer.textdump import read_text_dump

_HEADLINE = "Ferry to the outer islands runs three times a day again after the pier repairs"
_MENU = ["Home", "Islands", "Harbour", "Ferry", "Weather", "About us"]


_MATCH = (
    "Harbour Town came back from a goal down to beat Mill United on Saturday and climbed into the top four "
    "of the table for the first time this season, in front of a full stand.\n"
    "Mill United led at the break after Jones turned in a corner, but Smith levelled ten minutes after the "
    "restart and headed the winner from a free kick with nine minutes left to play.\n"
    "The coach said the team had believed in the comeback all along, and that the top four was now the aim.\n"
)


def _read(*head: str, menu: list[str] = _MENU, story: str = storytexts.FERRY) -> Article:
    return read_text_dump(storytexts.dump(menu, list(head), [story], storytexts.TAIL))


def test_a_sections_name_with_a_topic_over_the_headline_is_its_kicker() -> None:
    # "Ferry islands" repeats the story's words more than the headline does, but the menu lists "Ferry"
    head = ("Ferry islands", "A better week at sea", "The timetables are posted in every harbour.", "Jane Roe")
    assert _read(*head, "4 March 2025").title == "A better week at sea"
    assert menu_kicker(_MENU + ["Ferry islands"], len(_MENU), "Ferry islands")
    # a line the menu does not list stays the headline
    units = ["Ferry islands", "A better week at sea"]
    assert under_kicker(units, [(2.0, 0, "Ferry islands"), (1.0, 1, "A better week at sea")]) == (
        2.0,
        0,
        "Ferry islands",
    )


def test_a_trail_printed_a_part_a_line_ends_in_no_headline() -> None:
    head = ("Start", "Press room", "News", "Ferry timetable", "News", _HEADLINE, "4 March 2025")
    assert _read(*head).title == _HEADLINE
    units = list(head)
    assert trail_end(units, 3, 5)
    # a headline over its byline and the standfirst is no trail's end
    assert not trail_end(["Home", "News", _HEADLINE, "By Jane Roe", "The deck."], 2, 4)


def test_a_series_label_joined_by_a_middle_dot_is_no_headline() -> None:
    assert kicker_pair("Report 2/2024 · Sanctions and export control")
    assert not kicker_pair("Harbour · The ferry to the islands runs again from Monday")
    assert _read("Report 2/2024 · Ferries and island piers", _HEADLINE, "4 March 2025").title == _HEADLINE


def test_a_caption_with_its_bracketed_credit_is_no_headline() -> None:
    caption = "The new gangway at the pier was fitted last week by the crane crew. (Harbour Board)"
    assert captioned(caption)
    assert not captioned("Ferry runs again (video)")
    assert not captioned("Ferry runs again. (Updated)")
    head = (_HEADLINE, "Three crossings a day from Monday", "By Jane Roe", "4 March 2025", caption)
    assert _read(*head).title == _HEADLINE


def test_a_line_of_figures_is_no_headline_and_a_result_box_signs_nothing() -> None:
    assert figures_line("Smith 12', 80' | Jones 45'")
    assert figures_line("2 - 1")
    assert not figures_line("Ferry fares up 12% from 1 May")
    assert not figures_line("5 December 2026, 08:30")
    head = (
        "Harbour Town beat Mill United to climb into the top four",
        "Smith scored twice after the break in front of a full stand, and the comeback was complete.",
        "Harbour Town",
        "2 - 1",
        "Mill United",
        "Smith 58', 81' | Jones 23'",
        "By Jane Roe 4 March 2025",
    )
    lines = list(head)
    assert score_box(lines, 2) and score_box(lines, 3) and score_box(lines, 4)
    assert not score_box(lines, 1)
    article = _read(*head, story=_MATCH)
    assert article.title == head[0]
    assert article.authors == ("Jane Roe",)


def test_the_name_the_page_credits_for_its_pictures_is_no_headline() -> None:
    units = ["Island Shipping Union", "The new gangway. Photo: Island Shipping Union"]
    assert credited(units, "Island Shipping Union")
    assert not credited(units, "The new gangway")
    menu = ["Island Shipping Union", *_MENU]
    head = (_HEADLINE, "4 March 2025", "The new gangway at the pier. Photo: Island Shipping Union")
    assert _read(*head, menu=menu).title == _HEADLINE


def test_a_relative_day_with_its_hour_and_a_view_count_is_the_date_line_not_figures() -> None:
    # "today at 14:20 · 4 218 views" under the headline: the story's date line, which the headline stands over
    assert not figures_line("today at 14:20 \U0001f441 4 218")
    assert not figures_line("gestern, 09:15 | 1 302")
    assert figures_line("Hale 12', 80' | Moss 45'")


def test_an_indic_headline_with_figures_is_told_in_words() -> None:
    # Devanagari and Bengali write most syllables with a vowel sign or virama after the letter, which
    # `\w` does not take: the headline's words must still outnumber its figures
    assert not figures_line("बाढ़ से 5 गांव कटे, 2 पुल बहे")
    assert not figures_line("নদীর পানি বেড়ে ৩ গ্রাম প্লাবিত, ২ সেতু ভেঙেছে")
    assert figures_line("৩ - ২")
