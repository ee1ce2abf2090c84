"""A story's first paragraph printed as loose text: the body's own text, before its first `<p>`.

Some CMSs print the opening paragraph (often led by a bold dateline, "<strong>Town (Agency).-</strong>
The council …") straight into the body's element, and only the paragraphs after it in `<p>`s.
The extractor reads the body by its blocks and drops the loose run, the story's lead with it.
A run of prose (long enough, ending a sentence) standing before the first of two or more `<p>`
children is wrapped into a `<p>` of its own before the extractor reads the page.
"""

from __future__ import annotations

from typing import Any

from lxml import etree

from briefkit.importer.elementtext import INLINE_TAGS, clean_text
from briefkit.importer.lazyre import compile_later

# the elements a line of prose carries inside it: the run goes on across them (a quoted title, an isolate too)
_INLINE = INLINE_TAGS | {"bdi", "cite", "s"}
_PROSE = 100  # characters: a paragraph, not a label or a dateline alone
_SENTENCE_END = compile_later(r"""[.!?…]["'”’»)]*$""")


def wrap_loose_leads(tree: Any) -> None:
    """Wrap the loose prose opening a story's body (text before its first `<p>`) into a `<p>`."""
    for box in list(tree.iter("div", "section", "article")):
        kids = [c for c in box if isinstance(c.tag, str)]
        if sum(c.tag == "p" for c in kids) < 2 or not (box.text or "").strip() and not _inline_first(box):
            continue
        run = []
        for child in box:
            if isinstance(child.tag, str) and child.tag not in _INLINE:
                break
            run.append(child)
        after = run[-1].getnext() if run else (box[0] if len(box) else None)
        if after is None or after.tag != "p":
            continue  # the run must open a body of paragraphs
        text = clean_text((box.text or "") + "".join(_text(c) for c in run))
        if len(text) < _PROSE or not _SENTENCE_END.search(text):
            continue
        lead = etree.Element("p")
        lead.text, box.text = box.text, None
        for child in run:
            lead.append(child)  # moves it, with its tail
        box.insert(0, lead)


def _inline_first(box: Any) -> bool:
    return len(box) > 0 and isinstance(box[0].tag, str) and box[0].tag in _INLINE


def _text(el: Any) -> str:
    inner = el.text_content() if isinstance(el.tag, str) else ""
    return inner + (el.tail or "")
