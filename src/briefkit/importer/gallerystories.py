"""A story told in its pictures' captions: a photo gallery's page ("In pictures: …").

A gallery prints a paragraph or two of introduction and tells the rest under its pictures, one
caption of a sentence or more to each. Figures leave a saved page before its story is read
(`htmlfigures`), so the story would keep only its introduction. A page is read as a gallery
story by its shape alone: three or more captions that are prose, holding together at least as
much prose as the paragraphs outside them. Then each caption stays in the story, where its picture
stood, as well as with its picture.
"""

from __future__ import annotations

import re
from typing import Any

from briefkit.importer.elementtext import clean_text

_PROSE_CHARS = 60  # a caption that tells: a sentence, not "Jane Roe in 2019"
_SENTENCE_END = re.compile(r"[.!?…。！？»\"”)]\s*(?:\S+\s*){0,6}$")
_CAPTIONS = 3
_CAPTION_SHARE = 1.0  # the captions hold at least as much prose as the paragraphs outside them


def _is_caption(el: Any) -> bool:
    return el.tag == "figcaption" or "caption" in (el.get("class") or "").lower()


def _in_caption(el: Any) -> bool:
    return any(_is_caption(a) for a in (el, *el.iterancestors()))


def _prose(text: str) -> int:
    return len(text) if len(text) >= _PROSE_CHARS and _SENTENCE_END.search(text) else 0


def is_gallery_story(tree: Any) -> bool:
    """Whether the page's captions tell its story: three or more of prose, outweighing its paragraphs."""
    captions = [
        n
        for el in tree.iter()
        if isinstance(el.tag, str) and _is_caption(el) and not any(_is_caption(a) for a in el.iterancestors())
        if (n := _prose(clean_text(el.text_content())))
    ]
    if len(captions) < _CAPTIONS:
        return False
    outside = sum(_prose(clean_text(p.text_content())) for p in tree.iter("p") if not _in_caption(p))
    return sum(captions) >= _CAPTION_SHARE * outside


def leave_caption(fig: Any, caption: str) -> None:
    """Put a caption of prose where its picture stood, as a paragraph of the story."""
    if not _prose(caption):
        return
    p = fig.makeelement("p", {})
    p.text = caption
    parent = fig.getparent()
    if parent is None:
        return
    parent.insert(parent.index(fig), p)
