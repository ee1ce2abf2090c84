"""The live preview as a writer feels it, in a real headless Chromium, beside `hugo server`.

    python bench/preview.py                 # 1,000 briefings, 3 cold starts and 6 edits per server
    python bench/preview.py --edits 2 --starts 1 --dry-run

For each server in turn (briefkit serve, then hugo server, on the same corpus as bench/run.py):

- first page, cold: from starting the server process to a briefing's <h1> shown in the browser
  (the page is opened once the server accepts connections, as a writer opens it on seeing the
  "serving" line; see `listening`, in a tab open and idle before the server starts: Chromium
  starting a renderer for a new tab takes ~0.5 s of CPU, which competed with the server's
  start); with no cache: `--starts` times, the median reported;
- whole site written: until briefkit's first build is written (its status endpoint says so); an
  edit saved before then waits for it, so the edits below are made after it (Hugo serves only
  once its whole site is built);
- restart: the server started again on the same site, its cache of the session before kept (a
  writer's usual start);
- edit-to-browser: a new title written into that briefing's Markdown file, then the time until
  the open page shows it in its <h1> (the server rebuilds and its live-reload script reloads the
  page; nothing is clicked). Edits alternate between the title and the body's first line, and
  each is timed to the title check or, for a body edit, to the new words appearing in the page.

Both servers bind 127.0.0.1 on a free port and are stopped afterwards; the corpus is restored.
Each run of the script measures both servers one after the other, minutes apart at most, so
their figures compare like with like on a shared machine; rerun when the load changed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator
from urllib.parse import urlsplit

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "tests" / "browser"))
import run as bench_run  # noqa: E402
from site_server import CHROMIUM_ARGS  # noqa: E402

TIMEOUT_MS = 30_000


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def server(cmd: list[str], cwd: Path) -> Iterator[tuple[subprocess.Popen[bytes], float]]:
    """The server process and the moment it was started; stopped (its whole group) on exit."""
    start = time.perf_counter()
    log = open(os.environ.get("PREVIEW_LOG", os.devnull), "ab")  # noqa: SIM115 - closed with the process
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        yield proc, start
    finally:
        try:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(timeout=10)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            os.killpg(proc.pid, signal.SIGKILL)


def listening(url: str, start: float) -> None:
    """Wait until the server accepts connections, as a writer waits for the "serving" line.

    A plain connect every 5 ms costs nothing; asking Chromium to load the address over and over
    instead (as this bench did before) renders an error page each time, and on a two-core machine
    that work competed with the server's start for a core: the first page measured 0.5-1 s later
    than a writer, who opens the page once, sees it.
    """
    parts = urlsplit(url)
    while True:
        try:
            with socket.create_connection((parts.hostname, parts.port), timeout=1):
                return
        except OSError:
            if time.perf_counter() - start > 120:
                raise
            time.sleep(0.005)


def site_written(status_url: str, start: float) -> float:
    """Seconds from the server's start until its first build is written (the status endpoint
    reports a finished build): the first page comes sooner, the rest of the site after it."""
    import json
    import urllib.request

    while True:
        with urllib.request.urlopen(status_url, timeout=10) as answer:
            if json.load(answer).get("generation", 0) >= 1:
                return time.perf_counter() - start
        if time.perf_counter() - start > 300:
            raise TimeoutError("the first build did not finish")
        time.sleep(0.02)


def first_page(page, url: str, start: float, title: str) -> float:  # noqa: ANN001 - playwright's Page
    """Seconds from the server's start to the briefing's own title in its <h1>: the page is
    opened once the server accepts connections (a server may hold the request until its first
    build has the page, or answer sooner with a placeholder: then the page is loaded again)."""
    listening(url, start)
    while True:
        try:
            page.goto(url, timeout=60_000)
            # Long enough for a page that is there (a server still building keeps the cores busy,
            # and 100 ms, as before, timed out on the loaded page and loaded it again).
            page.wait_for_function(
                "t => document.querySelector('h1') && document.querySelector('h1').textContent.includes(t)",
                arg=title,
                timeout=5_000,
            )
            return time.perf_counter() - start
        except Exception:  # noqa: BLE001 - not the page yet: try again
            if time.perf_counter() - start > 120:
                raise
            time.sleep(0.05)


def _title(path: Path) -> str:
    for line in path.read_text(encoding="utf-8").split("\n"):
        if line.startswith("title:"):
            return line.split(":", 1)[1].strip().strip('"')
    return ""


def edit_title(path: Path, new: str) -> None:
    lines = path.read_text(encoding="utf-8").split("\n")
    for i, line in enumerate(lines):
        if line.startswith("title:"):
            lines[i] = f'title: "{new}"'
            break
    path.write_text("\n".join(lines), encoding="utf-8")


def edit_body(path: Path, words: str) -> None:
    """The body's first line of prose gets `words` at its end (the front matter is untouched)."""
    text = path.read_text(encoding="utf-8")
    head, sep, body = text.partition("\n---\n")
    lines = body.split("\n")
    for i, line in enumerate(lines):
        if line.strip() and not line.lstrip().startswith(("#", ">", "-", "*", "|", "!", "[")):
            lines[i] = line.rstrip() + " " + words
            break
    path.write_text(head + sep + "\n".join(lines), encoding="utf-8")


