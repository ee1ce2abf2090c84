"""A list set into the story between its paragraphs: the story's own, whatever the extractor thought.

When trafilatura finds no article container it falls back to gathering the page's paragraphs
one by one, and a list between them (the points of a plan, the steps of a court order, the
stops of a new line) is lost with the heading over it. Such a list is a child of the element
that holds the story's kept paragraphs, as they are; a box of other stories set there is a
list of links, and a share bar or a tag list is links too. So a list beside the kept
paragraphs whose text is mostly not link text comes back whole, item by item, however short
its items are (a stop's name, a date and a place): the list's position and its plain text
speak for it, not each item's length.
"""

from __future__ import annotations

import re
from typing import Any

_LISTS = ("ul", "ol")
_LINKED_SHARE = 0.5  # more link text than this and the list points elsewhere: a menu, tags, teasers
_MIN_ITEMS = 2


def _text(el: Any) -> str:
    return re.sub(r"\s+", " ", el.text_content().replace("\u00a0", " ")).strip()


def _items(lst: Any) -> list[Any]:
    return [c for c in lst if isinstance(c.tag, str) and c.tag == "li"]


def _story_list(lst: Any) -> bool:
    """A list of two or more items with text, most of it not in links."""
    items = _items(lst)
    texts = [_text(i) for i in items]
    if len(items) < _MIN_ITEMS or sum(1 for t in texts if t) < _MIN_ITEMS:
        return False
    total = sum(len(t) for t in texts)
    linked = sum(len(_text(a)) for a in lst.iter("a"))
    return linked <= _LINKED_SHARE * total and not all(_link_led(i) for i in items)


def _link_led(item: Any) -> bool:
    """An item opening with a link, a few words glossing it after: an index of the site's pages. The
    link may stand inside a wrapper ("<li><span><a>…</a> gloss</span>"): the item's first text is the link's."""
    el = item
    while not (el.text or "").strip():
        kids = [c for c in el if isinstance(c.tag, str)]
        if not kids:
            return False
        if kids[0].tag == "a":
            return True
        el = kids[0]
    return False


def story_list_item(el: Any, parents: set[Any], seen: dict[Any, bool]) -> str | None:
    """The Markdown line for an item of a story's list (`- item`, `3. item`), or None for anything else.

    `parents` are the elements holding the story's kept paragraphs; the list must stand among
    them. `seen` keeps each list's verdict, so a long list is judged once.
    """
    if el.tag != "li":
        return None
    lst = el.getparent()
    if lst is None or lst.tag not in _LISTS or lst.getparent() not in parents:
        return None
    if lst not in seen:
        seen[lst] = _story_list(lst)
    if not seen[lst]:
        return None
    text = _text(el)
    if lst.tag == "ol":
        start = lst.get("start") or "1"
        n = (int(start) if start.isdigit() else 1) + _items(lst).index(el)
        return f"{n}. {text}"
    return f"- {text}"


def same_list(a: Any, b: Any) -> bool:
    """Two items of one list, side by side in the page."""
    return a.tag == "li" and b.tag == "li" and a.getparent() is b.getparent()


_RUN_KEY = 20  # a text run this long is the story's own when the kept text holds it


def _run_before(lst: Any) -> str:
    """The text printed right before the list in its parent: the previous sibling's tail, or the parent's text
    (over the line breaks between)."""
    before = lst.getprevious()
    while before is not None and (
        not isinstance(before.tag, str) or before.tag == "br" and not (before.tail or "").strip()
    ):
        before = before.getprevious()
    return (before.tail if before is not None else lst.getparent().text) or ""


def lists_among_runs(tree: Any, key: Any, where: Any) -> dict[int, list[str]]:
    """The lists set between the runs of text of a story printed without paragraph elements.

    An old page prints its story as the text of one cell or div, its paragraphs parted by line
    breaks; a list between two of those runs is an element among bare text, which no pass
    that looks for paragraphs sees. A list whose parent prints kept story text right before it
    and right after it stands inside the story; with most of its text not link text it is the
    story's (its items "Country: figure" lines). `key` makes a text's search key, `where` gives
    the index of the kept block holding a key (or None); the result maps a block's index to the
    Markdown lists that follow it.
    """
    out: dict[int, list[str]] = {}
    for lst in tree.iter(*_LISTS):
        parent = lst.getparent()
        if parent is None or parent.tag in (*_LISTS, "li"):
            continue
        before, after = key(_run_before(lst)), key(lst.tail or "")
        if len(before) < _RUN_KEY or len(after) < _RUN_KEY:
            continue
        at, then = where(before), where(after)
        # kept, the list is a block of its own between the two runs' blocks
        if at is None or then is None or then - at not in (0, 1) or not _story_list(lst):
            continue
        items = [_text(i) for i in _items(lst)]
        if any(a.tag in ("nav", "footer", "aside", "header") for a in lst.iterancestors()):
            continue
        start = lst.get("start") or "1"
        first = int(start) if start.isdigit() else 1
        marks = [f"{first + n}." for n in range(len(items))] if lst.tag == "ol" else ["-"] * len(items)
        out.setdefault(at, []).append("\n".join(f"{m} {t}" for m, t in zip(marks, items, strict=True) if t))
    return out
