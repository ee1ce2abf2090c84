"""Spreading a build stage over the machine's cores with fork.

Parsing, Markdown and Jinja are pure Python, so threads would take turns on one core. Forked
children inherit everything the parent has built (the parsed site, the compiled templates)
for free, so a task needs no pickling on the way in, only its results on the way back.

The work is cut into small chunks handed out on demand: a pipe holds one byte per chunk
number, and the parent and each child read the next number when they are free. Pages are not
equally costly (a tag page lists hundreds of briefings, a briefing page a few), so a fixed
split left one process idle for a third of the render stage waiting for the other.
Results come back with their chunk numbers and are put in order, so the output never depends
on which process finished first. Whatever goes wrong in a child (an exception, a crash, a
result that cannot be pickled), the parent computes the chunks it did not get back itself:
parallelism can only make a build faster, never different.

Fork is only used when the work is big enough to pay for it, on a system that has it, and
when the process has a single thread (serve runs a web server and a file watcher: a child
forked from a threaded process may inherit a lock another thread held, and hang).
"""

from __future__ import annotations

import os
import pickle
import sys
import threading
from typing import Callable, Sequence, TypeVar

T = TypeVar("T")
R = TypeVar("R")

MIN_ITEMS = 200  # below this, starting a process costs more than it saves
CHUNKS_PER_PROCESS = 8  # enough to even out uneven items, few enough that handing out costs nothing
MAX_CHUNKS = 255  # chunk numbers travel as single bytes


def cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def can_fork() -> bool:
    return hasattr(os, "fork") and sys.platform != "win32" and threading.active_count() == 1


def map_ordered(fn: Callable[[T], R], items: Sequence[T], *, min_items: int = MIN_ITEMS) -> list[R]:
    """`[fn(x) for x in items]`, computed over the cores when there are enough items."""
    n = min(cores(), len(items) // max(1, min_items // 2))
    if n < 2 or len(items) < min_items or not can_fork():
        return [fn(x) for x in items]
    count = min(MAX_CHUNKS, n * CHUNKS_PER_PROCESS, len(items))
    bounds = [len(items) * i // count for i in range(count + 1)]
    chunks = [items[bounds[i]:bounds[i + 1]] for i in range(count)]
    try:
        queue_r, queue_w = os.pipe()
        os.write(queue_w, bytes(range(count)))  # a few hundred bytes: never blocks
        os.close(queue_w)  # readers see the end of the queue once it is empty
    except OSError:
        return [fn(x) for x in items]
    children = [_spawn(fn, chunks, queue_r) for _ in range(n - 1)]
    done = _work(fn, chunks, queue_r)
    os.close(queue_r)
    for child in children:
        done.update(_collect(child))
    results: list[R] = []
    for i, chunk in enumerate(chunks):
        got = done.get(i)
        results.extend(got if got is not None else [fn(x) for x in chunk])
    return results


def _work(fn: Callable[[T], R], chunks: list[Sequence[T]], queue: int) -> dict[int, list[R]]:
    """Take chunk numbers off the queue until it is empty; the results by chunk number."""
    done: dict[int, list[R]] = {}
    while True:
        try:
            got = os.read(queue, 1)
        except InterruptedError:
            continue
        if not got:
            return done
        i = got[0]
        done[i] = [fn(x) for x in chunks[i]]


def _spawn(fn: Callable[[T], R], chunks: list[Sequence[T]], queue: int) -> tuple[int, int] | None:
    try:
        read_fd, write_fd = os.pipe()
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
    except OSError:
        return None
    if pid == 0:  # the child: compute, send, and leave without running the parent's exit code
        code = 1
        try:
            os.close(read_fd)
            data = pickle.dumps(_work(fn, chunks, queue), protocol=pickle.HIGHEST_PROTOCOL)
            with os.fdopen(write_fd, "wb") as out:
                out.write(data)
            code = 0
        except BaseException:  # noqa: BLE001 - the parent redoes the chunks it does not get
            pass
        finally:
            os._exit(code)
    os.close(write_fd)
    return pid, read_fd


def _collect(child: tuple[int, int] | None) -> dict[int, list]:
    """A child's results by chunk number; nothing when it failed (its chunks are redone)."""
    if child is None:
        return {}
    pid, read_fd = child
    try:
        with os.fdopen(read_fd, "rb") as f:
            data = f.read()
    except OSError:
        data = b""
    try:
        _, status = os.waitpid(pid, 0)
    except ChildProcessError:
        status = 1
    if status != 0 or not data:
        return {}
    try:
        result = pickle.loads(data)
    except Exception:  # noqa: BLE001
        return {}
    if not isinstance(result, dict):
        return {}
    return {i: r for i, r in result.items() if isinstance(i, int) and isinstance(r, list)}


def in_background(fn: Callable[[], object]) -> Callable[[], bool] | None:
    """Run `fn` in a forked child while the caller goes on; None when that cannot be done.

    Returns a function that waits for the child and says whether `fn` returned without
    raising. The child works on a snapshot of the parent's memory as it was at the call.
    """
    if not can_fork() or cores() < 2:
        return None
    try:
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
    except OSError:
        return None
    if pid == 0:
        code = 1
        try:
            fn()
            code = 0
        except BaseException:  # noqa: BLE001 - reported to the parent as a failure
            pass
        finally:
            os._exit(code)

    def wait() -> bool:
        try:
            _, status = os.waitpid(pid, 0)
        except ChildProcessError:
            return False
        return status == 0

    return wait


__all__ = ["MIN_ITEMS", "can_fork", "cores", "in_background", "map_ordered"]
