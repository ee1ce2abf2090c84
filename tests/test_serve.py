"""The preview server on 127.0.0.1 with a free port: pages, injection, confinement, status,
port in use, reload pushes. The builder is a small stand-in (tests/browser/serve_support.py)
so these tests pin down the server, not the pipeline; test_serve_browser runs the real one."""

from __future__ import annotations

import http.client
import io
import json
import socket
import sys
import threading
import time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "browser"))
from serve_support import FakeBuilder, make_site, write_briefing  # noqa: E402

from briefkit.serve import ListenError, Preview, serve  # noqa: E402
from briefkit.serve.confine import site_relative  # noqa: E402
from briefkit.serve.inject import CLIENT_PATH, STATUS_PATH, inject  # noqa: E402
from briefkit.watch import Change, ChangeBatch, ChangeKind  # noqa: E402


def get(preview: Preview, path: str, method: str = "GET", host: str | None = None) -> tuple[int, dict, bytes]:
    """A raw request: http.client sends the path as given (no `..` normalisation)."""
    conn = http.client.HTTPConnection("127.0.0.1", preview.server.port, timeout=5)
    headers = {"Host": host} if host else {}
    conn.request(method, path, headers=headers)
    r = conn.getresponse()
    body = r.read()
    conn.close()
    return r.status, {k.lower(): v for k, v in r.getheaders()}, body


@pytest.fixture
def make_preview(tmp_path: Path):
    made: list[Preview] = []

    def make(base_url: str = "https://example.org/", **kwargs) -> Preview:
        site = make_site(tmp_path / f"site{len(made)}", base_url=base_url)
        kwargs.setdefault("builder_factory", FakeBuilder)
        p = Preview(site, port=0, stream=io.StringIO(), watch=False, **kwargs)
        p.start()
        made.append(p)
        return p

    yield make
    for p in made:
        p.stop()


def test_serves_built_pages_with_the_client_script_injected(make_preview) -> None:
    p = make_preview()
    status, headers, body = get(p, "/briefings/oil-transfers/")
    assert status == 200
    assert headers["content-type"].startswith("text/html")
    assert b"<h1>Oil transfers at sea</h1>" in body
    assert body.count(f'<script src="{CLIENT_PATH}"></script>'.encode()) == 1
    assert body.index(CLIENT_PATH.encode()) < body.index(b"</head>")
    # never in the built file on disk
    assert CLIENT_PATH.encode() not in (p.output_dir / "briefings/oil-transfers/index.html").read_bytes()
    status, headers, css = get(p, "/static/style.css")
    assert status == 200 and headers["content-type"].startswith("text/css") and CLIENT_PATH.encode() not in css


def test_client_script_and_livereload_js_are_served(make_preview) -> None:
    p = make_preview()
    status, headers, body = get(p, CLIENT_PATH)
    assert status == 200 and "javascript" in headers["content-type"]
    assert b"LiveReloadPluginBriefkit" in body and STATUS_PATH.encode() in body
    status, _, body = get(p, "/__briefkit__/livereload.js")
    assert status == 200 and b"LiveReload" in body


def test_directory_without_slash_redirects_and_missing_page_is_404(make_preview) -> None:
    p = make_preview()
    status, headers, _ = get(p, "/briefings/oil-transfers")
    assert status in (301, 302) and headers["location"] == "/briefings/oil-transfers/"
    status, _, body = get(p, "/briefings/nope/")
    assert status == 404 and CLIENT_PATH.encode() in body  # even a 404 page shows the overlay


@pytest.mark.parametrize(
    "path",
    ["/../site.yaml", "/briefings/../../site.yaml", "/%2e%2e/site.yaml", "/%2E%2e/%2e%2E/etc/passwd",
     "/briefings/%2e%2e/%2e%2e/site.yaml", "/..%2fsite.yaml", "/..%5csite.yaml", "/a%00b"],
)
def test_traversal_is_refused(make_preview, path: str) -> None:
    p = make_preview()
    status, _, body = get(p, path)
    assert status in (403, 404)
    assert b"Test briefings" not in body and b"root:" not in body


def test_symlink_out_of_the_site_is_refused(make_preview, tmp_path: Path) -> None:
    p = make_preview()
    secret = tmp_path / "secret.txt"
    secret.write_text("top secret")
    (p.output_dir / "leak.txt").symlink_to(secret)
    (p.output_dir / "leakdir").symlink_to(tmp_path)
    assert get(p, "/leak.txt")[0] == 403
    assert get(p, "/leakdir/secret.txt")[0] == 403


def test_foreign_host_header_is_refused_on_loopback(make_preview) -> None:
    p = make_preview()
    assert get(p, "/", host="evil.example:8000")[0] == 403
    assert get(p, "/", host=f"localhost:{p.server.port}")[0] == 200


