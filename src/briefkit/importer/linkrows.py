"""Rows of links a saved page sets into the story's cell, cut before the extractor reads it.

An old page laid out in tables (and many a newer one) prints under the story, inside the element
that holds it, two kinds of rows the extractor keeps as the story's last paragraphs:

- a row of the page's commands or places: two or more short links and nothing between them but
  separators ("Print | Recommend | Write a letter", "Home › Business", "Tags: harbour, council"
  under its label), no word of its own. A story's sentence has words between its links; a row of
  links only is the page's;
- a table of other stories: rows of a date and a headline's link ("04.06.2019 | Mayor opens the
  new bridge", "• Mayor opens the new bridge (Jun 4, 2019)"), under at most a heading row of its
  own ("More from this section"), and the same as lines in a row ("15:02 Mayor opens the bridge"):
  a feed of the latest stories. A story's own table of dates and events does not link each event
  to another page of the site, and a line of its own says more than a headline and a stamp.

Told by structure (links, separators, dates), never by a site's words, so any language is read.
"""

from __future__ import annotations

import re
from itertools import islice
from typing import Any
from urllib.parse import urlsplit

from briefkit.importer.datelabels import RELATIVE_DATE
from briefkit.importer.dates import find_date
from briefkit.importer.lazyre import compile_later

_SEPARATORS = compile_later(r"[|·•/›»>–—,\-\s\u00a0]*")
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


_LABEL_WORDS = 3  # "Tags:", "Mots-clés :", "Schlagwörter:"
_LABEL_TAGS = ("b", "strong", "span", "em", "i", "label")


def _label(text: str) -> bool:
    text = text.strip()
    return text.endswith(":") and len(text) < 40 and 0 < _words(text) <= _LABEL_WORDS


def link_row(el: Any) -> bool:
    """Whether an element is two or more short links with only separators around and between them,
    at least one separator a mark (a row of links split by bare spaces may be a list of names); under
    a short label ending in a colon ("Tags: a, b, c") a comma parts them too."""
    kids = [k for k in el if isinstance(k.tag, str)]
    lead = el.text or ""
    labelled = el.tag != "span" and _label(lead)  # a label's row is a block (a span's sits in a byline)
    if (
        not labelled
        and el.tag != "span"
        and kids
        and kids[0].tag in _LABEL_TAGS
        and not lead.strip()
        and _label(_text(kids[0]))
    ):
        labelled, lead, kids = True, kids[0].tail or "", kids[1:]
    if len(kids) < _ROW_LINKS or any(k.tag != "a" for k in kids):
        return False
    between = ["" if labelled else lead, *(k.tail or "" for k in kids)]
    marks = r"[|·•/›»>–—,-]" if labelled else r"[|·•/›»>–—-]"
    if not all(_only_separators(t) for t in between) or not re.search(marks, "".join(between[1:-1])):
        return False
    texts = [_text(k) for k in kids]
    return all(0 < _words(t) <= _LINK_WORDS and not t.endswith((".", "!", "?")) for t in texts)


def _rows(table: Any) -> list[list[Any]]:
    rows = []
    for tr in table.xpath("./tr|./tbody/tr|./thead/tr"):  # not a nested table's rows
        rows.append([c for c in tr if isinstance(c.tag, str) and c.tag in ("td", "th")])
    return rows


_STAMP_MARKS = "•·|–—-()[]/,: \u00a0"
_TIME = compile_later(r"\d{1,2}[:.]\d{2}(?:\s*(?:uhr|h|am|pm))?", re.I)


def _stamp(text: str) -> bool:
    """A date, a time of day or an age ("3 hours ago"), with at most bullets and brackets around it."""
    bare = text.strip(_STAMP_MARKS)
    if not bare or _words(bare) > _DATE_WORDS:
        return False
    return _TIME.fullmatch(bare) is not None or RELATIVE_DATE.fullmatch(bare) is not None or find_date(bare) is not None


