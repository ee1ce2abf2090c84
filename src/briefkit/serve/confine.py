"""URL path → file in the served folder, refusing anything that would leave it.

Pure apart from `resolve_file`'s look at the disk. Browsers normalise `/../` before sending,
but curl, scripts and hostile pages need not, so the server sees raw paths: `..` segments
(plain or percent-encoded, `%2e%2e`, `%2E%2e`, double-encoded stays literal), backslashes,
NUL bytes, and symlinks whose target lies outside the folder are all refused.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from urllib.parse import unquote


class Outcome(StrEnum):
    FILE = "file"  # serve `path`
    REDIRECT = "redirect"  # send the browser to `location`
    NOT_FOUND = "not_found"
    FORBIDDEN = "forbidden"


@dataclass(frozen=True)
class Resolved:
    outcome: Outcome
    path: Path | None = None
    location: str | None = None


def site_relative(url_path: str, base_path: str) -> str | None:
    """The decoded path inside the site ("briefings/x/"), or None when it is not under base_path.

    Raises ValueError for a path that tries to climb out (`..`, `\\`, NUL), so the caller
    answers 403 whatever the base path.
    """
    decoded = unquote(url_path, errors="strict") if "%" in url_path else url_path
    if "\x00" in decoded or "\\" in decoded:
        raise ValueError("forbidden character in path")
    segments = decoded.split("/")
    if any(s in ("..", ".") for s in segments):
        raise ValueError("path climbs out of the site")
    if not decoded.startswith("/"):
        decoded = "/" + decoded
    base = base_path if base_path.endswith("/") else base_path + "/"
    if decoded + "/" == base:
        return ""  # "/repo" for base "/repo/": the caller redirects
    if not decoded.startswith(base):
        return None
    return decoded[len(base) :]


def resolve_file(root: Path, rel: str, url_path: str) -> Resolved:
    """Find the file for a site-relative path under `root`, following the static-host rules.

    `dir/` serves `dir/index.html`; `dir` (no slash) redirects to `dir/` so relative links
    inside the page resolve as they will in production.
    """
    real_root = Path(os.path.realpath(root))
    candidate = Path(os.path.realpath(real_root / rel)) if rel else real_root
    if candidate != real_root and real_root not in candidate.parents:
        return Resolved(Outcome.FORBIDDEN)  # a symlink pointing out of the site
    if candidate.is_dir():
        if rel and not rel.endswith("/"):
            return Resolved(Outcome.REDIRECT, location=url_path + "/")
        candidate = candidate / "index.html"
        if real_root not in Path(os.path.realpath(candidate)).parents:
            return Resolved(Outcome.FORBIDDEN)
    if candidate.is_file():
        return Resolved(Outcome.FILE, path=candidate)
    return Resolved(Outcome.NOT_FOUND)
