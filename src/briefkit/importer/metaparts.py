"""The parts of a text dump's byline-and-date line, each read on its own by `textdump`.

"Jane Roe, Sam Poe · City News · Posted: Dec 02, 2026 6:05 PM EST | Last Updated: December 3" (or its
parts between slashes, in a dated line): the
last change printed without its year (the page's year is the publication's) is no part that a reader
could take for a name or a date; left in, it made the whole line unreadable, and the reader took a
share row's label under it ("Social Sharing") for the byline. Such a trailing update label goes when
another part of the line dates the page. The outlet named between the writers and the date ("City
News", "Harbour Radio") is the desk's, no writer: it goes too, also with no mark between the name and it
("Jane Roe Valley News Service Updated …", the date's label after the outlet). A signed byline run into its date's
label with no mark between ("Par Jane Roe Publié le … Mis à jour le …") is parted before each label, its
update left out after the publication's day.
"""

from __future__ import annotations

import re

from briefkit.importer.bylinedates import DATE_LABELS, without_date_label
from briefkit.importer.bylines import parse_byline
from briefkit.importer.datelabels import RELATIVE_DATE, UPDATED_LINE
from briefkit.importer.dates import find_date
from briefkit.importer.lazyre import compile_later

_META_SEPARATOR = compile_later(r"\s+[·•|]\s+")
# a slash between spaces parts a dated line too ("Jane Roe / City News / Published: …"), but only a dated
# one: "Jane Roe / Agency" alone is one byline, the writer with the wire's copy (`bylines`)
_SLASH = compile_later(r"\s+/\s+")
# an outlet's name of a few words, the kind's word in it ("City News", "Harbour Radio", "Valley Press",
# "Valley News Service")
_OUTLET = compile_later(
    r"^(?:\S+\s+){0,3}?(?:news|nieuws|nachrichten|press|presse|radio|tv|media|wire|agency|service|bureau|desk)$", re.I
)

# a second label after a comma in a dated part ("Updated May 3 2025 - 3:05pm, first published 11:48am")
_LATER_LABEL = compile_later(rf",\s+(?=(?:first\s+)?(?:{DATE_LABELS})\b)", re.I)
# where a date's label starts inside the line, after a word: the next part's start
_LABEL_START = compile_later(rf"\s+(?=(?:{DATE_LABELS})\b)", re.I)


def meta_parts(text: str) -> list[str]:
    """The line's parts between its separators, without a yearless update label after a dated part."""
    parts = [p for p in _META_SEPARATOR.split(text) if p] or [text]
    head = without_date_label(text)
    if len(parts) == 1 and head != text and parse_byline(head, bare=False) and find_date(text) is not None:
        dated = [_without_age(p) for p in _LABEL_START.split(text[len(head) :].strip()) if p]
        # the last change after the publication's day, with what the box prints after it, goes
        return [head, *(p for k, p in enumerate(dated) if k == 0 or not UPDATED_LINE.match(p))]
    if len(parts) == 1 and head != text and (name := _name_before_outlet(head)) and find_date(text) is not None:
        # "Jane Roe Valley News Service Updated May 3 2025 - 3:05pm": the writer, the desk, the date's label
        # (", first published 11:48am" after it: the same day's earlier time, no part a reader needs)
        dated = _LATER_LABEL.split(text[len(head) :].strip())
        return [name, dated[0]]
    if _SLASH.search(text) and find_date(text) is not None:
        parts = [q for p in parts for q in _SLASH.split(p) if q]
    if len(parts) > 2 and UPDATED_LINE.match(parts[-1]) and find_date(parts[-1]) is None:
        if any(find_date(p) is not None for p in parts[:-1]):
            parts = parts[:-1]
    if len(parts) > 2 and _OUTLET.match(parts[1]) and find_date(parts[-1]) is not None:
        parts = [parts[0], *parts[2:]]  # "Jane Roe · City News · Posted: …": the writer and the date
    return parts


def _without_age(part: str) -> str:
    """ "Published: 12 May 2025 - 10:45 3 hours ago": the dated part without the age printed after its date."""
    age = RELATIVE_DATE.search(part)
    if age is None or age.start() == 0 or find_date(part[: age.start()]) is None:
        return part
    return part[: age.start()].rstrip(" -–—|·")


def _name_before_outlet(head: str) -> str | None:
    """The writer's name before an outlet's name with no mark between them ("Jane Roe Valley Press"): the
    longest outlet that leaves a name of two words or more, which ends on a capitalised word."""
    tokens = head.split()
    for k in range(2, len(tokens) - 1):
        name, outlet = " ".join(tokens[:k]), " ".join(tokens[k:])
        if _OUTLET.match(outlet) and tokens[k - 1][:1].isupper() and parse_byline(name) == (name,):
            return name
    return None
