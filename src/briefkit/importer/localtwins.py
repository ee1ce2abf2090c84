"""A UTC time in the markup and the same instant printed on the page in the site's own clock.

A page's metadata often gives the publication time in UTC, while the dateline under the headline
prints the wall clock of the newsroom without naming its zone ("08:30, Sep 08 2026" in New
Zealand is 20:30 UTC the day before). The day a reader sees is the one the page prints, so when
the printed time is the UTC time moved by an offset some time zone really uses, the two are one
instant and the page's own day wins. An update printed hours later rarely lands on a real zone
offset to the minute, and a printed date without a clock time never counts. A time printed with
its zone's name ("00:40 CET", "6:30am AEDT") is twinned when it is the very same instant.

A `<time>` element's machine-readable attribute is markup too, though the element is printed:
"2022-08-22T04:40:00Z" on a `<time>` reading "21 de agosto de 2022 - 11:40 p. m." is twinned
like the metadata. The printed line is read with its clock time even where the date pick reads
only its day (`reread`), since a wordy date's time ("11:40 p. m.") is what ties the two.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone

from briefkit.importer.lazyre import compile_later
from briefkit.importer.markupmeta import Claim

# the offsets time zones use: whole hours from -12 to +14, and the few half and three-quarter hours
_OFFSETS: frozenset[timedelta] = frozenset(
    [timedelta(hours=h) for h in range(-12, 15) if h]
    + [timedelta(hours=h, minutes=m) for h, m in ((3, 30), (4, 30), (5, 30), (5, 45), (6, 30), (8, 45))]
    + [timedelta(hours=h, minutes=m) for h, m in ((9, 30), (10, 30), (12, 45))]
    + [-timedelta(hours=h, minutes=m) for h, m in ((3, 30), (9, 30))]
)


def printed_twin(when: datetime, printed: list[datetime]) -> datetime | None:
    """`when` (a UTC time) in the zone of the first time printed on the page that is the same
    instant on another day (zoneless, or naming its zone), or None."""
    if when.utcoffset() != timedelta(0):
        return None
    # a page prints its clock to the minute: the markup's seconds ("00:47:12Z") are no other instant
    minute = when.replace(second=0, microsecond=0)
    wall = minute.replace(tzinfo=None)
    for other in printed:
        if other.tzinfo is not None:
            # a time printed with its zone's name ("00:40 CET"): the same instant, told in the page's clock
            if other.replace(second=0, microsecond=0) == minute and other.date() != wall.date():
                return other
            continue
        if (other.hour, other.minute) == (0, 0):
            continue
        shift = other.replace(second=0, microsecond=0) - wall
        if shift in _OFFSETS and other.date() != wall.date():
            return when.astimezone(timezone(shift))
    return None


def printed_day(when: datetime, days: list[date]) -> date | None:
    """The day printed by the headline without a clock time that `when` (a UTC time) falls on in some
    zone, when it is the day before or after UTC's ("21 de agosto de 2022" for 04:40 UTC on the 22nd:
    five hours behind UTC, the page's evening); None when the page prints its UTC day nearer the headline,
    or several other days, or a day no zone reaches (20:00 UTC on the 22nd is the 21st nowhere: another
    event). `days` come nearest first: the UTC day printed only farther off is the masthead's day of
    reading ("Thursday, April 16" over the story's "April 15"), which a late evening's story is read on."""
    if when.utcoffset() != timedelta(0) or not days or days[0] == when.date():
        return None
    if set(days) - {days[0], when.date()}:
        return None
    reached = {(when + shift).date() for shift in _OFFSETS}
    return days[0] if days[0] in reached else None


# a value written for machines, not readers: an ISO time with its clock ("2022-08-22T04:40:00Z")
_MACHINE_TIME = compile_later(r"\s*\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")


def as_printed(
    claims: list[tuple[Claim, datetime | date]],
    nearest: list[Claim],
    visible: tuple[str, ...],
    reread: Callable[[str], datetime | date | None] | None = None,
    close: Callable[[Claim], bool] = lambda _: True,
) -> list[tuple[Claim, datetime | date]]:
    """The markup's UTC times in the zone of a time printed by the headline (`nearest`: the
    visible claims nearest it), the visible claims as they are (but a `<time>`'s ISO attribute).
    `reread` reads a nearest claim's clock time where its parsed value is a day only; a day printed
    without a clock time counts only when `close` (to the headline) too."""
    found = {id(c): d for c, d in claims}
    printed: list[datetime] = []
    days: list[date] = []  # the days printed with no clock time
    for c in nearest:
        d = found[id(c)]
        if not isinstance(d, datetime) and reread is not None and isinstance(again := reread(c.value), datetime):
            d = again if again.date() == d else d
        if isinstance(d, datetime):
            printed.append(d)
        elif _MACHINE_TIME.match(c.value) is None and close(c):
            days.append(d)
    out: list[tuple[Claim, datetime | date]] = []
    for claim, parsed in claims:
        markup = claim.source not in visible or _MACHINE_TIME.match(claim.value) is not None
        twin: datetime | date | None = None
        if isinstance(parsed, datetime) and markup:
            twin = printed_twin(parsed, printed) or (None if printed else printed_day(parsed, days))
        out.append((claim, twin or parsed))
    return out
