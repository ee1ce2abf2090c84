"""A bare name beside the date under the headline: a byline no label, class or link marks.

Many templates print the writer and the day as two elements of one line right under the title
("<span>Jane Roe</span> <span>Tuesday, 14 March 2023</span>"), the name's element classed by a
field's internal name or not at all. The pair alone in its box, the name shaped as one and the
other part a date, standing under the headline before the story's prose: that is the byline.
A reader's comment signs the same way, so a thread's box is never read.
"""

from __future__ import annotations

import re
from typing import Any

from briefkit.importer.bylines import looks_like_name
from briefkit.importer.dates import parse_date
from briefkit.importer.elementtext import clean_text
from briefkit.importer.markupmeta import Claim, Evidence
from briefkit.importer.pagebylines import in_comments

_MOST_DATE = 60  # "Tuesday, 14 March 2023 - 09:40": a date line, not a sentence with a day in it
_SEPARATORS = re.compile(r"[\s|·•,–—/-]*")


def named_beside_date(el: Any, order: int, ev: Evidence) -> None:
    """A name alone in its element, its box's one other part a date, under the h1: a "byline-part" claim."""
    box = el.getparent()
    if box is None or len(el) or el.tag not in ("span", "div", "p", "strong", "b", "em", "small"):
        return
    text = clean_text(el.text_content())
    if not text or re.search(r"\d", text) or not looks_like_name(text) or len(text.split()) > 4:
        return
    parts = [c for c in box if isinstance(c.tag, str)]
    if len(parts) != 2 or (box.text or "").strip():
        return
    other = parts[1] if parts[0] is el else parts[0]
    day = clean_text(other.text_content())
    if not day or len(day) > _MOST_DATE or parse_date(day) is None:
        return
    rest = clean_text(box.text_content()).replace(text, "", 1).replace(day, "", 1)
    if not _SEPARATORS.fullmatch(rest):
        return  # other words in the box: "Submitted by …", a sentence
    if not right_under_headline(el, order, ev):
        return
    ev.authors.append(Claim(text, "byline-part", order))


def right_under_headline(el: Any, order: int, ev: Evidence) -> bool:
    """Whether the element stands under the page's h1 with no other heading between (another story's
    title over it) and at most one paragraph of prose (a standfirst, not the story), outside comments."""
    headline = max((h.position for h in ev.headings if h.source == "h1" and h.position < order), default=None)
    if headline is None or sum(headline < p < order for p in ev.prose) > 1 or in_comments(el):
        return False
    return not any(headline < h.position < order for h in ev.headings + ev.low_heads)
