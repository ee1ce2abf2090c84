"""The persistent build cache in `.briefkit-cache/` inside the site.

A rebuild should cost what changed, not what exists. What is kept between builds, and what
each entry is keyed by (so a hit can only ever give what a cold build would):

* parsed documents, per site path and sha256 of the file's bytes (`loader.SourceFile.digest`),
  with the diagnostics parsing reported (replayed on a hit);
* rendered Markdown bodies, per document, keyed by its digest and the parts of the link
  context that are the same for every body (autolink mode, raw-HTML switch, the registry's
  names), and valid while every link target the body used (`[[id]]` links and autolinked
  actors) still has the same URL, title and kind. Bodies with diagnostics are not kept;
* rendered pages, per output path: the template fingerprint and a digest of the page's view,
  with the sha256 and the file status of what was written, so an unchanged view reuses the
  page already in the output folder instead of rendering it again;
* the status (size, mtime) of every input at the last successful build, so a build with
  nothing changed skips the pipeline entirely.

Everything is dropped when the *fingerprint* differs: briefkit's version and source files,
Python's version, site.yaml's bytes and the build flags. The file is a pickle (it is the
user's own folder); a missing, corrupt or older-format cache is ignored and the build runs
cold, never fails.
"""

from __future__ import annotations

import dataclasses
import hashlib
import io
import operator
import os
import pickle
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from briefkit import __version__

CACHE_DIR = ".briefkit-cache"
CACHE_FORMAT = 1
_PACKAGE = Path(__file__).resolve().parent
# An input modified this close to the scan may change again within the file system's clock
# tick without its status changing ("racy" in git's words): such files are also hashed.
_RACY_NS = 2_000_000_000

InputStat = tuple[int, int, str | None]  # size, mtime_ns, sha256 when racy
OutStat = tuple[int, int, int]  # size, mtime_ns, inode


@dataclass
class PageRecord:
    """A page as last written: what it was rendered from, and what it is on disk."""

    templates: str  # Renderer.fingerprint() at the time
    view: bytes  # digest of the pickled view
    sha256: str


@dataclass
class CacheState:
    fingerprint: str
    docs: dict[str, tuple[str, Any, list[Any]]] = field(default_factory=dict)  # path -> (digest, doc, diags)
    bodies: dict[str, tuple[bytes, tuple[tuple[str, Any], ...], Any]] = field(default_factory=dict)
    # ^ doc id -> (key, ((target id, LinkTarget | None), ...), RenderedBody)
    pages: dict[str, PageRecord] = field(default_factory=dict)  # output path -> record
    outstat: dict[str, OutStat] = field(default_factory=dict)  # output path -> status after writing
    # The last successful build: its inputs, and what to report when nothing changed.
    inputs: dict[str, InputStat] | None = None
    dest: str | None = None  # the output folder written, absolute
    manifest: OutStat | None = None
    last_diagnostics: list[Any] = field(default_factory=list)
    last_pages: int = 0
    last_files: list[str] = field(default_factory=list)
    loaded: bool = True  # whether docs/bodies/pages were read (see `load`)


def cache_file(site_dir: Path, dest: Path) -> Path:
    """One cache per output folder: `build` and `serve` (which writes elsewhere) do not evict each other."""
    key = hashlib.sha1(os.fsencode(os.path.abspath(dest))).hexdigest()[:16]
    return Path(site_dir) / CACHE_DIR / "build" / f"{key}.pickle"


def spare_dir(site_dir: Path, dest: Path) -> Path:
    """Where the previous output tree is kept for reuse by the next write (see output.write_site)."""
    key = hashlib.sha1(os.fsencode(os.path.abspath(dest))).hexdigest()[:16]
    return Path(site_dir) / CACHE_DIR / "spare" / key


def fingerprint(site_dir: Path, *, dest: Path, drafts: bool, strict: bool, base_url: str | None) -> str:
    """What, when it changes, makes every cached thing suspect."""
    h = hashlib.sha256()
    h.update(repr((CACHE_FORMAT, __version__, sys.version, os.path.abspath(dest), drafts, strict, base_url)).encode())
    try:
        h.update((Path(site_dir) / "site.yaml").read_bytes())
    except OSError:
        h.update(b"\0no site.yaml")
    # briefkit's own code and theme: an upgrade or a local edit of briefkit is a new briefkit.
    for path, st in sorted(_walk(_PACKAGE, skip_dirs=("__pycache__",)).items()):
        if path.endswith((".py", ".html", ".css", ".js", ".svg", ".xml", ".txt", ".json")):
            h.update(f"{path}\0{st[0]}\0{st[1]}\0".encode())
    return h.hexdigest()


def _walk(folder: Path, *, skip_dirs: tuple[str, ...] = ()) -> dict[str, tuple[int, int]]:
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
        for rel, st in _walk(site_dir / sub).items():
            found[f"{sub}/{rel}"] = st
    try:
        st = os.stat(site_dir / "site.yaml")
        found["site.yaml"] = (st.st_size, st.st_mtime_ns)
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


