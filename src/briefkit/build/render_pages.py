"""The pages and render stages: each page reused from the last output when nothing it reads
changed, else planned and rendered (over the cores when many), a template error at its line."""

from __future__ import annotations

import hashlib
import os
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefkit.build.ahead import Ahead
from briefkit.build.first import FirstPages
from briefkit.config import SiteConfig
from briefkit.diagnostics import Diagnostics, Pos
from briefkit.output import OutputFile

if TYPE_CHECKING:
    from briefkit.cache import CacheState
    from briefkit.model import Content
    from briefkit.pagekeys import PageJob

# What a page was rendered from: (templates fingerprint, sha256, dependency key, sitemap entry)
Rendered = tuple[str, str, "bytes | None", Any]


# From this many pages to render on, a cold build's pages wait for `Staging.put_later` when
# Pagefind runs on the search documents. At 10,000 briefings that took 4 % off the build (the
# pages' files cost the parent ~3 CPU-s while Pagefind and the render wanted both cores); at
# 1,000, Pagefind ends soon after the render, and staging as the chunks come was no slower.
STAGE_LATER_PAGES = 3000

# From this many pages to render on, pages that wait for the write wait compressed (see `_Page`).
PACK_PAGES = 3000


@dataclass(frozen=True)
class _Page:
    """A rendered page with the sha256 of its bytes (hashed where it was rendered, so over
    the cores), zlib-compressed when `packed`.

    At 10,000 briefings the rendered pages held until the write were most of the build's peak
    memory; compressed at level 1 they take a sixth of it. Pages staged as their chunk comes
    back (a forked render with a staging folder) wait for nothing, so they stay plain: there
    compressing cost a tenth of a 10,000-briefing build's CPU time and saved no memory.
    Small sites keep plain bytes.
    """

    data: bytes
    sha256: str
    packed: bool = False
    staged: str | None = None  # put into the build's staging folder (`data` is then empty): `Staging.put`'s answer


def built_from(
    content: Content, digests: dict[str, str], body_digests: dict[str, bytes], relations: str | None
) -> dict[str, Any]:
    """What the pages of this build are made from, as `changed_since` compares it: the token
    of the assembled relations and, per document, the sha256 of its file and its body's digest."""
    docs = {
        doc.id: (digests.get(doc.path), body_digests.get(doc.id))
        for kind in (content.briefings, content.actors, content.sanctions)
        for doc in kind.values()
    }
    return {"relations": relations, "docs": docs}


def changed_since(before: dict[str, Any], now: dict[str, Any]) -> set[str] | None:
    """The documents whose file or body differs from the last successful write's (`before`,
    kept in the record), or None when the relations may differ too (then every key counts)."""
    if not before or not now.get("relations") or before.get("relations") != now["relations"]:
        return None
    old, new = before.get("docs") or {}, now["docs"]
    changed = {i for i, v in new.items() if old.get(i) != v or None in v}
    changed.update(i for i in old if i not in new)
    return changed


