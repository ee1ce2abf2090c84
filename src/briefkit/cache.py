"""The persistent build cache in `.briefkit-cache/` inside the site.

A rebuild should cost what changed, not what exists. What is kept between builds, and what
each entry is keyed by (so a hit can only ever give what a cold build would):

* parsed documents, per site path and sha256 of the file's bytes (`loader.SourceFile.digest`),
  with the diagnostics parsing reported (replayed on a hit);
* rendered Markdown bodies, per document, keyed by its digest and the parts of the link
  context that are the same for every body (autolink mode, raw-HTML switch, the registry's
  names), and valid while every link target the body used (`[[id]]` links and autolinked
  actors) still has the same URL, title and kind. Bodies with diagnostics are not kept;
* rendered pages, per output path: the template fingerprint and the page's dependency key (see
  `pagekeys.page_jobs`), with the sha256 and the file status of what was written, so a page
  whose key is unchanged is not even planned: the page already in the output folder is
  reused. (A page whose key changed is rendered again; digesting its view first to skip
  equal ones cost a cold build a tenth of its render stage and saved an edit almost nothing.)
* the relations `assemble` computed last (backlinks, related, previous/next...), with every
  value they were computed from: reused while those values are equal;
* the status (size, mtime) of every input at the last successful build, so a build with
  nothing changed skips the pipeline entirely.

Everything is dropped when the *fingerprint* differs: briefkit's version and source files,
Python's version, site.yaml's bytes and the build flags. The files are pickles (it is the
user's own folder); a missing, corrupt or older-format cache is ignored and the build runs
cold, never fails.
"""

from __future__ import annotations

import hashlib
import io
import os
import pickle
import sys
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from briefkit import __version__
from briefkit.inputstat import (
    InputStat,
    OutStat,
    inputs_unchanged,
    output_intact,
    scan_inputs,
    stat_key,
    stat_output,
    walk,
)
from briefkit.pickling import Pickler

CACHE_DIR = ".briefkit-cache"
CACHE_FORMAT = 12
_PACKAGE = Path(__file__).resolve().parent


@dataclass
class PageRecord:
    """A page as last written: what it was rendered from, and what it is on disk."""

    templates: str  # Renderer.fingerprint() at the time
    sha256: str
    key: bytes  # `pagekeys.page_jobs` dependency key: equal means an equal view, so not even planned
    entry: Any = None  # the page's sitemap entry, given back when the page is not planned


@dataclass
class CacheState:
    fingerprint: str
    content_fp: str = ""  # `content_fingerprint` of the build that made it (see `seed_memo`)
    docs: dict[str, tuple[str, Any, list[Any]]] = field(default_factory=dict)  # path -> (digest, doc, diags)
    # id -> (key, the link targets it read, the rendered body, its digest)
    bodies: dict[str, tuple[bytes, tuple[tuple[str, Any], ...], Any, bytes]] = field(default_factory=dict)
    # ^ doc id -> (key, ((target id, LinkTarget | None), ...), RenderedBody, pagekeys.body_digest of it)
    pages: dict[str, PageRecord] = field(default_factory=dict)  # output path -> record
    assembled: dict[str, Any] = field(default_factory=dict)  # `assemble`'s memo: its last relations
    outstat: dict[str, OutStat] = field(default_factory=dict)  # output path -> status after writing
    # content file -> (size, mtime_ns, sha256) when it was last read, not racy and without
    # problems: a file whose status is still that is not read again (its parsed document is
    # taken from `docs` by that sha256)
    sources: dict[str, tuple[int, int, str]] = field(default_factory=dict)
    # The last successful build: its inputs, and what to report when nothing changed.
    inputs: dict[str, InputStat] | None = None
    dest: str | None = None  # the output folder written, absolute
    manifest: OutStat | None = None
    # feeds and sitemap.xml in the output -> (digest of what they were made from, sha256)
    site_files: dict[str, tuple[bytes, str]] = field(default_factory=dict)
    # what the output's pages were made from: relations token, per-document digests (build.render_pages.built_from)
    built: dict[str, Any] = field(default_factory=dict)
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


def fingerprints(site_dir: Path, *, dest: Path, drafts: bool, strict: bool, base_url: str | None) -> tuple[str, str]:
    """The cache's fingerprint (what, when it changes, makes every cached thing suspect) and the
    `content_fingerprint` it is made from, for one walk of the package."""
    content_fp = content_fingerprint(site_dir, drafts=drafts, strict=strict)
    fp = hashlib.sha256(repr((content_fp, os.path.abspath(dest), base_url)).encode()).hexdigest()
    return fp, content_fp


