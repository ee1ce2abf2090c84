"""The live preview does not wait for Pagefind: an edit reuses the last search index.

A full build always indexes the pages it built; a preview build (`Builder(preview=True)`, what
`briefkit serve` uses) serves the last bundle at once, and under `serve` the new one is made in
the background and written by a quiet rebuild.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import briefkit.search as search
import briefkit.searchrun as searchrun
import briefkit.searchplace as searchplace
from briefkit.build import Builder


@pytest.fixture
def fake_pagefind(monkeypatch) -> list[int]:
    runs: list[int] = []

    def fake_index(config, pages, work: Path, exe: Path, in_place=None, background=False) -> Path:
        runs.append(len(pages))
        out_dir = work / "bundle"
        out_dir.mkdir(parents=True, exist_ok=True)
        (out_dir / "pagefind.js").write_text(f"// index of run {len(runs)}\n")
        return out_dir

    monkeypatch.setattr(search, "_index", fake_index)
    # not the real Pagefind a cold build starts on the search documents before rendering
    monkeypatch.setattr(searchplace.EarlyIndex, "from_documents", classmethod(lambda cls, *args: None))
    monkeypatch.setattr(search, "_MEMORY", {})
    pytest.importorskip("pagefind.service")
    return runs


def _edit(site: Path, words: str) -> None:
    page = site / "content/briefings/a-gift.md"
    page.write_text(page.read_text(encoding="utf-8") + f"\n{words}\n", encoding="utf-8")


def test_preview_reuses_the_last_index_after_an_edit(make_site, tmp_path, fake_pagefind):
    site = make_site()
    builder = Builder(site, output=tmp_path / "preview", preview=True)
    assert builder.build().ok
    assert len(fake_pagefind) == 1
    _edit(site, "A new paragraph.")
    result = builder.build()
    assert result.ok
    assert len(fake_pagefind) == 1, "the preview waited for a new search index"
    assert "A new paragraph." in (tmp_path / "preview/briefings/a-gift/index.html").read_text()
    assert (tmp_path / "preview/pagefind/pagefind.js").read_text() == "// index of run 1\n"


def test_a_full_build_always_indexes_what_it_built(make_site, tmp_path, fake_pagefind):
    site = make_site()
    assert Builder(site, output=tmp_path / "out").build().ok
    _edit(site, "Another paragraph.")
    assert Builder(site, output=tmp_path / "out").build().ok
    assert len(fake_pagefind) == 2
    assert (tmp_path / "out/pagefind/pagefind.js").read_text() == "// index of run 2\n"


# --------------------------------------------------------------- `serve`: the index follows edits


def _serve(site: Path, tmp_path: Path):
    import io

    from briefkit.serve import Preview

    preview = Preview(site, port=0, stream=io.StringIO(), quiet=0.05, watch=False, output_dir=tmp_path / "serve")
    preview.start()
    return preview


def _wait(check, timeout: float = 10.0) -> bool:
    import time

    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if check():
            return True
        time.sleep(0.02)
    return False


def _edit_served(preview, site: Path, words: str) -> None:
    from briefkit.watch import Change, ChangeKind

    _edit(site, words)
    preview.notify(Change("content/briefings/a-gift.md", ChangeKind.CONTENT))


def _bundle(tmp_path: Path) -> str:
    return (tmp_path / "serve/pagefind/pagefind.js").read_text()


@pytest.fixture
def slow_pagefind(monkeypatch, fake_pagefind):
    """The fake Pagefind, held until the test lets it go; its bundle names the words indexed."""
    import threading

    gate = threading.Event()
    gate.set()

    def slow_index(config, pages, work: Path, exe: Path, in_place=None, background=False) -> Path:
        gate.wait(10)
        fake_pagefind.append(len(pages))
        text = b"".join(f.read() for _, f in pages).decode()
        out_dir = work / "bundle"
        out_dir.mkdir(parents=True, exist_ok=True)
        words = sorted(w for w in ("Alpha", "Bravo", "Charlie") if w + "word" in text)
        (out_dir / "pagefind.js").write_text(f"// run {len(fake_pagefind)}: {' '.join(words)}\n")
        return out_dir

    monkeypatch.setattr(search, "_index", slow_index)
    return gate


def test_serve_index_follows_an_edit_in_the_background(make_site, tmp_path, slow_pagefind):
    site = make_site()
    preview = _serve(site, tmp_path)
    try:
        assert _bundle(tmp_path) == "// run 1: \n"
        slow_pagefind.clear()  # Pagefind now hangs until released
        _edit_served(preview, site, "Alphaword appears.")
        page = tmp_path / "serve/briefings/a-gift/index.html"
        assert _wait(lambda: "Alphaword" in page.read_text()), "the edit waited for the search index"
        assert _bundle(tmp_path) == "// run 1: \n"
        reloads: list[str] = []
        preview.server.reload = lambda path="*", live_css=False: reloads.append(path)
        slow_pagefind.set()
        # (the fake counts its runs per process, and the first build ran in serve's child)
        assert _wait(lambda: _bundle(tmp_path).endswith(": Alpha\n")), preview.stream.getvalue()
        assert _wait(lambda: "search index updated" in preview.stream.getvalue())
        # only the pages using the search reload (the client's plugin checks), not the reader's
        from briefkit.serve.inject import SEARCH_RELOAD_PATH

        assert reloads == [SEARCH_RELOAD_PATH]
    finally:
        preview.stop()


def test_serve_quick_edits_give_one_index_of_the_newest_pages(make_site, tmp_path, slow_pagefind):
    site = make_site()
    preview = _serve(site, tmp_path)
    try:
        slow_pagefind.clear()
        page = tmp_path / "serve/briefings/a-gift/index.html"
        for word in ("Alpha", "Bravo", "Charlie"):
            _edit_served(preview, site, f"{word}word here.")
            assert _wait(lambda w=word: f"{w}word" in page.read_text())
        slow_pagefind.set()
        assert _wait(lambda: "Charlie" in _bundle(tmp_path)), _bundle(tmp_path)
        assert _wait(lambda: preview._debouncer.idle() and preview._search.idle())
        # run 1 at start; at most one superseded run (the one already running) before the newest
        assert _bundle(tmp_path).endswith(": Alpha Bravo Charlie\n")
    finally:
        preview.stop()


def test_serve_failing_background_index_keeps_the_last_bundle(make_site, tmp_path, fake_pagefind, monkeypatch):
    site = make_site()
    preview = _serve(site, tmp_path)
    try:

        def broken(config, pages, work: Path, exe: Path, in_place=None, background=False) -> Path:
            raise searchrun.SearchFailed("pagefind exited with status 101: boom")

        monkeypatch.setattr(search, "_index", broken)
        _edit_served(preview, site, "Deltaword text.")
        assert _wait(lambda: "search index not updated" in preview.stream.getvalue()), preview.stream.getvalue()
        assert "status 101: boom" in preview.stream.getvalue()
        assert _bundle(tmp_path) == "// index of run 1\n"
        assert _wait(lambda: "Deltaword" in (tmp_path / "serve/briefings/a-gift/index.html").read_text())
        assert _wait(preview._debouncer.idle)
        assert _bundle(tmp_path) == "// index of run 1\n"
    finally:
        preview.stop()
