"""`briefkit serve`: live preview. See `preview` for the flow, `server` for the HTTP side and
why it is tornado speaking the livereload protocol, `inject` for what pages get at serve time,
`confine` for the path rules, and `briefkit.watch` for what counts as a change."""

from __future__ import annotations

import sys
import threading
from pathlib import Path
from typing import TextIO

from briefkit.serve.preview import Preview
from briefkit.serve.server import BuildStatus, ListenError, PreviewServer

__all__ = ["BuildStatus", "ListenError", "Preview", "PreviewServer", "serve"]


def serve(
    site_dir: Path,
    *,
    host: str = "127.0.0.1",
    port: int = 8000,
    open_browser: bool = False,
    drafts: bool = False,
    stream: TextIO | None = None,
    stop: threading.Event | None = None,
) -> int:
    """Run a preview until Ctrl-C (or `stop` is set); the exit code: 0, or 1 when it cannot listen."""
    stream = stream or sys.stderr
    preview = Preview(site_dir, host=host, port=port, drafts=drafts, stream=stream)
    try:
        preview.start(wait=False)  # serving from here on; the first build goes on in a child
    except ListenError as exc:
        print(f"error: {exc}\n  hint: {exc.hint}", file=stream)
        preview.stop()
        return 1
    print(
        f"serving {preview.url}  (watching content/, templates/, static/, site.yaml; Ctrl-C stops)",
        file=stream,
        flush=True,
    )
    if open_browser:
        import webbrowser

        threading.Thread(target=webbrowser.open, args=(preview.url,), daemon=True).start()
    stop = stop or threading.Event()
    try:
        while not stop.wait(0.5):
            pass
    except KeyboardInterrupt:
        print("\nstopping", file=stream)
    finally:
        preview.stop()
    return 0
