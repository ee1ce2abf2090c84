"""Pages a build hands over before the rest: what `serve` shows a writer first after an edit.

Mature generators' live previews ("fast render" in Hugo) render the pages the open browsers
show before the rest of the site. Here the build asks `wanted` for those pages once the
content is read and the site assembled (its earlier stages are short for an edit), renders
those among the pages it must render anyway, and hands `deliver` the ones whose bytes differ
from the output's; then it renders and writes the whole site as always. The pages handed over
are the very ones the write then puts in the output (same plan, same render), and nothing is
written for them early: the output still changes only when the whole site is swapped in.

The core defines this shape and calls it; the edge (`serve`) provides it, so the build never
imports the preview.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass


@dataclass(frozen=True)
class FirstPages:
    """`wanted()`: site files shown now ("briefings/x/index.html"), asked when the pages are
    about to render; `deliver(pages)`: those rendered whose bytes changed, file -> bytes,
    called (from the build's thread) before any other page renders. An exception in either
    is ignored: the build goes on, and its end tells the browsers as usual."""

    wanted: Callable[[], Collection[str]]
    deliver: Callable[[dict[str, bytes]], None]