def one_site(links: list[Any]) -> bool:
    """Whether the links all go to one site (a relative address is the page's own): the site's other
    stories. A list of dated links to many sites is the story's sources or its press review."""
    return len({urlsplit((a.get("href") or "").strip()).hostname or "" for a in links}) == 1


def _dated_headline(parts: list[Any]) -> bool:
    """Elements (a table row's cells, or one line) holding one link, a headline (a line, no sentence's
    end), and a stamp of when it was published beside it, in a cell of its own or in the same line."""
    anchors = list(islice((a for part in parts for a in part.iter("a")), 2))
    if len(anchors) != 1:
        return False
    headline = _text(anchors[0])
    if not 0 < _words(headline) <= _HEADLINE_WORDS or headline.endswith((".", "!", "?", ":")):
        return False
    text = " ".join(t for part in parts if (t := _text(part)))
    at = text.find(headline)
    return at >= 0 and _stamp(text[:at] + " " + text[at + len(headline) :])


def teaser_table(table: Any) -> bool:
    """Whether a table is rows of a date and another story's headline, under at most a heading row."""
    rows = [r for r in _rows(table) if any(_text(c) for c in r)]
    if len(rows) < _TEASER_ROWS:
        return False
    head, rest = (rows[0], rows[1:]) if not _dated_headline(rows[0]) else ([], rows)
    if head and (len(head) != 1 or _words(_text(head[0])) > _HEAD_WORDS or next(head[0].iter("a"), None) is not None):
        return False  # a heading row is one cell of a few words, no link of its own
    if len(rest) < _TEASER_ROWS or not all(_dated_headline(r) for r in rest):
        return False
    return one_site([a for r in rest for c in r for a in c.iter("a")])


_LINE_TAGS = ("p", "li", "div", "dd", "dt")
_LINE_ELEMENTS = 8  # a line of a link and a stamp: a few elements (spans, an icon)


def dated_runs(parent: Any) -> list[list[Any]]:
    """The runs of two or more lines in a row under `parent` that are each a dated headline."""
    runs: list[list[Any]] = []
    run: list[Any] = []
    for kid in [k for k in parent if isinstance(k.tag, str)]:
        small = sum(1 for _ in islice(kid.iter(), _LINE_ELEMENTS + 1)) <= _LINE_ELEMENTS  # a line, not a box
        if kid.tag in _LINE_TAGS and small and not (kid.tail or "").strip() and _dated_headline([kid]):
            run.append(kid)
            continue
        runs += [run] if len(run) >= _TEASER_ROWS else []
        run = []
    runs += [run] if len(run) >= _TEASER_ROWS else []
    return [r for r in runs if one_site([a for line in r for a in line.iter("a")])]


def drop_link_rows(tree: Any) -> None:
    """Cut each row of links only, each table of dated headlines and each run of dated headlines
    (see the module's docstring)."""
    body = tree.find("body")
    if body is None:
        return
    # every shape holds links: the elements around the page's links are the only ones looked at
    rows: dict[int, Any] = {}
    parents: dict[int, Any] = {}
    tables: dict[int, Any] = {}
    for a in body.iter("a"):
        holder = a.getparent()
        if holder is None:
            continue
        if holder.tag in _ROW_TAGS:
            rows.setdefault(id(holder), holder)
        for up in (holder, holder.getparent()):  # the line holding the link: its parent, or that one's
            if up is not None and up.tag in _LINE_TAGS and (box := up.getparent()) is not None:
                parents.setdefault(id(box), box)
        table = next(a.iterancestors("table"), None)
        if table is not None:
            tables.setdefault(id(table), table)
    for table in tables.values():
        if teaser_table(table):
            table.drop_tree()
    for parent in parents.values():
        for run in dated_runs(parent) if parent.getparent() is not None else []:
            for line in run:
                line.drop_tree()
    for el in rows.values():
        if el.getparent() is not None and link_row(el):  # (not a line cut with its run above)
            el.drop_tree()
