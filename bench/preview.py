"""The live preview as a writer feels it, in a real headless Chromium, beside `hugo server`.

    python bench/preview.py                 # 1,000 briefings, 5 edits each, recorded in RESULTS.md
    python bench/preview.py --edits 3 --dry-run

For each server in turn (briefkit serve, then hugo server, on the same corpus as bench/run.py):

- first page: from starting the server process to a briefing's <h1> shown in the browser (the
  page is opened once the server accepts connections, as a writer opens it on seeing the
  "serving" line; see `listening`);
- edit-to-browser: a new title written into that briefing's Markdown file, then the time until
  the open page shows it in its <h1> (the server rebuilds and its live-reload script reloads the
  page; nothing is clicked). Edits alternate between the title and the body's first line, and
  each is timed to the title check or, for a body edit, to the new words appearing in the page.

Both servers bind 127.0.0.1 on a free port and are stopped afterwards; the corpus is restored.
Each run of the script measures both servers in one loop (briefkit's edits and Hugo's
alternate), so the ratio compares like with like on a shared machine.
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


def first_page(page, url: str, start: float, title: str) -> float:  # noqa: ANN001 - playwright's Page
    """Seconds from the server's start to the briefing's own title in its <h1>: the page is
    opened once the server accepts connections (a server may hold the request until its first
    build has the page, or answer sooner with a placeholder: then the page is loaded again)."""
    listening(url, start)
    while True:
        try:
            page.goto(url, timeout=60_000)
            page.wait_for_function(
                "t => document.querySelector('h1') && document.querySelector('h1').textContent.includes(t)",
                arg=title,
                timeout=100,
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


def measure(browser, name: str, cmd: list[str], cwd: Path, url: str, source: Path, edits: int) -> dict:  # noqa: ANN001
    original = source.read_bytes()
    result: dict = {"name": name, "first": None, "edits": []}
    try:
        with server(cmd, cwd) as (_, start):
            page = browser.new_page()
            result["first"] = first_page(page, url, start, _title(source))
            page.wait_for_timeout(1_500)  # let the live-reload connection settle
            for k in range(edits):
                title = f"Edited title {k} {time.time_ns()}"
                t0 = time.perf_counter()
                edit_title(source, title)
                page.wait_for_function(
                    "t => document.querySelector('h1') && document.querySelector('h1').textContent.includes(t)",
                    arg=title,
                    timeout=TIMEOUT_MS,
                )
                result["edits"].append(time.perf_counter() - t0)
                page.wait_for_timeout(700)
            page.close()
    finally:
        source.write_bytes(original)
    return result


def section(results: list[dict], n: int, info: dict[str, str], edits: int) -> str:
    lines = [
        f"## {info['date']} · live preview · N = {n:,} · briefkit {info['briefkit']}",
        "",
        f"- machine: {info['machine']}; load average at start {info['load']}",
        f"- Python {info['python']}; {info['hugo']}; headless Chromium; {edits} title edits per server",
        "",
        "| server | first page | edit-to-browser median | min | max | target |",
        "|---|---|---|---|---|---|",
    ]
    for r in results:
        e = r["edits"]
        first = f"{r['first']:.2f} s" if r["first"] is not None else "–"
        med = f"{statistics.median(e) * 1000:.0f} ms" if e else "–"
        lo = f"{min(e) * 1000:.0f} ms" if e else "–"
        hi = f"{max(e) * 1000:.0f} ms" if e else "–"
        target = ""
        if r["name"].startswith("briefkit") and e:
            ok = statistics.median(e) <= 0.25 and (r["first"] or 99) <= 1.5
            target = "≤ 250 ms and ≤ 1.5 s: " + ("met" if ok else "missed")
        lines.append(f"| {r['name']} | {first} | {med} | {lo} | {hi} | {target} |")
    return "\n".join(lines) + "\n\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Time the live preview in headless Chromium, beside hugo server.")
    parser.add_argument("--briefings", type=int, default=1000)
    parser.add_argument("--edits", type=int, default=5)
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
    results = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", headless=True, args=CHROMIUM_ARGS)
        try:
            port = free_port()
            results.append(measure(
                browser, "briefkit serve",
                [sys.executable, "-m", "briefkit", "serve", "--site", str(bench.site), "--port", str(port)],
                bench.root, f"http://127.0.0.1:{port}/briefings/{stem}/",
                bench.site / "content" / "briefings" / f"{stem}.md", args.edits))
            if hugo:
                port = free_port()
                results.append(measure(
                    browser, "hugo server",
                    [hugo, "server", "--source", str(bench.hugo_site), "--bind", "127.0.0.1", "--port", str(port),
                     "--baseURL", f"http://127.0.0.1:{port}/", "--cacheDir", str(bench.hugo_site / ".hugo-cache")],
                    bench.hugo_site, f"http://127.0.0.1:{port}/briefings/{stem}/",
                    bench.hugo_site / "content" / "briefings" / f"{stem}.md", args.edits))
        finally:
            browser.close()
    text = section(results, args.briefings, info, args.edits)
    print(text)
    if not args.dry_run:
        bench_run.record(text)
        print(f"recorded in {bench_run.RESULTS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
