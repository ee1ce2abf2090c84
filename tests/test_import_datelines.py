"""A saved page dated only by a line that is a date and little else, with no class, `<time>` or metadata.

Read without htmldate: its extensive search finds such dates on a quiet machine, but it has half a
second, and on a busy one the page went undated.
"""

from __future__ import annotations

import sys
from datetime import date, datetime
from typing import Any

import pytest

from briefkit.importer.htmlpage import read_html

PROSE = " ".join(["The ferry timetable changes next month, and the harbour office has posted the new times."] * 5)


def _page(around_headline: str, elsewhere: str = "") -> str:
    return (
        "<!doctype html><html><head><title>New ferry times</title></head><body>"
        f"<div class='teasers'>{elsewhere}</div><main>{around_headline}<p>{PROSE}</p></main></body></html>"
    )


def _published(html: str, monkeypatch: Any) -> datetime | date | None:
    monkeypatch.setitem(sys.modules, "htmldate", None)
    return read_html(html).published


@pytest.mark.parametrize(
    "markup",
    [
        "<h3>14.03.2023</h3><h1>New ferry times</h1>",  # a heading over the headline that is only the day
        "<h1>New ferry times</h1><p>March 14, 2023</p>",  # a paragraph under it
        "<h1>New ferry times</h1><p>14. März 2023 | Verkehr, Hafen</p>",  # the day, then its topics
        "<h1>New ferry times</h1><div>Pressemitteilung vom 14.03.2023</div>",  # a label of a few words first
        "<h1>New ferry times</h1><p>Mitteilung vom 14. März 2023 | Kiel – Die Fähren fahren ab April öfter.</p>",
    ],
)
def test_a_line_that_is_only_a_date_beside_the_headline_dates_the_page(markup: str, monkeypatch: Any) -> None:
    found = _published(_page(markup), monkeypatch)
    assert found is not None and str(found)[:10] == "2023-03-14"


def test_a_date_line_in_a_list_far_from_the_headline_dates_nothing(monkeypatch: Any) -> None:
    teasers = "".join(f"<div><a href='/n/{n}'>Older notice {n}</a></div>" for n in range(100))
    markup = f"<p>02.02.2021</p>{teasers}"  # two hundred elements before the headline
    found = _published(_page("<h1>New ferry times</h1>", elsewhere=markup), monkeypatch)
    assert found is None


def test_the_line_nearest_the_headline_is_the_one_that_counts(monkeypatch: Any) -> None:
    markup = "<p>09.01.2023</p><div><a href='/a'>Older notice</a></div><h1>New ferry times</h1><p>14.03.2023</p>"
    found = _published(_page(markup), monkeypatch)
    assert found is not None and str(found)[:10] == "2023-03-14"


@pytest.mark.parametrize(
    "line",
    [
        "Antworten bis 14.03.2023",  # a deadline
        "Anmeldung ab 14.03.2023",  # a start
        "Jane DoeAktualisiert: 14.03.2023",  # the last change, glued to the name before it
        "Last updated 14.03.2023",
    ],
)
def test_a_deadline_or_an_update_is_not_a_date_line(line: str, monkeypatch: Any) -> None:
    found = _published(_page(f"<h1>New ferry times</h1><p>{line}</p>"), monkeypatch)
    assert found is None or str(found)[:10] != "2023-03-14"
