"""A data sheet under a story: a product's or a service's facts in short lines after the prose
that presents it ("ACCURACY" / "class 0.5", "• Supply voltage: 230 V", "Weight: 2 kg").

Each of those lines costs the prose run more than it is worth, and no prose follows them, so the
run ends above them; yet they carry no control, label or notice, and their shape is a sheet's,
not a menu's: a list's marker, a label and its value, a label in capitals. The story runs on to
the last line of that shape, when such lines follow the prose at once and make most of the stretch.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from briefkit.importer import boilerplate
from briefkit.importer.textmarkdown import LIST_ITEM

# "Supply voltage: 230 V", "GENERAL:": a label of a few words and its colon
_LABELLED = re.compile(r"^[^\W\d_][^:]{0,40}:(?:\s+\S|\s*$)")
# how many lines apart two lines of the sheet may stand (a value wrapped over two lines, a label's value)
SHEET_GAP = 3
# the least items (a list's, a label's and its value) a sheet holds, and the least share of its
# lines that are items or labels
SHEET_LINES = 6
SHEET_SHARE = 0.5


def _sheet_line(unit: str) -> str | None:
    """What line of a data sheet this is: "item" (a list item, a label and its value), "label"
    (a label in capitals over its value), or None."""
    text = boilerplate.plain(unit).strip()
    n = len(boilerplate.words(text))
    if not 1 <= n <= 16:
        return None
    if LIST_ITEM.match(text) or _LABELLED.match(text) and len(text.split(":", 1)[0].split()) <= 4:
        return "item"
    letters = [c for c in text if c.isalpha()]
    return "label" if n <= 4 and len(letters) >= 3 and all(c.isupper() for c in letters) else None


def past_sheet(units: list[str], values: list[int], end: int, ends_story: Callable[[int], bool]) -> int:
    """The run's end moved past a data sheet that follows its prose (see the module's docstring),
    up to the sheet's last line; `ends_story(k)` tells a line no sheet holds (a control, a notice)."""
    if end >= len(units) or not any(_sheet_line(units[k]) for k in range(end, min(len(units), end + 2))):
        return end
    last, shaped, items, k = end, 0, 0, end
    while k < len(units) and k - last <= SHEET_GAP and values[k] <= 0 and not ends_story(k):
        kind = _sheet_line(units[k])
        if kind is not None:
            last, shaped, items = k + 1, shaped + 1, items + (kind == "item")
        k += 1
    # labels in capitals alone are a menu's ("NEWS", "SPORT", …): a sheet gives values, most of them labelled
    if items < SHEET_LINES or shaped < SHEET_SHARE * (last - end):
        return end
    return last
