"""A box of other stories' headlines, each with its date, set into or under a copied story.

Like the ticker `timedlists` reads, a site prints its other stories on a subject as a list whose
entries are a title and the day it ran ("» Ferry fares go up (20.02.2019)", "Pier reopens – 12 March
2024"), often under a label ("More from the harbour:"). Copied, each entry reads like a short line of
the story. The run tells them apart: two or more such lines one under the other, their dates going
back, newest first, as an archive lists them (a story's own timeline counts forward).
"""

from __future__ import annotations

from datetime import date, datetime

from briefkit.importer.blocktext import SENTENCE_END, plain, words
from briefkit.importer.dates import find_date
from briefkit.importer.lazyre import compile_later

# the entry's date at its end, in brackets or after a dash or a bar; a pointer's mark may open the line
_TRAILING = compile_later(r"^[»›>•▸►→\s]*(?P<t>\S.*?)\s*(?:\((?P<b>[^()]{6,30})\)|[-–—|·]\s*(?P<d>[^-–—|·]{6,30}))$")
RUN = 2  # entries, at least
TITLE_WORDS = (2, 16)
LABEL_WORDS = 6  # the box's label over the list: "Other news from the region:"


def _day(unit: str) -> date | None:
    """The day of an entry when the line is a title and its date; None otherwise."""
    m = _TRAILING.match(plain(unit).strip())
    if m is None:
        return None
    found = find_date(m["b"] or m["d"] or "")
    title = m["t"].strip()
    n = len(words(title))
    if found is None or not TITLE_WORDS[0] <= n <= TITLE_WORDS[1] or title.endswith((*SENTENCE_END, ":")):
        return None
    return found.date() if isinstance(found, datetime) else found


def without_dated_runs(body: list[str]) -> list[str]:
    """The story's lines less each run of dated titles going back in time, and the label over it
    (a short line ending in a colon)."""
    days = [_day(u) for u in body]
    drop = [False] * len(body)
    i = 0
    while i < len(body):
        j = i
        while j + 1 < len(body) and _back(days[j], days[j + 1]):
            j += 1
        if days[i] is None or j + 1 - i < RUN or days[i] == days[j]:
            i += 1
            continue
        drop[i : j + 1] = [True] * (j + 1 - i)
        label = plain(body[i - 1]).strip() if i else ""
        if label.endswith(":") and len(words(label)) <= LABEL_WORDS:
            drop[i - 1] = True
        i = j + 1
    return [u for u, d in zip(body, drop, strict=True) if not d]


def _back(upper: date | None, lower: date | None) -> bool:
    """Whether the entry under (`lower`) ran on the day of the one above it or before."""
    return upper is not None and lower is not None and lower <= upper
