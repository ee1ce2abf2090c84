"""The wire a copied page's story comes from, signed where no person's byline stands.

A paper running an agency's copy signs it the way the wire does, in places `sourcelines` does not read:
the wire's initials alone on the line after the story's last paragraph, often with the initials of the
desk or the editor who handled it after a slash ("dpa", "dpa/lno", "AFP/jm"); the initials between the
date and the place in the header's line ("14. 10. 2025 16:32 – AGENCY – Town"); or a wire printing its
short name in title case with the date after it ("Lusa 05 dez 2022 13:21"). The desk's or editor's
initials after the slash are the house's, not an author: the wire alone is kept. The rules read the
line's shape (the initials and nothing else but a desk's letters, a date and a place) and the wires'
initials (`creditwords.WIRE_INITIALS`), so they hold in every language a wire files in.
"""

from __future__ import annotations

import re

from briefkit.importer import boilerplate, storyspan
from briefkit.importer.creditwords import WIRE_INITIALS
from briefkit.importer.dates import find_date
from briefkit.importer.lazyre import compile_later

# "dpa", "AFP/jm", "dpa/lno", "dpa/AFP": a wire, then a desk's or editor's letters or another wire after a slash
_SIGNOFF = compile_later(
    rf"^(?P<wire>{WIRE_INITIALS})(?P<more>(?:\s*/\s*[^\W\d_]{{1,5}}){{0,2}})\.?$",
    re.I,
)
_WIRE = compile_later(rf"(?:{WIRE_INITIALS})", re.I)
# the story's last paragraph is a sentence of some length, closed as one
_PARAGRAPH_WORDS = 10
_SENTENCE_ENDS = (".", "!", "?", "…", '"', "\u201c", "\u201d", "\u00bb", "«")
# how far from the story's end the sign-off is looked for (the span may end at it, or just above it)
_END_ABOVE = 3
_END_BELOW = 3
# "14. 10. 2025 16:32 – AGENCY – Town": a date, a dash or a dot, the wire, and the place it filed from
_DASHES = r"\s+[–—-]\s+|\s*[|·•]\s*"
_PLACE = r"[^\W\d_][^\W\d_ .'’-]*(?:[ .'’-]+[^\W\d_]+){0,3}"
_DATED_WIRE = compile_later(rf"(?:{_DASHES})(?P<wire>{WIRE_INITIALS})(?:(?:{_DASHES})(?P<place>{_PLACE}))?$", re.I)
# "Lusa 05 dez 2022 13:21": a wire's short name, capitalised, then the date and nothing else
_WIRE_THEN_DATE = compile_later(rf"^(?P<wire>{WIRE_INITIALS})\s+(?P<rest>\d.*)$", re.I)
_HEADER_WORDS = 12
# "(AGENCY) - TOWN, 12 MAY - The story …": a wire that opens its dateline with its initials in brackets
_WIRE_FIRST = compile_later(
    rf"^\((?P<wire>{WIRE_INITIALS})(?:\s*/\s*[^\W\d_]{{1,5}})?\)\s*[-–—]{{1,2}}\s+(?P<next>\S)", re.I
)
_DATELINE_WORDS = 12
# "… of the old town. Jane Roe/AGENCY": a caption's sentence closed by its photographer's name and the wire
_PICTURE_CREDIT = compile_later(
    rf"[.!?]\s+[^\W\d_][\w'’.-]*(?:\s[^\W\d_][\w'’.-]*){{0,3}}\s?/\s?(?:{WIRE_INITIALS})\s*$", re.I
)


def wire_part(text: str) -> str | None:
    """The wires a sign-off line names ("dpa/lno" -> "dpa", "dpa/AFP" -> "dpa/AFP"), or None when the
    line is more than a wire's initials and a desk's letters. The initials are printed as a wire prints
    them, in capitals or small letters: a capitalised short word ("Ani", "Tass") is a word of the text."""
    m = _SIGNOFF.match(text.strip())
    if m is None:
        return None
    wire = m.group("wire")
    if not (wire.isupper() or wire.islower()):
        return None
    wires = [wire] + [p.strip() for p in m.group("more").split("/")[1:] if _WIRE.fullmatch(p.strip())]
    # (a wire after the slash is printed as wires are, in capitals or small letters; a desk's letters are dropped)
    return "/".join(w for w in wires if w.isupper() or w.islower())


def is_paragraph_end(text: str) -> bool:
    """The line is a paragraph of the story: several words closed as a sentence."""
    return len(boilerplate.words(text)) >= _PARAGRAPH_WORDS and text.rstrip().endswith(_SENTENCE_ENDS)


def closing_wire(units: list[str], span: storyspan.Span) -> tuple[str, ...]:
    """The wire signing the story on a line of its own right under its last paragraph ("dpa/lno")."""
    for i in range(max(span.start + 1, span.end - _END_ABOVE), min(len(units), span.end + _END_BELOW)):
        wire = wire_part(boilerplate.plain(units[i]))
        if wire and is_paragraph_end(boilerplate.plain(units[i - 1]).strip()):
            return (wire,)
    return ()


def header_wire(text: str) -> str | None:
    """The wire a header line names beside its date: after the date, before the place it filed from
    ("14. 10. 2025 16:32 – AGENCY – Town"), or as a short capitalised name with the date after it
    ("Agency 05 dez 2022 13:21"). None when the line is anything else."""
    text = text.strip()
    if len(text.split()) > _HEADER_WORDS:
        return None
    if (m := _DATED_WIRE.search(text)) and find_date(text[: m.start()]) is not None:
        wire = m.group("wire")
        return wire if wire.isupper() or wire.islower() or wire[:1].isupper() else None
    if (m := _WIRE_THEN_DATE.match(text)) and find_date(m.group("rest")) is not None:
        wire = m.group("wire")
        # (the date must be all that follows: a date's figures and month, no sentence)
        if not re.search(r"[.!?]\s+\w", m.group("rest")) and wire[:1].isupper():
            return wire
    return None


def wire_first_dateline(text: str) -> str | None:
    """The wire opening a story's first paragraph in brackets before the place ("(AGENCY) - TOWN, 12 MAY -
    The council …"), as some national wires print their dateline; None for any other line."""
    m = _WIRE_FIRST.match(text.strip())
    if m is None or len(boilerplate.words(text)) < _DATELINE_WORDS or m.group("next").islower():
        return None
    wire = m.group("wire")
    return wire if wire.isupper() or wire.islower() else None


def is_credited_caption(text: str) -> bool:
    """A picture's caption: a sentence, then its photographer and the wire after a slash ("… of the old
    town. Jane Roe/AGENCY"). The names in it are the picture's subject and its photographer, no writer."""
    return bool(_PICTURE_CREDIT.search(text.strip()))
