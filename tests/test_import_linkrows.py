"""Rows of links, tables of dated headlines and readers' posts a saved page sets in or under its
story's element (see `linkrows`, `signedposts`), cut before the extractor reads the page.

Pages written for these tests, in the project's own words: the furniture goes, every sentence of the
story stays, and the shapes a story's own text takes (links inside a sentence, a row of names, a
timeline table, a live page's entries by one writer) are left alone.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import lxml.html

import storytexts
from briefkit.importer.linkrows import drop_link_rows
from briefkit.importer.signedposts import drop_signed_posts

STORY = list(storytexts.LIBRARY)


# rows of links and tables of dated headlines


def _page(inside: str = "", after: str = "") -> str:
    paragraphs = "".join(f"<p>{s}</p>" for s in STORY)
    return (
        "<html><body><table><tr><td><h1>Library opens on Sundays</h1>"
        f"{paragraphs}{inside}</td></tr></table>{after}</body></html>"
    )


def _text(html: str, drop: Callable[[Any], None]) -> str:
    tree = lxml.html.document_fromstring(html)
    drop(tree)
    return " ".join(tree.text_content().split())


def test_a_row_of_links_only_is_left_out() -> None:
    row = "<p><a href='/p'>Print this page</a> | <a href='/s'>Send to a friend</a> | <a href='/l'>Write to us</a></p>"
    text = _text(_page(inside=row), drop_link_rows)
    assert "Send to a friend" not in text and all(s in text for s in STORY)


def test_links_inside_a_sentence_or_a_row_of_names_stay() -> None:
    sentence = "<p>The plan is on <a href='/a'>the council site</a> and in <a href='/b'>the library</a>.</p>"
    names = "<p><a href='/a'>Ann Berg</a> <a href='/b'>Tom Falk</a></p>"
    for box in (sentence, names):
        assert lxml.html.fromstring(box).text_content().strip() in _text(_page(inside=box), drop_link_rows)


def test_a_table_of_dated_headlines_is_left_out() -> None:
    table = (
        "<table><tr><td colspan='2'>More from this section</td></tr>"
        "<tr><td>03.05.2024</td><td><a href='/1'>Swimming pool opens two weeks early</a></td></tr>"
        "<tr><td>29.04.2024</td><td><a href='/2'>New cycle lane on the river road</a></td></tr>"
        "<tr><td>22.04.2024</td><td><a href='/3'>Market square gets more benches</a></td></tr></table>"
    )
    text = _text(_page(inside=table), drop_link_rows)
    assert "cycle lane" not in text and "More from this section" not in text and all(s in text for s in STORY)


def test_a_story_s_own_timeline_table_stays() -> None:
    table = (
        "<table><tr><td>03.05.2020</td><td>The library closes on Sundays</td></tr>"
        "<tr><td>29.04.2023</td><td>Parents hand in their letter</td></tr></table>"
    )
    assert "Parents hand in their letter" in _text(_page(inside=table), drop_link_rows)


# readers' posts told by their signatures


def _posts(signatures: list[str], cls: str = "post") -> str:
    said = ["Good news, we waited long enough.", "What about the opening hours on Saturdays?", "About time!"]
    return "".join(
        f"<div class='{cls}'><p>{sig}</p><p>{said[i % len(said)]}</p></div>" for i, sig in enumerate(signatures)
    )


def test_a_run_of_signed_posts_under_the_story_is_left_out() -> None:
    thread = (
        "<div class='thread'><p><b>Answer this article</b></p>"
        + _posts(["4 May 2024, by Ann B.", "5 May 2024, by a neighbour", "5 May 2024, by Tom"])
        + "<form><input name='x'></form></div>"
    )
    text = _text(_page(after=thread), drop_signed_posts)
    assert "waited long enough" not in text and "Answer this article" not in text
    assert all(s in text for s in STORY)


def test_a_live_page_s_entries_by_one_writer_stay() -> None:
    entries = _posts(["4 May 2024, by Mara Lindqvist", "4 May 2024, by Mara Lindqvist"])
    assert "waited long enough" in _text(_page(after=entries), drop_signed_posts)


def test_signed_posts_over_the_story_stay() -> None:
    posts = _posts(["4 May 2024, by Ann B.", "5 May 2024, by Tom"])
    html = f"<html><body>{posts}{''.join(f'<p>{s}</p>' for s in STORY[:1])}</body></html>"
    assert "waited long enough" in _text(html, drop_signed_posts)


def test_a_timeline_s_dated_entries_or_a_box_among_the_story_s_paragraphs_stay() -> None:
    timeline = _posts(["4 May 2024", "5 June 2024", "8 July 2024"])
    assert "waited long enough" in _text(_page(after=f"<div class='t'>{timeline}</div>"), drop_signed_posts)
    signed = _posts(["4 May 2024, by Ann B.", "5 May 2024, by Tom"])
    prose = "".join(f"<p>{a} {b}</p>" for a, b in zip(STORY, STORY[1:], strict=False))
    html = f"<html><body><div>{prose}<div class='t'>{signed}</div>{prose}</div></body></html>"
    assert "waited long enough" in _text(html, drop_signed_posts)


def test_a_labelled_row_of_tags_is_left_out_but_an_unlabelled_list_of_names_stays() -> None:
    tags = "<p><b>Topics:</b> <a href='/t/1'>libraries</a>, <a href='/t/2'>county council</a></p>"
    text = _text(_page(inside=tags), drop_link_rows)
    assert "county council" not in text and all(s in text for s in STORY)
    names = "<p><a href='/a'>Ann Berg</a>, <a href='/b'>Tom Falk</a></p>"
    assert "Tom Falk" in _text(_page(inside=names), drop_link_rows)


def test_dated_headlines_in_one_cell_or_as_lines_in_a_row_are_left_out() -> None:
    cells = (
        "<table><tr><td>Also on the site</td></tr>"
        "<tr><td>• <a href='/1'>Swimming pool opens two weeks early</a> <span>(May 3, 2024)</span></td></tr>"
        "<tr><td>• <a href='/2'>New cycle lane on the river road</a> <span>(Apr 29, 2024)</span></td></tr></table>"
    )
    lines = (
        "<div class='feed'><p><span>15:02</span> <a href='/1'>Swimming pool opens two weeks early</a></p>"
        "<p><span>14:45</span> <a href='/2'>New cycle lane on the river road</a></p></div>"
    )
    for box in (cells, lines):
        text = _text(_page(after=box), drop_link_rows)
        assert "cycle lane" not in text and all(s in text for s in STORY)


def test_a_line_with_a_link_and_a_date_inside_a_sentence_stays() -> None:
    line = "<p>The council published <a href='/r'>its report</a> on 3 May 2024, a week before the vote.</p>"
    html = _page(inside=line + line.replace("its report", "the minutes"))
    assert "a week before the vote" in _text(html, drop_link_rows)


def test_dated_links_to_many_sites_a_press_review_stay() -> None:
    review = (
        "<ul><li>3 May 2024: <a href='https://one.example/a'>Radio report</a></li>"
        "<li>29 April 2024: <a href='https://two.example/b'>Evening paper</a></li></ul>"
    )
    assert "Evening paper" in _text(_page(inside=review), drop_link_rows)
