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
