"""Rows of links a saved page sets into the story's cell, cut before the extractor reads it.

An old page laid out in tables (and many a newer one) prints under the story, inside the element
that holds it, two kinds of rows the extractor keeps as the story's last paragraphs:

- a row of the page's commands or places: two or more short links and nothing between them but
  separators ("Print | Recommend | Write a letter", "Home › Business"), no word of its own. A
  story's sentence has words between its links; a row of links only is the page's;
- a table of other stories: rows of a date and a headline's link ("04.06.2019 | Mayor opens the
  new bridge"), under at most a heading row of its own ("More from this section"). A story's own
  table of dates and events does not link each event to another page of the site.

Told by structure (links, separators, dates), never by a site's words, so any language is read.
"""

from __future__ import annotations

import re
from typing import Any

from briefkit.importer.dates import find_date
from briefkit.importer.lazyre import compile_later

_SEPARATORS = compile_later(r"[|·•/›»>–—\-\s\u00a0]*")
_ROW_TAGS = ("p", "div", "td", "span", "li", "dd")
_LINK_WORDS = 5  # a command or a place: a few words
_ROW_LINKS = 2
_HEADLINE_WORDS = 16
_DATE_WORDS = 5
_TEASER_ROWS = 2
_HEAD_WORDS = 8  # "More from the business section"


def _text(el: Any) -> str:
    return re.sub(r"\s+", " ", el.text_content().replace("\u00a0", " ")).strip() if isinstance(el.tag, str) else ""


def _words(text: str) -> int:
    return len(re.findall(r"\w+", text))


def _only_separators(text: str | None) -> bool:
    return _SEPARATORS.fullmatch(text or "") is not None


def link_row(el: Any) -> bool:
    """Whether an element is two or more short links with only separators around and between them,
    at least one separator a mark (a row of links split by bare spaces may be a list of names)."""
    kids = [k for k in el if isinstance(k.tag, str)]
    if len(kids) < _ROW_LINKS or any(k.tag != "a" for k in kids):
        return False
    between = [el.text or "", *(k.tail or "" for k in kids)]
    if not all(_only_separators(t) for t in between) or not re.search(r"[|·•/›»>–—-]", "".join(between[1:-1])):
        return False
    texts = [_text(k) for k in kids]
    return all(0 < _words(t) <= _LINK_WORDS and not t.endswith((".", "!", "?")) for t in texts)


def _rows(table: Any) -> list[list[Any]]:
    rows = []
    for tr in table.iter("tr"):
        if next((a for a in tr.iterancestors("table")), None) is not table:
            continue  # a nested table's row
        rows.append([c for c in tr if isinstance(c.tag, str) and c.tag in ("td", "th")])
    return rows


def _dated_headline(cells: list[Any]) -> bool:
    """A row of a date (alone in its cell) and one link, a headline (a line, no sentence's end)."""
    texts = [_text(c) for c in cells]
    filled = [(c, t) for c, t in zip(cells, texts, strict=True) if t]
    if len(filled) != 2:
        return False
    dates = [t for _, t in filled if _words(t) <= _DATE_WORDS and find_date(t) is not None]
    links = [c for c, t in filled if _linked(c, t)]
    return len(dates) == 1 and len(links) == 1 and dates[0] != _text(links[0])


def _linked(cell: Any, text: str) -> bool:
    anchors = list(cell.iter("a"))
    if len(anchors) != 1 or _text(anchors[0]) != text:
        return False
    return 0 < _words(text) <= _HEADLINE_WORDS and not text.endswith((".", "!", "?", ":"))


def teaser_table(table: Any) -> bool:
    """Whether a table is rows of a date and another story's headline, under at most a heading row."""
    rows = [r for r in _rows(table) if any(_text(c) for c in r)]
    if len(rows) < _TEASER_ROWS:
        return False
    head, rest = (rows[0], rows[1:]) if not _dated_headline(rows[0]) else ([], rows)
    if head and (len(head) != 1 or _words(_text(head[0])) > _HEAD_WORDS or next(head[0].iter("a"), None) is not None):
        return False  # a heading row is one cell of a few words, no link of its own
    return len(rest) >= _TEASER_ROWS and all(_dated_headline(r) for r in rest)


def drop_link_rows(tree: Any) -> None:
    """Cut each row of links only and each table of dated headlines (see the module's docstring)."""
    body = tree.find("body")
    if body is None:
        return
    for table in list(body.iter("table")):
        if teaser_table(table):
            table.drop_tree()
    for el in list(body.iter(*_ROW_TAGS)):
        if link_row(el):
            el.drop_tree()
