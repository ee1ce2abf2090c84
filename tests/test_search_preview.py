"""The live preview does not wait for Pagefind: an edit reuses the last search index.

A full build always indexes the pages it built; a preview build (`Builder(preview=True)`, what
`briefkit serve` uses) indexes once, then keeps that bundle while the writer edits.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import briefkit.search as search
from briefkit.build import Builder


@pytest.fixture
def fake_pagefind(monkeypatch) -> list[int]:
    runs: list[int] = []

    def fake_index(config, pages, work: Path, exe: Path) -> Path:
        runs.append(len(pages))
        out_dir = work / "bundle"
        out_dir.mkdir(parents=True, exist_ok=True)
        (out_dir / "pagefind.js").write_text(f"// index of run {len(runs)}\n")
        return out_dir

    monkeypatch.setattr(search, "_index", fake_index)
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
