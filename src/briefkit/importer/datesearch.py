"""htmldate's extensive date search, run beside the rest of an import instead of before it.

Its last resort is dateparser over every locale, which takes seconds the first time. Run in a
thread it held the interpreter's lock after its time was up and slowed the rest of the import;
run in a forked child it works on the other core while trafilatura reads the story, and is
killed when its time is up. Where fork is not available the search runs in a thread, given a
quarter of a second, as before.
"""

from __future__ import annotations

import copy
import multiprocessing
import threading
import time
from collections.abc import Callable
from typing import Any

# How long the search may take, counted from its start: most answers come within a few hundred
# milliseconds; an import must stay well under two seconds.
SECONDS = 0.5
THREAD_SECONDS = 0.25


def _search(tree: Any, url: str | None) -> str | None:
    try:
        from htmldate import find_date
    except ImportError:
        return None
    try:
        return find_date(copy.deepcopy(tree), extensive_search=True, original_date=True, url=url)
    except Exception:  # noqa: BLE001 — a third-party parser's bug must not stop the import
        return None


def _child(tree: Any, url: str | None, send: Any) -> None:
    send.send(_search(tree, url))
    send.close()


def start(tree: Any, url: str | None) -> Callable[[], str | None]:
    """Start the search; the returned function gives its answer (or None) once, waiting at most
    until the search's time is up."""
    deadline = time.monotonic() + SECONDS
    try:
        ctx = multiprocessing.get_context("fork")
        recv, send = ctx.Pipe(duplex=False)
        proc = ctx.Process(target=_child, args=(tree, url, send), daemon=True)
        proc.start()
        send.close()
    except (ValueError, OSError):
        return _in_thread(tree, url)

    def answer() -> str | None:
        found = None
        try:
            if recv.poll(max(0.0, deadline - time.monotonic())):
                found = recv.recv()
        except (EOFError, OSError):
            found = None
        finally:
            recv.close()
            if proc.is_alive():
                proc.kill()
            proc.join(0.5)
        return found

    return answer


def _in_thread(tree: Any, url: str | None) -> Callable[[], str | None]:
    found: list[str | None] = []
    worker = threading.Thread(target=lambda: found.append(_search(tree, url)), daemon=True)
    worker.start()
    worker.join(timeout=THREAD_SECONDS)
    return lambda: found[0] if found else None