def render_pages(
    config: SiteConfig,
    jobs: list[PageJob],
    diags: Diagnostics,
    *,
    state: CacheState | None = None,
    last: LastOutput | None = None,
    rendered: dict[str, Rendered] | None = None,
    changed: set[str] | None = None,
    ahead: Ahead | None = None,
    meanwhile: Callable[[], object] | None = None,
    staging: Any = None,
    first: FirstPages | None = None,
    early_search: Any = None,
) -> tuple[list[OutputFile], list[Any]] | None:
    """HTML for every page, and its sitemap entry; a template error becomes a diagnostic at the
    template's line.

    With a cache, a page whose file in the output is still the one last written, under the
    same templates, is reused without being planned or rendered when its dependency key
    (`pagekeys.page_jobs`) is what it was. With `changed` (the relations are those of the last
    successful write, and these documents changed since), a page reading none of them has the
    key it had, which is then not even computed. Each other page is planned and rendered where it runs
    (over the cores when many); the writer keeps the old file when the bytes come out equal.
    `rendered` receives, for every page rendered, what it now stands for. With `staging` (an
    `output.Staging`), pages rendered over the cores are put there while the others render.
    With `first` (see `build.first`), the pages it wants among those to render are rendered
    before the others, and the changed ones handed over at once. With `early_search`
    (a `searchplace.EarlyIndex`, only when every page is rendered), each staged page is shown to it.
    """
    import jinja2

    from briefkit.pages import sitemap_entry
    from briefkit.parallel import forks, map_ordered

    ahead = ahead or Ahead(config, keep_compiled=rendered is not None)
    renderer = ahead.renderer()
    templates = renderer.fingerprint()

    def reusable(path: str) -> Any:
        """The page's record when its output file is the one it describes, else None."""
        if state is None or last is None:
            return None
        rec = state.pages.get(path)
        if rec is not None and rec.templates == templates and last.holds(path, rec.sha256):
            return rec
        return None

    def try_page(job: PageJob) -> tuple[str, _Page | str, Any, bytes | None]:
        """(file, page bytes, sitemap entry, dependency key); the error text when rendering failed."""
        key = job.key() if rendered is not None else None
        plan = job.plan()
        path = page_file(plan.path)
        entry = sitemap_entry(plan)
        try:
            html = renderer.render(plan)
        except Exception as exc:  # noqa: BLE001 - redone below, where it becomes a diagnostic
            return path, f"{type(exc).__name__}: {exc}", entry, key
        data = html.encode("utf-8") if isinstance(html, str) else html
        sha = hashlib.sha256(data).hexdigest()
        return path, (_Page(zlib.compress(data, 1), sha, True) if pack else _Page(data, sha)), entry, key

    def stage(results: list[tuple[str, _Page | str, Any, bytes | None]]) -> None:
        """Put a chunk's pages into the staging folder as they reach the parent: the children
        render the parent's share meanwhile, and the write has less left to do alone."""
        for k, (path, page, entry, key) in enumerate(results):
            if isinstance(page, _Page) and page.staged is None:
                try:
                    data = zlib.decompress(page.data) if page.packed else page.data
                    results[k] = (
                        path,
                        _Page(b"", page.sha256, staged=staging.put(path, data, page.sha256)),
                        entry,
                        key,
                    )
                except OSError:
                    return  # left to the writer, which reports what fails
                if early_index is not None:
                    early_index.staged(path, data, page.sha256)

    def marks(results: list[tuple[str, _Page | str, Any, bytes | None]]) -> None:
        """Show a chunk's pages to the early index (which stops when a briefing's is unmarked)."""
        assert early_index is not None
        for path, page, _, _ in results:
            if isinstance(page, _Page):
                early_index.staged(path, page.data, page.sha256)

    def keeps(job: PageJob) -> Any:
        """The page's record when its file can be kept as it is (nothing it reads changed), else None."""
        rec = reusable(job.path)
        if rec is None or rec.key is None:
            return None
        if changed is not None:
            docs = job.docs()
            if not changed if docs is None else changed.isdisjoint(docs):
                return rec
        return rec if rec.key == job.key() else None

    pack = False  # the pages rendered first stay plain bytes
    # The pages `first` wants, if they must be rendered: rendered, and handed over, before any other.
    early = _render_first(first, jobs, keeps, try_page, state, ahead) if first is not None else {}
    # Pages whose inputs did not change: their records vouch for the output's files.
    kept: dict[int, Any] = {}
    for i, job in enumerate(jobs):
        if i not in early and (rec := keeps(job)) is not None:
            kept[i] = rec
    todo = [job for i, job in enumerate(jobs) if i not in kept and i not in early]
    early_index = early_search if len(todo) == len(jobs) and staging is not None else None
    # Pagefind on the search documents needs no page: the pages wait in memory, plain, and are
    # staged while it finishes (`Staging.put_later`), when a core is free.
    later = early_index is not None and not early_index.needs_pages and len(todo) >= STAGE_LATER_PAGES
    pack = len(todo) >= PACK_PAGES and not later and not (staging is not None and forks(len(todo)))
    if todo:
        ahead.templates()
    more = iter(
        map_ordered(
            try_page, todo, meanwhile=meanwhile, on_chunk=marks if later else stage if staging is not None else None
        )
    )
    files: list[OutputFile] = []
    sitemap: list[Any] = []
    reported: set[tuple[str, str]] = set()
    for i, job in enumerate(jobs):
        rec = kept.get(i)
        if rec is not None:
            assert last is not None
            sitemap.append(rec.entry)
            files.append(last.file(job.path, rec.sha256))
            continue
        path, data, entry, key = early[i] if i in early else next(more)
        key = key if path == job.path else None
        sitemap.append(entry)
        if isinstance(data, _Page):
            if rendered is not None:
                rendered[path] = (templates, data.sha256, key, entry)
            if data.staged is not None:
                files.append(OutputFile(path, source=staging.path_of(path), digest=data.sha256, staged=data.staged))
            elif data.packed:
                files.append(OutputFile(path, packed=data.data, digest=data.sha256))
            else:
                files.append(OutputFile(path, data.data, digest=data.sha256))
            continue
        plan = job.plan()
        try:  # the page failed: render it here again so the error is reported as usual
            html = renderer.render(plan)
        except jinja2.TemplateSyntaxError as exc:
            diags.error(
                f"template syntax error: {exc.message}",
                template_pos(config, exc.filename or exc.name, exc.lineno),
                "fix the template; the built-in theme in briefkit/theme/templates shows working ones",
            )
            return None  # the same broken template would fail every page
        except jinja2.TemplateError as exc:
            pos = failing_template_line(config, exc)
            err = (str(pos), str(exc))
            if err not in reported:
                reported.add(err)
                diags.error(
                    f"template error while rendering {plan.path}: {exc}",
                    pos,
                    "a name the template uses is not defined for this page; "
                    "compare with the built-in theme's template of the same name",
                )
            continue
        page_bytes = html.encode("utf-8") if isinstance(html, str) else html
        sha = hashlib.sha256(page_bytes).hexdigest()
        files.append(OutputFile(path, page_bytes, digest=sha))
        if rendered is not None:
            rendered[path] = (templates, sha, key, entry)
    return None if reported else (files, sitemap)


