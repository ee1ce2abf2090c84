"""Accessibility and media in a real headless Chromium, on the example site served under /repo/.

axe-core (vendored: tests/vendor/axe.min.js, MPL-2.0) must find no serious or critical
violation on the home, briefing, actor, sanction, tag and timeline pages; dark mode follows
`prefers-color-scheme`; the print stylesheet hides the site's chrome but keeps the briefing.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "browser"))
from site_server import CHROMIUM, chromium, serve_folder  # noqa: E402

from briefkit.build import build  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
AXE = Path(__file__).parent / "vendor" / "axe.min.js"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium (CI installs it)"),
]

BRIEFING = "briefings/2024-02-20-putin-gifts-kim-aurus-limousine/"
PAGES = ["", BRIEFING, "actors/vladimir-putin/", "sanctions/unscr-2397/", "tags/north-korea/", "timeline/",
         "actors/", "credits/"]


@pytest.fixture(scope="module")
def site_url(tmp_path_factory):
    out = tmp_path_factory.mktemp("a11y") / "out"
    result = build(REPO, output=out, base_url="https://user.github.io/repo/")
    assert result.ok, [d.format() for d in result.diagnostics]
    with serve_folder(out, "/repo/") as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    with chromium() as b:
        yield b


def run_axe(page) -> list[dict]:
    page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
    result = page.evaluate("() => axe.run(document, {resultTypes: ['violations']})")
    return result["violations"]


def describe(violations: list[dict]) -> list[str]:
    return [f"{v['impact']}: {v['id']}: {v['help']} ({len(v['nodes'])}×: {v['nodes'][0]['html'][:120]})"
            for v in violations]


@pytest.mark.parametrize("path", PAGES)
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_serious_axe_violations(site_url, browser, path, scheme):
    page = browser.new_page()
    page.emulate_media(color_scheme=scheme)
    response = page.goto(site_url + path)
    assert response is not None and response.ok, path
    serious = [v for v in run_axe(page) if v["impact"] in ("serious", "critical")]
    page.close()
    assert describe(serious) == [], path


def test_axe_does_catch_a_violation(site_url, browser):
    """Guards the test above: axe, injected this way, reports a real problem."""
    page = browser.new_page()
    page.goto(site_url)
    page.evaluate("""() => { const i = document.createElement('img'); i.src = 'x.png';
                            document.querySelector('main').appendChild(i); }""")
    ids = {v["id"] for v in run_axe(page)}
    page.close()
    assert "image-alt" in ids


def colours(page, selector: str) -> tuple[str, str]:
    return page.evaluate(
        """(sel) => { const s = getComputedStyle(document.querySelector(sel));
                      return [s.backgroundColor, s.color]; }""",
        selector,
    )


def test_dark_mode_follows_the_system_setting(site_url, browser):
    page = browser.new_page()
    page.goto(site_url + BRIEFING)
    page.emulate_media(color_scheme="light")
    light = colours(page, "body")
    page.emulate_media(color_scheme="dark")
    dark = colours(page, "body")
    page.close()
    assert light != dark
    assert light[0] == "rgb(253, 252, 249)" and dark[0] == "rgb(21, 22, 24)"


def test_pictures_follow_dark_mode(site_url, browser):
    page = browser.new_page()
    page.goto(site_url + "actors/vladimir-putin/")
    fill = "() => getComputedStyle(document.querySelector('.chart-label')).fill"
    page.emulate_media(color_scheme="light")
    light = page.evaluate(fill)
    page.emulate_media(color_scheme="dark")
    dark = page.evaluate(fill)
    page.close()
    assert light != dark


def test_print_stylesheet_keeps_the_briefing_and_drops_the_chrome(site_url, browser):
    page = browser.new_page()
    page.goto(site_url + BRIEFING)
    display = "(sel) => getComputedStyle(document.querySelector(sel)).display"
    assert page.evaluate(display, ".site-nav") != "none"
    page.emulate_media(media="print", color_scheme="dark")
    assert page.evaluate(display, ".site-header") == "none"
    assert page.evaluate(display, ".site-nav") == "none"
    assert page.evaluate(display, ".briefing .body") != "none"
    assert page.evaluate(display, ".annotations") != "none"
    # Print is black on white even when the screen is dark.
    assert colours(page, "body")[1] == "rgb(0, 0, 0)"
    page.close()
