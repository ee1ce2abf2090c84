"""Time every import of the real pages, one whole `briefkit import` process each, and print the slowest.

Issue 14 asks that no import take over 2 s. Timing one large page is not enough: a pattern that
backtracks on one shape of markup made four ordinary pages take 4-14 s while the largest page took
1.3 s. This runs all of `../shared/realpages` (saved HTML) and `../shared/realtext` (text dumps) as a
new user would (`python -m briefkit import PAGE --stdout` in a fresh one-briefing site) and prints
each page's wall and CPU seconds (the process and its children: the story's forked reader counts),
the slowest first, and how many are over 1 s and 2 s. It asserts nothing: machines differ by 2x;
compare the slowest pages with `farm-bench --vs` against the previous commit in the same minutes.

    python bench/import_speed.py [--top N] [--only html|text]
"""

from __future__ import annotations

import argparse
import gzip
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


def _timed(cmd: list[str], cwd: Path) -> tuple[float, float, int]:
    """Wall and CPU seconds (user + system of the process and what it waited for) and the exit code."""
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    return wall, usage.ru_utime + usage.ru_stime, proc.returncode


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--top", type=int, default=15, help="how many of the slowest to print")
    parser.add_argument("--only", choices=("html", "text"), help="one corpus only")
    args = parser.parse_args()
    pages = [] if args.only == "text" else sorted((SHARED / "realpages").glob("*.html.gz"))
    texts = [] if args.only == "html" else sorted((SHARED / "realtext").glob("*.txt"))
    if not pages and not texts:
        print(f"no real pages under {SHARED.name}/realpages or {SHARED.name}/realtext", file=sys.stderr)
        return 2
    rows: list[tuple[float, float, int, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        site, held = Path(tmp) / "site", Path(tmp) / "pages"
        (site / "content" / "briefings").mkdir(parents=True)
        held.mkdir()
        (site / "site.yaml").write_text("title: Speed\nbase_url: https://notes.example.org/\n", encoding="utf-8")
        for src in [*pages, *texts]:
            page = held / src.name.removesuffix(".gz")
            page.write_bytes(gzip.decompress(src.read_bytes()) if src.suffix == ".gz" else src.read_bytes())
            wall, cpu, code = _timed([sys.executable, "-m", "briefkit", "import", str(page), "--stdout"], site)
            rows.append((wall, cpu, code, page.name))
    rows.sort(reverse=True)
    print(f"{len(rows)} imports; over 1 s: {sum(r[0] > 1 for r in rows)}, over 2 s: {sum(r[0] > 2 for r in rows)}")
    print(f"{'page':<14} {'wall s':>7} {'cpu s':>7}  exit")
    for wall, cpu, code, name in rows[: args.top]:
        print(f"{name:<14} {wall:7.2f} {cpu:7.2f}  {code}")
    failed = [r[3] for r in rows if r[2] != 0]
    if failed:
        print("failed:", " ".join(sorted(failed)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
