"""`briefkit new DIR`: a new site that builds cleanly, to edit into your own.

The files come from `briefkit/scaffold/` (one briefing, one actor, one sanction, site.yaml and
an empty templates/ folder explained by a README line). DIR must be new or empty: scaffolding
never overwrites anything.
"""

from __future__ import annotations

import argparse
import shlex
import shutil
import sys
from pathlib import Path

SCAFFOLD = Path(__file__).resolve().parent.parent / "scaffold"
GITIGNORE = "output/\n.briefkit-cache/\n"  # package data skips dotfiles, so it is written here
EMPTY_DIRS = ("content/images", "static")


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("dir", metavar="DIR", help="the folder to create (must be new or empty)")


def run(args: argparse.Namespace) -> int:
    return _new(Path(args.dir))


def _new(target: Path) -> int:
    if target.exists() and not target.is_dir():
        print(f"error: {target} is a file", file=sys.stderr)
        print("  hint: choose a new folder name: briefkit new my-site", file=sys.stderr)
        return 1
    if target.is_dir() and any(target.iterdir()):
        print(f"error: {target} is not empty; briefkit new only creates new sites", file=sys.stderr)
        print("  hint: choose a new folder name: briefkit new my-site", file=sys.stderr)
        return 1
    target.mkdir(parents=True, exist_ok=True)
    shutil.copytree(SCAFFOLD, target, dirs_exist_ok=True, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    for folder in EMPTY_DIRS:
        (target / folder).mkdir(parents=True, exist_ok=True)
    (target / ".gitignore").write_text(GITIGNORE, encoding="utf-8")
    print(f"created a new site in {target}/")
    # Not "open output/index.html": the pages link from the site's root (/static/…), which a
    # file:// URL does not have, so the preview server is the way to look at a fresh site.
    print(f"  next: cd {shlex.quote(str(target))} && briefkit serve   (then open http://127.0.0.1:8000/)")
    return 0
