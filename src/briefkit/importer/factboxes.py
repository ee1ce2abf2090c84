"""A box set into the story between its paragraphs that is the story's own: a fact box, a match's facts.

A story often sets a headed box among its paragraphs: "Facts: the disease" over a few
figures, a match's result and scorers under a small heading, the key numbers of a budget.
Pages wrap it in an `<aside>` or a `<div>` of its own, and the extractor drops it as a
side element, heading, list and all. Furniture is set there too (a box of related stories, a
newsletter's sign-up, an ad's slot), so the box is told by its structure, not its words: it
stands in the element that holds the story's kept paragraphs (as its child, or one or two
wrappers down), it opens with a heading over a list or paragraphs, its text is not link text,
and it holds no form, button or embedded frame, no picture and no second heading (a box of writers'
cards or of teasers has a heading and a picture to each). Such a box comes back item by item with its
heading, where it stood (`htmlrecall`).
"""

from __future__ import annotations

import re
from typing import Any

_BOX_TAGS = ("div", "aside", "section")
_HEADINGS = ("h2", "h3", "h4", "h5", "h6")
_BODY = ("ul", "ol", "p", "dl", "table")
_CONTROLS = ("form", "input", "button", "select", "textarea", "iframe", "video", "audio", "nav")
_LINKED_SHARE = 0.2  # a fact box may cite its source by a link; a box of teasers is all links
_MIN_CHARS, _MAX_CHARS = 30, 3000
_DEPTH = 3  # the box, and at most two wrappers between it and the block


def _text(el: Any) -> str:
    return re.sub(r"\s+", " ", el.text_content().replace("\u00a0", " ")).strip()


def _kids(el: Any) -> list[Any]:
    return [c for c in el if isinstance(c.tag, str)]


def story_box(box: Any) -> bool:
    """A headed box of the story's own facts: one heading first, a list or paragraphs under it,
    little link text, no controls, no picture."""
    if box.tag not in _BOX_TAGS:
        return False
    kids = [k for k in _kids(box) if _text(k)]
    # the heading may stand in a wrapper of its own ("<div class=head><h3>…</h3></div>")
    first = kids[0] if kids else None
    while (
        first is not None and first.tag not in _HEADINGS and len(_kids(first)) == 1 and not (first.text or "").strip()
    ):
        first = _kids(first)[0]
    if first is None or first.tag not in _HEADINGS:
        return False
    if not any(next(k.iter(*_BODY), None) is not None for k in kids[1:]):  # under it, or in a wrapper
        return False
    if next(box.iter(*_CONTROLS), None) is not None:
        return False
    # one label over its facts: headings under it (a card per writer, a teaser per story) or a picture
    # (a writer's portrait, a teaser's image) make a box of cards, not of the story's facts
    if sum(1 for _ in box.iter(*_HEADINGS)) > 1 or next(box.iter("img", "picture"), None) is not None:
        return False
    text = _text(box)
    if not _MIN_CHARS <= len(text) <= _MAX_CHARS:
        return False
    linked = sum(len(_text(a)) for a in box.iter("a"))
    return linked <= _LINKED_SHARE * len(text)


def box_holding(el: Any, parents: set[Any], seen: dict[Any, bool]) -> Any | None:
    """The story box that `el` stands in, or None: the ancestor, at most `_DEPTH` levels up, whose
    parent holds the story's kept paragraphs, when it reads as a story box. `seen` keeps each
    box's verdict, so a box is judged once however many blocks it holds."""
    node = el
    for _ in range(_DEPTH):
        node = node.getparent()
        if node is None or node in parents:
            return None
        if node.getparent() in parents:
            if node not in seen:
                seen[node] = story_box(node)
            return node if seen[node] else None
    return None
