"""Dump every page's import made by one checkout, and compare two dumps page by page.

A wave of importer changes is judged page by page, not by a field's mean: a rule that gains two
pages and loses one shows as +1 in score.py's figures. This writes each import to a file so that
two checkouts' results can be diffed (byte for byte, for speed-ups that must change nothing) and
scored with score.py's own scoring (loaded from ../shared/realpages/score.py, so both agree).

    python bench/heldout/dumps.py dump TREE OUT SETDIR...   # SETDIR: a folder with expected.json and its pages
    python bench/heldout/dumps.py cmp BASE OUT [-v]         # GAIN / LOSS per page and field, totals
    python bench/heldout/dumps.py misses OUT FMT FIELD      # FMT html|text|all; each miss, expected and read
    python bench/heldout/dumps.py rates OUT [KEY...]        # each set's title / date / author / with / without
    python bench/heldout/dumps.py times OUT                 # the slowest imports

`dump` imports in JOBS (default 2) worker processes, each importing its pages one after the other
in one interpreter with TREE's src/ first on sys.path: a page costs ~0.25 s instead of a process's
start-up and pattern compiling. Saved-page dates may differ run to run on a busy machine (the
htmldate search is timed: importer/datesearch.py); text dumps are deterministic.
"""

from __future__ import annotations

import ast
import contextlib
import gzip
import io
import json
import multiprocessing
import os
import sys
import tempfile
import time
from pathlib import Path

SCORE = Path(__file__).resolve().parents[2] / ".." / "shared" / "realpages" / "score.py"
FIELDS = ("title", "date", "author", "with", "without")


def _scoring() -> dict:
    """score.py's own `norm`, `score` and `split_doc`, without running the script."""
    tree = ast.parse(SCORE.read_text())
    keep = [n for n in tree.body if isinstance(n, (ast.Import, ast.ImportFrom))
            or (isinstance(n, ast.FunctionDef) and n.name in {"norm", "authors_match", "score", "split_doc"})]
    ns: dict = {}
    exec(compile(ast.Module(body=keep, type_ignores=[]), str(SCORE), "exec"), ns)
    return ns


def set_key(d: Path) -> str:
    """freshNN-html, freshNN-text, real-html, real-text."""
    d = d.resolve()
    if d.name in ("html", "text"):
        return f"{d.parent.name}-{d.name}"
    return {"realpages": "real-html", "realtext": "real-text"}.get(d.name, d.name)


def _worker(tree: str, jobs: list[tuple[str, str, str]]) -> None:
    sys.path.insert(0, str(Path(tree) / "src"))
    os.chdir(tree)
    from briefkit.cli import main

    for name, page, outdir in jobs:
        out, err = io.StringIO(), io.StringIO()
        began = time.perf_counter()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = main(["import", page, "--stdout"])
            except SystemExit as exc:
                code = exc.code
        took = time.perf_counter() - began
        Path(outdir, name + ".md").write_text(out.getvalue())
        meta = {"rc": code, "time": took, "stderr": err.getvalue()[-2000:]}
        Path(outdir, name + ".meta").write_text(json.dumps(meta))


