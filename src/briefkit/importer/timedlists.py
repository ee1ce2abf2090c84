"""A box of the latest headlines, each with its time, set between a story's paragraphs.

Newsrooms set a teaser of their live page or of their latest stories into a story: a label ("Live",
"Newsblog", "Latest Stories"), maybe the live page's own headline, then two or more entries that are a
clock time and a title ("17:52 Uhr Carmakers report fewer orders", "Tenant wins appeal 16:58"). Copied,
each entry reads like a short subheading of the story. What tells them apart is the run: two or more
such lines one under the other, no paragraph between them, their times going back, newest first, as a
ticker prints them. A programme in a story (a festival's running order) counts its times forward.
"""

from __future__ import annotations

import re

from briefkit.importer.blocktext import SENTENCE_END, plain, words
from briefkit.importer.lazyre import compile_later

# a clock time before the title, with the zone or the word for "o'clock" after it, or the time after the title
_LEADING = compile_later(
    r"^(?P<h>\d{1,2})[:.](?P<m>[0-5]\d)(?:\s*(?:uhr|h|gmt|bst|cet|cest|utc|et|ct|pt|est|edt|ora|hrs?)\b\.?)?\s+(?P<t>\S.*)$",
    re.I,
)
_TRAILING = compile_later(r"^(?P<t>\S.*?)\s+(?P<h>\d{1,2})[:.](?P<m>[0-5]\d)$")
RUN = 2  # entries, at least
TITLE_WORDS = (2, 16)
LABEL_WORDS = 1  # the box's label over the live page's headline: "Live", "Newsblog", "Ticker"


def _minutes(unit: str) -> int | None:
    """The time of an entry, in minutes of the day, when the line is a time and a title; None otherwise."""
    text = plain(unit).strip()
    m = _LEADING.match(text) or _TRAILING.match(text)
    if m is None or int(m["h"]) > 23:
        return None
    return int(m["h"]) * 60 + int(m["m"]) if _title(m["t"]) else None


def _title(text: str) -> bool:
    n = len(words(text))
    return TITLE_WORDS[0] <= n <= TITLE_WORDS[1] and not text.rstrip().endswith((*SENTENCE_END, ":"))


def without_timed_lists(body: list[str]) -> list[str]:
    """The story's lines less each run of timed headlines going back in time, with the headline right over
    the run (the live page's or the box's label) and a one-word label over that."""
    times = [_minutes(u) for u in body]
    drop = [False] * len(body)
    i = 0
    while i < len(body):
        j = i
        while j + 1 < len(body) and _earlier(times[j + 1], times[j]):
            j += 1
        if times[i] is None or j + 1 - i < RUN:
            i += 1
            continue
        drop[i : j + 1] = [True] * (j + 1 - i)
        above = i - 1
        if above >= 0 and times[above] is None and _title(plain(body[above]).strip()):
            drop[above] = True
            if above >= 1 and len(words(plain(body[above - 1]))) == LABEL_WORDS and not _closed(body[above - 1]):
                drop[above - 1] = True
        i = j + 1
    return [u for u, d in zip(body, drop, strict=True) if not d]


def _earlier(later: int | None, earlier: int | None) -> bool:
    """Whether the entry under (`later` in the list) carries an earlier time than the one above it."""
    return later is not None and earlier is not None and later < earlier


def _closed(unit: str) -> bool:
    return plain(unit).rstrip().endswith(SENTENCE_END)
