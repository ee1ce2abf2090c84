"""A cold build's search index: Pagefind started while the other pages render, reading the pages
where the render stage put them, gives the index a staged run gives; a hung one is still stopped.

The site is the benchmark corpus at 200 briefings: enough pages for the render stage to run over
the cores, which is when a cold build starts Pagefind early (`searchplace.EarlyIndex`).
"""

from __future__ import annotations

import gzip
import importlib.util
import json
import shutil
import stat
import sys
from pathlib import Path
from types import ModuleType

import pytest

import briefkit.search as search
import briefkit.searchbundle as searchbundle
import briefkit.searchplace as searchplace
from briefkit.build import Builder
from briefkit.parallel import can_fork, cores

pytest.importorskip("pagefind.service")
pytestmark = pytest.mark.skipif(cores() < 2 or not can_fork(), reason="the render stage runs on one core here")

BENCH = Path(__file__).resolve().parent.parent / "bench"


def _corpus() -> ModuleType:
    if str(BENCH) not in sys.path:
        sys.path.insert(0, str(BENCH))
    spec = importlib.util.spec_from_file_location("bench_corpus_for_search", BENCH / "corpus.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def corpus_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    site = tmp_path_factory.mktemp("cold-search") / "site"
    assert _corpus().main(["--briefings", "200", "--out", str(site), "--seed", "3"]) == 0
    config = site / "site.yaml"
    config.write_text(config.read_text().replace("search: false", "search: true"))
    return site


def _fragments(out: Path, prefix: str = "") -> dict[str, dict]:
    """What a search result shows of each indexed page (url, excerpt text, filters, title, date,
    headings), by URL with the base path `prefix` taken off."""
    pages = {}
    for path in sorted((out / "pagefind/fragment").iterdir()):
        raw = gzip.decompress(path.read_bytes())
        assert raw.startswith(b"pagefind_dcd")
        page = json.loads(raw[len(b"pagefind_dcd") :])
        url = page.pop("url")
        assert url.startswith(prefix + "/briefings/"), url
        pages[url.removeprefix(prefix)] = page
    return pages


@pytest.fixture
def fresh(monkeypatch, corpus_site: Path):
    """No bundle made before: in memory or in the site's cache."""
    monkeypatch.setattr(search, "_MEMORY", {})
    shutil.rmtree(corpus_site / ".briefkit-cache" / search.CACHE_SUBDIR, ignore_errors=True)


def _build(site: Path, out: Path, **kw) -> None:
    result = Builder(site, output=out, **kw).build()
    assert result.ok, [str(d) for d in result.diagnostics]
    assert not result.diagnostics.warnings, [str(d) for d in result.diagnostics.warnings]


def test_the_early_index_equals_a_staged_one(corpus_site: Path, tmp_path: Path, fresh, monkeypatch) -> None:
    started: list[str] = []
    real_start = searchplace.EarlyIndex._start

    def spy(self: searchplace.EarlyIndex) -> None:
        real_start(self)
        if self.key is not None:
            started.append(self.key)

    monkeypatch.setattr(searchplace.EarlyIndex, "_start", spy)
    early_out = tmp_path / "early"
    _build(corpus_site, early_out)
    assert len(started) == 1  # Pagefind ran while the actors', sanctions' and tags' pages rendered
    early = _fragments(early_out)
    assert len(early) == 200
    a_page = next(iter(early.values()))
    assert a_page["meta"]["title"] and a_page["filters"]["actor"] and a_page["filters"]["tag"]

    # The same site under a base path: no early start, the pages staged in a folder of their own.
    search._MEMORY.clear()
    staged_out = tmp_path / "staged"
    _build(corpus_site, staged_out, base_url="https://example.org/sub/")
    assert len(started) == 1
    assert _fragments(staged_out, "/sub") == early


def test_a_second_cold_build_reuses_the_bundle_without_pagefind(
    corpus_site: Path, tmp_path: Path, fresh, monkeypatch
) -> None:
    _build(corpus_site, tmp_path / "first")
    search._MEMORY.clear()
    monkeypatch.setenv("PAGEFIND_BINARY_PATH", str(tmp_path / "no-such-pagefind"))
    again_out = tmp_path / "second"
    _build(corpus_site, again_out)  # the bundle comes from the cache: Pagefind is never run
    for rel in ("pagefind/pagefind-entry.json", "pagefind/pagefind.js"):
        assert (again_out / rel).read_bytes() == (tmp_path / "first" / rel).read_bytes()
    first = sorted(p.relative_to(tmp_path / "first").as_posix() for p in (tmp_path / "first/pagefind").rglob("*"))
    again = sorted(p.relative_to(again_out).as_posix() for p in (again_out / "pagefind").rglob("*"))
    assert first == again


def test_a_hung_early_pagefind_is_stopped_and_the_site_written(
    corpus_site: Path, tmp_path: Path, fresh, monkeypatch
) -> None:
    exe = tmp_path / "hung-pagefind"
    exe.write_text("#!/bin/sh\nexec sleep 600\n")
    exe.chmod(exe.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("PAGEFIND_BINARY_PATH", str(exe))
    monkeypatch.setattr(search, "_TIME_BASE", 1.0)
    monkeypatch.setattr(search, "_TIME_PER_PAGE", 0.0)
    for module in (search, searchbundle):  # not the bundle the other tests cached
        monkeypatch.setattr(module, "BUNDLE_SUFFIX", ".elsewhere")
    out = tmp_path / "out"
    result = Builder(corpus_site, output=out).build()
    assert result.ok
    warnings = "\n".join(str(d) for d in result.diagnostics.warnings)
    assert "pagefind did not finish within 1 s and was stopped" in warnings
    assert len(list((out / "briefings").glob("*/index.html"))) == 200
    assert not (out / "pagefind").exists()
    assert not list((corpus_site / ".briefkit-cache").glob(searchplace._WORK_PREFIX + "*"))  # its work folder removed