def content_fingerprint(site_dir: Path, *, drafts: bool, strict: bool) -> str:
    """What parsed documents and rendered bodies depend on besides their own bytes and link
    targets (which each entry checks itself): not the output folder nor the base URL, so a
    cold cache can take them from another output folder's (`seed_memo`)."""
    h = hashlib.sha256()
    h.update(repr((CACHE_FORMAT, __version__, sys.version, drafts, strict)).encode())
    try:
        h.update((Path(site_dir) / "site.yaml").read_bytes())
    except OSError:
        h.update(b"\0no site.yaml")
    # briefkit's own code and theme: an upgrade or a local edit of briefkit is a new briefkit.
    for path, st in sorted(walk(_PACKAGE, skip_dirs=("__pycache__",)).items()):
        if path.endswith((".py", ".html", ".css", ".js", ".svg", ".xml", ".txt", ".json")):
            h.update(f"{path}\0{st[0]}\0{st[1]}\0".encode())
    return h.hexdigest()


# The state is kept in two parts: the small record of the last build (all a no-op build needs
# to read), and the large memo of documents, bodies, pages and relations (read only when building), split
# by key into shards so that a build rewrites only the shards whose entries it changed: an edit
# of one briefing writes a few small files instead of the whole 20 MB memo.
_BIG = ("docs", "bodies", "pages", "assembled")
_SHARDS = 16


class Tracked(dict):
    """A dict that remembers which keys were set or removed since it was loaded or saved."""

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.dirty: set[Any] = set()

    def __setitem__(self, key: Any, value: Any) -> None:
        super().__setitem__(key, value)
        self.dirty.add(key)

    def __delitem__(self, key: Any) -> None:
        super().__delitem__(key)
        self.dirty.add(key)

    def pop(self, key: Any, *default: Any) -> Any:
        if key in self:
            self.dirty.add(key)
        return super().pop(key, *default)

    def __reduce__(self) -> Any:  # pickled as the plain dict it is
        return dict, (dict(self),)


def _shard(key: str) -> int:
    return zlib.crc32(key.encode("utf-8", "surrogatepass")) % _SHARDS


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
    """Read the memo's shards. Every entry checks itself when used (documents and bodies by
    digest, pages against the output's manifest and file status), so shards written by
    different builds of the same fingerprint mix safely; a missing or broken shard is empty."""
    if state.loaded:
        return
    state.loaded = True
    for name in _BIG:
        setattr(state, name, Tracked(_read_part(path, name, state.fingerprint)))


def _read_part(path: Path, name: str, fp: str) -> dict[Any, Any]:
    """One part of the memo, its shards merged; a missing or broken shard is empty."""
    merged: dict[Any, Any] = {}
    for i in range(_SHARDS):
        try:
            part = _read(_shard_path(path, name, i), fp)
        except Exception:  # noqa: BLE001
            continue
        if isinstance(part, dict):
            merged.update(part)
    return merged


# The parts of the memo that do not depend on the output folder or the base URL.
_SHAREABLE = ("docs", "bodies")


def seed_memo(path: Path, state: CacheState) -> bool:
    """A memo with no documents nor bodies takes those of another output folder's cache made
    under the same `content_fingerprint`, its newest: the preview's first build after a
    `briefkit build` (and a build after a preview) then parses and renders only the files
    changed since, where it parsed every file (a cold start's longest stage). Each entry checks
    itself when used (documents by digest, bodies by digest and link targets), as in its own
    memo. Whether any was taken."""
    if not state.content_fp or state.docs or state.bodies:
        return False
    try:
        others = sorted(
            (p for p in path.parent.glob("*.pickle") if p != path), key=lambda p: p.stat().st_mtime, reverse=True
        )
    except OSError:
        return False
    for other in others:
        try:
            with open(other, "rb") as f:
                raw = pickle.load(f)
        except Exception:  # noqa: BLE001 - someone else's broken cache: not ours to trust
            continue
        if not (isinstance(raw, tuple) and len(raw) == 3 and raw[0] == CACHE_FORMAT):
            continue
        record = raw[2]
        if not isinstance(record, CacheState) or record.content_fp != state.content_fp:
            continue
        for name in _SHAREABLE:  # a plain dict: every shard of ours is written when saved
            setattr(state, name, _read_part(other, name, record.fingerprint))
        if not state.sources:  # the files' status when that build read them: unchanged ones are not read again
            state.sources = dict(record.sources)
        return bool(state.docs or state.bodies)
    return False


def _shard_path(path: Path, name: str, i: int) -> Path:
    return path.with_name(f"{path.stem}.{name}.{i:02d}")


def _read(path: Path, fp: str) -> Any:
    with open(path, "rb") as f:
        raw = pickle.load(f)
    if isinstance(raw, tuple) and len(raw) == 3 and raw[0] == CACHE_FORMAT and raw[1] == fp:
        return raw[2]
    return None


