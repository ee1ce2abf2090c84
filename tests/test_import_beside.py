"""A saved page's story is read in a forked child while its metadata is read: same result either way."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import pytest

from briefkit.importer import beside
from briefkit.importer.beside import MISSING, Beside

pytest.importorskip("lxml")

FIXTURES = Path(__file__).parent / "fixtures" / "import"
PAGES = sorted(FIXTURES.glob("*.html"))


def _read(path: Path):
    from briefkit.importer.htmlpage import read_html

    return read_html(path.read_text(encoding="utf-8"))


@pytest.fixture(autouse=True)
def free_core(monkeypatch) -> None:
    """Children are started here whatever the machine's load."""
    monkeypatch.setattr(beside, "spare_core", lambda: True)


@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_a_page_reads_the_same_without_the_child(monkeypatch, page: Path) -> None:
    with_child = _read(page)

    def no_fork(method: str):
        raise ValueError(f"cannot find context for {method!r}")

    monkeypatch.setattr(multiprocessing, "get_context", no_fork)
    assert _read(page) == with_child


def test_a_failing_child_gives_no_answer_and_the_parent_does_the_work() -> None:
    assert Beside(lambda: 1 / 0).answer() is MISSING
    assert Beside(lambda: lambda: None).answer() is MISSING  # a result that cannot be pickled
    assert Beside(sorted, [3, 1, 2]).answer() == [1, 2, 3]


def test_a_daemon_process_does_the_work_itself() -> None:
    """A daemonic process (a worker of some pool) may not start a child: no answer, no error."""
    ctx = multiprocessing.get_context("fork")
    recv, send = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_answer_in_daemon, args=(send,), daemon=True)
    proc.start()
    send.close()
    assert recv.poll(60)
    assert recv.recv() is True  # EOFError when the child died of the refusal
    proc.join()


def _answer_in_daemon(send) -> None:
    send.send(Beside(sorted, [2, 1]).answer() is MISSING)


def test_no_child_is_started_on_a_busy_machine(monkeypatch) -> None:
    monkeypatch.setattr(beside, "spare_core", lambda: False)
    assert Beside(sorted, [3, 1, 2]).answer() is MISSING


def test_a_free_core_is_one_the_load_leaves(monkeypatch, tmp_path) -> None:
    monkeypatch.undo()
    monkeypatch.setattr(beside.os, "sched_getaffinity", lambda pid: {0, 1}, raising=False)
    # what runs now decides: a busy last minute (the import before this one) does not
    loadavg = tmp_path / "loadavg"
    monkeypatch.setattr(beside, "LOADAVG", str(loadavg))
    loadavg.write_text("3.10 2.00 1.00 1/300 4242\n")
    assert beside.spare_core()
    loadavg.write_text("0.10 0.10 0.10 2/300 4242\n")
    assert not beside.spare_core()
    # without that count, the last minute's load average
    monkeypatch.setattr(beside, "LOADAVG", str(tmp_path / "missing"))
    monkeypatch.setattr(beside.os, "getloadavg", lambda: (0.6, 0.5, 0.5))
    assert beside.spare_core()
    monkeypatch.setattr(beside.os, "getloadavg", lambda: (1.2, 0.5, 0.5))
    assert not beside.spare_core()
