"""A byline that prints the writer, then her agency ("By Jane Roe, Valley Wire"), while the metadata names the agency.

Fixtures in the project's own words.
"""

from __future__ import annotations

import json

import lxml.html

from briefkit.importer.htmlevidence import gather
from briefkit.importer.htmlpage import read_html
from briefkit.importer.unprintedauthors import affiliations

HEADLINE = "Ferry crews agree new rota after weeks of talks"
PROSE = " ".join(["The ferry company and its crews agreed a new rota on Friday, both sides said."] * 4)


def page(byline: str, author: str) -> str:
    ld = {"@type": "NewsArticle", "headline": HEADLINE, "author": {"@type": "Person", "name": author}}
    return (
        f'<!doctype html><html><head><title>{HEADLINE}</title><meta name="author" content="{author}">'
        f'<script type="application/ld+json">{json.dumps(ld)}</script></head><body><article>'
        f"<h1>{HEADLINE}</h1><p class='byline'>{byline}</p><p>{PROSE}</p><p>{PROSE}</p>"
        f"<p class='more'><a href='/author/harbour-line-press'>More by {author}</a></p></article></body></html>"
    )


def test_the_writer_before_her_agency_beats_the_agency_in_the_metadata() -> None:
    html = page("By Mara Quintal, Harbour Line Press", "Harbour Line Press")
    assert read_html(html).authors == ("Mara Quintal",)


def test_a_second_writer_after_the_comma_is_no_house() -> None:
    houses = affiliations(gather(lxml.html.fromstring(page("By Mara Quintal, Owen Tarrant", "Mara Quintal"))))
    assert "owen tarrant" not in houses
    houses = affiliations(gather(lxml.html.fromstring(page("By Mara Quintal, Harbour Line Press", "X"))))
    assert houses == {"harbour line press"}


def test_a_wires_closing_credit_set_in_brackets() -> None:
    credit = "(Reporting by Mara Quintal in Lisbon; Additional reporting by Owen Tarrant; Editing by Ada Kerr)"
    html = (
        f"<!doctype html><html><head><title>{HEADLINE}</title></head><body><article><h1>{HEADLINE}</h1>"
        f"<p>{PROSE}</p><p>{PROSE}</p><p>{credit}</p></article></body></html>"
    )
    assert read_html(html).authors == ("Mara Quintal",)
