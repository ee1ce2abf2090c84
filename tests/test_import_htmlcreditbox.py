"""A saved page's byline as a box of credit lines, two writers in a details row, a compiler's credit, an agency
after the writer's name; a press release's numbered date line, a first of the month typed with a degree sign, a
date in a language none of the eight.

Small pages written for these tests, each with one way a page prints who wrote it or when.
"""

from __future__ import annotations

from datetime import date, datetime

from lxml import html as lxml_html

from briefkit.importer.creditlines import credit_lines
from briefkit.importer.dates import parse_date
from briefkit.importer.htmlpage import read_html
from briefkit.importer.pagelanguage import in_page_language

HEAD = "Lighthouse keepers return to the northern cape"
BODY = "<p>" + " ".join(["The keepers moved back into the station after the storm season ended early."] * 6) + "</p>"


def page(body: str, head: str = "", lang: str = "en", after: str = "") -> str:
    return (
        f"<!doctype html><html lang='{lang}'><head><title>{HEAD}</title>{head}</head><body><article>"
        f"{body}{BODY}{after}</article></body></html>"
    )


def _day(when: datetime | date | None) -> date | None:
    return when.date() if isinstance(when, datetime) else when


def test_a_box_of_credit_lines_names_every_writer_but_not_the_photographer() -> None:
    box = lxml_html.fromstring(
        "<div class='byline'><p>Reporting by Hanne Solberg</p><p>Data analysis by Tom Ekdahl</p>"
        "<p>Photos by Ines Varga</p></div>"
    )
    assert credit_lines(box) == ["Hanne Solberg", "Tom Ekdahl"]
    # a box of a photographer's and an editor's credits names no writer
    crew = lxml_html.fromstring("<div class='byline'><p>Photos by Ines Varga</p><p>Edited by Tom Ekdahl</p></div>")
    assert credit_lines(crew) == []


def test_a_byline_box_of_two_contributions_gives_both_writers() -> None:
    body = (
        f"<h1>{HEAD}</h1><div class='story__byline'><p>Reporting by <a href='/profile/hanne-solberg'>Hanne Solberg</a>"
        "</p><p>Data analysis by <a href='/profile/tom-ekdahl'>Tom Ekdahl</a></p></div>"
    )
    article = read_html(page(body))
    assert article.authors == ("Hanne Solberg", "Tom Ekdahl")


def test_two_writers_joined_by_and_in_the_row_under_the_headline() -> None:
    body = (
        f"<h1>{HEAD}</h1><div class='post__meta'><span>Hanne Solberg and Tom Ekdahl</span> <span>•</span> "
        "<span>Wednesday 4 Nov 2026 7:15 am</span></div>"
    )
    article = read_html(page(body))
    assert article.authors == ("Hanne Solberg", "Tom Ekdahl")


def test_the_agency_after_the_writers_slash_is_no_author() -> None:
    head = "<meta name='author' content='Costa Norte Deportes y Noticias'>"
    body = f"<h1>{HEAD}</h1><div class='autor'>Por Hanne Solberg / Agencia Nórdica de Prensa</div>"
    article = read_html(page(body, head, "es"))
    assert article.authors == ("Hanne Solberg",)


def test_a_compilers_credit_names_the_notes_writers() -> None:
    body = f"<h1>{HEAD}</h1><div class='entry-meta'><p>A cura di Hanne Solberg e Tom Ekdahl</p></div>"
    article = read_html(page(body, lang="it"))
    assert article.authors == ("Hanne Solberg", "Tom Ekdahl")


def test_the_first_of_the_month_typed_with_a_degree_sign() -> None:
    assert parse_date("1° dicembre 2026") == date(2026, 12, 1)


def test_a_press_releases_numbered_line_dates_it() -> None:
    head = "<meta name='dcterms.modified' content='2026-12-03'>"
    body = f"<div class='pm-kopf'><p>Pressemitteilung Nr. 37/2026 vom 02.12.2026</p></div><h1>{HEAD}</h1>"
    article = read_html(page(body, head, "de"))
    assert _day(article.published) == date(2026, 12, 2)


def test_a_date_in_the_pages_own_language_when_it_is_none_of_the_eight() -> None:
    assert in_page_language("Data publikacji: 6 grudnia 2026", "pl") == date(2026, 12, 6)
    assert in_page_language("6 grudnia 2026", "de") is None  # a known language: its own readers decide
    body = f"<h1>{HEAD}</h1><div class='news-info'><p>Data publikacji: 6 grudnia 2026</p></div>"
    after = (
        "<aside><ul><li><a href='/a/1'>Inna wiadomość</a> <time>2 grudnia 2026</time></li>"
        "<li><a href='/a/2'>Jeszcze inna</a> <time>1 grudnia 2026</time></li></ul></aside>"
    )
    article = read_html(page(body, lang="pl", after=after))
    assert _day(article.published) == date(2026, 12, 6)


def test_a_box_of_credit_lines_needs_no_byline_class() -> None:
    body = f"<h1>{HEAD}</h1><div class='story-top'><p>Reporting by Hanne Solberg</p><p>Research by Tom Ekdahl</p></div>"
    article = read_html(page(body))
    assert article.authors == ("Hanne Solberg", "Tom Ekdahl")


def test_three_writers_in_the_row_under_the_headline() -> None:
    body = (
        f"<h1>{HEAD}</h1><div class='post__meta'><span>Hanne Solberg, Tom Ekdahl et Ines Varga</span> "
        "<span>4 novembre 2026</span></div>"
    )
    article = read_html(page(body, lang="fr"))
    assert article.authors == ("Hanne Solberg", "Tom Ekdahl", "Ines Varga")


def test_a_release_dated_in_its_label_beats_a_bare_date_field_holding_its_update() -> None:
    head = "<meta name='DC.date' content='2026-12-04'>"
    body = (
        f"<h1>{HEAD}</h1><p class='date-maj'>Mis à jour le 04/12/2026</p>"
        "<p class='chapo'><strong>Communiqué de presse du 3 décembre 2026</strong></p>"
    )
    article = read_html(page(body, head, "fr"))
    assert _day(article.published) == date(2026, 12, 3)


def test_a_bare_date_field_stands_when_no_other_day_is_printed() -> None:
    head = "<meta name='DC.date' content='2026-12-04'>"
    body = f"<h1>{HEAD}</h1><p class='date-maj'>Mis à jour le 04/12/2026</p>"
    article = read_html(page(body, head, "fr"))
    assert _day(article.published) == date(2026, 12, 4)


def test_a_dateline_by_the_headline_beats_a_bare_date_field() -> None:
    head = "<meta name='DC.date' content='2026-11-30'>"
    body = f"<h1>{HEAD}</h1><p class='date'>Valence, le 27 novembre 2026</p>"
    article = read_html(page(body, head, "fr"))
    assert _day(article.published) == date(2026, 11, 27)
    # a field named for the publication still beats it
    named = head + "<meta property='article:published_time' content='2026-11-30T09:00:00+01:00'>"
    assert _day(read_html(page(body, named, "fr")).published) == date(2026, 11, 30)
