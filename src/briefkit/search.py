"""Full-text search with Pagefind: an index built at build time, searched in the browser.

Why Pagefind: it is the reference for static search (no server, the browser loads only the
index chunks a query needs, so it scales to thousands of pages), it ships its binary on PyPI
(`pagefind[bin]`), and it understands filters declared in the HTML, which gives entity-aware
search (by actor, sanction and tag) without a bespoke index format.

The theme marks what to index: `data-pagefind-body` on briefing bodies only (so only briefings
are results), `data-pagefind-filter` on their actor, sanction and tag links and
`data-pagefind-meta` on title and date. The pagefind binary indexes a folder of the pages in
one run: in a cold build, started before the render stage on the briefings' search documents
(`searchdocs`), or on the new site's folder the render stage filled, read in place with a glob
(`searchplace`); otherwise the pages hard-linked
(or written) into a temporary folder at their root-relative URLs (base path included, so results
link right under a sub-path `base_url`). The bundle comes back as ordinary output files under
`pagefind/`, written and swapped in with the rest of the site.

Determinism: Pagefind's filter and metadata indexes are not byte-stable from run to run
(upstream issue Pagefind/pagefind#638: hash-map order). So the bundle is cached in
`.briefkit-cache/search/` (one file) under a key made of Pagefind's version, its settings and every indexed
page's URL and bytes; a build whose pages did not change reuses the cached bundle exactly, and
two builds of the same input are byte-identical. Only a cold cache can give different (equally
valid) index files.
"""

from __future__ import annotations

import hashlib
import shutil
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from briefkit.config import SiteConfig
from briefkit.diagnostics import Diagnostics
from briefkit.output import OutputFile
from briefkit.searchbundle import BUNDLE_DIR, BUNDLE_SUFFIX, load_files, read_bundle, store_files
from briefkit.searchplace import EarlyIndex, InPlace, in_place, stage_page, work_dir
from briefkit.searchrun import Running, SearchFailed, launch, stop_started_by, wait

CACHE_SUBDIR = "search"
BACKGROUND_NICENESS = 10  # added to the preview's background pagefind (see `start`)
# Bundles made in this process, by cache key (a long-running `serve`, or a test suite building
# the same small site many times, then starts Pagefind only when the pages changed).
_MEMORY: dict[str, list[OutputFile]] = {}
_MEMORY_SIZE = 4
_MEMORY_LOCK = threading.Lock()  # the preview's background index adds to it from its thread
_MADE_IN_BACKGROUND = 0  # bundles the `Follower` made: a preview build seeing a new one is no no-op


def background_count() -> int:
    """How many bundles the preview's background index made so far in this process."""
    return _MADE_IN_BACKGROUND


def bundle_url(config: SiteConfig) -> str:
    """Root-relative URL of the bundle folder (ends with "/")."""
    return config.url(BUNDLE_DIR + "/")


def _pagefind_config(config: SiteConfig) -> dict[str, Any]:
    return {"force_language": config.language.split("-")[0].lower() or "en"}


def _html_pages(pages: list[OutputFile]) -> list[tuple[str, OutputFile]]:
    """(URL, file) of the pages to index, sorted by URL.

    Pagefind only indexes pages with `data-pagefind-body` once any page has one, so only those
    are handed over (with the theme: the briefings), which keeps big sites fast. A site whose
    templates mark no body gets every page but the 404 indexed, as Pagefind itself would.
    """
    html = [f for f in pages if f.path.endswith(".html") and f.path != "404.html"]
    marked = [f for f in html if b"data-pagefind-body" in f.read()]
    return sorted(((f.path.removesuffix("index.html"), f) for f in (marked or html)), key=lambda item: item[0])


def _version() -> str:
    try:
        from importlib.metadata import version

        return version("pagefind")
    except Exception:  # pragma: no cover - metadata missing in odd installs
        return "unknown"


def cache_key(config: SiteConfig, pages: list[tuple[str, OutputFile]]) -> str:
    h = hashlib.sha256()
    h.update(f"pagefind {_version()}\0{sorted(_pagefind_config(config).items())}\0".encode())
    for url, f in pages:
        h.update(config.url(url).encode("utf-8") + b"\0")
        h.update(_sha256(f))
    return h.hexdigest()[:32]


def _sha256(f: OutputFile) -> bytes:
    """The sha256 of the page's bytes: the one the render stage computed, when it is known."""
    if f.digest is not None and len(f.digest) == 64:
        try:
            return bytes.fromhex(f.digest)
        except ValueError:
            pass
    return hashlib.sha256(f.read()).digest()


