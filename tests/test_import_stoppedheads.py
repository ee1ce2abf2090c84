"""A headline set as one or two short sentences with full stops, over its signed and dated byline;
a sponsor's label over it; a day printed with dashes and a two-digit year beside its time.

Each dump is written for the test (no publisher's text); each case is a shape real pages have.
"""

from __future__ import annotations

import storytexts
from briefkit.importer.dates import find_date
from briefkit.importer.inlinebylines import find_byline
from briefkit.importer.siteselfnotes import is_site_note
from briefkit.importer.textdump import read_text_dump

_STORY = storytexts.FERRY
_HEADLINE = "The ferry runs again. Not every islander is glad."


_MENU = "Home\nFood & Drink\nCulture\nTransport\nEvents\nShop\n"


def test_a_headline_of_two_sentences_over_its_byline_is_the_headline() -> None:
    dump = f"{_MENU}{_HEADLINE}\nWords by Jane Roe · 4 March 2025\n{_STORY}Imprint\n"
    article = read_text_dump(dump)
    assert article.title == _HEADLINE
    assert article.authors == ("Jane Roe",)


def test_a_stopped_headline_over_a_byline_with_its_date_on_the_next_line() -> None:
    headline = "Harbour wall to be rebuilt by 2031. Works start in spring."
    dump = f"{_MENU}{headline}\nAuthor: Jane Roe\nPublished: 4 March 2025, 10:20\n{_STORY}Imprint\n"
    article = read_text_dump(dump)
    assert article.title == headline
    assert article.authors == ("Jane Roe",)


def test_a_lead_sentence_under_a_headline_and_over_a_two_line_byline_stays_prose() -> None:
    lead = "The harbour wall will be rebuilt by 2031, the council said."
    dump = f"{_MENU}Harbour wall to be rebuilt\n{lead}\nAuthor: Jane Roe\nPublished: 4 March 2025\n{_STORY}Imprint\n"
    assert read_text_dump(dump).title == "Harbour wall to be rebuilt"


def test_a_standfirst_with_a_full_stop_under_its_headline_stays_the_standfirst() -> None:
    deck = "The crossings resume on Monday. Tickets are sold on board."
    dump = f"{_MENU}Ferry to the islands runs again\n{deck}\nBy Jane Roe · 4 March 2025\n{_STORY}Imprint\n"
    assert read_text_dump(dump).title == "Ferry to the islands runs again"


def test_a_sponsors_label_over_the_headline_is_neither_headline_nor_byline() -> None:
    label = "Harbour coverage supported by Example Savings Bank"
    dump = f"{_MENU}{label}\n{_HEADLINE}\nWords by Jane Roe · 4 March 2025\n{_STORY}Imprint\n"
    article = read_text_dump(dump)
    assert article.title == _HEADLINE
    assert article.authors == ("Jane Roe",)
    assert find_byline(label) == ()
    assert is_site_note("Gesponsert von Beispiel Sparkasse", 4)
    assert not is_site_note("The bridge plan is supported by the council", 8)


def test_a_day_with_dashes_and_a_short_year_before_its_time_is_read() -> None:
    assert str(find_date("Jane Roe 09-02-26, 07:30 Last update: 10:12")) == "2026-02-09 07:30:00"
    assert find_date("Score 3-1-26 overall") is None  # no time after it: no date


def test_a_headline_over_its_subtitle_and_dated_byline_stays_the_headline() -> None:
    # the headline shares few words with the story, its subtitle more; the byline under both dates them
    headline = "What I learned restoring the village ferry boat"
    subtitle = "Three crossings a day, one new pier and a very patient manager"
    dump = f"The Island Letter Subscribe Sign in\n{headline}\n{subtitle}\nJane Roe Mar 3, 2025 ♡ 12\n{_STORY}Imprint\n"
    assert read_text_dump(dump).title == headline


def test_a_dated_byline_with_counters_under_the_subtitle_stays_out_of_the_story() -> None:
    dump = f"{_MENU}Ferry to the islands runs again\nA new pier and three crossings a day\nJane Roe Mar 3, 2025 ♡ 12\n"
    article = read_text_dump(f"{dump}{_STORY}Imprint\n")
    assert article.authors == ("Jane Roe",)
    assert "♡" not in article.body


