"""A byline's name sharing its line with something else: the date's label after it, or the post after it.

"Name Published: date" on one line, in scripts with and without capitals; "Name 기자" / "Name 记者", the
reporter's post after the name in Korean, Chinese and Japanese, which signs the line as a keyword does.
Every line is written for these tests.
"""

from __future__ import annotations

import pytest

from briefkit.importer.bylines import parse_byline
from briefkit.importer.labelnames import name_before_label
from briefkit.importer.textdump import read_text_dump
from storytexts import MENU, PIER, TAIL, dump


@pytest.mark.parametrize(("line", "names"), [
    ("Ana Ruiz Publicado: 03/05/2024 10:15", ("Ana Ruiz",)),
    ("Jane Roe Published: 3 May 2024", ("Jane Roe",)),
    ("דנה כהן פורסם: 03.05.24 | 10:15", ("דנה כהן",)),  # Hebrew, a two-digit year
    ("سارة أحمد نشر: 03.05.2024", ("سارة أحمد",)),  # Arabic
    ("Last updated: 3 May 2024", ()),  # the label alone
    ("Home News Updated: 3 May 2024", ()),  # menu entries, no name
    ("Date de publication : 3 mai 2024", ()),
    ("דנה כהן פורסם: אתמול", ()),  # no date after the label
])
def test_a_name_before_the_dates_label(line: str, names: tuple[str, ...]) -> None:
    assert name_before_label(line) == names


@pytest.mark.parametrize(("line", "names"), [
    ("박서연 기자", ("박서연",)),
    ("박서연 기자 sypark@example.kr", ("박서연",)),
    ("李明 记者", ("李明",)),
    ("佐藤花子記者", ("佐藤花子",)),
    ("기자", ()),  # the post alone names no one
])
def test_the_reporters_post_after_the_name(line: str, names: tuple[str, ...]) -> None:
    assert parse_byline(line) == names
    assert parse_byline(line, bare=False) == names  # signed, as a keyword signs


def test_the_named_date_line_under_the_standfirst() -> None:
    page = dump(
        MENU,
        ["Harbour board votes to rebuild the old north pier"],
        ["The town will ask the regional fund to pay for half of the work"],
        ["Jane Roe Published: 3 May 2024 10:15"],
        PIER,
        TAIL,
    )
    art = read_text_dump(page)
    assert art.title == "Harbour board votes to rebuild the old north pier"
    assert art.summary == "The town will ask the regional fund to pay for half of the work"
    assert art.authors == ("Jane Roe",)
    assert art.published is not None and art.published.isoformat().startswith("2024-05-03")
