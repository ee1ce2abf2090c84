"""The writer a saved page prints, over what its metadata files: a credit in a short Chinese lead, a
dated line's "von", the writer's part of the <title>, a name's printed accents, a writer's
linked bio in the box under the story.

Fixtures in the project's own words and names.
"""

from __future__ import annotations

import json

from briefkit.importer.htmlpage import read_html

STORY = (
    "<p>The parish council agreed on Monday to repaint the footbridge over the mill stream before the winter, "
    "after two years of complaints about its peeling rails.</p>"
    "<p>Work is to start in October and should take about three weeks, the clerk said, with the path closed "
    "to walkers on weekdays while the painters are at work.</p>"
)


def ld(obj: dict[str, object]) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj, ensure_ascii=False)}</script>'


def page(head: str = "", top: str = "", after: str = "", title: str = "Footbridge to be repainted") -> str:
    return (
        f"<!doctype html><html><head><title>{title}</title>{head}</head><body><article>"
        f"<h1>{title}</h1>{top}{STORY}{after}</article></body></html>"
    )


def test_a_short_chinese_lead_opening_with_the_reporters_credit_beats_an_account() -> None:
    # the lead holds fewer letters than a Latin paragraph of prose: its credit is still the byline
    lead = "〔記者林雅婷／台南報導〕運河沿岸的自行車道今天完工，市府預計下週開放。"
    more = "工務局表示，車道全長三公里，沿線設有照明與休息區。"
    html = (
        "<!doctype html><html><head><title>運河自行車道完工</title>"
        '<meta name="author" content="harbour-desk-editor"></head><body><article>'
        f"<h1>運河自行車道完工</h1><p>{lead}</p><p>{more}</p></article></body></html>"
    )
    assert read_html(html).authors == ("林雅婷",)


def test_a_dated_line_that_goes_on_to_its_writer_beats_the_webmaster() -> None:
    head = '<meta name="author" content="Webmaster TSV Nordheide">'
    top = (
        "<table><tr><td class='newsdatum'>Eingetragen am 03.05.2023 um 18:20 von Henrike Vossberg "
        "(Abt. Tischtennis) &nbsp;|&nbsp; 87 x gelesen</td></tr></table>"
    )
    assert read_html(page(head=head, top=top)).authors == ("Henrike Vossberg",)


def test_the_writers_part_of_the_title_is_no_site_name() -> None:
    # "Headline | Writer | Site": the byline prints the part as its writer's name; the author field a section
    head = '<meta property="article:section" content="Commentary">' + ld(
        {"@type": "NewsArticle", "author": {"@type": "Person", "name": "Commentary"}}
    )
    # the byline set over the headline, a little less near it than one under it
    html = (
        f"<!doctype html><html><head><title>Let the bridge rust | Ottilie Brandt | The Fen Post</title>{head}"
        "</head><body><article>"
        "<div class='kicker'><a href='/commentary'>Commentary</a></div>"
        "<div class='byline'><a rel='author' href='/profile/ottilie-brandt'>Ottilie Brandt</a></div>"
        f"<h1>Let the bridge rust</h1>{STORY}</article></body></html>"
    )
    assert read_html(html).authors == ("Ottilie Brandt",)


def test_the_printed_accents_of_the_name_an_author_field_keeps_in_plain_letters() -> None:
    head = '<meta name="author" content="Aine Ni Dhuibhir">' + ld(
        {"@type": "NewsArticle", "author": {"@type": "Person", "name": "Aine Ni Dhuibhir"}}
    )
    top = "<p class='byline'>Áine Ní Dhuibhir</p>"
    assert read_html(page(head=head, top=top)).authors == ("Áine Ní Dhuibhir",)


def test_an_accented_name_filed_is_not_traded_for_a_plain_printed_one() -> None:
    head = '<meta name="author" content="Zoë Ménard">' + ld(
        {"@type": "NewsArticle", "author": {"@type": "Person", "name": "Zoë Ménard"}}
    )
    top = "<p class='byline'>Zoe Menard</p>"
    assert read_html(page(head=head, top=top)).authors == ("Zoë Ménard",)


def test_a_writers_linked_bio_in_the_box_under_the_story_beats_the_sites_name() -> None:
    head = '<meta property="og:site_name" content="Fenland Ledger"><meta name="author" content="Fenland Ledger">'
    after = (
        "<div class='author-bio'><p><a href='/people/tamsin-okafor'>Tamsin Okafor</a> is a reporter at the "
        "Ledger covering local government and the waterways.</p></div>"
        "<div class='author-bio'><p><a href='/people/rhys-bellamy'>Rhys Bellamy</a> is a freelance writer.</p></div>"
    )
    assert read_html(page(head=head, after=after)).authors == ("Tamsin Okafor",)


def test_a_story_paragraph_opening_with_a_linked_name_names_no_writer() -> None:
    head = '<meta property="og:site_name" content="Fenland Ledger"><meta name="author" content="Fenland Ledger">'
    after = (
        "<p><a href='/topics/tamsin-okafor'>Tamsin Okafor</a> said the council had waited too long, "
        "and that the bridge had been unsafe for months.</p>"
    )
    assert read_html(page(head=head, after=after)).authors != ("Tamsin Okafor",)
