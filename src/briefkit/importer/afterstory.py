"""Small boxes a saved page sets after the element that holds its story: a legal note, an app's
or a newsletter's promotion, the writer's card, a side column's last box.

A story's paragraphs stand side by side in one element, its body; what a page prints after that
body, in the body's following siblings or in those of the elements around it, is the page's own
(a reader-support box, a disclaimer, a "download our app" strip, the writer's card). The
extractor keeps such a box when it holds a sentence or two, because it sits next to the story.
Told by structure alone: a following sibling with little prose, of another kind than the body
(not its tag and class), after the last sibling that carries the story on (one of the body's kind,
or one holding a fair share of its prose) is cut before the extractor reads the page. A body
that does not hold most of the page's prose (paragraphs each wrapped in their own box, a page of
many short items) is not trusted, and nothing is cut.
"""

from __future__ import annotations

import re
from typing import Any

from briefkit.importer.lazyre import compile_later

_PROSE_CHARS = 80  # a paragraph of prose: a sentence or more; labels and links are shorter
_BODY_PARAGRAPHS = 3  # the body holds at least this many paragraphs of prose itself
_BODY_SHARE = 0.5  # and most of the page's prose
_CARRIES_ON = 0.25  # a later element with this share of the body's prose carries the story on
_LEVELS = 4  # the body and the elements around it, up to this many levels out
# the scripts written without spaces count about three letters to a Latin script's word and space
_DENSE = compile_later(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0e00-\u0e7f]")
_SKIP = {"script", "style", "noscript", "template", "h1"}
# what is cut is a box; a heading, a paragraph, a list or a table set loose after the body is the story's
_BOXES = {"div", "section", "aside", "footer", "header", "nav", "center", "tr", "td"}


def _box(el: Any) -> bool:
    """A box: a block element of layout, or a table laid out with blocks (not one of data)."""
    if el.tag == "table":
        return el.find(".//table") is not None or el.find(".//p") is not None or el.find(".//div") is not None
    return el.tag in _BOXES


def _size(text: str) -> int:
    text = re.sub(r"\s+", " ", text).strip()
    return len(text) + 2 * len(_DENSE.findall(text))


def _prose(el: Any) -> int:
    """How much prose an element holds: the size of its paragraphs long enough to be prose."""
    return sum(n for p in el.iter("p") if (n := _size(p.text_content())) >= _PROSE_CHARS)


def _own_prose(el: Any) -> tuple[int, int]:
    """The prose of an element's own paragraphs (its `<p>` children), and how many they are."""
    sizes = [n for c in el if c.tag == "p" and (n := _size(c.text_content())) >= _PROSE_CHARS]
    return sum(sizes), len(sizes)


def story_body(tree: Any) -> Any:
    """The element whose own paragraphs hold most of the page's prose, or None."""
    body = tree.find("body")
    root = body if body is not None else tree
    best, most = None, 0
    for el in root.iter():
        if not isinstance(el.tag, str) or el is root:
            continue
        size, count = _own_prose(el)
        if count >= _BODY_PARAGRAPHS and size > most:
            best, most = el, size
    if best is None or most < _BODY_SHARE * _prose(root):
        return None
    return best


def _kind(el: Any) -> tuple[str, str]:
    return el.tag, " ".join(sorted((el.get("class") or "").split()))


def _carries_on(el: Any, kind: tuple[str, str], prose: int) -> bool:
    """An element that goes on with the story: one of the body's kind, or with a share of its prose."""
    if _kind(el) == kind or any(isinstance(d.tag, str) and _kind(d) == kind for d in el.iterdescendants()):
        return True
    return _prose(el) >= _CARRIES_ON * prose


def drop_boxes_after_story(tree: Any) -> int:
    """Cut the small boxes printed after the story's body; how many were cut."""
    story = story_body(tree)
    if story is None:
        return 0
    kind, prose = _kind(story), _own_prose(story)[0]
    cut: list[Any] = []
    el = story
    for _ in range(_LEVELS):
        parent = el.getparent()
        if parent is None or el.tag == "body":
            break
        later = [s for s in el.itersiblings() if isinstance(s.tag, str) and s.tag not in _SKIP]
        last = max((i for i, s in enumerate(later) if _carries_on(s, kind, prose)), default=-1)
        cut += [s for s in later[last + 1 :] if _box(s) and s.find(".//h1") is None and s.text_content().strip()]
        if last >= 0:
            break  # the story goes on past its body: what stands further out is not told from it
        el = parent
    for box in cut:
        _drop(box)
    return len(cut)


def _drop(el: Any) -> None:
    """Take an element out, keeping the text that followed it (its parent's, not its own)."""
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail or ""
    if tail.strip():
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(el)
