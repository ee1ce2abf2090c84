"""The build: every stage in order, timed, from site.yaml to a written site.

Read `Builder.build` top to bottom and you have read the pipeline (ARCHITECTURE.md draws it).
Nothing here raises on bad content: problems become diagnostics, and the output folder is
only touched when the whole site was produced without failing diagnostics, so a broken
edit never costs the user their last good build.
"""

from __future__ import annotations

import gc
import hashlib
import os
import sys
import time
import zlib
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterator

from briefkit.config import SiteConfig, load_config
from briefkit.diagnostics import Diagnostics, Pos
from briefkit.output import OutputFile, OutputRefused, WriteReport, check_destination, recover, write_site
from briefkit.urls import IMAGES_DIR

if TYPE_CHECKING:
    from briefkit.assemble import Site
    from briefkit.cache import CacheState
    from briefkit.model import Content
    from briefkit.pages import PageJob

# What a page was rendered from: (templates fingerprint, sha256, dependency key, sitemap entry)
_Rendered = tuple[str, str, "bytes | None", Any]

STATIC_DIR = "static"  # theme static, then the site's static/, are published at static/**
THEME_STATIC = Path(__file__).parent / "theme" / "static"


@dataclass
class BuildResult:
    ok: bool
    diagnostics: Diagnostics
    output: Path
    pages: int = 0
    report: WriteReport | None = None
    timings: dict[str, float] = field(default_factory=dict)  # stage -> seconds, in stage order


@dataclass
class _Produced:
    """What the stages before writing yield: the config, and the files when all went well."""

    config: SiteConfig | None
    files: list[OutputFile] | None
    pages: int = 0
    # path -> what each page planned this time stands for (see `_render_pages`)
    rendered: dict[str, _Rendered] = field(default_factory=dict)
    # feed or sitemap path -> (digest of what it is made from, sha256) (see `_site_files`)
    site_files: dict[str, tuple[bytes, str]] = field(default_factory=dict)
    built: dict[str, Any] = field(default_factory=dict)  # see `_built_from`
    staging: Any = None  # the `output.Staging` the pages were put into, if any

    def discard(self) -> None:
        """Remove the staged pages of a build that will not be written."""
        if self.staging is not None:
            self.staging.discard()
            self.staging = None


