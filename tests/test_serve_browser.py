"""`briefkit serve` in a real headless Chromium (Debian's /usr/bin/chromium, driven by Playwright).

One briefing page stays open while its file is edited three times, broken and mended; the
page must follow by itself. The real Builder builds a tiny site under a sub-path base_url,
so links and the reload path behave as in production. Edit-to-browser times are printed
(`pytest -s` shows them), never asserted beyond a generous timeout.
"""

from __future__ import annotations

import io
import time
from pathlib import Path

import pytest

from briefkit.serve import Preview

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium (CI installs it)"),
]
TIMEOUT_MS = 10_000

BRIEFING = """---
title: Oil transfers at sea
summary: Ship-to-ship transfers in the Yellow Sea.
date: 2024-03-01
---
{body}
"""


def write(site: Path, body: str) -> None:
    (site / "content" / "briefings" / "oil-transfers.md").write_text(BRIEFING.format(body=body))


@pytest.fixture
def site(tmp_path: Path) -> Path:
    root = tmp_path / "site"
    (root / "content" / "briefings").mkdir(parents=True)
    (root / "static").mkdir()
    (root / "site.yaml").write_text("title: Test briefings\nbase_url: https://user.github.io/repo/\n")
    (root / "static" / "style.css").write_text("body { background-color: rgb(1, 2, 3); }\n")
    write(root, "The first version of the text.")
    return root


@pytest.fixture
def preview(site: Path):
    pytest.importorskip("briefkit.build", reason="the build pipeline is not there yet")
    p = Preview(site, port=0, stream=io.StringIO(), quiet=0.05)
    p.start()
    yield p
    p.stop()


@pytest.fixture
def page(preview: Preview):
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=str(CHROMIUM),
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
                "--disable-sync",
            ],
        )
        try:
            pg = browser.new_page()
            pg.set_default_timeout(TIMEOUT_MS)
            yield pg
        finally:
            browser.close()


def open_briefing(page, preview: Preview) -> None:
    page.goto(preview.url + "briefings/oil-transfers/")
    wait_connected(preview)


def wait_connected(preview: Preview, count: int = 1) -> None:
    """livereload.js has done its handshake: the server can push to this page."""
    deadline = time.monotonic() + TIMEOUT_MS / 1000
    while preview.server.connected < count:
        assert time.monotonic() < deadline, "the page never connected to the livereload socket"
        time.sleep(0.02)


def body_has(page, text: str) -> None:
    page.wait_for_function("t => document.body && document.body.innerText.includes(t)", arg=text)


def test_page_follows_edits_shows_overlay_and_recovers(site: Path, preview: Preview, page) -> None:
    open_briefing(page, preview)
    body_has(page, "The first version of the text.")
    overlay = page.locator("#briefkit-error-overlay")

    for n in (1, 2, 3):
        started = time.perf_counter()
        write(site, f"Edit number {n} of the text.")
        body_has(page, f"Edit number {n} of the text.")
        print(f"\nedit {n} reached the browser in {(time.perf_counter() - started) * 1000:.0f} ms")
        wait_connected(preview)  # the reloaded page reconnects before the next edit

    started = time.perf_counter()
    (site / "content" / "briefings" / "oil-transfers.md").write_text("---\ntitle: Oil transfers\nsummary: [unclosed\n")
    overlay.wait_for(state="visible")
    print(f"broken save reached the browser in {(time.perf_counter() - started) * 1000:.0f} ms")
    text = overlay.inner_text()
    assert "content/briefings/oil-transfers.md" in text
    assert "error" in text
    assert overlay.get_attribute("role") == "alert"
    # the last good page is still there, in the open tab and for a fresh visitor
    assert "Edit number 3 of the text." in page.inner_text("body")
    fresh = page.context.browser.new_page()
    fresh.goto(preview.url + "briefings/oil-transfers/")
    assert "Edit number 3 of the text." in fresh.inner_text("body")
    fresh.locator("#briefkit-error-overlay").wait_for(state="visible")  # a new page shows it too
    fresh.close()

    started = time.perf_counter()
    write(site, "The mended text.")
    body_has(page, "The mended text.")
    overlay.wait_for(state="detached")
    print(f"fix reached the browser in {(time.perf_counter() - started) * 1000:.0f} ms")


def test_css_change_restyles_without_reloading_the_page(site: Path, preview: Preview, page) -> None:
    open_briefing(page, preview)
    background = "() => getComputedStyle(document.body).backgroundColor"
    assert page.evaluate(background) == "rgb(1, 2, 3)"
    page.evaluate("() => { window.__notReloaded = true; }")
    started = time.perf_counter()
    (site / "static" / "style.css").write_text("body { background-color: rgb(40, 50, 60); }\n")
    page.wait_for_function(f"() => ({background})() === 'rgb(40, 50, 60)'")
    print(f"\nCSS change reached the browser in {(time.perf_counter() - started) * 1000:.0f} ms")
    assert page.evaluate("() => window.__notReloaded === true"), "a CSS-only change must not reload the page"


def test_search_finds_a_word_added_while_serving(site: Path, monkeypatch) -> None:
    """The real Pagefind, made slow by a second: the briefing shows the edit first, stays put
    when the new index lands, and the search page then finds the new word."""
    pytest.importorskip("pagefind.service")
    import briefkit.search as search

    monkeypatch.setattr(search, "_MEMORY", {})
    real_index = search._index
    indexed_at: list[float] = []

    def slower_index(*args):
        time.sleep(1.0)
        out = real_index(*args)
        indexed_at.append(time.monotonic())
        return out

    monkeypatch.setattr(search, "_index", slower_index)
    p = Preview(site, port=0, stream=io.StringIO(), quiet=0.05)
    p.start()
    try:
        sync_api = pytest.importorskip("playwright.sync_api")
        with sync_api.sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox", "--disable-gpu"])
            try:
                pg = browser.new_page()
                pg.set_default_timeout(TIMEOUT_MS)
                open_briefing(pg, p)
                write(site, "The tanker Zephyrquill slipped away.")
                body_has(pg, "Zephyrquill")
                shown_at = time.monotonic()
                pg.evaluate("window.__stillHere = true")
                deadline = time.monotonic() + TIMEOUT_MS / 1000
                while "search index updated" not in p.stream.getvalue():  # type: ignore[attr-defined]
                    assert time.monotonic() < deadline, p.stream.getvalue()  # type: ignore[attr-defined]
                    time.sleep(0.05)
                assert len(indexed_at) == 2 and shown_at < indexed_at[-1], "the edit waited for the index"
                time.sleep(0.3)
                assert pg.evaluate("window.__stillHere === true"), "the new index reloaded the briefing page"
                search_page = browser.new_page()
                search_page.goto(p.url + "search/?q=zephyrquill")
                search_page.wait_for_selector(".pagefind-ui__result-link", timeout=TIMEOUT_MS)
                links = [a.get_attribute("href") for a in search_page.query_selector_all(".pagefind-ui__result-link")]
                assert links == ["/repo/briefings/oil-transfers/"]
            finally:
                browser.close()
    finally:
        p.stop()
