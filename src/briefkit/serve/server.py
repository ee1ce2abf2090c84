"""The preview's HTTP + WebSocket server: tornado, speaking the livereload protocol.

Why not `livereload.Server` itself: it keeps its state in class attributes (one server per
process, so tests cannot run two), drops any reload that comes within 3 s of the previous one
(`LiveReloadHandler.DEFAULT_RELOAD_TIME` — a writer saving three times in a row would see only
the first), watches by polling on its own instead of through watchdog, runs rebuild callbacks
on the IO loop (a slow build freezes every socket), and its blocking `serve()` neither reports
a port in use nor stops on demand. So this module uses tornado (which `livereload` is built on)
directly and keeps the parts of livereload that matter to the browser: the protocol (`hello`
handshake, `reload` command with `liveCSS`) on `/livereload` and the package's own
`livereload.js`. What it adds: injection of the client script into HTML at serve time, a
status endpoint for the error overlay, sub-path serving, and strict path confinement.

The server runs its asyncio loop on its own thread; `reload()` and `set_status()` may be
called from any thread (the rebuild thread calls them only after the new site is swapped in).

Each open page reports its address in the protocol's `info` message, so the server knows which
page every socket shows (`viewed_pages`) and can reload some pages and not others. An edit's
build hands over the pages being viewed before the rest of the site (`build.first`): they are
served from memory (`put_fresh`) until the whole site is swapped in (`clear_fresh`).
"""

from __future__ import annotations

import asyncio
import errno
import ipaddress
import json
import mimetypes
import threading
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from briefkit.serve import inject
from briefkit.serve.confine import Outcome, resolve_file, site_relative
from briefkit.serve.firstbuild import FirstBuildWaits


@dataclass(frozen=True)
class BuildStatus:
    """What the overlay shows: whether the last build succeeded and, if not, why."""

    ok: bool
    generation: int = 0
    diagnostics: tuple[dict[str, Any], ...] = field(default_factory=tuple)

    def to_json(self) -> bytes:
        return json.dumps(
            {"ok": self.ok, "generation": self.generation, "diagnostics": list(self.diagnostics)},
            ensure_ascii=False,
        ).encode()


class ListenError(Exception):
    """The server could not listen (port in use, address not local, no permission)."""

    def __init__(self, message: str, hint: str) -> None:
        super().__init__(message)
        self.hint = hint


def _livereload_js() -> bytes:
    """The `livereload` package's client script, found without importing the package (which
    imports its own server and tornado's WSGI support: ~0.1 s before the preview could serve)."""
    from importlib.util import find_spec

    spec = find_spec("livereload")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("livereload")
    return (Path(next(iter(spec.submodule_search_locations))) / "vendors" / "livereload.js").read_bytes()


