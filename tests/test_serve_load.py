"""Under load: the real preview server answers concurrent requests while it rebuilds.

`Preview` runs with the real Builder and file watching on a copy of the example site, bound to
127.0.0.1 on a free port. Eight threads fire 200 requests each (hard limit: 90 s) while another
thread rewrites a briefing every 0.4 s, each time stamping a new generation number into both
its title and its body. Every response must be a 200 (or the 404 page for the one missing
path), every HTML page complete (ends with `</html>`), and the briefing page always from one
build: the generation in its title equals the one in its body.
"""

from __future__ import annotations

import http.client
import io
import re
import shutil
import threading
import time
from pathlib import Path

import pytest

from briefkit.serve import Preview

REPO = Path(__file__).resolve().parent.parent
VICTIM = "content/briefings/2024-02-20-putin-gifts-kim-aurus-limousine.md"
VICTIM_URL = "/briefings/2024-02-20-putin-gifts-kim-aurus-limousine/"
PATHS = ["/", VICTIM_URL, "/actors/", "/actors/kim-jong-un/", "/sanctions/unscr-2397/", "/tags/",
         "/timeline/", "/credits/", "/static/style.css", "/no-such-page/"]
THREADS, REQUESTS, HARD_LIMIT = 8, 200, 90.0
GEN_RE = re.compile(r"GEN-(\d+)-TITLE")
BODY_RE = re.compile(r"GEN-(\d+)-BODY")


def _stamp(original: str, gen: int) -> str:
    head, sep, rest = original.partition("\ntitle: ")
    title_line, nl, tail = rest.partition("\n")
    text = f"{head}{sep}{title_line} GEN-{gen}-TITLE{nl}{tail}"
    return text.rstrip("\n") + f"\n\nGEN-{gen}-BODY marker paragraph.\n"


@pytest.mark.slow
def test_concurrent_requests_while_rebuilding(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    shutil.copy(REPO / "site.yaml", site / "site.yaml")
    shutil.copytree(REPO / "content", site / "content")
    (site / "site.yaml").write_text((site / "site.yaml").read_text() + "\n", encoding="utf-8")
    victim = site / VICTIM
    original = victim.read_text(encoding="utf-8")
    victim.write_text(_stamp(original, 0), encoding="utf-8")

    preview = Preview(site, port=0, stream=io.StringIO())
    preview.start()
    port = preview.server.port
    stop = threading.Event()
    failures: list[str] = []
    seen_generations: set[int] = set()
    counts = {"ok": 0}
    lock = threading.Lock()

    def editor() -> None:
        gen = 0
        while not stop.wait(0.4):
            gen += 1
            victim.write_text(_stamp(original, gen), encoding="utf-8")

    def client(n: int) -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=20)
        try:
            for i in range(REQUESTS):
                if stop.is_set():
                    return
                path = PATHS[(n + i) % len(PATHS)]
                time.sleep(0.03)  # spread the requests over several rebuilds
                try:
                    conn.request("GET", path)
                    resp = conn.getresponse()
                    body = resp.read()
                except (OSError, http.client.HTTPException) as exc:
                    failures.append(f"{path}: {type(exc).__name__}: {exc}")
                    conn.close()
                    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=20)
                    continue
                expected = 404 if path == "/no-such-page/" else 200
                if resp.status != expected:
                    failures.append(f"{path}: HTTP {resp.status}")
                    continue
                if resp.getheader("content-type", "").startswith("text/html"):
                    text = body.decode("utf-8")
                    if not text.rstrip().endswith("</html>"):
                        failures.append(f"{path}: incomplete page ({len(body)} bytes)")
                    if path == VICTIM_URL:
                        titles, bodies = set(GEN_RE.findall(text)), set(BODY_RE.findall(text))
                        if len(bodies) != 1 or not titles or titles != bodies:
                            failures.append(f"{path}: mixed builds: titles {titles} bodies {bodies}")
                        with lock:
                            seen_generations.update(int(b) for b in bodies)
                with lock:
                    counts["ok"] += 1
        finally:
            conn.close()

    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:  # the first build
            try:
                c = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
                c.request("GET", VICTIM_URL)
                if c.getresponse().status == 200:
                    break
            except OSError:
                pass
            time.sleep(0.1)
        edit = threading.Thread(target=editor, daemon=True)
        edit.start()
        clients = [threading.Thread(target=client, args=(n,), daemon=True) for n in range(THREADS)]
        started = time.monotonic()
        for t in clients:
            t.start()
        for t in clients:
            t.join(max(0.0, HARD_LIMIT - (time.monotonic() - started)))
        hung = any(t.is_alive() for t in clients)
        stop.set()
        edit.join(5)
        # the last edit is served once the watcher has rebuilt
        time.sleep(1.5)
    finally:
        stop.set()
        preview.stop()
    assert not hung, "requests did not finish within the hard limit"
    assert failures == [], failures[:10]
    assert counts["ok"] == THREADS * REQUESTS
    assert len(seen_generations) >= 3, f"rebuilds were not observed: {seen_generations}"
