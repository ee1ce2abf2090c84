"""Which of a saved page's dates is its own when some places speak for something else (fixtures in our own words).

A teaser that is one link with its `<time>` inside dates another story; a JSON-LD record whose headline
shares no word with the page's is a template's or the section's, and its date loses to the printed one; a
line labelled as the publication's dates the story wherever it stands, also under the text; a slashed date
with its weekday says which of its numbers is the month.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from briefkit.importer.dates import find_date as text_find_date
from briefkit.importer.htmlpage import read_html
from briefkit.importer.metapick import find_date
from briefkit.importer.weekdayorder import in_weekday_order, printed_weekday

BODY = (
    "<p>"
    + " ".join(["The island's water board agreed a new pipeline to the northern villages after a dry summer."] * 6)
    + "</p>"
)
HEADLINE = "Island water board approves northern pipeline"


def page(head: str = "", body: str = "", after: str = "") -> str:
    head = f"<title>{HEADLINE} | The Island Post</title>{head}"
    return f"<!doctype html><html><head>{head}</head><body>{body}{BODY}{after}</body></html>"


def _ld(record: str) -> str:
    return f'<script type="application/ld+json">{record}</script>'


def day_of(when: datetime | date | None) -> date | None:
    return when.date() if isinstance(when, datetime) else when


def test_a_teaser_that_is_one_link_dates_its_own_story() -> None:
    body = f"<article><h1>{HEADLINE}</h1><div class='meta'><span class='date'>8 May 2024, 18:40</span></div>"
    related = (
        "</article><section class='related'><h2>Read also</h2>"
        "<a href='/news/harbour-fees' class='item'>Harbour fees rise for ferries <time>23 April 2024</time></a>"
        "<a href='/news/school-roof' class='item'>School roof repaired before winter <time>11 April 2024</time></a>"
        "<a href='/news/museum' class='item'>Museum reopens its east wing <time>19 March 2024</time></a></section>"
    )
    assert day_of(read_html(page("", body, related)).published) == date(2024, 5, 8)


@pytest.mark.parametrize(
    "record",
    [
        # a theme's default record: a placeholder headline and its default day
        '{"@type": "NewsArticle", "headline": "Article headline", "datePublished": "2019-01-01T00:00:00+00:00"}',
        # the section's own page, filed years before the story
        '{"@graph": [{"@type": "WebPage", "@id": "https://islandpost.example/news", "name": "Regional",'
        ' "datePublished": "2016-04-02T12:00:00+00:00"}]}',
    ],
)
def test_a_json_ld_record_naming_something_else_loses_to_the_printed_date(record: str) -> None:
    body = f"<h1>{HEADLINE}</h1><div class='byline'>Posted on Wednesday 18 September 2024 7:45 am</div>"
    head = _ld(record) + '<meta property="article:modified_time" content="2024-09-19T10:12:40+00:00">'
    assert day_of(read_html(page(head, body)).published) == date(2024, 9, 18)


def test_a_json_ld_record_giving_the_headline_still_dates_the_page() -> None:
    record = f'{{"@type": "NewsArticle", "headline": "{HEADLINE}", "datePublished": "2024-09-17T06:00:00+00:00"}}'
    assert day_of(read_html(page(_ld(record), f"<h1>{HEADLINE}</h1>")).published) == date(2024, 9, 17)


@pytest.mark.parametrize(
    ("label", "updated"),
    [
        ("Δημοσιεύθηκε: 21 Σεπτεμβρίου 2021, 18:30", "Τελευταία ενημέρωση: 22 Σεπτεμβρίου 2021, 09:05"),
        ("Published: 21 September 2021, 18:30", "Last updated: 22 September 2021, 09:05"),
        ("Opublikowano: 21 września 2021, 18:30", "Aktualizacja: 22 września 2021, 09:05"),
    ],
)
def test_the_one_publication_line_under_the_story_beats_the_header_clock(label: str, updated: str) -> None:
    # the header prints the day the page was saved, the story's date stands only under its last paragraph
    top = "<div class='topbar'><span class='top_date'>Wednesday, 22 September 2021</span>"
    top += "<a href='/contact'>Contact</a></div>"
    body = f"{top}<h1>{HEADLINE}</h1><p class='credits'>Text: Ana Roe</p>"
    after = f"<p class='note'>{label} · {updated}</p>"
    assert day_of(read_html(page("", body, after)).published) == date(2021, 9, 21)


def test_a_weekday_before_a_slashed_date_names_its_month() -> None:
    line = "Submitted by Ana Roe on Mon, 10/02/2023 - 09:15"
    assert find_date(line) == datetime(2023, 10, 2, 9, 15)
    assert text_find_date(line) == datetime(2023, 10, 2, 9, 15)
    assert find_date("Fri, 10/02/2023") == date(2023, 2, 10)  # the weekday of the day-first reading: kept
    assert find_date("10/02/2023") == date(2023, 2, 10)  # no weekday: day first, as before
    assert text_find_date("Sat, 13/02/2023") == date(2023, 2, 13)  # only one reading is a date


def test_weekday_names_in_many_languages() -> None:
    assert printed_weekday("Lundi ") == 0
    assert printed_weekday("Senin, ") == 0
    assert printed_weekday("on Wed, ") == 2
    assert printed_weekday("Ana Roe ") is None
    assert printed_weekday("Di., ") == 1
    assert printed_weekday("articolo di ") is None  # a two-letter form counts only with its stop or comma
    assert in_weekday_order(date(2023, 2, 10), "Montag, ", "10/02/2023") == date(2023, 10, 2)
    assert in_weekday_order(date(2023, 2, 10), "Montag, ", "10.02.2023") == date(2023, 2, 10)  # dotted: day first


def test_a_drupal_submitted_line_dates_the_page() -> None:
    body = f"<h1>{HEADLINE}</h1><div class='submitted'>Submitted by Ana Roe on Mon, 10/02/2023 - 09:15</div>"
    head = '<meta name="dcterms.date" content="2023-10-02">'
    assert day_of(read_html(page(head, body)).published) == date(2023, 10, 2)
