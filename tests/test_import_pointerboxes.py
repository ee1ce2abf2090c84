"""Boxes pointing elsewhere set into a saved page's story: a label the language lists hold not, over links.

Small pages written for these tests, in the project's own words: a box of a short label over one
or a few headline links goes, whatever its label says; a byline's box and a story's linked
sentence stay.
"""

from __future__ import annotations

import lxml.html

import storytexts
from briefkit.importer.downloadcards import drop_download_cards
from briefkit.importer.pointerboxes import drop_pointer_boxes

STORY = storytexts.LIBRARY


def _text(inside: str) -> str:
    paras = "".join(f"<p>{s}</p>" for s in STORY[:2]) + inside + "".join(f"<p>{s}</p>" for s in STORY[2:])
    tree = lxml.html.document_fromstring(
        f"<html><body><article><h1>Library</h1><div>{paras}</div></article></body></html>"
    )
    drop_pointer_boxes(tree)
    drop_download_cards(tree)
    return tree.text_content()


def test_a_label_in_no_listed_words_over_one_headline_link_goes() -> None:
    box = "<div class='x'><p>From our partners</p><a href='/p'>How to pick a reading lamp for a small flat</a></div>"
    text = _text(box)
    assert "reading lamp" not in text and "partners" not in text and all(s in text for s in STORY)


def test_a_label_over_two_headline_links_goes() -> None:
    box = (
        "<aside><span>Valley news</span><a href='/a'>The ferry timetable changes from May onwards</a>"
        "<a href='/b'>Town hall square to get new benches this summer</a></aside>"
    )
    assert "ferry timetable" not in _text(box)


def test_a_byline_box_of_a_name_stays() -> None:
    box = "<div><span>Written by</span><a href='/people/ann'>Ann Example</a></div>"
    assert "Ann Example" in _text(box)


def test_a_sentence_with_a_link_in_it_stays() -> None:
    box = (
        "<div><p>Opening hours</p><a href='/h'>The new hours are posted at the door</a> and on the notice board.</div>"
    )
    assert "new hours are posted" in _text(box)


def test_a_label_that_is_a_sentence_stays() -> None:
    box = "<div><p>The club has a page.</p><a href='/c'>The reading club meets on the first Monday</a></div>"
    assert "reading club meets" in _text(box)


def test_a_download_card_of_a_title_over_its_files_format_and_size_goes() -> None:
    card = "<div class='card'><p>Opening hours review</p><p>PDF, 1.4 MB · County library service</p></div>"
    text = _text(card)
    assert "Opening hours review" not in text and "1.4 MB" not in text and all(s in text for s in STORY)


def test_a_storys_paragraph_naming_a_files_size_stays() -> None:
    para = (
        "<p>The review, a PDF of 1.4 MB, is on the council's website and lists every branch "
        "that will open on Sundays from next month onwards.</p>"
    )
    assert "a PDF of 1.4 MB" in _text(para)
