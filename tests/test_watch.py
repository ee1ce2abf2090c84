"""The change classifier (pure) and the debouncer (one worker thread, short real waits)."""

from __future__ import annotations

import threading
import time
from pathlib import PurePosixPath

import pytest

from briefkit.watch import Change, ChangeBatch, ChangeKind, Debouncer, classify, is_editor_temp

ROOT = PurePosixPath("/site")


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        ("content/briefings/x.md", ChangeKind.CONTENT),
        ("content/actors/kim-jong-un.md", ChangeKind.CONTENT),
        ("content/images/a.jpg", ChangeKind.CONTENT),
        ("content", ChangeKind.CONTENT),  # the folder itself replaced (git checkout)
        ("templates/briefing.html", ChangeKind.TEMPLATES),
        ("templates/partials/head.html", ChangeKind.TEMPLATES),
        ("static/style.css", ChangeKind.STATIC),
        ("site.yaml", ChangeKind.CONFIG),
        ("other.yaml", ChangeKind.IGNORE),
        ("README.md", ChangeKind.IGNORE),
        ("output/index.html", ChangeKind.IGNORE),
        (".briefkit-cache/serve/index.html", ChangeKind.IGNORE),
        (".git/index", ChangeKind.IGNORE),
        ("content/.git/x", ChangeKind.IGNORE),
        ("content/briefings/.x.md.swp", ChangeKind.IGNORE),
        ("content/briefings/x.md~", ChangeKind.IGNORE),
        ("content/briefings/4913", ChangeKind.IGNORE),
        ("content/briefings/.#x.md", ChangeKind.IGNORE),
        ("content/briefings/#x.md#", ChangeKind.IGNORE),
        ("templates/.DS_Store", ChangeKind.IGNORE),
        ("site.yaml~", ChangeKind.IGNORE),
    ],
)
def test_classify(path: str, kind: ChangeKind) -> None:
    assert classify(ROOT / path, ROOT) is kind


def test_classify_outside_the_site_and_the_root_itself() -> None:
    assert classify("/elsewhere/content/x.md", ROOT) is ChangeKind.IGNORE
    assert classify(ROOT, ROOT) is ChangeKind.IGNORE


def test_classify_ignores_a_configured_output_folder_even_inside_content() -> None:
    assert classify(ROOT / "public" / "x.html", ROOT, output_dir="public") is ChangeKind.IGNORE
    assert classify(ROOT / "content" / "out" / "a.md", ROOT, output_dir=ROOT / "content" / "out") is ChangeKind.IGNORE
    assert classify(ROOT / "content" / "outline.md", ROOT, output_dir=ROOT / "content" / "out") is ChangeKind.CONTENT


@pytest.mark.parametrize("name", ["x.md", "notes.txt", "style.css", "swap.md", "tmpfile.md"])
def test_ordinary_names_are_not_editor_temp_files(name: str) -> None:
    assert not is_editor_temp(name)


def test_batch_css_only() -> None:
    css = Change("static/style.css", ChangeKind.STATIC)
    md = Change("content/briefings/x.md", ChangeKind.CONTENT)
    assert ChangeBatch((css,)).css_only
    assert not ChangeBatch((css, md)).css_only
    assert not ChangeBatch(()).css_only


class Recorder:
    def __init__(self, delay: float = 0.0) -> None:
        self.batches: list[ChangeBatch] = []
        self.delay = delay
        self.running = 0
        self.overlapped = False
        self.started = threading.Event()
        self.lock = threading.Lock()

    def __call__(self, batch: ChangeBatch) -> None:
        with self.lock:
            self.running += 1
            self.overlapped |= self.running > 1
        self.started.set()
        time.sleep(self.delay)
        self.batches.append(batch)
        with self.lock:
            self.running -= 1


def wait_until(predicate, timeout: float = 5.0) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.01)
    return predicate()


def change(n: int) -> Change:
    return Change(f"content/briefings/b{n}.md", ChangeKind.CONTENT)


def test_a_burst_becomes_one_batch_with_every_path_once() -> None:
    rec = Recorder()
    deb = Debouncer(rec, quiet=0.08).start()
    try:
        for n in range(30):
            deb.notify(change(n % 10))  # an editor touches the same files several times
            time.sleep(0.002)
        assert wait_until(lambda: rec.batches and deb.idle())
        time.sleep(0.2)  # nothing more must come
        assert len(rec.batches) == 1
        assert rec.batches[0].paths == tuple(change(n).path for n in range(10))
    finally:
        deb.stop()


