"""A saved page's credits line, a desk before its writer, and a dateline in a page with no heading.

Small pages written for these tests, each with one way a real page prints who wrote it or when.
"""

from __future__ import annotations

import sys
from typing import Any

from briefkit.importer.credits import writer_credit
from briefkit.importer.htmlpage import read_html

BODY = (
    "<p>" + " ".join(["The ferry crews voted to keep the winter timetable after a long night of talks."] * 6) + "</p>"
)


def page(head: str = "", body: str = "", after: str = "") -> str:
    return f"<!doctype html><html><head>{head}</head><body>{body}<article>{BODY}{after}</article></body></html>"


def test_the_writer_of_a_credits_line_is_told_from_its_photographer() -> None:
    assert writer_credit("Words: Hanne Solberg | Pictures: Tom Ekdahl") == "Hanne Solberg"
    assert writer_credit("Foto: Tom Ekdahl · Text: Hanne Solberg") == "Hanne Solberg"
    assert writer_credit("Tekst: Hanne Solberg Foto: Tom Ekdahl") == "Hanne Solberg"
    assert writer_credit("Testo: Hanne Solberg. Fotografia: Tom Ekdahl") == "Hanne Solberg"
    assert writer_credit("Text: Hanne Solberg") is None  # one label: an ordinary byline, read elsewhere
    assert writer_credit("Foto: Tom Ekdahl") is None


def test_a_credits_line_under_the_headline_names_the_writer_not_the_photographer() -> None:
    body = (
        "<h1>Ferry crews keep the winter timetable</h1><p class='credits'>Texto: Hanne Solberg | Fotos: Tom Ekdahl</p>"
    )
    article = read_html(page("<title>Ferry crews keep the winter timetable</title>", body))
    assert article.authors == ("Hanne Solberg",)


def test_a_photographer_named_first_is_still_not_the_author() -> None:
    body = "<h1>Ferry crews keep the winter timetable</h1><div>Фото: Tom Ekdahl · Текст: Hanne Solberg</div>"
    article = read_html(page("<title>Ferry crews keep the winter timetable</title>", body))
    assert article.authors == ("Hanne Solberg",)


def test_a_credits_line_at_the_story_end_beats_a_department_in_the_dateline() -> None:
    # the dateline's last part is the faculty's name, name-shaped but no person; the story's end credits its writer
    body = (
        "<h1>Ferry crews keep the winter timetable</h1>"
        "<div class='news-meta'>11-02-2023 | Onderzoek | Faculteit Zeevaart</div>"
    )
    after = "<p class='credits'>Tekst: Hanne Solberg<br>Foto: Tom Ekdahl</p>"
    article = read_html(page("<title>Ferry crews keep the winter timetable</title>", body, after))
    assert article.authors == ("Hanne Solberg",)


def test_a_desk_before_its_writer_gives_the_writer() -> None:
    body = "<h1>Ferry crews keep the winter timetable</h1><span class='autor'>Redaktion / Hanne Solberg</span>"
    article = read_html(page("<title>Ferry crews keep the winter timetable</title>", body))
    assert article.authors == ("Hanne Solberg",)


def test_a_desk_and_its_writer_need_no_byline_class() -> None:
    body = "<h1>Ferry crews keep the winter timetable</h1><div class='meta'>Redazione | Hanne Solberg</div>"
    article = read_html(page("<title>Ferry crews keep the winter timetable</title>", body))
    assert article.authors == ("Hanne Solberg",)


def test_a_desk_signing_with_its_wire_stays_the_desk() -> None:
    body = "<h1>Ferry crews keep the winter timetable</h1><span class='autor'>Redaktion / dpa</span>"
    article = read_html(page("<title>Ferry crews keep the winter timetable</title>", body))
    assert article.authors == ("Redaktion / dpa",)


def test_a_dateline_naming_its_writer_after_a_verb_gives_the_writer() -> None:
    line = "<div class='infos'>Mis en ligne le 11/02/2023 · Écrit par Hanne Solberg, responsable des campagnes</div>"
    body = f"<h1>Ferry crews keep the winter timetable</h1>{line}"
    article = read_html(page("<title>Ferry crews keep the winter timetable</title>", body))
    assert article.authors == ("Hanne Solberg",)


def test_a_credits_line_that_ends_on_a_date_dates_the_story(monkeypatch: Any) -> None:
    # the lists below the story date other stories; the credits line under the headline dates this one
    monkeypatch.setitem(sys.modules, "htmldate", None)
    body = (
        "<div class='cover-title'>Ferry crews keep the winter timetable</div>"
        "<div class='descr'>Text: Hanne Solberg · Foto: Tom Ekdahl · 11. Februar 2023</div>"
    )
    after = "<div class='cards'><div><a href='/a'>Harbour lights</a> <span>3. Januar 2023</span></div></div>"
    article = read_html(page("<title>Ferry crews keep the winter timetable</title>", body, after))
    assert article.published is not None and str(article.published)[:10] == "2023-02-11"


def test_a_font_dateline_over_a_bold_headline_dates_a_page_with_no_heading(monkeypatch: Any) -> None:
    # a table layout of the 2000s: no h1, the headline in bold, the date and section in a small font over it
    monkeypatch.setitem(sys.modules, "htmldate", None)
    cell = (
        "<table><tr><td><font size='1'>11.02.2008 09:15 | Verkehr</font><br>"
        "<font size='4'><b>Ferry crews keep the winter timetable</b></font>"
        f"{BODY}</td><td><font size='1'><a href='/n/2'>Harbour lights</a> (03.01.2008)</font></td></tr></table>"
    )
    title = "<title>Coast News :: Ferry crews keep the winter timetable</title>"
    html = f"<html><head>{title}</head><body>{cell}</body></html>"
    article = read_html(html)
    assert article.published is not None and str(article.published)[:10] == "2008-02-11"


def test_a_byline_dated_only_by_its_last_change_gives_no_publication_date(monkeypatch: Any) -> None:
    monkeypatch.setitem(sys.modules, "htmldate", None)
    body = "<h1>Ferry crews keep the winter timetable</h1><div>By Hanne Solberg | Updated 11 February 2023</div>"
    article = read_html(page("<title>Ferry crews keep the winter timetable</title>", body))
    assert article.published is None or str(article.published)[:10] != "2023-02-11"
