"""What changed, and when to rebuild: the file-watching half of `briefkit serve`.

Three parts, kept apart so two of them can be tested without a file system or threads:

* `classify` (pure): a path → which input it belongs to (content, templates, static, config)
  or `IGNORE` (output, cache, VCS folders, editor temp files). Editors save in several steps
  — vim writes a probe file `4913`, a swap file `.x.swp` and a backup `x~`; Emacs leaves lock
  links `.#x` — and only the real file matters.
* `Debouncer`: turns a burst of events (one editor save is 3–6 inotify events; a `git
  checkout` can be hundreds) into ONE call of its action after a quiet period. The action runs
  on the debouncer's single worker thread, so rebuilds never overlap; whatever arrives while
  the action runs is gathered into exactly one more call.
* `watch_site`: the watchdog Observer glue feeding events through `classify` into a
  `Debouncer`. watchdog is imported inside it, so `import briefkit.watch` stays cheap.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path, PurePath


class ChangeKind(StrEnum):
    CONTENT = "content"
    TEMPLATES = "templates"
    STATIC = "static"
    CONFIG = "config"
    IGNORE = "ignore"


# Folders under the site that never hold inputs, whatever the event.
_IGNORED_DIRS = frozenset({".git", ".hg", ".svn", "__pycache__", ".briefkit-cache", "node_modules", ".pytest_cache"})
# Editor and OS droppings: vim swap/backup/probe, Emacs locks and autosaves, JetBrains/other
# "safe write" temp files, macOS and Windows metadata.
_TEMP_NAME = re.compile(
    r"""(
        ^\.?.*\.sw[a-p]x?$      # vim swap files .x.swp .x.swo .x.swx
      | ~$                      # backups x~ and x.md~
      | ^4913$                  # vim's write-permission probe
      | ^\.\#                   # emacs lock links .#x
      | ^\#.*\#$                # emacs autosave #x#
      | \.tmp$ | \.temp$ | ___jb_(tmp|old)___$   # safe-write temp files
      | ^\.DS_Store$ | ^Thumbs\.db$ | ^desktop\.ini$
      | \.briefkit-(staging|old)-   # briefkit's own staging folders
    )""",
    re.VERBOSE,
)
_TOP_KINDS = {"content": ChangeKind.CONTENT, "templates": ChangeKind.TEMPLATES, "static": ChangeKind.STATIC}
CONFIG_NAME = "site.yaml"


def is_editor_temp(name: str) -> bool:
    """Whether a file name is an editor's or the OS's temporary file, never an input."""
    return bool(_TEMP_NAME.search(name))


def classify(
    path: str | PurePath, site_root: str | PurePath, *, output_dir: str | PurePath | None = None
) -> ChangeKind:
    """Which input a changed path belongs to. Pure: looks at the path only, never the disk.

    `output_dir` (absolute, or relative to the site) is ignored wholesale, so writing the
    built site — wherever `site.yaml` puts it — can never trigger a rebuild loop.
    """
    p, root = PurePath(path), PurePath(site_root)
    try:
        rel = p.relative_to(root)
    except ValueError:
        return ChangeKind.IGNORE
    parts = rel.parts
    if not parts:
        return ChangeKind.IGNORE
    if output_dir is not None:
        out = PurePath(output_dir)
        out = out if out.is_absolute() else root / out
        if p == out or out in p.parents:
            return ChangeKind.IGNORE
    if any(part in _IGNORED_DIRS for part in parts) or is_editor_temp(parts[-1]):
        return ChangeKind.IGNORE
    if len(parts) == 1:
        return ChangeKind.CONFIG if parts[0] == CONFIG_NAME else _TOP_KINDS.get(parts[0], ChangeKind.IGNORE)
    return _TOP_KINDS.get(parts[0], ChangeKind.IGNORE)


@dataclass(frozen=True)
class Change:
    path: str  # site-relative POSIX path
    kind: ChangeKind


@dataclass(frozen=True)
class ChangeBatch:
    """Everything that changed during one burst, deduplicated, in arrival order."""

    changes: tuple[Change, ...]

    @property
    def kinds(self) -> frozenset[ChangeKind]:
        return frozenset(c.kind for c in self.changes)

    @property
    def paths(self) -> tuple[str, ...]:
        return tuple(c.path for c in self.changes)

    @property
    def css_only(self) -> bool:
        """Only stylesheets changed: the browser can swap styles without reloading the page."""
        return bool(self.changes) and all(c.path.lower().endswith(".css") for c in self.changes)


class Debouncer:
    """Collects changes and calls `action(batch)` once things have been quiet for `quiet` s.

    `max_wait` bounds the delay under a never-ending stream of events (a long checkout), so
    the preview still moves. One worker thread: actions never overlap, and changes that
    arrive during an action become exactly one further action.
    """

    def __init__(
        self,
        action: Callable[[ChangeBatch], None],
        *,
        quiet: float = 0.1,
        max_wait: float = 2.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._action = action
        self._quiet = quiet
        self._max_wait = max_wait
        self._clock = clock
        self._cond = threading.Condition()
        self._pending: dict[Change, None] = {}
        self._first = 0.0
        self._last = 0.0
        self._stopping = False
        self._busy = False
        self._thread = threading.Thread(target=self._run, name="briefkit-debouncer", daemon=True)

    def start(self) -> Debouncer:
        self._thread.start()
        return self

    def notify(self, change: Change) -> None:
        with self._cond:
            now = self._clock()
            if not self._pending:
                self._first = now
            self._pending[change] = None
            self._last = now
            self._cond.notify_all()

    def idle(self) -> bool:
        """Nothing pending and no action running (tests wait on this)."""
        with self._cond:
            return not self._pending and not self._busy

    def stop(self, timeout: float = 5.0) -> None:
        with self._cond:
            self._stopping = True
            self._cond.notify_all()
        if self._thread.is_alive():
            self._thread.join(timeout)

    def _due(self) -> float | None:
        """Seconds until the pending batch is due (<= 0: now); None when nothing is pending."""
        if not self._pending:
            return None
        now = self._clock()
        return min(self._last + self._quiet, self._first + self._max_wait) - now

    def _run(self) -> None:
        while True:
            with self._cond:
                while not self._stopping:
                    due = self._due()
                    if due is not None and due <= 0:
                        break
                    self._cond.wait(timeout=due)
                if self._stopping:
                    return
                batch = ChangeBatch(tuple(self._pending))
                self._pending.clear()
                self._busy = True
            try:
                self._action(batch)
            except Exception as exc:  # the watcher must outlive any bug in one rebuild
                import traceback

                traceback.print_exception(exc)
            finally:
                with self._cond:
                    self._busy = False


def watch_site(
    site_root: Path,
    on_change: Callable[[Change], None],
    *,
    output_dir: Path | None = None,
) -> Watch:
    """Start a watchdog Observer on the site's inputs; each relevant event → `on_change`.

    content/, templates/ and static/ are watched recursively; the site folder itself only
    non-recursively (for site.yaml), so output/, .git/ and the cache cost no inotify watches.
    """
    from watchdog.events import FileSystemEvent, FileSystemEventHandler
    from watchdog.observers import Observer

    root = Path(site_root).resolve()
    out = Path(output_dir).resolve() if output_dir is not None else None

    class Handler(FileSystemEventHandler):
        def on_any_event(self, event: FileSystemEvent) -> None:
            # opened / closed_no_write / attribute changes alter no bytes; a directory's
            # "modified" only echoes a change to a file inside it, which has its own event.
            if event.event_type in ("opened", "closed_no_write", "attrib"):
                return
            if event.is_directory and event.event_type in ("modified", "closed"):
                return
            paths = [event.src_path]
            if getattr(event, "dest_path", ""):
                paths.append(event.dest_path)
            for raw in paths:
                p = Path(raw if isinstance(raw, str) else raw.decode())
                kind = classify(p, root, output_dir=out)
                if kind is ChangeKind.IGNORE:
                    continue
                if event.is_directory and p.parent == root and p.name in _TOP_KINDS and p not in scheduled:
                    # static/ or templates/ made after start-up: watch inside it from now on
                    scheduled.add(p)
                    observer.schedule(handler, str(p), recursive=True)
                on_change(Change(p.relative_to(root).as_posix(), kind))

    observer = Observer()
    handler = Handler()
    scheduled: set[Path] = set()
    observer.schedule(handler, str(root), recursive=False)
    for name in _TOP_KINDS:
        d = root / name
        if d.is_dir():
            scheduled.add(d)
            observer.schedule(handler, str(d), recursive=True)
    observer.daemon = True
    observer.start()
    return Watch(observer)


@dataclass(frozen=True)
class Watch:
    observer: object

    def stop(self, timeout: float = 5.0) -> None:
        self.observer.stop()  # type: ignore[attr-defined]
        self.observer.join(timeout)  # type: ignore[attr-defined]
