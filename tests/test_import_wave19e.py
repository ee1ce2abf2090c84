"""Authors and dates a saved page prints in shapes read here since wave 19b.

Small pages written for these tests: two writers' links set back to back, an organisation's name with
a comma and an ampersand in the markup, a desk's "Services" in the author field, a French "Écrit par"
line with the surname in capitals first, a gallery page's JSON-LD, a byline in the article's own
<footer>, a Thai date in the Buddhist era, and a credit line ending on its place and day.
"""

from __future__ import annotations

from datetime import date, datetime

from briefkit.importer.bylineshapes import surname_first
from briefkit.importer.htmlpage import read_html
from briefkit.importer.scriptdates import as_latin
from briefkit.importer.thaidates import thai_as_latin

BODY = (
    "<p>"
    + " ".join(["The ferry company added two evening crossings after a summer of full boats and long queues."] * 6)
    + "</p>"
)


def page(header: str, head: str = "", after: str = "") -> str:
    return (
        f"<!doctype html><html><head><title>Ferry adds crossings</title>{head}</head><body>"
        f"<article><h1>Ferry adds crossings</h1>{header}<div class='text'>{BODY}</div>{after}</article>"
        "<footer class='site'><p class='author'>Site team</p></footer></body></html>"
    )


def test_name_links_set_back_to_back_are_two_writers() -> None:
    links = "<div class='byline'><a href='/reporter/a'>이서윤</a><a href='/reporter/b'>최도현</a></div>"
    assert read_html(page(links)).authors == ("이서윤", "최도현")


def test_name_links_with_the_same_address_stay_one_text() -> None:
    from lxml import html

    from briefkit.importer.linkednames import linked_names

    box = html.fromstring("<div><a href='/p/x'>Ana</a><a href='/p/x'>Ruiz</a></div>")
    assert linked_names(box) is None
    spaced = html.fromstring("<div><a href='/p/x'>Ana Ruiz</a> and <a href='/p/y'>Tom Bell</a></div>")
    assert linked_names(spaced) is None


def test_an_organisation_in_the_markup_is_one_name() -> None:
    ld = (
        '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry adds crossings",'
        '"author":{"@type":"Organization","name":"Ministry of Ports, Roads & Rail"}}</script>'
    )
    assert read_html(page("", head=ld)).authors == ("Ministry of Ports, Roads & Rail",)


def test_a_wire_services_desk_gives_way_to_the_printed_writer() -> None:
    head = '<meta name="author" content="Harbor Wire Services">'
    header = "<div class='byline'>By Tomas Lindqvist</div>"
    assert read_html(page(header, head=head)).authors == ("Tomas Lindqvist",)


def test_a_french_written_by_line_with_the_surname_first() -> None:
    head = '<meta name="author" content="Administrator">'
    header = "<table><tr><td><span class='small'>Écrit par KOFFI Amani Serge</span></td></tr></table>"
    assert [a.casefold() for a in read_html(page(header, head=head)).authors] == ["koffi amani serge"]


def test_surname_first_needs_a_real_word_in_capitals() -> None:
    assert surname_first("KOFFI Amani")
    assert not surname_first("AFP Amani")  # a wire's initials before a name
    assert not surname_first("Koffi Amani")


def test_a_gallery_page_credits_its_photographer_writer() -> None:
    ld = (
        '<script type="application/ld+json">{"@type":"ImageGallery","name":"Ferry adds crossings",'
        '"datePublished":"2021-05-04T09:00:00+01:00","author":{"@type":"Person","name":"Ines Carvalho"}}</script>'
    )
    assert read_html(page("", head=ld)).authors == ("Ines Carvalho",)


def test_the_article_footer_holds_its_byline_not_the_page_footer() -> None:
    after = "<footer class='story-foot'><p class='author'>Autor: <a href='/a/mila-horak'>Mila Horák</a></p></footer>"
    assert read_html(page("", after=after)).authors == ("Mila Horák",)


def test_a_thai_date_in_the_buddhist_era() -> None:
    assert thai_as_latin("9 ก.ย. 2567 | 08:30 น.") == "9 september 2024 | 08:30"
    assert thai_as_latin("วันอังคารที่ 2 มกราคม พ.ศ. 2567") == "2 january 2024"
    assert thai_as_latin("5 ต.ค. 67") == "5 october 2024"
    assert thai_as_latin("5 ต.ค. ค.ศ. 2024") == "5 october 2024"  # the Christian era's label: kept
    assert as_latin("๕ ต.ค. ๒๕๖๗").startswith("5 october 2024")  # Thai digits too


def test_a_thai_page_is_dated_by_its_byline_line() -> None:
    header = "<p class='meta'>9 ก.ย. 2567 | 08:30 น.</p>"
    when = read_html(page(header)).published
    assert when is not None and (when.date() if isinstance(when, datetime) else when) == date(2024, 9, 9)


def test_a_credit_line_ending_on_its_place_and_day_dates_the_story() -> None:
    header = "<span class='klein'>Text: Lea Brunner · Olten, 03.05.2023</span>"
    when = read_html(page(header)).published
    assert when is not None and (when.date() if isinstance(when, datetime) else when) == date(2023, 5, 3)
