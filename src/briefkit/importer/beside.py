"""Work of an import done in a forked child, on the other core, while the parent does the rest.

Reading a saved page is two long, independent passes over one parsed tree: the metadata
(`htmlmeta`, with htmldate) and the story (`htmlbody`, with trafilatura), each up to a second
on a large page. A forked child starts with the parent's tree as it is at the fork, does its
part and sends back only the (small) result. When the child cannot be started or gives no
result (killed, crashed, or a result that cannot be pickled), `answer` returns `MISSING` and
the caller does the work itself, in its own process: the result is the same either way.

A child only helps when a core is free for it: on a machine already busy (as many tasks running
as it has cores) it costs more than it saves, the work it does that the parent
then does again (lazily compiled patterns) included, so there none is started.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable
from typing import Any

MISSING: Any = object()
# where Linux says how many tasks run now (its fourth field: running/all)
LOADAVG = "/proc/loadavg"


def spare_core() -> bool:
    """Whether a core is free for a child now.

    The kernel's count of runnable tasks (`/proc/loadavg`, this process among them) says what runs
    at this moment; the load average, where that count is not to be had, says what ran over the
    last minute, which on a machine importing pages one after another counts the import before.
    """
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cores = os.cpu_count() or 1
    try:
        with open(LOADAVG, encoding="ascii") as f:
            running = int(f.read().split()[3].split("/")[0])
        return cores - running >= 1
    except (OSError, ValueError, IndexError):
        pass
    try:
        load = os.getloadavg()[0]
    except OSError:
        return False
    return cores - load >= 1


def _child(work: Callable[..., Any], args: tuple[Any, ...], send: Any) -> None:
    try:
        answer = (True, work(*args))
    except Exception:  # noqa: BLE001 — the parent does the work again and meets the error itself
        answer = (False, None)
    try:
        send.send(answer)
    finally:
        send.close()


class Beside:
    """`work(*args)` started in a forked child; `answer()` its result, or `MISSING`."""

    def __init__(self, work: Callable[..., Any], *args: Any) -> None:
        self.proc: Any = None
        if not spare_core():
            return
        try:
            ctx = multiprocessing.get_context("fork")
            self.recv, send = ctx.Pipe(duplex=False)
            self.proc = ctx.Process(target=_child, args=(work, args, send), daemon=True)
            self.proc.start()
            send.close()
        except (ValueError, OSError, AssertionError):  # no fork here; a daemon process may have no child
            self.proc = None

    def answer(self) -> Any:
        """The child's result (waiting for it), or `MISSING`; the child is gone afterwards."""
        if self.proc is None:
            return MISSING
        try:
            ok, result = self.recv.recv()
        except Exception:  # noqa: BLE001 — EOF (the child died), an unpicklable result: no answer
            ok, result = False, None
        self.cancel()
        return result if ok else MISSING

    def cancel(self) -> None:
        """Stop the child (its result is not wanted, or has come)."""
        if self.proc is None:
            return
        self.recv.close()
        if self.proc.is_alive():
            self.proc.kill()
        self.proc.join()
        self.proc = None
