"""Who a story came from when no person signs it, and who only helped make it (`wirecredits`).

Small pages written for these tests: agency copy signed by a source line or by the agency's name
where the byline goes, an editor's and a photographer's lines of their own, a linked author box.
"""

from __future__ import annotations

import json

from briefkit.importer.htmlpage import read_html
from briefkit.importer.wirecredits import agency_name, agency_source, lone_maker

PROSE = " ".join(["The ferry timetable changes next week, with two extra crossings on weekday evenings."] * 4)


def page(header: str, after: str = "", author: dict | None = None, meta_author: str = "") -> str:
    ld = {"@type": "NewsArticle", "headline": "Ferry timetable changes"}
    if author:
        ld["author"] = author
    head = (
        "<title>Ferry timetable changes | Harbour Herald</title>"
        '<meta property="og:site_name" content="Harbour Herald">'
        + (f'<meta name="author" content="{meta_author}">' if meta_author else "")
        + f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    )
    return (
        f"<!doctype html><html><head>{head}</head><body><article><h1>Ferry timetable changes</h1>{header}"
        f"<div class='text'><p>{PROSE}</p><p>{PROSE}</p></div>{after}</article></body></html>"
    )


def test_agency_names_and_source_lines() -> None:
    assert agency_name("dpa") and agency_name("AFP/Reuters") and agency_name("dpa-AFX")
    assert agency_name("Coastal News Agency") and agency_name("Ajansı Kuzey")
    assert not agency_name("Mara Lindqvist")
    assert agency_source("Quelle: dpa") == "dpa"
    assert agency_source("Fuente: Agencia EFE") == "Agencia EFE"
    # a chart's or a table's data source is no agency copy
    assert agency_source("Source: Regional Water Agency") is None
    assert agency_source("Quelle: Statistisches Landesamt") is None


def test_a_source_line_under_the_story_signs_agency_copy() -> None:
    html = page("<p class='when'>12.03.2026</p>", after="<p>Quelle: dpa</p>", meta_author="Harbour Herald")
    assert read_html(html).authors == ("dpa",)


def test_a_source_line_in_a_page_laid_out_in_tables_signs_agency_copy() -> None:
    """An old site sets its whole page in a table: the source line stands in the story's cell."""
    html = page(
        "<p class='when'>12.03.2026</p>", after="<span class='small'>Quelle: dpa</span>", meta_author="Harbour Herald"
    )
    more = f"<p>{PROSE}</p>"
    html = html.replace("<article>", "<table><tr><td>nav</td><td>").replace("</article>", f"{more}</td></tr></table>")
    assert read_html(html).authors == ("dpa",)


def test_a_source_line_under_a_data_table_signs_nothing() -> None:
    table = "<table><tr><td>Crossings</td><td>12</td></tr><tr><td>Quelle: dpa</td></tr></table>"
    assert read_html(page("<p class='when'>12.03.2026</p>", after=table, meta_author="Jane Roe")).authors == (
        "Jane Roe",
    )


def test_an_agency_named_where_the_byline_goes_beats_a_template_s_editor() -> None:
    header = "<p class='lede'>" + PROSE[:120] + "</p><div><span>Kuzey Haber Ajansı</span> <span>12.03.2026</span></div>"
    html = page(header, author={"@type": "Person", "name": "Editor"})
    assert read_html(html).authors == ("Kuzey Haber Ajansı",)


def test_a_person_s_byline_still_beats_the_agency() -> None:
    html = page("<p class='byline'>By Mara Lindqvist</p>", after="<p>Source: Reuters</p>")
    assert read_html(html).authors == ("Mara Lindqvist",)


def test_an_agency_name_inside_the_story_signs_nothing() -> None:
    html = page("<p class='byline'>12.03.2026</p>", after="<p>" + PROSE + "</p><p><span>Reuters</span></p>")
    assert read_html(html).authors == ()


def test_lone_maker_lines() -> None:
    assert lone_maker("Editor: Tomas Brevik") == "Tomas Brevik"
    assert lone_maker("Fotografer: Ilse Marren") == "Ilse Marren"
    assert lone_maker("Редактор: Олег Сомов") == "Олег Сомов"
    assert lone_maker("Editor: the night desk") is None
    assert lone_maker("Text: Tomas Brevik") is None


def test_an_editor_in_the_metadata_yields_to_the_printed_reporter() -> None:
    credits = "<div class='credit'><div>Editor: Tomas Brevik</div><div>Fotografer: Ilse Marren</div></div>"
    html = page(
        "<div class='author'>Mara Lindqvist - Herald</div>",
        after=credits,
        author={"@type": "Person", "name": "Tomas Brevik"},
        meta_author="Tomas Brevik",
    )
    assert read_html(html).authors == ("Mara Lindqvist",)


def test_an_editor_who_is_also_the_byline_stays_the_author() -> None:
    html = page("<p class='byline'>By Tomas Brevik</p>", after="<div>Editor: Tomas Brevik</div>")
    assert read_html(html).authors == ("Tomas Brevik",)


def test_an_editor_named_nowhere_else_is_kept_when_no_one_else_is_named() -> None:
    html = page("", after="<div>Editor: Tomas Brevik</div>", author={"@type": "Person", "name": "Tomas Brevik"})
    assert read_html(html).authors == ("Tomas Brevik",)


AUTHOR_BOX = (
    "<div class='box'><img src='/img/p/mara.jpg' alt=''><div><div><a href='/reporter/mara-lindqvist'>Mara Lindqvist</a>"
    "</div><div>Covers the harbour and the islands since 2015.</div>"
    "<a href='/reporter/mara-lindqvist'>All her stories</a></div></div>"
)


def test_an_author_box_naming_one_person_beats_the_site_s_name_in_the_metadata() -> None:
    html = page("<p class='when'>12.03.2026</p>", after=AUTHOR_BOX, meta_author="Harbour Herald")
    assert read_html(html).authors == ("Mara Lindqvist",)


def test_a_tag_link_or_a_teaser_card_is_no_author_box() -> None:
    tags = "<div class='tags'><a href='/tag/mara-lindqvist'>Mara Lindqvist</a> <a href='/tag/ferries'>Ferries</a></div>"
    card = (
        "<div class='card'><h3><a href='/news/other-story'>Another story</a></h3>"
        "<a href='/reporter/sam-ostby'><img src='/img/p/sam.jpg' alt=''></a>"
        "<a href='/reporter/sam-ostby'>Sam Ostby</a></div>"
    )
    html = page("<p class='when'>12.03.2026</p>", after=tags + card, meta_author="Harbour Herald")
    assert read_html(html).authors == ("Harbour Herald",)
