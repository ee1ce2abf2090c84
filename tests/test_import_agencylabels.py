"""A byline run into its date's label, a wire printed where the byline goes, a caption's credit.

A byline box copied as one line ("Par Jane Roe Publié le …") made the label read as a surname; a
wire's initials printed as the byline lost to the desk a CMS template files as the author; a
picture's credit marked up as an "author" inside its caption was taken for the writer; a row of
share buttons ("… Send by Messenger Comments (3)") signed the story. Pages and dumps written for
these tests.
"""

from __future__ import annotations

import json

import storytexts
from briefkit.importer.bylinedates import without_date_label
from briefkit.importer.bylines import parse_byline
from briefkit.importer.htmlpage import read_html
from briefkit.importer.inlinebylines import find_byline
from briefkit.importer.metaparts import meta_parts
from briefkit.importer.sharerows import is_share_row
from briefkit.importer.textdump import read_text_dump

HEADLINE = "Le bac du lac reprend deux fois par heure"
BODY = "<p>" + " ".join(["Le bac traversera le lac deux fois par heure à partir du premier mars."] * 6) + "</p>"


def page(byline: str, author: str = "La rédaction", caption: str = "", kind: str = "Person") -> str:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": HEADLINE}
    ld["author"] = {"@type": kind, "name": author}
    return (
        f"<!doctype html><html><head><title>{HEADLINE}</title><meta name='author' content='{author}'>"
        f"<script type='application/ld+json'>{json.dumps(ld)}</script></head><body><article>"
        f"<h1>{HEADLINE}</h1>{byline}{caption}{BODY}</article></body></html>"
    )


def test_the_date_label_after_the_name_is_no_surname() -> None:
    assert without_date_label("Par Jane Roe Publié le 3 mars 2025") == "Par Jane Roe"
    assert without_date_label("Jane Roe Actualizado 06/06/2023 09:15") == "Jane Roe"
    assert without_date_label("Jane Roe | Updated 3 hours ago") == "Jane Roe"
    # a label over the name is left: "Published by" opens the byline
    assert without_date_label("3 May 2024 Published by Jane Roe") == "3 May 2024 Published by Jane Roe"
    assert find_byline("KPA Aggiornato 12/03/2024 10:15", bare=True) == ()


def test_a_wire_printed_as_the_byline_beats_the_template_s_desk() -> None:
    byline = (
        "<div class='post-meta'><div class='meta-author'><span>Par</span> <a href='/author/kpa/'>AFP</a></div>\n"
        "<div class='meta-date'>Publié le 3 mars 2025 à 10h20</div></div>"
    )
    assert read_html(page(byline)).authors == ("AFP",)


def test_a_credit_marked_as_author_inside_a_caption_is_the_photographer_s() -> None:
    byline = "<span class='firma'>EFE</span>"
    caption = (
        "<figure><img src='/bac.jpg' alt='Le bac'><figcaption>Le bac au quai du nord, un matin d'hiver. "
        "<span class='autor-foto'>EFE/Marta Quintal</span></figcaption></figure>"
    )
    assert read_html(page(byline, author="Agencia EFE", caption=caption, kind="Organization")).authors == ("EFE",)


def test_a_portrait_s_caption_holding_the_name_alone_still_names_the_writer() -> None:
    caption = "<figure><img src='/jr.jpg' alt=''><figcaption class='author'>Odile Perrichon</figcaption></figure>"
    assert read_html(page("", author="Odile Perrichon", caption=caption)).authors == ("Odile Perrichon",)


def test_a_row_of_shares_is_a_share_row_whatever_it_ends_on() -> None:
    assert is_share_row("Compartir en Facebook Compartir en X Enviar por Telegram Comentarios (3)")
    assert not is_share_row("Der Verein will den Beitrag teilen, sagte die Vorsitzende.")


def test_a_share_row_under_the_headline_signs_nothing() -> None:
    dump = (
        "Inicio\nNoticias\nEl ferry vuelve a cruzar el lago\n"
        "Compartir en Facebook Compartir en X Enviar por Telegram Comentarios (3)\n"
        f"{storytexts.FERRY}Aviso legal\n"
    )
    assert "Telegram Comentarios" not in read_text_dump(dump).authors


def test_a_signed_byline_run_into_its_dates_is_parted_before_each_label() -> None:
    line = "Par Odile Perrichon Publié le 3 mars 2025 à 10 h 20 Mis à jour le 4 mars 2025 à 8 h 04 Lecture : 4 min"
    assert meta_parts(line) == ["Par Odile Perrichon", "Publié le 3 mars 2025 à 10 h 20"]
    dump = f"Accueil\nLe bac reprend\n{line}\n{storytexts.FERRY}Mentions légales\n"
    doc = read_text_dump(dump)
    assert doc.authors == ("Odile Perrichon",)
    assert str(doc.published)[:10] == "2025-03-03"


def test_a_blog_s_posted_line_with_its_hour_signs_the_post() -> None:
    assert find_byline("Pubblicato da Ottavio Brenna alle 18:32") == ("Ottavio Brenna",)
    assert find_byline("Publicado por Ana Gil às 9:05") == ("Ana Gil",)
    assert find_byline("Arrivano da Porta Nuova con il treno") == ()  # "da" alone is "from", no byline word


def test_a_relative_day_after_the_name_ends_it() -> None:
    assert find_byline("Door Anke van Dijk vandaag, 09:14 Aangepast vandaag, 11:02") == ("Anke van Dijk",)
    assert without_date_label("Alfred Ayer") == "Alfred Ayer"  # a surname that is a day's word elsewhere


def test_the_article_s_author_label_with_the_genitive_first_names_the_writer() -> None:
    assert parse_byline("Artikli autor Kadri Saar", bare=False) == ("Kadri Saar",)


def test_a_signed_first_cell_beside_the_page_s_tools_is_the_byline() -> None:
    dump = (
        "Inicio\nNoticias\nEl ferry vuelve a cruzar el lago\n"
        "Por Lucía Ferrán\tTamaño de letra: A A+ | Imprimir\n"
        f"{storytexts.FERRY}Aviso legal\n"
    )
    assert read_text_dump(dump).authors == ("Lucía Ferrán",)
