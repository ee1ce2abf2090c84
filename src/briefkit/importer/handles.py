"""User names: the one-word handles that sign a forum's or a blog's posts, which no name-shape rule takes.

A handle ("jdoe", "Kettle_77") has no first and last name; only its place says it signs the post:
after a byline keyword, before a date in one line, or over the poster's details in a forum's box.
"""

from __future__ import annotations

import re

from briefkit.importer.dates import find_date, parse_date
from briefkit.importer.lazyre import compile_later
from briefkit.importer.notnames import NOT_NAMES
from briefkit.importer.stopwords import FUNCTION_WORDS

# "by jdoe on 4 May 2006", "jdoe — 2. Februar 2022": a signed and dated line under the headline whose
# name is one word (a nickname), which no name-shape rule takes; its keyword or its date makes it a byline
_HANDLE_KEYWORD = compile_later(
    r"^(?:by|posted\s+by|von|par|por|di|door|de|от)\s+(?P<name>[^\W_][\w.-]{1,30})\s+"
    r"(?:on|am|le|el|il|em|op|в|[|·•—–])\s+(?P<date>.+)$",
    re.I,
)
_HANDLE_FIELDS = compile_later(
    r"^(?P<name>[^\W\d_][\w.-]{2,30})\s+[|·•—–]\s+(?P<date>.+)$"
    # "jdoe28.09.19 12:44": a forum's user name the layout glued to the date of the post
    r"|^(?P<glued>[^\W\d_][\w.-]{2,30}?)(?P<when>\d{1,2}\.\d{1,2}\.\d{2,4}[\d\s:.]*)$"
)


def handle_byline(text: str) -> tuple[str, ...]:
    """A one-word name signing a dated line: after a byline keyword ("by jdoe on 4 May 2006"), or
    alone before the date ("jdoe — 2 May 2022") when written in small letters or with digits, as
    a user name is (a capitalised word there is as often a section label)."""
    keyword = _HANDLE_KEYWORD.match(text)
    fields = keyword or _HANDLE_FIELDS.match(text)
    if not fields:
        return ()
    glued = fields.groupdict().get("glued")
    when = fields.group("when") if glued else fields.group("date")
    if (find_date(when) if glued else parse_date(when.strip())) is None:
        return ()
    name = (glued or fields.group("name")).rstrip(".")
    if name.casefold() in FUNCTION_WORDS or name.casefold() in NOT_NAMES:
        return ()
    if not keyword and not (name.islower() or re.search(r"\d", name)):
        return ()
    return (name,)


# a forum's poster box copied as lines: "Member since: 04/2019", "Posts: 312", "Posted: Mon 3 Feb 2025, 21:14"
_FIELD = compile_later(r"^[^\W\d_][\w .-]{1,30}:\s*\S")


def poster_over_fields(units: list[str], i: int) -> tuple[str, ...]:
    """A handle alone on its line over the poster's details, the last of them dated: a forum's first post.

    The details are short "Label: value" lines; a date among them (when the post went up) tells
    the box from a list of a page's facts, and the handle's digits or small letters from a heading.
    """
    name = units[i].strip()
    if not re.fullmatch(r"[^\W\d_][\w.-]{2,30}", name) or name.casefold() in FUNCTION_WORDS | NOT_NAMES:
        return ()
    if not (re.search(r"\d|_", name) or name.islower()):
        return ()
    fields = []
    for line in units[i + 1 : i + 7]:
        if not _FIELD.match(line.strip()) or len(line.split()) > 8:
            break
        fields.append(line)
    return (name,) if fields and any(find_date(f) is not None for f in fields) else ()
