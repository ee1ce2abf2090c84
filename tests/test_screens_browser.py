"""Every kind of page as readers see it: 1280 and 390 px wide, light and dark, in headless Chromium.

Each page is rendered and a full-page screenshot taken (kept in pytest's temporary folder, to
look at when a layout changes); the test fails on horizontal overflow (the page wider than the
window, so the reader scrolls sideways) and on annotations drawn over one another (the actor,
sanction and tag entries, the figure captions and credits, the pictures' labels).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "browser"))
from site_server import CHROMIUM, chromium, serve_folder  # noqa: E402

from briefkit.build import build  # noqa: E402

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium (CI installs it)"),
]
REPO = Path(__file__).resolve().parent.parent
PAGES = {
    "home": "",
    "briefings": "briefings/",
    "briefing": "briefings/2024-06-19-putin-visits-pyongyang-signs-partnership-treaty/",
    "actors": "actors/",
    "actor": "actors/kim-jong-un/",
    "sanctions": "sanctions/",
    "sanction": "sanctions/unscr-1718/",
    "tags": "tags/",
    "tag": "tags/russia/",
    "timeline": "timeline/",
    "credits": "credits/",
    "search": "search/",
    "not-found": "404.html",
}
# Leaf boxes that must not be drawn over one another: annotation entries, captions, credits, labels.
BOXES = """() => {
  const sel = '.annotations li, .refs li, figcaption .caption, figcaption .credit, .chart-label, .chart-value, .listing, .margin-note';
  return [...document.querySelectorAll(sel)].filter(e => {
    const r = e.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden';
  }).map(e => {
    const r = e.getBoundingClientRect();
    return [e.getAttribute('class') || e.tagName, e.textContent.trim().slice(0, 40), r.left, r.top, r.right, r.bottom,
            [...document.querySelectorAll(sel)].filter(o => o !== e && (o.contains(e) || e.contains(o))).length];
  });
}"""


@pytest.fixture(scope="module")
def site_url(tmp_path_factory):
    out = tmp_path_factory.mktemp("screens") / "out"
    result = build(REPO, output=out, base_url="https://user.github.io/repo/")
    assert result.ok, [d.format() for d in result.diagnostics]
    with serve_folder(out, "/repo/") as url:
        yield url


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", [1280, 390])
def test_every_page_kind_fits_and_keeps_its_annotations_apart(site_url, tmp_path, width, scheme):
    problems = []
    with chromium() as browser:
        page = browser.new_page(viewport={"width": width, "height": 900}, color_scheme=scheme)
        for name, path in PAGES.items():
            page.goto(site_url + path)
            page.screenshot(path=str(tmp_path / f"{name}-{width}-{scheme}.png"), full_page=True)
            scroll, inner = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
            if scroll > inner:
                problems.append(f"{name}: {scroll} px wide in a {inner} px window")
            boxes = [b for b in page.evaluate(BOXES) if b[6] == 0]  # nested ones contain each other by design
            for i, a in enumerate(boxes):
                for b in boxes[i + 1:]:
                    if a[2] < b[4] - 1 and b[2] < a[4] - 1 and a[3] < b[5] - 1 and b[3] < a[5] - 1:
                        problems.append(f"{name}: '{a[1]}' ({a[0]}) over '{b[1]}' ({b[0]})")
    assert not problems, "\n".join(problems)
