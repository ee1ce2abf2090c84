"""A saved page's headline against a shorter metadata title: when the metadata cut the headline short.

`titlepick` keeps of a heading only what the metadata titles print, to leave out a kicker or a date
run into the h1. A title can also be the heading cut short: its first sentence only, or its middle
with neither the clause before the colon nor the words the sentence goes on with. Small pages
written for these tests.
"""

from __future__ import annotations

import json

from briefkit.importer.htmlpage import read_html

BODY = (
    "<p>"
    + " ".join(["The ferry company said the timetable would change after the storm damaged the pier."] * 6)
    + "</p>"
)


def page(head: str, h1: str) -> str:
    return f"<!doctype html><html><head>{head}</head><body><article><h1>{h1}</h1>{BODY}</article></body></html>"


def ld(headline: str) -> str:
    return f'<script type="application/ld+json">{json.dumps({"@type": "Article", "headline": headline})}</script>'


def test_a_title_of_the_first_sentence_only_keeps_the_headline_second_sentence() -> None:
    h1 = "Ferry fares rise in spring. Islanders will pay a fifth more"
    head = ld("Ferry fares rise in spring") + '<meta property="og:title" content="Ferry fares rise. We pay more">'
    assert read_html(page(head, h1)).title == h1


def test_a_title_cut_from_the_middle_of_a_going_on_headline_keeps_the_whole() -> None:
    h1 = "Pier cracked in the storm: Ferry timetable changes for a month"
    head = (
        '<meta property="og:title" content="Ferry timetable changes"><title>Storm: ferry timetable | Isle Post</title>'
    )
    assert read_html(page(head, h1)).title == h1


def test_a_kicker_the_metadata_leaves_out_is_still_cut() -> None:
    # the metadata's title ends where the heading ends: the words before it are a kicker
    head = ld("Ferry timetable changes for a month after the storm")
    h1 = "Islands Ferry timetable changes for a month after the storm"
    assert read_html(page(head, h1)).title == "Ferry timetable changes for a month after the storm"
