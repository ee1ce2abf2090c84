"""A saved page's boxes set into and under its story, and the publisher's name in its markup.

A calendar box of the town's dates between two paragraphs, the role line of an author box under
the story, and an author field that the page's JSON-LD declares an organisation. Small pages
written for these tests.
"""

from __future__ import annotations

import json

import storytexts
from briefkit.importer.datedlists import calendar_entry
from briefkit.importer.htmlpage import read_html

STORY = storytexts.LIBRARY
PARAS = [f"<p>{s}</p>" for s in STORY]


def _page(inner: str, head: str = "") -> str:
    return (
        f"<html lang='en'><head><title>Library opens on Sundays</title>{head}</head><body>"
        f"<article><h1>Library opens on Sundays</h1>{inner}</article></body></html>"
    )


def _box(*entries: str) -> str:
    items = "".join(f"<li>{e}</li>" for e in entries)
    return f"<div class='box'><b>Dates in town</b><ul>{items}</ul></div>"


def test_a_calendar_box_between_two_paragraphs_is_left_out() -> None:
    inner = (
        "".join(PARAS[:2])
        + _box("16.05. Flea market at the old school", "21.05. Choir in the chapel")
        + "".join(PARAS[2:])
    )
    body = read_html(_page(inner)).body
    assert "Flea market" not in body and "Choir in the chapel" not in body
    assert STORY[1] in body and STORY[-1] in body


def test_dated_lists_the_story_announces_or_writes_in_sentences_stay() -> None:
    # the calendar's shape, in the ways a day is printed
    for entry in ("16 May Flea market", "May 21 Choir in the chapel", "16.05.2026 Fair", "Sa., 23.05. Fair"):
        assert calendar_entry(entry), entry
    # a timeline in sentences, a recipe's quantities: no calendar's lines
    for entry in ("16.05. The council votes on the plan.", "1/2 cup of milk", "1.5 litres of water", "2019 Fair"):
        assert not calendar_entry(entry), entry
    box = _box("16.05. Flea market at the old school", "21.05. Choir in the chapel")
    # announced by the story's paragraph ("on these days:"), set in the story's flow, or closing it: the story's
    announcing = f"<p>{STORY[1].removesuffix('.')} on these days:</p>"
    assert "Flea market" in read_html(_page(PARAS[0] + announcing + box + "".join(PARAS[2:]))).body
    flow = "<ul><li>16.05. Flea market at the old school</li><li>21.05. Choir in the chapel</li></ul>"
    assert "Flea market" in read_html(_page("".join(PARAS[:2]) + flow + "".join(PARAS[2:]))).body
    assert "Flea market" in read_html(_page("".join(PARAS) + box)).body


def test_the_role_line_under_an_author_box_s_name_is_left_out() -> None:
    box = "<div class='about'><b>Author</b><br>Jane Roe<br><small>Reporter for the valley's towns</small></div>"
    article = read_html(_page("".join(PARAS) + box))
    assert article.authors == ("Jane Roe",)
    assert "Reporter for the valley" not in article.body
    assert STORY[-1] in article.body


def test_a_last_sentence_under_a_signature_stays() -> None:
    closing = "<p>Jane Roe</p><p>She will report from the opening day.</p>"
    head = '<meta name="author" content="Jane Roe">'
    article = read_html(_page("".join(PARAS) + closing, head))
    assert "She will report from the opening day." in article.body


def test_an_author_field_the_json_ld_calls_an_organisation_yields_to_a_dateline_s_name() -> None:
    ld = {
        "@context": "https://schema.org",
        "@type": "Article",
        "headline": "Library opens on Sundays",
        "author": {"@type": "Organization", "name": "Valley Courier Online"},
    }
    script = f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    head = '<meta name="author" content="Valley Courier Online">' + script
    dateline = "<div class='meta'>02.06.2026 | Dr. Jane Roe | Culture</div>"
    article = read_html(_page(dateline + "".join(PARAS), head))
    assert article.authors == ("Dr. Jane Roe",)
    # with no person named anywhere the organisation is still the last resort
    assert read_html(_page("".join(PARAS), head)).authors == ("Valley Courier Online",)


def test_a_role_line_under_the_signing_name_leaves_the_story_s_end() -> None:
    from briefkit.importer.htmltails import without_role_line

    story = [*STORY, "Jane Roe"]
    assert without_role_line([*story, "Reporter for the valley's towns"], ("Jane Roe",)) == story
    # a sentence, a second writer's name, or a line under a name that is not the byline's: kept
    for last in ("She reports from the valley's towns.", "Sam Poe"):
        assert without_role_line([*story, last], ("Jane Roe", "Sam Poe")) == [*story, last]
    assert without_role_line([*story, "Reporter for the towns"], ("Sam Poe",)) == [*story, "Reporter for the towns"]