class Builder:
    """Builds one site; `serve` keeps one and calls `build()` on every change.

    Between builds it keeps a cache (see `briefkit.cache`) in `.briefkit-cache/` inside the
    site, and in memory while the same Builder is reused: a build redoes only what its inputs'
    changes reach, and a build with nothing changed skips the pipeline entirely.
    """

    def __init__(
        self,
        site_dir: Path,
        *,
        output: Path | None = None,
        drafts: bool = False,
        strict: bool = False,
        base_url: str | None = None,
        progress: bool = False,
        preview: bool = False,
    ) -> None:
        self.site_dir = Path(site_dir)
        self.output = Path(output) if output is not None else None
        self.drafts = drafts
        self.strict = strict
        self.base_url = base_url
        self.progress = progress  # a progress bar on stderr when it is a terminal
        # `serve`: an edit must reach the browser fast, and Pagefind takes longer than the rest
        # of an edit's rebuild; so a preview reuses the last search index when pages changed
        # (a search may miss the newest words until the next full `briefkit build`).
        self.preview = preview
        self._state: CacheState | None = None
        self._state_file: tuple[Path, tuple[int, int, int]] | None = None  # what self._state was saved as

    def check(self) -> Diagnostics:
        """Every stage up to and including rendering (template errors are found); writes nothing."""
        diags = Diagnostics()
        state = self._cache_state(None)
        from briefkit import cache

        cache.load_memo(self._cache_path(), state)
        self._produce(diags, {}, search=False, state=state, writes=False)
        return diags

    def build(self) -> BuildResult:
        from briefkit.parallel import reap_children

        try:
            with _no_collections():
                return self._build()
        finally:
            reap_children()  # workers still exiting (long done by now): none outlives the build

    def _build(self) -> BuildResult:
        from briefkit import cache

        diags, timings = Diagnostics(), {}
        bar = _Progress(self.progress)
        with _timed(timings, "config"):  # the fingerprint reads site.yaml
            state = self._cache_state(timings)
            inputs = cache.scan_inputs(self.site_dir)
            skipped = self._nothing_changed(state, inputs, diags, timings)
        if skipped is not None:
            return skipped
        walked = self._walk_output_ahead(state)
        with _timed(timings, "cache"):
            cache.load_memo(self._cache_path(), state)
        produced = self._produce(diags, timings, state=state, bar=bar, inputs=inputs)
        try:
            return self._finish(produced, state, inputs, diags, timings, bar, walked)
        finally:
            produced.discard()  # staged pages that were not written (write_site took them otherwise)
            if walked is not None:
                walked[1]()  # the child is waited for, used or not

    @staticmethod
    def _walk_output_ahead(state: CacheState) -> tuple[str, Callable[[], set[str] | None]] | None:
        """The last output's files, listed in a child while this process reads the memo: the
        writer needs them to find files briefkit did not write, and walking 1,300 folders
        took ~10 ms of an edit. (A file someone adds to the output from here on is found by
        the next build, as one added after the writer's own walk was.)"""
        if state.dest is None or not os.path.isdir(state.dest):
            return None
        from briefkit.output import existing_files
        from briefkit.parallel import in_background_value

        dest = state.dest
        waiter = in_background_value(lambda: existing_files(Path(dest)))
        return (dest, waiter) if waiter is not None else None

    def _finish(self, produced: _Produced, state: CacheState, inputs: dict[str, Any] | None, diags: Diagnostics,
                timings: dict[str, float], bar: _Progress,
                walked: tuple[str, Callable[[], set[str] | None]] | None = None) -> BuildResult:
        """Write what `_produce` made, when it is good, and record it."""
        from briefkit import cache

        config = produced.config
        dest = self._destination(config)
        result = BuildResult(False, diags, dest, produced.pages, None, timings)
        if config is None or produced.files is None or diags.failed(self.strict):
            bar.done()
            state.inputs = None  # the next build must report these problems again
            if "content" in timings:  # content was read (not refused, not without site.yaml):
                self._save(state)  # parsed documents and bodies are worth keeping
            return result
        memo_saved = self._remember_pages(state, produced)
        try:
            bar.stage("write")
            with _timed(timings, "write"):
                try:
                    staging, produced.staging = produced.staging, None  # write_site's from here on
                    existing = walked[1] if walked is not None and walked[0] == os.path.abspath(dest) else None
                    result.report = write_site(produced.files, dest, site_root=config.root,
                                               spare=cache.spare_dir(self.site_dir, dest), staging=staging,
                                               existing=existing)
                except OutputRefused as refused:
                    diags.error(refused.message, hint=refused.hint)
                    bar.done()
                    return result
                except OSError as exc:
                    diags.error(f"could not write the site into {dest}: {exc.strerror or exc}",
                                hint="the previous output is unchanged; check free space and permissions")
                    bar.done()
                    return result
        finally:
            if memo_saved is not None:
                memo_saved()  # the memo is on disk before any record vouches for it
        bar.done()
        result.ok = True
        assert result.report is not None
        self._record(state, inputs, dest, produced, diags, result.report)
        return result

    # ------------------------------------------------------------------ the cache

    def _cache_path(self) -> Path:
        from briefkit import cache

        # Keyed by the --output given (site.yaml's `output` is part of the fingerprint).
        return cache.cache_file(self.site_dir, self.output if self.output is not None else Path("<site.yaml>"))

    def _cache_state(self, timings: dict[str, float] | None) -> CacheState:
        """The cache for this build: the one in memory if it is still what is on disk, else loaded."""
        from briefkit import cache

        dest_key = self.output if self.output is not None else Path("<site.yaml>")
        fp = cache.fingerprint(self.site_dir, dest=dest_key, drafts=self.drafts, strict=self.strict,
                               base_url=self.base_url)
        path = self._cache_path()
        on_disk = _stat_key(path)
        if (self._state is not None and self._state.fingerprint == fp and self._state_file is not None
                and self._state_file == (path, on_disk)):
            return self._state
        state = cache.load(path, fp, record_only=True)
        self._state, self._state_file = state, None
        return state

    def _save(self, state: CacheState, *, memo: bool = True, record: bool = True) -> None:
        from briefkit import cache

        path = self._cache_path()
        cache.save(path, state, memo=memo, record=record)
        self._state = state
        on_disk = _stat_key(path)
        self._state_file = (path, on_disk) if on_disk is not None else None

    def _nothing_changed(self, state: CacheState, inputs: dict, diags: Diagnostics,
                         timings: dict[str, float]) -> BuildResult | None:
        """The last build's result when no input, flag or output file changed since it; else None."""
        from briefkit import cache

        if state.inputs is None or state.dest is None:
            return None
        dest = Path(state.dest)
        if self.output is not None and os.path.abspath(self.output) != state.dest:
            return None
        if not cache.inputs_unchanged(self.site_dir, state.inputs, inputs):
            return None
        if state.manifest is None or cache.stat_output(dest, [".briefkit-manifest.json"]).get(
                ".briefkit-manifest.json") != state.manifest:
            return None
        if not cache.output_intact(dest, state.outstat):
            return None
        # A build killed while rendering (its pages were being staged) left the output as it
        # was, and a staging folder: with nothing to write, this is the build that removes it.
        recover(dest)
        diags.extend(state.last_diagnostics)
        report = WriteReport(unchanged=list(state.last_files))
        return BuildResult(True, diags, dest, state.last_pages, report, timings)

    def _remember_pages(self, state: CacheState, produced: _Produced) -> Callable[[], None] | None:
        """Before writing: what each page was rendered from, saved with the memo.

        Saved now, not after the write, so that little happens after the output is swapped
        in (a build killed after the swap leaves the new site, whole, but exits as killed).
        A page record is only trusted later when the output's manifest and file status agree
        with it, so a write that fails after this leaves records nobody will use; and the
        cache's record (what vouches for the output) is removed here and written again by
        `_record` once the write has succeeded. Returns the function that waits for the memo
        when a child writes it (see `cache.save_memo_in_background`).
        """
        from briefkit.cache import PageRecord

        live = {f.path for f in produced.files or ()}
        for path, (templates, sha, key, entry) in produced.rendered.items():
            if key is not None:
                state.pages[path] = PageRecord(templates, sha, key, entry)
            else:
                state.pages.pop(path, None)
        for path in [p for p in state.pages if p not in live]:
            del state.pages[path]
        state.inputs = None  # until the write succeeds, nothing vouches for the output
        from briefkit import cache

        pending = cache.save_memo_in_background(self._cache_path(), state)
        self._save(state, memo=pending is None, record=False)  # `_record` writes it after the write
        return pending

    def _record(self, state: CacheState, inputs: dict, dest: Path, produced: _Produced, diags: Diagnostics,
                report: WriteReport) -> None:
        """After a successful write: what the output now holds, so the next build can skip or reuse it.

        A page reused by its key had its file's status checked against the record this build
        (`_LastOutput.holds`) and the write hard-linked that very file, so the recorded status still
        holds; a file written has the status the writer saw once it was written; every other
        file is looked at.
        """
        from briefkit import cache
        from briefkit.output import MANIFEST_NAME

        files = sorted([*report.written, *report.unchanged])
        old = state.outstat
        checked = {f.path for f in produced.files or ()  # by key
                   if f.source is not None and f.digest is not None and f.staged is None}
        kept = {p: old[p] for p in report.unchanged if p in checked and p in old}
        kept.update(report.status)  # the files written, as they were once written
        fresh = cache.stat_output(dest, [p for p in files if p not in kept])
        state.outstat = {p: kept[p] if p in kept else fresh[p] for p in files if p in kept or p in fresh}
        state.manifest = cache.stat_output(dest, [MANIFEST_NAME]).get(MANIFEST_NAME)
        state.dest = os.path.abspath(dest)
        state.inputs = inputs
        state.last_diagnostics = list(diags)
        state.last_pages = produced.pages
        state.last_files = files
        state.site_files = dict(produced.site_files)
        state.built = produced.built
        self._save(state, memo=False)

    # ------------------------------------------------------------------ the stages

    def _produce(self, diags: Diagnostics, timings: dict[str, float], *, search: bool = True,
                 state: CacheState, bar: _Progress | None = None, writes: bool = True,
                 inputs: dict[str, Any] | None = None) -> _Produced:
        """The stages before writing. `writes=False` (check) leaves the cache folder alone."""
        from briefkit import cache

        bar = bar or _Progress(False)
        with _timed(timings, "config"):
            config = load_config(self.site_dir, diags, base_url=self.base_url)
        if config is None:
            return _Produced(None, None)
        try:  # refuse a dangerous output folder before doing any work
            check_destination(self._destination(config), config.root)
        except OutputRefused as refused:
            diags.error(refused.message, hint=refused.hint)
            return _Produced(config, None)

        bar.stage("content")
        with _timed(timings, "content"):
            ahead = _Ahead(config, keep_compiled=writes)
            content, digests = _load_content(config, diags, self.drafts, state, inputs, meanwhile=ahead.prepare)
        bar.stage("markdown")
        with _timed(timings, "markdown"):
            body_digests: dict[str, bytes] = {}
            # The relations follow from the front matter: a cold build makes them meanwhile.
            relate_ahead = None if state.assembled else partial(ahead.relate, content, self.drafts)
            bodies = _render_bodies(content, config, diags, state, digests, body_digests, meanwhile=relate_ahead)
        # Imported only now: a cold build's content stage imports them meanwhile (`_Ahead`).
        from briefkit.assemble import assemble
        from briefkit.pages import page_jobs

        bar.stage("assemble")
        with _timed(timings, "assemble"):
            # With errors already found, assemble's warnings are mostly their echoes (an actor
            # "not annotated" because its misspelt reference was dropped): keep them out.
            site = assemble(config, content, bodies, Diagnostics() if diags.errors else diags,
                            drafts=self.drafts, memo=state.assembled, related=ahead.related)
        with _timed(timings, "assets"):
            assets = _assets(config, diags)
        if diags.errors:  # a partial site is not worth rendering; every content problem is known
            return _Produced(config, None)
        bar.stage("pages")
        with _timed(timings, "pages"):
            jobs = page_jobs(site, digests, body_digests)
            built = _built_from(content, digests, body_digests, state.assembled.get("made"))
            changed = _changed_since(state.built, built)
        last = _LastOutput.of(state, self._destination(config))

        def side_work() -> None:
            """A cold build's: the feeds, and the finished part of the memo (documents, bodies,
            relations) saved, while the render stage's children work."""
            ahead.feeds(site)
            if writes:
                cache.save_memo_parts(self._cache_path(), state, ("docs", "bodies", "assembled"))

        # The staged pages are discarded unless the write takes them (see `_build`).
        produced = _Produced(config, None, built=built, staging=self._early_staging(config) if writes else None)
        try:
            bar.stage("render")
            with _timed(timings, "render"):  # each page planned, digested and (if changed) rendered
                done = _render_pages(config, jobs, diags, state=state, last=last, ahead=ahead,
                                     meanwhile=None if state.site_files else side_work,
                                     rendered=produced.rendered if writes else None, changed=changed,
                                     staging=produced.staging)
            if done is None:
                return produced
            pages, sitemap = done
            produced.pages = len(pages)
            bar.stage("feeds")
            extras = _site_files(config, site, sitemap, pages, diags, search=search, stale_search=self.preview,
                                 timings=timings, recorded=state.site_files, last=last, made=produced.site_files,
                                 ahead=ahead)
        except BaseException:
            produced.discard()
            raise
        produced.files = pages + extras + assets
        return produced

    def _early_staging(self, config: SiteConfig) -> Any:
        """An `output.Staging` for the render stage to put pages into, unless the write will
        converge the spare (an edit's): then the pages rendered are few, and it is the writer's."""
        from briefkit import cache
        from briefkit.output import Staging, spare_ready

        dest = self._destination(config)
        if spare_ready(cache.spare_dir(self.site_dir, dest)):
            return None
        try:
            return Staging(dest, config.root)
        except (OutputRefused, OSError):
            return None  # the write refuses or fails again, and says why

    def _destination(self, config: SiteConfig | None) -> Path:
        if self.output is not None:
            return self.output
        return config.output_dir if config is not None else self.site_dir / "output"


