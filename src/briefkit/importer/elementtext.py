"""An element's text as a reader sees it: one line, its white space folded, no CSS or script in it.

Every reader of a saved page (the story, its metadata, bylines, dates and pictures) asks this of
its elements, so it stands apart from all of their rules.
"""

from __future__ import annotations

import re
from typing import Any

from lxml import etree

# the elements a paragraph's text is set in (a link, emphasis, a line break): a box holding only these and
# text is a paragraph as a <p> is, and a run of them is one line of prose
INLINE_TAGS = frozenset(
    ("a", "span", "b", "strong", "i", "em", "br", "small", "sup", "sub", "abbr", "mark", "q", "time", "u")
)


def clean_text(text: str) -> str:
    """An element's text as one line: runs of white space (and no-break spaces) folded."""
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip()


def element_text(el: Any) -> str:
    """An element's whole text as one line; a comment or processing instruction of the markup shows none."""
    if not isinstance(el.tag, str):
        return ""
    return clean_text(el.text_content())


_SHOWN_TEXT = etree.XPath(".//text()[not(ancestor::style) and not(ancestor::script)]")


def shown_text(el: Any) -> str:
    """An element's text as a reader sees it: without the CSS or script some CMSs put inside headings."""
    if next(el.iter("style", "script"), None) is None:  # the common case, and ten times cheaper than the XPath
        return clean_text(el.text_content())
    return clean_text("".join(_SHOWN_TEXT(el)))
