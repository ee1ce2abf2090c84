"""The build as one pipeline: `Builder._produce` reads stage by stage, from site.yaml to the files
to write; `Builder._build` adds the cache around it (skip a build with nothing changed, write,
record what was written).

Nothing here raises on bad content: problems become diagnostics, and the output folder is
only touched when the whole site was produced without failing diagnostics, so a broken
edit never costs the user their last good build.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefkit.build.ahead import Ahead
from briefkit.build.assets import asset_files
from briefkit.build.content import load_content, render_bodies
from briefkit.build.first import FirstPages, both_meanwhile, render_soon
from briefkit.build.outcome import BuildResult, Produced
from briefkit.build.render_pages import LastOutput, built_from, changed_since, render_pages
from briefkit.build.site_files import site_files
from briefkit.build.timing import Progress, no_collections, timed
from briefkit.config import SiteConfig, load_config
from briefkit.diagnostics import Diagnostics
from briefkit.output import OutputFile, OutputRefused, WriteReport, check_destination, recover, write_site
from briefkit.search import background_count
from briefkit.searchplace import early_index

if TYPE_CHECKING:
    from briefkit.cache import CacheState


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
        # (under `serve`, `search.Follower` makes the new one meanwhile, and the preview's
        # next build writes it).
        self.preview = preview
        self._search_seen = background_count()  # see `_nothing_changed`
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

    def build(self, first: FirstPages | None = None) -> BuildResult:
        """Build and write the site; with `first`, the pages it wants are handed over as soon
        as they are rendered, before the rest (see `build.first`)."""
        from briefkit.parallel import reap_children

        try:
            with no_collections():
                return self._build(first)
        finally:
            reap_children()  # workers still exiting (long done by now): none outlives the build

    def _build(self, first: FirstPages | None) -> BuildResult:
        from briefkit import cache

        diags, timings = Diagnostics(), dict[str, float]()
        bar = Progress(self.progress)
        with timed(timings, "config"):  # the fingerprint reads site.yaml
            state = self._cache_state(timings)
            inputs = cache.scan_inputs(self.site_dir)
            skipped = self._nothing_changed(state, inputs, diags, timings)
        if skipped is not None:
            return skipped
        walked = self._walk_output_ahead(state)
        with timed(timings, "cache"):
            cache.load_memo(self._cache_path(), state)
            cache.seed_memo(self._cache_path(), state)
        produced = self._produce(diags, timings, state=state, bar=bar, inputs=inputs, first=first)
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

    def _finish(
        self,
        produced: Produced,
        state: CacheState,
        inputs: dict[str, Any] | None,
        diags: Diagnostics,
        timings: dict[str, float],
        bar: Progress,
        walked: tuple[str, Callable[[], set[str] | None]] | None = None,
    ) -> BuildResult:
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
            with timed(timings, "write"):
                try:
                    staging, produced.staging = produced.staging, None  # write_site's from here on
                    existing = walked[1] if walked is not None and walked[0] == os.path.abspath(dest) else None
                    result.report = write_site(
                        produced.files,
                        dest,
                        site_root=config.root,
                        spare=cache.spare_dir(self.site_dir, dest),
                        staging=staging,
                        existing=existing,
                    )
                except OutputRefused as refused:
                    diags.error(refused.message, hint=refused.hint)
                    bar.done()
                    return result
                except OSError as exc:
                    diags.error(
                        f"could not write the site into {dest}: {exc.strerror or exc}",
                        hint="the previous output is unchanged; check free space and permissions",
                    )
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
        fp, content_fp = cache.fingerprints(
            self.site_dir, dest=dest_key, drafts=self.drafts, strict=self.strict, base_url=self.base_url
        )
        path = self._cache_path()
        on_disk = cache.stat_key(path)
        if (
            self._state is not None
            and self._state.fingerprint == fp
            and self._state_file is not None
            and self._state_file == (path, on_disk)
        ):
            return self._state
        state = cache.load(path, fp, record_only=True)
        state.content_fp = content_fp
        # As read (the status taken before reading): a Builder kept (`serve`) keeps it while the file stays so.
        self._state, self._state_file = state, (path, on_disk) if on_disk is not None else None
        return state

    def warm(self) -> None:
        """Make the next build (an edit's, under `serve`) as quick as the ones after it, when
        the last one found nothing changed or ran in another process: read the cache's memo,
        import and prepare what the stages use (the Markdown parser, the templates), and take
        the last search index into memory (`search.recall`)."""
        from briefkit import cache

        cache.load_memo(self._cache_path(), self._cache_state(None))
        config = load_config(self.site_dir, Diagnostics(), base_url=self.base_url)
        if config is not None:
            Ahead(config, keep_compiled=True).prepare()
            if config.search and self.preview:
                from briefkit.search import recall

                recall(config)  # the last search index, for the edit's build to reuse
        import briefkit.linking  # noqa: F401
        import briefkit.pagekeys  # noqa: F401

    def _save(self, state: CacheState, *, memo: bool = True, record: bool = True) -> None:
        from briefkit import cache

        path = self._cache_path()
        cache.save(path, state, memo=memo, record=record)
        self._state = state
        on_disk = cache.stat_key(path)
        self._state_file = (path, on_disk) if on_disk is not None else None

    def _nothing_changed(
        self, state: CacheState, inputs: dict, diags: Diagnostics, timings: dict[str, float]
    ) -> BuildResult | None:
        """The last build's result when no input, flag or output file changed since it; else None."""
        from briefkit import cache

        if state.inputs is None or state.dest is None:
            return None
        if self.preview and self._search_seen != background_count():
            return None  # the preview's background search index is ready: the build writes it
        dest = Path(state.dest)
        if self.output is not None and os.path.abspath(self.output) != state.dest:
            return None
        if not cache.inputs_unchanged(self.site_dir, state.inputs, inputs):
            return None
        if (
            state.manifest is None
            or cache.stat_output(dest, [".briefkit-manifest.json"]).get(".briefkit-manifest.json") != state.manifest
        ):
            return None
        if not cache.output_intact(dest, state.outstat):
            return None
        # A build killed while rendering (its pages were being staged) left the output as it
        # was, and a staging folder: with nothing to write, this is the build that removes it.
        recover(dest)
        diags.extend(state.last_diagnostics)
        report = WriteReport(unchanged=list(state.last_files))
        return BuildResult(True, diags, dest, state.last_pages, report, timings)

    def _remember_pages(self, state: CacheState, produced: Produced) -> Callable[[], None] | None:
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

    def _record(
        self,
        state: CacheState,
        inputs: dict[str, Any] | None,
        dest: Path,
        produced: Produced,
        diags: Diagnostics,
        report: WriteReport,
    ) -> None:
        """After a successful write: what the output now holds, so the next build can skip or reuse it.

        A page reused by its key had its file's status checked against the record this build
        (`LastOutput.holds`) and the write hard-linked that very file, so the recorded status still
        holds; a file written has the status the writer saw once it was written; every other
        file is looked at.
        """
        from briefkit import cache
        from briefkit.output import MANIFEST_NAME

        files = sorted([*report.written, *report.unchanged])
        old = state.outstat
        checked = {
            f.path
            for f in produced.files or ()  # by key
            if f.source is not None and f.digest is not None and f.staged is None
        }
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

    def _produce(
        self,
        diags: Diagnostics,
        timings: dict[str, float],
        *,
        search: bool = True,
        state: CacheState,
        bar: Progress | None = None,
        writes: bool = True,
        inputs: dict[str, Any] | None = None,
        first: FirstPages | None = None,
    ) -> Produced:
        """The stages before writing. `writes=False` (check) leaves the cache folder alone."""
        from briefkit import cache

        self._search_seen = background_count()
        bar = bar or Progress(False)
        with timed(timings, "config"):
            config = load_config(self.site_dir, diags, base_url=self.base_url)
        if config is None:
            return Produced(None, None)
        try:  # refuse a dangerous output folder before doing any work
            check_destination(self._destination(config), config.root)
        except OutputRefused as refused:
            diags.error(refused.message, hint=refused.hint)
            return Produced(config, None)

        bar.stage("content")
        with timed(timings, "content"):
            ahead = Ahead(config, keep_compiled=writes)
            content, digests = load_content(config, diags, self.drafts, state, inputs, meanwhile=ahead.prepare)
        bar.stage("markdown")
        with timed(timings, "markdown"):
            body_digests: dict[str, bytes] = {}
            # The relations follow from the front matter: a cold build makes them meanwhile.
            relate_ahead = None if state.assembled else partial(ahead.relate, content, self.drafts)
            # Pages wanted first are rendered meanwhile too, from the relations and their own bodies.
            soon = None if first is None or diags.errors else partial(render_soon, first, config, content, self.drafts)
            work = both_meanwhile(soon, relate_ahead, ahead)
            bodies = render_bodies(content, config, diags, state, digests, body_digests, meanwhile=work)
        # Imported only now: a cold build's content stage imports them meanwhile (`Ahead`).
        from briefkit.assemble import assemble
        from briefkit.pagekeys import page_jobs

        bar.stage("assemble")
        with timed(timings, "assemble"):
            # With errors already found, assemble's warnings are mostly their echoes (an actor
            # "not annotated" because its misspelt reference was dropped): keep them out.
            site = assemble(
                config,
                content,
                bodies,
                Diagnostics() if diags.errors else diags,
                drafts=self.drafts,
                memo=state.assembled,
                related=ahead.related,
            )
        with timed(timings, "assets"):
            assets = asset_files(config, diags)
        if diags.errors:  # a partial site is not worth rendering; every content problem is known
            return Produced(config, None)
        bar.stage("pages")
        with timed(timings, "pages"):
            jobs = page_jobs(site, digests, body_digests)
            built = built_from(content, digests, body_digests, state.assembled.get("made"))
            changed = changed_since(state.built, built)
        last = LastOutput.of(state, self._destination(config))

        def side_work() -> None:
            """A cold build's: the feeds, and the finished part of the memo (documents, bodies,
            relations) saved, while the render stage's children work."""
            ahead.feeds(site)
            if writes:
                cache.save_memo_parts(self._cache_path(), state, ("docs", "bodies", "assembled"))

        # The staged pages are discarded unless the write takes them (see `_build`).
        produced = Produced(config, None, built=built, staging=self._early_staging(config) if writes else None)
        # A cold build starts Pagefind while it renders (not the preview's: it indexes in the background).
        early = early_index(config, jobs, produced.staging, site) if search and not self.preview and not first else None
        staged: Callable[[], list[OutputFile]] | None = None
        try:
            bar.stage("render")
            with timed(timings, "render"):  # each page planned, digested and (if changed) rendered
                done = render_pages(
                    config,
                    jobs,
                    diags,
                    state=state,
                    last=last,
                    ahead=ahead,
                    meanwhile=None if state.site_files else side_work,
                    rendered=produced.rendered if writes else None,
                    changed=changed,
                    staging=produced.staging,
                    first=first,
                    early_search=early,
                )
            if done is None:
                return produced
            pages, sitemap = done
            produced.pages = len(pages)
            staged = produced.staging.put_later(pages) if produced.staging else None  # while feeds and search are made
            bar.stage("feeds")
            extras = site_files(
                config,
                site,
                sitemap,
                pages,
                diags,
                search=search,
                stale_search=self.preview,
                timings=timings,
                recorded=state.site_files,
                last=last,
                made=produced.site_files,
                ahead=ahead,
                early=early,
            )
            pages = staged() if staged is not None else pages
        except BaseException:
            if staged is not None:
                staged()  # the staging folder is the thread's until then
            produced.discard()
            raise
        finally:
            if early is not None:
                early.cancel()  # a Pagefind the search stage did not take
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
        return self.output if self.output is not None else config.output_dir if config else self.site_dir / "output"


def build(site_dir: Path, **kw: Any) -> BuildResult:
    return Builder(site_dir, **kw).build()


def check(site_dir: Path, **kw: Any) -> Diagnostics:
    return Builder(site_dir, **kw).check()


__all__ = ["BuildResult", "Builder", "build", "check"]
