"""Nothing lost: a build SIGKILLed at any moment leaves the last good output, byte for byte.

A 1,500-briefing site from bench/corpus.py is built once (the last good output), one briefing
is edited so every later build would change the output, then `briefkit build` subprocesses are
killed with SIGKILL after random delays spread over a build's duration. After each kill the
output tree hashes the same as the last good build; the next build succeeds, reflects the edit
and leaves no staging or aside folder behind. Refusals (a folder of someone else's files, the
site itself) and manifest-based removal of stale pages are tested on a small site.
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def _tree_hash(root: Path) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}


def _build(site: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "briefkit", "build", "--site", str(site), *args],
                          capture_output=True, text=True, timeout=180)


def _leftovers(site: Path) -> list[str]:
    """Staging or aside folders of a killed build, named `.output.briefkit-<kind>-<pid>-<token>`."""
    return sorted(p.name for p in site.iterdir() if p.name.startswith(".output.briefkit-"))


@pytest.mark.slow
def test_sigkill_at_any_moment_keeps_the_last_good_output(tmp_path: Path) -> None:
    site = tmp_path / "big"
    subprocess.run([sys.executable, str(REPO / "bench/corpus.py"), "--briefings", "1500", "--out", str(site)],
                   check=True, capture_output=True, timeout=120)
    t0 = time.monotonic()
    first = _build(site)
    duration = time.monotonic() - t0
    assert first.returncode == 0, first.stdout + first.stderr
    good = _tree_hash(site / "output")
    assert len(good) > 1500

    victim = sorted((site / "content/briefings").glob("*.md"))[0]
    victim.write_text(victim.read_text(encoding="utf-8").replace("\n---\n", "\n---\nKILLTEST-EDIT paragraph.\n\n", 1),
                      encoding="utf-8")
    # What a build of the edited content gives, made in a copy: a kill that lands after the
    # atomic swap leaves this complete new site, which is as good as the old one.
    twin = tmp_path / "twin"
    shutil.copytree(site, twin, ignore=shutil.ignore_patterns("output", ".briefkit-cache"))
    assert _build(twin).returncode == 0
    edited = _tree_hash(twin / "output")
    assert edited != good
    rng = random.Random(7)
    delays = sorted(rng.uniform(0.05, duration) for _ in range(10))
    env = dict(os.environ)
    for delay in delays:
        proc = subprocess.Popen([sys.executable, "-m", "briefkit", "build", "--site", str(site)],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        now = _tree_hash(site / "output")
        assert now in (good, edited), f"output is neither the old nor the new site after a kill at {delay:.2f}s"
        good = now  # once the new site is in, no later kill may bring back the old one

    last = _build(site)
    assert last.returncode == 0, last.stdout + last.stderr
    assert _leftovers(site) == [], f"leftover staging/aside folders after a clean build: {_leftovers(site)} {[sorted(os.listdir(site / x))[:5] for x in _leftovers(site)]}"
    pages = list((site / "output").rglob("index.html"))
    assert any("KILLTEST-EDIT" in p.read_text(encoding="utf-8") for p in pages)


def test_building_into_someone_elses_folder_is_refused(make_site, tmp_path: Path) -> None:
    site = make_site()
    theirs = tmp_path / "their-files"
    theirs.mkdir()
    (theirs / "thesis.docx").write_bytes(b"precious")
    (theirs / "sub").mkdir()
    (theirs / "sub/notes.txt").write_text("precious")
    before = _tree_hash(theirs)
    r = _build(site, "--output", str(theirs))
    assert r.returncode != 0 and "Traceback" not in r.stderr
    assert "not created by briefkit" in r.stdout + r.stderr
    assert _tree_hash(theirs) == before and sorted(p.name for p in theirs.iterdir()) == ["sub", "thesis.docx"]


@pytest.mark.parametrize("target", [".", "content", "..", "templates", "content/briefings"])
def test_building_into_the_site_itself_is_refused(make_site, target: str) -> None:
    site = make_site()
    (site / "templates").mkdir(exist_ok=True)
    before = _tree_hash(site.parent)
    r = _build(site, "--output", str(site / target))
    assert r.returncode != 0 and "Traceback" not in r.stderr, r.stdout + r.stderr
    assert "output folder" in r.stdout + r.stderr
    assert _tree_hash(site.parent) == before


def test_stale_pages_go_by_the_manifest_and_foreign_neighbours_stay(make_site, tmp_path: Path) -> None:
    site = make_site({"content/briefings/second.md": "---\ntitle: Second\nsummary: s\ndate: 2024-03-01\n---\nx\n"})
    out = tmp_path / "pub" / "out"
    neighbour = tmp_path / "pub" / "keep.txt"
    neighbour.parent.mkdir()
    neighbour.write_text("mine")
    assert _build(site, "--output", str(out)).returncode == 0
    assert (out / "briefings/second/index.html").is_file()
    (site / "content/briefings/second.md").unlink()
    r = _build(site, "--output", str(out))
    assert r.returncode == 0, r.stdout + r.stderr
    assert not (out / "briefings/second").exists()
    assert (out / "briefings/a-gift/index.html").is_file()
    assert neighbour.read_text() == "mine"
    assert sorted(p.name for p in out.parent.iterdir()) == ["keep.txt", "out"]


def test_a_failed_build_keeps_the_last_good_output(make_site) -> None:
    site = make_site()
    assert _build(site).returncode == 0
    good = _tree_hash(site / "output")
    (site / "content/briefings/a-gift.md").write_text("---\ntitle: broken\n")
    r = _build(site)
    assert r.returncode == 1 and "content/briefings/a-gift.md" in r.stdout + r.stderr
    assert _tree_hash(site / "output") == good