def build(site_dir: Path, **kw: Any) -> BuildResult:
    return Builder(site_dir, **kw).build()


def check(site_dir: Path, **kw: Any) -> Diagnostics:
    return Builder(site_dir, **kw).check()


# ---------------------------------------------------------------------- stage helpers


@contextmanager
def _no_collections() -> Iterator[None]:
    """Keep the garbage collector's cycle search off while building.

    A build allocates hundreds of thousands of long-lived objects (the memo's documents and
    bodies, the assembled site) and almost no cyclic garbage, so every pass of the collector
    is wasted work: at the default thresholds it ran ~300 times in a one-briefing edit (~0.07 s
    of 0.7 s), and with raised thresholds still ~30 times (~0.03 s of 0.45 s), scanning the
    objects just read from the memo. Refcounting still frees everything acyclic at once; peak
    memory of a cold build was the same with and without the collector (bench/RESULTS.md).
    The collector runs again as usual once the build is over."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@contextmanager
def _timed(timings: dict[str, float], stage: str) -> Iterator[None]:
    start = time.perf_counter()
    try:
        yield
    finally:
        timings[stage] = timings.get(stage, 0.0) + time.perf_counter() - start


@dataclass(frozen=True)
class _KnownSource:
    """A content file by its site path and the sha256 of its bytes: its parse is in the memo."""

    path: str
    digest: str


def _load_content(config: SiteConfig, diags: Diagnostics, drafts: bool, state: CacheState,
                  inputs: dict[str, Any] | None = None, *, meanwhile: Callable[[], object] | None = None,
                  ) -> tuple[Content, dict[str, str]]:
    """`loader.load_content`, with parsed documents taken from the cache by file digest.

    Returns the content and each document's digest by path (the key of its rendered body).
    A file is read unless `inputs` (`cache.scan_inputs` of this build) shows the same size and
    mtime as when it was last read, neither then nor now racy; parsing is skipped for bytes
    already parsed.
    Diagnostics come out in the order the plain loader gives them, cached ones replayed.
    """
    from briefkit.loader import discover, read_source
    from briefkit.parallel import map_ordered
    from briefkit.schema import check_content, parse_document
    from briefkit.urls import ID_RE

    found = discover(config, diags)
    # (path, kind, source or None, diagnostics of reading it); files to read are read (and
    # parsed, when their bytes are new) where they are parsed: over the cores when many.
    sources: list[tuple[Path, Any, Any, Diagnostics]] = []
    unread: list[tuple[int, Path, str, Any]] = []
    known, state.sources = state.sources, {}
    for path, rel, kind in found:
        now = inputs.get(rel) if inputs is not None else None
        rec = known.get(rel)
        if now is not None and now[2] is None and rec is not None and rec[:2] == now[:2]:
            entry = state.docs.get(rel)
            if entry is not None and entry[0] == rec[2] and ID_RE.match(path.stem):
                # Status unchanged since it was read (and not racy then or now): its parse is known.
                state.sources[rel] = rec
                sources.append((path, kind, _KnownSource(rel, rec[2]), Diagnostics()))
                continue
        unread.append((len(sources), path, rel, kind))
        sources.append((path, kind, None, Diagnostics()))

    def read_and_parse(item: tuple[int, Path, str, Any]) -> tuple[str | None, list[Any], Any]:
        """(digest, reading's diagnostics, (document, parsing's diagnostics) or None when the
        bytes are those already parsed): the file's text never travels back."""
        _, path, rel, kind = item
        read_diags = Diagnostics()
        src = read_source(path, rel, kind, read_diags)
        if src is None:
            return None, list(read_diags), None
        if (state.docs.get(src.path) or ("",))[0] == src.digest:
            return src.digest, list(read_diags), None
        local = Diagnostics()
        doc = parse_document(src, config, local)
        return src.digest, list(read_diags), (doc, list(local))

    parsed_all = map_ordered(read_and_parse, unread, meanwhile=meanwhile)
    for (i, path, rel, kind), (digest, read_diags, parsed) in zip(unread, parsed_all):
        got = Diagnostics()
        got.extend(read_diags)
        if digest is None:
            sources[i] = (path, kind, None, got)
            continue
        now = inputs.get(rel) if inputs is not None else None
        if not read_diags and now is not None and now[2] is None:
            state.sources[rel] = (now[0], now[1], digest)
        if parsed is not None:
            state.docs[rel] = (digest, parsed[0], parsed[1])
        sources[i] = (path, kind, _KnownSource(rel, digest), got)

    docs = []
    broken: dict[str, Any] = {}
    digests: dict[str, str] = {}
    for path, kind, src, read_diags in sources:
        diags.extend(read_diags)
        doc = None
        if src is not None:
            _, doc, doc_diags = state.docs[src.path]
            diags.extend(doc_diags)
            digests[src.path] = src.digest
        if doc is not None:
            docs.append(doc)
        elif ID_RE.match(path.stem):
            broken[path.stem] = kind
    live = {src.path for _, _, src, _ in sources if src is not None}
    for gone in [p for p in state.docs if p not in live]:
        del state.docs[gone]
    return check_content(docs, config, diags, drafts=drafts, broken=broken), digests


