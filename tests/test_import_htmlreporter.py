"""Who made a broadcast piece or a staff story: the reporter beside the crew, a paper's own staff formula,
an outside contributor, a desk's compound name and a name the metadata shortens to its initials.

Small pages written for these tests, each with one way a page credits its reporter.
"""

from __future__ import annotations

import json

from briefkit.importer.bylines import parse_byline
from briefkit.importer.credits import named_other_makers, other_credits, writer_credit
from briefkit.importer.htmlpage import read_html

TITLE = "Harbour ferry keeps its winter timetable"
BODY = (
    "<p>" + " ".join(["The ferry crews voted to keep the winter timetable after a long night of talks."] * 6) + "</p>"
)


def page(byline: str, head: str = "", after: str = "") -> str:
    return (
        f"<!doctype html><html><head><title>{TITLE}</title>{head}</head><body><article><h1>{TITLE}</h1>"
        f"{byline}{BODY}{after}</article></body></html>"
    )


def ld_author(author: object) -> str:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": TITLE, "author": author}
    return f"<script type='application/ld+json'>{json.dumps(data)}</script>"


def test_a_broadcast_credits_line_names_the_reporter_not_the_camera() -> None:
    assert writer_credit("Beitrag: Hanne Solberg · Kamera und Schnitt: Tom Ekdahl") == "Hanne Solberg"
    assert other_credits("Beitrag: Hanne Solberg · Kamera und Schnitt: Tom Ekdahl") == ["Tom Ekdahl"]
    # the camera operator's trade printed bare after a comma, as Russian credits do
    assert writer_credit("Сюжет: Анна Ветрова, оператор Павел Седов") == "Анна Ветрова"
    assert named_other_makers("Сюжет: Анна Ветрова, оператор Павел Седов") == ["Павел Седов"]
    assert named_other_makers("Servizio di Lia Fontana · Riprese di Ugo Neri") == ["Ugo Neri"]


def test_a_broadcast_piece_names_its_reporters_after_its_own_formula() -> None:
    assert parse_byline("Un sujet de Hanne Solberg et Tom Ekdahl") == ("Hanne Solberg", "Tom Ekdahl")
    assert parse_byline("Servizio di Lia Fontana") == ("Lia Fontana",)
    assert parse_byline("Ein Beitrag von Hanne Solberg") == ("Hanne Solberg",)
    assert parse_byline("Correspondance : Hanne Solberg") == ("Hanne Solberg",)


def test_a_tv_page_credits_its_reporter_over_the_crew_and_the_station() -> None:
    byline = "<p class='piece-credits'>Servizio di Lia Fontana · Riprese di Ugo Neri</p>"
    article = read_html(
        page(byline, "<meta name='author' content='Telecanale'><meta property='og:site_name' content='Telecanale'>")
    )
    assert article.authors == ("Lia Fontana",)
    after = "<p class='credits-line'>Сюжет: Анна Ветрова, оператор Павел Седов</p>"
    article = read_html(page("", ld_author({"@type": "Organization", "name": "Канал Север"}), after))
    assert article.authors == ("Анна Ветрова",)


def test_a_papers_own_staff_formula_gives_the_name_after_the_trade() -> None:
    assert parse_byline("Von unserem Redakteur Hanne Solberg") == ("Hanne Solberg",)
    assert parse_byline("De notre envoyée spéciale Hanne Solberg") == ("Hanne Solberg",)
    assert parse_byline("Dal nostro inviato Ugo Neri") == ("Ugo Neri",)
    assert parse_byline("Von Hanne Solberg") == ("Hanne Solberg",)  # the plain byline is untouched
    byline = "<div class='article-author'>Von unserem Redakteur <span>Hanne Solberg</span></div>"
    article = read_html(page(byline, "<meta name='author' content='Hafenblatt Lokalredaktion'>"))
    assert article.authors == ("Hanne Solberg",)


def test_a_desk_or_a_role_in_the_metadata_loses_to_the_printed_name() -> None:
    byline = "<p class='feature-by'>BY HANNE SOLBERG</p>"
    assert read_html(page(byline, ld_author({"@type": "Person", "name": "Harbour Editors"}))).authors == (
        "Hanne Solberg",
    )
    byline = "<div class='sig'><p>Correspondance : <strong>Hanne Solberg</strong></p></div>"
    role = ld_author({"@type": "Person", "name": "Correspondant local de presse"})
    assert read_html(page(byline, role)).authors == ("Hanne Solberg",)


def test_an_outside_contributor_is_named_before_the_papers_formula() -> None:
    byline = "<div class='story-credit'><strong>Hanne Solberg</strong> <em>Especial para o Jornal</em></div>"
    article = read_html(page(byline, ld_author({"@type": "Organization", "name": "Jornal do Porto"})))
    assert article.authors == ("Hanne Solberg",)


def test_a_name_the_metadata_cuts_to_initials_is_spelled_as_the_byline_prints_it() -> None:
    byline = "<div class='info'>2 dicembre 2026 — <span class='autore'>Lia Fontana</span></div>"
    assert read_html(page(byline, ld_author({"@type": "Person", "name": "L. Fontana"}))).authors == ("Lia Fontana",)
    byline = "<div class='author-card'><a class='name' href='/authors/vetrova'>Анна Ветрова</a></div>"
    article = read_html(page(byline, ld_author({"@type": "Person", "name": "Ветрова А. С."})))
    assert article.authors == ("Анна Ветрова",)
    # another first initial is another person: the metadata's spelling stays
    byline = "<div class='info'>2 dicembre 2026 — <span class='autore'>Marta Fontana</span></div>"
    assert "Marta Fontana" not in read_html(page(byline, ld_author({"@type": "Person", "name": "L. Fontana"}))).authors