def _index(
    config: SiteConfig,
    pages: list[tuple[str, OutputFile]],
    work: Path,
    exe: Path,
    in_place: InPlace | None = None,
    *,
    background: bool = False,
) -> Path:
    """Run the pagefind binary once over the pages as a site folder; the bundle's folder.

    One process over a folder is how Pagefind is fast: its service API took twice as long for
    the same pages, reading them one by one (measured, 1.5.2). With `in_place` it reads the
    pages where the render stage put them; otherwise they are staged in `work` at their
    root-relative URLs (base path included), so results link right under a sub-path `base_url`.
    """
    return wait(start(config, pages, work, exe, in_place, background=background))


def start(
    config: SiteConfig,
    pages: list[tuple[str, OutputFile]],
    work: Path,
    exe: Path,
    in_place: InPlace | None = None,
    *,
    background: bool = False,
) -> Running:
    """Stage the pages (unless `in_place`) and start pagefind on them, not waiting for it.

    `background` (the preview's index, made while the writer goes on editing): pagefind runs at
    a lower CPU priority, so the next edit's build gets the cores first: pagefind indexes on
    every core, and an edit saved while it runs (seconds, for 1,000 briefings) would otherwise
    share them with it."""
    if in_place is not None:
        site_dir, glob = in_place.folder, ["--glob", in_place.glob]
    else:
        site_dir, glob = work / "site", []
        made: set[Path] = set()
        for url, f in pages:
            dest = site_dir / (config.url(url).lstrip("/") + ("index.html" if url.endswith("/") or not url else ""))
            if dest.parent not in made:
                dest.parent.mkdir(parents=True, exist_ok=True)
                made.add(dest.parent)
            stage_page(f, dest)
    out_dir = work / "bundle"
    settings = _pagefind_config(config)
    cmd = [
        str(exe),
        "--site",
        str(site_dir),
        "--output-path",
        str(out_dir),
        "--force-language",
        settings["force_language"],
        "--quiet",
        *glob,
    ]
    nice = shutil.which("nice") if background else None
    if nice is not None:  # POSIX `nice`: the priority holds for every thread pagefind starts
        cmd = [nice, "-n", str(BACKGROUND_NICENESS), *cmd]
    return launch(cmd, out_dir, len(pages))


_FOLLOWER: Follower | None = None


class Follower:
    """The live preview's search index, made in the background after each edit.

    A preview build never waits for Pagefind (`reuse_stale`): it serves the last bundle and hands
    the new pages here. One thread indexes only the newest pages handed over (older ones still
    waiting are dropped, a result made stale meanwhile is not announced), puts the bundle in the
    in-memory cache under its key, then calls `on_ready`, so the preview makes a quiet rebuild
    in its own queue: that build finds the bundle under the current key and writes it like any
    other output, never racing an edit's build. A failure goes to `on_failed` as text, and the
    last bundle stays.
    """

    def __init__(self, on_ready: Callable[[], None], on_failed: Callable[[str], None]) -> None:
        self._on_ready = on_ready
        self._on_failed = on_failed
        self._cond = threading.Condition()
        self._job: tuple[SiteConfig, list[tuple[str, OutputFile]], str, Path] | None = None
        self._latest = ""  # key of the newest pages handed over
        self._tried: set[str] = set()  # keys indexed or failed already: never handed over twice
        self._stopping = False
        self._busy = False
        self._thread = threading.Thread(target=self._run, name="briefkit-search", daemon=True)

    def start(self) -> Follower:
        global _FOLLOWER
        _FOLLOWER = self
        self._thread.start()
        return self

    def submit(self, config: SiteConfig, pages: list[tuple[str, OutputFile]], key: str, cache_root: Path) -> None:
        with self._cond:
            if key == self._latest or key in self._tried:
                return
            self._latest = key
            self._job = (config, pages, key, cache_root)
            self._cond.notify_all()

    def idle(self) -> bool:
        """Nothing waiting and nothing being indexed (tests wait on this)."""
        with self._cond:
            return self._job is None and not self._busy

    def stop(self, timeout: float = 5.0) -> None:
        """End the thread, and stop a pagefind it is waiting on (serve exits now, not after it)."""
        global _FOLLOWER
        if _FOLLOWER is self:
            _FOLLOWER = None
        with self._cond:
            self._stopping = True
            self._job = None
            self._cond.notify_all()
        stop_started_by(self._thread.ident)
        if self._thread.is_alive():
            self._thread.join(timeout)

    def _run(self) -> None:
        while True:
            with self._cond:
                while self._job is None and not self._stopping:
                    self._cond.wait()
                if self._stopping:
                    return
                config, pages, key, cache_root = self._job  # type: ignore[misc]
                self._job = None
                self._busy = True
            try:
                failure = self._index(config, pages, key, cache_root)
            finally:
                with self._cond:
                    self._busy = False
                    self._tried.add(key)
                    newest = key == self._latest and not self._stopping
            if not newest:
                continue
            if failure is None:
                self._on_ready()
            else:
                self._on_failed(failure)

    def _index(self, config: SiteConfig, pages: list[tuple[str, OutputFile]], key: str, cache_root: Path) -> str | None:
        """Index the pages into the cache; the failure's text, or None."""
        exe = executable()
        if exe is None:
            return "no pagefind binary found"
        with work_dir(config) as tmp:
            try:
                files = read_bundle(_index(config, pages, Path(tmp), exe, background=True))
            except SearchFailed as exc:
                return str(exc)
        global _MADE_IN_BACKGROUND
        store_files(cache_root, key, files)
        _remember(key, files)
        _MADE_IN_BACKGROUND += 1
        return None


