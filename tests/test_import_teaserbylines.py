"""A teaser card's byline: a link to another story holding its picture, headline and "By …".

Rails of "more stories" print each card's writer; that writer wrote the other story, not this one.
Such a byline counts only when nothing else on the page names anyone (a section's page).
"""

from __future__ import annotations

import json

from briefkit.importer.htmlpage import read_html

BODY = (
    "<p>"
    + " ".join(["The ferry timetable changes next month and the evening crossing moves an hour earlier."] * 6)
    + "</p>"
)


def card(writer: str, slug: str) -> str:
    return (
        f'<div class="card"><a href="/stories/{slug}"><img src="{slug}.jpg" alt="">'
        f'<h3>Another story about {slug}</h3><div class="author-name">Von {writer}</div></a></div>'
    )


def page(head: str = "", top: str = "", article: str = "") -> str:
    return f"<!doctype html><html><head>{head}</head><body>{top}<article>{article}{BODY}</article></body></html>"


def test_a_card_byline_before_the_headline_gives_way_to_the_story_s_own() -> None:
    top = card("Sam Poe", "lighthouse") + "<h1>Ferry timetable changes</h1>"
    html = page("<title>Ferry timetable changes</title>", top, "<p>Von Mara Lindqvist</p>")
    assert read_html(html).authors == ("Mara Lindqvist",)


def test_a_card_byline_never_beats_the_organisation_that_signs_the_story() -> None:
    ld = {
        "@type": "NewsArticle",
        "headline": "Ferry timetable changes",
        "author": {"@type": "Organization", "name": "Harbour Courier"},
    }
    head = f'<script type="application/ld+json">{json.dumps(ld)}</script><title>Ferry timetable changes</title>'
    top = "<h1>Ferry timetable changes</h1>" + card("Sam Poe", "lighthouse") + card("Sam Poe", "pier")
    assert "Sam Poe" not in read_html(page(head, top)).authors


def test_a_page_naming_nobody_but_its_cards_writer_keeps_that_writer() -> None:
    # a writer's or a section's page: every card it lists is by the same person
    top = "<h1>Ferry timetable changes</h1>" + card("Sam Poe", "lighthouse") + card("Sam Poe", "pier")
    assert read_html(page("<title>Ferry timetable changes</title>", top)).authors == ("Sam Poe",)
