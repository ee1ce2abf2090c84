"""Who signs a story when the house's own name stands in the author field (wave 16's author rules).

Small pages written for these tests: a company's legal form in the metadata beside an agency's
source line, an author field typed without the site's accents, a publication line going on to its
writer, an agency opening a dated line in a table, a blog post whose text names its writer while
the platform's footer names the account, and a person's two surnames joined by "i" or "y".
"""

from __future__ import annotations

import json

from briefkit.importer.bylines import looks_like_name, split_names
from briefkit.importer.htmlpage import read_html
from briefkit.importer.legalforms import company_name

PROSE = " ".join(["The ferry timetable changes next week, with two extra crossings on weekday evenings."] * 4)


def page(
    header: str, after: str = "", meta_author: str = "", site: str = "Harbour Herald", ld: dict | None = None
) -> str:
    head = (
        f"<title>Ferry timetable changes - {site}</title>"
        + (f'<meta name="author" content="{meta_author}">' if meta_author else "")
        + (f'<script type="application/ld+json">{json.dumps(ld)}</script>' if ld else "")
    )
    return (
        f"<!doctype html><html><head>{head}</head><body><article><h1>Ferry timetable changes</h1>{header}"
        f"<div class='text'><p>{PROSE}</p><p>{PROSE}</p></div>{after}</article></body></html>"
    )


def test_company_names_by_their_legal_form() -> None:
    assert company_name("Harbour Herald AG") and company_name("Harbour Media GmbH & Co. KG")
    assert company_name("Harbour News Ltd") and company_name("Noticias del Puerto S.A.")
    assert company_name("Example Media, Inc.") and company_name("ООО «Гавань»")
    assert not company_name("Jane Roe") and not company_name("Agnes Sag")


def test_the_publisher_s_company_in_the_metadata_yields_to_the_agency_s_source_line() -> None:
    html = page("<p class='when'>12.03.2026</p>", after="<p>Quelle: sda</p>", meta_author="Harbour Herald AG")
    assert read_html(html).authors == ("sda",)


def test_the_publisher_s_company_is_still_kept_when_nothing_else_signs() -> None:
    html = page("<p class='when'>12.03.2026</p>", meta_author="Harbour Media GmbH")
    assert read_html(html).authors == ("Harbour Media GmbH",)


def test_the_site_s_name_typed_without_its_accents_is_still_the_site() -> None:
    html = page(
        "<p class='info'>Publié le mardi 9 avril 2026, par <a href='/auteur7'>Jane Roe</a>, correspondante</p>",
        meta_author="L'Echo du Port",
        site="L'Écho du Port",
    )
    assert read_html(html).authors == ("Jane Roe",)


def test_a_publication_line_going_on_to_its_writer() -> None:
    html = page("<p class='info'>Posted on May 2, 2026 by Sam Poe</p>")
    assert read_html(html).authors == ("Sam Poe",)


def test_an_agency_opening_a_dated_line_in_a_table_cell() -> None:
    """An old site sets the story in a table: the dateline is a cell over the story's cell."""
    cell = "<tr><td class='dt'>PTI | Harbourtown<br>Published: May 2, 2026</td></tr><tr><td>"
    html = page(cell).replace("<h1>", "<table><tr><td><h1>").replace("</h1>", "</h1></td></tr>")
    html = html.replace("</article>", f"<p>{PROSE}</p></td></tr></table></article>")
    assert read_html(html).authors == ("PTI",)


def test_an_agency_line_without_a_date_signs_nothing() -> None:
    assert read_html(page("<div>PTI | Harbourtown</div>")).authors == ()


def test_a_post_s_text_names_its_writer_over_the_account_that_posted_it() -> None:
    footer = (
        "<div class='post-footer'><span class='post-author vcard'>Posted by "
        "<a rel='author' class='g-profile' href='/profile/1'>Harbour Observatory</a></span></div>"
    )
    ld = {
        "@type": "BlogPosting",
        "headline": "Ferry timetable changes",
        "author": {"@type": "Person", "name": "Harbour Observatory"},
    }
    html = page("", after=footer, ld=ld).replace(
        "<div class='text'><p>", "<div class='text'><p><i>Γράφει ο Νίκος Λιμενάρχης, οικονομολόγος</i></p><p>"
    )
    assert read_html(html).authors == ("Νίκος Λιμενάρχης",)


def test_a_closing_line_in_spanish_signs_the_story_too() -> None:
    html = page("", meta_author="Harbour Observatory").replace(
        "</p></div>", "</p><p>Escrito por Ana Puerto, economista</p></div>"
    )
    assert read_html(html).authors == ("Ana Puerto",)


def test_a_sentence_naming_a_writer_in_the_middle_signs_nothing() -> None:
    html = page("", meta_author="Sam Poe").replace(
        "</p><p>", "</p><p>Written by Jane Roe in 1990, the report still guides the harbour board.</p><p>"
    )
    assert read_html(html).authors == ("Sam Poe",)


def test_two_surnames_joined_by_i_or_y_are_one_person() -> None:
    assert split_names("Jordi Puig i Ferrer") == ["Jordi Puig i Ferrer"]
    assert split_names("Ana Ruiz y Gasset") == ["Ana Ruiz y Gasset"]
    assert split_names("Jane Roe i Joan Puig") == ["Jane Roe", "Joan Puig"]
    assert looks_like_name("Jordi Puig i Ferrer") and not looks_like_name("Jane Roe e Sam Poe")
    ld = {
        "@type": "NewsArticle",
        "headline": "Ferry timetable changes",
        "author": {"@type": "Person", "name": "Jordi Puig i Ferrer"},
    }
    assert read_html(page("", ld=ld)).authors == ("Jordi Puig i Ferrer",)


def test_an_agency_printed_in_full_for_the_initials_the_metadata_files() -> None:
    ld = {"@type": "NewsArticle", "author": {"@type": "Organization", "name": "HNS"}}
    html = page(
        "<div class='meta'><span class='agency'>Harbour News Service</span> <span>Harbourtown</span></div>", ld=ld
    )
    assert read_html(html).authors == ("Harbour News Service",)
    # printed far below the story, the same words sign nothing
    html = page("", after="<p><span>Harbour News Service</span></p>", ld=ld)
    assert read_html(html).authors == ("HNS",)


def test_the_writer_s_name_in_bold_after_the_verb() -> None:
    html = page("", meta_author="Harbour Observatory").replace(
        "<div class='text'><p>", "<div class='text'><p>Γράφει η <b>Ελένη Λιμενάρχη</b></p><p>"
    )
    assert read_html(html).authors == ("Ελένη Λιμενάρχη",)
