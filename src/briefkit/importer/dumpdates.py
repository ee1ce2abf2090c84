"""Which of a copied page's dates is its own, when the lines under the headline print none.

Pages put "20. November 2022 von Jane Roe" in one line, the date in a breadcrumb, under the story,
in a wiki's footer; around them stand dates that are not the page's: a comment's, a cited paper's,
another story's in a list of them, a day the story tells of. `textdump` asks here when its header
pass found no dateline; `textaround` reads the byline printed away from the headline the same way.
"""

from __future__ import annotations

import functools
import re
from datetime import date, datetime

from briefkit.importer import boilerplate, storyedges, storyspan, yearless
from briefkit.importer.copylinks import copied_addresses
from briefkit.importer.datelabels import (
    PAGE_DATED,
    PUBLISHED_LABEL,
    RELATIVE_DATE,
    THIS_PAGE,
    UPDATED_LINE,
    named_update,
)
from briefkit.importer.dates import date_in_address, find_date, in_future, parse_date
from briefkit.importer.firstdates import first_published_line
from briefkit.importer.headshapes import counter_fields, counters_line
from briefkit.importer.inlinebylines import find_byline
from briefkit.importer.lazyre import compile_later, has_digit
from briefkit.importer.leaddatelines import lead_dateline, yearless_lead
from briefkit.importer.scriptdates import as_latin
from briefkit.importer.shortyears import labelled_short_date

# A line whose date is a comment's or a cited paper's: "Jane Roe 23 May 2024 at 12:33 Reply",
# "In: Science; Vol. 371, pp. 260 - 264, 15. Januar 2021, DOI …"
_DATES_SOMETHING_ELSE = compile_later(
    r"\b(?:reply|antworten|répondre|responder|rispondi|beantwoorden)$|\b(?:says|sagt|dit|dice|diz|zegt)\s*:"
    r"|\bdoi\b|\bvol\.\s*\d|\bpp\.\s*\d|\bissue\s+\d",
    re.I,
)


def page_date(
    units: list[str], span: storyspan.Span, printed: datetime | date | None, updated_only: bool, url: str | None
) -> tuple[datetime | date | None, str | None]:
    """The page's date, and a note when the reader should check it: the date under the headline; when
    that is only an "Updated …" line, a date labelled as the publication's further down ("Veröffentlicht
    am …" under the story); when none is printed there, one away from the headline; then the day in
    the page's own address; then a day and hour printed without a year near the headline (`yearless`)."""
    if printed is not None and (first := _first_published(units, span, printed)) is not None:
        return first, None  # "First uploaded on: 02-12-2025" under the story: the top date was the change's
    if printed is not None and not updated_only:
        return printed, None
    if printed is not None:
        own = next(
            (w for i in range(span.title + 1, min(len(units), span.end + 60)) if (w := _published(units, i, span))),
            None,
        )
        if own is None:
            own = _before_update(units, span, printed) or _lead_before(units, span, printed)
        return (own, None) if own is not None else (printed, UPDATED_ONLY)
    if (when := date_near(units, span)) is not None:
        return when, None
    if (filed := address_date(units, span, url)) is not None:
        return filed, "no date is printed: the day is the one in the page's address"
    if (day := yearless.near_headline(units, span.title, span.start)) is not None:
        return day, YEARLESS
    return None, None


def _first_published(units: list[str], span: storyspan.Span, printed: datetime | date) -> datetime | date | None:
    """An earlier date the page labels as the first publication's in a line of its own, in or under the story
    (not among the comments): the date under the headline was a later change's (`firstdates`)."""
    for i in range(span.title + 1, min(len(units), span.end + 60)):
        text = boilerplate.plain(units[i]).strip()
        if storyedges.COMMENTS.match(text):
            break
        first = len(text.split()) <= _HEAD_LINE_WORDS + 2 and first_published_line(text)
        if first or _closing_published(text, i, span):
            when = find_date(text)
            return when if when is not None and when < _comparable(printed, when) else None
    return None


# how far past the story's end its own publication line may stand (a teaser's under other stories does not)
_CLOSING_LINES = 2


def _closing_published(text: str, i: int, span: storyspan.Span) -> bool:
    """A sentence under the story's last paragraph that opens with the publication's label and its date
    ("Published on 3 June 2024 at 07:10. The broadcast covers it too."): a page that prints its last
    change under the headline ("As of: 4 June 2024") prints its first publication there."""
    if not span.start < i <= span.end + _CLOSING_LINES or not PUBLISHED_LABEL.match(text):
        return False
    first = re.split(r"(?<=[^\d\s][.!?])\s+|(?<=\d{2}[.!?])\s+(?=[A-ZÀ-Þ])", text, maxsplit=1)[0]
    return len(first.split()) <= _HEAD_LINE_WORDS and find_date(first) is not None


