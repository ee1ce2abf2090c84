"""A cold build's search index: Pagefind started on the briefings' search documents before the
pages render, or on the pages where the render stage put them, gives the index a staged run
gives; a site whose templates mark other parts gets its pages indexed; a hung one is still stopped.

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
import briefkit.searchrun as searchrun
import briefkit.searchdocs as searchdocs
import briefkit.searchbundle as searchbundle
import briefkit.searchplace as searchplace
from briefkit.build import Builder
from briefkit.config import SiteConfig
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


def _index_files(out: Path) -> dict[str, bytes]:
    """The word index chunks, by name. Pagefind numbers the pages in the order it finds the
    files, which is the file system's: the same on one file system (Pagefind's filter and
    metadata files are not byte-stable at all: upstream issue Pagefind/pagefind#638)."""
    return {p.name: p.read_bytes() for p in sorted((out / "pagefind/index").iterdir())}


@pytest.fixture
def on_disk(monkeypatch) -> None:
    """The search documents written beside the pages, on their file system (not in memory)."""
    monkeypatch.setattr(searchplace, "_MEMORY_FS", Path("/nonexistent-memory-fs"))


def _spy_starts(monkeypatch) -> dict[str, int]:
    """How often a cold build started Pagefind early, on the search documents or on the pages."""
    starts = {"documents": 0, "pages": 0, "taken": 0}
    real_docs, real_start = searchplace.EarlyIndex.from_documents.__func__, searchplace.EarlyIndex._start
    real_take = searchplace.EarlyIndex.take

    def take(self: searchplace.EarlyIndex, *args):
        taken = real_take(self, *args)
        starts["taken"] += taken is not None
        return taken

    def docs(cls, *args):
        early = real_docs(cls, *args)
        starts["documents"] += early is not None
        return early

    def pages(self: searchplace.EarlyIndex) -> None:
        real_start(self)
        starts["pages"] += self.key is not None

    monkeypatch.setattr(searchplace.EarlyIndex, "from_documents", classmethod(docs))
    monkeypatch.setattr(searchplace.EarlyIndex, "_start", pages)
    monkeypatch.setattr(searchplace.EarlyIndex, "take", take)
    return starts


def test_the_documents_index_equals_the_pages_index(
    corpus_site: Path, tmp_path: Path, fresh, on_disk, monkeypatch
) -> None:
    starts = _spy_starts(monkeypatch)
    docs_out = tmp_path / "documents"
    _build(corpus_site, docs_out)
    assert starts == {"documents": 1, "pages": 0, "taken": 1}  # started before any page was rendered
    from_docs = _fragments(docs_out)
    assert len(from_docs) == 200
    a_page = next(iter(from_docs.values()))
    assert (
        a_page["meta"]["title"] and a_page["meta"]["date"] and a_page["filters"]["actor"] and a_page["filters"]["tag"]
    )
    assert a_page["anchors"]  # the body's headings, for sub-results

    # Pagefind on the rendered pages, in place, once they are all staged: the same index.
    search._MEMORY.clear()
    shutil.rmtree(corpus_site / ".briefkit-cache" / search.CACHE_SUBDIR)
    monkeypatch.setattr(searchdocs, "theme_marks_briefings", lambda config: False)
    pages_out = tmp_path / "pages"
    _build(corpus_site, pages_out)
    assert starts == {"documents": 1, "pages": 1, "taken": 2}
    assert _fragments(pages_out) == from_docs
    assert _index_files(pages_out) == _index_files(docs_out)

    # Under a base path: no early start on the pages, they are staged in a folder of their own.
    search._MEMORY.clear()
    staged_out = tmp_path / "staged"
    _build(corpus_site, staged_out, base_url="https://example.org/sub/")
    assert starts == {"documents": 1, "pages": 1, "taken": 2}
    assert _fragments(staged_out, "/sub") == from_docs


