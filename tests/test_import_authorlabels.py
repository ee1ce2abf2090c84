"""Author labels beyond "By": a report's or a show's own label, a role or a CMS login in the author
field, a closing signature after a dash, and the editor named beside the writer.

Small pages and dumps written for these tests; each case is a shape real pages print.
"""

from __future__ import annotations

import json

import storytexts
from briefkit.importer.bylines import dash_signature, parse_byline
from briefkit.importer.htmlpage import read_html
from briefkit.importer.textdump import read_text_dump

BODY = (
    "<p>"
    + " ".join(["The ferry to the islands runs three times a day again now that the pier is repaired."] * 6)
    + "</p>"
)


def page(head: str = "", body: str = "", after: str = "") -> str:
    return f"<!doctype html><html><head>{head}</head><body>{body}<article>{BODY}{after}</article></body></html>"


def _read(body: str = "", after: str = "", head: str = "") -> tuple[str, ...]:
    return read_html(
        page("<title>Ferry back on time</title>" + head, "<h1>Ferry back on time</h1>" + body, after)
    ).authors


def test_a_report_label_with_its_colon_names_the_writer() -> None:
    assert parse_byline("Bericht: Jonas Feldkamp", bare=False) == ("Jonas Feldkamp",)
    assert parse_byline("Crónica: Inés Barrachina", bare=False) == ("Inés Barrachina",)
    # without its colon the noun opens a report's title, not a byline
    assert parse_byline("Bericht Hafensanierung", bare=False) == ()


def test_a_labelled_writer_among_a_datelines_parts_is_the_author() -> None:
    assert _read("<p class='info'>Sa., 12.04.2025 | Erste Herren | Bericht: Jonas Feldkamp</p>") == ("Jonas Feldkamp",)


def test_a_host_and_a_closing_report_label_sign_the_page() -> None:
    assert _read("<p class='host'>Hosted by Morag Penrose</p>") == ("Morag Penrose",)
    assert _read(after="<p><i>Report by Alden Whitcombe, Events Secretary</i></p>") == ("Alden Whitcombe",)


def test_the_editor_named_after_the_writer_is_not_the_author() -> None:
    assert _read("<div class='byline'>Por Tiago Sarmento, editado por Rui Valadares</div>") == ("Tiago Sarmento",)
    assert parse_byline("By Jane Roe, edited by Sam Poe") == ("Jane Roe",)


def test_a_details_list_entry_names_the_author() -> None:
    body = "<dl><dt>Details</dt><dd>Geschrieben von Ida Wernsdorf</dd><dd>Kategorie: Hafen</dd></dl>"
    assert _read(body) == ("Ida Wernsdorf",)


def test_a_cms_login_in_the_author_fields_gives_way_to_a_dash_signature() -> None:
    ld = json.dumps({"@type": "BlogPosting", "headline": "Ferry back on time", "author": {"name": "siteadmin"}})
    head = f'<script type="application/ld+json">{ld}</script><meta name="author" content="siteadmin">'
    after = "<p>Thanks for reading.</p><p><em>— Wren Castellow, Head of Logistics</em></p>"
    assert _read(after=after, head=head) == ("Wren Castellow",)
    # with no signature, the login is all there is
    assert _read(head=head) == ("siteadmin",)


def test_a_dash_signature_is_a_name_and_at_most_a_role() -> None:
    assert dash_signature("— Wren Castellow, Head of Logistics") == "Wren Castellow"
    assert dash_signature("— and that was the end of it") is None


_STORY = storytexts.FERRY


def _dump(under_headline: str, closing: str, after: str = "") -> str:
    return f"Home\nNews\nContact\nThe ferry runs again\n{under_headline}\n{_STORY}{closing}\n{after}Imprint\n"


def test_an_office_signing_the_post_gives_way_to_the_report_label_at_its_end() -> None:
    dump = _dump("Posted on 4th May 2025 by Secretary", "Report by Alden Whitcombe, Events Secretary")
    assert read_text_dump(dump).authors == ("Alden Whitcombe",)


def test_a_report_label_at_the_end_beats_a_league_among_the_datelines_fields() -> None:
    dump = _dump("Publicado el sábado, 3 de mayo de 2025 · Liga Costera · Sénior", "Crónica: Inés Barrachina")
    assert read_text_dump(dump).authors == ("Inés Barrachina",)


def test_a_dash_signature_closing_the_story_names_its_writer() -> None:
    dump = _dump("May 4, 2025 Operations", "— Wren Castellow, Head of Logistics", "© 2025 Harbour Supply Co. Ltd\n")
    assert read_text_dump(dump).authors == ("Wren Castellow",)


def test_an_about_box_greeting_by_the_first_name_names_the_author() -> None:
    box = "Über Ilka Brennecke\nIch bin Ilka, ich schreibe hier über Fähren und Inseln.\n"
    dump = _dump("4. Mai 2025 von Ilka", "Schlagwörter: Fähre Inseln", box)
    assert read_text_dump(dump).authors == ("Ilka Brennecke",)


def test_a_writer_who_took_the_pictures_too_is_the_author() -> None:
    from briefkit.importer.inlinebylines import find_byline

    assert find_byline("Text & Fotos: Jana Roe") == ("Jana Roe",)
    assert find_byline("Texto y fotos: Ana Ruiz") == ("Ana Ruiz",)
    assert find_byline("Текст и фото: Анна Берг") == ("Анна Берг",)
    assert find_byline("Fotos: Jana Roe") == ()  # the photographer alone is no author
