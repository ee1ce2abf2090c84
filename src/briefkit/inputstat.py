"""The status of files on disk: what tells a build that nothing changed without reading anything.

The site's inputs are known by size and mtime (`scan_inputs`), the output's files also by inode
(`stat_output`), as git's index knows a work tree: a file whose status is what was recorded is
taken as unchanged, except one modified within the file system's clock tick of the scan, which
is also hashed (`_RACY_NS`). `cache` records these; the builder and the preview compare them.
"""

from __future__ import annotations

import hashlib
import os
import time
from pathlib import Path

# An input modified this close to the scan may change again within the file system's clock
# tick without its status changing ("racy" in git's words): such files are also hashed.
_RACY_NS = 2_000_000_000

InputStat = tuple[int, int, str | None]  # size, mtime_ns, sha256 when racy
OutStat = tuple[int, int, int]  # size, mtime_ns, inode


def walk(folder: Path, *, skip_dirs: tuple[str, ...] = ()) -> dict[str, tuple[int, int]]:
    """Every file under `folder` -> (size, mtime_ns), by path relative to it; symlinks followed."""
    out: dict[str, tuple[int, int]] = {}
    stack = [(str(folder), "")]
    while stack:
        real, rel = stack.pop()
        try:
            entries = list(os.scandir(real))
        except OSError:
            continue
        for e in entries:
            name = rel + e.name
            try:
                if e.is_dir():
                    if e.name not in skip_dirs:
                        stack.append((e.path, name + "/"))
                    continue
                st = e.stat()
            except OSError:
                continue
            out[name] = (st.st_size, st.st_mtime_ns)
    return out


def scan_inputs(site_dir: Path) -> dict[str, InputStat]:
    """The status of every file a build reads from the site: site.yaml, content/, templates/, static/."""
    site_dir = Path(site_dir)
    found: dict[str, tuple[int, int]] = {}
    for sub in ("content", "templates", "static"):
        for rel, st in walk(site_dir / sub).items():
            found[f"{sub}/{rel}"] = st
    try:
        info = os.stat(site_dir / "site.yaml")
        found["site.yaml"] = (info.st_size, info.st_mtime_ns)
    except OSError:
        pass
    now = time.time_ns()
    out: dict[str, InputStat] = {}
    for rel, (size, mtime) in found.items():
        digest = None
        if mtime >= now - _RACY_NS:
            try:
                digest = hashlib.sha256((site_dir / rel).read_bytes()).hexdigest()
            except OSError:
                digest = "unreadable"
        out[rel] = (size, mtime, digest)
    return out


def inputs_unchanged(site_dir: Path, recorded: dict[str, InputStat], now: dict[str, InputStat]) -> bool:
    if recorded.keys() != now.keys():
        return False
    for rel, (size, mtime, digest) in recorded.items():
        n_size, n_mtime, n_digest = now[rel]
        if (size, mtime) != (n_size, n_mtime):
            return False
        if digest is not None or n_digest is not None:
            # Recorded while racy: only the bytes can tell. `now` hashed it if it is still racy.
            current = n_digest
            if current is None:
                try:
                    current = hashlib.sha256((Path(site_dir) / rel).read_bytes()).hexdigest()
                except OSError:
                    return False
            if current != digest:
                return False
    return True


def stat_key(path: Path) -> tuple[int, int, int] | None:
    """Size, mtime and inode of a file: whether the cache file on disk is still the one this process wrote."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_size, st.st_mtime_ns, st.st_ino)


def stat_output(dest: Path, paths: list[str]) -> dict[str, OutStat]:
    out: dict[str, OutStat] = {}
    for rel in paths:
        try:
            st = os.lstat(os.path.join(dest, rel))
        except OSError:
            continue
        out[rel] = (st.st_size, st.st_mtime_ns, st.st_ino)
    return out


def output_intact(dest: Path, recorded: dict[str, OutStat]) -> bool:
    """Every file the last build wrote is still there, untouched (same size, mtime and inode)."""
    for rel, st in recorded.items():
        try:
            now = os.lstat(os.path.join(dest, rel))
        except OSError:
            return False
        if (now.st_size, now.st_mtime_ns, now.st_ino) != st:
            return False
    return True
