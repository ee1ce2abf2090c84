"""Thai month names and the Buddhist Era's years (`importer.thaidates`)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from briefkit.importer.dates import find_date, parse_date


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("2 กุมภาพันธ์ 2567", date(2024, 2, 2)),  # the full name, a year of the Buddhist Era
        ("วันอังคารที่ 2 กุมภาพันธ์ พ.ศ. 2567", date(2024, 2, 2)),  # a weekday before, the era's mark
        ("21 ต.ค. 2566", date(2023, 10, 21)),  # the abbreviated name with its dots
        ("21 ต.ค. 66", date(2023, 10, 21)),  # the era's year by its last two figures
        ("5 ธ.ค. 2023", date(2023, 12, 5)),  # a Gregorian year is kept
        ("5 ธันวาคม ค.ศ. 2023", date(2023, 12, 5)),
        ("9 มิ.ย. พ. ศ. 2566", date(2023, 6, 9)),  # the era's mark with a space inside
    ],
)
def test_thai_dates(line: str, expected: date) -> None:
    assert parse_date(line) == expected


def test_a_thai_byline_with_its_hours_and_updated_label() -> None:
    line = "โดย นภา ใจดี 7 ส.ค. 2566 | 08:30 น. อัปเดตล่าสุด 8 ส.ค. 2566 | 11:00 น."
    assert find_date(line) == datetime(2023, 8, 7, 8, 30)


def test_thai_text_without_a_date_gives_none() -> None:
    assert find_date("ฝนตกหนักทั่วภาคเหนือ ชาวบ้านอพยพ") is None


def test_a_revised_label_marks_the_later_date() -> None:
    line = "ปรับปรุงล่าสุด 4 ม.ค. 2567 เผยแพร่ 3 ม.ค. 2567"
    assert find_date(line) == date(2024, 1, 3)
