"""The lines between a headline's byline or date and the story, which are never the headline.

Under a headline and its byline or dateline a page prints its share buttons, a picture and its
caption, then the story. A caption speaks of the story in the story's words, so it can read as a
better headline than the headline itself; but a headline never stands under another headline's
byline. So a title-shaped line under the dated line of a clear candidate (of four words or more,
already reading as a headline), set apart from that line by another (the share buttons), with no
byline or date of its own under it, yields to that candidate.
"""

from __future__ import annotations

from collections.abc import Callable

CLEAR = 1.0  # a candidate's score from which it reads as a headline on its own
_BELOW = 4  # how far under the candidate's dated line the line it takes back from may stand


def past_its_meta(
    units: list[str], scored: list[tuple[float, int, str]], is_meta: Callable[[str], bool]
) -> list[tuple[float, int, str]]:
    """The candidates less those standing under a clear candidate's byline or date line."""
    heads = [
        i
        for score, i, text in scored
        if score >= CLEAR and len(text.split()) >= 4 and i + 1 < len(units) and is_meta(units[i + 1])
    ]
    if not heads:
        return scored

    def own_meta(j: int) -> bool:
        return any(is_meta(u) for u in units[j + 1 : j + 3])

    def under(j: int) -> bool:
        return any(i + 2 < j <= i + 1 + _BELOW for i in heads) and not own_meta(j)

    kept = [entry for entry in scored if not under(entry[1])]
    return kept or scored
