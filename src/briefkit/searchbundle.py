"""The search bundle as files: read from the folder Pagefind wrote, and kept in the cache as
one file (`store_files` / `load_files`), so a build whose pages did not change reuses it byte
for byte (see `search` for why the bundle is cached at all)."""

from __future__ import annotations

import os
import shutil
import struct
from pathlib import Path

from briefkit.output import OutputFile

BUNDLE_DIR = "pagefind"  # site path of the search bundle
BUNDLE_SUFFIX = ".bundle"  # a cached bundle: one file, see `store_files`
BUNDLE_MAGIC = b"briefkit search bundle 1\n"


def read_bundle(folder: Path) -> list[OutputFile]:
    """The files Pagefind wrote under `folder`, as output files under the site's `BUNDLE_DIR`."""
    files = []
    for p in sorted(folder.rglob("*")):
        if p.is_file():
            files.append(OutputFile(f"{BUNDLE_DIR}/{p.relative_to(folder).as_posix()}", p.read_bytes()))
    return files


def store_files(cache_root: Path, key: str, files: list[OutputFile]) -> None:
    """Keep this bundle as the only cached one on disk (an older key is never hit again cheaply).

    One file per bundle (`BUNDLE_MAGIC`, then per file: the lengths of its path and bytes, the
    path, the bytes): a bundle is a thousand small files at 1,000 pages, and writing them one by
    one took a cold build ~0.4 s. Written beside, then renamed: a present file is a whole one.
    """
    try:
        cache_root.mkdir(parents=True, exist_ok=True)
        for old in cache_root.iterdir():
            if old.name != key + BUNDLE_SUFFIX:
                if old.is_dir():
                    shutil.rmtree(old, ignore_errors=True)
                else:
                    old.unlink(missing_ok=True)
        parts = [BUNDLE_MAGIC]
        for f in files:
            path, data = f.path.encode("utf-8"), f.read()
            parts += [struct.pack("<IQ", len(path), len(data)), path, data]
        tmp = cache_root / f".{key}.tmp"
        tmp.write_bytes(b"".join(parts))
        os.replace(tmp, cache_root / (key + BUNDLE_SUFFIX))
    except OSError:
        pass  # a cache that cannot be written only costs the next build some time


def load_files(path: Path) -> list[OutputFile] | None:
    """The bundle `store_files` kept in this file; None when it is missing or not one."""
    try:
        blob = path.read_bytes()
    except OSError:
        return None
    if not blob.startswith(BUNDLE_MAGIC):
        return None
    files, at, head = [], len(BUNDLE_MAGIC), struct.calcsize("<IQ")
    try:
        while at < len(blob):
            n, size = struct.unpack_from("<IQ", blob, at)
            at += head
            name = blob[at : at + n].decode("utf-8")
            at += n
            if at + size > len(blob):
                return None
            files.append(OutputFile(name, blob[at : at + size]))
            at += size
    except (struct.error, UnicodeDecodeError):
        return None
    return files