SHOWN = "([t, where]) => { const el = document.querySelector(where); return !!el && el.textContent.includes(t); }"


def measure(browser, spec: dict, edits: int, starts: int) -> dict:  # noqa: ANN001
    """`starts` cold starts (each from nothing: the server's cache removed first), the last one
    then timed on `edits` edits, alternating the title and the body's first line; then one
    restart as a writer restarts the next day (the edited file put back, the cache kept)."""
    source, url = spec["source"], spec["url"]
    original = source.read_bytes()
    result: dict = {"name": spec["name"], "firsts": [], "edits": [], "restart": None, "written": None}
    page = browser.new_page()  # one tab for every start: a writer's browser is open already
    try:
        for k in range(starts):
            for folder in spec["cold"]:
                shutil.rmtree(folder, ignore_errors=True)
            page.goto("about:blank")
            page.wait_for_timeout(1_000)  # the browser idle, as a writer's is when the server starts
            with server(spec["cmd"], spec["cwd"]) as (_, start):
                result["firsts"].append(first_page(page, url, start, _title(source)))
                if k < starts - 1:
                    continue
                if spec.get("status"):  # an edit saved before the first build is written waits for it
                    result["written"] = site_written(spec["status"], start)
                page.wait_for_timeout(1_500)  # let the live-reload connection settle
                for e in range(edits):
                    words = f"Edited {e} {time.time_ns()}"
                    t0 = time.perf_counter()
                    if e % 2 == 0:
                        edit_title(source, words)
                        where = "h1"
                    else:
                        edit_body(source, words)
                        where = "main"
                    page.wait_for_function(SHOWN, arg=[words, where], timeout=TIMEOUT_MS)
                    result["edits"].append(time.perf_counter() - t0)
                    page.wait_for_timeout(700)
        source.write_bytes(original)
        page.goto("about:blank")
        page.wait_for_timeout(1_000)
        with server(spec["cmd"], spec["cwd"]) as (_, start):
            result["restart"] = first_page(page, url, start, _title(source))
        page.close()
    finally:
        source.write_bytes(original)
    return result


def _s(x: float | None) -> str:
    return f"{x:.2f} s" if x is not None else "–"


