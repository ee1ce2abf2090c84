"""The example site, built, compared page by page with tests/golden/.

A change to templates, content or the pipeline that alters the output fails here until the
golden copy is regenerated on purpose, and the diff of tests/golden/ in the commit shows the
reviewer exactly what users will see change:

    python -m pytest tests/test_golden.py --update-golden
"""

from __future__ import annotations

import difflib
import shutil
from pathlib import Path

import pytest

from briefkit.build import build

REPO = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).parent / "golden" / "example"
# Text outputs a reader or a crawler sees; the search index is a binary bundle of its own, and
# static/ holds the theme's files copied as they are (tests/test_build.py checks the copy).
SUFFIXES = {".html", ".xml", ".txt", ".css", ".json", ".svg"}


def _text_files(root: Path) -> dict[str, str]:
    out = {}
    for p in sorted(root.rglob("*")):
        rel = p.relative_to(root).as_posix()
        if p.is_file() and p.suffix in SUFFIXES and not rel.startswith(("pagefind/", "static/", ".")):
            out[rel] = p.read_text(encoding="utf-8")
    return out


def test_example_site_matches_golden(tmp_path, request):
    site = tmp_path / "site"
    shutil.copytree(REPO, site, ignore=shutil.ignore_patterns(
        "output", ".briefkit-cache", ".git", "tests", "bench", "src", "*.egg-info", "__pycache__"))
    result = build(site, output=tmp_path / "out", base_url="https://example.org/")
    assert result.ok, [d.format() for d in result.diagnostics]
    built = _text_files(tmp_path / "out")

    if request.config.getoption("--update-golden"):
        shutil.rmtree(GOLDEN, ignore_errors=True)
        for rel, text in built.items():
            (GOLDEN / rel).parent.mkdir(parents=True, exist_ok=True)
            (GOLDEN / rel).write_text(text, encoding="utf-8")
        pytest.skip("golden output rewritten")

    assert GOLDEN.is_dir(), "no golden copy yet: run python -m pytest tests/test_golden.py --update-golden"
    golden = _text_files(GOLDEN)
    assert sorted(built) == sorted(golden), "pages added or removed; regenerate with --update-golden"
    for rel in golden:
        if built[rel] != golden[rel]:
            diff = "".join(list(difflib.unified_diff(
                golden[rel].splitlines(True), built[rel].splitlines(True), f"golden/{rel}", f"built/{rel}"))[:60])
            pytest.fail(f"{rel} differs from the golden copy (regenerate with --update-golden if intended):\n{diff}")