def test_changes_during_a_rebuild_cause_exactly_one_more_and_never_overlap() -> None:
    rec = Recorder(delay=0.3)
    deb = Debouncer(rec, quiet=0.03).start()
    try:
        deb.notify(change(1))
        assert rec.started.wait(5)
        for n in range(2, 8):  # all while the first action runs
            deb.notify(change(n))
            time.sleep(0.01)
        assert wait_until(lambda: len(rec.batches) == 2 and deb.idle())
        time.sleep(0.2)
        assert len(rec.batches) == 2
        assert rec.batches[0].paths == (change(1).path,)
        assert rec.batches[1].paths == tuple(change(n).path for n in range(2, 8))
        assert not rec.overlapped
    finally:
        deb.stop()


def test_separate_saves_are_separate_batches() -> None:
    rec = Recorder()
    deb = Debouncer(rec, quiet=0.03).start()
    try:
        for n in range(3):
            deb.notify(change(n))
            assert wait_until(lambda: len(rec.batches) == n + 1 and deb.idle())
        assert [b.paths for b in rec.batches] == [(change(n).path,) for n in range(3)]
    finally:
        deb.stop()


def test_max_wait_bounds_an_endless_stream() -> None:
    rec = Recorder()
    deb = Debouncer(rec, quiet=0.2, max_wait=0.3).start()
    try:
        end = time.monotonic() + 1.0
        n = 0
        while time.monotonic() < end and not rec.batches:
            deb.notify(change(n))  # never quiet for 0.2 s
            n += 1
            time.sleep(0.02)
        assert rec.batches, "a stream of changes must not postpone the rebuild forever"
    finally:
        deb.stop()


def test_an_exception_in_the_action_does_not_kill_the_worker(capsys: pytest.CaptureFixture[str]) -> None:
    calls: list[ChangeBatch] = []

    def action(batch: ChangeBatch) -> None:
        calls.append(batch)
        if len(calls) == 1:
            raise RuntimeError("boom")

    deb = Debouncer(action, quiet=0.02).start()
    try:
        deb.notify(change(1))
        assert wait_until(lambda: len(calls) == 1 and deb.idle())
        deb.notify(change(2))
        assert wait_until(lambda: len(calls) == 2)
    finally:
        deb.stop()
    assert "boom" in capsys.readouterr().err


def test_stop_returns_promptly_and_joins_the_worker() -> None:
    deb = Debouncer(lambda b: None, quiet=10).start()
    deb.notify(change(1))
    started = time.monotonic()
    deb.stop()
    assert not deb._thread.is_alive()
    assert time.monotonic() - started < 2


def test_watch_site_reports_real_saves_and_ignores_temp_files(tmp_path) -> None:
    """The watchdog glue on a real folder: an editor-style save is seen, its temp files are not,
    and a static/ folder made after start-up is watched too."""
    from briefkit.watch import watch_site

    (tmp_path / "content" / "briefings").mkdir(parents=True)
    (tmp_path / "output").mkdir()
    seen: list[Change] = []
    w = watch_site(tmp_path, seen.append, output_dir=tmp_path / "output")
    try:
        (tmp_path / "content" / "briefings" / ".x.md.swp").write_text("swap")
        (tmp_path / "content" / "briefings" / "4913").write_text("")
        (tmp_path / "output" / "index.html").write_text("built")
        (tmp_path / "content" / "briefings" / "x.md").write_text("---\n")
        (tmp_path / "site.yaml").write_text("title: x\n")
        assert wait_until(lambda: {c.path for c in seen} >= {"content/briefings/x.md", "site.yaml"})
        (tmp_path / "static").mkdir()
        assert wait_until(lambda: any(c.path == "static" for c in seen))
        time.sleep(0.1)  # the new watch is in place
        (tmp_path / "static" / "style.css").write_text("body{}")
        assert wait_until(lambda: any(c.path == "static/style.css" for c in seen))
    finally:
        w.stop()
    assert not w.observer.is_alive()
    paths = {c.path for c in seen}
    assert not any(p.endswith((".swp", "4913")) or p.startswith("output") for p in paths), paths
    kinds = {c.path: c.kind for c in seen}
    assert kinds["site.yaml"] is ChangeKind.CONFIG and kinds["content/briefings/x.md"] is ChangeKind.CONTENT