def section(results: list[dict], n: int, info: dict[str, str], edits: int, starts: int) -> str:
    lines = [
        f"## {info['date']} · live preview · N = {n:,} · briefkit {info['briefkit']}",
        "",
        f"- machine: {info['machine']}; load average at start {info['load']}",
        f"- Python {info['python']}; {info['hugo']}; headless Chromium; {starts} cold starts and one restart "
        f"per server, {edits} edits (title and body's first line in turn) on the last cold start",
        "- first page: server started to the briefing's <h1> in the browser, the page opened once the server "
        "accepts connections; cold: no cache (briefkit's `.briefkit-cache/` removed); restart: the cache "
        "of the session before kept, one briefing changed since; whole site written: the cold start's "
        "first build finished (Hugo serves only then); the edits are made after it",
        "",
        "| server | first page, cold (median) | min | max | whole site written | restart | edit-to-browser median "
        "| min | max | target |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in results:
        e, f = r["edits"], r["firsts"]
        first = statistics.median(f) if f else None
        med = f"{statistics.median(e) * 1000:.0f} ms" if e else "–"
        lo = f"{min(e) * 1000:.0f} ms" if e else "–"
        hi = f"{max(e) * 1000:.0f} ms" if e else "–"
        target = ""
        if r["name"].startswith("briefkit") and e:
            ok = statistics.median(e) <= 0.25 and (first or 99) <= 1.5
            target = "≤ 250 ms and ≤ 1.5 s: " + ("met" if ok else "missed")
        lines.append(
            f"| {r['name']} | {_s(first)} | {_s(min(f) if f else None)} | {_s(max(f) if f else None)} "
            f"| {_s(r['written'])} | {_s(r['restart'])} | {med} | {lo} | {hi} | {target} |"
        )
    return "\n".join(lines) + "\n\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Time the live preview in headless Chromium, beside hugo server.")
    parser.add_argument("--briefings", type=int, default=1000)
    parser.add_argument("--edits", type=int, default=6)
    parser.add_argument("--starts", type=int, default=3, help="cold starts per server (default 3)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--corpus-dir", type=Path, default=HERE)
    parser.add_argument("--dry-run", action="store_true", help="print the section; do not record it")
    args = parser.parse_args(argv)
    from playwright.sync_api import sync_playwright

    hugo = shutil.which("hugo")
    bench = bench_run.Bench(args.corpus_dir / f"corpus-n{args.briefings}-s{args.seed}", args.briefings, args.seed, hugo)
    bench.prepare()
    bench.set_aside(bench.site / "output", bench.site / ".briefkit-cache")
    bench.clear_aside()
    briefings = sorted((bench.site / "content" / "briefings").glob("*.md"))
    stem = briefings[len(briefings) // 2].stem
    info = bench_run.machine()
    specs = []
    port = free_port()
    specs.append({
        "name": "briefkit serve",
        "cmd": [sys.executable, "-m", "briefkit", "serve", "--site", str(bench.site), "--port", str(port)],
        "cwd": bench.root,
        "url": f"http://127.0.0.1:{port}/briefings/{stem}/",
        "source": bench.site / "content" / "briefings" / f"{stem}.md",
        "cold": [bench.site / ".briefkit-cache"],
        "status": f"http://127.0.0.1:{port}/__briefkit__/status",
    })
    if hugo:
        port = free_port()
        specs.append({
            "name": "hugo server",
            "cmd": [hugo, "server", "--source", str(bench.hugo_site), "--bind", "127.0.0.1", "--port", str(port),
                    "--baseURL", f"http://127.0.0.1:{port}/", "--cacheDir", str(bench.hugo_site / ".hugo-cache")],
            "cwd": bench.hugo_site,
            "url": f"http://127.0.0.1:{port}/briefings/{stem}/",
            "source": bench.hugo_site / "content" / "briefings" / f"{stem}.md",
            "cold": [bench.hugo_site / ".hugo-cache"],
        })
    results = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", headless=True, args=CHROMIUM_ARGS)
        try:
            results = [measure(browser, spec, args.edits, args.starts) for spec in specs]
        finally:
            browser.close()
    text = section(results, args.briefings, info, args.edits, args.starts)
    print(text)
    if not args.dry_run:
        bench_run.record(text)
        print(f"recorded in {bench_run.RESULTS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