def test_sub_path_site_is_served_under_its_path(make_preview) -> None:
    p = make_preview("https://user.github.io/repo/")
    assert p.url.endswith("/repo/")
    status, headers, _ = get(p, "/")
    assert status in (301, 302) and headers["location"] == "/repo/"
    status, headers, _ = get(p, "/repo")
    assert status in (301, 302) and headers["location"] == "/repo/"
    status, _, body = get(p, "/repo/briefings/oil-transfers/")
    assert status == 200 and b'href="/repo/static/style.css"' in body
    assert get(p, "/briefings/oil-transfers/")[0] == 404
    assert get(p, "/repo/../repo/index.html")[0] == 403


def test_port_in_use_is_a_clear_error(tmp_path: Path) -> None:
    blocker = socket.socket()
    blocker.bind(("127.0.0.1", 0))
    blocker.listen()
    port = blocker.getsockname()[1]
    try:
        out = io.StringIO()
        site = make_site(tmp_path / "site")
        assert serve(site, port=port, stream=out) == 1
        text = out.getvalue()
        assert f"cannot serve on 127.0.0.1:{port}: the port is already in use" in text
        assert "--port" in text and "Traceback" not in text
        with pytest.raises(ListenError):
            Preview(site, port=port, builder_factory=FakeBuilder, watch=False).start()
    finally:
        blocker.close()


def test_build_error_keeps_the_last_good_site_and_reports_status(make_preview) -> None:
    p = make_preview()
    assert json.loads(get(p, STATUS_PATH)[2])["ok"] is True
    path = p.site_dir / "content/briefings/oil-transfers.md"
    path.write_text("---\ntitle: Broken\n")  # front matter never closed
    p.rebuild(ChangeBatch((Change("content/briefings/oil-transfers.md", ChangeKind.CONTENT),)))
    st = json.loads(get(p, STATUS_PATH)[2])
    assert st["ok"] is False
    [d] = st["diagnostics"]
    assert d["where"] == "content/briefings/oil-transfers.md:1:1"
    assert d["message"] == "front matter is not closed" and d["hint"]
    status, _, body = get(p, "/briefings/oil-transfers/")
    assert status == 200 and b"Oil transfers at sea" in body  # the last good page
    out = p.stream.getvalue()
    assert "content/briefings/oil-transfers.md:1:1: error: front matter is not closed" in out
    write_briefing(p.site_dir, "oil-transfers", "Mended", "Fixed.")
    p.rebuild(ChangeBatch((Change("content/briefings/oil-transfers.md", ChangeKind.CONTENT),)))
    assert json.loads(get(p, STATUS_PATH)[2])["ok"] is True
    assert b"Mended" in get(p, "/briefings/oil-transfers/")[2]


def test_a_crashing_builder_does_not_take_the_server_down(make_preview) -> None:
    p = make_preview()

    class Boom:
        def build(self):
            raise RuntimeError("stage bug")

    p._builder = Boom()
    p.rebuild(None)
    st = json.loads(get(p, STATUS_PATH)[2])
    assert st["ok"] is False and "stage bug" in st["diagnostics"][0]["message"]
    assert get(p, "/briefings/oil-transfers/")[0] == 200


class LiveReloadClient:
    """A browser stand-in speaking the livereload protocol over a real WebSocket (tornado's client)."""

    def __init__(self, port: int, path: str = "/") -> None:
        import asyncio

        from tornado.httpclient import HTTPRequest
        from tornado.websocket import websocket_connect

        self.loop = asyncio.new_event_loop()
        request = HTTPRequest(f"ws://127.0.0.1:{port}/livereload", headers={"Origin": f"http://127.0.0.1:{port}"})
        async def connect():
            return await websocket_connect(request)

        self.ws = self.loop.run_until_complete(connect())
        self.ws.write_message(json.dumps({"command": "hello", "protocols": ["http://livereload.com/protocols/official-7"]}))
        hello = self.next()
        assert hello["command"] == "hello" and "official-7" in hello["protocols"][0]
        self.ws.write_message(json.dumps({"command": "info", "url": f"http://127.0.0.1:{port}{path}", "plugins": {}}))

    def next(self) -> dict:
        import asyncio

        async def read():
            return await asyncio.wait_for(self.ws.read_message(), 5)

        raw = self.loop.run_until_complete(read())
        assert raw is not None, "the server closed the socket"
        return json.loads(raw)

    def close(self) -> None:
        self.ws.close()
        self.loop.run_until_complete(__import__("asyncio").sleep(0.05))
        self.loop.close()


def _client(p: Preview) -> LiveReloadClient:
    c = LiveReloadClient(p.server.port)
    deadline = time.monotonic() + 5
    while p.server.connected < 1 and time.monotonic() < deadline:
        time.sleep(0.01)
    assert p.server.connected == 1
    assert c.next()["path"] == STATUS_PATH  # a page checks the status once reloads reach it
    return c


