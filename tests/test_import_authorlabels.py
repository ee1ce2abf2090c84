"""Author labels beyond "By": a report's or a show's own label, a role or a CMS login in the author
field, a closing signature after a dash, and the editor named beside the writer.

Small pages and dumps written for these tests; each case is a shape real pages print.
"""

from __future__ import annotations

import json

from briefkit.importer.bylines import dash_signature, parse_byline
from briefkit.importer.htmlpage import read_html

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