def _comparable(printed: datetime | date, other: datetime | date) -> datetime | date:
    """`printed` in `other`'s kind, so that the two compare: a day for a day, an aware time for an aware one."""
    if isinstance(other, datetime) and isinstance(printed, datetime):
        if (other.tzinfo is None) != (printed.tzinfo is None):
            return printed.replace(tzinfo=other.tzinfo)
        return printed
    if isinstance(other, datetime):
        return datetime.combine(printed, datetime.max.time(), other.tzinfo)
    return _day(printed)


# how long a line under the headline may be that dates the piece itself ("Press release of 3 December 2026")
_HEAD_LINE_WORDS = 10


def _before_update(units: list[str], span: storyspan.Span, updated: datetime | date) -> datetime | date | None:
    """An earlier day printed in a short line under the headline, beside an "Updated …" line: the
    piece's own date ("Press release of 3 December 2026", "Report of …"). A page changes a piece after
    it is issued, so a day before the update's, right by the headline, is the issue's."""
    for i in range(span.title + 1, min(len(units), span.start + 1)):
        text = boilerplate.plain(units[i]).strip()
        if len(text.split()) > _HEAD_LINE_WORDS or UPDATED_LINE.match(text) or RELATIVE_DATE.search(text):
            continue
        when = find_date(text)
        if when is not None and _day(when) < _day(updated):
            return when
    return None


def _day(when: datetime | date) -> date:
    return when.date() if isinstance(when, datetime) else when


# said when the page's date was printed without its year
YEARLESS = "the page prints its date without a year: the most recent such day is used"


# said when the page's only date is its last change's
UPDATED_ONLY = "only a last-updated date was printed: it is used as the publication date"


def _published(units: list[str], i: int, span: storyspan.Span) -> datetime | date | None:
    """The date of a line that labels it as the publication's ("Published March 12, 2024"), not a change's."""
    text = boilerplate.plain(units[i]).strip()
    if not (labelled_date(text) and PUBLISHED_LABEL.search(text)) or UPDATED_LINE.match(text):
        return None
    return _date_of_line(text, i < span.start + 4, span.start <= i < span.end)


def date_near(units: list[str], span: storyspan.Span) -> datetime | date | None:
    """A date printed away from the headline's own lines: above it, inside a longer line, after the story.

    Pages put "20. November 2022 von Jane Roe" in one line, the date in the breadcrumb or under the
    story; the nearest such line wins: those between headline and story, then upwards from the
    headline; then the date a list of the page's stories gives this one, then the lines further off.
    """
    near = list(range(max(0, span.title - 6), min(len(units), span.start + 4)))
    after = list(range(span.end, min(len(units), span.end + 60)))
    # the readers' dates under a comments heading date their comments: read last
    heading = next((k for k, i in enumerate(after) if storyedges.COMMENTS.match(units[i].strip())), len(after))
    thread = after[heading:]
    after = after[:heading]
    # a line that is only a date inside the story, where a page prints it under the text
    alone = [i for i in range(span.start, span.end) if i not in near and parse_date(units[i].strip()) is not None]
    others = set(range(len(units))) - set(near) - set(after) - set(alone[:1]) - set(thread)
    rest = sorted(others, key=lambda i: abs(i - span.title))
    order = _nearest_first(near, span)
    between = [i for i in order if span.title < i < span.start]
    # the page's list of its stories dating this headline beats a date over it, which may be a teaser's;
    # a date labelled as the page's own goes first ("Stand: …" under a video's air date)
    for i in sorted(between, key=lambda i: not labelled_date(units[i])):
        if (when := _date_of_line(units[i], True, False)) is not None:
            return when
    # "vor 5 Stunden" under the headline: the page dated itself by the reading, and a date further off is
    # another story's or a comment's; no date (the day of the import) is the nearer guess
    if any(RELATIVE_DATE.search(units[i]) and len(units[i].split()) <= 12 for i in between):
        return None
    if (when := _listed_date(units, span)) is not None:
        return when
    # a date labelled as the publication's under the story beats an unlabelled one over the headline
    # (a clock in the page's header, a teaser's date); so does one closing the story's last lines
    # ("Published: 21 September 2021, 18:30 · Last updated: …" over the tags)
    closing = [i for i in range(span.start, span.end) if i not in near and labelled_date(units[i])]
    for i in order[len(between) :] + alone[:1] + closing + after:
        if i >= span.title and labelled_date(units[i]):
            if (when := _date_of_line(units[i], i in near, span.start <= i < span.end)) is not None:
                return when
    # the story's first paragraph opening with its dateline ("Fresnillo, Zac., 3 de marzo de 2024.- …") beats an
    # unlabelled date over the headline, often the masthead's day of reading (`leaddatelines`)
    if (when := _lead_dateline(units, span)) is not None:
        return when
    # an "Updated: …" line by the headline gives the last change: the date printed beside it without that label
    # is the publication's, above the update as under it ("Thursday, 28 November" / "Updated: 29 November")
    for i in sorted(
        order[len(between) :], key=lambda i: (i >= span.start, named_update(boilerplate.plain(units[i]).strip()))
    ):
        if (when := _date_of_line(units[i], i in near, span.start <= i < span.end)) is not None:
            return when
    # "today at 14:20" right over the headline, as under it: the page dated itself by the reading, and a
    # date far off is another story's or a comment's; "Updated 4 minutes ago" dates only the last change
    if any(
        RELATIVE_DATE.search(units[i]) and len(units[i].split()) <= 12 and not named_update(units[i])
        for i in range(max(0, span.title - 2), span.title)
    ):
        return None
    # far off, a list of other stories ("See also" / "A title 2 Nov 2023") dates them, not this one
    for i in alone[:1] + after + rest + thread:
        if not _dated_entry(units, i) and (when := _date_of_line(units[i], False, span.start <= i < span.end)):
            return when
    return None


