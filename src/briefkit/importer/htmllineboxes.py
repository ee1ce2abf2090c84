"""Boxes of one short line that a saved page sets between or under its story's paragraphs.

A story's paragraphs stand side by side in one container; the site's own lines set into it (a
podcast's pointer, an ad sales line, a contact address, an offer to subscribe, a channel to
follow) come each wrapped in a box of their own, a `<div>` holding a single short paragraph. The
extractor unwraps the box and keeps its line as one of the story's. Told by structure alone: the
box holds one paragraph and nothing else, it follows the story's prose (in the same container,
or after the container, past other short boxes), and no sibling shares its class (a CMS that
wraps every paragraph of the story gives each wrapper the same class). A paragraph of its own
class standing after the story's container, outside it, is such a line too.
"""

from __future__ import annotations

import re
from itertools import islice
from typing import Any

_LINE_WORDS = 25  # a box's line: a call or a note, never a paragraph of the story's
_PROSE_WORDS = 20  # a paragraph of the story's: a sentence or more
_STORY_PARAGRAPHS = 4  # a story's container holds this many at least (a notice or an intro box fewer)
_SHORT_BOX_WORDS = 40  # what may stand between the story and the box: tags, credits, another call
_LOOK_BACK = 4


def _words(el: Any) -> int:
    return len(re.findall(r"\w+", el.text_content())) if isinstance(el.tag, str) else 0


def _prose(el: Any) -> bool:
    """A paragraph of the story, or a container holding several."""
    if el.tag == "p":
        return _words(el) >= _PROSE_WORDS
    return sum(1 for p in islice(el.iter("p"), 60) if _words(p) >= _PROSE_WORDS) >= _STORY_PARAGRAPHS


def _after_prose(box: Any, *, outside: bool = False) -> bool:
    """Whether the story's prose stands right before the box, past nothing but short boxes.

    With `outside`, only the story's container counts: a paragraph after a paragraph is the story's.
    """
    for before in islice((s for s in box.itersiblings(preceding=True) if isinstance(s.tag, str)), _LOOK_BACK):
        if _prose(before):
            return not (outside and before.tag == "p")
        if _words(before) > _SHORT_BOX_WORDS or before.tag in ("h1", "header"):
            return False
    return False


def _one_line(box: Any) -> bool:
    kids = [k for k in box if isinstance(k.tag, str)]
    if len(kids) != 1 or kids[0].tag != "p" or (box.text or "").strip() or (kids[0].tail or "").strip():
        return False
    return 0 < _words(kids[0]) <= _LINE_WORDS


def _class_shared(box: Any) -> bool:
    cls = (box.get("class") or "").strip()
    parent = box.getparent()
    if not cls or parent is None:
        return not cls  # a bare <div> is a layout's wrapper as often as a box: left alone
    return any(s is not box and s.get("class") == box.get("class") for s in parent if isinstance(s.tag, str))


def drop_line_boxes(tree: Any) -> None:
    """Each box of one short line set after the story's prose (inside its container or below it)."""
    body = tree.find("body")
    if body is None:
        return
    for box in list(body.iter("div", "aside", "p")):
        if box.tag == "p":
            if _lone_note(box) and _after_prose(box, outside=True):
                box.drop_tree()  # a note of the site's set under the story's container, outside it
        elif _one_line(box) and not _class_shared(box) and _after_prose(box):
            box.drop_tree()


def _lone_note(p: Any) -> bool:
    """A paragraph with a class of its own and no markup inside, short: a licence or a contact line."""
    return bool(p.get("class")) and len(p) == 0 and 0 < _words(p) <= _LINE_WORDS and not _class_shared(p)