def test_reload_messages_follow_what_changed(make_preview) -> None:
    p = make_preview()
    c = _client(p)
    try:
        batch = ChangeBatch((Change("static/style.css", ChangeKind.STATIC),))
        (p.site_dir / "static/style.css").write_text("body { color: rgb(200, 0, 0); }\n")
        p.rebuild(batch)
        msg = c.next()
        assert msg == {"command": "reload", "path": "/static/style.css", "liveCSS": True, "liveImg": False}

        write_briefing(p.site_dir, "oil-transfers", "Second", "two")
        p.rebuild(ChangeBatch((Change("content/briefings/oil-transfers.md", ChangeKind.CONTENT),)))
        assert c.next() == {"command": "reload", "path": "*", "liveCSS": False, "liveImg": False}

        (p.site_dir / "content/briefings/oil-transfers.md").write_text("---\nbroken\n")
        p.rebuild(ChangeBatch((Change("content/briefings/oil-transfers.md", ChangeKind.CONTENT),)))
        assert c.next()["path"] == STATUS_PATH

        write_briefing(p.site_dir, "oil-transfers", "Second", "two")  # same output as before the break
        p.rebuild(ChangeBatch((Change("content/briefings/oil-transfers.md", ChangeKind.CONTENT),)))
        assert c.next()["path"] == "*"  # recovery always reloads, to clear the overlay
    finally:
        c.close()


class EarlyFakeBuilder(FakeBuilder):
    """The stand-in with `build(first=)`: the wanted pages that change are handed over before
    the site is written; `during` runs right after, while the old site is still in place."""

    during = None

    def build(self, first=None):  # type: ignore[no-untyped-def]
        if first is not None:
            fresh = self.pages()
            wanted = set(first.wanted())
            first.deliver({k: v for k, v in fresh.items() if k in wanted and self.on_disk(k) != v})
            if self.during is not None:
                self.during()
        return super().build()

    def pages(self) -> dict[str, bytes]:
        title = next(
            line.split(":", 1)[1].strip()
            for line in (self.site_dir / "content/briefings/oil-transfers.md").read_text().splitlines()
            if line.startswith("title:")
        )
        return {"briefings/oil-transfers/index.html": self._page(title)}

    def _page(self, title: str) -> bytes:
        out = self.output / "briefings/oil-transfers/index.html"
        old = out.read_bytes() if out.is_file() else b""
        return old.replace(b"Oil transfers at sea", title.encode())

    def on_disk(self, path: str) -> bytes | None:
        f = self.output / path
        return f.read_bytes() if f.is_file() else None


def test_pages_handed_over_early_are_served_from_memory_and_reload_only_where_shown(make_preview) -> None:
    from briefkit.serve.inject import PAGE_RELOAD_PATH

    p = make_preview(builder_factory=EarlyFakeBuilder)
    briefing = LiveReloadClient(p.server.port, "/briefings/oil-transfers/")
    home = LiveReloadClient(p.server.port, "/")
    try:
        deadline = time.monotonic() + 5
        while p.server.connected < 2 and time.monotonic() < deadline:
            time.sleep(0.01)
        assert briefing.next()["path"] == STATUS_PATH and home.next()["path"] == STATUS_PATH
        assert p.server.viewed_pages() == {"briefings/oil-transfers/index.html", "index.html"}
        seen: dict[str, bytes] = {}

        def during() -> None:
            seen["served"] = get(p, "/briefings/oil-transfers/")[2]
            seen["disk"] = (p.output_dir / "briefings/oil-transfers/index.html").read_bytes()

        p._builder.during = during
        write_briefing(p.site_dir, "oil-transfers", "Retitled early", "First version.")  # the title only
        p.rebuild(ChangeBatch((Change("content/briefings/oil-transfers.md", ChangeKind.CONTENT),)))
        assert b"<h1>Retitled early</h1>" in seen["served"]  # from memory, before the write
        assert b"Retitled early" not in seen["disk"]
        assert b'<meta name="briefkit-generation"' in seen["served"]
        assert briefing.next()["path"] == PAGE_RELOAD_PATH  # only the page shown early ...
        assert home.next()["path"] == "*"  # ... and, once written, the home page, whose file changed
        p.server.show_status()
        assert briefing.next()["path"] == STATUS_PATH  # no second reload for the page shown early
        assert b"<h1>Retitled early</h1>" in get(p, "/briefings/oil-transfers/")[2]  # now from the folder
        assert "showing in" in p.stream.getvalue()
    finally:
        briefing.close()
        home.close()