def test_the_documents_under_a_base_path_link_there(corpus_site: Path, tmp_path: Path, fresh, monkeypatch) -> None:
    starts = _spy_starts(monkeypatch)
    out = tmp_path / "sub"
    _build(corpus_site, out, base_url="https://example.org/sub/")
    assert starts == {"documents": 1, "pages": 0, "taken": 1}
    assert len(_fragments(out, "/sub")) == 200  # every URL under /sub/briefings/


def test_a_site_template_that_marks_nothing_gets_every_page_indexed(
    corpus_site: Path, tmp_path: Path, fresh, monkeypatch
) -> None:
    """A site's `briefing.html` without Pagefind's marks: Pagefind indexes every page (as it does
    a site that marks none), so the run on the briefings' documents is not taken."""
    site = tmp_path / "site"
    shutil.copytree(corpus_site, site, ignore=shutil.ignore_patterns(".briefkit-cache", "output"))
    (site / "templates").mkdir(exist_ok=True)
    (site / "templates" / "briefing.html").write_text(
        '{% extends "base.html" %}{% block content %}<h1>{{ view.title }}</h1>{{ view.body }}{% endblock %}\n'
    )
    starts = _spy_starts(monkeypatch)
    out = tmp_path / "out"
    _build(site, out)
    assert starts["documents"] == 1 and not starts["taken"]  # dropped: a briefing page came unmarked
    urls = set()
    for path in (out / "pagefind/fragment").iterdir():
        raw = gzip.decompress(path.read_bytes())
        urls.add(json.loads(raw[len(b"pagefind_dcd") :])["url"])
    assert {"/actors/", "/tags/", "/timeline/"} <= urls
    assert len([u for u in urls if u.startswith("/briefings/") and u != "/briefings/"]) == 200


def test_a_site_template_mentioning_pagefind_gets_its_pages_indexed(tmp_path: Path) -> None:
    site = tmp_path / "site"
    (site / "templates").mkdir(parents=True)
    config = SiteConfig(root=site, title="T", base_url="https://example.org/")
    assert searchdocs.theme_marks_briefings(config)
    (site / "templates" / "footer_note.html").write_text("<p>Notes by the desk.</p>\n")
    assert searchdocs.theme_marks_briefings(config)
    (site / "templates" / "footer_note.html").write_text('<p data-pagefind-filter="desk">Desk</p>\n')
    assert not searchdocs.theme_marks_briefings(config)


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
    monkeypatch.setattr(searchrun, "_TIME_BASE", 1.0)
    monkeypatch.setattr(searchrun, "_TIME_PER_PAGE", 0.0)
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


def test_documents_index_markup_characters_as_the_pages_do(
    make_site, tmp_path: Path, fresh, on_disk, monkeypatch
) -> None:
    """Titles, names and tags holding `&`, `<` and quotes, a date-only briefing in another zone,
    margin notes and headings: the documents' index is the pages' index."""
    site = make_site(
        {
            "site.yaml": "title: T\nbase_url: https://example.org/\ntimezone: Asia/Tokyo\nsearch: true\n",
            "content/actors/vladimir-putin.md": "---\nname: Vladimir <Putin> & Co\nkind: person\n---\n",
            "content/briefings/a-gift.md": """\
            ---
            title: 'Q&A: a <car> for "a neighbour"'
            summary: One leader gives another a limousine.
            date: 2024-02-20T23:48:00-05:00
            tags: [R&D, "<Cars>"]
            actors:
              - {id: vladimir-putin, role: giver, note: a note beside the body}
              - kim-jong-un
            sanctions:
              - {id: unscr-1718, provision: op8-a-iii}
            ---
            Vladimir Putin gave Kim Jong-un a car & a <em>driver</em>.

            ## Why it matters

            The [[unscr-1718]] ban on luxury goods covers cars.
            """,
            "content/briefings/b-day.md": "---\ntitle: A day\nsummary: S.\ndate: 2024-03-01\n---\nA dated day.\n",
        }
    )
    starts = _spy_starts(monkeypatch)
    _build(site, tmp_path / "documents")
    assert starts["documents"] == starts["taken"] == 1
    search._MEMORY.clear()
    shutil.rmtree(site / ".briefkit-cache" / search.CACHE_SUBDIR)
    monkeypatch.setattr(searchdocs, "theme_marks_briefings", lambda config: False)
    _build(site, tmp_path / "pages")
    from_docs = _fragments(tmp_path / "documents")
    assert from_docs == _fragments(tmp_path / "pages")
    gift = from_docs["/briefings/a-gift/"]
    assert gift["meta"]["title"] == 'Q&A: a <car> for "a neighbour"'
    assert gift["filters"]["actor"] == ["Vladimir <Putin> & Co", "Kim Jong-un"]
    assert _index_files(tmp_path / "documents") == _index_files(tmp_path / "pages")