# The state is kept in two files: the small record of the last build (all a no-op build
# needs to read) and the large memo of documents, bodies and pages (read only when building).
_BIG = ("docs", "bodies", "pages")


def load(path: Path, fp: str, *, record_only: bool = False) -> CacheState:
    """The cache at `path` when it is readable and made under the same fingerprint; else empty.

    Anything can be in those files (a crash mid-write of an older briefkit, a user's editor, a
    disk error): every failure means "no cache". With `record_only`, the memo is left unread
    (`state.loaded` says so) and `load_memo` reads it when the build turns out to need it.
    """
    state = CacheState(fp)
    try:
        raw = _read(path, fp)
        if isinstance(raw, CacheState) and raw.fingerprint == fp:
            state = raw
    except Exception:  # noqa: BLE001 - a broken cache is an empty cache
        return CacheState(fp)
    state.loaded = False
    if not record_only:
        load_memo(path, state)
    return state


def load_memo(path: Path, state: CacheState) -> None:
    if state.loaded:
        return
    state.loaded = True
    try:
        memo = _read(_memo_path(path), state.fingerprint)
        if isinstance(memo, dict) and set(memo) == set(_BIG):
            for name in _BIG:
                setattr(state, name, memo[name])
            return
    except Exception:  # noqa: BLE001
        pass
    # No memo: the record alone describes output files this build cannot vouch for.
    state.docs, state.bodies, state.pages = {}, {}, {}


def _memo_path(path: Path) -> Path:
    return path.with_suffix(".memo")


def _read(path: Path, fp: str) -> Any:
    with open(path, "rb") as f:
        raw = pickle.load(f)
    if isinstance(raw, tuple) and len(raw) == 3 and raw[0] == CACHE_FORMAT and raw[1] == fp:
        return raw[2]
    return None


def save(path: Path, state: CacheState, *, memo: bool = True) -> None:
    """Write atomically (temporary file, then rename), so a kill never leaves half a cache.

    The memo is written first and the record last, and both carry the fingerprint, so a
    record never vouches for a memo of another build's making. Failing to save (read-only
    folder, full disk) costs the next build its speed, nothing else.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        ignore = path.parent.parent / ".gitignore"
        if not ignore.exists():
            ignore.write_text("# briefkit's cache: safe to delete, never worth committing\n*\n", encoding="utf-8")
        if memo and state.loaded:
            _write(_memo_path(path), state.fingerprint, {name: getattr(state, name) for name in _BIG})
        record = CacheState(state.fingerprint)
        for name, value in vars(state).items():
            if name not in _BIG:
                setattr(record, name, value)
        _write(path, state.fingerprint, record)
    except Exception:  # noqa: BLE001 - see the docstring
        pass


def _write(path: Path, fp: str, value: Any) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") as f:
            pickle.dump((CACHE_FORMAT, fp, value), f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


class _ViewPickler(pickle.Pickler):
    """Pickles dataclass instances as (class, field values) with the field names looked up once
    per class: the default path for slotted dataclasses calls `dataclasses.fields()` on every
    object, which made digesting a thousand views cost more than rendering the changed pages."""

    _getters: dict[type, Any] = {}

    def reducer_override(self, obj: Any) -> Any:
        cls = type(obj)
        getter = self._getters.get(cls)
        if getter is None:
            names = tuple(f.name for f in dataclasses.fields(cls)) if dataclasses.is_dataclass(cls) else ()
            getter = self._getters[cls] = operator.attrgetter(*names) if len(names) > 1 else (
                (lambda o, n=names[0]: (getattr(o, n),)) if names else False)
        if getter is False:
            return NotImplemented
        values = getter(obj)
        return _dataclass_marker, (cls.__module__, cls.__qualname__, values)


def _dataclass_marker(*args: Any) -> None:  # only ever pickled, never unpickled
    raise TypeError("a view digest is not meant to be unpickled")


def view_digest(view: Any) -> bytes | None:
    """A digest of everything a template can see of a page (None when it cannot be pickled).

    Equal pickles mean equal values, so equal digests can only skip a render that would give
    the same bytes; a different pickle of an equal value costs a render, never a wrong page.
    """
    try:
        buf = io.BytesIO()
        _ViewPickler(buf, protocol=pickle.HIGHEST_PROTOCOL).dump(view)
        return hashlib.blake2b(buf.getbuffer(), digest_size=20).digest()
    except Exception:  # noqa: BLE001 - an unpicklable view is simply always rendered
        return None


def text_digest(*parts: Any) -> bytes:
    return hashlib.blake2b(repr(parts).encode("utf-8"), digest_size=20).digest()


__all__ = [
    "CACHE_DIR", "CacheState", "PageRecord", "cache_file", "fingerprint", "inputs_unchanged", "load", "load_memo",
    "output_intact", "save", "scan_inputs", "spare_dir", "stat_output", "text_digest", "view_digest",
]