def test_websocket_from_a_foreign_origin_is_refused(make_preview) -> None:
    import asyncio

    from tornado.httpclient import HTTPClientError, HTTPRequest
    from tornado.websocket import websocket_connect

    p = make_preview()
    loop = asyncio.new_event_loop()
    try:
        req = HTTPRequest(f"ws://127.0.0.1:{p.server.port}/livereload", headers={"Origin": "http://evil.example"})
        async def connect():
            return await websocket_connect(req)

        with pytest.raises(HTTPClientError):
            loop.run_until_complete(connect())
    finally:
        loop.close()


def test_serve_stops_cleanly_when_asked(tmp_path: Path) -> None:
    site = make_site(tmp_path / "site")
    stop = threading.Event()
    out = io.StringIO()
    result: list[int] = []
    import briefkit.serve.preview as preview_mod

    original = preview_mod._default_builder_factory
    preview_mod._default_builder_factory = FakeBuilder
    try:
        t = threading.Thread(target=lambda: result.append(serve(site, port=0, stream=out, stop=stop)))
        t.start()
        deadline = time.monotonic() + 10
        while "serving http://127.0.0.1:" not in out.getvalue() and time.monotonic() < deadline:
            time.sleep(0.02)
        assert "serving http://127.0.0.1:" in out.getvalue()
        stop.set()
        t.join(10)
    finally:
        preview_mod._default_builder_factory = original
    assert result == [0]
    assert not any(th.name in ("briefkit-http", "briefkit-debouncer") and th.is_alive() for th in threading.enumerate())


def test_site_relative_rules() -> None:
    assert site_relative("/repo/a/", "/repo/") == "a/"
    assert site_relative("/repo", "/repo/") == ""
    assert site_relative("/other/", "/repo/") is None
    assert site_relative("/a%20b/", "/") == "a b/"
    for bad in ("/../x", "/%2e%2e/x", "/a/./b", "/a\\..\\b", "/%ff"):
        with pytest.raises(ValueError):
            site_relative(bad, "/")


def test_inject_falls_back_to_body_or_end() -> None:
    assert inject(b"<html><HEAD></HEAD ><body></body></html>").startswith(b"<html><HEAD><script")
    assert inject(b"<p>x</p></body>") == b'<p>x</p><script src="/__briefkit__/client.js"></script></body>'
    assert inject(b"<p>x</p>").endswith(b"</script>")


DRIVER = """
import argparse, sys
sys.path.insert(0, {support!r})
import serve_support
import briefkit.serve.preview as preview
from briefkit.commands import serve
preview._default_builder_factory = serve_support.FakeBuilder
parser = argparse.ArgumentParser()
parser.add_argument("--site", default=".")
serve.configure(parser)
sys.exit(serve.run(parser.parse_args(sys.argv[1:])))
"""


def test_ctrl_c_stops_the_command_cleanly_with_exit_0(tmp_path: Path) -> None:
    """The `serve` verb in its own process: SIGINT (Ctrl-C) ends it with exit 0, no traceback."""
    import signal
    import subprocess

    site = make_site(tmp_path / "site")
    driver = DRIVER.format(support=str(Path(__file__).parent / "browser"))
    proc = subprocess.Popen([sys.executable, "-c", driver, "--site", str(site), "--port", "0"],
                            stderr=subprocess.PIPE, text=True)
    try:
        line = ""
        deadline = time.monotonic() + 20
        while "serving http://127.0.0.1:" not in line and time.monotonic() < deadline:
            line = proc.stderr.readline()
            if not line and proc.poll() is not None:
                break
        assert "serving http://127.0.0.1:" in line, line
        url = line.split()[1]
        conn = http.client.HTTPConnection(url.split("//")[1].split("/")[0], timeout=5)
        conn.request("GET", "/briefings/oil-transfers/")
        assert conn.getresponse().status == 200
        conn.close()
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=15)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err
    assert "Traceback" not in err


def test_an_edit_saved_while_the_first_build_runs_is_built_after_it(tmp_path: Path) -> None:
    # The writer starts `serve` and saves a file at once: the watcher is already on, and the
    # change waits for the first build to finish, then is built (never lost).
    site = make_site(tmp_path / "site")
    edited = threading.Event()

    class SlowFirstBuild(FakeBuilder):
        def build(self):  # type: ignore[no-untyped-def]
            first = self.calls == 0
            result = super().build()  # the files are read ...
            if first:  # ... then the writer saves one before this build is over
                write_briefing(site, "late", "Saved during the first build", "Late words.")
                time.sleep(0.6)
                edited.set()
            return result

    p = Preview(site, port=0, builder_factory=SlowFirstBuild, stream=io.StringIO())
    p.start()
    try:
        assert edited.is_set()
        deadline = time.monotonic() + 10
        status = 0
        while time.monotonic() < deadline:
            status, _, body = get(p, "/briefings/late/")
            if status == 200 and b"Saved during the first build" in body:
                break
            time.sleep(0.05)
        assert status == 200, "the edit made during the first build was never built"
    finally:
        p.stop()
