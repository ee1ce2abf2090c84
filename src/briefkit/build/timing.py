"""How a build is measured and shown: stage timings, the progress bar, the collector kept off."""

from __future__ import annotations

import gc
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def no_collections() -> Iterator[None]:
    """Keep the garbage collector's cycle search off while building.

    A build allocates hundreds of thousands of long-lived objects (the memo's documents and
    bodies, the assembled site) and almost no cyclic garbage, so every pass of the collector
    is wasted work: at the default thresholds it ran ~300 times in a one-briefing edit (~0.07 s
    of 0.7 s), and with raised thresholds still ~30 times (~0.03 s of 0.45 s), scanning the
    objects just read from the memo. Refcounting still frees everything acyclic at once; peak
    memory of a cold build was the same with and without the collector (bench/RESULTS.md).
    The collector runs again as usual once the build is over."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@contextmanager
def timed(timings: dict[str, float], stage: str) -> Iterator[None]:
    start = time.perf_counter()
    try:
        yield
    finally:
        timings[stage] = timings.get(stage, 0.0) + time.perf_counter() - start


class Progress:
    """A one-line progress bar on stderr, shown only on a terminal and once a build has taken a second."""

    STAGES = ("content", "markdown", "assemble", "pages", "render", "feeds", "write")
    DELAY = 1.0

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled and sys.stderr.isatty()
        self.start = time.perf_counter()
        self.shown = False

    def stage(self, name: str) -> None:
        if not self.enabled or time.perf_counter() - self.start < self.DELAY:
            return
        done = self.STAGES.index(name) if name in self.STAGES else 0
        width = 24
        filled = width * done // len(self.STAGES)
        sys.stderr.write(f"\r  building [{'#' * filled}{'.' * (width - filled)}] {name:<10}")
        sys.stderr.flush()
        self.shown = True

    def done(self) -> None:
        if self.shown:
            sys.stderr.write("\r" + " " * 50 + "\r")
            sys.stderr.flush()
            self.shown = False
