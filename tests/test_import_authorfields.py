"""What an author field holds besides the name: a gendered label, a lower-case "von", a CMS placeholder.

Small pages written for these tests; the structured field is the page's only author claim.
"""

from __future__ import annotations

import json

from briefkit.importer.htmlpage import read_html

BODY = (
    "<p>" + " ".join(["The library reopens on Monday with longer hours and a new reading room upstairs."] * 6) + "</p>"
)


def page(author: str) -> str:
    ld = {"@type": "NewsArticle", "headline": "Library reopens", "author": {"@type": "Person", "name": author}}
    head = f'<title>Library reopens</title><script type="application/ld+json">{json.dumps(ld)}</script>'
    return (
        f"<!doctype html><html><head>{head}</head><body><h1>Library reopens</h1><article>{BODY}</article></body></html>"
    )


def test_a_gendered_label_before_the_name_is_cut() -> None:
    assert read_html(page("Autor/in: Mara Lindqvist")).authors == ("Mara Lindqvist",)
    assert read_html(page("Autor*in: Mara Lindqvist")).authors == ("Mara Lindqvist",)


def test_a_lower_case_von_before_a_capitalised_name_is_the_byline_word() -> None:
    assert read_html(page("von Mara Lindqvist")).authors == ("Mara Lindqvist",)


def test_a_name_s_own_particle_stays() -> None:
    assert read_html(page("von der Aue")).authors == ("von der Aue",)


def test_a_placeholder_in_the_author_field_names_nobody() -> None:
    assert read_html(page("Unknown")).authors == ()
    assert read_html(page("publisher")).authors == ()