def _render_bodies(content: Content, config: SiteConfig, diags: Diagnostics,
                   state: CacheState | None = None, digests: dict[str, str] | None = None,
                   body_digests: dict[str, bytes] | None = None, *,
                   meanwhile: Callable[[], object] | None = None) -> dict[str, Any]:
    """Every document's Markdown body, keyed by id (briefings autolink their own actors).

    A cached body is reused when its document's bytes and the link context it was rendered
    in are the same, and every link target it used still has the same URL, title and kind.
    `body_digests` receives `pages.body_digest` of each body, computed where it is rendered
    and kept with it in the memo (page keys need one per body; an edit renders one).
    """
    from briefkit.cache import text_digest
    from briefkit.linking import LinkIndex
    from briefkit.markdown import render_body
    from briefkit.pages import body_digest
    from briefkit.parallel import map_ordered

    index = LinkIndex.from_content(content, config, diags)
    names = text_digest(sorted((k, tuple(v)) for k, v in index.terms.items()))
    digests = digests or {}
    registry = index.context_for_registry(config)
    # A briefing's context (the names it autolinks) follows from its file's bytes (its actor
    # references) and the registry's names: both are in its key, so the context itself is
    # only built for the bodies that are rendered.
    # Each key is the file's path and digest under the context's digest, hashed directly: a
    # `text_digest` per document cost ~4 ms of an edit.
    contexts = {"briefing": text_digest("briefing", config.autolink, config.allow_html, names),
                "registry": text_digest("registry", config.allow_html, names)}

    def key_of(kind: str, path: str) -> bytes:
        data = contexts[kind] + f"\0{path}\0{digests.get(path) or ''}".encode("utf-8", "surrogatepass")
        return hashlib.blake2b(data, digest_size=20).digest()

    jobs = []  # (doc, ctx or None, key)
    for b in content.briefings.values():
        jobs.append((b, None, key_of("briefing", b.path)))
    for doc in [*content.actors.values(), *content.sanctions.values()]:
        jobs.append((doc, registry, key_of("registry", doc.path)))

    bodies: dict[str, Any] = {}
    todo = []
    for doc, ctx, key in jobs:
        hit = state.bodies.get(doc.id) if state is not None and doc.path in digests else None
        if hit is not None and hit[0] == key and all(index.targets.get(i) == t for i, t in hit[1]):
            bodies[doc.id] = hit[2]
            if body_digests is not None:
                body_digests[doc.id] = hit[3]
        else:
            todo.append((doc, ctx if ctx is not None else index.context_for_briefing(doc, config), key))

    def render(job: tuple[Any, Any, bytes]) -> tuple[Any, list[Any], bytes]:
        doc, ctx, _ = job
        local = Diagnostics()
        body = render_body(doc.body, ctx, pos=Pos(doc.path, doc.body_line), diags=local)
        return body, list(local), body_digest(body)

    for (doc, ctx, key), (body, body_diags, digest) in zip(todo, map_ordered(render, todo, meanwhile=meanwhile)):
        diags.extend(body_diags)
        bodies[doc.id] = body
        if body_digests is not None:
            body_digests[doc.id] = digest
        if state is not None:
            if body_diags or doc.path not in digests:
                state.bodies.pop(doc.id, None)
            else:
                used = dict.fromkeys([*body.links, *ctx.autolink_terms])
                state.bodies[doc.id] = (key, tuple((i, index.targets.get(i)) for i in used), body, digest)
    if state is not None:
        for gone in [i for i in state.bodies if i not in bodies]:
            del state.bodies[gone]
    return {doc.id: bodies[doc.id] for doc, _, _ in jobs}


