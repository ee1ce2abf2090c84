"""The importer's quality on real pages, beside its peers: `python bench/import_quality.py [--record]`.

Runs the shared scorer (`../shared/realpages/score.py`, which scores `briefkit import` beside
trafilatura) on the saved HTML pages and on the same pages as text dumps, and scores
newspaper4k on the HTML pages with the same rules, so the three are compared on one set in one
run. The pages are other people's: they are read from `../shared/`, never copied here. With
`--record` the table is inserted at the top of `bench/IMPORT-RESULTS.md`.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import shutil
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
FIELDS = ("valid", "title", "date", "author", "with", "without")
MARK = "<!-- results below, newest first; bench/import_quality.py inserts here -->"


def norm(s: str) -> str:
    """score.py's normalisation, so newspaper4k is judged by the same rule as the others."""
    s = unicodedata.normalize("NFKC", s or "")
    s = s.translate(str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u201e": '"',
                                   "\u00ab": '"', "\u00bb": '"', "\u2013": "-", "\u2014": "-", "\u00a0": " "}))
    s = re.sub(r"[*_`\\]", "", s)
    return re.sub(r"\s+", " ", s).strip().casefold()


def run_scorer(pages: Path, exe: str, limit: int | None) -> tuple[dict[str, float], dict[str, float], str]:
    """briefkit's and trafilatura's rate per field, from the scorer's printed lines."""
    cmd = [sys.executable, str(SHARED / "realpages" / "score.py"), str(REPO), exe, "--pages", str(pages)]
    if limit:
        cmd.insert(4, str(limit))
    out = subprocess.run(cmd, capture_output=True, text=True).stdout
    ours: dict[str, float] = {}
    theirs: dict[str, float] = {}
    m = re.search(r"valid briefings .*?: (\d+)/(\d+)", out)
    if m:
        ours["valid"] = int(m.group(1)) / int(m.group(2))
    for line in out.splitlines():
        f = re.match(r"(\w+)\s+briefkit\s+([\d.]+)%\s+trafilatura\s+([\d.na]+)%", line)
        if f:
            ours[f.group(1)] = float(f.group(2)) / 100
            if f.group(3) != "nan":
                theirs[f.group(1)] = float(f.group(3)) / 100
    return ours, theirs, out


def newspaper_rates(pages: Path, limit: int | None) -> dict[str, float]:
    """newspaper4k's title, date, author and text on the same saved pages (no URL given, as to the others)."""
    try:
        from newspaper import Article
    except ImportError:
        return {}
    expected = json.loads((pages / "expected.json").read_text())
    hits: dict[str, list[bool]] = {f: [] for f in FIELDS[1:]}
    for name in sorted(expected)[:limit]:
        want = expected[name]
        html = gzip.decompress((pages / name).read_bytes()).decode("utf-8", "replace")
        art = Article("", fetch_images=False)  # no network: the page is all it gets
        try:
            art.download(input_html=html)
            art.parse()
            title, text, authors = art.title or "", art.text or "", list(art.authors or [])
            date = art.publish_date.isoformat() if art.publish_date else ""
        except Exception:  # a peer's crash is a miss on every field, not the end of the run
            title, text, authors, date = "", "", [], ""
        if want.get("title"):
            hits["title"].append(norm(title) == norm(want["title"]))
        if want.get("date"):
            hits["date"].append(date[:10] == want["date"])
        if want.get("author"):
            first = norm((want["author"] if isinstance(want["author"], list) else want["author"].split(";"))[0])
            hits["author"].append(any(first == norm(a) or (len(first) > 4 and first in norm(a)) for a in authors))
        body = norm(text)
        hits["with"] += [norm(s) in body for s in want.get("with") or []]
        hits["without"] += [norm(s) not in body for s in want.get("without") or []]
    return {f: sum(v) / max(1, len(v)) for f, v in hits.items()}


def table(rows: list[tuple[str, dict[str, float]]]) -> str:
    head = "| | " + " | ".join(FIELDS) + " |\n|---|" + "---:|" * len(FIELDS) + "\n"
    return head + "".join(
        f"| {name} | " + " | ".join(f"{r[f]:.1%}" if f in r else "—" for f in FIELDS) + " |\n" for name, r in rows
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, help="only the first N pages of each set")
    ap.add_argument("--record", action="store_true", help="insert the section into bench/IMPORT-RESULTS.md")
    args = ap.parse_args()
    exe = shutil.which("briefkit")
    if exe is None or not (SHARED / "realpages" / "expected.json").is_file():
        print("needs briefkit installed (with the import extra) and ../shared/realpages", file=sys.stderr)
        return 2
    start = time.monotonic()
    html_ours, html_tf, _ = run_scorer(SHARED / "realpages", exe, args.limit)
    text_ours, _, _ = run_scorer(SHARED / "realtext", exe, args.limit)
    np_rates = newspaper_rates(SHARED / "realpages", args.limit)
    described = subprocess.run(["git", "describe", "--always", "--dirty"], cwd=REPO, capture_output=True,
                               text=True).stdout.strip()
    section = (
        f"## {time.strftime('%a %b %d %H:%M:%S UTC %Y', time.gmtime())} · briefkit {described}\n\n"
        f"{len(json.loads((SHARED / 'realpages' / 'expected.json').read_text()))} real pages "
        f"(`../shared/realpages`), scored by `score.py`; {time.monotonic() - start:.0f} s in all.\n\n"
        + table([("briefkit, saved HTML", html_ours), ("trafilatura, saved HTML", html_tf),
                 ("newspaper4k, saved HTML", np_rates), ("briefkit, text dumps", text_ours)])
    )
    print(section)
    if args.record:
        path = REPO / "bench" / "IMPORT-RESULTS.md"
        text = path.read_text()
        path.write_text(text.replace(MARK, f"{MARK}\n\n{section}", 1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
