"""A saved page's date where the page prints it in a place the usual readers pass by.

An opinion piece whose box is classed as a "comment", a list of the story's details, an update
line in a language's own word: small pages written for these tests, each with one such shape.
"""

from __future__ import annotations

from datetime import date

import lxml.html
import pytest

from briefkit.importer.htmlevidence import gather
from briefkit.importer.htmlpage import read_html
from briefkit.importer.monthonly import invented_day, months_only

BODY = (
    "<p>"
    + " ".join(["The valley's water board set a new tariff for the orchards after two dry summers in a row."] * 6)
    + "</p>"
)


def page(head: str = "", body: str = "", after: str = "") -> str:
    return f"<!doctype html><html><head>{head}</head><body>{body}{BODY}{after}</body></html>"


def test_an_opinion_piece_classed_as_a_comment_keeps_its_own_date() -> None:
    # the box holding the headline is the story's, though its class names a comment: the date in it is the story's
    body = (
        "<div class='piece piece--comment'><h1>Why the orchard tariff comes too late</h1>"
        "<div class='piece__meta'><div class='date'>14. März 2025</div></div>"
    )
    article = read_html(page('<meta name="citation_publication_date" content="2025/03">', body, "</div>"))
    assert article.published == date(2025, 3, 14)


def test_a_date_in_a_comment_thread_is_still_not_the_story_date() -> None:
    body = "<h1>Why the orchard tariff comes too late</h1><p class='date'>2. Februar 2025</p>"
    thread = "<div class='comments'><div class='date'>9. April 2025</div><p>I agree with the board.</p></div>"
    article = read_html(page("", body, thread))
    assert article.published == date(2025, 2, 2)


def test_the_date_term_of_a_list_of_the_story_details_dates_the_story() -> None:
    # "Data" in a definition list beside the subjects, the page's metadata only dated by its last change
    body = (
        "<h1>La giunta fissa la nuova tariffa per i frutteti</h1>"
        "<dl class='details'><dt>Data:</dt><dd>02/12/2026</dd><dt>Argomenti:</dt><dd>Acqua, Agricoltura</dd></dl>"
    )
    after = "<p class='page-end'>Ultimo aggiornamento: 03/12/2026, 09:12</p>"
    article = read_html(page('<meta name="DC.date.modified" content="2026-12-03">', body, after))
    assert article.published == date(2026, 12, 2)


@pytest.mark.parametrize(
    "details",
    [
        "<dl><dt>Data di pubblicazione</dt><dd>02/12/2026</dd></dl>",
        "<table><tr><th>Data:</th><td>02/12/2026</td></tr><tr><th>Argomenti:</th><td>Acqua</td></tr></table>",
    ],
)
def test_a_date_term_in_a_details_table_or_with_its_full_name_dates_the_story(details: str) -> None:
    body = f"<h1>La giunta fissa la nuova tariffa per i frutteti</h1>{details}"
    after = "<p class='page-end'>Ultimo aggiornamento: 03/12/2026, 09:12</p>"
    article = read_html(page('<meta name="DC.date.modified" content="2026-12-03">', body, after))
    assert article.published == date(2026, 12, 2)


def test_a_list_term_that_names_no_date_gives_none() -> None:
    body = (
        "<h1>La giunta fissa la nuova tariffa per i frutteti</h1>"
        "<dl><dt>Scadenza:</dt><dd>02/12/2026</dd></dl><p class='date'>28/11/2026</p>"
    )
    article = read_html(page("", body))
    assert article.published == date(2026, 11, 28)


@pytest.mark.parametrize(
    "line",
    [
        "Ultimo aggiornamento: 03/12/2026, 09:12",
        "Última actualización: 03/12/2026",
        "Última atualização: 03/12/2026",
        "Dernière mise à jour : 03/12/2026",
    ],
)
def test_an_update_line_is_no_candidate_for_the_publication(line: str) -> None:
    # the noun of the last change ("aggiornamento", "actualización"), not only its participle, says what the date is
    tree = lxml.html.document_fromstring(page("", "<h1>La giunta fissa la nuova tariffa</h1>", f"<p>{line}</p>"))
    assert not [c for c in gather(tree).dates if "03/12/2026" in c.value]