# From this many pages to render on, pages wait for the write compressed (see `_Page`).
PACK_PAGES = 3000


@dataclass(frozen=True)
class _Page:
    """A rendered page with the sha256 of its bytes (hashed where it was rendered, so over
    the cores), zlib-compressed when `packed`.

    At 10,000 briefings the rendered pages held until the write (and a worker's share of them
    while it is sent back) were most of the build's peak memory; compressed at level 1 they
    take a sixth of it, for a fraction of the render's time. Small sites keep plain bytes.
    """

    data: bytes
    sha256: str
    packed: bool = False
    staged: str | None = None  # put into the build's staging folder (`data` is then empty): `Staging.put`'s answer


def _built_from(content: Content, digests: dict[str, str], body_digests: dict[str, bytes],
                relations: str | None) -> dict[str, Any]:
    """What the pages of this build are made from, as `_changed_since` compares it: the token
    of the assembled relations and, per document, the sha256 of its file and its body's digest."""
    docs = {doc.id: (digests.get(doc.path), body_digests.get(doc.id))
            for kind in (content.briefings, content.actors, content.sanctions) for doc in kind.values()}
    return {"relations": relations, "docs": docs}


def _changed_since(before: dict[str, Any], now: dict[str, Any]) -> set[str] | None:
    """The documents whose file or body differs from the last successful write's (`before`,
    kept in the record), or None when the relations may differ too (then every key counts)."""
    if not before or not now.get("relations") or before.get("relations") != now["relations"]:
        return None
    old, new = before.get("docs") or {}, now["docs"]
    changed = {i for i, v in new.items() if old.get(i) != v or None in v}
    changed.update(i for i in old if i not in new)
    return changed


