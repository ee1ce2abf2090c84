"""A story's lead printed as the body's loose text before its first `<p>` (`looseleads`).

Small pages written for these tests: a bold dateline and the lead straight in the body's element.
"""

from __future__ import annotations

from lxml import html

from briefkit.importer.htmlpage import read_html
from briefkit.importer.looseleads import wrap_loose_leads

LEAD = (
    "<strong>Portside (Wire).-</strong> The harbour board approved on Tuesday a plan to widen the northern quay, "
    "a project that has waited for its funding since the storm of three winters ago."
)
PARA = (
    "<p>Fishermen welcomed the decision but asked the board to keep the old slipway open while the works "
    "go on, since the southern one is too shallow at low tide for the larger boats.</p>"
)


def test_the_loose_lead_is_wrapped_into_a_paragraph() -> None:
    tree = html.fromstring(f"<html><body><div class='body'>{LEAD}{PARA}{PARA}</div></body></html>")
    wrap_loose_leads(tree)
    first = tree.xpath("//div/p")[0].text_content()
    assert first.startswith("Portside (Wire).-") and first.endswith("three winters ago.")


def test_a_short_label_or_a_single_paragraph_is_left_alone() -> None:
    for body in (f"Updated{PARA}{PARA}", f"{LEAD}{PARA}", f"{LEAD}<h2>Quay</h2>{PARA}{PARA}"):
        tree = html.fromstring(f"<html><body><div class='body'>{body}</div></body></html>")
        before = html.tostring(tree)
        wrap_loose_leads(tree)
        assert html.tostring(tree) == before


def test_the_lead_reaches_the_story() -> None:
    page = (
        "<!doctype html><html><head><title>Quay works approved | Harbour Herald</title></head><body><article>"
        f"<h1>Quay works approved</h1><div class='body'>{LEAD}{PARA}{PARA}{PARA}</div></article></body></html>"
    )
    assert "waited for its funding since the storm" in read_html(page).body