def _render_first(
    first: FirstPages,
    jobs: list[PageJob],
    keeps: Callable[[PageJob], Any],
    try_page: Callable[[PageJob], tuple[str, _Page | str, Any, bytes | None]],
    state: CacheState | None,
    ahead: Ahead,
) -> dict[int, tuple[str, _Page | str, Any, bytes | None]]:
    """The pages `first` wants that cannot be kept, rendered now (by their place in `jobs`);
    those whose bytes differ from the last output's handed to `first.deliver`."""
    try:
        wanted = set(first.wanted())
    except Exception:  # noqa: BLE001 - the edge's trouble: the build goes on without it
        return {}
    picked = [i for i, job in enumerate(jobs) if job.path in wanted and keeps(job) is None]
    if picked:
        ahead.templates()
    early = {i: try_page(jobs[i]) for i in picked}
    fresh: dict[str, bytes] = {}
    for path, page, _, _ in early.values():
        if not isinstance(page, _Page):
            continue  # a template error: the build reports it as usual
        rec = state.pages.get(path) if state is not None else None
        if rec is None or rec.sha256 != page.sha256:
            fresh[path] = zlib.decompress(page.data) if page.packed else page.data
    if fresh:
        try:
            first.deliver(fresh)
        except Exception:  # noqa: BLE001 - as above
            pass
    return early


@dataclass(frozen=True)
class LastOutput:
    """The output folder as the last successful build recorded it, read once per build.

    A file there is still that build's when the manifest gives it the sha256 a record names
    and its status (size, mtime, inode) is the one recorded after the write: then it can be
    kept as it is, without being rendered or read.
    """

    dest: str  # absolute, as the writer compares it (a string: one join per kept page, not a Path)
    outstat: dict[str, Any]
    manifest: dict[str, str]

    @classmethod
    def of(cls, state: CacheState, dest: Path) -> LastOutput | None:
        if not state.pages and not state.site_files:
            return None
        from briefkit.manifest import read_manifest

        return cls(os.path.abspath(dest), state.outstat, read_manifest(Path(dest)))

    def holds(self, path: str, sha256: str) -> bool:
        recorded = self.outstat.get(path)
        if recorded is None or self.manifest.get(path) != sha256:
            return False
        try:
            st = os.lstat(self.dest + os.sep + path)
        except OSError:
            return False
        return (st.st_size, st.st_mtime_ns, st.st_ino) == recorded

    def file(self, path: str, sha256: str) -> OutputFile:
        """The output's file kept as it is (the writer links it into the new site), once
        `holds` has checked it: so with the inode recorded for it."""
        return OutputFile(path, source=self.dest + os.sep + path, digest=sha256, inode=self.outstat[path][2])


def page_file(path: str) -> str:
    """Plans name files ("briefings/x/index.html"); accept a directory URL too."""
    return path + "index.html" if path == "" or path.endswith("/") else path


def template_pos(config: SiteConfig, filename: str | None, line: int | None) -> Pos | None:
    if not filename:
        return None
    path = Path(filename)
    for base, shown in ((config.root, ""), (Path(__file__).parent, "briefkit/")):
        try:
            return Pos(shown + path.resolve().relative_to(base.resolve()).as_posix(), line)
        except ValueError:
            continue
    return Pos(filename, line)


def failing_template_line(config: SiteConfig, exc: BaseException) -> Pos | None:
    """Jinja rewrites tracebacks so template frames carry the template file and line."""
    import traceback  # only for a failing template: not on every build's start-up

    frames = [f for f in traceback.extract_tb(exc.__traceback__) if not f.filename.endswith(".py")]
    if not frames:
        return None
    return template_pos(config, frames[-1].filename, frames[-1].lineno)


# ---------------------------------------------------------------------- images and static files
