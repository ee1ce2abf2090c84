"""A banner's prose opening the densest run, a menu between it and the headline.

A copied page often opens with a consent banner or a site's notice: a paragraph or three of
prose, its buttons, then the site's masthead and menu, a long stretch of short lines, and only
then the headline with its byline or date and the story. When the story is short or the banner
long, the densest run of prose starts at the banner and reaches over the menu into the story,
and the headline, far below the run's first part, is never read as one. The page's structure
tells the banner apart without reading its words (which come in every language): a few prose
units, then a stretch of short lines no story prints, then a title-shaped line with its byline
or date under it. The run then starts after the stretch.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

BANNER_UNITS = 4  # at most this many prose units over the menu: a banner, not a story's opening
MENU_UNITS = 6  # at least this many short lines in a row: a menu, not a list inside the story
_LOOK = 4  # how far past the menu's last line the dated headline may stand


def past_banner(
    units: Sequence[str],
    values: Sequence[int],
    span: tuple[int, int],
    is_dated: Callable[[int], bool],
) -> int:
    """The run's start moved past a banner and the menu under it, or the start as it was.

    `span` is the run (start, end); `is_dated(i)` tells whether unit i is a title-shaped line with
    a byline or date right under it. The prose over the menu must weigh less than half the
    run's, so a story's own lead over a list inside the story keeps its place.
    """
    start, end = span
    mass = sum(v for v in values[start:end] if v > 0)
    i, opening, banner = start, 0, 0
    while i < end and values[i] > 0:
        opening += 1
        banner += values[i]
        i += 1
    if not opening or opening > BANNER_UNITS or 2 * banner > mass:
        return start
    menu = i
    while i < end and values[i] <= 0:
        i += 1
    if i - menu < MENU_UNITS or i >= end:
        return start
    # the headline stands in the stretch's last lines (with its byline and date) or opens the prose under it
    heads = [j for j in range(max(menu, i - _LOOK), min(end - 1, i + 1)) if is_dated(j)]
    return i if heads else start