def executable() -> Path | None:
    try:
        from pagefind.service import get_executable
    except ImportError:
        return None
    exe = get_executable()
    return Path(exe) if exe is not None else None


def index_site(
    config: SiteConfig,
    pages: list[OutputFile],
    diags: Diagnostics,
    *,
    reuse_stale: bool = False,
    early: EarlyIndex | None = None,
) -> list[OutputFile]:
    """The Pagefind bundle for the rendered pages, as output files under `pagefind/`.

    When Pagefind cannot run, the site is still built: a warning says search will not work.
    `reuse_stale` (the live preview): when the pages changed, the last bundle made in this
    process is used as it is rather than waiting for Pagefind, and the running `Follower`
    (if any) is handed the new pages to index in the background. `early`: the Pagefind a cold
    build started during the render stage, taken if it indexes these very pages.
    """
    html = _html_pages(pages)
    key = cache_key(config, html)
    cache_root = config.cache_dir / CACHE_SUBDIR
    cached = cache_root / (key + BUNDLE_SUFFIX)
    if key in _MEMORY:
        files = _MEMORY[key]
        if not cached.is_file():
            store_files(cache_root, key, files)
        return files
    stored = load_files(cached)
    if stored is not None:
        return _remember(key, stored)
    if reuse_stale and _MEMORY:
        if _FOLLOWER is not None:
            _FOLLOWER.submit(config, html, key, cache_root)
        with _MEMORY_LOCK:
            return _MEMORY[next(reversed(_MEMORY))]
    try:
        from pagefind.service import get_executable
    except ImportError:
        diags.warning(
            "search index not built: the pagefind package is not installed",
            hint="pip install 'pagefind[bin]' (or set `search: false` in site.yaml)",
            code="search-unavailable",
        )
        return []
    exe = get_executable()
    if exe is None:
        diags.warning(
            "search index not built: no pagefind binary found",
            hint="pip install 'pagefind[bin]' (or set `search: false` in site.yaml)",
            code="search-unavailable",
        )
        return []
    taken = early.take(key, [url for url, _ in html]) if early is not None else None
    where = in_place(config, pages, html)
    with taken[1] if taken else work_dir(config) as tmp:
        try:
            files = read_bundle(wait(taken[0]) if taken else _index(config, html, Path(tmp), exe, where))
        except SearchFailed as exc:  # hung, crashed or refused: a warning, not a lost build
            diags.warning(
                f"search index not built: {exc}",
                hint="run the build again; set `search: false` in site.yaml to skip search",
                code="search-failed",
            )
            return []
    store_files(cache_root, key, files)
    return _remember(key, files)


def recall(config: SiteConfig) -> None:
    """Take the bundle cached on disk (`store_files` keeps one) into this process's memory,
    when it holds none: a preview whose last build ran in another process (`serve`'s first
    build, or an earlier session) then reuses it for an edit rather than wait for Pagefind."""
    if _MEMORY:
        return
    cache_root = config.cache_dir / CACHE_SUBDIR
    try:
        kept = [p for p in cache_root.iterdir() if p.name.endswith(BUNDLE_SUFFIX) and p.is_file()]
    except OSError:
        return  # the edit's build makes one, as without a cache
    if len(kept) == 1:
        files = load_files(kept[0])
        if files is not None:
            _remember(kept[0].name[: -len(BUNDLE_SUFFIX)], files)


def is_cached(config: SiteConfig, key: str) -> bool:
    """Whether the bundle for this cache key is at hand (made in this process, or on disk)."""
    return key in _MEMORY or (config.cache_dir / CACHE_SUBDIR / (key + BUNDLE_SUFFIX)).is_file()


def any_cached(config: SiteConfig) -> bool:
    """Whether a bundle of any pages is kept on disk (a cold build's early start then waits for
    the pages, to find out whether it is theirs)."""
    try:
        return any(p.name.endswith(BUNDLE_SUFFIX) for p in (config.cache_dir / CACHE_SUBDIR).iterdir())
    except OSError:
        return False


def _remember(key: str, files: list[OutputFile]) -> list[OutputFile]:
    with _MEMORY_LOCK:
        _MEMORY[key] = files
        while len(_MEMORY) > _MEMORY_SIZE:
            del _MEMORY[next(iter(_MEMORY))]
    return files
