"""Each fixture under tests/sites/invalid/ holds one fault laid over tests/sites/full/.

As a user meets them: `briefkit check` and `briefkit build` exit 1, name the file, line and
culprit (and the suggestion), print no traceback, and leave the last good output/ as it was.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SITES = Path(__file__).parent / "sites"
CASES = sorted(p.name for p in (SITES / "invalid").iterdir() if p.is_dir())


def briefkit(site: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "briefkit", *args, "--site", str(site)],
                          capture_output=True, text=True, timeout=120)


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_full_fixture_site_is_clean(tmp_path):
    site = tmp_path / "site"
    shutil.copytree(SITES / "full", site)
    result = briefkit(site, "check", "--strict")
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("case", CASES)
def test_one_fault(tmp_path, case):
    site = tmp_path / "site"
    shutil.copytree(SITES / "full", site)
    good = briefkit(site, "build")
    assert good.returncode == 0, good.stderr
    before = snapshot(site / "output")
    assert "index.html" in before

    overlay = SITES / "invalid" / case
    shutil.copytree(overlay, site, dirs_exist_ok=True)
    (site / "EXPECTED").unlink()
    expected = (overlay / "EXPECTED").read_text(encoding="utf-8").splitlines()

    for verb in ("check", "build"):
        result = briefkit(site, verb)
        assert result.returncode == 1, (verb, result.stdout, result.stderr)
        out = result.stdout + result.stderr
        assert "Traceback" not in out
        for line in expected:
            assert line in out, f"{verb}: expected {line!r} in:\n{out}"
    assert snapshot(site / "output") == before
