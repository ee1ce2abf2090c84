"""A Pagefind that hangs or dies never costs the site: it is stopped, a warning names the cause.

The fake binaries stand in through `PAGEFIND_BINARY_PATH`, Pagefind's own documented override.
"""

from __future__ import annotations

import shutil
import stat
from pathlib import Path

import pytest

import briefkit.search as search
import briefkit.searchrun as searchrun
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
    monkeypatch.setattr(searchrun, "_TIME_BASE", 1.0)
    site = make_site()
    result = Builder(site, output=tmp_path / "out").build()
    assert result.ok
    assert "pagefind did not finish within" in _warnings(result)
    assert (tmp_path / "out/briefings/a-gift/index.html").is_file()
    assert not (tmp_path / "out/pagefind").exists()


needs_proc = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="processor time is read from /proc")


@needs_proc
def test_a_hung_pagefind_is_stopped_long_before_its_time_limit(make_site, no_cached_bundle, tmp_path, monkeypatch):
    """Hung is told from slow by the processor: a hung Pagefind waits on something and uses none."""
    import time

    monkeypatch.setenv("PAGEFIND_BINARY_PATH", str(_fake_binary(tmp_path, "exec sleep 600")))
    monkeypatch.setattr(searchrun, "_STALL", 1.0)
    site = make_site()
    began = time.monotonic()
    result = Builder(site, output=tmp_path / "out").build()
    assert time.monotonic() - began < 30  # the limit is 60 s and more
    assert result.ok
    assert "pagefind used no processor time for 1 s (hung) and was stopped" in _warnings(result)
    assert (tmp_path / "out/briefings/a-gift/index.html").is_file()


def test_a_slow_pagefind_that_keeps_working_is_not_taken_for_hung(make_site, no_cached_bundle, tmp_path,
                                                                  monkeypatch):
    # busy for about three stall windows, then it dies: the build waits for it and reports its death
    busy = "end=$(( $(date +%s) + 3 )); while [ $(date +%s) -lt $end ]; do :; done; echo 'disk full' >&2; exit 3"
    monkeypatch.setenv("PAGEFIND_BINARY_PATH", str(_fake_binary(tmp_path, busy)))
    monkeypatch.setattr(searchrun, "_STALL", 1.0)
    result = Builder(make_site(), output=tmp_path / "out").build()
    assert result.ok
    assert "pagefind exited with status 3: disk full" in _warnings(result)


@needs_proc
def test_a_hung_pagefind_behind_a_wrapper_script_is_stopped_with_its_child(make_site, no_cached_bundle, tmp_path,
                                                                           monkeypatch):
    """The wrapper does not `exec`: its child holds the output pipes. Stopping only the wrapper
    left the build waiting on those pipes for as long as the child ran."""
    import time

    marker = tmp_path / "child-alive"
    monkeypatch.setenv("PAGEFIND_BINARY_PATH", str(_fake_binary(tmp_path, f"touch {marker}; sleep 600")))
    monkeypatch.setattr(searchrun, "_TIME_BASE", 1.0)
    monkeypatch.setattr(searchrun, "_STALL", 100.0)
    began = time.monotonic()
    result = Builder(make_site(), output=tmp_path / "out").build()
    assert time.monotonic() - began < 30
    assert result.ok and "pagefind did not finish within" in _warnings(result)
    assert marker.exists()  # the wrapper did start its child
    time.sleep(0.2)
    assert not _sleepers(), "the wrapper's child outlived the build"


def _sleepers() -> list[str]:
    """`sleep 600` processes still alive (this test's own stand-in for a hung Pagefind)."""
    import os

    found = []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            cmd = open(f"/proc/{pid}/cmdline", "rb").read().split(b"\0")
        except OSError:
            continue
        if cmd[:2] == [b"sleep", b"600"]:
            state = open(f"/proc/{pid}/stat", "rb").read().rsplit(b")", 1)[1].split()[0]
            if state != b"Z":
                found.append(pid)
    return found


def test_a_pagefind_that_dies_is_reported_and_the_site_written(make_site, no_cached_bundle, tmp_path,
                                                                 monkeypatch):
    monkeypatch.setenv("PAGEFIND_BINARY_PATH", str(_fake_binary(tmp_path, "echo 'out of disk' >&2; exit 1")))
    site = make_site()
    result = Builder(site, output=tmp_path / "out").build()
    assert result.ok
    assert "pagefind exited with status 1: out of disk" in _warnings(result)
    assert (tmp_path / "out/briefings/a-gift/index.html").is_file()


def test_the_time_limit_grows_with_the_site() -> None:
    assert searchrun.time_limit(10_000) > searchrun.time_limit(1_000) > searchrun.time_limit(10) > 0


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
