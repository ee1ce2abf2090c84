"""A day printed month first with its "de" ("diciembre 05 de 2026"), and a details list that gives the
publication day beside another day (a verdict's, an event's).

Small pages written for these tests.
"""

from __future__ import annotations

from datetime import date, datetime

from briefkit.importer.dates import parse_date
from briefkit.importer.htmlpage import read_html

TITLE = "Harbour ferry keeps its winter timetable"
BODY = "<p>" + " ".join(["The ferry crews voted to keep the winter timetable after a long talk."] * 6) + "</p>"


def day_of(value: object) -> date | None:
    return value.date() if isinstance(value, datetime) else value if isinstance(value, date) else None


def test_a_month_first_day_keeps_its_de() -> None:
    assert parse_date("diciembre 05 de 2026") == date(2026, 12, 5)
    assert day_of(parse_date("marzo 9 de 2025 - 07:40 p. m.")) == date(2025, 3, 9)
    assert day_of(parse_date("dezembro 5 de 2026 às 18h40")) == date(2026, 12, 5)
    assert parse_date("May 5, 2026") == date(2026, 5, 5)  # the English form is untouched


def test_the_printed_evening_beats_the_next_day_in_utc() -> None:
    head = f"<title>{TITLE}</title><meta property='article:published_time' content='2025-03-10T00:40:00Z'>"
    body = f"<h1>{TITLE}</h1><div class='fecha'>marzo 09 de 2025 - 07:40 p. m.</div>"
    article = read_html(f"<html><head>{head}</head><body><article>{body}{BODY}</article></body></html>")
    assert day_of(article.published) == date(2025, 3, 9)


def test_a_details_list_gives_its_publication_day_not_the_verdicts() -> None:
    details = (
        "<dl class='case-data'><dt>Publicatiedatum</dt><dd>14-05-2025</dd>"
        "<dt>Uitspraakdatum</dt><dd>12-05-2025</dd></dl>"
    )
    page = f"<html><head><title>{TITLE}</title></head><body><article><h1>{TITLE}</h1>{details}{BODY}"
    page += "</article></body></html>"
    assert day_of(read_html(page).published) == date(2025, 5, 14)