def save(path: Path, state: CacheState, *, memo: bool = True, record: bool = True) -> None:
    """Write atomically (temporary file, then rename), so a kill never leaves half a cache.

    The memo's changed shards are written first and the record last, and every file carries
    the fingerprint, so a record never vouches for a memo of another build's making. Failing
    to save (read-only folder, full disk) costs the next build its speed, nothing else.
    `record=False` removes the record instead: nothing vouches for the output until the next
    save (cheaper than writing a record that says so).
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        ignore = path.parent.parent / ".gitignore"
        if not ignore.exists():
            ignore.write_text("# briefkit's cache: safe to delete, never worth committing\n*\n", encoding="utf-8")
        if memo and state.loaded:
            _save_memo(path, state)
        if not record:
            try:
                os.unlink(path)
            except FileNotFoundError:
                pass
            return
        small = CacheState(state.fingerprint)
        for name, value in vars(state).items():
            if name not in _BIG:
                setattr(small, name, value)
        _write(path, state.fingerprint, small)
    except Exception:  # noqa: BLE001 - see the docstring
        pass


def save_memo_in_background(path: Path, state: CacheState) -> Callable[[], None] | None:
    """Start writing the memo's changed shards in a child process; None when it is not worth it.

    A cold build's memo is ~20 MB of pickles, ~0.06 s that can overlap with writing the site.
    The returned function waits for the child (and writes the shards here if it failed);
    call it before `save`, which must write the record after the memo.
    """
    if not state.loaded:
        return None
    # Page records are small; documents and bodies are what takes time to pickle.
    heavy = [getattr(state, n) for n in _BIG if n != "pages"]
    pending = sum(len(v.dirty) if isinstance(v, Tracked) else len(v) for v in heavy)
    if pending < _BACKGROUND_ENTRIES:
        return None
    from briefkit.parallel import in_background

    def write() -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        _save_memo(path, state)

    child = in_background(write)
    if child is None:
        return None

    def finish() -> None:
        if not child():
            try:
                write()
            except Exception:  # noqa: BLE001 - a memo not saved costs speed only
                return
        _memo_saved(state)  # what the child wrote is on disk: nothing is pending here

    return finish


_BACKGROUND_ENTRIES = 500  # fewer changed entries than this are written in the build itself


def save_memo_parts(path: Path, state: CacheState, names: tuple[str, ...]) -> None:
    """Write the changed shards of these parts of the memo now, when they are final (a cold
    build does it while its render stage's children work; see `build.ahead.Ahead`)."""
    if not state.loaded:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        _save_memo(path, state, names)
    except Exception:  # noqa: BLE001 - a memo not saved costs speed only; `save` tries again
        pass


def _save_memo(path: Path, state: CacheState, names: tuple[str, ...] = _BIG) -> None:
    """Write the shards holding changed entries (all of them for a part never loaded)."""
    try:  # the single memo file of cache format 1, never read again
        os.unlink(path.with_suffix(".memo"))
    except OSError:
        pass
    for name in names:
        value = getattr(state, name)
        if isinstance(value, Tracked):
            shards = {_shard(key) for key in value.dirty}
        else:  # never loaded from disk: every shard is new
            shards = set(range(_SHARDS))
        if not shards:
            continue
        parts: dict[int, dict[Any, Any]] = {i: {} for i in shards}
        for key, entry in value.items():
            part = parts.get(_shard(key))
            if part is not None:
                part[key] = entry
        for i in sorted(shards):
            _write(_shard_path(path, name, i), state.fingerprint, parts[i])
    _memo_saved(state, names)


def _memo_saved(state: CacheState, names: tuple[str, ...] = _BIG) -> None:
    """Mark these parts of the memo as on disk: tracked from here on, nothing changed yet."""
    for name in names:
        value = getattr(state, name)
        if isinstance(value, Tracked):
            value.dirty.clear()
        else:
            setattr(state, name, Tracked(value))


def _write(path: Path, fp: str, value: Any) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") as f:
            Pickler(f, protocol=pickle.HIGHEST_PROTOCOL).dump((CACHE_FORMAT, fp, value))
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def text_digest(*parts: Any) -> bytes:
    """A digest of plain values (str, bytes, numbers, None, datetimes, tuples of those).

    Pickled without the memo (`fast`), so equal values always give equal bytes however the
    objects are shared; half the cost of hashing their repr(), which a thousand page keys
    per edit paid. Sets must not be passed (their order changes from process to process).
    A datetime costs eight times a string (it is pickled through copyreg): where there are
    thousands, pass their isoformat().
    """
    buf = io.BytesIO()
    pickler = pickle.Pickler(buf, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.fast = True
    try:
        pickler.dump(parts)
        data = buf.getbuffer()
    except Exception:  # noqa: BLE001 - a value pickle refuses: its repr will do
        data = memoryview(repr(parts).encode("utf-8", "surrogatepass"))
    return hashlib.blake2b(data, digest_size=20).digest()


__all__ = [
    "CACHE_DIR",
    "CacheState",
    "PageRecord",
    "cache_file",
    "content_fingerprint",
    "fingerprints",
    "inputs_unchanged",
    "load",
    "load_memo",
    "output_intact",
    "save",
    "scan_inputs",
    "seed_memo",
    "spare_dir",
    "stat_key",
    "stat_output",
    "text_digest",
]