_NOT_FOUND_PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Not found — briefkit preview</title></head><body>
<h1>Not found</h1><p>Nothing is built at this address (yet). The site's home is
<a href="{home}">{home}</a>.</p></body></html>"""


def _reload_message(path: str, *, live_css: bool = False) -> str:
    return json.dumps({"command": "reload", "path": path, "liveCSS": live_css, "liveImg": False})


def page_file(rel: str) -> str:
    """The file a site-relative path is served from when it names a page ("x/" -> "x/index.html")."""
    return rel + "index.html" if rel == "" or rel.endswith("/") else rel


def viewed_page(url: Any, base_path: str) -> str | None:
    """The site file of a page's address as livereload.js reports it, or None when it is
    not a page of this site."""
    if not isinstance(url, str):
        return None
    try:
        rel = site_relative(urlsplit(url).path or "/", base_path)
    except ValueError:
        return None
    return None if rel is None else page_file(rel)


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


class PreviewServer(FirstBuildWaits):
    def __init__(self, root: Path, *, host: str = "127.0.0.1", port: int = 8000, base_path: str = "/") -> None:
        self.root = Path(root)
        self.host = host
        self.requested_port = port
        self.base_path = base_path if base_path.endswith("/") else base_path + "/"
        self.status = BuildStatus(ok=True)
        self.port = port
        self._sockets: list[Any] = []
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Event | None = None
        self._ready = threading.Event()
        self._thread: threading.Thread | None = None
        self._waiters: set[Any] = set()
        self._pages: dict[Any, str | None] = {}  # socket -> the site file its page shows
        self._fresh: dict[str, bytes] = {}  # site file -> page handed over before the site is written
        self._lock = threading.Lock()
        self._awaited: list[tuple[set[str], threading.Event]] = []  # see `reload_pages`
        FirstBuildWaits.__init__(self)
        self._livereload_js = _livereload_js()
        self._client_js = inject.CLIENT_JS.encode()

    # ------------------------------------------------------------------ lifecycle

    @property
    def origin(self) -> str:
        """`http://host:port` as a browser on this machine reaches the server."""
        host = self.host
        if host in ("0.0.0.0", "::", ""):
            host = "127.0.0.1"  # a wildcard bind: the loopback address reaches it
        if ":" in host:
            host = f"[{host}]"
        return f"http://{host}:{self.port}"

    @property
    def url(self) -> str:
        return self.origin + self.base_path

    def bind(self) -> int:
        """Open the listening sockets now, in the caller's thread, so errors are reported here."""
        from tornado.netutil import bind_sockets

        try:
            self._sockets = bind_sockets(self.requested_port, address=self.host or None)
        except OSError as exc:
            where = f"{self.host}:{self.requested_port}"
            if exc.errno == errno.EADDRINUSE:
                raise ListenError(
                    f"cannot serve on {where}: the port is already in use",
                    f"stop the other server, or choose another port, e.g. --port {self.requested_port + 1}",
                ) from None
            if exc.errno == errno.EACCES:
                raise ListenError(f"cannot serve on {where}: permission denied", "use a port above 1023") from None
            raise ListenError(
                f"cannot serve on {where}: {exc.strerror or exc}",
                "--host must be an address of this machine, e.g. 127.0.0.1",
            ) from None
        self.port = self._sockets[0].getsockname()[1]
        return self.port

    @property
    def started(self) -> bool:
        return self._thread is not None

    def listening(self) -> list[Any]:
        """The listening sockets (a forked child closes its copies)."""
        return list(self._sockets)

    def start(self) -> None:
        if not self._sockets:
            self.bind()
        self._thread = threading.Thread(target=self._serve_forever, name="briefkit-http", daemon=True)
        self._thread.start()
        self._ready.wait(10)

    def stop(self, timeout: float = 5.0) -> None:
        loop, stop = self._loop, self._stop
        if loop is not None and stop is not None and not loop.is_closed():
            try:
                loop.call_soon_threadsafe(stop.set)
            except RuntimeError:
                pass
        if self._thread is not None:
            self._thread.join(timeout)
        for s in self._sockets:
            s.close()

    def _serve_forever(self) -> None:
        asyncio.run(self._main())

    async def _main(self) -> None:
        from tornado.httpserver import HTTPServer

        self._loop = asyncio.get_running_loop()
        self._stop = asyncio.Event()
        server = HTTPServer(self._application())
        server.add_sockets(self._sockets)
        self._ready.set()
        try:
            await self._stop.wait()
        finally:
            server.stop()
            for ws in list(self._waiters):
                ws.close()
            await server.close_all_connections()

    # ------------------------------------------------------------------ pushing to browsers

    def set_status(self, status: BuildStatus) -> None:
        self.status = status  # one reference swap: handlers read it whole

    def reload(
        self,
        path: str = "*",
        *,
        live_css: bool = False,
        only: Collection[str] | None = None,
        skip: Collection[str] = (),
    ) -> None:
        """Tell the connected pages to reload `path` (livereload protocol, thread-safe): every
        page, or those showing a site file in `only`; never those showing one in `skip`."""
        message = _reload_message(path, live_css=live_css)
        loop = self._loop
        if loop is not None and not loop.is_closed():
            try:
                loop.call_soon_threadsafe(self._broadcast, message, only, skip)
            except RuntimeError:
                pass

    def reload_pages(self, pages: Collection[str], *, wait: float = 0.0) -> bool:
        """Have the connected pages showing these site files show them anew (the client swaps
        the page in, or reloads it); with `wait`, then wait (that long at most) until one of
        them says it shows it, or is loaded and connected again. False when none did (or
        none was showing)."""
        back = threading.Event()
        entry = (set(pages), back)
        with self._lock:
            showing = any(p in entry[0] for p in self._pages.values())
            if showing and wait > 0:
                self._awaited.append(entry)
        if not showing:
            return False
        self.reload(inject.PAGE_RELOAD_PATH, only=entry[0])
        if wait <= 0:
            return False
        try:
            return back.wait(wait)
        finally:
            with self._lock:
                if entry in self._awaited:
                    self._awaited.remove(entry)

    def _connected(self, ws: Any, page: str | None) -> None:
        with self._lock:
            self._pages[ws] = page
        self._shown(page)

    def _shown(self, page: str | None) -> None:
        with self._lock:
            for pages, back in self._awaited:
                if page in pages:
                    back.set()

    def viewed_pages(self) -> set[str]:
        """The site files the connected pages show (thread-safe)."""
        with self._lock:
            return {p for p in self._pages.values() if p is not None}

    def put_fresh(self, pages: dict[str, bytes]) -> None:
        """Serve these pages from memory, ahead of the folder, until `clear_fresh`."""
        with self._lock:
            self._fresh = {**self._fresh, **pages}
        self._nudge()

    def clear_fresh(self) -> None:
        with self._lock:
            self._fresh = {}

    def fresh(self, rel: str) -> bytes | None:
        return self._fresh.get(page_file(rel))  # one read of a dict replaced whole: no lock

    def show_status(self) -> None:
        """Make every open page re-read the status (the overlay's livereload plugin catches it)."""
        self.reload(inject.STATUS_PATH)

    @property
    def connected(self) -> int:
        return len(self._waiters)

    def _broadcast(self, message: str, only: Collection[str] | None = None, skip: Collection[str] = ()) -> None:
        from tornado.websocket import WebSocketClosedError

        for ws in list(self._waiters):
            page = self._pages.get(ws)
            if (only is not None and page not in only) or (page is not None and page in skip):
                continue
            try:
                ws.write_message(message)
            except WebSocketClosedError:
                self._forget(ws)

    def _forget(self, ws: Any) -> None:
        self._waiters.discard(ws)
        with self._lock:
            self._pages.pop(ws, None)

    # ------------------------------------------------------------------ tornado application

    def _application(self) -> Any:
        from tornado import web, websocket

        preview = self

        class Base(web.RequestHandler):
            def prepare(self) -> None:
                # A page on another site must not read the preview through DNS rebinding:
                # on a loopback bind, only loopback host names are answered.
                if _is_loopback(preview.host) and not _is_loopback(self.request.host_name):
                    self.set_status(403)
                    self.finish("forbidden host")
                    return
                self.set_header("Cache-Control", "no-store")

            def write_error(self, status_code: int, **kwargs: Any) -> None:
                self.set_header("Content-Type", "text/plain; charset=utf-8")
                self.finish(f"{status_code} {self._reason}\n")

        class Asset(Base):
            def initialize(self, body: bytes, content_type: str) -> None:
                self.body, self.content_type = body, content_type

            def get(self) -> None:
                self.set_header("Content-Type", self.content_type)
                self.finish(self.body)

        class Shown(Base):
            def get(self) -> None:
                preview._shown(viewed_page(self.get_query_argument("url", ""), preview.base_path))
                self.set_status(204)
                self.finish()

        class Status(Base):
            def get(self) -> None:
                self.set_header("Content-Type", "application/json; charset=utf-8")
                self.finish(preview.status.to_json())

        class Site(Base):
            generation = 0  # the build the page sent is of (see `inject`)

            async def head(self) -> None:
                await self.get()

            async def get(self) -> None:
                raw = self.request.path
                base = preview.base_path
                if base != "/" and raw == "/":
                    self.redirect(base)
                    return
                try:
                    rel = site_relative(raw, base)
                except ValueError:
                    self.send_error(403)
                    return
                if rel is None:
                    self.not_found()
                    return
                if rel == "" and not raw.endswith("/"):
                    self.redirect(base)
                    return
                if preview._first is not None:
                    source = await preview._first_build(rel)
                    try:
                        data = source.read_bytes() if source is not None else None
                    except OSError:
                        data = None
                    if source is not None and data is not None:
                        self.send(data, source.name)
                        return
                # Read before the file: a page is never of a later build than it says.
                self.generation = preview.status.generation
                fresh = preview.fresh(rel)
                if fresh is not None:  # handed over by the build before the site is written:
                    self.generation += 1  # of the build under way
                    self.send(fresh, "index.html")
                    return
                found = resolve_file(preview.root, rel, raw)
                if found.outcome is Outcome.FORBIDDEN:
                    self.send_error(403)
                elif found.outcome is Outcome.REDIRECT:
                    self.redirect(found.location or base)
                elif found.outcome is Outcome.NOT_FOUND or found.path is None:
                    self.not_found()
                else:
                    try:
                        data = found.path.read_bytes()
                    except OSError:  # swapped away between resolving and reading
                        self.not_found()
                        return
                    self.send(data, found.path.name)

            def send(self, data: bytes, name: str) -> None:
                ctype, _ = mimetypes.guess_type(name)
                ctype = ctype or "application/octet-stream"
                if ctype == "text/html":
                    data = inject.inject(data, self.generation)
                if ctype.startswith("text/") or ctype in ("application/javascript", "application/json"):
                    ctype += "; charset=utf-8"
                self.set_header("Content-Type", ctype)
                self.finish(b"" if self.request.method == "HEAD" else data)

            def not_found(self) -> None:
                self.set_status(404)
                page = preview.root / "404.html"
                try:
                    data = page.read_bytes()
                except OSError:
                    data = _NOT_FOUND_PAGE.format(home=preview.base_path).encode()
                self.send(data, "404.html")

        class LiveReload(websocket.WebSocketHandler):
            def open(self, *args: Any, **kwargs: Any) -> None:
                pass

            def on_message(self, message: str | bytes) -> None:
                try:
                    data = json.loads(message)
                except ValueError:
                    return
                command = data.get("command") if isinstance(data, dict) else None
                if command == "hello":
                    self.write_message(
                        json.dumps(
                            {
                                "command": "hello",
                                "protocols": ["http://livereload.com/protocols/official-7"],
                                "serverName": "briefkit",
                            }
                        )
                    )
                elif command == "info":
                    preview._connected(self, viewed_page(data.get("url"), preview.base_path))
                    preview._waiters.add(self)
                    # the page checks the status now that reloads reach it: had it loaded
                    # while a build finished, it missed that build's reload
                    self.write_message(_reload_message(inject.STATUS_PATH))

            def on_close(self) -> None:
                preview._forget(self)

        return web.Application(
            [
                (inject.WEBSOCKET_PATH, LiveReload),
                (inject.STATUS_PATH, Status),
                (inject.SHOWN_PATH, Shown),
                (
                    inject.CLIENT_PATH,
                    Asset,
                    {"body": self._client_js, "content_type": "application/javascript; charset=utf-8"},
                ),
                (
                    inject.LIVERELOAD_JS_PATH,
                    Asset,
                    {"body": self._livereload_js, "content_type": "application/javascript"},
                ),
                (r".*", Site),
            ],
            compress_response=False,
            log_function=lambda handler: None,  # the terminal is for builds and diagnostics
        )