def test_a_row_of_buttons_under_a_dated_byline_signs_nothing() -> None:
    dump = f"{_MENU}Ferry to the islands runs again\n04.03.2025 09:10 Uhr   Von Jane Roe\nKommentieren Drucken Teilen\n"
    assert read_text_dump(f"{dump}{_STORY}Imprint\n").authors == ("Jane Roe",)


def test_a_sentence_naming_a_person_with_a_date_is_no_dateline() -> None:
    from briefkit.importer.stoppedheads import signed_dateline

    assert signed_dateline("Jane Roe Mar 3, 2025 ♡ 12")
    assert signed_dateline("04.03.2025 09:10 Uhr von Jane Roe")
    assert not signed_dateline("Jane Roe mit Wirkung zum 1.4.2025 zur Leiterin bestellt")


def test_a_headline_of_two_sentences_in_title_case_over_its_subtitle_is_the_headline() -> None:
    headline = "I Took the Island Ferry for a Year. Here Is What Changed."
    subtitle = "A slow boat, a patient skipper and far too much coffee"
    dump = f"{_MENU}{headline}\n{subtitle}\nJane Roe · Follow\nPublished in Coast Notes · 5 min read · Mar 3, 2025\n"
    assert read_text_dump(dump + f"{_STORY}Imprint\n").title == headline


def test_a_sentence_in_ordinary_case_over_a_dateline_is_no_title_case_headline() -> None:
    from briefkit.importer.stoppedheads import title_cased

    units = ["The ferry runs again from Monday, the operator said.", "4 March 2025"]
    assert not title_cased(units, 0, units[0])
    assert title_cased(["The Ferry Runs Again. Here Is Why.", "4 March 2025"], 0, "The Ferry Runs Again. Here Is Why.")


def test_a_caption_that_credits_its_photo_after_a_full_stop_is_no_headline() -> None:
    # the caption shares the story's words and stands right over it, the headline farther up with counters between
    caption = "The ferry to the islands at the new pier on Monday. Photo by the author"
    byline = "By Jane Roe · Follow\nPublished in Coast Notes · 5 min read · Mar 3, 2025\n\n12\n"
    dump = f"{_MENU}Spring on the islands\n{byline}\n{caption}\n\n{_STORY}Imprint\n"
    assert read_text_dump(dump).title == "Spring on the islands"


def test_a_lower_case_title_before_the_name_is_left_off() -> None:
    from briefkit.importer.bylines import parse_byline

    assert parse_byline("Door dr. Jane Roe") == ("Jane Roe",)
    dump = f"{_MENU}Ferry to the islands runs again\nDoor dr. Jane Roe · woensdag 5 maart 2025\n{_STORY}Imprint\n"
    assert read_text_dump(dump).authors == ("Jane Roe",)


def test_a_title_case_headline_over_its_deck_and_the_writers_card_is_the_headline() -> None:
    headline = "Island Ferries Are a Lifeline. The Council Keeps Cutting Them."
    deck = "Fewer crossings have saved money. They also cost the islands their doctors."
    card = "Jane Roe,\nSenior Fellow, Coastal Transport Programme\nMarch 4, 2025\n"
    dump = f"{_MENU}ANALYSIS · COASTAL TRANSPORT PROGRAMME\n{headline}\n{deck}\n{card}{_STORY}Imprint\n"
    assert read_text_dump(dump).title == headline


def test_a_stopped_headline_over_its_standfirst_then_its_byline_under_a_label_is_the_headline() -> None:
    headline = "We moved the ferry timetable online in 3 weeks. Here is what broke."
    deck = "Printing the timetable cost more than running the website, and nobody read the printed one anyway."
    dump = f"Island Notes\nHome\nArchive\nAbout\nTimetables\n{headline}\n{deck}\nPosted on 4 March 2025 by Jane Roe\n"
    article = read_text_dump(dump + f"{_STORY}Imprint\n")
    assert article.title == headline
    assert article.authors == ("Jane Roe",)

