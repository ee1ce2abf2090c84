"""Thai dates, made readable to `dates`: Thai month names and the Buddhist era's years.

Thai news prints its dates with Thai month names, in full or abbreviated with dots ("14 มีนาคม",
"13 มี.ค."), often after a weekday ("วันศุกร์ที่ 14 …", "Friday the 14th …"), and counts its years in
the Buddhist era, 543 ahead of the Gregorian ("พ.ศ. 2568" is 2025), in four figures or two
("13 มี.ค. 68"). `thai_as_latin` writes such a line as `dates` reads the first eight languages:
"13 march 2025 16:45", with the labels for published and last updated as "published" and
"updated". Thai digits are made ASCII by `scriptdates` before this runs. A four-figure year under
2400 beside a Thai month is Gregorian already (some sites print it so) and is kept.
"""

from __future__ import annotations

import re

from briefkit.importer.lazyre import compile_later
from briefkit.importer.monthnames import ENGLISH_MONTHS

# the months in full, then abbreviated as Thai prints them (dots after each syllable's initial)
_FULL = ("มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน ธันวาคม").split()
_SHORT = "ม.ค. ก.พ. มี.ค. เม.ย. พ.ค. มิ.ย. ก.ค. ส.ค. ก.ย. ต.ค. พ.ย. ธ.ค.".split()
_MONTH_OF = {name: n for names in (_FULL, _SHORT) for n, name in enumerate(names)}
_MONTH = "|".join(sorted((re.escape(k) for k in _MONTH_OF), key=len, reverse=True))
# day, month, an optional era label ("พ.ศ." Buddhist, "ค.ศ." Christian), the year in four figures or two
_DATE = compile_later(rf"(?<!\d)(\d{{1,2}})\s*({_MONTH})\s*(?:(พ\.\s?ศ\.|ค\.\s?ศ\.)\s*)?(\d{{4}}|\d{{2}})(?!\d)")
# "วันศุกร์ที่": "on Friday the" before the day, which `dates` needs no more than the weekday's name
_WEEKDAY = compile_later(r"วัน(?:จันทร์|อังคาร|พุธ|พฤหัสบดี|พฤหัส|ศุกร์|เสาร์|อาทิตย์)(?:ที่)?\s*")
# "16:45 น." (นาฬิกา, o'clock) after the hour
_OCLOCK = compile_later(r"(\d{1,2}[:.]\d{2})\s*น\.")
# the labels: published ("เผยแพร่", "โพสต์", "วันที่เผยแพร่"), last updated ("อัปเดตล่าสุด", "อัพเดท", "แก้ไขล่าสุด",
# "ปรับปรุงล่าสุด": revised)
_LABEL = compile_later(r"(?:วันที่)?(?:(เผยแพร่|โพสต์)|(อัปเดต|อัพเดต|อัพเดท|แก้ไข|ปรับปรุง)(?:ล่าสุด)?)(?:\s*:)?")
_THAI = compile_later(r"[\u0e00-\u0e7f]")
_BUDDHIST_ERA = 543


def thai_script(text: str) -> bool:
    """Whether the line holds Thai letters."""
    return _THAI.search(text) is not None


def _gregorian(m: re.Match[str]) -> str:
    day, month, era, year = int(m[1]), _MONTH_OF[m[2]], m[3], int(m[4])
    if year < 100:  # "68": the Buddhist era's last two figures (Thai pages print no two-figure Gregorian years)
        year += 2500
    if not (era or "").startswith("ค") and year >= 2400:  # a Buddhist year, unless the label says Christian
        year -= _BUDDHIST_ERA
    return f"{day} {ENGLISH_MONTHS[month]} {year}"


def thai_as_latin(text: str) -> str:
    """The line with its Thai dates written as `dates` reads them ("13 มี.ค. 2568 16:45 น." -> "13 march 2025
    16:45"), its weekdays dropped and its labels in English."""
    text = _WEEKDAY.sub("", text)
    text = _DATE.sub(_gregorian, text)
    text = _OCLOCK.sub(r"\1", text)
    return _LABEL.sub(lambda m: " published " if m[1] else " updated ", text)
