"""The small boxes around a saved story (see `storyfringe`) and the lead printed right under the headline.

Small pages written for these tests, in the project's own words: the boxes go, the story's
paragraphs stay whole, and a box inside the story, a spacer or a row of years is left alone.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import lxml.html

import storytexts
from briefkit.importer.headlinelead import lead_under_headline
from briefkit.importer.htmltails import drop_ad_boxes
from briefkit.importer.storyfringe import drop_address_lines, drop_headed_boxes_after_story, drop_slot_labels

_L = storytexts.LIBRARY
STORY = [f"{a} {b}" for a, b in zip(_L, [*_L[1:], _L[0]], strict=True)]  # paragraphs of two sentences


def _page(inside: str = "", after: str = "", head: str = "") -> str:
    half = len(STORY) // 2
    first = "".join(f"<p>{s}</p>" for s in STORY[:half])
    rest = "".join(f"<p>{s}</p>" for s in STORY[half:])
    return (
        "<html><head><title>Library opens on Sundays</title></head><body><article>"
        f"<h1>Library opens on Sundays</h1>{head}<div class='body'>{first}{inside}{rest}</div>{after}"
        "</article></body></html>"
    )


def _text(html: str, drop: Callable[[Any], None]) -> str:
    tree = lxml.html.document_fromstring(html)
    drop(tree)
    return tree.text_content()


def test_a_headed_box_after_the_story_s_container_is_left_out() -> None:
    box = "<div class='next'><h4>Next reading evening</h4><p>Friday at seven in the small hall</p></div>"
    text = _text(_page(after=box), drop_headed_boxes_after_story)
    assert "small hall" not in text and "Next reading" not in text and all(s in text for s in STORY)


def test_a_headed_box_inside_the_story_or_a_long_one_after_it_stays() -> None:
    box = "<div class='facts'><h4>In figures</h4><p>Twelve thousand books on two floors</p></div>"
    assert "Twelve thousand" in _text(_page(inside=box), drop_headed_boxes_after_story)
    long_box = f"<div class='more'><h3>How it began</h3><p>{STORY[0]} {STORY[1]}</p></div>"
    assert "How it began" in _text(_page(after=long_box), drop_headed_boxes_after_story)


def test_a_label_over_an_empty_slot_is_left_out() -> None:
    box = "<div class='x'><p>the story goes on below the player</p><div data-player='7'></div></div>"
    text = _text(_page(inside=box), drop_slot_labels)
    assert "goes on below" not in text and all(s in text for s in STORY)


def test_a_row_of_years_a_name_or_a_label_over_a_spacer_stays() -> None:
    years = "<div class='x'><span>1990 2000 2010 2020</span><div id='axis'></div></div>"
    name = "<div class='x'><span>Riverside Reading Room</span><div id='logo'></div></div>"
    spacer = "<div class='x'><p>the story goes on below the player</p><div class='clear'></div></div>"
    for box in (years, name, spacer):
        text = _text(_page(inside=box), drop_slot_labels)
        assert lxml.html.fromstring(box).text_content().strip() in text


def test_a_line_of_addresses_under_the_last_paragraph_is_left_out() -> None:
    line = "<p>ann@paper.example · bo@paper.example</p>"
    html = _page().replace("</div></article>", f"{line}</div></article>")
    text = _text(html, drop_address_lines)
    assert "ann@paper.example" not in text and all(s in text for s in STORY)
    header = "<p>desk@paper.example</p>"  # a contact line at the top, over no paragraph of the story
    assert "desk@paper.example" in _text(_page(head=header), drop_address_lines)


def test_an_ad_box_labelled_in_another_language_is_left_out() -> None:
    box = "<div class='a'><span>ADV</span><p>Summer offers: two nights by the lake for a low price</p></div>"
    text = _text(_page(inside=box), drop_ad_boxes)
    assert "two nights" not in text and all(s in text for s in STORY)


def test_the_lead_right_under_the_only_headline_is_read() -> None:
    lead = "The town's library will open on Sundays from March, after readers asked for it for years."
    tree = lxml.html.document_fromstring(_page(head=f"<div class='top'>{lead}</div>"))
    assert lead_under_headline(tree) == lead
    kicker = lxml.html.document_fromstring(_page(head="<div class='top'>By the desk, today</div>"))
    assert lead_under_headline(kicker) is None



def test_a_long_block_under_the_headline_is_the_storys_paragraph_not_its_lead() -> None:
    # a page whose story is one long element under the h1 must not make that element its summary
    # (a 250,000-character summary also took seconds to write out as YAML)
    block = " ".join(["The council met again on Monday and heard from the harbour board about the quay."] * 12)
    tree = lxml.html.document_fromstring(_page(head=f"<div class='top'>{block}</div>"))
    assert lead_under_headline(tree) is None

def test_a_headed_box_printing_a_bank_account_number_is_left_out() -> None:
    from briefkit.importer.appealboxes import drop_appeal_boxes

    account = "IBAN GB33 BUKB 2020 1555 5555 55"
    box = f"<div class='k'><strong>Roof fund 2026</strong><p>Help keep the hall dry. {account}</p></div>"
    text = _text(_page(inside=box), drop_appeal_boxes)
    assert "Roof fund" not in text and all(s in text for s in STORY)
    plain = "<div class='k'><strong>Roof works</strong><p>The roof was mended in the spring by a local firm.</p></div>"
    assert "mended in the spring" in _text(_page(inside=plain), drop_appeal_boxes)


def test_a_paragraph_of_a_colon_label_and_one_headline_link_is_left_out() -> None:
    from briefkit.importer.pointerboxes import drop_pointer_boxes

    line = "<p>See as well: <a href='/x'>Museum night draws a record crowd to the old harbour</a></p>"
    text = _text(_page(inside=line), drop_pointer_boxes)
    assert "Museum night" not in text and all(s in text for s in STORY)
    sentence = "<p>The council said so in <a href='/r'>its yearly report on the town's reading rooms</a></p>"
    assert "yearly report" in _text(_page(inside=sentence), drop_pointer_boxes)


def test_a_writer_s_card_over_the_story_is_left_out_but_a_portrait_in_a_figure_stays() -> None:
    from briefkit.importer.storyfringe import drop_writer_cards

    card = (
        "<div class='w'><img src='/w.jpg' alt='Nora Elling'><div><p>Nora Elling</p>"
        "<p>Nora Elling has run the reading club for nine years and chairs the friends of the library.</p></div></div>"
    )
    text = _text(_page(head=card), drop_writer_cards)
    assert "reading club for nine" not in text and all(s in text for s in STORY)
    figure = (
        "<div class='f'><figure><img src='/p.jpg' alt='Nora Elling'><figcaption>Nora Elling</figcaption></figure></div>"
    )
    assert "Nora Elling" in _text(_page(head=figure), drop_writer_cards)
