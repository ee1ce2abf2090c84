"""Spreading a build stage over the machine's cores with fork.

Parsing, Markdown and Jinja are pure Python, so threads would take turns on one core. Forked
children inherit everything the parent has built (the parsed site, the compiled templates)
for free, so a task needs no pickling on the way in, only its results on the way back.

The work is cut into small chunks handed out on demand: a pipe holds one byte per chunk
number, and the parent and each child read the next number when they are free. Pages are not
equally costly (a tag page lists hundreds of briefings, a briefing page a few), so a fixed
split left one process idle for a third of the render stage waiting for the other.
Results come back chunk by chunk as they are done (see `_Child`), with their chunk numbers,
and are put in order, so the output never depends on which process finished first. Whatever
goes wrong in a child (an exception, a crash, a result that cannot be pickled), the parent
computes the chunks it did not get back itself: parallelism can only make a build faster,
never different.

Fork is only used when the work is big enough to pay for it, on a system that has it, and
when the process has a single thread (serve runs a web server and a file watcher: a child
forked from a threaded process may inherit a lock another thread held, and hang).
"""

from __future__ import annotations

import os
import pickle
import struct
import sys
import threading
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from briefkit.pickling import dumps

T = TypeVar("T")
R = TypeVar("R")

MIN_ITEMS = 200  # below this, starting a process costs more than it saves
CHUNKS_PER_PROCESS = 48  # small chunks: the stage ends when the last one does (16 left ~1.5% idle)
MAX_CHUNKS = 255  # chunk numbers travel as single bytes


def cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def can_fork() -> bool:
    return hasattr(os, "fork") and sys.platform != "win32" and threading.active_count() == 1


def forks(count: int, min_items: int | None = None) -> bool:
    """Whether `map_ordered` over `count` items starts children (and so calls `on_chunk`)."""
    return _processes(count, MIN_ITEMS if min_items is None else min_items) >= 2 and can_fork()


