"""A page laid out with tables (the way sites were built before CSS, and custom CMSs still are):
the extractor returns the whole frame, masthead, menus and side columns, as tables around the
story. The story is one cell; the frame is the other layout tables and the cells beside it.
"""

from __future__ import annotations

import re
from typing import Any

from briefkit.importer.lazyre import compile_later

# what makes a table one of layout, not of data: its cells hold paragraphs, headings, lists
_BLOCK_TAGS = {"p", "head", "list", "quote", "table", "ul", "ol", "blockquote", "div"}
# a sentence: at least eight words ending in a full stop; menus, headlines and labels have none
_SENTENCE = compile_later(r"[^.!?…]+[.!?…]")
_STORY_SHARE = 0.5  # the story's cell holds most of the page's sentences
_STORY_WORDS = 100


def _prose_words(el: Any) -> int:
    text = re.sub(r"\s+", " ", " ".join(el.itertext()))
    return sum(n for s in _SENTENCE.findall(text) if (n := len(s.split())) >= 8)


def _is_layout(table: Any) -> bool:
    return any(isinstance(d.tag, str) and d.tag in _BLOCK_TAGS for c in table.iter("cell") for d in c.iterdescendants())


def _story_cell(main: Any, tag: str = "cell") -> Any:
    """The innermost cell holding the most sentences, when those are most of the page's."""
    cells = [(c, _prose_words(c)) for c in main.iter(tag)]
    if not cells:
        return None
    most = max(n for _, n in cells)
    if most < _STORY_WORDS or most < _STORY_SHARE * _prose_words(main):
        return None
    near = [c for c, n in cells if n >= 0.9 * most]
    inner = [c for c in near if not any(o is not c and any(a is c for a in o.iterancestors()) for o in near)]
    return inner[0] if inner else None


def drop_layout_frame(main: Any) -> None:
    """The story's cell without the frame around it: other layout tables, and the cells beside it.

    A data table (cells of plain values: a match's lineup, a price list) is no frame and stays,
    and so does the text of the story's table above and below its cell (its headline rows).
    """
    story = _story_cell(main)
    if story is None:
        return
    around = set(story.iterancestors())
    for table in list(main.iter("table")):
        if table in around or any(a is story for a in table.iterancestors()) or not _is_layout(table):
            continue
        if any(a.tag == "table" and a not in around for a in table.iterancestors()):
            continue  # inside a frame table that goes as a whole
        _drop(table)
    for cell in [story, *(a for a in story.iterancestors() if a.tag == "cell")]:
        row = cell.getparent()
        if row is None:
            continue
        for other in list(row):
            if other is not cell and isinstance(other.tag, str):
                _drop(other)


def _drop(el: Any) -> None:
    """Take an element out, keeping the text that followed it (it is its parent's, not its own)."""
    parent = el.getparent()
    if parent is None:
        return
    tail = (el.tail or "").strip()
    prev = el.getprevious()
    if tail:
        if prev is not None:
            prev.tail = f"{prev.tail or ''} {tail}"
        else:
            parent.text = f"{parent.text or ''} {tail}"
    parent.remove(el)


_SIDE_SHARE = 0.5  # a side column holds fewer sentences than half the story's (its dates count as full stops)


def drop_side_columns(tree: Any) -> None:
    """The columns a table-laid page sets beside the story's cell (live scores, most read, an agenda).

    Read on the page itself, before the extractor: it lays nested tables out one after another,
    and the side column's tables then look like data tables under the story. A cell in the row
    of the story's cell (or of a cell holding it) with little prose of its own is a column of boxes;
    a row above or below those rows that is a bar of links is the masthead's menu or the footer, and
    a row below them opening on the copyright sign is the footer, whatever its links and notes.
    """
    body = tree.find("body")
    story = _story_cell(body if body is not None else tree, "td")
    if story is None:
        return
    words = _prose_words(story)
    for cell in [story, *(a for a in story.iterancestors("td"))]:
        row = cell.getparent()
        if row is None or row.tag != "tr":
            continue
        for other in list(row):
            if other is not cell and other.tag in ("td", "th") and _prose_words(other) < _SIDE_SHARE * words:
                _drop(other)
        for other in list(row.itersiblings()):
            if other.tag == "tr" and (_link_bar(other) or _copyright_row(other)):
                _drop(other)
        for other in list(row.itersiblings(preceding=True)):
            if other.tag == "tr" and _link_bar(other):
                _drop(other)


_LINKED_SHARE = 0.4  # a menu or a footer's row is links with separators and a copyright line between


def _link_bar(row: Any) -> bool:
    """A row of the frame around the story's row that is a bar of links: no sentence, mostly link text."""
    text = re.sub(r"\s+", " ", row.text_content()).strip()
    linked = sum(len(re.sub(r"\s+", " ", a.text_content()).strip()) for a in row.iter("a"))
    return bool(text) and _prose_words(row) == 0 and linked >= _LINKED_SHARE * len(text)


# "© 2001–2021 Example News Ltd | Contact | …": the footer's copyright line opens its row
_COPYRIGHT = compile_later(r"^(?:©|\(c\)|copyright\b)", re.I)
_FOOTER_WORDS = 60  # a line or two of notes; a row of more is no footer's


def _copyright_row(row: Any) -> bool:
    """A row under the story's row that opens on the copyright sign and is a line or two long: the
    page's footer (its links, and its notes on reuse, beside the sign); no story's row opens so."""
    text = re.sub(r"\s+", " ", row.text_content()).strip()
    return _COPYRIGHT.match(text) is not None and len(text.split()) <= _FOOTER_WORDS