def _render_pages(config: SiteConfig, jobs: list[PageJob], diags: Diagnostics, *,
                  state: CacheState | None = None, last: _LastOutput | None = None,
                  rendered: dict[str, _Rendered] | None = None, changed: set[str] | None = None,
                  ahead: _Ahead | None = None, meanwhile: Callable[[], object] | None = None,
                  staging: Any = None) -> tuple[list[OutputFile], list[Any]] | None:
    """HTML for every page, and its sitemap entry; a template error becomes a diagnostic at the
    template's line.

    With a cache, a page whose file in the output is still the one last written, under the
    same templates, is reused without being planned or rendered when its dependency key
    (`pages.page_jobs`) is what it was. With `changed` (the relations are those of the last
    successful write, and these documents changed since), a page reading none of them has the
    key it had, which is then not even computed. Each other page is planned and rendered where it runs
    (over the cores when many); the writer keeps the old file when the bytes come out equal.
    `rendered` receives, for every page rendered, what it now stands for. With `staging` (an
    `output.Staging`), pages rendered over the cores are put there while the others render.
    """
    import jinja2

    from briefkit.pages import sitemap_entry
    from briefkit.parallel import map_ordered

    ahead = ahead or _Ahead(config, keep_compiled=rendered is not None)
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
        path = _page_file(plan.path)
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
                    results[k] = (path, _Page(b"", page.sha256, staged=staging.put(path, data, page.sha256)), entry, key)
                except OSError:
                    return  # left to the writer, which reports what fails

    # Pages whose inputs did not change: their records vouch for the output's files.
    kept: dict[int, Any] = {}
    for i, job in enumerate(jobs):
        rec = reusable(job.path)
        if rec is None or rec.key is None:
            continue
        if changed is not None:
            docs = job.docs()
            if not changed if docs is None else changed.isdisjoint(docs):
                kept[i] = rec
                continue
        if rec.key == job.key():
            kept[i] = rec
    todo = [job for i, job in enumerate(jobs) if i not in kept]
    pack = len(todo) >= PACK_PAGES
    if todo:
        ahead.templates()
    done = iter(map_ordered(try_page, todo, meanwhile=meanwhile, on_chunk=stage if staging is not None else None))
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
        path, data, entry, key = next(done)
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
            diags.error(f"template syntax error: {exc.message}", _template_pos(config, exc.filename or exc.name, exc.lineno),
                        "fix the template; the built-in theme in briefkit/theme/templates shows working ones")
            return None  # the same broken template would fail every page
        except jinja2.TemplateError as exc:
            pos = _failing_template_line(config, exc)
            err = (str(pos), str(exc))
            if err not in reported:
                reported.add(err)
                diags.error(f"template error while rendering {plan.path}: {exc}", pos,
                            "a name the template uses is not defined for this page; "
                            "compare with the built-in theme's template of the same name")
            continue
        data = html.encode("utf-8") if isinstance(html, str) else html
        sha = hashlib.sha256(data).hexdigest()
        files.append(OutputFile(path, data, digest=sha))
        if rendered is not None:
            rendered[path] = (templates, sha, key, entry)
    return None if reported else (files, sitemap)