@pytest.mark.parametrize("memory", ["room", "none"])
def test_the_documents_scratch_folder_is_removed_after_the_build(
    make_site, tmp_path: Path, fresh, monkeypatch, memory: str
) -> None:
    """The documents and the bundle go to the in-memory file system when it has room, else to the
    site's cache folder; either way the folder is gone once the build is done."""
    shm = tmp_path / "shm"
    if memory == "room":
        shm.mkdir()
    monkeypatch.setattr(searchplace, "_MEMORY_FS", shm)
    site = make_site({"site.yaml": "title: T\nbase_url: https://example.org/\nsearch: true\n"})
    starts = _spy_starts(monkeypatch)
    made: list[str] = []
    real = searchplace.scratch_dir

    def spy(*args, **kw):
        folder = real(*args, **kw)
        made.append(folder.name)
        return folder

    monkeypatch.setattr(searchplace, "scratch_dir", spy)
    _build(site, tmp_path / "out")
    assert starts["documents"] == starts["taken"] == 1
    assert len(made) == 1 and Path(made[0]).parent == (shm if memory == "room" else site / ".briefkit-cache")
    assert not Path(made[0]).exists()
    assert _fragments(tmp_path / "out")["/briefings/a-gift/"]["meta"]["title"] == "A car for a neighbour"


def test_pages_wait_for_pagefind_and_are_staged_after_the_render_on_a_large_site(
    corpus_site: Path, tmp_path: Path, fresh, monkeypatch
) -> None:
    # With Pagefind on the search documents, a large site's pages wait in memory during the
    # render and go into the staging folder in a thread while Pagefind finishes: the same site.
    import threading

    from briefkit import output
    from briefkit.build import render_pages

    putters: list[str] = []
    real_put = output.Staging.put

    def put(self: output.Staging, rel: str, data: bytes, digest: str) -> str:
        putters.append(threading.current_thread().name)
        return real_put(self, rel, data, digest)

    monkeypatch.setattr(output.Staging, "put", put)
    _build(corpus_site, tmp_path / "as-they-come")
    assert putters and set(putters) == {"MainThread"}  # each chunk's pages as it comes back
    putters.clear()
    search._MEMORY.clear()
    shutil.rmtree(corpus_site / ".briefkit-cache" / search.CACHE_SUBDIR)
    monkeypatch.setattr(render_pages, "STAGE_LATER_PAGES", 100)
    starts = _spy_starts(monkeypatch)
    _build(corpus_site, tmp_path / "later")
    assert starts == {"documents": 1, "pages": 0, "taken": 1}
    assert len(putters) > 200 and set(putters) == {"briefkit-staging"}

    def site(out: Path) -> dict[str, bytes]:
        files = {p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*") if p.is_file()}
        return {k: v for k, v in files.items() if not k.startswith("pagefind/") and k != ".briefkit-manifest.json"}

    assert site(tmp_path / "later") == site(tmp_path / "as-they-come")
    assert _fragments(tmp_path / "later") == _fragments(tmp_path / "as-they-come")
    assert not list(tmp_path.glob("*staging*"))  # nothing left beside the outputs
