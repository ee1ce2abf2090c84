"""One preview session: build, serve, watch, rebuild, tell the browsers.

The order of events after a save is the whole point:

1. watchdog reports the change; `watch.classify` drops what is not an input;
2. the `Debouncer` waits for the burst to end, then calls `rebuild` on its own thread (so
   rebuilds never overlap and a save during a build causes exactly one more build);
3. `Builder.build()` writes the site into the preview folder (staged, swapped in whole; on
   failure the folder is not touched, so the last good site stays served). For an edit, the
   build first renders the pages the open browsers show and hands over those that changed
   (`build.first`, Hugo's "fast render"): the server serves them from memory, the browsers
   showing them put them in place at once (`inject`: swapped in, or reloaded), and the build
   then goes on with the rest of the site;
4. once the site is written, the browsers hear about it: a full reload (except for a page
   already shown as it now is), a stylesheet reload when only CSS changed, nothing when the
   output did not change — or, when the build failed, a nudge that makes each page's overlay
   fetch the diagnostics (a page shown early goes back to the last good site).
5. the search index follows in the background (`search.Follower`); when it is made, a quiet
   rebuild in the same queue writes it, and only pages that load the search reload.

The site is built with `base_url = http://HOST:PORT/<sub-path>/`, so a site published under
`https://user.github.io/repo/` is previewed under `/repo/`, links and all. The preview folder is
`.briefkit-cache/serve/` inside the site: never the real output, and reused between sessions.
"""

from __future__ import annotations

import sys
import threading
import time
import traceback
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TextIO

from briefkit.diagnostics import Diagnostic, Diagnostics, Pos, Severity
from briefkit.search import BUNDLE_DIR
from briefkit.serve.inject import SEARCH_RELOAD_PATH
from briefkit.serve.server import BuildStatus, PreviewServer
from briefkit.watch import Change, ChangeBatch, ChangeKind, Debouncer, Watch, classify, watch_site

BuilderFactory = Callable[..., Any]
SEARCH_CHANGE = ".briefkit-cache/search"  # the pseudo-change of a background index made
RELOAD_GRACE = 0.5  # s the build waits at most for a page it handed over to be loaded again


def _default_builder_factory(site_dir: Path, **kwargs: Any) -> Any:
    from briefkit.build import Builder

    return Builder(site_dir, preview=True, **kwargs)


def _diagnostic_items(diags: Any) -> list[Diagnostic]:
    if diags is None:
        return []
    if isinstance(diags, Diagnostics):
        return diags.sorted()
    return sorted(diags, key=Diagnostic.sort_key)


def diagnostics_json(items: Iterable[Diagnostic]) -> tuple[dict[str, Any], ...]:
    """Diagnostics for the overlay, errors first, then in file/line order."""
    ordered = sorted(items, key=lambda d: (d.severity is not Severity.ERROR, d.sort_key()))
    return tuple(
        {
            "severity": d.severity.value,
            "where": str(d.pos) if d.pos else "",
            "path": d.pos.path if d.pos else None,
            "line": d.pos.line if d.pos else None,
            "col": d.pos.col if d.pos else None,
            "message": d.message,
            "hint": d.hint,
            "text": d.format(),
        }
        for d in ordered
    )


def _site_paths(value: Any) -> list[str] | None:
    """The report's file list, or None when the report does not list files."""
    if isinstance(value, (list, tuple, set, frozenset)):
        return [str(v) for v in value]
    return None


def _takes_first(builder: Any) -> bool:
    """Whether the builder's `build` takes `first` (a stand-in's may not)."""
    import inspect

    try:
        return "first" in inspect.signature(builder.build).parameters
    except (TypeError, ValueError):
        return False


def _page_like(path: str) -> bool:
    """A written file no page loads: a page itself, a feed, the sitemap, the manifest."""
    return path.endswith((".html", ".xml", ".txt")) or path == ".briefkit-manifest.json"


def _read_base_path(site_dir: Path, stream: TextIO) -> str:
    """The configured base_url's path ("/" or "/repo/"); "/" when site.yaml cannot be read yet
    (the build reports why, in the terminal and the overlay)."""
    try:
        from briefkit.config import load_config

        config = load_config(site_dir, Diagnostics())
    except Exception:
        return "/"
    return config.base_path if config is not None else "/"