# a date closing a line, with its hour: "… 2 Nov 2023", "… 23. Januar 2020", "… June 4, 2024, 10:15", "… 04.06.2024"
_CLOSING_DATE = compile_later(
    r"(?:\d{1,2}\.?(?:\s+de)?\s+[^\W\d_]+\.?(?:\s+de)?\s+\d{4}|[^\W\d_]+\.?\s+\d{1,2},?\s+\d{4}"
    r"|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2})(?:,?\s+\S{0,3}\s*\d{1,2}[:.]\d{2}\S*)?\s*$",
    needs=has_digit,  # each of its forms holds a `\d`: a line with none, most, is not searched
)


@functools.lru_cache(maxsize=4096)  # asked of a line and of both its neighbours
def _entry(unit: str) -> bool:
    """A list's entry: three words or more, a title, then a date closing the line; not a line that says
    it dates a publication or names a writer ("Posted by Jane Roe on 2 Nov 2023")."""
    text = boilerplate.plain(unit).strip()
    m = _CLOSING_DATE.search(text)
    if m is None or find_date(m.group(0)) is None or len(boilerplate.words(text[: m.start()])) < 3:
        return False
    return not (PAGE_DATED.search(text) or PUBLISHED_LABEL.search(text) or find_byline(text))


def _dated_entry(units: list[str], i: int) -> bool:
    """A line of a list of other stories with their dates: an entry beside another entry. Far from
    the headline, its date is that story's; the page's own list of its stories is read for this
    one's headline first (`_listed_date`)."""
    return _entry(units[i]) and any(0 <= j < len(units) and _entry(units[j]) for j in (i - 1, i + 1))


def labelled_date(unit: str) -> bool:
    """A short line labelling its date as the publication's ("Veröffentlicht am 12.03.2024"); a story's
    sentence ("Das Buch ist am 3. Mai 2019 erschienen.") tells of another publication."""
    text = unit.strip()
    sentence = text.endswith(".") and len(text.split()) >= 6
    return len(text.split()) <= 15 and not sentence and bool(PUBLISHED_LABEL.search(text) or _AS_OF.match(text))


# "Stand: 04.06.2024 14:05 Uhr": the German page's own date, as of its last edit (often its only one)
_AS_OF = compile_later(r"^stand\s*:\s*\d", re.I)


def _date_of_line(unit: str, near: bool, in_story: bool) -> datetime | date | None:
    when = _line_date(unit, near, in_story)
    return None if when is None or in_future(when) else when  # a coming event's date, not the story's


# a count's abbreviated unit closing a line ("… Temps de lecture 3 min.", "Lesezeit 4 Min."): a reading time
# after a byline's date, no sentence's full stop
_UNIT_CLOSE = compile_later(r"\d\s*(?:min|mins|sec|std|hrs?|мин)\.$", re.I)


@functools.lru_cache(maxsize=4096)  # the same line's date is asked by several passes; no clock is read here
def _line_date(unit: str, near: bool, in_story: bool) -> datetime | date | None:
    text = unit.strip()
    if _DATES_SOMETHING_ELSE.search(text):
        return None
    if counters_line(text):  # "Replies: 5  Views: 2,318  Last update: …": the post's counts, then its last change
        rest = text
        for field in counter_fields(text):
            rest = rest.replace(field, "")
        if named_update(as_latin(rest.strip())):
            return None
    sentence = text.endswith(".") and not _UNIT_CLOSE.search(text)
    if in_story and sentence and len(boilerplate.words(text)) >= 8 and not _dates_the_page(text):
        return None  # a date inside one of the story's sentences is what it tells of, not when it was written
    if len(boilerplate.words(text)) <= 40:  # ("Publié le 27/11/26": a labelled two-digit year, `shortyears`)
        return find_date(text) or labelled_short_date(text)
    if near:  # a dateline opening the story's first paragraph: "Berlin, 25. Januar 2022 – …"
        return find_date(_lead(text))
    return None


