"""The apparatus under a saved story: its numbered notes and its list of sources.

A think tank's paper, a fact-check or a long read closes with the notes its text points to and
the documents it drew on. They are references, not the story's sentences, and the extractor keeps
them as a list under the story's last paragraph. Two marks tell them on any site:

- the notes are the targets of the text's own note links: a list whose items carry the ids that
  short links in the text ("1", "[2]", "*") jump to, as every footnote plug-in prints them;
- the sources stand under a heading that names them ("Sources", "Quellen", "Fuentes",
  "Источники" …) as a list and nothing else, after the story's prose.
"""

from __future__ import annotations

import re
from typing import Any

from briefkit.importer.lazyre import compile_later

# the heading over a story's list of sources or references, in the eight languages; a bare "Notes"
# heads a recipe's tips as often as a paper's notes, so notes are told by their links instead
_SOURCES_HEADING = compile_later(
    r"^(?:sources?|references|bibliography|footnotes|endnotes|quellen(?:angaben)?|quelle|einzelnachweise|"
    r"fußnoten|literaturverzeichnis|références|bibliographie|fuentes|fuente|referencias|bibliografía|fonti|"
    r"riferimenti|bibliografia|fontes|fonte|referências|bronnen|bronvermelding|voetnoten|referenties|"
    r"источники|источник|список\s+литературы|сноски)\s*:?$",
    re.I,
)
_HEADINGS = ("h2", "h3", "h4", "h5", "h6", "b", "strong", "p", "span")
_BOXES = ("div", "section", "aside")
_MARK_CHARS = 4  # "1", "[12]", "*", "†": a note's mark, not a word
_PROSE_WORDS = 15
_AFTER_SHARE = 3  # the story's prose before the box is at least three times what follows it


def _text(el: Any) -> str:
    return re.sub(r"\s+", " ", el.text_content().replace("\u00a0", " ")).strip()


def _words(text: str) -> int:
    return len(re.findall(r"\w+", text))


def _note_marks(body: Any) -> dict[str, list[Any]]:
    """The short in-page links of the text, by the id they jump to: the notes' marks."""
    marks: dict[str, list[Any]] = {}
    for a in body.iter("a"):
        href = (a.get("href") or "").strip()
        text = _text(a)
        if href.startswith("#") and len(href) > 1 and 0 < len(text) <= _MARK_CHARS:
            marks.setdefault(href[1:], []).append(a)
    return marks


def _note_list(el: Any, marks: dict[str, list[Any]]) -> bool:
    """A list whose items are, at least half of them, the targets of the text's note marks."""
    items = [i for i in el if isinstance(i.tag, str) and i.tag == "li"]
    hit = [i for i in items if i.get("id") in marks and not any(_inside(a, el) for a in marks[i.get("id") or ""])]
    return bool(items) and 2 * len(hit) >= len(items)


def _inside(el: Any, box: Any) -> bool:
    return any(a is box for a in el.iterancestors())


def _box_of(lst: Any, heading: Any | None) -> Any:
    """The list's box when it holds only a heading and the list; else the list (and its heading)."""
    parent = lst.getparent()
    kids = [k for k in parent if isinstance(k.tag, str)] if parent is not None else []
    if parent is not None and parent.tag in _BOXES and all(k is lst or k is heading for k in kids):
        return parent
    return lst


def _prose_words(body: Any) -> list[tuple[Any, int]]:
    return [(p, n) for p in body.iter("p") if (n := _words(_text(p))) >= _PROSE_WORDS]


def _after_story(box: Any, prose: list[tuple[Any, int]], body: Any) -> bool:
    """Most of the page's prose stands before the box: it closes the story, it is not set into it."""
    order = {el: n for n, el in enumerate(body.iter())}
    at = order.get(box, 0)
    before = sum(n for p, n in prose if order.get(p, 0) < at and not _inside(p, box))
    after = sum(n for p, n in prose if order.get(p, 0) > at and not _inside(p, box))
    return before > 0 and before >= _AFTER_SHARE * after


def _heading_before(lst: Any) -> Any | None:
    prev = lst.getprevious()
    while prev is not None and not isinstance(prev.tag, str):
        prev = prev.getprevious()
    return prev if prev is not None and prev.tag in _HEADINGS and _words(_text(prev)) <= 4 else None


def drop_note_lists(tree: Any) -> None:
    """The story's notes (with their marks in the text) and its list of sources, with their headings."""
    body = tree.find("body")
    if body is None:
        return
    marks = _note_marks(body)
    prose = _prose_words(body)
    drop: list[Any] = []
    for lst in body.iter("ol", "ul"):
        heading = _heading_before(lst)
        if marks and _note_list(lst, marks):
            for item in lst:
                for a in marks.get(item.get("id") or "", []) if isinstance(item.tag, str) else []:
                    mark = a.getparent() if a.getparent() is not None and a.getparent().tag == "sup" else a
                    drop.append(mark)
        elif heading is None or not _SOURCES_HEADING.match(_text(heading)) or not _after_story(lst, prose, body):
            continue
        box = _box_of(lst, heading)
        drop.append(box)
        if box is lst and heading is not None:
            drop.append(heading)
    for el in drop:
        if el.getparent() is not None:
            el.drop_tree()
