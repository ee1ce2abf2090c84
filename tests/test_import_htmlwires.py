"""A saved page's writer where the markup names someone else: an editor, a wire's initials, a sidebar's story.

Small pages written for these tests: a credits line that gives the reporting to two people and the
editing to a third whom the JSON-LD files as the author; a wire story whose JSON-LD "Person" is the
agency's initials and whose writer is credited under bracketed labels at its end; a page carrying
the JSON-LD of a story in its sidebar before its own.
"""

from __future__ import annotations

import json

from briefkit.importer.credits import other_credits, writer_credit
from briefkit.importer.htmlpage import read_html

BODY = (
    "<p>" + " ".join(["The ferry across the lake will run twice an hour again from the first of March."] * 6) + "</p>"
)
HEADLINE = "The lake ferry runs twice an hour again"


def page(ld: list[dict[str, object]], top: str = "", end: str = "") -> str:
    scripts = "".join(f'<script type="application/ld+json">{json.dumps(obj)}</script>' for obj in ld)
    return (
        f"<!doctype html><html><head><title>{HEADLINE}</title>{scripts}</head><body><article>"
        f"<h1>{HEADLINE}</h1>{top}{BODY}{end}</article></body></html>"
    )


def article(author: object, headline: str = HEADLINE) -> dict[str, object]:
    return {"@context": "https://schema.org", "@type": "NewsArticle", "headline": headline, "author": author}


def test_the_editor_a_credits_line_names_is_not_the_author_the_metadata_gives() -> None:
    top = "<p class='credits'>Reporting by Greta Holmqvist and Ansel Birkby · Edited by Moira Fenwick</p>"
    html = page([article({"@type": "Person", "name": "Moira Fenwick"})], top=top)
    assert read_html(html).authors == ("Greta Holmqvist", "Ansel Birkby")


def test_a_reporting_credit_alone_is_a_byline() -> None:
    top = "<p class='credits'>Reporting by Greta Holmqvist</p>"
    assert read_html(page([], top=top)).authors == ("Greta Holmqvist",)


def test_bracketed_labels_credit_the_writer_not_the_photographer() -> None:
    line = "(Texto) Greta Holmqvist Solé  (Foto) Ansel Birkby"
    assert writer_credit(line) == "Greta Holmqvist Solé"
    assert other_credits(line) == ["Ansel Birkby"]


def test_a_wire_s_initials_filed_as_a_person_give_way_to_the_credited_writer() -> None:
    end = "<p class='credits'>(Texto) Greta Holmqvist Solé (Foto) Ansel Birkby</p>"
    html = page([article({"@type": "Person", "name": "XNA"})], end=end)
    assert read_html(html).authors == ("Greta Holmqvist Solé",)


def test_the_initials_are_kept_when_no_one_else_is_named() -> None:
    html = page([article({"@type": "Person", "name": "XNA"})])
    assert read_html(html).authors == ("XNA",)


def test_the_sidebar_story_s_markup_before_the_page_s_own_is_not_read() -> None:
    sidebar = article({"@type": "Person", "name": "Ansel Birkby"}, headline="Harbour fees rise for the winter")
    own = article([{"@type": "Person", "name": "Greta Holmqvist"}])
    assert read_html(page([sidebar, own])).authors == ("Greta Holmqvist",)
    assert read_html(page([own, sidebar])).authors == ("Greta Holmqvist",)


def test_a_desk_and_its_agencies_in_the_author_field_are_one_signature() -> None:
    # "Staff and agencies" joins no two people: not "Staff" (and "agencies" dropped as no name)
    top = "<address><span>Staff and agencies</span></address>"
    html = page([article([{"@type": "Person", "name": "Staff and agencies"}])], top=top)
    html = html.replace("<head>", '<head><meta name="author" content="Staff and agencies">')
    assert read_html(html).authors == ("Staff and agencies",)


def test_two_people_joined_by_and_in_the_author_field_stay_two() -> None:
    html = page([article([{"@type": "Person", "name": "Greta Holmqvist and Ansel Birkby"}])])
    assert read_html(html).authors == ("Greta Holmqvist", "Ansel Birkby")
