"""The headline stands over its byline or dateline, not under it.

A page's header runs: headline, then the byline or the date, then what the page sets between them
and the story (a share row, the picture's caption, a standfirst). A caption describes the story in
the story's own words, so it can share more words with the lead than the headline does and outscore
it, though it stands under the date line that closes the header. When a title-shaped line of a few
words stands right over a byline or date line, and the line the scores chose stands a few lines
under that byline or date with no dated byline of its own under it, the line over the byline is the
headline, unless it scored far less (a kicker or a menu entry over a site's date line).
"""

from __future__ import annotations

from collections.abc import Callable

from briefkit.importer import boilerplate
from briefkit.importer.stoppedheads import dated_byline

REACH = 5  # the lines the header's date, share row and caption take between the headline and the chosen line
MARGIN = 1.0  # how much less the line over the byline may have scored
HEAD_WORDS = 4  # a headline's fewest words: a section's name or a kicker over the date line has fewer


def over_its_meta_line(
    units: list[str],
    scored: list[tuple[float, int, str]],
    found: tuple[float, int, str],
    is_meta: Callable[[str], bool],
) -> tuple[int, str]:
    """The line over the header's byline or date line, when the chosen one stands under it."""
    top, best, title = found
    if best + 1 < len(units) and dated_byline(boilerplate.plain(units[best + 1])):
        return best, title  # the chosen line has its own signed and dated byline under it
    above = sorted(((i, s, t) for s, i, t in scored if best - REACH <= i < best - 1), reverse=True)
    for i, score, text in above:
        if len(boilerplate.words(text)) < HEAD_WORDS or score < top - MARGIN:
            continue
        if text.casefold() == title.casefold() or text != boilerplate.plain(units[i]).strip():
            continue  # a trail's last part printed over the date: the chosen line is its headline in full
        if is_meta(units[i + 1]) and not is_meta(units[i]):
            return i, text
    return best, title
