"""htmldate's day read off a list or a masthead away from the headline is no second witness (fixtures in our own words).

A page with no date field prints the story's date under its headline and a box of older releases, each
dated, under the story; htmldate may read the box's first date. That line already votes: htmldate's vote
on top of it must not tip the pick from the date under the headline. Where htmldate reads the headline's
own date, its vote still breaks the tie with a list's date.
"""

from __future__ import annotations

from datetime import date, datetime

from briefkit.importer.markupmeta import Claim, Evidence
from briefkit.importer.metapick import pick_date
from briefkit.importer.printedechoes import echoed_days

TODAY = date(2026, 12, 7)


def _day(when: datetime | date | None) -> date | None:
    return when.date() if isinstance(when, datetime) else when


def _evidence(htmldate: str, *printed: tuple[str, str, int]) -> Evidence:
    ev = Evidence()
    ev.headline_pos = 40
    ev.dates = [Claim(value, source, pos) for value, source, pos in printed]
    ev.dates.append(Claim(htmldate, "htmldate", 0))
    return ev


def test_a_list_date_htmldate_read_does_not_beat_the_date_under_the_headline() -> None:
    # the release's date opens its first paragraph; three older releases are listed, dated, under it
    ev = _evidence(
        "2025-03-14",
        ("19.03.2025", "lead-dateline", 44),
        ("14.03.2025", "dateline", 70),
        ("10.03.2025", "dateline", 73),
        ("02.03.2025", "dateline", 76),
    )
    assert _day(pick_date(ev, today=TODAY)) == date(2025, 3, 19)


def test_a_masthead_date_htmldate_read_does_not_beat_the_byline_date() -> None:
    # the day's date in the masthead, well above the headline; the story's date in its byline under it
    ev = _evidence("2025-06-02", ("Monday, 2 June 2025", "dateline", 2), ("Saturday, 31 May 2025", "dateline", 62))
    ev.headline_pos = 60
    assert _day(pick_date(ev, today=TODAY)) == date(2025, 5, 31)


def test_htmldate_still_breaks_a_tie_for_the_date_by_the_headline() -> None:
    ev = _evidence("2025-06-05", ("5 June 2025, 11:32", "dateline", 43), ("4 June 2025", "dateline", 48))
    assert _day(pick_date(ev, today=TODAY)) == date(2025, 6, 5)
    assert echoed_days([(c, d) for c in ev.dates[:2] if (d := _day_of(c.value))], 40) == {date(2025, 6, 4)}


def test_no_headline_or_no_printed_date_leaves_htmldate_alone() -> None:
    claim = Claim("3 May 2025", "dateline", 90)
    assert echoed_days([(claim, date(2025, 5, 3))], None) == set()
    assert echoed_days([(Claim("2025-05-03", "meta", 0), date(2025, 5, 3))], 40) == set()


def _day_of(value: str) -> date | None:
    from briefkit.importer.metapick import find_date

    return _day(find_date(value))
