"""A writer's name with their post on one line over the date, "Jane Roe Reporter" (`rolenames`).

Each dump is written for the test (no publisher's text); each case is a shape real pages have.
"""

from __future__ import annotations

import storytexts
from briefkit.importer.rolenames import names_before_posts
from briefkit.importer.textdump import read_text_dump

_HEADLINE = "Harbour board votes to rebuild the old north pier"


def _page(under: list[str], tail: list[str] = storytexts.TAIL) -> str:
    return storytexts.dump(storytexts.MENU, [_HEADLINE], under, storytexts.PIER, tail)


def test_a_name_and_its_post_over_the_date_is_the_byline() -> None:
    under = [
        "The pier after the storm. Photo: Harbour board",
        "Jane Roe Reporter",
        "Published 3 May 2024 10:00",
        "Share Save Listen",
    ]
    assert read_text_dump(_page(under)).authors == ("Jane Roe",)


def test_a_run_of_names_with_posts_over_the_date() -> None:
    lines = ["Jane Roe Journalist", "Sam Poe Journalist", "3 May 2024", "Share"]
    assert names_before_posts(lines, lines) == ("Jane Roe", "Sam Poe")


def test_a_beat_between_name_and_post_is_cut_where_the_page_tells() -> None:
    lines = ["Jane Roe Harbour Correspondent", "3 May 2024"]
    assert names_before_posts(lines, lines) == ()  # a beat or a third name: the page does not tell
    assert names_before_posts(lines, [*lines, "Follow Jane Roe"]) == ("Jane Roe",)
    assert names_before_posts(["Ana Maria Roe Reporter", "3 May 2024"], ["More by Ana Maria Roe"]) == ("Ana Maria Roe",)
    assert names_before_posts(["Jane Roe, Harbour Affairs Correspondent", "3 May 2024"], []) == ("Jane Roe",)


def test_a_beat_alone_or_a_line_with_no_date_under_it_names_no_one() -> None:
    assert names_before_posts(["Asia correspondent", "3 May 2024"], []) == ()
    assert names_before_posts(["Jane Roe Reporter", "The board met on Tuesday."], []) == ()
