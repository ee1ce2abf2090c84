"""Confinement: briefkit reads only the site and writes only its output folder (and cache).

An image `src` that leaves the site is an error; symlinks out of content/, images/, static/ and
templates/ are errors or are not followed; a build run under a temporary HOME changes nothing
outside the site's output/ and .briefkit-cache/ (checked by hashing the whole tree around it).
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

SECRET = "TOP-SECRET-OUTSIDE-THE-SITE"


def _run(site: Path, *args: str, env: dict | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "briefkit", *args, "--site", str(site)], capture_output=True,
                          text=True, timeout=120, env=env, cwd=cwd)


def _briefing_with_image(src: str) -> str:
    return ("---\ntitle: T\nsummary: S\ndate: 2024-01-01\nimages:\n"
            f"  - {{src: '{src}', alt: a, caption: c, credit: d}}\n---\nBody.\n")


def _published_bytes(out: Path) -> bytes:
    return b"".join(p.read_bytes() for p in out.rglob("*") if p.is_file()) if out.is_dir() else b""


@pytest.mark.parametrize("src", ["../../outside.png", "../site.yaml", "/etc/passwd", "images/../../x.png",
                                 "images/../../../outside.png", "file:///etc/passwd", "\\\\server\\share\\x.png"])
def test_image_src_leaving_the_site_is_an_error(make_site, tmp_path: Path, src: str) -> None:
    (tmp_path / "outside.png").write_text(SECRET)
    site = make_site({"content/briefings/pic.md": _briefing_with_image(src)})
    r = _run(site, "build")
    said = r.stdout + r.stderr
    assert r.returncode == 1, said
    assert "content/briefings/pic.md:" in said and "Traceback" not in said
    assert SECRET.encode() not in _published_bytes(site / "output")


def test_symlinked_document_outside_content_is_an_error(make_site, tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere.md"
    outside.write_text("---\nname: Outside\nkind: person\n---\n" + SECRET + "\n")
    site = make_site()
    (site / "content/actors/outside.md").symlink_to(outside)
    r = _run(site, "build")
    said = r.stdout + r.stderr
    assert r.returncode == 1 and "content/actors/outside.md" in said and "outside" in said
    assert SECRET.encode() not in _published_bytes(site / "output")


@pytest.mark.parametrize("where", ["content/images/leak.png", "static/leak.txt", "static"])
def test_symlinks_out_of_images_and_static_are_not_followed(make_site, tmp_path: Path, where: str) -> None:
    secret_dir = tmp_path / "secret"
    secret_dir.mkdir()
    (secret_dir / "leak.txt").write_text(SECRET)
    (secret_dir / "leak.png").write_text(SECRET)
    site = make_site()
    link = site / where
    link.parent.mkdir(parents=True, exist_ok=True)
    link.symlink_to(secret_dir if where == "static" else secret_dir / Path(where).name)
    r = _run(site, "build")
    assert "Traceback" not in r.stderr
    assert SECRET.encode() not in _published_bytes(site / "output")


@pytest.mark.parametrize("where", ["templates", "templates/base.html"])
def test_symlinked_templates_out_of_the_site(make_site, tmp_path: Path, where: str) -> None:
    """Templates are code the site owner trusts; still, a link out of the site must not be read."""
    secret_dir = tmp_path / "secret"
    secret_dir.mkdir()
    (secret_dir / "base.html").write_text(SECRET)
    site = make_site()
    link = site / where
    link.parent.mkdir(parents=True, exist_ok=True)
    link.symlink_to(secret_dir if where == "templates" else secret_dir / "base.html")
    r = _run(site, "build")
    assert "Traceback" not in r.stderr
    assert SECRET.encode() not in _published_bytes(site / "output"), \
        "a template symlinked from outside the site was rendered into the output"


def _snapshot(root: Path, skip: tuple[Path, ...]) -> dict[str, str]:
    out = {}
    for dirpath, dirnames, filenames in os.walk(root):
        d = Path(dirpath)
        dirnames[:] = [n for n in dirnames if not any((d / n) == s for s in skip)]
        for n in dirnames + filenames:
            p = d / n
            key = p.relative_to(root).as_posix()
            out[key] = hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() and not p.is_symlink() else "d"
    return out


def test_build_and_check_write_nothing_outside_the_output(make_site, tmp_path: Path) -> None:
    site = make_site()
    home = tmp_path / "home"
    home.mkdir()
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    env = dict(os.environ, HOME=str(home), XDG_CACHE_HOME=str(home / ".cache"), TMPDIR=str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    skip = (site / "output", site / ".briefkit-cache")
    before = _snapshot(tmp_path, skip)
    r = _run(site, "check", env=env, cwd=cwd)
    assert r.returncode == 0, r.stdout + r.stderr
    assert _snapshot(tmp_path, ()) == before, "check wrote files"
    r = _run(site, "build", env=env, cwd=cwd)
    assert r.returncode == 0, r.stdout + r.stderr
    r = _run(site, "build", env=env, cwd=cwd)  # a second build: the swap and cleanup path
    assert r.returncode == 0, r.stdout + r.stderr
    after = _snapshot(tmp_path, skip)
    assert after == before, f"files changed outside output/: {sorted(set(after) ^ set(before))}"
    assert (site / "output/index.html").is_file()


def test_static_symlink_to_elsewhere_in_the_site_is_not_published(make_site) -> None:
    """static/ publishes static/: a link to site.yaml, .git or drafts is not a static file."""
    site = make_site()
    (site / "private-notes.txt").write_text(SECRET)
    (site / "static").mkdir()
    (site / "static/notes.txt").symlink_to(Path("../private-notes.txt"))
    r = _run(site, "build")
    assert "Traceback" not in r.stderr
    assert SECRET.encode() not in _published_bytes(site / "output")
