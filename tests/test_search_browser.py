"""Search in a real headless Chromium: the Pagefind index built by `briefkit build`, served under a
sub-path (`/repo/`) as on GitHub Pages. A query finds the right briefing and links to it under the
base path; an actor filter narrows the results; without JavaScript the page offers the indexes.
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
TIMEOUT_MS = 15_000

BRIEFINGS = {
    "content/briefings/a-gift.md": """\
        ---
        title: A car for a neighbour
        summary: One leader gives another a limousine.
        date: 2024-02-20
        tags: [Cars]
        actors: [{id: vladimir-putin, role: giver}, kim-jong-un]
        ---
        Vladimir Putin gave Kim Jong-un a limousine with armoured doors.
        """,
    "content/briefings/second-car.md": """\
        ---
        title: Another limousine
        summary: A second car crosses the border.
        date: 2024-06-19
        tags: [Cars]
        actors: [kim-jong-un]
        ---
        A second limousine reached Pyongyang by train.
        """,
    "content/briefings/oil.md": """\
        ---
        title: Oil at sea
        summary: Tankers meet at night.
        date: 2024-03-01
        actors: [vladimir-putin]
        ---
        Ship-to-ship transfers of refined petroleum in the Yellow Sea.
        """,
    "content/briefings/convoy.md": """\
        ---
        title: A convoy by rail
        summary: Freight wagons cross at dawn.
        date: 2024-04-02
        ---
        Freight wagons crossed the bridge before dawn.

        ## Loading the convoy

        Cranes lifted crates onto the convoy at the border station.
        """,
}


@pytest.fixture(scope="module")
def site_url(tmp_path_factory):
    from conftest import MINIMAL_SITE

    import textwrap

    root = tmp_path_factory.mktemp("search") / "site"
    files = {**MINIMAL_SITE, **BRIEFINGS}
    for rel, text in files.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(textwrap.dedent(text), encoding="utf-8")
    out = root.parent / "out"
    result = build(root, output=out, base_url="https://user.github.io/repo/")
    assert result.ok, [d.format() for d in result.diagnostics]
    assert (out / "pagefind" / "pagefind-ui.js").is_file(), "the build wrote no search bundle"
    with serve_folder(out, "/repo/") as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    with chromium() as b:
        yield b


def result_links(page) -> list[str]:
    return sorted(a.get_attribute("href") for a in page.query_selector_all(".pagefind-ui__result-link"))


def test_query_finds_the_briefing_under_the_base_path(site_url, browser):
    page = browser.new_page()
    page.goto(site_url + "search/")
    page.fill(".pagefind-ui__search-input", "petroleum")
    page.wait_for_selector(".pagefind-ui__result-link", timeout=TIMEOUT_MS)
    page.wait_for_function("document.querySelectorAll('.pagefind-ui__result-link').length === 1", timeout=TIMEOUT_MS)
    assert result_links(page) == ["/repo/briefings/oil/"]
    assert "Oil at sea" in page.inner_text(".pagefind-ui__results")
    page.click(".pagefind-ui__result-link")
    page.wait_for_url("**/repo/briefings/oil/", timeout=TIMEOUT_MS)
    assert page.inner_text("h1") == "Oil at sea"
    page.close()


def test_actor_filter_narrows_results(site_url, browser):
    page = browser.new_page()
    page.goto(site_url + "search/?q=limousine")  # ?q= starts the search on load
    page.wait_for_function("document.querySelectorAll('.pagefind-ui__result-link').length === 2", timeout=TIMEOUT_MS)
    assert result_links(page) == ["/repo/briefings/a-gift/", "/repo/briefings/second-car/"]
    # Pagefind's UI lists each filter group; open the actor group and tick Vladimir Putin. The filters load
    # after the results and the UI draws the group again when they do, closing it: on a busy machine a
    # click made before that is undone, so wait for the value, then open the group until it shows.
    checkbox = page.locator("input[type=checkbox][value='Vladimir Putin']")
    checkbox.wait_for(state="attached", timeout=TIMEOUT_MS)
    for _ in range(5):
        if checkbox.is_visible():
            break
        page.click("summary.pagefind-ui__filter-name:has-text('Actor')")
        page.wait_for_timeout(300)
    checkbox.check()
    page.wait_for_function("document.querySelectorAll('.pagefind-ui__result-link').length === 1", timeout=TIMEOUT_MS)
    assert result_links(page) == ["/repo/briefings/a-gift/"]
    page.close()


def test_without_javascript_the_page_links_the_indexes(site_url, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + "search/")
    links = [a.get_attribute("href") for a in page.query_selector_all("main a")]
    assert "/repo/briefings/" in links and "/repo/actors/" in links and "/repo/tags/" in links
    assert "needs JavaScript" in page.inner_text("main")
    context.close()


def test_excerpts_leave_out_the_heading_permalinks(site_url, browser):
    # A heading's "#" permalink is for readers of the page, not words of the briefing.
    page = browser.new_page()
    page.goto(site_url + "search/")
    page.fill(".pagefind-ui__search-input", "convoy")
    page.wait_for_selector(".pagefind-ui__result-excerpt", timeout=TIMEOUT_MS)
    page.wait_for_function(
        "[...document.querySelectorAll('.pagefind-ui__result-excerpt')].some(e => e.innerText.includes('Cranes'))",
        timeout=TIMEOUT_MS,
    )
    shown = page.inner_text(".pagefind-ui__results")
    assert "Loading the convoy" in shown
    assert "#" not in shown, shown
    page.close()


def test_a_query_in_the_address_runs_on_load(site_url, browser):
    # /search/?q=word, as a link from elsewhere or a bookmark would open it.
    page = browser.new_page()
    page.goto(site_url + "search/?q=petroleum")
    page.wait_for_selector(".pagefind-ui__result-link", timeout=TIMEOUT_MS)
    assert result_links(page) == ["/repo/briefings/oil/"]
    page.close()
