"""htmldate's day read off a line the page prints away from its headline: an echo of that line, not a witness.

Where a page has no date field, htmldate reads its text, and takes one of the dates it prints: often
the one by the headline, but as often the first of a box of other stories listed under the story
("Weitere Pressemitteilungen 24.11.2023 …") or the day a masthead prints over the headline. The line
it read already votes for its day; htmldate's vote on top of it is the same line counted twice, and
tips the pick from the dateline under the headline to the list's or the masthead's. Where htmldate
agrees with the date printed nearest the headline, its vote stands: it breaks a tie between that
line and a list's date, which is what it is good at.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime

from briefkit.importer.markupmeta import Claim

# the places a date printed on the page is read from, as `metapick` names them
PRINTED = ("time", "time-pub", "dateline", "pub-label", "date-line", "lead-dateline")


def echoed_days(claims: Iterable[tuple[Claim, datetime | date]], headline: int | None) -> set[date]:
    """The days the page prints only away from its headline: htmldate's vote for one of them does not count.

    Empty when no headline is known (nothing tells which printed date is the story's) or when the page
    prints no date at all (htmldate's day then comes from somewhere no other claim reads).
    """
    printed = [(c.position, _day(d)) for c, d in claims if c.source in PRINTED]
    if headline is None or not printed:
        return set()
    nearest = min(abs(p - headline) for p, _ in printed)
    by_headline = {d for p, d in printed if abs(p - headline) == nearest}
    return {d for _, d in printed} - by_headline


def _day(when: datetime | date) -> date:
    return when.date() if isinstance(when, datetime) else when
