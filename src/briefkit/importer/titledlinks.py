"""A person named after the office they hold, linked to their own page, alone on the line under the headline.

An institution's speech, statement or interview page prints no byline: under the title it names the
speaker with their office ("Deputy Governor Jane Roe", "Ministerin Jane Roe", "Vice riksbankschef
Jane Roe") and links the words to the person's page, whose address ends in the name ("/board/jane-roe").
The address tells where the name starts: the words it spells are the name, those before it the office.
"""

from __future__ import annotations

import re
from typing import Any

from briefkit.importer.elementtext import clean_text
from briefkit.importer.markupmeta import Claim, Evidence
from briefkit.importer.namedates import right_under_headline
from briefkit.importer.pagebylines import name_slug

_MOST_WORDS = 9  # an office of a few words ("Member of the Executive Board") and a name of two to four
_NAME_WORDS = (2, 3, 4)


def named_after_office(el: Any, order: int, ev: Evidence) -> None:
    """The name an office's title precedes in a link alone on its line under the headline: a speaker's claim."""
    box = el.getparent()
    text = clean_text(el.text_content())
    tokens = text.split()
    href = (el.get("href") or "").split("?")[0].split("#")[0].rstrip("/")
    if (
        el.tag != "a"
        or box is None
        or len(el)
        or not 3 <= len(tokens) <= _MOST_WORDS
        or not href
        or re.search(r"\d", text)
    ):
        return
    if clean_text(box.text_content()) != text:
        return  # other words on the line: a sentence's link, a row of links
    last = href.rsplit("/", 1)[-1]
    name = next(
        (
            " ".join(tokens[-k:])
            for k in _NAME_WORDS
            if k < len(tokens)
            and re.fullmatch(rf"{re.escape(name_slug(' '.join(tokens[-k:])))}(?:[-_]\d+)?(?:\.\w{{2,5}})?", last)
        ),
        None,
    )
    if not name or not all(t[:1].isupper() for t in name.split()):
        return
    if not right_under_headline(el, order, ev):
        return
    ev.authors.append(Claim(name, "own-page-link", order))
