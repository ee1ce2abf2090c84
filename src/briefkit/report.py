"""Printing diagnostics for people: what the edges (cli, serve, publish) show on a terminal."""

from __future__ import annotations

import os
import sys
from typing import TextIO

from briefkit.diagnostics import Diagnostics, Severity

_COLORS = {Severity.ERROR: "\033[1;31m", Severity.WARNING: "\033[1;33m"}
_RESET = "\033[0m"


def _use_color(stream: TextIO) -> bool:
    return stream.isatty() and "NO_COLOR" not in os.environ


def print_diagnostics(diags: Diagnostics, stream: TextIO | None = None, *, strict: bool = False) -> None:
    """Every diagnostic in file/line order, then a one-line count."""
    stream = stream or sys.stderr
    color = _use_color(stream)
    items = diags.sorted()
    for d in items:
        text = d.format()
        if color:
            sev = d.severity.value
            text = text.replace(f": {sev}: ", f": {_COLORS[d.severity]}{sev}{_RESET}: ", 1)
        print(text, file=stream)
    if items:
        print(diags.summary(), file=stream)
