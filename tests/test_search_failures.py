"""A Pagefind that hangs or dies never costs the site: it is stopped, a warning names the cause.

The fake binaries stand in through `PAGEFIND_BINARY_PATH`, Pagefind's own documented override.
"""

from __future__ import annotations

import shutil
import stat
from pathlib import Path

import pytest

import briefkit.search as search
from briefkit.build import Builder

pytest.importorskip("pagefind.service")


def _fake_binary(tmp_path: Path, body: str) -> Path:
    exe = tmp_path / "fake-pagefind"
    exe.write_text(f"#!/bin/sh\n{body}\n")
    exe.chmod(exe.stat().st_mode | stat.S_IEXEC)
    return exe


@pytest.fixture
def no_cached_bundle(monkeypatch, tmp_path):
    monkeypatch.setattr(search, "_MEMORY", {})
    return tmp_path


def _warnings(result) -> str:
    return "\n".join(str(d) for d in result.diagnostics.warnings)


def test_a_hung_pagefind_is_stopped_and_the_site_written(make_site, no_cached_bundle, tmp_path, monkeypatch):
    monkeypatch.setenv("PAGEFIND_BINARY_PATH", str(_fake_binary(tmp_path, "exec sleep 600")))
    monkeypatch.setattr(search, "_TIME_BASE", 1.0)
    site = make_site()
    result = Builder(site, output=tmp_path / "out").build()
    assert result.ok
    assert "pagefind did not finish within" in _warnings(result)
    assert (tmp_path / "out/briefings/a-gift/index.html").is_file()
    assert not (tmp_path / "out/pagefind").exists()


def test_a_pagefind_that_dies_is_reported_and_the_site_written(make_site, no_cached_bundle, tmp_path,
                                                                 monkeypatch):
    monkeypatch.setenv("PAGEFIND_BINARY_PATH", str(_fake_binary(tmp_path, "echo 'out of disk' >&2; exit 1")))
    site = make_site()
    result = Builder(site, output=tmp_path / "out").build()
    assert result.ok
    assert "pagefind exited with status 1: out of disk" in _warnings(result)
    assert (tmp_path / "out/briefings/a-gift/index.html").is_file()


def test_the_time_limit_grows_with_the_site() -> None:
    assert search.time_limit(10_000) > search.time_limit(1_000) > search.time_limit(10) > 0


def test_a_killed_builds_search_folder_is_removed_a_day_later(make_site, no_cached_bundle, tmp_path, monkeypatch):
    import os
    import time

    monkeypatch.setenv("PAGEFIND_BINARY_PATH", str(_fake_binary(tmp_path, "exit 1")))
    site = make_site()
    cache = site / ".briefkit-cache"
    old, recent = cache / "search-work-old", cache / "search-work-recent"
    for folder in (old, recent):
        (folder / "site").mkdir(parents=True)
    os.utime(old, (time.time() - 2 * 86400,) * 2)
    Builder(site, output=tmp_path / "out").build()
    assert not old.exists()
    assert recent.is_dir()  # perhaps another build's, still at work


@pytest.mark.skipif(shutil.which("nice") is None, reason="no POSIX nice on this system")
def test_the_previews_background_index_yields_the_cores_to_the_next_edit(make_site, no_cached_bundle, tmp_path,
                                                                        monkeypatch):
    """A build's pagefind runs at the build's priority; the preview's, made while the writer edits,
    runs lower, so an edit's rebuild is not slowed by it."""
    import os
    import threading

    from briefkit.config import load_config
    from briefkit.diagnostics import Diagnostics

    niceness = tmp_path / "niceness"
    monkeypatch.setenv("PAGEFIND_BINARY_PATH", str(_fake_binary(tmp_path, f"nice >> {niceness}; exit 1")))
    site = make_site()
    Builder(site, output=tmp_path / "out").build()
    ours = os.nice(0)
    assert niceness.read_text().split() == [str(ours)]

    failed = threading.Event()
    follower = search.Follower(on_ready=lambda: None, on_failed=lambda _text: failed.set()).start()
    try:
        config = load_config(site, Diagnostics())
        assert config is not None
        page = search.OutputFile("briefings/a/index.html", b"<html><body data-pagefind-body>x</body></html>")
        follower.submit(config, [("briefings/a/", page)], "key-1", tmp_path / "cache")
        assert failed.wait(10)
    finally:
        follower.stop()
    assert niceness.read_text().split() == [str(ours), str(ours + search.BACKGROUND_NICENESS)]