class Preview:
    """Build + server + watcher, wired together. `start()` then `stop()`; tests drive it directly."""

    def __init__(
        self,
        site_dir: Path,
        *,
        host: str = "127.0.0.1",
        port: int = 8000,
        drafts: bool = False,
        output_dir: Path | None = None,
        builder_factory: BuilderFactory | None = None,
        stream: TextIO | None = None,
        quiet: float = 0.05,
        watch: bool = True,
    ) -> None:
        self.site_dir = Path(site_dir).resolve()
        self.output_dir = Path(output_dir) if output_dir else self.site_dir / ".briefkit-cache" / "serve"
        self.drafts = drafts
        self.stream = stream or sys.stderr
        self._builder_factory = builder_factory or _default_builder_factory
        self._watching = watch
        self.base_path = _read_base_path(self.site_dir, self.stream)
        self.server = PreviewServer(self.output_dir, host=host, port=port, base_path=self.base_path)
        self._builder: Any = None
        self._generation = 0
        self._last_ok: bool | None = None
        self._debouncer = Debouncer(self.rebuild, quiet=quiet)
        self._watch: Watch | None = None
        self._search: Any = None  # search.Follower while serving
        self._search_refresh = False  # the pending rebuild is the background index's
        self._early: dict[str, bytes] = {}  # pages this build handed over before writing
        self._starting: threading.Thread | None = None  # `start(wait=False)`'s first build

    @property
    def url(self) -> str:
        return self.server.url

    def _say(self, text: str) -> None:
        print(text, file=self.stream, flush=True)

    def _make_builder(self) -> Any:
        base_url = self.server.origin + self.base_path
        return self._builder_factory(self.site_dir, output=self.output_dir, drafts=self.drafts, base_url=base_url)

    # ------------------------------------------------------------------ lifecycle

    def start(self, *, wait: bool = True) -> None:
        """Bind (raising ListenError at once), serve, build, then watch and rebuild on changes;
        with `wait=False`, return once serving, the first build going on.

        Only a process with one thread forks its workers (`parallel`): so the first build runs
        in a child forked before any thread starts (`firstbuild`), on every core, while this
        process serves at once. A page asked for meanwhile is rendered first by that build and
        served as soon as it is there (static files are served from their sources); anything
        else waits for the site to be written. A builder that is not briefkit's (a test's), or
        a process with threads already, builds here before serving, as before. Files saved
        while the first build runs are found by comparing the inputs before it with the inputs
        once watching.
        """
        from briefkit.cache import scan_inputs

        self.server.bind()
        self._builder = self._make_builder()
        before = scan_inputs(self.site_dir) if self._watching else {}
        started = time.perf_counter()
        child = self._fork_first_build()
        if child is None:
            self.rebuild(None)
            self._settle(before)
            return
        self.server.begin_first(child.want, self._static_files())
        self.server.start()
        if wait:
            self._first_in_child(child, before, started)
        else:
            self._starting = threading.Thread(
                target=self._first_in_child, args=(child, before, started), name="briefkit-first-build", daemon=True
            )
            self._starting.start()

    def _fork_first_build(self) -> Any:
        """The first build started in a child (`firstbuild.ChildBuild`), or None when it is
        built here: a stand-in builder, no fork, or threads already running."""
        from briefkit.build import Builder
        from briefkit.parallel import can_fork

        if not isinstance(self._builder, Builder) or not can_fork():
            return None
        from briefkit.serve.firstbuild import ChildBuild

        child = ChildBuild(self._builder, close=self.server.listening())
        child.start()
        return child

    def _static_files(self) -> dict[str, Path]:
        """The files the build copies as they are (static, images), by site path: served from
        their sources while the first build runs, so a page shown early has its stylesheet."""
        try:
            from briefkit.build.assets import asset_files
            from briefkit.config import load_config

            config = load_config(self.site_dir, Diagnostics())
            if config is None:
                return {}
            return {f.path: Path(f.source) for f in asset_files(config, Diagnostics()) if f.source is not None}
        except Exception:  # noqa: BLE001 - only a head start: they come with the written site
            return {}

    def _first_in_child(self, child: Any, before: dict[str, Any], started: float) -> None:
        """Wait for the child's build, serving the pages it hands over meanwhile; then as `rebuild`."""
        self._early = {}

        def show(pages: dict[str, bytes]) -> None:
            self._early.update(pages)
            self.server.put_fresh(pages)
            ms = (time.perf_counter() - started) * 1000
            self._say(f"showing in {ms:.0f} ms: " + ", ".join(sorted(pages)[:3]) + (" …" if len(pages) > 3 else ""))

        try:
            try:
                result = child.wait(show)
            except Exception as exc:
                self._internal_error(exc)
            else:
                self._conclude(result, None, started, refresh=False)
        finally:
            self.server.end_first()
        self._settle(before)

    def _settle(self, before: dict[str, Any]) -> None:
        """After the first build: prepare for the first edit, serve, watch, rebuild on changes."""
        from briefkit.cache import scan_inputs

        warm = getattr(self._builder, "warm", None)
        if warm is not None:
            try:  # when the first build found nothing changed: the first edit's build is as quick as the next
                warm()
            except Exception as exc:  # only a head start: the edit's build does it, and reports
                self._say(f"warning: could not prepare for the first edit: {exc!r}")
        if not self.server.started:
            self.server.start()
        from briefkit.search import Follower

        # from now on an edit's build reuses the last search index; this thread makes the new one
        self._search = Follower(self._search_ready, self._search_failed).start()
        if self._watching:
            self._watch = watch_site(self.site_dir, self.notify, output_dir=self.output_dir)
            for change in self._changed_since(before, scan_inputs(self.site_dir)):
                self.notify(change)
        self._debouncer.start()

    def _changed_since(self, before: dict[str, Any], now: dict[str, Any]) -> list[Change]:
        root = Path(self.site_dir).resolve()
        changed = sorted(rel for rel in before.keys() | now.keys() if before.get(rel) != now.get(rel))
        found = [Change(rel, classify(root / rel, root, output_dir=Path(self.output_dir).resolve())) for rel in changed]
        return [c for c in found if c.kind is not ChangeKind.IGNORE]

    def stop(self) -> None:
        if self._starting is not None:
            self._starting.join()  # the first build ends (it is not killed half-way)
        if self._watch is not None:
            self._watch.stop()
        self._debouncer.stop()
        if self._search is not None:
            self._search.stop()
        self.server.stop()

    def notify(self, change: Change) -> None:
        self._debouncer.notify(change)

    def _search_ready(self) -> None:
        """The background index is made: a quiet rebuild, queued like an edit's (never racing
        one), writes it; an edit meanwhile makes that rebuild anyway."""
        self._search_refresh = True
        self._debouncer.notify(Change(SEARCH_CHANGE, ChangeKind.IGNORE))

    def _search_failed(self, message: str) -> None:
        self._say(f"warning: search index not updated: {message}; search still finds the last indexed text")

    # ------------------------------------------------------------------ one rebuild

    def rebuild(self, batch: ChangeBatch | None) -> None:
        refresh, self._search_refresh = self._search_refresh, False
        if batch is not None and batch.paths != (SEARCH_CHANGE,):
            self._say("changed: " + ", ".join(batch.paths[:5]) + (" …" if len(batch.paths) > 5 else ""))
            if ChangeKind.CONFIG in batch.kinds:
                self._reconfigure()
        started = time.perf_counter()
        self._early = {}
        try:
            result = self._build(batch, started)
        except Exception as exc:  # a bug in a stage must not take the preview down
            self._internal_error(exc)
            return
        self._conclude(result, batch, started, refresh)

    def _internal_error(self, exc: Exception) -> None:
        from briefkit.serve.firstbuild import FirstBuildError

        # the child's traceback is its message
        self._say(str(exc) if isinstance(exc, FirstBuildError) else "".join(traceback.format_exception(exc)).rstrip())
        self._failed(
            [
                Diagnostic(
                    Severity.ERROR,
                    "internal error while building"
                    + (": the build's process failed" if isinstance(exc, FirstBuildError) else f": {exc!r}"),
                    hint="this is a bug in briefkit; the traceback is in the terminal",
                )
            ]
        )

    def _conclude(self, result: Any, batch: ChangeBatch | None, started: float, refresh: bool) -> None:
        """Report a build's result, and tell the browsers what it changed."""
        ms = (time.perf_counter() - started) * 1000
        items = _diagnostic_items(getattr(result, "diagnostics", None))
        if not result.ok:
            from briefkit.report import print_diagnostics

            print_diagnostics(Diagnostics(list(items)), self.stream)
            # The preview folder outlives sessions; when it holds no site yet there is nothing
            # good to fall back on, and saying so spares the writer a puzzling 404.
            kept = (
                "still serving the last good site"
                if (self.output_dir / "index.html").is_file()
                else "nothing to serve until it builds (each page shows the errors)"
            )
            self._say(f"build failed after {ms:.0f} ms; {kept}")
            self._failed(items)
            return
        self.server.clear_fresh()  # the written site holds them now
        if items:
            from briefkit.report import print_diagnostics

            print_diagnostics(Diagnostics(list(items)), self.stream)
        report = getattr(result, "report", None)
        self._generation += 1
        was_broken = self._last_ok is False
        self._last_ok = True
        self.server.set_status(BuildStatus(ok=True, generation=self._generation))
        summary = report.summary() if report is not None and hasattr(report, "summary") else ""
        if not refresh or batch is None or batch.paths != (SEARCH_CHANGE,):
            self._say(f"built in {ms:.0f} ms" + (f": {summary}" if summary else ""))
        else:
            self._say("search index updated")
        if batch is None and not was_broken:
            # the first build: only a page shown before it was written can be open, and it
            # reloads only if the page written is not the one it shows
            if self._early:
                self.server.reload("*", skip=self._current_pages(set(self._early)))
            return
        self._tell_browsers(batch, report, was_broken)

    def _build(self, batch: ChangeBatch | None, started: float) -> Any:
        """The builder's build; for an edit while the site is good, with the pages the open
        browsers show handed over first (`_show_early`)."""
        early = batch is not None and self._last_ok is True and batch.paths != (SEARCH_CHANGE,)
        if not early or not _takes_first(self._builder):
            return self._builder.build()
        from briefkit.build.first import FirstPages

        def show(pages: dict[str, bytes]) -> None:
            self._show_early(pages, started)

        return self._builder.build(first=FirstPages(self.server.viewed_pages, show))

    def _show_early(self, pages: dict[str, bytes], started: float) -> None:
        """Serve the pages the build handed over and reload the browsers showing them, then
        let them load before the build goes on: on a small machine the rest of the build would
        take a core and the interpreter's lock from the server and the browser meanwhile."""
        self._early.update(pages)
        self.server.put_fresh(pages)
        ms = (time.perf_counter() - started) * 1000
        self._say(f"showing in {ms:.0f} ms: " + ", ".join(sorted(pages)[:3]) + (" …" if len(pages) > 3 else ""))
        self.server.reload_pages(pages, wait=RELOAD_GRACE)

    def _current_pages(self, changed: set[str]) -> set[str]:
        """The pages being viewed that show what is now written: their file did not change, or
        was handed over early with the bytes now written."""
        current = set()
        for path in self.server.viewed_pages():
            try:
                if path in self._early:
                    if (self.output_dir / path).read_bytes() == self._early[path]:
                        current.add(path)
                elif path not in changed and (self.output_dir / path).is_file():
                    current.add(path)
            except OSError:
                continue
        return current

    def _tell_browsers(self, batch: ChangeBatch | None, report: Any, was_broken: bool) -> None:
        if was_broken:
            self.server.reload("*")  # also clears the overlay: the reloaded page finds ok
            return
        written = _site_paths(getattr(report, "written", None))
        removed = _site_paths(getattr(report, "removed", None))
        if written is not None and removed is not None:
            changed = written + removed
            if not changed:
                return  # e.g. a draft edited: nothing a browser could show changed
            if all(p.startswith(BUNDLE_DIR + "/") for p in changed):
                self.server.reload(SEARCH_RELOAD_PATH)  # only a page using the search reloads
                return
            if all(p.lower().endswith(".css") for p in changed):
                for p in written:
                    self.server.reload(self.base_path + p.lstrip("/"), live_css=True)
                return
        elif batch is not None and batch.css_only:
            for p in batch.paths:
                self.server.reload(p, live_css=True)
            return
        # When only pages changed (no stylesheet, script or image), a page needs a reload only
        # if its own file changed, and was not already shown as it is now written.
        pages_only = written is not None and removed is not None and all(_page_like(p) for p in written + removed)
        self.server.reload("*", skip=self._current_pages(set(written or ()) | set(removed or ())) if pages_only else ())

    def _failed(self, items: list[Diagnostic]) -> None:
        self.server.clear_fresh()
        self._generation += 1
        self._last_ok = False
        if not any(d.severity is Severity.ERROR for d in items):
            items = items + [Diagnostic(Severity.ERROR, "the build failed", Pos("site.yaml"))]
        self.server.set_status(BuildStatus(ok=False, generation=self._generation, diagnostics=diagnostics_json(items)))
        self.server.show_status()
        if self._early:  # pages shown early go back to the last good site, under the overlay
            self.server.reload("*", only=set(self._early))
            self._early = {}

    def _reconfigure(self) -> None:
        """site.yaml changed: a new base path means new URLs everywhere, so a fresh Builder."""
        base_path = _read_base_path(self.site_dir, self.stream)
        if base_path != self.base_path:
            self.base_path = base_path
            self.server.base_path = base_path
            self._builder = self._make_builder()
            self._say(f"base path is now {base_path}: {self.url}")
