"""The lines of a page's copied text that can be its headline, and the lines that stand under one.

`storyspan` weighs every line above the story's run as a possible headline; the tests here say which
lines may be weighed at all. A headline is title-shaped: a few words, no clause's end, none of a
breadcrumb's, a byline's, a date's or a counter's marks (`title_shaped`); a line that is not may
still hold one after a trail, a date or a mark printed before it (`title_readings`). A byline or a
dateline is what stands right under a headline (`is_meta`, `dated_headline`).
"""

from __future__ import annotations

import re

from briefkit.importer import boilerplate, pagewords, sharerows, storyedges
from briefkit.importer.blocktext import URLISH
from briefkit.importer.bylines import parse_byline
from briefkit.importer.dates import find_date
from briefkit.importer.headlinerepeats import CRUMB_SPLIT
from briefkit.importer.headshapes import counters_line
from briefkit.importer.headstack import in_guillemets
from briefkit.importer.labellines import CREDITED
from briefkit.importer.lazyre import compile_later
from briefkit.importer.stoppedheads import dated_byline

_SEP = r"\s(?:/|»|>|›|→|\||·|::)\s"  # between a trail's or a menu row's parts (" :: " in an old portal's menu)
_BREADCRUMB = compile_later(rf"{_SEP}.*{_SEP}|^[^:]{{2,20}}:\s+\S+\s+(?:»|>|›)")
_ADDRESS = compile_later(r"\s\S+@\w[\w-]*(?:\.[\w-]+)+\s*$")  # an e-mail address closing the line
_SHORT_DATE = compile_later(r"\b(?:19|20)\d{2}\b")
_LEADING_DATE = compile_later(  # "2025年4月2日 …": a Japanese, Chinese or Korean date opening the line
    r"^\s*(?:\d{1,2}\.\s*\w+\.?\s+\d{4}|\d{1,2}[./]\d{1,2}[./]\d{4}|\d{4}[年년]\d{1,2}[月월])\s*[-–|:]?\s*"
)
# Breadcrumbs printed without spaces ("Forum>iPhone>Title"), and a separator left before a title ("|Title").
_TIGHT_CRUMBS = compile_later(r"\w[>»›]\w.*\w[>»›]|^[^>»›]{1,40}[>»›]\w[^>»›]+$")
_LEADING_MARK = compile_later(r"^\s*\[?[|>»›•·/-]+\s*(?=\w)")
BYLINE_START = compile_later(r"^(?:by|von|par|por|di|door|posted|geschrieben|veröffentlicht|publié|publicado)\b", re.I)

# a gap of several spaces inside a line: the copy joined two elements the layout set side by side
_GAP = compile_later(r"\S {2,}\S")
_COUNTERS = compile_later(r"^\d+\s+\d+\s+\D")  # two bare counts opening a line: a bar of counters, no headline
_CLAUSE_END = (".", ",", ";", ":", "。", "，", "；", "：", "।", "۔")  # a headline ends on none of these, in any script


def title_shaped(text: str) -> bool:
    n = len(boilerplate.words(text))
    if not 2 <= n <= 30 or len(text) > 250 or text.rstrip().endswith(_CLAUSE_END) or "\t" in text:
        return False
    if _GAP.search(text.strip()):
        return False  # two elements the page set apart, run together in the copy ("Teaser A  Teaser B")
    if text.count("(") != text.count(")"):
        return False
    if (
        _BREADCRUMB.search(text)
        or CREDITED.search(text)
        or BYLINE_START.match(text)
        or storyedges.SITE_NOTICE.search(storyedges.SUBSCRIBERS.sub("", text) if n >= 8 else text)
    ):
        return False
    if _TIGHT_CRUMBS.search(text) or _LEADING_DATE.match(text) or _LEADING_MARK.match(text):
        return False  # "Forum>iPhone>Title", "27.01.2022Title", "|Title": what is left of it is read instead
    worded = sum(w.strip("()[]\"'.,:;!?").isalpha() and len(w) >= 4 for w in text.split())
    if n <= 4 and _SHORT_DATE.search(text) and worded < 3:
        return False  # "Archiv 2021", "Ausgabe 3/2021"; not "HISTALP Österreich Jahresbericht 2021"
    if URLISH.match(text) or boilerplate.is_interface_line(text) or boilerplate.is_login_line(text):
        return False
    if pagewords.CONTROL_ROW.match(text) or sharerows.tool_row(text):
        return False  # "Share this article Facebook X Email Print": a row of buttons under its label
    if _COUNTERS.match(text) or counters_line(text):
        return False  # "148 3 Share": a post's like and comment counts before its buttons
    if find_date(text) is not None and n <= 8:
        return False
    return not parse_byline(text, bare=False) and not storyedges.COMMENTS.match(text)


_GLUED_QUOTE = compile_later(r"(?<=[^\W\d_])([\"„“«][^\"„“”«»]{12,}[\"“”»])")


def title_readings(text: str) -> list[str]:
    """The line, and what a breadcrumb or a date before the headline leaves of it ("News » Title")."""
    out = [text]
    parts = [] if in_guillemets(text) else [p for p in CRUMB_SPLIT.split(text) if p.strip()]  # « … » quote
    if len(parts) > 1:
        out.append(parts[-1].strip())
    undated = _LEADING_DATE.sub("", text)
    if undated != text and undated:
        out.append(undated.strip())
    unmarked = _LEADING_MARK.sub("", text)
    if unmarked != text and unmarked:
        out.append(unmarked.strip())
    quoted = _GLUED_QUOTE.search(text)  # a label glued to a quoted headline: 'Interview"We will …"', never a title
    return [quoted.group(1), *out[1:]] if quoted else out


def dated_headline(units: list[str], i: int) -> bool:
    """A title-shaped line with a signed and dated byline right under it ("by oz on May 4, 2006": a
    nickname is no name a byline parser takes, but the line's form is a byline's)."""
    below = boilerplate.plain(units[i + 1]).strip()
    signed = dated_byline(below) or bool(BYLINE_START.match(below)) and len(below.split()) <= 12
    raw = boilerplate.plain(units[i]).strip()
    return signed and find_date(below) is not None and any(title_shaped(t) for t in title_readings(raw))


def is_meta(unit: str) -> bool:
    """A byline or dateline: what stands right under a headline."""
    text = boilerplate.plain(unit).strip()
    if len(boilerplate.words(text)) > 20:
        # "Veröffentlicht: 05.01.2020 | Autor: X | Abgelegt unter: … | Tags: …": a long line of fields
        first = re.split(r"\s[|·•]\s", text, maxsplit=1)[0]
        return first != text and len(boilerplate.words(first)) <= 8 and find_date(first) is not None
    if find_date(text) is not None or parse_byline(text, bare=False):
        return True
    # "Jane Roe jane@example.org": a writer's name with the address to write to, a byline without its "By"
    address = _ADDRESS.search(text)
    return address is not None and bool(parse_byline(_ADDRESS.sub("", text).strip(" ,|·-–—"), bare=True))
