"""The manifest that marks an output folder as briefkit's: every file and its sha256.

A folder with `.briefkit-manifest.json` is briefkit's to replace; a staging folder carries
the staging mark until its manifest is written (see `output`).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

MANIFEST_NAME = ".briefkit-manifest.json"
MANIFEST_FORMAT = 1
STAGING_MARK = ".briefkit-staging"  # present in a staging folder until its manifest is written


def read_manifest(dest: Path) -> dict[str, str]:
    """The previous build's file hashes; empty when there is none or it is unreadable."""
    try:
        raw = json.loads((dest / MANIFEST_NAME).read_text(encoding="utf-8"))
        files = raw["files"]
        return {str(k): str(v) for k, v in files.items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}


def write_manifest(path: Path, hashes: dict[str, str]) -> None:
    body = {"generator": "briefkit", "format": MANIFEST_FORMAT, "files": dict(sorted(hashes.items()))}
    path.write_text(json.dumps(body, indent=1, sort_keys=True) + "\n", encoding="utf-8")


def existing_files(dest: Path) -> set[str]:
    """Every file under `dest` (symlinks included and not followed; the manifest and staging
    mark left out)."""
    found: set[str] = set()
    if not dest.is_dir():
        return found
    stack = [(str(dest), "")]
    while stack:
        real, rel = stack.pop()
        with os.scandir(real) as entries:
            for e in entries:
                if e.is_dir(follow_symlinks=False):
                    stack.append((e.path, rel + e.name + "/"))
                else:
                    found.add(rel + e.name)
    found.discard(MANIFEST_NAME)
    found.discard(STAGING_MARK)
    return found


# --------------------------------------------------------------------------- the swap