def _processes(count: int, min_items: int) -> int:
    return 0 if count < min_items else min(cores(), count // max(1, min_items // 2))


def map_ordered(
    fn: Callable[[T], R],
    items: Sequence[T],
    *,
    min_items: int = MIN_ITEMS,
    meanwhile: Callable[[], object] | None = None,
    on_chunk: Callable[[list[R]], object] | None = None,
) -> list[R]:
    """`[fn(x) for x in items]`, computed over the cores when there are enough items.

    `meanwhile` is work of the parent's own (a later stage's set-up) done once the children
    have started, before the parent takes chunks: as chunks go on demand, the children take
    the parent's share meanwhile, so that work costs half of what it costs between stages,
    when the other cores wait. It is only called when children were started.

    `on_chunk` is given each chunk's results in the parent as soon as they are there (its
    own, or read from a child), while the children go on, and may replace them in place with
    equivalent ones (the render stage writes pages out and keeps their digests). Also only
    when children were started, and not for chunks the parent redoes for a failed child.
    """
    n = _processes(len(items), min_items)
    if n < 2 or not can_fork():
        return [fn(x) for x in items]
    count = min(MAX_CHUNKS, n * CHUNKS_PER_PROCESS, len(items))
    bounds = [len(items) * i // count for i in range(count + 1)]
    chunks = [items[bounds[i] : bounds[i + 1]] for i in range(count)]
    try:
        queue_r, queue_w = os.pipe()
        os.write(queue_w, bytes(range(count)))  # a few hundred bytes: never blocks
        os.close(queue_w)  # readers see the end of the queue once it is empty
    except OSError:
        return [fn(x) for x in items]
    children = [c for c in (_spawn(fn, chunks, queue_r) for _ in range(n - 1)) if c is not None]
    if children and meanwhile is not None:
        meanwhile()
    done: dict[int, list[R]] = {}
    while True:  # the parent's share, reading what the children have finished in between
        i = _next_chunk(queue_r)
        if i is None:
            break
        done[i] = [fn(x) for x in chunks[i]]
        if on_chunk is not None and children:
            on_chunk(done[i])
        for child in children:
            child.read(done, chunks, on_chunk)
    os.close(queue_r)
    for child in children:
        child.finish(done, chunks, on_chunk)
    results: list[R] = []
    for i, chunk in enumerate(chunks):
        got = done.get(i)
        results.extend(got if got is not None else [fn(x) for x in chunk])
    return results


def _next_chunk(queue: int) -> int | None:
    while True:
        try:
            got = os.read(queue, 1)
        except InterruptedError:
            continue
        return got[0] if got else None


_FRAME = struct.Struct("<IQ")  # chunk number, length of the pickled results that follow


class _Child:
    """A forked worker and the file it appends each finished chunk's results to.

    Results travel chunk by chunk as they are done, in a file rather than a pipe so the
    child never waits for the parent to read: the parent unpickles them between its own
    chunks, and at the end only the child's last chunk is left to wait for. (Sending all
    results at the end left the parent idle while the child pickled them and then busy
    unpickling: a tenth of each parallel stage.) A frame is used only once it is whole.

    The parent waits for the child's `done` pipe to close, not for the child to exit: the
    child closes it after its last frame, and the kernel when the child dies. Exiting (giving
    back the memory the child copied from the parent's) takes a child ~4 ms, which the
    parent spends on the next stage instead; the child is reaped later (`_reap`).
    """

    def __init__(self, pid: int, fd: int, done: int) -> None:
        self.pid, self.fd, self.done, self.pos = pid, fd, done, 0

    def read(
        self, done: dict[int, list], chunks: list[Sequence[Any]], on_chunk: Callable[[list[Any]], object] | None = None
    ) -> None:
        while True:
            head = os.pread(self.fd, _FRAME.size, self.pos)
            if len(head) < _FRAME.size:
                return
            index, size = _FRAME.unpack(head)
            body = os.pread(self.fd, size, self.pos + _FRAME.size)
            if len(body) < size:
                return
            self.pos += _FRAME.size + size
            try:
                got = pickle.loads(body)
            except Exception:  # noqa: BLE001 - redone by the parent
                continue
            if (
                0 <= index < len(chunks)
                and isinstance(got, list)
                and len(got) == len(chunks[index])
                and index not in done
            ):
                done[index] = got
                if on_chunk is not None:
                    on_chunk(got)

    def finish(
        self, done: dict[int, list], chunks: list[Sequence[Any]], on_chunk: Callable[[list[Any]], object] | None = None
    ) -> None:
        """Wait for the child's last frame and take its remaining frames (a failed child's
        whole ones too: each is a chunk computed in full; the chunks it never finished are
        redone)."""
        try:
            while True:
                try:
                    if not os.read(self.done, 1):
                        break  # closed: by the child after its last frame, or at its death
                except InterruptedError:
                    continue
            self.read(done, chunks, on_chunk)
        finally:
            os.close(self.done)
            os.close(self.fd)
            _unreaped.append(self.pid)
            _reap()


# Children whose results are in but that may still be exiting; reaped without waiting.
_unreaped: list[int] = []


def _reap(*, wait: bool = False) -> None:
    for pid in list(_unreaped):
        try:
            finished, _ = os.waitpid(pid, 0 if wait else os.WNOHANG)
        except ChildProcessError:
            finished = pid
        if finished:
            _unreaped.remove(pid)


def reap_children() -> None:
    """Wait for the workers whose results are in but that may still be exiting."""
    _reap(wait=True)


def _results_file() -> int:
    if hasattr(os, "memfd_create"):
        try:
            return os.memfd_create("briefkit-results", getattr(os, "MFD_CLOEXEC", 0))
        except OSError:
            pass
    import tempfile

    f = tempfile.TemporaryFile()
    fd = os.dup(f.fileno())
    f.close()
    return fd


def _spawn(fn: Callable[[T], R], chunks: list[Sequence[T]], queue: int) -> _Child | None:
    try:
        out = _results_file()
    except OSError:
        return None
    try:
        done_r, done_w = os.pipe()
    except OSError:
        os.close(out)
        return None

    def work() -> None:  # take chunks until the queue is empty, appending each one's results
        os.close(done_r)
        while True:
            i = _next_chunk(queue)
            if i is None:
                break
            data = dumps([fn(x) for x in chunks[i]])
            _write_all(out, _FRAME.pack(i, len(data)) + data)
        os.close(done_w)  # every frame is written: the parent need not wait for the exit

    pid = _fork(work)  # a failed child: the parent redoes the chunks it does not get
    os.close(done_w)  # the child's copy is the only one: closed when it is done or dead
    if pid is None:
        os.close(out)
        os.close(done_r)
        return None
    return _Child(pid, out, done_r)


def in_background(fn: Callable[[], object]) -> Callable[[], bool] | None:
    """Run `fn` in a forked child while the caller goes on; None when that cannot be done.

    Returns a function that waits for the child and says whether `fn` returned without
    raising. The child works on a snapshot of the parent's memory as it was at the call.
    """

    def run() -> bool:
        fn()
        return True

    wait = in_background_value(run)
    return None if wait is None else (lambda: wait() is True)


def in_background_value(fn: Callable[[], R]) -> Callable[[], R | None] | None:
    """Compute `fn()` in a forked child while the caller goes on; None when that cannot be done.

    Returns a function that waits for the child and gives `fn`'s result, or None when the
    child failed (the caller then computes it itself); calling it again gives the same. The
    child works on a snapshot of the parent's memory as it was at the call.
    """
    if not can_fork() or cores() < 2:
        return None
    try:
        out = _results_file()
    except OSError:
        return None

    pid = _fork(lambda: _write_all(out, dumps(fn())))
    if pid is None:
        os.close(out)
        return None
    got: list[R | None] = []

    def wait() -> R | None:
        if got:
            return got[0]
        try:
            _, status = os.waitpid(pid, 0)
        except ChildProcessError:
            status = 1
        try:
            got.append(pickle.loads(os.pread(out, os.fstat(out).st_size, 0)) if status == 0 else None)
        except Exception:  # noqa: BLE001 - the caller computes it itself
            got.append(None)
        finally:
            os.close(out)
        return got[0]

    return wait


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def _fork(work: Callable[[], object]) -> int | None:
    """Fork a child that runs `work` and leaves without running the parent's exit code, with
    status 0 when `work` returned and 1 when it raised; the child's pid, None when fork failed."""
    try:
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
    except OSError:
        return None
    if pid == 0:
        code = 1
        try:
            work()
            code = 0
        except BaseException:  # noqa: BLE001 - the parent sees the status and makes up for it
            pass
        finally:
            os._exit(code)
    return pid


__all__ = [
    "MIN_ITEMS",
    "can_fork",
    "cores",
    "forks",
    "in_background",
    "in_background_value",
    "map_ordered",
    "reap_children",
]