@dataclass(frozen=True)
class _LastOutput:
    """The output folder as the last successful build recorded it, read once per build.

    A file there is still that build's when the manifest gives it the sha256 a record names
    and its status (size, mtime, inode) is the one recorded after the write: then it can be
    kept as it is, without being rendered or read.
    """

    dest: str  # absolute, as the writer compares it (a string: one join per kept page, not a Path)
    outstat: dict[str, Any]
    manifest: dict[str, str]

    @classmethod
    def of(cls, state: CacheState, dest: Path) -> _LastOutput | None:
        if not state.pages and not state.site_files:
            return None
        from briefkit.output import _read_manifest

        return cls(os.path.abspath(dest), state.outstat, _read_manifest(Path(dest)))

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


class _Ahead:
    """Work of later stages done while an earlier stage's children work, when there are
    children (`parallel.map_ordered`'s `meanwhile`: a cold build's other core otherwise
    waited for it between stages), else when first needed: the Markdown parser and the
    compiled templates (during the content stage), the relations (Markdown stage), the
    feeds (render stage)."""

    def __init__(self, config: SiteConfig, *, keep_compiled: bool) -> None:
        self.config, self.keep_compiled = config, keep_compiled
        self._renderer: Any = None
        self._compiled = False
        self._feeds: list[tuple[str, bytes, str]] | None = None
        self._feeds_key: bytes | None = None
        self.related: dict[str, Any] | None = None  # `assemble.relate`'s, when made ahead

    def prepare(self) -> None:
        from briefkit.markdown import prepare_parser

        prepare_parser(self.config.allow_html)
        self.templates()
        import briefkit.assemble  # noqa: F401 - imported by the stages after this one
        import briefkit.pages  # noqa: F401 - its imports (views, feeds, JSON-LD) too

    def renderer(self) -> Any:
        if self._renderer is None:
            from briefkit.render import Renderer

            self._renderer = Renderer(self.config, keep_compiled=self.keep_compiled)
        return self._renderer

    def relate(self, content: Content, drafts: bool) -> None:
        from briefkit.assemble import relate

        self.related = relate(content, drafts=drafts)

    def feeds(self, site: Site) -> list[tuple[str, bytes, str]]:
        """`feeds.feed_files(site)` with each file's sha256, made once (ahead, while the render
        stage's children work), and so is `feeds_key`."""
        if self._feeds is None:
            from briefkit.feeds import feed_files

            self._feeds = [(path, data, hashlib.sha256(data).hexdigest()) for path, data in feed_files(site)]
            self.feeds_key(site)
        return self._feeds

    def feeds_key(self, site: Site) -> bytes:
        """`feeds.feeds_digest(site)`: what the feeds are made from."""
        if self._feeds_key is None:
            from briefkit.feeds import feeds_digest

            self._feeds_key = feeds_digest(site)
        return self._feeds_key

    def templates(self) -> None:
        """Compile the page templates once, before forking, so each process does not compile them again."""
        if self._compiled:
            return
        self._compiled = True
        from briefkit.pages import PAGE_TEMPLATES

        renderer = self.renderer()
        for name in PAGE_TEMPLATES:
            try:
                renderer.env.get_template(name)
            except Exception:  # noqa: BLE001 - reported when the page is rendered
                pass


def _stat_key(path: Path) -> tuple[int, int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_size, st.st_mtime_ns, st.st_ino)


class _Progress:
    """A one-line progress bar on stderr, shown only on a terminal and once a build has taken a second."""

    STAGES = ("content", "markdown", "assemble", "pages", "render", "feeds", "write")
    DELAY = 1.0

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled and sys.stderr.isatty()
        self.start = time.perf_counter()
        self.shown = False

    def stage(self, name: str) -> None:
        if not self.enabled or time.perf_counter() - self.start < self.DELAY:
            return
        done = self.STAGES.index(name) if name in self.STAGES else 0
        width = 24
        filled = width * done // len(self.STAGES)
        sys.stderr.write(f"\r  building [{'#' * filled}{'.' * (width - filled)}] {name:<10}")
        sys.stderr.flush()
        self.shown = True

    def done(self) -> None:
        if self.shown:
            sys.stderr.write("\r" + " " * 50 + "\r")
            sys.stderr.flush()
            self.shown = False


