"""Pictures: deterministic inline SVG with a title, a description and a text alternative beside it;
no script, no external resource; colours from the page (currentColor / CSS classes)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from briefkit import charts
from briefkit.build import build

SVG = "{http://www.w3.org/2000/svg}"

CENTRE = charts.Node("Vladimir Putin", "/repo/actors/vladimir-putin/")
OTHERS = [
    charts.Node("Kim Jong-un", "/repo/actors/kim-jong-un/", 3),
    charts.Node('A & B "<Ltd>"', "/repo/actors/a-b/", 1),
    charts.Node("Russia", "/repo/actors/russia/", 2),
]


def parse(svg: str) -> ET.Element:
    return ET.fromstring(svg)  # well-formed XML, or this raises


def test_network_is_a_labelled_picture_of_links() -> None:
    svg = charts.ego_network(CENTRE, OTHERS)
    root = parse(svg)
    assert root.get("role") is None  # links inside a role="img" would be hidden from assistive tech
    assert root.find(f"{SVG}title").text == "Actors appearing with Vladimir Putin"
    desc = root.find(f"{SVG}desc").text
    assert "Kim Jong-un (3)" in desc and 'A & B "<Ltd>" (1)' in desc and "3 other actors" in desc
    assert root.get("aria-labelledby") == root.find(f"{SVG}title").get("id")
    assert root.get("aria-describedby") == root.find(f"{SVG}desc").get("id")
    links = [a.get("href") for a in root.iter(f"{SVG}a")]
    assert links == [o.url for o in OTHERS] + [CENTRE.url]
    assert "<script" not in svg and "http://" not in svg.replace("http://www.w3.org/2000/svg", "")


def test_edge_width_grows_with_shared_briefings() -> None:
    root = parse(charts.ego_network(CENTRE, OTHERS))
    widths = [float(line.get("stroke-width")) for line in root.iter(f"{SVG}line")]
    assert widths[0] > widths[2] > widths[1]  # 3 shared > 2 shared > 1 shared


def test_network_is_deterministic_and_capped() -> None:
    many = [charts.Node(f"Actor {i:02d}", f"/a/{i}/", 30 - i) for i in range(30)]
    first = charts.ego_network(CENTRE, many)
    assert first == charts.ego_network(CENTRE, list(many))
    root = parse(first)
    assert len(list(root.iter(f"{SVG}circle"))) == charts.NETWORK_MAX_NODES + 1
    assert "and 14 more" in root.find(f"{SVG}desc").text
    assert not re.search(r"\d\.\d{2,}", first)  # coordinates rounded: no float noise in the output


def test_month_bars_include_empty_months() -> None:
    months = charts.months_between((2023, 11), (2024, 2))
    assert months == [(2023, 11), (2023, 12), (2024, 1), (2024, 2)]
    bars = [charts.Bar(f"M{m} {y}", f"M{m}", y, m, n) for (y, m), n in zip(months, [2, 0, 0, 1])]
    root = parse(charts.month_bars(bars))
    assert root.get("role") == "img"
    assert root.find(f"{SVG}title").text == "Briefings per month"
    assert "3 briefings from M11 2023 to M2 2024" in root.find(f"{SVG}desc").text
    heights = [float(r.get("height")) for r in root.iter(f"{SVG}rect")]
    assert len(heights) == 4 and heights[0] == 2 * heights[3] and heights[1] == heights[2] == 0
    assert not list(root.iter(f"{SVG}a"))  # the table beside it carries the links


def test_pages_show_pictures_with_text_alternatives(make_site, tmp_path: Path) -> None:
    site = make_site({
        "content/briefings/later.md": """\
            ---
            title: Later
            summary: Later.
            date: 2024-05-02
            actors: [kim-jong-un, vladimir-putin]
            ---
            Text.
            """,
    })
    assert build(site, output=tmp_path / "out", base_url="https://user.github.io/repo/").ok
    actor = (tmp_path / "out" / "actors" / "vladimir-putin" / "index.html").read_text()
    assert '<svg class="chart chart-network"' in actor
    assert '<a href="/repo/actors/kim-jong-un/">Kim Jong-un</a> <span class="count">(2)</span>' in actor
    timeline = (tmp_path / "out" / "timeline" / "index.html").read_text()
    assert '<svg class="chart chart-bars"' in timeline
    # February to May: four months, two of them empty, all in the table.
    rows = re.findall(r'<tr><th scope="row">(.*?)</th><td>(\d+)</td></tr>', timeline)
    assert [(re.sub(r"<[^>]+>", "", m), int(n)) for m, n in rows] == [
        ("February 2024", 1), ("March 2024", 0), ("April 2024", 0), ("May 2024", 1)]
    assert '<a href="#m2024-02">February 2024</a>' in timeline
    css = (tmp_path / "out" / "static" / "style.css").read_text()
    assert ".chart-bar { fill: var(--accent); }" in css and "prefers-color-scheme: dark" in css


def _label_boxes(svg: str) -> list[tuple[str, "charts.chartlabels.Box"]]:
    root = parse(svg)
    return [(t.text or "", charts.chartlabels.box(float(t.get("x")), float(t.get("y")), t.get("text-anchor"),
                                                  t.text or "", bold="chart-centre-label" in t.get("class", "")))
            for t in root.iter(f"{SVG}text")]


def _network(count: int, long: bool, seed: int) -> str:
    import random

    rng = random.Random(seed)
    words = ["Korean", "Central", "News", "Agency", "Ministry", "of", "Foreign", "Affairs", "China", "Ri", "Kim",
             "Workers'", "Party", "Committee", "for", "the", "Peaceful", "Reunification", "WMWMWM", "Ill"]
    others = [charts.Node(" ".join(rng.choice(words) for _ in range(rng.randint(1, 9 if long else 3))),
                          f"/a/{i}/", rng.randint(1, 40)) for i in range(count)]
    return charts.ego_network(charts.Node("Centre " * rng.randint(1, 12), "/c/"), others)


def test_no_two_network_labels_overlap_at_any_size() -> None:
    # the boxes as briefkit estimates them (never smaller than a browser draws them: see the browser test)
    for seed in range(60):
        svg = _network(seed % 20 + 1, long=seed % 2 == 0, seed=seed)
        boxes = _label_boxes(svg)
        for i, (a, box_a) in enumerate(boxes):
            assert 0 <= box_a.left and box_a.right <= 720 and 0 <= box_a.top and box_a.bottom <= 420, a
            for b, box_b in boxes[i + 1:]:
                assert not box_a.overlaps(box_b), (seed, a, b)


def test_a_shortened_label_keeps_the_full_name_in_its_title() -> None:
    long_name = "Committee for the Peaceful Reunification of the Fatherland and Other Long Things"
    root = parse(charts.ego_network(CENTRE, [charts.Node(long_name, "/a/", 2)]))
    [text] = [t.text for t in root.iter(f"{SVG}text") if t.get("class") == "chart-label"]
    assert text.endswith("… (2)") and len(text) < len(long_name)
    assert [t.text for t in root.iter(f"{SVG}title")][1] == f"{long_name} (2)"


def test_month_chart_labels_never_overlap_from_1_to_120_months() -> None:
    import calendar

    for start_month in (1, 6, 11, 12):
        for count in (1, 2, 3, 12, 13, 18, 19, 54, 55, 120):
            months = [((2020 * 12 + start_month - 1 + k) // 12, (start_month - 1 + k) % 12 + 1) for k in range(count)]
            bars = [charts.Bar(f"{calendar.month_abbr[m]} {y}", calendar.month_abbr[m], y, m, (k * 7) % 5)
                    for k, (y, m) in enumerate(months)]
            root = parse(charts.month_bars(bars))
            width = float(root.get("width"))
            boxes = []
            for t in root.iter(f"{SVG}text"):
                size = 11.0 if "chart-tick" in t.get("class", "") else 13.0
                w = charts.chartlabels.text_width(t.text or "") * size / charts.chartlabels.FONT_PX
                x, anchor = float(t.get("x")), t.get("text-anchor") or "start"
                left = x if anchor == "start" else x - w if anchor == "end" else x - w / 2
                y = float(t.get("y"))
                boxes.append((t.text, charts.chartlabels.Box(left, y - size, left + w, y + 2)))
            for i, (a, box_a) in enumerate(boxes):
                assert box_a.left >= 0 and box_a.right <= width, (start_month, count, a)
                for b, box_b in boxes[i + 1:]:
                    assert not box_a.overlaps(box_b), (start_month, count, a, b)
