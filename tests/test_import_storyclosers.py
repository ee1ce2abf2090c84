"""The site's lines and the writer's card a saved page sets under its story, which the extractor
keeps (see `writerbios`, `closinglines`).

Lines written for these tests, in the project's own words: the furniture goes, every sentence of the
story stays, and the shapes a story's own text takes (a signature, a sentence naming the writer, a
bracketed credit, a sentence opening on a year) are left alone.
"""

from __future__ import annotations

from typing import Any

import lxml.html

import storytexts
from briefkit.importer.closinglines import house_names, without_closing_notices
from briefkit.importer.writerbios import without_writer_bio

STORY = list(storytexts.LIBRARY)
AUTHORS = ("Mara Lindqvist",)


# the writer's card under the story


def _page(card: str, inside: str = "") -> Any:
    paragraphs = "".join(f"<p>{s}</p>" for s in STORY)
    return lxml.html.document_fromstring(
        f"<html><body><article><div class='text'>{paragraphs}{inside}</div>{card}</article></body></html>"
    )


BIO = "Reporter for the county towns since 2015. Before that she covered the harbour."


def test_the_byline_s_name_over_a_short_bio_closing_the_story_is_left_out() -> None:
    card = f"<div class='card'><img src='m.jpg' alt=''><a href='/m'>Mara Lindqvist</a><p>{BIO}</p></div>"
    assert without_writer_bio([*STORY, "Mara Lindqvist", BIO], AUTHORS, _page(card)) == STORY
    two = f"<div class='card'><b>Mara Lindqvist</b><p>{BIO}</p><p>Writes on schools.</p></div>"
    assert without_writer_bio([*STORY, "**Mara Lindqvist**", BIO, "Writes on schools."], AUTHORS, _page(two)) == STORY


def test_a_bio_run_into_the_byline_s_name_is_left_out() -> None:
    line = "Reporter for the county towns, covering the council since 2015."
    card = f"<div class='card'><p><strong>Mara Lindqvist</strong><br>{line}</p><a>ml@paper.example</a></div>"
    assert without_writer_bio([*STORY, f"Mara Lindqvist {line}"], AUTHORS, _page(card)) == STORY


def test_a_last_line_under_a_signature_in_the_story_s_element_stays() -> None:
    tree = _page("", inside=f"<p>Mara Lindqvist</p><p>{BIO}</p>")
    blocks = [*STORY, "Mara Lindqvist", BIO]
    assert without_writer_bio(blocks, AUTHORS, tree) == blocks


def test_a_signature_a_sentence_about_the_writer_or_another_name_stays() -> None:
    tree = _page(f"<div class='card'><p>Mara Lindqvist</p><p>{BIO}</p></div>")
    signed = [*STORY, "Mara Lindqvist"]
    assert without_writer_bio(signed, AUTHORS, tree) == signed
    said = [*STORY, "Mara Lindqvist said the library would open on Sundays from next month onwards."]
    assert without_writer_bio(said, AUTHORS, tree) == said
    other = [*STORY, "Jonas Berg", BIO]
    assert without_writer_bio(other, AUTHORS, tree) == other
    two = [*STORY, "Mara Lindqvist", "Jonas Berg"]  # two writers signing, one under the other
    assert without_writer_bio(two, (*AUTHORS, "Jonas Berg"), tree) == two
    long_bio = [*STORY, "Mara Lindqvist", " ".join(STORY)]  # a paragraph of the story, no card
    assert without_writer_bio(long_bio, AUTHORS, tree) == long_bio


# the site's lines under the last paragraph


def test_a_copyright_notice_under_the_story_is_left_out() -> None:
    notice = "© 2001–2024 Valley Media Group and partners. Reuse only with written permission."
    assert without_closing_notices([*STORY, notice], None, None) == STORY


def test_the_house_line_in_brackets_naming_the_site_is_left_out() -> None:
    line = "(Read all the council news and the latest updates on the Valley Courier.)"
    assert without_closing_notices([*STORY, line], "Valley Courier", None) == STORY
    assert without_closing_notices([*STORY, line], None, "https://www.valleycourier.example/news/1") == STORY


def test_a_bracketed_line_naming_an_agency_or_a_sentence_with_a_year_stays() -> None:
    credit = [*STORY, "(With reporting by the regional news agency.)"]
    assert without_closing_notices(credit, "Valley Courier", None) == credit
    dated = [*STORY, "In 2019 the council had already discussed the opening hours."]
    assert without_closing_notices(dated, "Valley Courier", None) == dated


def test_the_site_s_names_are_read_from_the_publisher_and_the_address() -> None:
    assert house_names("Valley Courier", "https://www.valley-courier.co.uk/a") == ("valleycourier", "valleycourier")


def test_the_copyright_sign_before_the_house_s_name_with_no_year_is_left_out() -> None:
    line = "© Valley Courier Media Pvt Ltd"
    assert without_closing_notices([*STORY, line], "Valley Courier", None) == STORY
    agency = [*STORY, "© Harbour Photo Agency"]  # another's name: not the house's line
    assert without_closing_notices(agency, "Valley Courier", None) == agency


def test_an_open_line_naming_the_house_is_left_out_and_a_sentence_naming_it_stays() -> None:
    line = "Reuse of this text allowed when the Valley Courier Agency is credited"
    assert without_closing_notices([*STORY, line], "Valley Courier", None) == STORY
    accented = "Texts may be reused with credit to Agência Vale"
    assert without_closing_notices([*STORY, accented], "Agencia Vale", None) == STORY
    said = [*STORY, "The mayor thanked the Valley Courier for its reporting on the library."]
    assert without_closing_notices(said, "Valley Courier", None) == said
    heading = [*STORY, "## Valley Courier archive"]
    assert without_closing_notices(heading, "Valley Courier", None) == heading
