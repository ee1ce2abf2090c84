"""A published date with its updated date run into it, the year glued to the next date's day."""

from __future__ import annotations

from datetime import date

import pytest

from briefkit.importer.dates import find_date


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("4 junio, 20249 junio, 2024 por Ana Ruiz", date(2024, 6, 4)),  # Spanish, day first
        ("7 May 202511 May 2025", date(2025, 5, 7)),
        ("2 de março de 20233 de março de 2023", date(2023, 3, 2)),  # with "de" before the month
        ("June 3, 2022June 8, 2022", date(2022, 6, 3)),  # month first, as before
    ],
)
def test_the_first_of_two_glued_dates(line: str, expected: date) -> None:
    assert find_date(line) == expected


def test_a_year_before_a_count_stays_unread() -> None:
    assert find_date("Order 202412 items") is None
