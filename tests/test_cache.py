"""The build cache and the speed-ups around it: never trusted blindly, never a cause of failure.

A corrupt, truncated or foreign cache file is ignored (the build runs cold and succeeds); the
spare output tree is reused only when complete; work spread over processes comes back in
order; and the autolinker's shortcut finds exactly what a regex compiled per body found.
"""

from __future__ import annotations

import os
import signal
import pickle
import shutil
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefkit import cache, output, parallel
from briefkit.markdown import terms as markdown_terms
from briefkit.build import Builder
from briefkit.output import OutputFile, write_site

BRIEFING = """---
title: "Talks in {city}"
summary: "Envoys met in {city}."
date: 2024-0{month}-01
actors: [kim-jong-un]
tags: [talks]
---
Kim Jong-un met envoys in {city}.
"""
ACTOR = '---\nname: "Kim Jong-un"\nkind: person\n---\nLeader.\n'


@pytest.fixture
def site(tmp_path: Path) -> Path:
    root = tmp_path / "site"
    (root / "content" / "briefings").mkdir(parents=True)
    (root / "content" / "actors").mkdir()
    (root / "site.yaml").write_text("title: T\nbase_url: https://example.org/\nsearch: false\n")
    (root / "content" / "actors" / "kim-jong-un.md").write_text(ACTOR)
    for i, city in enumerate(["Hanoi", "Singapore", "Vladivostok"], start=1):
        (root / "content" / "briefings" / f"talks-{i}.md").write_text(BRIEFING.format(city=city, month=i))
    return root


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def cache_files(site: Path) -> list[Path]:
    return sorted((site / cache.CACHE_DIR / "build").iterdir())


# ------------------------------------------------------------------ a cache is never trusted blindly


@pytest.mark.parametrize("damage", [b"", b"not a pickle at all", b"\x80\x05truncated",
                                    pickle.dumps((999, "old format", None)), pickle.dumps({"a": "dict"})])
def test_a_corrupt_cache_is_ignored_and_the_build_runs_cold(site: Path, damage: bytes) -> None:
    assert Builder(site).build().ok
    good = snapshot(site / "output")
    files = cache_files(site)
    assert files, "the first build left a cache"
    for f in files:
        f.write_bytes(damage)
    (site / "content" / "briefings" / "talks-1.md").touch()  # not a no-op: the memo is read too
    result = Builder(site).build()
    assert result.ok, [d.format() for d in result.diagnostics]
    assert snapshot(site / "output") == good


