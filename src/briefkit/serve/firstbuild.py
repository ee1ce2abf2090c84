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

import os
import pickle
import struct
import sys
import threading
import traceback
from collections.abc import Callable, Iterable
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
