"""A saved page's headline when a label, the site's own name or a social title's short form competes with it.

Small pages written for these tests: a section's name in the h1 over a microdata headline, an
office's name in the h1 over the heading that prints og:title, a headline whose last word the social
title drops, and an old table page that sets its headline in a styled cell instead of a heading.
"""

from __future__ import annotations

from briefkit.importer.htmlpage import read_html

STORY = " ".join(["The ferry board agreed on Tuesday to keep the night crossing running through the winter."] * 5)


def page(head: str, body: str) -> str:
    return f"<!doctype html><html><head>{head}</head><body>{body}</body></html>"


def test_a_section_name_in_the_h1_gives_way_to_the_microdata_headline_over_the_story() -> None:
    # "Section | Site" in <title> and og:title alike: the h1 agrees with it, yet names only the section
    head = '<title>Transport | Lakeside Herald</title><meta property="og:title" content="Transport | Lakeside Herald">'
    body = (
        "<h1>Transport</h1>"
        '<article itemscope itemtype="https://schema.org/NewsArticle">'
        '<h2 itemprop="headline">Night ferry keeps sailing until the spring thaw</h2>'
        f"<p>{STORY}</p><p>{STORY}</p></article>"
    )
    assert read_html(page(head, body)).title == "Night ferry keeps sailing until the spring thaw"


def test_a_section_name_in_the_h1_stays_when_the_microdata_headline_only_expands_it() -> None:
    title = "Ferry timetable | Lakeside Herald"
    head = f'<title>{title}</title><meta property="og:title" content="{title}">'
    body = (
        "<h1>Ferry timetable</h1>"
        '<article itemscope itemtype="https://schema.org/NewsArticle">'
        '<h2 itemprop="headline">Ferry timetable for the winter months ahead</h2>'
        f"<p>{STORY}</p><p>{STORY}</p></article>"
    )
    assert read_html(page(head, body)).title == "Ferry timetable"


def test_an_office_name_in_the_h1_gives_way_to_the_heading_that_prints_og_title() -> None:
    # the <title> ends in the office's name, which the h1 prints over every release; og:title is the release's
    head = (
        "<title>Release notes: Harbour Works Office</title>"
        '<meta property="og:title" content="Night ferry keeps sailing until the spring thaw">'
    )
    body = (
        "<h1>Harbour Works Office</h1>"
        "<main><h2>Night ferry keeps sailing until the spring thaw</h2>"
        f"<p>{STORY}</p><p>{STORY}</p></main>"
    )
    assert read_html(page(head, body)).title == "Night ferry keeps sailing until the spring thaw"


def test_a_lower_case_afterthought_after_a_dash_stays_in_the_headline() -> None:
    # og:title drops the "– for now" the printed headline ends with
    head = (
        "<title>Ferries: Night crossing saved | Lakeside Herald</title>"
        '<meta property="og:title" content="Night crossing saved">'
    )
    body = f"<main><h1>Night crossing saved – for now</h1><p>{STORY}</p><p>{STORY}</p></main>"
    assert read_html(page(head, body)).title == "Night crossing saved – for now"


def test_a_table_page_headline_in_a_styled_cell_carries_on_the_shorter_title() -> None:
    # no heading at all: the <title> cut the headline short, the cell over the story prints it whole
    head = "<title>Lakeside Herald - Night ferry keeps sailing</title>"
    body = (
        "<table><tr><td>"
        '<table><tr><td class="head">Night ferry keeps sailing until the spring thaw</td></tr></table>'
        f"<p>{STORY}</p><p>{STORY}</p>"
        "</td></tr></table>"
    )
    assert read_html(page(head, body)).title == "Night ferry keeps sailing until the spring thaw"
