"""The preview's first build, in a forked child, while the server answers.

A cold build of a large site takes seconds, and it builds on every core only from a process
with one thread (`parallel` forks its workers only then). So `serve` forks this child before
its server thread starts: the child is single-threaded and builds as `briefkit build` does,
while the parent serves at once. The parent tells the child which pages browsers asked for
(`want`, one line each); the build renders those first (`build.first`: as soon as the content
is read, while its children render the bodies) and the child sends them back, then the build's
result. The child writes the output and the cache itself, exactly as a build in the parent
would; the parent's `Builder` reads the cache from disk on its next build, as a preview
started on a built site does.

Frames on the child's pipe: one kind byte (`P` pages, `R` the result), the length, a pickle.
"""

from __future__ import annotations

import asyncio
import os
import pickle
import struct
import sys
import threading
import traceback
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

_FRAME = struct.Struct("<cQ")


class FirstBuildError(Exception):
    """The child did not return a result: its traceback or exit status is the message."""


class ChildBuild:
    """`start()` forks the child (call it while the process has one thread); `want(path)`
    from any one thread; `wait(on_pages)` reads what the child sends until its result."""

    def __init__(self, builder: Any, *, close: Iterable[Any] = ()) -> None:
        self.builder = builder
        self._close = list(close)  # the parent's listening sockets: not the child's
        self._asked: set[str] = set()
        self._lock = threading.Lock()  # `want` (the server's thread) never writes to a closed pipe
        self.pid = 0
        self._want_w = -1
        self._out_r = -1

    def start(self) -> None:
        want_r, want_w = os.pipe()
        out_r, out_w = os.pipe()
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the child: measured by the tests through what it sends
            code = 1
            try:
                os.close(want_w)
                os.close(out_r)
                for sock in self._close:
                    sock.close()
                self._child(want_r, out_w)
                code = 0
            finally:
                os._exit(code)
        os.close(want_r)
        os.close(out_w)
        os.set_blocking(want_w, False)
        self.pid, self._want_w, self._out_r = pid, want_w, out_r

    def want(self, path: str) -> None:
        """Ask the build for this page first (once; ignored when the child has stopped asking)."""
        with self._lock:
            if path in self._asked or "\n" in path or self._want_w < 0:
                return
            self._asked.add(path)
            try:
                os.write(self._want_w, path.encode("utf-8", "surrogateescape") + b"\n")
            except OSError:
                pass  # the child is done or its queue full: the page comes with the written site

    def wait(self, on_pages: Callable[[dict[str, bytes]], None]) -> Any:
        """The build's result; `on_pages` is given each batch of pages handed over before it."""
        result: Any = None
        with os.fdopen(self._out_r, "rb") as out:
            while True:
                head = out.read(_FRAME.size)
                if len(head) < _FRAME.size:
                    break
                kind, size = _FRAME.unpack(head)
                body = out.read(size)
                if len(body) < size:
                    break
                value = pickle.loads(body)
                if kind == b"P":
                    on_pages(value)
                elif kind == b"R":
                    result = value
        with self._lock:
            os.close(self._want_w)
            self._want_w = -1
        _, status = os.waitpid(self.pid, 0)
        if result is None:
            raise FirstBuildError(f"the first build's process ended without a result (wait status {status})")
        ok, value = result
        if not ok:
            raise FirstBuildError(value)
        return value

    def _child(self, want_r: int, out_w: int) -> None:  # pragma: no cover - runs in the child
        from briefkit.build.first import FirstPages

        os.set_blocking(want_r, False)
        asked: dict[str, None] = {}
        given: set[str] = set()
        rest = b""

        def wanted() -> list[str]:
            nonlocal rest
            while True:
                try:
                    chunk = os.read(want_r, 65536)
                except BlockingIOError:
                    break
                if not chunk:
                    break
                rest += chunk
            *lines, rest = rest.split(b"\n")
            for line in lines:
                asked[line.decode("utf-8", "surrogateescape")] = None
            return [p for p in asked if p not in given]

        def deliver(pages: dict[str, bytes]) -> None:
            given.update(pages)
            _send(out_w, b"P", pages)

        try:
            sent: tuple[bool, Any] = (True, self.builder.build(first=FirstPages(wanted, deliver)))
        except KeyboardInterrupt:  # Ctrl-C reaches the whole process group: the parent stops too
            sent = (False, "the first build was interrupted")
        except BaseException as exc:  # noqa: BLE001 - reported by the parent, as a build's bug
            sent = (False, "".join(traceback.format_exception(exc)).rstrip())
        try:
            _send(out_w, b"R", sent)
        except Exception as exc:  # noqa: BLE001 - a result that does not pickle
            _send(out_w, b"R", (False, f"could not hand over the first build's result: {exc!r}"))
        os.close(out_w)


def _send(fd: int, kind: bytes, value: Any) -> None:
    data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    view = memoryview(_FRAME.pack(kind, len(data)) + data)
    while view:
        view = view[os.write(fd, view) :]


class FirstBuildWaits:
    """The server's side (`server.PreviewServer`): while the first build runs, a request waits
    for its page to be handed over (`put_fresh` nudges it) or for the build to end."""

    _loop: asyncio.AbstractEventLoop | None

    def __init__(self) -> None:
        # While the first build runs (`begin_first`): who is told of the pages asked for, and
        # the static files served from their sources meanwhile (site path -> file).
        self._first: Any = None
        self._first_files: dict[str, Path] = {}
        self._change: asyncio.Event | None = None  # set (on the loop) when a page is handed over

    def fresh(self, rel: str) -> bytes | None:
        raise NotImplementedError

    def begin_first(self, want: Any, files: dict[str, Path]) -> None:
        """The first build is under way: a request for anything but `files` (served from their
        sources, as the build copies them) or a page handed over waits, and its page is asked
        for with `want(site file)` (called on the server's thread)."""
        self._first, self._first_files = want, dict(files)

    def end_first(self) -> None:
        """The first build is over (written or failed): the waiting requests are answered."""
        self._first, self._first_files = None, {}
        self._nudge()

    def _nudge(self) -> None:
        loop = self._loop
        if loop is not None and not loop.is_closed():
            try:
                loop.call_soon_threadsafe(self._wake)
            except RuntimeError:
                pass

    def _wake(self) -> None:
        change, self._change = self._change, None
        if change is not None:
            change.set()

    async def _first_build(self, rel: str) -> Path | None:
        """While the first build runs: wait until the page at `rel` is handed over or the build
        is over; a static file of the site's is answered at once (its source is returned)."""
        while self._first is not None and self.fresh(rel) is None:
            source = self._first_files.get(rel)
            if source is not None:
                return source
            from briefkit.serve.server import page_file

            self._first(page_file(rel))
            if self._change is None:
                self._change = asyncio.Event()
            await self._change.wait()
        return None