def _site_files(config: SiteConfig, site: Site, sitemap: list[Any], pages: list[OutputFile],
                diags: Diagnostics, *, search: bool, stale_search: bool = False,
                timings: dict[str, float], recorded: dict[str, tuple[bytes, str]] | None = None,
                last: _LastOutput | None = None, made: dict[str, tuple[bytes, str]] | None = None,
                ahead: _Ahead) -> list[OutputFile]:
    """Feeds, sitemap.xml, robots.txt, and the search index over the rendered pages.

    The feeds (as a set) and the sitemap each have a digest of what they are made from; with
    a cache, when it is the one `recorded` for the files in the output (`state.site_files`, set
    only after a successful write) and `last` still holds those files, they are reused as they are:
    an edit of a briefing's wording changes no feed. `made` receives path -> (digest, sha256)
    for each file made or reused, for the record.
    """
    from briefkit.cache import text_digest
    from briefkit.feeds import feed_path, feed_paths
    from briefkit.sitemap import ROBOTS_FILE, SITEMAP_FILE, robots_txt, sitemap_xml

    def the_sitemap() -> list[tuple[str, bytes, str]]:
        data = sitemap_xml(listed)
        return [(SITEMAP_FILE, data, hashlib.sha256(data).hexdigest())]

    with _timed(timings, "feeds"):
        listed = [e for e in sitemap if e is not None]
        groups = [
            (ahead.feeds_key(site), sorted(feed_path(p) for p in feed_paths(site)), partial(ahead.feeds, site)),
            (text_digest(tuple((e.loc, e.lastmod) for e in listed)), [SITEMAP_FILE], the_sitemap),
        ]
        files = []
        for key, paths, make in groups:
            old = [recorded.get(p) for p in paths] if recorded and last is not None else []
            if old and all(r is not None and r[0] == key and last.holds(p, r[1])  # type: ignore[union-attr]
                           for p, r in zip(paths, old)):
                files += [last.file(p, r[1]) for p, r in zip(paths, old)]  # type: ignore[union-attr, index]
                if made is not None:
                    made.update(zip(paths, old))  # type: ignore[arg-type]
                continue
            for path, data, sha in make():
                files.append(OutputFile(path, data, digest=sha))
                if made is not None:
                    made[path] = (key, sha)
        files.append(OutputFile(ROBOTS_FILE, robots_txt(config)))
    if search and config.search:
        from briefkit.search import index_site

        with _timed(timings, "search"):
            files += index_site(config, pages, diags, reuse_stale=stale_search)
    return files


def _page_file(path: str) -> str:
    """Plans name files ("briefings/x/index.html"); accept a directory URL too."""
    return path + "index.html" if path == "" or path.endswith("/") else path


def _template_pos(config: SiteConfig, filename: str | None, line: int | None) -> Pos | None:
    if not filename:
        return None
    path = Path(filename)
    for base, shown in ((config.root, ""), (Path(__file__).parent, "briefkit/")):
        try:
            return Pos(shown + path.resolve().relative_to(base.resolve()).as_posix(), line)
        except ValueError:
            continue
    return Pos(filename, line)


def _failing_template_line(config: SiteConfig, exc: BaseException) -> Pos | None:
    """Jinja rewrites tracebacks so template frames carry the template file and line."""
    import traceback  # only for a failing template: not on every build's start-up

    frames = [f for f in traceback.extract_tb(exc.__traceback__) if not f.filename.endswith(".py")]
    if not frames:
        return None
    return _template_pos(config, frames[-1].filename, frames[-1].lineno)


# ---------------------------------------------------------------------- images and static files


def _assets(config: SiteConfig, diags: Diagnostics) -> list[OutputFile]:
    """Images and static files to copy (schema has warned about images that are not there).

    Order matters: the site's static/ comes after the theme's, so it overrides file by file.
    """
    files = _tree(config.content_dir / IMAGES_DIR, IMAGES_DIR, config, diags)
    files += _tree(THEME_STATIC, STATIC_DIR, None, diags)
    files += _tree(config.static_dir, STATIC_DIR, config, diags)
    return files


# Files editors, file managers and version control leave behind: never part of a site. Other
# dotfiles are published like any file (someone put them in static/ on purpose).
_JUNK_NAMES = frozenset({".DS_Store", "Thumbs.db", "desktop.ini", ".gitkeep", ".keep", ".gitignore",
                         ".git", ".svn", ".hg", "__pycache__"})


def _is_junk(name: str) -> bool:
    return name in _JUNK_NAMES or name.startswith((".#", "._")) or name.endswith(("~", ".swp", ".swo", ".tmp"))


def _tree(folder: Path, prefix: str, site: SiteConfig | None, diags: Diagnostics) -> list[OutputFile]:
    """Every file under `folder` (editor and OS junk skipped) as `prefix/<relative path>`.

    A folder publishes what lies in it and nothing else: a symlink that leads out of it (to
    site.yaml, .git, drafts or the rest of the disk) is skipped with a warning.
    """
    if not folder.is_dir():
        return []
    real = folder.resolve()
    where = folder.relative_to(site.root).as_posix() if site is not None else prefix
    if site is not None and not real.is_relative_to(site.root.resolve()):
        diags.warning(f"{where}/ links to a folder outside the site: not published", Pos(f"{where}/"),
                      f"make {where}/ a real folder inside the site")
        return []
    out = []
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder)
        if any(_is_junk(part) for part in rel.parts) or not path.is_file():
            continue
        if not path.resolve().is_relative_to(real):
            diags.warning(f"{where}/{rel.as_posix()} links outside {where}/: not published",
                          Pos(f"{where}/{rel.as_posix()}"), "copy the file in instead of linking to it")
            continue
        out.append(OutputFile(f"{prefix}/{rel.as_posix()}", source=path))
    return out


__all__ = ["BuildResult", "Builder", "build", "check"]
