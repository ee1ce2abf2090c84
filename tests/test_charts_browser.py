"""The network's labels as Chromium draws them: inside the boxes briefkit estimates, and apart.

briefkit places labels from estimated text widths (no fonts at build time). Here the real
boxes (`getBBox` of each label, in the theme's stylesheet and font) are measured on the example
site's busiest actor page and on generated networks with long names, at the page widths readers
use: each real box lies inside its estimate, and no two real boxes overlap.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "browser"))
from site_server import CHROMIUM, chromium, serve_folder  # noqa: E402
from test_charts import _network  # noqa: E402

from briefkit import chartlabels  # noqa: E402
from briefkit.build import build  # noqa: E402

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium (CI installs it)"),
]
REPO = Path(__file__).resolve().parent.parent
MEASURE = """() => [...document.querySelectorAll('svg.chart-network text')].map(t => {
  const b = t.getBBox();
  return [t.textContent, b.x, b.y, b.width, b.height, +t.getAttribute('x'), +t.getAttribute('y'),
          t.getAttribute('text-anchor'), t.classList.contains('chart-centre-label')];
})"""


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    out = tmp_path_factory.mktemp("charts") / "out"
    result = build(REPO, output=out, base_url="https://user.github.io/repo/")
    assert result.ok
    pages = out / "network-tests"
    pages.mkdir()
    style = '<link rel="stylesheet" href="/repo/static/style.css">'
    for seed in range(6):
        svg = _network(16, long=True, seed=seed)
        (pages / f"{seed}.html").write_text(f"<!doctype html><html><head>{style}</head><body>{svg}</body></html>")
    with serve_folder(out, "/repo/") as url:
        yield url


def _check(rows: list) -> None:
    real = [chartlabels.Box(x, y, x + w, y + h) for _, x, y, w, h, *_ in rows]
    for (text, *_, lx, ly, anchor, bold), got in zip(rows, real, strict=True):
        est = chartlabels.box(lx, ly, anchor, text, bold=bold)
        assert est.left <= got.left + 0.5 and got.right <= est.right + 0.5, (text, got, est)
    for i, a in enumerate(real):
        for j in range(i + 1, len(real)):
            assert not a.overlaps(real[j]), (rows[i][0], rows[j][0])


@pytest.mark.parametrize("width", [1280, 390])
def test_labels_drawn_apart_on_the_busiest_actor(site, width):
    with chromium() as browser:
        page = browser.new_page(viewport={"width": width, "height": 900})
        page.goto(site + "actors/kim-jong-un/")
        rows = page.evaluate(MEASURE)
        assert len(rows) >= 3
        _check(rows)
        for seed in range(6):
            page.goto(site + f"network-tests/{seed}.html")
            _check(page.evaluate(MEASURE))
