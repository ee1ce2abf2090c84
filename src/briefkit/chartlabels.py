"""Where a picture's text labels go so that no two overlap, whatever the names.

The network puts its co-actors on a circle; labelled radially, two neighbours' labels cross as
soon as names are long or nodes many. Here each label sits beside its node on the node's side
of the circle (right side: starting after the node; left side: ending before it), so labels of
the two sides never meet, and on each side the labels are stacked at least a line apart (pushed
down in order of height, then back up from the bottom edge), with a leader line where a label
moved off its node's height. A label too wide for the room on its side is shortened with an
ellipsis; the picture's description and each link's title keep the full name.

Widths are estimated, not measured (no fonts at build time): per character, a little wider
than common sans-serif faces set them, so the boxes are never smaller than what a browser draws
(tests/test_charts.py checks that against Chromium's own boxes).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

FONT_PX = 13.0  # .chart's font size (theme/static/style.css)
LINE = 17.0  # a label's height with room around it: 13 px glyphs are about 15 px tall
BASELINE = 4.5  # from a label's vertical middle down to its baseline
GAP = 6.0  # between a node's edge and its label
_NARROW = set("il.,:;'|!ijtfr()[] ")
_WIDE = set("MWmw@%")


@dataclass(frozen=True, slots=True)
class Label:
    x: float
    y: float  # baseline
    anchor: str  # "start" | "end" | "middle"
    text: str


@dataclass(frozen=True, slots=True)
class Box:
    left: float
    top: float
    right: float
    bottom: float

    def overlaps(self, other: Box) -> bool:
        return (
            self.left < other.right and other.left < self.right and self.top < other.bottom and other.top < self.bottom
        )


def text_width(text: str, *, bold: bool = False) -> float:
    """An upper estimate of `text`'s width in pixels at FONT_PX (bold runs about a tenth wider)."""
    em = 0.0
    for ch in text:
        if ch in _NARROW:
            em += 0.38
        elif ch in _WIDE:
            em += 1.0
        elif ch.isupper() and ch.isalpha():
            em += 0.8
        else:
            em += 0.65
    return em * FONT_PX * (1.12 if bold else 1.0)


def box(x: float, y: float, anchor: str, text: str, *, bold: bool = False) -> Box:
    """The box a label at baseline `y` takes, by its anchor."""
    w = text_width(text, bold=bold)
    left = x if anchor == "start" else x - w if anchor == "end" else x - w / 2
    return Box(left, y - BASELINE - LINE / 2, left + w, y - BASELINE + LINE / 2)


def fit(text: str, room: float, *, bold: bool = False) -> str:
    """`text`, shortened with an ellipsis (keeping a trailing " (n)") to fit `room` pixels."""
    if text_width(text, bold=bold) <= room:
        return text
    head, sep, count = text.rpartition(" (")
    tail = sep + count if sep and count.endswith(")") else ""
    name = head if tail else text
    while name and text_width(name.rstrip() + "…" + tail, bold=bold) > room:
        name = name[:-1]
    return name.rstrip() + "…" + tail


def place_labels(
    nodes: Sequence[tuple[float, float, float, bool]],
    texts: Sequence[str],
    *,
    width: float,
    height: float,
    top: float = 0.0,
    avoid: Sequence[Box] = (),
) -> list[Label]:
    """A label per node (x, y, radius, on the right side), in the nodes' order.

    Labels whose stacked box would meet one in `avoid` (the centre's own label) are moved past it.
    """
    wanted: list[Label] = []
    for (x, y, r, right), text in zip(nodes, texts, strict=True):
        lx = x + r + GAP if right else x - r - GAP
        room = (width - 4 - lx) if right else (lx - 4)
        wanted.append(Label(lx, y + BASELINE, "start" if right else "end", fit(text, room)))
    placed = list(wanted)
    for side in ("start", "end"):
        order = sorted((i for i, lab in enumerate(wanted) if lab.anchor == side), key=lambda i: (wanted[i].y, i))
        ys = [wanted[i].y for i in order]
        lowest, highest = top + LINE, height - 6
        for k in range(len(ys)):  # down: each at least a line below the one above
            ys[k] = max(ys[k], lowest if k == 0 else ys[k - 1] + LINE)
            for other in avoid:
                b = box(wanted[order[k]].x, ys[k], side, wanted[order[k]].text)
                if b.overlaps(other):
                    ys[k] = other.bottom + BASELINE + LINE / 2 + 0.5
        for k in range(len(ys) - 1, -1, -1):  # up from the bottom edge, if the stack ran past it
            ys[k] = min(ys[k], highest if k == len(ys) - 1 else ys[k + 1] - LINE)
        for k, i in enumerate(order):
            placed[i] = Label(wanted[i].x, ys[k], side, wanted[i].text)
    return placed
