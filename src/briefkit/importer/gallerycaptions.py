"""A gallery's captions: the counters over them, and the captions kept as the story's text.

A photo gallery prints each picture under a counter, "1 of 5", "2 of 5", …, and its caption
under the picture. The counter is no sentence of anyone's; the captions are where a gallery
tells its story ("In pictures: …" pages have a paragraph or two and the rest in captions), so
they stay in the text as well as with their pictures. A gallery is told by its counters: three
or more, counting up one by one to the same total. One "2/5" alone is a score or a fraction.
In a saved page the extractor drops the slides' captions; each slide's box holding its counter
says where they stand (`htmlrecall`).
"""

from __future__ import annotations

import re
from typing import Any

from briefkit.importer.blocktext import plain
from briefkit.importer.lazyre import compile_later

# "1 of 5", "[2/5]", "3 / 12", "4 von 12", "5 sur 9", "6 de 10": the counter alone on its line
_COUNTER = compile_later(
    r"^\[?\s*(\d{1,3})\s*(?:/|of|von|sur|de|di|van|av|af|z|из|от|από)\s*(\d{1,3})\s*\]?$",
    re.I,
)
GALLERY_PICTURES = 3


def counted(units: list[str]) -> tuple[set[int], set[int]]:
    """The gallery's counter lines and the lines its captions may start on (the two lines under each
    counter: the picture's alt text or the caption), or two empty sets when the page has no gallery."""
    found: list[tuple[int, int, int]] = []
    for i, unit in enumerate(units):
        m = _COUNTER.match(plain(unit))
        if m:
            found.append((i, int(m.group(1)), int(m.group(2))))
    runs = [f for k, f in enumerate(found) if _in_run(found, k)]
    if len(runs) < GALLERY_PICTURES:
        return set(), set()
    counters = {i for i, _, _ in runs}
    return counters, {j for i in counters for j in (i + 1, i + 2)} - counters


def _in_run(found: list[tuple[int, int, int]], k: int) -> bool:
    """Whether the counter counts on from the one before it or to the one after it (same total)."""
    _, n, total = found[k]
    if not 1 <= n <= total:
        return False
    before = k > 0 and found[k - 1][2] == total and found[k - 1][1] == n - 1
    after = k + 1 < len(found) and found[k + 1][2] == total and found[k + 1][1] == n + 1
    return before or after


def slide_boxes(holder: Any) -> set[Any]:
    """The elements of a saved page's gallery that hold a slide's counter beside its caption (an element
    of its own, "<span>2 of 5</span>"), when three or more count up one gallery; else an empty set."""
    found: list[tuple[int, int, int]] = []
    boxes: list[Any] = []
    for el in holder.iter():
        if not isinstance(el.tag, str) or len(el) or not el.text or len(el.text) > 20:
            continue
        m = _COUNTER.match(el.text.strip())
        if m and el.getparent() is not None:
            found.append((len(boxes), int(m.group(1)), int(m.group(2))))
            boxes.append(el.getparent())
    kept = {boxes[f[0]] for k, f in enumerate(found) if _in_run(found, k)}
    return kept if len(kept) >= GALLERY_PICTURES else set()
