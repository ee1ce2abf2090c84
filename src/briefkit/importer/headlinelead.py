"""The lead a page prints right under its headline, when no markup names it.

A page whose head carries no description, and whose lead's element has a class no list of names
knows ("perex", "ingress", a site's prefix before either), still sets the lead where every site
sets it: the element right after the headline, whole sentences in an element of its own. The
extractor drops it as a deck; read here, it becomes the summary and, printed in the page, the
story's first paragraph.
"""

from __future__ import annotations

import re
from typing import Any

_LEAD_WORDS = 15  # a lead is a sentence or two; a kicker, a byline or a date line is a few words
_LEAD_MAX_WORDS = 90  # and more than a few sentences is the story's own first paragraph, not its lead
_CLOSED = (".", "!", "?", '"', "”", "»")
_BLOCKS = {"p", "div", "ul", "ol", "table", "figure", "section", "h2", "h3", "h4", "blockquote", "aside"}


def lead_under_headline(tree: Any) -> str | None:
    """The text of the element right after the page's one h1, when it is sentences and holds no block."""
    heads = tree.xpath("//body//h1")
    if len(heads) != 1:
        return None  # no headline, or several (a listing's): no telling which lead is the story's
    after = next((s for s in heads[0].itersiblings() if isinstance(s.tag, str)), None)
    if after is None or after.tag not in ("p", "div") or any(d.tag in _BLOCKS for d in after.iterdescendants()):
        return None
    text = re.sub(r"\s+", " ", after.text_content().replace("\u00a0", " ")).strip()
    if not _LEAD_WORDS <= len(re.findall(r"\w+", text)) <= _LEAD_MAX_WORDS or not text.endswith(_CLOSED):
        return None
    return text


_META_WORDS = 14  # a date line, a view counter, a kicker: a few words between the headline and the lead
_SKIPPED = 3  # at most this many such lines stand between them


def lead_over_story(tree: Any) -> str | None:
    """The lead set in an element of its own between the page's one h1 and the story, past the
    date and counter lines under the headline.

    Many pages print the lead (a "perex", an "ingress") under the headline's meta line and over the
    picture and the story's container, while their description is a shorter rewording of it: then
    neither the extractor, which drops it as a deck, nor the description gives the story its first
    paragraph. The lead is the first following sibling of the h1 that is sentences (15 to 90 words,
    closed by a full stop) in a p or div holding only text, or a div holding one such p; a few short
    lines (no sentence) may stand before it. A picture, a list or the story's container ends the search.
    """
    heads = tree.xpath("//body//h1")
    if len(heads) != 1:
        return None
    skipped = 0
    for sib in heads[0].itersiblings():
        if not isinstance(sib.tag, str):
            continue
        inner = _lead_element(sib)
        if inner is None:
            return None
        text = re.sub(r"\s+", " ", inner.text_content().replace("\u00a0", " ")).strip()
        n = len(re.findall(r"\w+", text))
        if _LEAD_WORDS <= n <= _LEAD_MAX_WORDS and text.endswith(_CLOSED):
            return text
        if n > _META_WORDS or text.endswith(_CLOSED) or skipped >= _SKIPPED:
            return None
        skipped += 1
    return None


def _lead_element(el: Any) -> Any:
    """The element itself when it is a p or a div of text and inline elements, or the one p inside
    a div holding nothing else; None for a block of several parts (a picture, the story's body)."""
    if el.tag not in ("p", "div"):
        return None
    kids = [k for k in el if isinstance(k.tag, str)]
    if el.tag == "div" and len(kids) == 1 and kids[0].tag == "p" and not (el.text or "").strip():
        el = kids[0]
    if any(d.tag in _BLOCKS for d in el.iterdescendants()):
        return None
    return el