def test_a_cache_of_another_briefkit_is_not_used(site: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert Builder(site).build().ok
    monkeypatch.setattr(cache, "__version__", "0.0.0-other")
    result = Builder(site).build()
    assert result.ok and "content" in result.timings  # the pipeline ran: the fingerprint differs


def test_deleting_the_cache_folder_gives_a_cold_build_of_the_same_bytes(site: Path) -> None:
    import shutil

    assert Builder(site).build().ok
    good = snapshot(site / "output")
    shutil.rmtree(site / cache.CACHE_DIR)
    result = Builder(site).build()
    assert result.ok and snapshot(site / "output") == good


def test_the_cache_folder_ignores_itself_for_git(site: Path) -> None:
    assert Builder(site).build().ok
    assert (site / cache.CACHE_DIR / ".gitignore").read_text().splitlines()[-1] == "*"


def test_a_flag_change_is_not_a_no_op(site: Path) -> None:
    assert Builder(site).build().ok
    other = Builder(site, base_url="https://example.net/sub/").build()
    assert other.ok and "content" in other.timings
    assert b'href="/sub/' in (site / "output" / "index.html").read_bytes()


# ------------------------------------------------------------------ the memo's shards


def memo_shards(site: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in cache_files(site) if p.suffix != ".pickle"}


def shard_inodes(site: Path) -> dict[str, int]:
    return {p.name: p.stat().st_ino for p in cache_files(site) if p.suffix != ".pickle"}


@pytest.mark.parametrize("background", [False, True], ids=["memo-in-build", "memo-by-a-child"])
def test_an_edit_rewrites_only_the_memo_shards_it_touched(site: Path, tmp_path: Path, background: bool,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    # A big memo (a cold build of a large site) is written by a forked child during the write.
    monkeypatch.setattr(cache, "_BACKGROUND_ENTRIES", 1 if background else 10**9)
    children: list[bool] = []

    def watched(fn):  # type: ignore[no-untyped-def]
        wait = start(fn)
        return None if wait is None else (lambda: children.append(wait()) or children[-1])

    start = parallel.in_background
    monkeypatch.setattr(parallel, "in_background", watched)
    assert Builder(site).build().ok
    assert children == ([True] if background else [])  # the child wrote the memo (not the fallback)
    before = shard_inodes(site)
    assert len(before) == 4 * 16  # documents, bodies, pages and relations
    talk = site / "content" / "briefings" / "talks-2.md"
    talk.write_text(talk.read_text() + "\nThe talks went on.\n")
    assert Builder(site).build().ok
    after = shard_inodes(site)  # a shard is rewritten by a rename over it: a new inode
    changed = sorted(name for name in after if after[name] != before[name])
    assert [n for n in changed if ".docs." in n] and [n for n in changed if ".bodies." in n], changed
    assert len(changed) <= 4, changed  # its document, its body, the record of its page (and no more)
    assert Builder(site, output=tmp_path / "cold").build().ok  # another output: no pages to reuse
    assert snapshot(site / "output") == snapshot(tmp_path / "cold")


def test_memo_shards_of_different_builds_mix_safely(site: Path, tmp_path: Path) -> None:
    """Entries check themselves (digests, the output's manifest), so a shard left from an older
    build (a save killed half-way, a restored backup) can only cost speed."""
    assert Builder(site).build().ok
    old = memo_shards(site)
    talk = site / "content" / "briefings" / "talks-1.md"
    talk.write_text(talk.read_text().replace("Talks in Hanoi", "Summit in Hanoi"))
    assert Builder(site).build().ok
    for name, data in old.items():  # every shard back to the first build's
        (site / cache.CACHE_DIR / "build" / name).write_bytes(data)
    talk.write_text(talk.read_text().replace("Envoys met", "Envoys gathered"))
    assert Builder(site).build().ok
    assert Builder(site, output=tmp_path / "cold").build().ok
    assert snapshot(site / "output") == snapshot(tmp_path / "cold")


def test_the_memo_pickles_parsed_documents_and_bodies_back_to_equal_values(site: Path, tmp_path: Path) -> None:
    builder = Builder(site)
    assert builder.build().ok
    state = builder._state
    assert state is not None and state.docs and state.bodies
    for name in ("docs", "bodies"):
        value = dict(getattr(state, name))
        cache._write(tmp_path / name, "fp", value)
        assert cache._read(tmp_path / name, "fp") == value


# ------------------------------------------------------------------ the spare output tree


def test_the_spare_tree_is_reused_and_never_shares_a_changed_inode(tmp_path: Path) -> None:
    root = tmp_path / "site"
    root.mkdir()
    dest, spare = root / "output", root / ".briefkit-cache" / "spare" / "x"
    versions = [
        {"a/index.html": b"one", "b/index.html": b"same", "c/index.html": b"gone soon"},
        {"a/index.html": b"two", "b/index.html": b"same"},
        {"a/index.html": b"three", "b/index.html": b"same", "d/e/index.html": b"new"},
        {"a/index.html": b"three", "b/index.html": b"same"},
    ]
    for n, files in enumerate(versions):
        write_site([OutputFile(k, v) for k, v in files.items()], dest, site_root=root, spare=spare)
        got = snapshot(dest)
        got.pop(output.MANIFEST_NAME)
        assert got == files, n
        if n:
            assert (spare / output.MANIFEST_NAME).is_file()  # the previous site, kept
            kept = snapshot(spare)
            kept.pop(output.MANIFEST_NAME)
            assert kept == versions[n - 1], n  # writing the new site did not touch the old one
    assert sorted(os.listdir(root)) == [".briefkit-cache", "output"]


def test_hand_made_changes_to_the_output_never_come_back_through_the_spare(tmp_path: Path) -> None:
    # The spare is converged from its manifest, not walked: files dropped in by hand must be
    # gone from it, and folders deleted by hand must be made again.
    root = tmp_path / "site"
    root.mkdir()
    dest, spare = root / "output", root / ".briefkit-cache" / "spare" / "x"
    site = {"a/index.html": b"one", "b/c/index.html": b"two", "index.html": b"home"}

    def write(files: dict[str, bytes]) -> output.WriteReport:
        report = write_site([OutputFile(k, v) for k, v in files.items()], dest, site_root=root, spare=spare)
        got = snapshot(dest)
        got.pop(output.MANIFEST_NAME)
        assert got == files
        return report

    write(site)
    write(site)  # now there is a spare
    (dest / "notes.txt").write_text("mine")
    (dest / "extra" / "deep").mkdir(parents=True)
    (dest / "extra" / "deep" / "x.html").write_text("mine too")
    shutil.rmtree(dest / "b")
    (dest / "a" / "index.html").unlink()
    report = write(site)
    assert sorted(report.removed) == ["extra/deep/x.html", "notes.txt"]
    assert sorted(report.written) == ["a/index.html", "b/c/index.html"]
    for _ in range(3):  # the hand-edited site goes to the spare and is staged from again
        write(site)
        write({**site, "a/index.html": b"changed"})
    assert not (dest / "extra").exists() and not (spare / "extra").exists()


def test_an_incomplete_spare_is_not_used(tmp_path: Path) -> None:
    root = tmp_path / "site"
    root.mkdir()
    dest, spare = root / "output", root / "spare"
    write_site([OutputFile("index.html", b"one")], dest, site_root=root, spare=spare)
    write_site([OutputFile("index.html", b"two")], dest, site_root=root, spare=spare)
    (spare / ".briefkit-staging").touch()  # a write was killed while converging it
    (spare / "junk.html").write_text("half")
    write_site([OutputFile("index.html", b"three")], dest, site_root=root, spare=spare)
    assert sorted(snapshot(dest)) == [output.MANIFEST_NAME, "index.html"]
    assert (dest / "index.html").read_bytes() == b"three"


def test_a_file_the_cache_vouches_for_is_linked_not_read(tmp_path: Path) -> None:
    root = tmp_path / "site"
    root.mkdir()
    dest = root / "output"
    write_site([OutputFile("index.html", b"page")], dest, site_root=root)
    import hashlib

    sha = hashlib.sha256(b"page").hexdigest()
    ino = os.stat(dest / "index.html").st_ino
    report = write_site([OutputFile("index.html", source=dest / "index.html", digest=sha)], dest, site_root=root)
    assert report.unchanged == ["index.html"] and os.stat(dest / "index.html").st_ino == ino
    # A digest that does not match the manifest is not trusted: the file is read and hashed.
    report = write_site([OutputFile("index.html", source=dest / "index.html", digest="0" * 64)], dest, site_root=root)
    assert report.unchanged == ["index.html"]


# ------------------------------------------------------------------ parallel work comes back in order


def test_parallel_map_keeps_the_order_and_survives_a_failing_child(monkeypatch: pytest.MonkeyPatch) -> None:
    items = list(range(1000))
    assert parallel.map_ordered(lambda x: x * x, items, min_items=10) == [x * x for x in items]
    parent = os.getpid()

    def flaky(x: int) -> int:
        if os.getpid() != parent:
            os._exit(7)  # a crashing child: its chunk is redone by the parent
        return x + 1

    assert parallel.map_ordered(flaky, items, min_items=10) == [x + 1 for x in items]

    def fails_late(x: int) -> int:
        if os.getpid() != parent and x >= 900:
            raise RuntimeError("a child failing after some chunks: those it sent are kept")
        return -x

    assert parallel.map_ordered(fails_late, items, min_items=10) == [-x for x in items]


def test_children_are_not_waited_for_beyond_their_results_and_are_reaped() -> None:
    if parallel.cores() < 2 or not parallel.can_fork():
        pytest.skip("needs two cores and fork")
    parent, items = os.getpid(), list(range(1000))

    def killed(x: int) -> int:
        if os.getpid() != parent and x >= 500:
            os.kill(os.getpid(), signal.SIGKILL)  # dies without closing anything itself
        return x * 3

    assert parallel.map_ordered(killed, items, min_items=10) == [x * 3 for x in items]
    assert parallel.map_ordered(lambda x: -x, items, min_items=10) == [-x for x in items]
    children = list(parallel._unreaped)
    deadline = time.monotonic() + 10
    while parallel._unreaped and time.monotonic() < deadline:
        time.sleep(0.01)
        parallel._reap()
    assert parallel._unreaped == []
    for pid in children:  # reaped: no zombie left behind
        with pytest.raises(ChildProcessError):
            os.waitpid(pid, os.WNOHANG)


def test_the_parents_side_work_runs_while_children_take_its_share(monkeypatch: pytest.MonkeyPatch) -> None:
    if parallel.cores() < 2 or not parallel.can_fork():
        pytest.skip("needs two cores and fork")
    parent, ran, seen = os.getpid(), [], []
    items = list(range(1000))

    def square(x: int) -> tuple[int, int]:
        return x * x, os.getpid()

    def side_work() -> None:
        ran.append(os.getpid())
        time.sleep(0.3)  # meanwhile, the child works through chunks

    got = parallel.map_ordered(square, items, min_items=10, meanwhile=side_work)
    assert [v for v, _ in got] == [x * x for x in items]
    assert ran == [parent]  # once, in the parent
    assert any(pid != parent for _, pid in got)  # a child worked (taking the parent's share meanwhile)
    assert parallel.map_ordered(square, items[:5], min_items=10, meanwhile=lambda: seen.append(1))
    assert seen == []  # no children: nothing to do meanwhile (the caller does it when needed)


def _site_for_workers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """60 briefings, with the threshold for worker processes lowered so they are used."""
    root = tmp_path / "site"
    (root / "content" / "briefings").mkdir(parents=True)
    (root / "content" / "actors").mkdir()
    (root / "site.yaml").write_text("title: T\nbase_url: https://example.org/\nsearch: false\n")
    (root / "content" / "actors" / "kim-jong-un.md").write_text(ACTOR)
    for i in range(60):
        (root / "content" / "briefings" / f"b-{i:03d}.md").write_text(
            BRIEFING.format(city=f"city {i}", month=1 + i % 9).replace("2024-0", f"20{10 + i % 14}-0"))
    monkeypatch.setattr(parallel, "MIN_ITEMS", 4)
    monkeypatch.setattr(parallel.map_ordered, "__defaults__", None)
    monkeypatch.setattr(parallel.map_ordered, "__kwdefaults__", {**parallel.map_ordered.__kwdefaults__, "min_items": 4})
    return root


def test_a_site_big_enough_for_workers_builds_the_same_bytes_with_and_without_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = _site_for_workers(tmp_path, monkeypatch)
    assert Builder(root, output=tmp_path / "par").build().ok
    monkeypatch.setattr(parallel, "can_fork", lambda: False)
    assert Builder(root, output=tmp_path / "ser").build().ok
    assert snapshot(tmp_path / "par") == snapshot(tmp_path / "ser")


def test_pages_wait_for_the_write_compressed_only_when_they_are_not_staged_as_they_come(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A large site's pages are compressed while they wait for the write; a forked render
    # stages each chunk as it comes back, so there they wait for nothing and stay plain.
    if parallel.cores() < 2 or not parallel.can_fork():
        pytest.skip("needs two cores and fork")
    import zlib

    from briefkit.build import render_pages

    root = _site_for_workers(tmp_path, monkeypatch)
    assert Builder(root, output=tmp_path / "plain").build().ok
    monkeypatch.setattr(render_pages, "PACK_PAGES", 1)
    log = tmp_path / "packed.log"  # appended to by the children as well as by the parent
    real_compress = zlib.compress

    def counting(data: bytes, level: int = -1) -> bytes:
        if data.lstrip()[:9].lower() == b"<!doctype":  # a page (the memo is compressed too)
            with log.open("a") as f:
                f.write(f"{os.getpid()}\n")
        return real_compress(data, level)

    def packed() -> int:
        return len(log.read_text().split()) if log.exists() else 0

    monkeypatch.setattr(zlib, "compress", counting)
    shutil.rmtree(root / ".briefkit-cache")
    assert Builder(root, output=tmp_path / "forked").build().ok
    assert packed() == 0
    monkeypatch.setattr(parallel, "can_fork", lambda: False)
    shutil.rmtree(root / ".briefkit-cache")
    assert Builder(root, output=tmp_path / "serial").build().ok
    assert packed() > 60  # every page packed while it waits
    assert snapshot(tmp_path / "plain") == snapshot(tmp_path / "forked") == snapshot(tmp_path / "serial")


def test_forks_says_whether_map_ordered_starts_children(monkeypatch: pytest.MonkeyPatch) -> None:
    if parallel.cores() < 2 or not parallel.can_fork():
        pytest.skip("needs two cores and fork")
    for count in (0, 9, 10, 11, 400):
        chunks: list[int] = []
        parallel.map_ordered(abs, list(range(count)), min_items=10, on_chunk=chunks.append)
        assert bool(chunks) == parallel.forks(count, min_items=10), count
    monkeypatch.setattr(parallel, "MIN_ITEMS", 10)
    assert parallel.forks(400) and not parallel.forks(9)
    monkeypatch.setattr(parallel, "can_fork", lambda: False)
    assert not parallel.forks(400, min_items=10)


def test_what_a_build_with_workers_saves_of_the_memo_serves_the_next_edit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Such a build saves documents, bodies and relations while its render stage runs.
    root = _site_for_workers(tmp_path, monkeypatch)
    assert Builder(root, output=tmp_path / "out").build().ok
    edited = root / "content" / "briefings" / "b-005.md"
    edited.write_text(edited.read_text().replace("Envoys met", "Envoys met again"))
    assert Builder(root, output=tmp_path / "out").build().ok
    shutil.rmtree(root / ".briefkit-cache")
    assert Builder(root, output=tmp_path / "fresh").build().ok
    assert snapshot(tmp_path / "out") == snapshot(tmp_path / "fresh")
    assert b"Envoys met again" in (tmp_path / "out" / "briefings" / "b-005" / "index.html").read_bytes()


def test_pages_staged_during_the_render_are_linked_when_unchanged_and_dropped_when_the_build_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A cold build puts pages into its staging folder while others still render.
    if parallel.cores() < 2 or not parallel.can_fork():
        pytest.skip("needs two cores and fork")
    root = _site_for_workers(tmp_path, monkeypatch)
    out = tmp_path / "out"
    first = Builder(root, output=out).build()
    assert first.ok and "briefings/b-030/index.html" in first.report.written
    built = snapshot(out)
    page = out / "briefings" / "b-030" / "index.html"
    inode = page.stat().st_ino

    shutil.rmtree(root / ".briefkit-cache")  # cold again, over an output that is still right
    again = Builder(root, output=out).build()
    assert again.ok and "briefings/b-030/index.html" in again.report.unchanged
    assert snapshot(out) == built and page.stat().st_ino == inode  # linked, not rewritten

    shutil.rmtree(root / ".briefkit-cache")
    (root / "templates").mkdir()
    (root / "templates" / "briefing.html").write_text(
        '{% extends "base.html" %}{% block content %}'
        '{% if page.url.endswith("b-030/") %}{{ no_such_name }}{% endif %}new{% endblock %}')
    failed = Builder(root, output=out).build()
    assert not failed.ok and any("no_such_name" in d.message for d in failed.diagnostics)
    assert snapshot(out) == built  # the pages staged before the failure went nowhere
    assert sorted(os.listdir(tmp_path)) == ["out", "site"]  # and no staging folder is left


# ------------------------------------------------------------------ the autolinker's shortcut

_WORDS = st.sampled_from(["Kim", "Jong", "Jong-un", "Un", "Bank", "of", "Korea", "K", "_x", "é"])
_TERM = st.lists(_WORDS, min_size=1, max_size=3).map(" ".join)
_TERMS = st.dictionaries(st.sampled_from(["a", "b", "c", "d"]), st.lists(_TERM, min_size=1, max_size=3).map(tuple),
                         min_size=1)
_TEXT = st.lists(st.sampled_from(["Kim", "Jong", "-", "Jong-un", "Un", " ", "\n", "  ", "Bank", "of", "Korea", "x",
                                  "K", "_", "é", ".", "ea"]), max_size=30).map("".join)


@settings(max_examples=400, deadline=None)
@given(_TERMS, st.data(), _TEXT)
def test_cutting_the_registry_matcher_finds_what_a_matcher_of_the_chosen_names_finds(wide, data, text) -> None:
    chosen_ids = data.draw(st.lists(st.sampled_from(sorted(wide)), min_size=1, unique=True))
    chosen = {a: tuple(data.draw(st.lists(st.sampled_from(wide[a]), min_size=1, unique=True))) for a in chosen_ids}
    expected = list(markdown_terms.build_matcher(chosen).finditer(text))
    cut = markdown_terms.SubsetMatcher(markdown_terms.build_matcher(wide), markdown_terms.term_owners(chosen))
    assert list(cut.finditer(text)) == expected


_SPACE = st.sampled_from([" ", "\n", "\t ", "\u00a0", "\u2003", "  \n "])
_PIECE = st.sampled_from(["Kim", "Jong", "-", "Un", " ", "\n", "Bank", "x", "_", "é", ".", "ea"])


@settings(max_examples=400, deadline=None)
@given(_TERMS, st.data())
def test_matching_with_the_terms_found_in_each_text_finds_what_the_whole_registry_regex_finds(terms, data) -> None:
    # An edit compiles only the terms a text holds; a big build compiles them all once.
    # Texts are made of the terms themselves, spaced with any whitespace, and stray words.
    names = sorted({name for all_names in terms.values() for name in all_names})
    spaced = st.tuples(st.sampled_from(names), _SPACE).map(lambda t: t[0].replace(" ", t[1]))
    texts = data.draw(st.lists(st.lists(st.one_of(spaced, _PIECE), max_size=12).map("".join), min_size=1, max_size=4))
    per_text = markdown_terms.build_matcher(terms)
    whole = markdown_terms.build_matcher(terms, eager_after=0)
    cut = markdown_terms.term_owners({a: names[:1] for a, names in terms.items()})
    for text in texts:
        assert list(per_text.finditer(text)) == list(whole.finditer(text))
        assert (list(markdown_terms.SubsetMatcher(per_text, cut).finditer(text))
                == list(markdown_terms.SubsetMatcher(whole, cut).finditer(text)))


# ------------------------------------------------------------------ feeds written as text

_XML_TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc"), whitelist_characters="\t\n\r"), max_size=12)


@settings(max_examples=300, deadline=None)
@given(_XML_TEXT, _XML_TEXT, _XML_TEXT, st.lists(_XML_TEXT, max_size=2), st.lists(_XML_TEXT, max_size=2),
       st.booleans())
def test_feeds_written_as_text_equal_what_elementtree_writes(title, summary, lang, authors, tags, entries) -> None:
    from dataclasses import replace
    from datetime import datetime, timezone

    from briefkit import feeds
    from briefkit.config import SiteConfig

    config = replace(SiteConfig(root=Path("/x"), title="T", base_url="https://example.org/"), language=lang,
                     author=title or None)
    when = datetime(2024, 5, 1, 12, 0, tzinfo=timezone.utc)
    entry = feeds.Entry(f"https://example.org/b/{title}/", title, summary, when, when, tuple(authors), tuple(tags))
    feed = feeds.Feed("tags/x/feed.xml", title, summary, "tags/x/", (entry, entry) if entries else ())
    assert feeds.atom_xml(config, feed) == atom_xml_etree(config, feed)


def atom_xml_etree(config, feed) -> bytes:
    """The same feed through ElementTree: the reference briefkit's text writer must equal."""
    import xml.etree.ElementTree as ET

    from briefkit import __version__
    from briefkit.feeds import ATOM_NS, EPOCH, _rfc3339

    ET.register_namespace("", ATOM_NS)

    def sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
        el = ET.SubElement(parent, f"{{{ATOM_NS}}}{tag}", attrs)
        if text is not None:
            el.text = text
        return el

    root = ET.Element(f"{{{ATOM_NS}}}feed", {"{http://www.w3.org/XML/1998/namespace}lang": config.language})
    feed_url = config.abs_url(feed.path)
    sub(root, "id", feed_url)
    sub(root, "title", feed.title)
    if feed.subtitle:
        sub(root, "subtitle", feed.subtitle)
    sub(root, "link", rel="self", type="application/atom+xml", href=feed_url)
    sub(root, "link", rel="alternate", type="text/html", href=config.abs_url(feed.page_path))
    newest = max((e.updated for e in feed.entries), key=lambda d: d.timestamp(), default=EPOCH)
    sub(root, "updated", _rfc3339(newest))
    author = sub(root, "author")  # the fallback for entries without named authors (Atom requires one)
    sub(author, "name", config.author or config.title)
    sub(author, "uri", config.base_url)
    sub(root, "generator", "briefkit", uri="https://pypi.org/project/briefkit/", version=__version__)
    for e in feed.entries:
        entry = sub(root, "entry")
        sub(entry, "id", e.url)
        sub(entry, "title", e.title)
        sub(entry, "link", rel="alternate", type="text/html", href=e.url)
        sub(entry, "published", _rfc3339(e.published))
        sub(entry, "updated", _rfc3339(e.updated))
        for name in e.authors:
            sub(sub(entry, "author"), "name", name)
        for term in e.categories:
            sub(entry, "category", term=term)
        sub(entry, "summary", e.summary, type="text")
    ET.indent(root, space="  ")
    return ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"


# ------------------------------------------------------------------ one output folder's memo seeds another's


def _counting(monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    """How many documents are parsed and bodies rendered from here on (in this process: the
    test sites are below the size that forks workers)."""
    import briefkit.markdown as markdown
    import briefkit.schema as schema

    counts = {"parsed": 0, "rendered": 0}
    parse, render = schema.parse_document, markdown.render_body

    def parse_counted(*args, **kwargs):
        counts["parsed"] += 1
        return parse(*args, **kwargs)

    def render_counted(*args, **kwargs):
        counts["rendered"] += 1
        return render(*args, **kwargs)

    monkeypatch.setattr(schema, "parse_document", parse_counted)
    monkeypatch.setattr(markdown, "render_body", render_counted)
    return counts


def _preview(site: Path, folder: Path) -> Builder:
    return Builder(site, output=folder, base_url="http://127.0.0.1:8000/", preview=True)


def test_a_preview_after_a_build_reads_the_builds_documents_and_bodies(
    site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert Builder(site).build().ok
    counts = _counting(monkeypatch)
    assert _preview(site, tmp_path / "serve").build().ok
    assert counts == {"parsed": 0, "rendered": 0}
    # and what it wrote is what it writes from nothing
    shutil.rmtree(site / cache.CACHE_DIR)
    assert _preview(site, tmp_path / "cold").build().ok
    assert counts["parsed"] == 4
    assert snapshot(tmp_path / "serve") == snapshot(tmp_path / "cold")


def test_a_file_changed_since_the_build_is_read_again_by_the_preview(
    site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert Builder(site).build().ok
    briefing = site / "content" / "briefings" / "talks-2.md"
    briefing.write_text(briefing.read_text().replace("Talks in Singapore", "Talks moved to Jakarta"))
    counts = _counting(monkeypatch)
    assert _preview(site, tmp_path / "serve").build().ok
    assert counts["parsed"] == 1
    assert "Talks moved to Jakarta" in (tmp_path / "serve" / "briefings" / "talks-2" / "index.html").read_text()


def test_a_memo_of_another_briefkit_seeds_nothing(site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert Builder(site).build().ok
    monkeypatch.setattr(cache, "__version__", "0.0.0-other")
    counts = _counting(monkeypatch)
    assert _preview(site, tmp_path / "serve").build().ok
    assert counts["parsed"] == 4
