"""`briefkit serve` on a site never built: the first page a browser asks for is shown while the
first (cold) build still runs, and is the very page that build then writes.

The first build runs in a child forked by `Preview.start` (see `serve/firstbuild.py`). These
tests hold that child once it has handed its first pages over (a pipe it reads one byte from),
so the order of events is observed, never timed: the page is in the browser while the child
is held and nothing is written; then the child is let go and the written site is compared with
what was shown and with a cold build.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from briefkit.build import Builder, build
from briefkit.build.first import FirstPages
from briefkit.parallel import cores
from briefkit.serve import Preview
from briefkit.serve.inject import inject

REPO = Path(__file__).resolve().parent.parent
TIMEOUT = 20.0


def corpus(root: Path, briefings: int) -> Path:
    """A benchmark-shaped site (actors, sanctions, tags, links between briefings)."""
    subprocess.run(
        [sys.executable, str(REPO / "bench" / "corpus.py"), "--briefings", str(briefings), "--out", str(root)],
        check=True,
        capture_output=True,
    )
    return root


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


class Held:
    """A builder factory whose first build (the one in serve's child) waits for a page to be
    asked for, and stops after handing it over, until `release()`; it leaves a note saying
    whether every Markdown body had been rendered by then."""

    def __init__(self, tmp: Path) -> None:
        self.parent = os.getpid()
        self.gate_r, self.gate_w = os.pipe()
        self.note = tmp / "held-note"
        self.bodies = tmp / "bodies-rendered"

    def __call__(self, site_dir: Path, **kwargs: Any) -> Builder:
        held = self

        class HeldBuilder(Builder):
            def build(self, first: FirstPages | None = None) -> Any:
                if first is None or os.getpid() == held.parent:
                    return super().build(first)

                asked: list[bool] = []

                def wanted() -> Any:
                    deadline = time.monotonic() + (0 if asked else TIMEOUT)
                    asked.append(True)
                    while not (pages := first.wanted()) and time.monotonic() < deadline:
                        time.sleep(0.01)  # the first time: the test's browser is asking, wait for it
                    return pages

                def deliver(pages: dict[str, bytes]) -> None:
                    first.deliver(pages)
                    held.note.write_text("after" if held.bodies.exists() else "before")
                    os.read(held.gate_r, 1)  # held until the test has looked

                return super().build(FirstPages(wanted, deliver))

        return HeldBuilder(site_dir, preview=True, **kwargs)

    def release(self) -> None:
        os.write(self.gate_w, b"go" * 8)


@pytest.fixture
def bodies_marked(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """Have the build leave a file once every Markdown body is rendered (the forked child
    inherits the patch)."""
    import briefkit.build.builder as builder_mod

    real = builder_mod.render_bodies
    marker = tmp_path / "bodies-rendered"

    def render_bodies(*args: Any, **kwargs: Any) -> Any:
        out = real(*args, **kwargs)
        marker.write_text("done")
        return out

    monkeypatch.setattr(builder_mod, "render_bodies", render_bodies)
    return marker


def wait_for(check: Any, what: str) -> None:
    deadline = time.monotonic() + TIMEOUT
    while not check():
        assert time.monotonic() < deadline, what
        time.sleep(0.02)


@pytest.fixture
def held_preview(tmp_path: Path, bodies_marked: Path) -> Iterator[tuple[Preview, Held, Path]]:
    site = corpus(tmp_path / "site", 60)  # 60 briefings: more than 200 documents, so the build forks
    held = Held(tmp_path)
    assert threading.active_count() == 1, "serve forks its first build only from a process with one thread"
    p = Preview(site, host="127.0.0.1", port=0, stream=io.StringIO(), quiet=0.05, builder_factory=held)
    p.start(wait=False)
    try:
        yield p, held, site
    finally:
        held.release()
        p.stop()


def log(p: Preview) -> str:
    return p.stream.getvalue()  # type: ignore[attr-defined]


@pytest.mark.browser
def test_the_first_page_shows_while_the_first_build_runs_and_is_the_page_it_writes(
    held_preview: tuple[Preview, Held, Path], tmp_path: Path
) -> None:
    from test_serve_browser import CHROMIUM, chromium, wait_connected

    if not CHROMIUM.exists():
        pytest.skip("needs Debian's chromium at /usr/bin/chromium")
    p, held, site = held_preview
    source = sorted((site / "content" / "briefings").glob("*.md"))[30]
    title = next(line for line in source.read_text().split("\n") if line.startswith("title:"))
    title = title.split(":", 1)[1].strip().strip('"')
    page_file = f"briefings/{source.stem}/index.html"
    with chromium() as (_, pg):
        answers: list[tuple[str, int]] = []
        pg.on("response", lambda r: answers.append((r.url, r.status)))
        response = pg.goto(p.url + f"briefings/{source.stem}/")
        assert response is not None and response.status == 200
        assert title in pg.inner_text("h1")
        # its stylesheet came from the theme's source while nothing was written
        sheets = [status for url, status in answers if url.endswith(".css")]
        assert sheets and all(status == 200 for status in sheets), answers
        wait_connected(p)
        shown = response.body()
        loads: list[float] = []
        pg.on("load", lambda _: loads.append(time.monotonic()))
        pg.evaluate("window.__notReloaded = true")

        # observed while the first build is held: the page is shown, nothing is written yet
        assert "built in" not in log(p)
        assert not (p.output_dir / ".briefkit-manifest.json").exists()
        assert not (p.output_dir / page_file).exists()
        assert "showing in" in log(p)
        if cores() >= 2:  # the Markdown stage forks its workers: the page came meanwhile
            assert held.note.read_text() == "before", "the page waited for every body to be rendered"

        held.release()
        wait_for(lambda: "built in" in log(p), log(p))
        written = (p.output_dir / page_file).read_bytes()
        assert shown == inject(written, 1), "the page shown early is not the page the build wrote"
        time.sleep(0.5)  # a reload, if one were sent, would have landed by now
        assert not loads and pg.evaluate("window.__notReloaded === true"), "the page was reloaded"
    cold = build(site, output=tmp_path / "cold", base_url=p.server.origin + p.base_path)
    assert cold.ok
    assert snapshot(p.output_dir) == snapshot(tmp_path / "cold")


def test_an_edit_saved_while_the_first_build_is_held_is_built_after_it(
    held_preview: tuple[Preview, Held, Path],
) -> None:
    import http.client

    p, held, site = held_preview
    source = sorted((site / "content" / "briefings").glob("*.md"))[10]

    def get(path: str) -> tuple[int, bytes]:
        conn = http.client.HTTPConnection("127.0.0.1", p.server.port, timeout=TIMEOUT)
        conn.request("GET", path)
        r = conn.getresponse()
        body = r.read()
        conn.close()
        return r.status, body

    status, _ = get(f"/briefings/{source.stem}/")  # answered from the held build's hand-over
    assert status == 200 and "built in" not in log(p)
    text = source.read_text(encoding="utf-8")
    old = next(line for line in text.split("\n") if line.startswith("title:"))
    source.write_text(text.replace(old, 'title: "Renamed while the first build ran"', 1), encoding="utf-8")
    held.release()
    wait_for(lambda: b"Renamed while the first build ran" in get(f"/briefings/{source.stem}/")[1], log(p))


def test_a_failing_first_build_shows_its_errors_and_writes_nothing(tmp_path: Path) -> None:
    """A page asked for while the first build runs is answered once it has failed: the 404
    page with the errors in the status the overlay reads; nothing is written."""
    import http.client
    import json

    site = corpus(tmp_path / "site", 60)
    source = sorted((site / "content" / "briefings").glob("*.md"))[5]
    source.write_text(source.read_text().replace("---\n", "---\ntitle: [unclosed\n", 1))
    assert threading.active_count() == 1
    p = Preview(site, host="127.0.0.1", port=0, stream=io.StringIO(), quiet=0.05, watch=False)
    p.start(wait=False)
    try:
        conn = http.client.HTTPConnection("127.0.0.1", p.server.port, timeout=TIMEOUT)
        conn.request("GET", "/briefings/" + source.stem + "/")
        r = conn.getresponse()
        r.read()
        assert r.status == 404
        conn.request("GET", "/__briefkit__/status")
        status = json.loads(conn.getresponse().read())
        conn.close()
        assert status["ok"] is False
        assert any(source.name in d["where"] for d in status["diagnostics"]), status
        assert not p.output_dir.exists() or not any(p.output_dir.iterdir())
    finally:
        p.stop()


@pytest.mark.browser
def test_a_page_shown_early_goes_to_the_errors_when_the_first_build_then_fails(
    held_preview: tuple[Preview, Held, Path],
) -> None:
    """Another briefing's body links an id that does not exist: an error the Markdown stage
    finds after the page asked for was handed over. Once the build has failed, that page is
    reloaded into the overlay with the error, and nothing is written."""
    from test_serve_browser import CHROMIUM, chromium, wait_connected

    if not CHROMIUM.exists():
        pytest.skip("needs Debian's chromium at /usr/bin/chromium")
    p, held, site = held_preview
    briefings = sorted((site / "content" / "briefings").glob("*.md"))
    with briefings[3].open("a", encoding="utf-8") as f:  # saved before the build reads it
        f.write("\nSee [[no-such-briefing]].\n")
    with chromium() as (_, pg):
        pg.goto(p.url + f"briefings/{briefings[30].stem}/")
        wait_connected(p)
        assert "built in" not in log(p) and "showing in" in log(p)
        held.release()
        overlay = pg.locator("#briefkit-error-overlay")
        overlay.wait_for(state="visible", timeout=TIMEOUT * 1000)
        assert "no-such-briefing" in overlay.inner_text()
        assert briefings[3].name in overlay.inner_text()
    assert "build failed" in log(p)
    assert not p.output_dir.exists() or not any(p.output_dir.iterdir())