def _dates_the_page(text: str) -> bool:
    """A sentence whose date is the page's: opened by a dateline, the date in its first words after no
    more than a place and an agency ("Berlin (dpa), 25. Januar 2022 –"), or one that says the page was
    published or changed then ("Diese Seite wurde zuletzt am … geändert"); "Der Rat hat am 3. Mai 2019
    …" tells of a day instead. A sentence naming this page and its last edit dates it wherever its date
    stands: the languages put more words before it than German ("Deze pagina is voor het laatst
    bewerkt op …", "Esta página foi editada pela última vez às 21h17min de …")."""
    if THIS_PAGE.search(text) and PAGE_DATED.search(text):
        return find_date(text) is not None
    head = text[:45]
    if find_date(head) is None:
        return False
    before = re.split(r"\d", head, maxsplit=1)[0]
    return len(before.split()) <= 3 or bool(PAGE_DATED.search(text))


def _listed_date(units: list[str], span: storyspan.Span) -> datetime | date | None:
    """The date a page's list of its stories gives this one: its headline again, with a date after
    it on the same line or alone on the next ("Title 12 May 2021", "Title" over "May 12, 2021")."""
    own = span.headline.strip().casefold()
    if len(own.split()) < 3:
        return None
    for j, unit in enumerate(units):
        if span.title - 6 <= j < span.start + 4:
            continue
        text = boilerplate.plain(unit).strip()
        if text.casefold() == own and j + 1 < len(units):
            when = parse_date(boilerplate.plain(units[j + 1]).strip())
        elif text.casefold().startswith(own + " "):
            when = parse_date(text[len(own) :].strip(" |·•-–—,"))
        else:
            continue
        if when is not None:
            return when
    return None


def _nearest_first(near: list[int], span: storyspan.Span) -> list[int]:
    """The lines between headline and story, then those above the headline from the closest up: a
    teaser's date further up is not the article's."""
    between = [i for i in near if span.title < i < span.start]
    above = sorted((i for i in near if i <= span.title), reverse=True)
    return between + above + [i for i in near if i >= span.start]


def _lead_dateline(units: list[str], span: storyspan.Span) -> datetime | date | None:
    """The date opening one of the story's first lines as its dateline, if one does (a deck, a caption, a
    share bar's labels may stand over the first paragraph in a copied page)."""
    for i in range(span.start, min(span.end, span.start + 6)):
        printed = lead_dateline(boilerplate.plain(units[i]).strip())
        when = parse_date(printed) if printed is not None else None
        if when is not None:
            return None if in_future(when) else when
    return None


def _lead_before(units: list[str], span: storyspan.Span, updated: datetime | date) -> datetime | date | None:
    """Under an "Updated …" line, the day the story's wire dateline gives, with or without its year ("Madrid,
    5 jun (EFE).- …"), on or before the update's: the day the story was filed, changed since."""
    for i in range(span.start, min(span.end, span.start + 6)):
        text = boilerplate.plain(units[i]).strip()
        printed = lead_dateline(text)
        when = parse_date(printed) if printed is not None else yearless_lead(text, _day(updated))
        if when is not None:
            return when if _day(when) <= _day(updated) else None
    return None


_LEAD_END = compile_later(r"\s[|–—]\s|\s--?\s|\)\s")


def _lead(text: str) -> str:
    """What stands before a long paragraph's first dash or bar, when it is short enough to be a dateline."""
    head = _LEAD_END.split(text[:200], maxsplit=1)[0]
    return head if head != text[:200] and len(boilerplate.words(head)) <= 12 else ""


# a line that is only an address, as a browser's print or a clipping tool puts the page's own over it
_ADDRESS_LINE = compile_later(r"^(?:url|link)?\s*:?\s*(https?://\S+)$", re.I)


def address_date(units: list[str], span: storyspan.Span, url: str | None) -> date | None:
    """The day in the page's own address, for a dump that prints no date of its own: the address in the
    header's fields, or one alone on a line over the headline, or the one a share box shows beside its
    "copy link" button. Many sites file stories by day ("/2024/03/12/…"); a link further down under any
    other label may be another page's."""
    own = [url] if url else []
    own += [m.group(1) for u in units[: span.title] if (m := _ADDRESS_LINE.match(u.strip()))]
    own += copied_addresses(units)  # "Copy link: https://…": the share box's own address, `copylinks`
    for address in own:
        if (day := date_in_address(address)) is not None and not in_future(day):
            return day
    return None