def test_a_month_only_date_is_weaker_than_a_full_date_printed_under_the_headline() -> None:
    # htmldate fills "2025/03" with today's day of the month; the day printed on its own line is the story's
    head = '<meta name="citation_publication_date" content="2025/03">'
    body = "<h1>Why the orchard tariff comes too late</h1><p>14. März 2025</p>"
    assert read_html(page(head, body)).published == date(2025, 3, 14)


def test_a_month_only_date_alone_gives_the_month_first_day_and_says_so() -> None:
    article = read_html(page('<meta name="citation_publication_date" content="2025/03">', "<h1>Orchard tariff</h1>"))
    assert article.published == date(2025, 3, 1)
    assert any("only the month" in note for note in article.notes)


def test_only_today_day_in_a_month_given_without_a_day_is_taken_for_invented() -> None:
    months = months_only(["2025/03", "2024-11-02", "11/2024", "March 2025"])
    assert months == {(2025, 3), (2024, 11)}
    today = date(2026, 12, 6)
    assert invented_day(date(2025, 3, 6), months, set(), today)
    assert not invented_day(date(2025, 3, 6), months, {date(2025, 3, 6)}, today)  # another place gives that day
    assert not invented_day(date(2025, 3, 14), months, set(), today)  # a day htmldate read, not today's
    assert not invented_day(date(2025, 4, 6), months, set(), today)  # no month-only date names April


def test_the_last_changes_label_with_its_date_and_hour_is_page_data() -> None:
    from briefkit.importer.pagedata import is_page_data

    assert is_page_data("Ultimo aggiornamento: 03/12/2026, 09:12")
    assert is_page_data("Zuletzt aktualisiert: 03.12.2026, 09:12")
    assert is_page_data("Last updated: 3 December 2026, 09:12")
    assert not is_page_data("Updated on 3 December 2026 the figures showed a rise.")


_PUBLISHED_LD = (
    '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Orchard tariff rises again",'
    ' "datePublished": "2026-12-04T19:30:00+01:00", "dateModified": "2026-12-05T00:12:00+01:00"}</script>'
)


@pytest.mark.parametrize(
    "dateline",
    [
        # the label in an element of its own before the <time>, in the page's language
        "<div class='article-date'><span>Actualizado</span> "
        "<time datetime='2026-12-05T00:12:00+01:00'>Sábado, 5 diciembre 2026 - 00:12</time></div>",
        "<p class='meta'>Aktualisiert am <time datetime='2026-12-05T00:12:00+01:00'>05.12.2026, 00:12 Uhr</time></p>",
        # the label inside the <time>'s own words
        "<div><time datetime='2026-12-05T00:12:00+01:00'>Mis à jour le 5 décembre 2026 à 00h12</time></div>",
        # a dated line whose only label is the update's, with no <time> at all
        "<div class='publish-date'>Bijgewerkt 5 december 2026, 00:12</div>",
    ],
)
def test_a_printed_date_labelled_as_the_update_does_not_beat_the_published_date_of_the_metadata(dateline: str) -> None:
    # the page prints only its last change under the headline; the metadata keeps the first publication
    body = f"<h1>Orchard tariff rises again</h1>{dateline}"
    assert read_html(page(_PUBLISHED_LD, body)).published.date() == date(2026, 12, 4)


def test_a_printed_date_labelled_as_the_update_still_dates_a_page_with_no_other_date() -> None:
    body = (
        "<h1>Orchard tariff rises again</h1><div class='date'><span>Updated</span> <time>5 December 2026</time></div>"
    )
    assert read_html(page("", body)).published == date(2026, 12, 5)


def test_the_published_time_beside_an_update_label_later_in_the_line_stays_the_story_date() -> None:
    body = (
        "<h1>Orchard tariff rises again</h1><p class='meta'>Published <time datetime='2026-12-03'>3 December 2026</time>"
        " · Updated <time datetime='2026-12-05'>5 December 2026</time></p>"
    )
    assert read_html(page("", body)).published == date(2026, 12, 3)
