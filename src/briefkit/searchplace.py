"""Where Pagefind reads a build's pages, and a cold build's Pagefind started before the
render stage ends.

`search` runs Pagefind over the pages to index. Staging them in a folder of their own and
removing them afterwards cost a cold build ~0.3 s at 1,000 pages, so when it can Pagefind
reads them in the new site's folder the render stage filled (`in_place`). And Pagefind works
mostly on one core while the build's other work waited for it: `EarlyIndex` starts it before
the render stage on the briefings' search documents (`searchdocs`), or else as soon as the
briefings' pages are in that folder, while the other pages are still being rendered, betting
that the pages to index are those (as with the theme); the search stage takes its bundle only
if the pages it would index are exactly the ones it was started on.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefkit.config import SiteConfig
from briefkit.output import OutputFile
from briefkit.searchrun import SearchFailed

if TYPE_CHECKING:
    from briefkit.assemble import Site
    from briefkit.searchrun import Running

MARK = b"data-pagefind-body"  # what marks a page to index (Pagefind then indexes only those)


def work_dir(config: SiteConfig) -> tempfile.TemporaryDirectory[str]:
    """A folder to stage the pages in, on the site's file system when it can be (in the build
    cache), so that `stage_page` can hard-link the pages rather than copy them. A killed build's
    leftover (a day old: none still in use) is removed first."""
    try:
        config.cache_dir.mkdir(parents=True, exist_ok=True)
        _sweep(config.cache_dir, _WORK_PREFIX)
        return tempfile.TemporaryDirectory(prefix=_WORK_PREFIX, dir=config.cache_dir)
    except OSError:
        return tempfile.TemporaryDirectory(prefix="briefkit-search-")


_WORK_PREFIX = "search-work-"


def _sweep(folder: Path, prefix: str) -> None:
    """Remove a killed build's work folders: this user's, a day old (none still in use)."""
    old = time.time() - 86400
    for left in folder.glob(prefix + "*"):
        info = left.stat()
        if info.st_mtime < old and info.st_uid == os.getuid():
            shutil.rmtree(left, ignore_errors=True)


_SCRATCH_PREFIX = "briefkit-search-"
_MEMORY_FS = Path("/dev/shm")  # Linux's in-memory file system, where there is one


def scratch_dir(config: SiteConfig, need: int) -> tempfile.TemporaryDirectory[str]:
    """A folder for what Pagefind reads and writes once and the build then drops (the search
    documents, the bundle before it is read back): in memory where there is room for `need`
    bytes, else as `work_dir`. Writing 1,000 documents (a folder each) took 0.1-0.6 s on the
    ext4 disk of a test machine and 0.03 s in memory. A killed build's leftover (a day old) is
    removed first."""
    try:
        room = os.statvfs(_MEMORY_FS)
        if os.access(_MEMORY_FS, os.W_OK) and room.f_bavail * room.f_frsize >= need:
            _sweep(_MEMORY_FS, _SCRATCH_PREFIX)
            if config.cache_dir.is_dir():
                _sweep(config.cache_dir, _WORK_PREFIX)
            return tempfile.TemporaryDirectory(prefix=_SCRATCH_PREFIX, dir=_MEMORY_FS)
    except (OSError, AttributeError):  # no such file system, or not POSIX
        pass
    return work_dir(config)


@dataclass(frozen=True)
class InPlace:
    """Pagefind reading the pages in the new site's folder: `glob` matches exactly the pages
    to index there."""

    folder: Path
    glob: str


_PLAIN_FOLDER = re.compile(r"[A-Za-z0-9_-]+")


def in_place(config: SiteConfig, pages: list[OutputFile], html: list[tuple[str, OutputFile]]) -> InPlace | None:
    """Where Pagefind can index a cold build's pages without their being staged again, if it can.

    Staging them (even hard-linked) and removing them afterwards took ~0.3 s at 1,000 pages.
    Only when the site has no base path (Pagefind's URLs are the files' paths in the folder),
    every page of the build was put in one staging folder (then no other HTML file is there),
    and one glob, `<folder>/*/index.html`, matches the pages to index and no other page.
    """
    if config.url("x") != "/x" or not html:
        return None
    root: str | None = None
    for f in pages:
        src = os.fspath(f.source) if f.source is not None else ""
        if f.staged is None or not src.endswith(os.sep + f.path.replace("/", os.sep)):
            return None
        here = src[: len(src) - len(f.path)]
        if root is None:
            root = here
        elif here != root:
            return None
    top = {url.split("/")[0] for url, _ in html}
    if root is None or len(top) != 1 or not _PLAIN_FOLDER.fullmatch(folder := top.pop()):
        return None
    pattern = re.compile(re.escape(folder) + r"/[^/]+/index\.html")
    matched = {f.path for f in pages if pattern.fullmatch(f.path)}
    if matched != {f.path for _, f in html}:
        return None
    return InPlace(Path(root), f"{folder}/*/index.html")


def stage_page(f: OutputFile, dest: Path) -> None:
    """Put a page where Pagefind reads it: a hard link to the file the render stage already
    wrote (a cold build's pages are in the new site's folder by now), else its bytes written."""
    if f.data is None and f.packed is None and f.source is not None:
        try:
            os.link(f.source, dest)
            return
        except OSError:
            pass  # another file system, or no hard links: written below
    dest.write_bytes(f.read())


class EarlyIndex:
    """Pagefind started on the briefings while the render stage renders the pages.

    Given every page path of a cold build (all of them rendered, none kept) and the staging
    folder the render stage puts them in; told of each page as it is put there (`staged`).
    Two ways to start: `from_documents` starts Pagefind at once, on the briefings' search
    documents (`searchdocs`), before any page is rendered; otherwise, once every
    `briefings/<id>/index.html` is staged, if those marked to be indexed are not in the search
    cache, it starts Pagefind on them in that folder. `take` hands the process to the search
    stage when the pages to index are exactly those (same URLs, and the same bytes or the
    theme's marks), else stops it; `cancel` stops it (a failed build). The site's pages must
    not move meanwhile: the search stage runs before the write.
    """

    _PATTERN = re.compile(r"briefings/[^/]+/index\.html")

    def __init__(self, config: SiteConfig, paths: list[str], folder: Path) -> None:
        self.config, self.folder = config, folder
        self._expected = {p for p in paths if self._PATTERN.fullmatch(p)}
        self._seen: dict[str, str | None] = {}  # expected page -> its sha256 when marked, else None
        self._spoiled = config.url("x") != "/x" or not self._expected  # a base path: URLs are not paths
        self._run: Running | None = None
        self._work: tempfile.TemporaryDirectory[str] | None = None
        self._documents: list[str] | None = None  # the URLs indexed from search documents
        self.key: str | None = None

    @classmethod
    def from_documents(cls, config: SiteConfig, paths: list[str], folder: Path, site: Site) -> EarlyIndex | None:
        """Pagefind started now on the briefings' search documents; None when the documents
        would not stand for the pages (the site's templates mark pages; the pages to render
        are not the briefings') or Pagefind cannot start (the search stage reports it)."""
        from briefkit import search
        from briefkit.searchdocs import theme_marks_briefings, write_documents

        early = cls(config, paths, folder)
        exe = search.executable()
        if exe is None or not early._expected or not theme_marks_briefings(config):
            return None
        # ~7 KB of document and ~6 KB of bundle a briefing at most in the bench corpus
        work = scratch_dir(config, need=len(early._expected) * 32768 + (16 << 20))
        try:
            root = Path(work.name) / "documents"
            docs = [
                (url, OutputFile(url + "index.html", source=path)) for url, path in write_documents(config, site, root)
            ]
            if {f.path for _, f in docs} == early._expected:
                early._run = search.start(config, docs, Path(work.name), exe, InPlace(root, "**/index.html"))
        except (OSError, SearchFailed):
            pass
        if early._run is None:
            work.cleanup()
            return None
        early._work, early._documents, early._spoiled = work, [url for url, _ in docs], False
        return early

    @property
    def needs_pages(self) -> bool:
        """Whether it waits for the briefings' pages in the staging folder (it indexes them);
        one started on the search documents only looks at each page's marks."""
        return self._documents is None

    def staged(self, path: str, data: bytes, sha256: str) -> None:
        if self._spoiled:
            return
        marked = MARK in data
        if path not in self._expected:
            self._spoiled = marked  # another page to index: Pagefind's run would miss it
            if marked:
                self.cancel()
            return
        if self._documents is not None:
            if not marked:  # the documents index a page Pagefind would not: stop it now
                self._spoiled = True
                self.cancel()
            return
        self._seen[path] = sha256 if marked else None
        if len(self._seen) == len(self._expected) and self._run is None:
            self._start()

    def _start(self) -> None:
        from briefkit import search

        html = sorted(
            (p.removesuffix("index.html"), OutputFile(p, source=self.folder / p, digest=sha, staged="written"))
            for p, sha in self._seen.items()
            if sha is not None
        )
        exe = search.executable() if html else None
        if exe is None:
            return
        key = search.cache_key(self.config, html)
        if search.is_cached(self.config, key):
            return
        self._work = work_dir(self.config)
        try:
            where = InPlace(self.folder, "briefings/*/index.html")
            self._run = search.start(self.config, html, Path(self._work.name), exe, where)
        except SearchFailed:
            self.cancel()  # the search stage tries again, and reports what fails
            return
        self.key = key

    def take(self, key: str, urls: list[str]) -> tuple[Running, tempfile.TemporaryDirectory[str]] | None:
        """The running Pagefind and its work folder (the caller waits and cleans up) when it was
        started on exactly the pages to index (`urls`, sorted, with this cache key): their
        search documents, every briefing page staged and marked, or the pages themselves;
        else None, and it is stopped."""
        if self._documents is not None:
            # The pages marked to be indexed are the briefings' and only they (their URLs say
            # so, with the marks looked for in every page): what the documents stand for.
            ready = self._documents == urls
        else:
            ready = key == self.key
        if self._run is not None and self._work is not None and not self._spoiled and ready:
            taken = self._run, self._work
            self._run = self._work = None
            return taken
        self.cancel()
        return None

    def cancel(self) -> None:
        run, self._run = self._run, None
        if run is not None:
            run.stop()
        if self._work is not None:
            self._work.cleanup()
            self._work = None


def early_index(config: SiteConfig, jobs: list[Any], staging: Any, site: Site) -> EarlyIndex | None:
    """An `EarlyIndex` for a build rendering its pages into a staging folder with search on:
    started on the search documents when no bundle is cached (a bundle of the pages, if one is
    cached, is found only once they are rendered), else waiting for the pages."""
    if not staging or not config.search:
        return None
    paths = [job.path for job in jobs]
    from briefkit import search

    if not search.any_cached(config):
        early = EarlyIndex.from_documents(config, paths, staging.path, site)
        if early is not None:
            return early
    return EarlyIndex(config, paths, staging.path)
