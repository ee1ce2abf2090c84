"""A copied page's headline named in quotation marks by the page's own furniture under the story.

Blogs and forums print the post's title again inside a line of their own, quoted: the comment
section's heading ("One thought on “Title”", "2 Kommentare zu „Title“", "3 réponses à « Title »")
or the form's note ("To comment on the tip "Title", please log in"). The quoted words are the
headline exactly as the page printed it on a line of its own above the story: when the density of
prose put the story's start lower (a list of settings, a box of teasers between the headline and
the text), the quotation still tells which line the headline is. Only the quotation's place and
its match with a whole line count, not the words around it, so the rule holds in any language.

A quotation inside a copyright notice ("© 2016–2021 «Site». All rights reserved.") names the site, not
a post: the site's name, printed on a line of its own at the page's top, is never the headline for it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from briefkit.importer import boilerplate
from briefkit.importer.lazyre import compile_later

# A quotation in the marks of the languages news is written in, each opening mark with its own closing one:
# “…”, „…“, „…”, "…", «…», »…«, ‘…’, 「…」 (never a trail's "» Section »"). A plain apostrophe is no mark
# here: it is too often a word's own.
_QUOTED = compile_later(
    r"(?:“(?P<a>[^“”\"]{3,200}?)”|„(?P<b>[^“”„\"]{3,200}?)[“”]|\"(?P<c>[^\"“”]{3,200}?)\"|«\s?(?P<d>[^«»]{3,200}?)\s?»"
    r"|»(?P<e>[^«»]{3,200}?)«|‘(?P<f>[^‘’]{3,200}?)’|「(?P<g>[^「」]{3,200}?)」)"
)
_CLOSING = compile_later(r"^[\s.,:;!?)\]]*$")
_COPYRIGHT = compile_later(r"©|\(c\)\s*\d{4}|\bcopyright\b", re.I)
# The quoting line is a heading or a note of a few words, not a story's sentence that quotes a name.
_MAX_LINE_WORDS = 20
# How far above the story's first prose line the quoted headline may stand: a settings list or a
# box of teasers between the headline and the story's prose runs to a few dozen lines.
_REACH = 80


def _key(text: str) -> str:
    return " ".join(boilerplate.plain(text).split()).casefold()


def _quotations(line: str) -> list[str]:
    """The quotations a short line holds that may be a headline: closing the line (a comment
    heading), or of three words or more anywhere in it (a form's note)."""
    text = boilerplate.plain(line).strip()
    if len(text.split()) > _MAX_LINE_WORDS:
        return []
    out = []
    for m in _QUOTED.finditer(text):
        quoted = next(g for g in m.groups() if g is not None).strip()
        words = len(quoted.split())
        if words >= 3 or words >= 2 and _CLOSING.match(text[m.end() :]):
            out.append(quoted)
    return out


def quoted_headline(
    units: list[str], values: list[int], found: tuple[int, int], shaped: Callable[[str], bool]
) -> tuple[int, int, str] | None:
    """The line above the story that a line under it quotes, when it is not the headline already
    found: (its index, the story's first prose line under it, its text). `found` is the story's
    first prose line and the headline's index; `values` each line's worth as prose (`storyspan`).
    None when no such line, or two quoted lines disagree."""
    start, title = found
    above = {}
    for i in range(max(0, start - _REACH), start):
        above[_key(units[i])] = i  # the nearest one above the story, when the page prints it twice
    named: set[int] = set()
    site = {  # the site's own name, quoted in its copyright notice
        _key(next(g for g in m.groups() if g is not None))
        for u in units
        if _COPYRIGHT.search(u)
        for m in _QUOTED.finditer(boilerplate.plain(u))
    }
    for j in range(start, len(units)):
        for quoted in _quotations(units[j]):
            if _key(quoted) in site:
                continue
            at = above.get(_key(quoted))
            if at is not None and shaped(boilerplate.plain(units[at]).strip()):
                named.add(at)
    if len(named) != 1 or title in named:
        return None
    i = named.pop()
    first = next((j for j in range(i + 1, start) if values[j] > 0), start)  # the prose right under it
    return i, first, boilerplate.plain(units[i]).strip()
