"""Spreading a build stage over the machine's cores with fork.

Parsing, Markdown and Jinja are pure Python, so threads would take turns on one core. Forked
children inherit everything the parent has built (the parsed site, the compiled templates)
for free, so a task needs no pickling on the way in, only its results on the way back.

The parent works on the first chunk itself while one child per other core works on the rest;
results come back in chunk order, so the output never depends on which process finished
first. Whatever goes wrong in a child (an exception, a crash, a result that cannot be
pickled), the parent computes that chunk itself: parallelism can only make a build faster,
never different.

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
    bounds = [len(items) * i // n for i in range(n + 1)]
    chunks = [items[bounds[i]:bounds[i + 1]] for i in range(n)]
    children = [_spawn(fn, chunk) for chunk in chunks[1:]]
    results = [fn(x) for x in chunks[0]]
    for chunk, child in zip(chunks[1:], children):
        got = _collect(child)
        results.extend(got if got is not None else [fn(x) for x in chunk])
    return results


def _spawn(fn: Callable[[T], R], chunk: Sequence[T]) -> tuple[int, int] | None:
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
            data = pickle.dumps([fn(x) for x in chunk], protocol=pickle.HIGHEST_PROTOCOL)
            with os.fdopen(write_fd, "wb") as out:
                out.write(data)
            code = 0
        except BaseException:  # noqa: BLE001 - the parent redoes the chunk
            pass
        finally:
            os._exit(code)
    os.close(write_fd)
    return pid, read_fd


def _collect(child: tuple[int, int] | None) -> list | None:
    if child is None:
        return None
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
        return None
    try:
        result = pickle.loads(data)
    except Exception:  # noqa: BLE001
        return None
    return result if isinstance(result, list) else None


__all__ = ["MIN_ITEMS", "can_fork", "cores", "map_ordered"]
