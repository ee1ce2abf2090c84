"""`briefkit serve` in a real headless Chromium (Debian's /usr/bin/chromium, driven by Playwright).

One briefing page stays open while its file is edited three times, broken and mended; the
page must follow by itself. The real Builder builds a tiny site under a sub-path base_url,
so links and the reload path behave as in production. Edit-to-browser times are printed
(`pytest -s` shows them), never asserted beyond a generous timeout.
"""

from __future__ import annotations

import contextlib
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


@contextlib.contextmanager
def chromium():
    """A headless Chromium and a first page in it (with the tests' timeout), closed afterwards."""
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
            yield browser, pg
        finally:
            browser.close()


@pytest.fixture
def page(preview: Preview):
    with chromium() as (_, pg):
        yield pg


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

    def slower_index(*args, **kwargs):
        time.sleep(1.0)
        out = real_index(*args, **kwargs)
        indexed_at.append(time.monotonic())
        return out

    monkeypatch.setattr(search, "_index", slower_index)
    p = Preview(site, port=0, stream=io.StringIO(), quiet=0.05)
    p.start()
    try:
        with chromium() as (browser, pg):
            open_briefing(pg, p)
            write(site, "The tanker Zephyrquill slipped away.")
            body_has(pg, "Zephyrquill")
            shown_at = time.monotonic()
            pg.evaluate("window.__stillHere = true")
            deadline = time.monotonic() + TIMEOUT_MS / 1000
            while "search index updated" not in p.stream.getvalue():  # type: ignore[attr-defined]
                assert time.monotonic() < deadline, p.stream.getvalue()  # type: ignore[attr-defined]
                time.sleep(0.05)
            # (the first build's index was made in serve's child: this process counts the edit's)
            assert indexed_at and shown_at < indexed_at[-1], "the edit waited for the index"
            time.sleep(0.3)
            assert pg.evaluate("window.__stillHere === true"), "the new index reloaded the briefing page"
            search_page = browser.new_page()
            search_page.goto(p.url + "search/?q=zephyrquill")
            search_page.wait_for_selector(".pagefind-ui__result-link", timeout=TIMEOUT_MS)
            links = [a.get_attribute("href") for a in search_page.query_selector_all(".pagefind-ui__result-link")]
            assert links == ["/repo/briefings/oil-transfers/"]
    finally:
        p.stop()


REPO = Path(__file__).resolve().parent.parent


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_an_edit_shows_the_page_first_then_the_whole_site_equals_a_cold_build(tmp_path: Path) -> None:
    """Fast render: on a benchmark-shaped site (40 briefings, actors, tags), the open briefing
    shows its new title as soon as its own page is rendered, before the rest of the site is
    built, swapped in place (the page has no script of its own: no reload); nothing reloads it
    when the whole site is written; and the written preview equals a cold build of the edited
    site, byte for byte."""
    import subprocess
    import sys

    from briefkit.build import build

    site = tmp_path / "site"
    subprocess.run(
        [sys.executable, str(REPO / "bench" / "corpus.py"), "--briefings", "40", "--out", str(site)],
        check=True,
        capture_output=True,
    )
    source = sorted((site / "content" / "briefings").glob("*.md"))[20]
    p = Preview(site, host="127.0.0.1", port=0, stream=io.StringIO(), quiet=0.05)
    p.start()
    log = p.stream.getvalue  # type: ignore[attr-defined]
    try:
        with chromium() as (browser, pg):
            pg.goto(p.url + f"briefings/{source.stem}/")
            wait_connected(p)
            assert p.server.viewed_pages() == {f"briefings/{source.stem}/index.html"}
            loads: list[float] = []
            pg.on("load", lambda _: loads.append(time.monotonic()))
            pg.evaluate("window.__notReloaded = true")
            builds = log().count("built in")
            started = time.perf_counter()
            text = source.read_text(encoding="utf-8")
            old_title = next(line for line in text.split("\n") if line.startswith("title:"))
            source.write_text(text.replace(old_title, 'title: "Tankers renamed at sea"', 1), encoding="utf-8")
            pg.wait_for_function(
                "t => document.querySelector('h1') && document.querySelector('h1').textContent.includes(t)",
                arg="Tankers renamed at sea",
            )
            print(f"\ntitle edit reached the browser in {(time.perf_counter() - started) * 1000:.0f} ms")
            deadline = time.monotonic() + TIMEOUT_MS / 1000
            while log().count("built in") == builds or not p._debouncer.idle():
                assert time.monotonic() < deadline, log()
                time.sleep(0.02)
            time.sleep(0.5)  # a second reload, if one were sent, would have landed by now
            assert "showing in" in log(), "the page was not rendered ahead of the site"
            assert not loads and pg.evaluate("window.__notReloaded === true"), "the page was reloaded"
            assert "Tankers renamed at sea" in pg.inner_text("h1")
            assert "Tankers renamed at sea" in pg.title()
        cold = build(site, output=tmp_path / "cold", base_url=p.server.origin + p.base_path)
        assert cold.ok
        assert snapshot(p.output_dir) == snapshot(tmp_path / "cold")
    finally:
        p.stop()


def test_a_page_with_a_script_of_its_own_is_reloaded_not_swapped(site: Path) -> None:
    """A swap would not run the page's own script: such a page is reloaded, and still shows
    the edit first."""
    (site / "templates").mkdir(exist_ok=True)
    (site / "templates" / "footer_note.html").write_text("<script>window.__ownScriptRan = true;</script>\n")
    p = Preview(site, host="127.0.0.1", port=0, stream=io.StringIO(), quiet=0.05)
    p.start()
    try:
        with chromium() as (browser, pg):
            open_briefing(pg, p)
            assert pg.evaluate("window.__ownScriptRan === true")
            loads: list[float] = []
            pg.on("load", lambda _: loads.append(time.monotonic()))
            write(site, "Words that need the script again.")
            body_has(pg, "Words that need the script again.")
            pg.wait_for_load_state("load")
            assert loads, "the page was swapped, not reloaded"
            assert pg.evaluate("window.__ownScriptRan === true")
            assert "showing in" in p.stream.getvalue()  # type: ignore[attr-defined]
    finally:
        p.stop()
