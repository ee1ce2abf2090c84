"""`briefkit import --stdout` of every shared real page, once per test session.

Two tests read the same imports (`test_import_validity` checks the briefings, `test_import_quality`
scores their fields): importing the 480 pages once instead of twice saves a minute of the suite.
The pages are other people's and stay in `../shared/`; they are written to a temporary folder
only to be imported.
"""

from __future__ import annotations

import contextlib
import gzip
import io
import json
import os
import tempfile
from concurrent.futures import ProcessPoolExecutor
from functools import cache
from pathlib import Path

# `../shared` beside the checkout (or beside the folder of worktrees the checkout is one of)
SHARED = next(
    (p / "shared" for p in Path(__file__).resolve().parents[2:4] if (p / "shared" / "realpages").is_dir()),
    Path(__file__).resolve().parents[2] / "shared",
)


def present(corpus: str) -> bool:
    return (SHARED / corpus / "expected.json").is_file()


def expected(corpus: str) -> dict:
    return json.loads((SHARED / corpus / "expected.json").read_text(encoding="utf-8"))


def _import_one(args: tuple[str, str]) -> tuple[str, int, str, str]:
    from briefkit.cli import main

    page, site = args
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["import", page, "--stdout", "--site", site])
    return Path(page).name, code, out.getvalue(), err.getvalue()


@cache
def imported(corpus: str) -> tuple[tuple[str, int, str, str], ...]:
    """(expected.json's name, exit code, stdout, stderr) of each page, in name order."""
    folder = SHARED / corpus
    with tempfile.TemporaryDirectory() as tmp:
        pages, site = Path(tmp) / "pages", Path(tmp) / "site"
        pages.mkdir()
        (site / "content" / "briefings").mkdir(parents=True)
        (site / "site.yaml").write_text("title: T\nbase_url: https://notes.example.org/\n", encoding="utf-8")
        names = sorted(expected(corpus))
        for name in names:
            data = (folder / name).read_bytes()
            (pages / name.removesuffix(".gz")).write_bytes(gzip.decompress(data) if name.endswith(".gz") else data)
        jobs = [(str(pages / name.removesuffix(".gz")), str(site)) for name in names]
        with ProcessPoolExecutor(max(1, min(2, os.cpu_count() or 1))) as pool:
            results = list(pool.map(_import_one, jobs, chunksize=8))
    return tuple((name, code, out, err) for name, (_, code, out, err) in zip(names, results, strict=True))
