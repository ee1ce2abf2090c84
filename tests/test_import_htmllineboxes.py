"""The site's own boxes set into a saved page's story: a one-line box, a paywall's two buttons, a play button.

Small pages written for these tests, in the project's own words: the boxes are left out, the
story's paragraphs (and a story whose every paragraph a CMS wraps alike) stay whole.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import lxml.html

import storytexts
from briefkit.importer.htmllineboxes import drop_line_boxes
from briefkit.importer.htmltails import drop_button_boxes

_L = storytexts.LIBRARY
STORY = [f"{a} {b}" for a, b in zip(_L, [*_L[1:], _L[0]], strict=True)]  # paragraphs of two sentences


def _page(inside: str = "", after: str = "", wrap: str = "") -> str:
    paras = "".join(f"<p>{s}</p>" if not wrap else f"<div class='{wrap}'><p>{s}</p></div>" for s in STORY)
    half = len(STORY) // 2
    first = paras if wrap else "".join(f"<p>{s}</p>" for s in STORY[:half])
    rest = "" if wrap else "".join(f"<p>{s}</p>" for s in STORY[half:])
    return (
        "<html><head><title>Library opens on Sundays</title></head><body><article>"
        f"<h1>Library opens on Sundays</h1><div class='body'>{first}{inside}{rest}</div>{after}"
        "</article></body></html>"
    )


def _text(html: str, drop: Callable[[Any], None] = drop_line_boxes) -> str:
    tree = lxml.html.document_fromstring(html)
    drop(tree)
    return tree.text_content()


def test_a_one_line_box_between_the_story_s_paragraphs_is_left_out() -> None:
    box = "<div class='ad-sales'><p>Want to advertise with us? Call the sales desk on 0100 200 300</p></div>"
    text = _text(_page(inside=box))
    assert "sales desk" not in text and all(s in text for s in STORY)


def test_a_one_line_box_under_the_story_past_its_tags_is_left_out() -> None:
    tags = "<div class='tags'>Topics: <a href='/a'>Libraries</a> <a href='/b'>Town</a></div>"
    box = "<div class='contact'><p>Write to the newsroom: letters@example.org</p></div>"
    text = _text(_page(after=tags + box))
    assert "letters@example.org" not in text and all(s in text for s in STORY)


def test_paragraphs_a_cms_wraps_each_in_a_box_of_one_class_stay() -> None:
    text = _text(_page(wrap="para"))
    assert all(s in text for s in STORY)


def test_a_one_line_box_over_the_story_stays() -> None:
    lead = "<div class='lead'><p>The reading room opens on Sundays from March.</p></div>"
    html = _page().replace("<div class='body'>", f"<div class='body'>{lead}")
    assert "reading room opens on Sundays from March" in _text(html)


def test_a_one_line_box_after_a_short_notice_stays() -> None:
    notice = "".join(f"<p>{s}</p>" for s in STORY[:3])
    html = (
        "<html><body><article><h1>Library</h1>"
        f"<div class='notice'>{notice}</div><div class='motto'><p>Reading is our favourite pastime.</p></div>"
        "</article></body></html>"
    )
    assert "favourite pastime" in _text(html)


def test_a_paywall_box_ending_in_two_buttons_is_left_out() -> None:
    box = (
        "<div class='wall'><p>Read this story for 0.99</p><p>Or one month of everything for 1.</p>"
        "<a href='/buy'>Buy the story</a> <a href='/login'>Already a subscriber? Log in</a></div>"
    )
    text = _text(_page(inside=box), drop_button_boxes)
    assert "0.99" not in text and "Log in" not in text and all(s in text for s in STORY)


def test_a_box_ending_in_a_play_button_is_left_out() -> None:
    box = "<div class='pod'><p>Listen to our weekly podcast on the town's libraries.</p><button>Play</button></div>"
    text = _text(_page(inside=box), drop_button_boxes)
    assert "weekly podcast" not in text and all(s in text for s in STORY)


def test_a_note_of_its_own_class_under_the_story_s_container_is_left_out() -> None:
    note = "<p class='licence'>This report is part of the agency's basic service for its clients.</p>"
    text = _text(_page(after=note))
    assert "basic service" not in text and all(s in text for s in STORY)


def test_the_story_s_own_last_paragraph_with_a_class_stays() -> None:
    html = _page().replace(f"<p>{STORY[-1]}</p>", "<p class='last'>The hours start next month.</p>")
    assert "The hours start next month." in _text(html)
