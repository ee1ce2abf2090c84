"""Pictures drawn at build time: pure functions from numbers and names to inline SVG strings.

Why hand-written SVG and not a charting library: the pictures are two simple shapes (a star of
actors, a row of bars), they must be byte-identical from build to build, readable without
JavaScript and follow the page's light/dark colours. A few dozen lines of SVG do that; every
number is rounded to one decimal so floating-point noise never reaches the output.

Accessibility: the bar chart is one `role="img"` (title and description name what it shows;
the table beside it holds the numbers and the links). The network's nodes are links to the
actors' pages, and links inside a `role="img"` are hidden from assistive technology (axe rates
that "serious": nested-interactive), so the network keeps the SVG's own role (a graphics
document; the Nu checker allows no `group` on `svg`), labelled by its title and described by its
description, and its links are real, named, keyboard-reachable links.

Colours come from CSS classes (`.chart-…` in the theme's style.css, which uses the page's
custom properties) with `currentColor` as the fallback, so dark mode and print need nothing here.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from briefkit import chartlabels

NETWORK_MAX_NODES = 16  # more co-actors than this crowd the circle; the list beside it has them all


@dataclass(frozen=True, slots=True)
class Node:
    """An actor in a network picture: its name, page URL and the briefings it shares."""

    name: str
    url: str
    weight: int = 1


@dataclass(frozen=True, slots=True)
class Bar:
    """One month of the timeline chart."""

    label: str  # "Feb 2024"
    short: str  # "Feb"
    year: int
    month: int
    count: int


def _n(x: float) -> str:
    """A coordinate as text: one decimal, no "-0.0"."""
    text = f"{x:.1f}"
    return "0.0" if text == "-0.0" else text


def escape(text: str) -> str:
    """`xml.sax.saxutils.escape`, written out: importing that module pulls in urllib.request,
    http.client, email and socket (~30 ms of start-up) for three `str.replace` calls."""
    return text.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")


_ATTR_WHITESPACE = str.maketrans({"\n": "&#10;", "\r": "&#13;", "\t": "&#9;"})


def _attr(value: str) -> str:
    """A quoted attribute value, byte for byte what `xml.sax.saxutils.quoteattr` gives."""
    data = escape(value).translate(_ATTR_WHITESPACE)
    if '"' in data:
        if "'" in data:
            return '"' + data.replace('"', "&quot;") + '"'
        return "'" + data + "'"
    return '"' + data + '"'


def _open_svg(
    width: int, height: int, cls: str, title_id: str, desc_id: str, title: str, desc: str, *, image: bool = True
) -> list[str]:
    label = (
        f'role="img" aria-labelledby="{title_id} {desc_id}"'
        if image
        else f'aria-labelledby="{title_id}" aria-describedby="{desc_id}"'
    )
    return [
        f'<svg class="chart {cls}" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" {label}>',
        f'<title id="{title_id}">{escape(title)}</title>',
        f'<desc id="{desc_id}">{escape(desc)}</desc>',
    ]


def ego_network(centre: Node, others: list[Node] | tuple[Node, ...], *, id_prefix: str = "network") -> str:
    """The actor in the centre, the actors it appears with on a circle around it.

    Edge width grows with the briefings shared; nodes are links to the actors' pages. The order
    of `others` (most shared first, then by name: assemble's order) fixes the layout, so the
    picture only changes when the data does. Only the first NETWORK_MAX_NODES are drawn.
    """
    shown = list(others)[:NETWORK_MAX_NODES]
    width, height = 720, 420
    cx, cy, radius = width / 2, height / 2, 150.0
    top = max((o.weight for o in shown), default=1)
    hidden = len(others) - len(shown)
    names = ", ".join(f"{o.name} ({o.weight})" for o in shown)
    desc = (
        f"{centre.name} appears in briefings with {len(others)} other actor"
        f"{'s' if len(others) != 1 else ''}"
        + (f": {names}" if names else "")
        + (f", and {hidden} more" if hidden > 0 else "")
        + ". Numbers are shared briefings."
    )
    out = _open_svg(
        width,
        height,
        "chart-network",
        f"{id_prefix}-title",
        f"{id_prefix}-desc",
        f"Actors appearing with {centre.name}",
        desc,
        image=False,
    )
    points = []
    for i, _ in enumerate(shown):
        # Start at the top and go clockwise; one node sits straight above the centre.
        angle = -math.pi / 2 + 2 * math.pi * i / max(len(shown), 1)
        points.append((cx + radius * math.cos(angle), cy + radius * math.sin(angle), angle))
    out.append('<g class="chart-edges" stroke="currentColor" stroke-linecap="round">')
    for o, (x, y, _) in zip(shown, points, strict=True):
        w = 1.5 + 5.5 * (o.weight / top)
        out.append(
            f'<line class="chart-edge" x1="{_n(cx)}" y1="{_n(cy)}" x2="{_n(x)}" y2="{_n(y)}" stroke-width="{_n(w)}"/>'
        )
    out.append("</g>")
    out.append('<g class="chart-nodes">')
    radii = [7 + 5 * (o.weight / top) for o in shown]
    centre_text = chartlabels.fit(centre.name, width - 40, bold=True)
    centre_box = chartlabels.box(cx, cy + 36, "middle", centre_text, bold=True)
    placed = chartlabels.place_labels(
        [(x, y, r, math.cos(angle) >= -1e-9) for (x, y, angle), r in zip(points, radii, strict=True)],
        [f"{o.name} ({o.weight})" for o in shown],
        width=width,
        height=height,
        top=0.0,
        avoid=[centre_box],
    )
    for o, (x, y, _), r, label in zip(shown, points, radii, placed, strict=True):
        leader = ""
        if abs(label.y - (y + chartlabels.BASELINE)) > 3:  # moved off its node's height: a line shows whose it is
            sx = x + r if label.anchor == "start" else x - r
            ex = label.x - 2 if label.anchor == "start" else label.x + 2
            leader = (
                f'<polyline class="chart-leader" '
                f'points="{_n(sx)},{_n(y)} {_n(ex)},{_n(label.y - chartlabels.BASELINE)}" '
                'fill="none" stroke="currentColor"/>'
            )
        title = f"<title>{escape(o.name)} ({o.weight})</title>" if label.text != f"{o.name} ({o.weight})" else ""
        out.append(
            f'<a href={_attr(o.url)}>{title}<circle class="chart-node" cx="{_n(x)}" cy="{_n(y)}" r="{_n(r)}" '
            f'fill="currentColor"/>{leader}<text class="chart-label" x="{_n(label.x)}" y="{_n(label.y)}" '
            f'text-anchor="{label.anchor}" fill="currentColor">{escape(label.text)}</text></a>'
        )
    centre_title = f"<title>{escape(centre.name)}</title>" if centre_text != centre.name else ""
    out.append(
        f'<a href={_attr(centre.url)} aria-current="page">{centre_title}'
        f'<circle class="chart-node chart-centre" cx="{_n(cx)}" cy="{_n(cy)}" '
        f'r="16" fill="currentColor"/><text class="chart-label chart-centre-label" x="{_n(cx)}" '
        f'y="{_n(cy + 36)}" text-anchor="middle" fill="currentColor">{escape(centre_text)}</text></a>'
    )
    out.append("</g>")
    out.append("</svg>")
    return "\n".join(out)


def month_bars(bars: list[Bar] | tuple[Bar, ...], *, id_prefix: str = "per-month") -> str:
    """Briefings per month as vertical bars, oldest month on the left, empty months included."""
    bars = list(bars)
    slot, gap, left, top_pad, plot_h, bottom = 28, 6, 36, 24, 160, 44
    width = max(left + slot * len(bars) + 12, 240)
    height = top_pad + plot_h + bottom
    top = max((b.count for b in bars), default=0) or 1
    total = sum(b.count for b in bars)
    span = f"{bars[0].label} to {bars[-1].label}" if bars else "no months"
    busiest = max(bars, key=lambda b: b.count) if bars else None
    desc = (
        f"{total} briefing{'s' if total != 1 else ''} from {span}"
        + (f"; the busiest month is {busiest.label} with {busiest.count}" if busiest and busiest.count else "")
        + ". The table below lists every month."
    )
    out = _open_svg(width, height, "chart-bars", f"{id_prefix}-title", f"{id_prefix}-desc", "Briefings per month", desc)
    base_y = top_pad + plot_h
    out.append(
        f'<line class="chart-axis" x1="{left - 4}" y1="{base_y}" x2="{width - 8}" y2="{base_y}" '
        f'stroke="currentColor" stroke-width="1"/>'
    )
    out.append(
        f'<text class="chart-tick" x="{left - 8}" y="{base_y + 4}" text-anchor="end" fill="currentColor">0</text>'
    )
    out.append(
        f'<text class="chart-tick" x="{left - 8}" y="{top_pad + 4}" text-anchor="end" fill="currentColor">{top}</text>'
    )
    label_every = 1 if len(bars) <= 18 else 3 if len(bars) <= 54 else 12
    for i, b in enumerate(bars):
        x = left + i * slot + gap / 2
        w = slot - gap
        h = plot_h * b.count / top
        y = base_y - h
        rect = f'<rect class="chart-bar" x="{_n(x)}" y="{_n(y)}" width="{_n(w)}" height="{_n(h)}" fill="currentColor"/>'
        if b.count:
            rect += (
                f'<text class="chart-value" x="{_n(x + w / 2)}" y="{_n(y - 4)}" text-anchor="middle" '
                f'fill="currentColor">{b.count}</text>'
            )
        out.append(rect)
        if i % label_every == 0 or b.month == 1:
            out.append(
                f'<text class="chart-tick" x="{_n(x + w / 2)}" y="{base_y + 16}" text-anchor="middle" '
                f'fill="currentColor">{escape(b.short)}</text>'
            )
        # a year at each January, and at the start unless a January follows too closely for both
        if b.month == 1 or (i == 0 and not (len(bars) > 1 and bars[1].month == 1)):
            out.append(
                f'<text class="chart-tick chart-year" x="{_n(x)}" y="{base_y + 34}" fill="currentColor">{b.year}</text>'
            )
    out.append("</svg>")
    return "\n".join(out)


def months_between(first: tuple[int, int], last: tuple[int, int]) -> list[tuple[int, int]]:
    """Every (year, month) from `first` to `last` inclusive, in order."""
    (y, m), out = first, []
    while (y, m) <= last:
        out.append((y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out
