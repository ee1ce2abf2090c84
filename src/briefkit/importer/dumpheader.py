"""The header of a page-text dump: the short run of lines between its headline and its story.

`textdump` finds the headline; the lines under it are read here, each by its shape: the standfirst,
the byline and the dateline (one line may carry several of them, "By Jane Doe · 20 June 2024", each
part read on its own), the page's address and its publisher when a line names them, and the page's
furniture met among them (a menu entry, a share label, a result's box) passed over. Where the header
ends, the story starts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime

from briefkit.importer import (
    appealvoice,
    boilerplate,
    filedfrom,
    labelnames,
    rolenames,
    sharerows,
    storyspan,
    textaround,
    wiresignoffs,
)
from briefkit.importer.bylines import parse_byline
from briefkit.importer.bylineshapes import before_date
from briefkit.importer.datelabels import LIFE_DATES, UPDATED_LINE, named_update
from briefkit.importer.dates import find_date, in_future, parse_date, unglued_name
from briefkit.importer.dumpdates import labelled_date
from briefkit.importer.headshapes import counters_line, score_box
from briefkit.importer.lazyre import compile_later
from briefkit.importer.metaparts import meta_parts
from briefkit.importer.shortyears import labelled_short_date
from briefkit.importer.taglines import is_command_pair, is_site_tagline

URL_LINE = compile_later(r"^(?:url|source|link)?\s*:?\s*(https?://\S+)$", re.I)
_PUBLISHER_LINE = compile_later(r"^(?:publisher|source|published\s+by)\s*:\s*(?P<name>[^/]{2,60})$", re.I)


@dataclass
class Header:
    title: str
    summary: str | None = None
    authors: tuple[str, ...] = ()
    published: datetime | date | None = None
    url: str | None = None
    publisher: str | None = None
    notes: list[str] = field(default_factory=list)
    signed: bool = False  # the byline had its keyword ("By …", "Text: …"), not a bare name
    updated_only: bool = False  # the date is an "Updated …" line's: no other stood under the headline


# "Seoul correspondent", "BBC News, Seoul", "Reporting from Hanoi": what a byline says next
_BYLINE_DETAIL = compile_later(
    r"^(?:reporting\s+from\s+.{2,40}|(?:[\w.'’-]+\s+){0,4}(?:correspondent|reporter|editor|writer|analyst|"
    r"columnist|journalist|producer|staff\s+writer)(?:,\s*[\w .'-]{2,30})?"
    r"|[A-Z][\w&.]*(?:\s+[A-Z][\w&.]*)?\s+News,\s+[A-Z][\w .'-]{1,30})$",
    re.I,
)


# a forum's post header: the poster's user name (small letters with a mark or a figure) before the name shown
# and the post's date ("jane_r Jane Roe May 3, 2025, 3:12am 1"): the user name is no part of the byline
_HANDLE_FIRST = compile_later(r"^@?[a-z][a-z0-9]*[_.\d][a-z0-9_.]*\s+(?=[A-ZÀ-ÞА-ЯЁ][^\W\d_]+\s+[A-ZÀ-ÞА-ЯЁ])")


def _poster(part: str) -> tuple[str, ...]:
    """The name shown after a forum user's name, before the post's date: the poster, one person."""
    names = parse_byline(before_date(part))
    return names[:1] if names and part.startswith(names[0]) else ()


def _meta_date(text: str) -> datetime | date | None:
    """A dateline, also under a short label the page put before it ("All News 09:12 June 19, 2024")."""
    when = parse_date(text) or labelled_short_date(text)  # "Publié le 05/12/26": `shortyears`
    if when is not None or len(text.split()) > 12:
        return when
    tokens = text.split()
    for k in range(1, min(3, len(tokens) - 1) + 1):
        # a label's first word capitalised, the rest may not be ("Published online", "Mis en ligne")
        if not (tokens[0][:1].isupper() and all(t.isalpha() for t in tokens[:k])):
            break
        rest = " ".join(tokens[k:])
        stripped = rest.lstrip("-–—|:· ")
        when = parse_date(stripped) if stripped[:1].isalnum() and (stripped != rest or k < 3) else None
        if when is not None:
            return when
    return None


# what a labelled date line may print after its date: an issue, a reading time, a place
REST_WORDS = 8


def _labelled_or_signed(part: str) -> bool:
    return labelled_date(part) or bool(parse_byline(part, bare=False))


def _short_rest(parts: list[str], kinds: list[str | None]) -> bool:
    """Whether the parts after a labelled or signed date that are no byline or date are short notes
    (or an update's), not a sentence."""
    return all(
        k or ((len(p.split()) <= REST_WORDS or UPDATED_LINE.match(p)) and not p.rstrip().endswith("."))
        for p, k in zip(parts[1:], kinds[1:], strict=True)
    )


def read_header(
    title: str, rest: list[str], extra: tuple[str, ...], page: list[str] | None = None
) -> tuple[Header, int]:
    """Standfirst, byline and dateline: the short run of lines between headline and story.

    Returns the header and the index just past its last line: furniture and appeals met on the
    way stay in the text, so the boilerplate pass sees whole appeal blocks. A line may carry
    several of them ("By Jane Doe · 20 June 2024"); each part is read on its own. `page`, the whole
    page's lines (else `rest`), is where a byline's town must be printed again (`filedfrom`).
    """
    header = Header(title=title)
    seen_meta = signed_seen = False
    furniture = 0
    updated: datetime | date | None = None
    labelled: datetime | date | None = None  # a date the page labels as its own ("Veröffentlicht", "Stand:")
    end = 0
    for i, unit in enumerate(rest[:14]):
        text = unglued_name(boilerplate.plain(unit))  # "Jane Roediciembre 05 de 2026": the layout's glue
        # "Written by Jane Roe on 3 May 2024" under the headline is its byline, though the same words
        # closing a story credit its writer (furniture there)
        furniture_line = boilerplate.is_interface_line(text) or boilerplate.is_login_line(text)
        furniture_line = furniture_line or sharerows.is_share_row(text)  # "Jaa Facebook Twitter WhatsApp"
        furniture_line = furniture_line or counters_line(text)  # "Replies: 5  Views: 2,318": a post's counts
        posted_names = (
            () if header.authors or signed_seen else rolenames.names_before_posts(rest[i : i + 5], page or rest)
        )
        if posted_names:  # "Jane Roe Reporter" over the date
            header.authors, seen_meta, end = posted_names, True, i + 1
            continue
        if furniture_line and not storyspan.dated_byline(text) or score_box(rest, i):
            furniture += 1  # (or a result's box, "Harbour Town" / "2 - 1" / "Mill United": `headshapes`)
            continue
        # (read in the line as copied: the plain text drops a user name's underscore)
        posted = find_date(text) is not None and bool(_HANDLE_FIRST.match(unit.strip()))  # "jane_r Jane Roe May 3"
        text = text.split(maxsplit=1)[1] if posted else text
        # "Jane Roe Lisbon" over the date, "AGENCY Lisbon 3 May 2024": the writer and the town filed from
        filed = () if signed_seen else filedfrom.filed_names(text, _plain_lines(rest[i + 1 : i + 2]), page or rest)
        filed = filed or (() if signed_seen or header.authors else labelnames.name_before_label(text))  # "… Published:"
        if filed and filedfrom.dated_line(text) and all(_meta_kind(p) for p in meta_parts(text)):
            before = header.authors  # the line's date is read below; its writers are these
        elif filed:
            header.authors = tuple(dict.fromkeys(header.authors + filed))
            seen_meta, end = True, i + 1
            continue
        parts = meta_parts(text)  # (not a yearless "Last Updated: December 3" closing it: `metaparts`)
        kinds = [_meta_kind(p) for p in parts]
        if len(parts) > 1 and any(kinds) and all(k or len(p.split()) <= 3 for p, k in zip(parts, kinds, strict=True)):
            parts, kinds = (
                [p for p, k in zip(parts, kinds, strict=True) if k],
                [k for k in kinds if k],
            )  # "… | World, Asia"
        elif len(parts) > 1 and kinds[0] == "date" and _labelled_or_signed(parts[0]) and _short_rest(parts, kinds):
            # "Published online 6 March 2025 · In print: Vol. 209, No. 4", "Par X - 8 avr. 2025 | mis à jour …"
            parts, kinds = parts[:1], kinds[:1]
        elif len(parts) > 1 and not all(kinds):
            parts, kinds = [text], [None]
        if all(kinds):
            for part, kind in zip(parts, kinds, strict=True):
                if kind == "url":
                    url = URL_LINE.match(part)
                    header.url = header.url or (url.group(1) if url else None)
                elif kind == "publisher":
                    named = _PUBLISHER_LINE.match(part)
                    header.publisher = named.group("name").strip() if named else header.publisher
                elif kind == "date":
                    when = _meta_date(part) or find_date(part)  # or the date of "Por: Jane Roe 3 May 2025"
                    when = None if when is not None and in_future(when) else when  # an event the page announces
                    signers = textaround.dateline_signers(part) or (_poster(part) if posted else ())
                    if signers and not UPDATED_LINE.match(part):
                        header.authors = tuple(dict.fromkeys(header.authors + signers))  # "By X - 8 Apr 2025"
                        signed_seen = True
                    if not named_update(part):  # ("EFE Actualizado 06/06/2023 09:15": an update's too)
                        header.published = header.published or when
                        labelled = labelled or (when if labelled_date(text) else None)
                    else:  # only an "Updated …" line: better than no date, and said so
                        updated = updated or when
                    seen_meta = True
                elif kind == "byline":
                    signed = bool(parse_byline(part, bare=False))
                    if not signed and (furniture >= 3 or signed_seen or header.authors and header.published):
                        continue  # a menu entry; a signed or dated byline's desk or share label ("Social Sharing")
                    if not signed and wiresignoffs.is_credited_caption(part):
                        continue  # "… do Porto. Jane Roe/AGENCY": a picture's caption and its credit
                    if not signed and textaround.opens_dateline(part, rest[i + 1 : i + 8]):
                        continue  # "Santiago de Chile | 19/06/2024": the place the story is filed from
                    if not signed and header.authors and header.published is not None:
                        continue  # under a byline and its date: a button's label ("Listen Now"), no second writer
                    if signed and not signed_seen:
                        header.authors = ()  # a bare name above a signed byline was a picture's caption
                    signed_seen = signed_seen or signed
                    header.authors = tuple(dict.fromkeys(header.authors + parse_byline(part)))
                    seen_meta = True
        elif header.authors and _BYLINE_DETAIL.match(text):
            pass  # the byline's role or place: "Seoul correspondent"
        elif seen_meta and textaround.DESK.match(text.strip()):
            pass  # "Redactie" beside the dateline: the newsroom signs, and the story starts below
        elif appealvoice.is_appeal(text) or boilerplate.filter_blocks([text], extra).kept == []:
            furniture += 1
            continue
        elif (
            boilerplate.text_key(text) == boilerplate.text_key(title)
            or is_site_tagline(text, page or rest)
            or is_command_pair(text)
        ):
            pass  # the headline printed again (a page's second title element), the site's tagline: no standfirst
        elif (
            header.summary is None
            and 4 <= len(boilerplate.words(text)) <= 80
            and i <= 3
            and (not seen_meta or _signed_below(rest, i))
        ):
            header.summary = text
        else:
            break
        if filed:
            header.authors = tuple(dict.fromkeys(before + filed))
        end = i + 1
    header.signed = signed_seen
    header.published = labelled or header.published  # not a video's air date in the line above it
    if header.published is None and updated is not None:
        header.published, header.updated_only = updated, True
    return header, end


def _plain_lines(units: list[str]) -> list[str]:
    return [boilerplate.plain(u) for u in units]


def _signed_below(rest: list[str], i: int) -> bool:
    """A line between the dateline and a signed byline ("Stand: 19.06.2024" / deck / "Von Jane Roe, Sender"):
    a public broadcaster's deck sits there, and the story only starts under the byline."""
    return i + 1 < len(rest) and bool(parse_byline(boilerplate.plain(rest[i + 1]), bare=False))


def _meta_kind(text: str) -> str | None:
    if URL_LINE.match(text):
        return "url"
    if _PUBLISHER_LINE.match(text):
        return "publisher"
    if LIFE_DATES.search(text):
        return None  # "Jane Roe, born 3 May 1933; died …": an obituary's days of a life, not the page's
    if _meta_date(text) is not None or storyspan.signed_dateline(text):  # "Jane Roe Mar 3, 2025 ♡ 12"
        return "date"
    if parse_byline(text) and ("\t" not in text or parse_byline(text, bare=False)):
        return "byline"  # (a line of tab-parted cells is a table's row, "Kind  Watermill", unless labelled)
    return None