def dump(tree: str, out: str, sets: list[str]) -> None:
    work = Path(tempfile.mkdtemp())
    jobs = []
    for s in sets:
        d = Path(s).resolve()
        expected = json.loads((d / "expected.json").read_text())
        target = Path(out) / set_key(d)
        target.mkdir(parents=True, exist_ok=True)
        (target / "expected.json").write_text(json.dumps(expected))
        for name in sorted(expected):
            data = (d / name).read_bytes()
            page = work / set_key(d) / name.removesuffix(".gz")
            page.parent.mkdir(parents=True, exist_ok=True)
            page.write_bytes(gzip.decompress(data) if name.endswith(".gz") else data)
            jobs.append((name, str(page), str(target)))
    k = int(os.environ.get("JOBS", "2"))
    ctx = multiprocessing.get_context("spawn")  # not a Pool: an import may fork a child of its own
    procs = [ctx.Process(target=_worker, args=(str(Path(tree).resolve()), jobs[i::k])) for i in range(k)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()


def scores(d: Path, ns: dict) -> dict:
    expected = json.loads((d / "expected.json").read_text())
    found = {}
    for name, want in expected.items():
        f = d / (name + ".md")
        if not f.exists():
            continue
        doc = f.read_text()
        fm, body = ns["split_doc"](doc)
        fm = fm if isinstance(fm, dict) else {}
        src = fm.get("source") if isinstance(fm.get("source"), dict) else {}
        title = str(src.get("headline") or fm.get("title") or "")
        date = str(src.get("published") or fm.get("date") or "")
        authors = [str(a) for a in (src.get("authors") or [])]
        found[name] = (doc, ns["score"](title, date, authors, body, want), (title, date, authors))
    return found


def _count(v: object) -> tuple[int, int]:
    return (sum(v), len(v)) if isinstance(v, list) else (int(bool(v)), 1)


def cmp(base: str, after: str, verbose: bool) -> None:
    ns = _scoring()
    totals: dict[tuple[str, str], list[int]] = {}
    changed = 0
    for d in sorted(Path(after).iterdir()):
        b_dir = Path(base) / d.name
        if not (d / "expected.json").exists() or not b_dir.exists():
            continue
        a, b = scores(d, ns), scores(b_dir, ns)
        for name in sorted(set(a) & set(b)):
            if a[name][0] != b[name][0]:
                changed += 1
                if verbose:
                    print("CHANGED", d.name, name)
            for field in FIELDS:
                got, had = _count(a[name][1][field]), _count(b[name][1][field])
                t = totals.setdefault((d.name.rsplit("-", 1)[-1], field), [0, 0, 0])
                t[0], t[1], t[2] = t[0] + had[0], t[1] + got[0], t[2] + got[1]
                if got[0] != had[0]:
                    print("GAIN" if got[0] > had[0] else "LOSS", d.name, name, field, f"{had[0]}/{had[1]} -> {got[0]}/{got[1]}")
    print("pages changed byte for byte:", changed)
    for (fmt, field), (was, now, n) in sorted(totals.items()):
        print(f"{fmt:5} {field:8} {was}/{n} -> {now}/{n}")


def misses(out: str, fmt: str, field: str) -> None:
    ns = _scoring()
    for d in sorted(Path(out).iterdir()):
        if not (d / "expected.json").exists() or (fmt != "all" and not d.name.endswith(fmt)):
            continue
        expected = json.loads((d / "expected.json").read_text())
        for name, (_, s, (title, date, authors)) in sorted(scores(d, ns).items()):
            v = s[field]
            if (all(v) if isinstance(v, list) else v):
                continue
            want = expected[name]
            if field in ("with", "without"):
                bad = [snip for snip, ok in zip(want.get(field) or [], v) if not ok]
                print(f"MISS {d.name} {name} {field}: {bad!r}")
            else:
                got = {"title": title, "date": date, "author": authors}[field]
                print(f"MISS {d.name} {name} {field}: want {want.get(field)!r} got {got!r}")


def rates(out: str, keys: list[str]) -> None:
    """Each set's score per field, as score.py prints it (valid, which needs `check`, aside)."""
    ns = _scoring()
    for d in sorted(Path(out).iterdir()):
        if not (d / "expected.json").exists() or (keys and not any(k in d.name for k in keys)):
            continue
        sums = {f: [0, 0] for f in FIELDS}
        for _, s, _ in scores(d, ns).values():
            for f in FIELDS:
                got, n = _count(s[f]) if s[f] != [] else (0, 0)
                sums[f][0] += got
                sums[f][1] += n
        print(f"{d.name:12}", " ".join(f"{100 * a / max(1, n):5.1f}" for a, n in sums.values()))


def times(out: str) -> None:
    rows = []
    for m in Path(out).glob("*/*.meta"):
        meta = json.loads(m.read_text())
        rows.append((meta["time"], f"{m.parent.name}/{m.name[:-5]}", meta["rc"]))
    rows.sort(reverse=True)
    for took, name, code in rows[:25]:
        print(f"{took:6.2f} {name} rc={code}")
    print("pages", len(rows), "non-zero exits:", sum(code != 0 for *_, code in rows))


if __name__ == "__main__":
    verb, args = sys.argv[1], sys.argv[2:]
    if verb == "dump":
        dump(args[0], args[1], args[2:])
    elif verb == "cmp":
        cmp(args[0], args[1], "-v" in args)
    elif verb == "misses":
        misses(*args[:3])
    elif verb == "rates":
        rates(args[0], args[1:])
    elif verb == "times":
        times(args[0])
    else:
        sys.exit(__doc__)
