"""How much of a page past any article's size an import reads: it stays within its time, and says so.

Every pass of an import grows with the page: the extractor with its elements, the line and block
passes with the story's text. On real news pages (the largest: 10,000 elements, a story of
100,000 characters, a copied page of 110,000) an import takes under a second; a page several
times that (a forum thread of a thousand posts, a list of everything a site holds, a book's
text) took tens of seconds, one of 90,000 nested list items minutes. Past the limits below the
import degrades in steps, each one said in a note for the analyst, rather than running on:

- past `FAST_ELEMENTS`, trafilatura skips its comparison with its fallback extractors (the
  comparison costs more than the extraction on a page of nested lists);
- past `MAX_ELEMENTS`, the page is read as far as its `MAX_ELEMENTS`th element (a story starts
  near the page's top; what follows it on a page that large is comments and lists);
- past `MAX_STORY_CHARS`, the story's (or the copied text's) rest is left out;
- past `MAX_LINES` lines of a copied text, its rest is left out: a dump's passes weigh every line
  against its neighbours, and 50,000 short lines (a menu under every post of a thread) took
  minutes where the longest real dump's 2,242 lines take a second.

The limits are counts, not clocks: the same page gives the same briefing on any machine.
"""

from __future__ import annotations

import re
from typing import Any

FAST_ELEMENTS = 15_000  # one and a half times the largest real page's
MAX_ELEMENTS = 20_000  # twice the largest real page's: past it a page costs seconds more, for comments and lists
MAX_STORY_CHARS = 250_000  # 2.5 times the longest real story; some 40,000 words
MAX_LINES = 4_000  # lines with text in a copied page: 1.8 times the most of any real dump

FAST_NOTE = (
    "a very large page ({n} elements): read without the extractor's second opinion; compare the body with the page"
)
CUT_PAGE_NOTE = "a very large page: read up to its {n}th element only; compare the end of the body with the page"
CUT_STORY_NOTE = "a very long text: only its first {n} characters were read; compare the end of the body with the page"
CUT_LINES_NOTE = "a very long text: only its first {n} lines were read; compare the end of the body with the page"


def element_count(tree: Any) -> int:
    return sum(1 for _ in tree.iter())


def cut_tree(tree: Any, limit: int | None = None) -> bool:
    """Drop everything after the page's `limit`th element (in document order); whether it did.

    The elements kept are the page as it is up to there: the element at the limit and each of
    its ancestors lose only what follows them.
    """
    limit = limit or MAX_ELEMENTS
    last = next((el for i, el in enumerate(tree.iter()) if i == limit - 1), None)
    if last is None:
        return False
    doomed = [(last, child) for child in last]  # its own children come after it in document order
    for el in (last, *last.iterancestors()):
        parent = el.getparent()
        if parent is None:
            break
        doomed += [(parent, sibling) for sibling in el.itersiblings()]
    for parent, el in doomed:
        parent.remove(el)
    return bool(doomed)


def cut_blocks(blocks: list[str], limit: int | None = None) -> tuple[list[str], bool]:
    """The story's blocks up to `limit` characters in all (at least its first block); whether any were left out."""
    limit = limit or MAX_STORY_CHARS
    total = 0
    for i, block in enumerate(blocks):
        total += len(block)
        if total > limit and i > 0:
            return blocks[:i], True
    return blocks, False


def cut_text(text: str, limit: int | None = None) -> tuple[str, bool]:
    """A copied page's text up to `limit` characters, cut at a line's end; whether it was cut."""
    limit = limit or MAX_STORY_CHARS
    if len(text) <= limit:
        return text, False
    end = text.rfind("\n", 0, limit)
    return text[: end if end > 0 else limit], True


def cut_lines(text: str, limit: int | None = None) -> tuple[str, bool]:
    """A copied page's text up to its `limit`th line with text in it (blank lines are free); whether it was cut."""
    limit = limit or MAX_LINES
    if text.count("\n") + text.count("\r") < limit:
        return text, False
    seen = 0
    for m in _LINE_END.finditer(text):
        if m.group(1).strip():
            seen += 1
            if seen == limit:
                return (text[: m.end(1)], True) if text[m.end() :].strip() else (text, False)
    return text, False


_LINE_END = re.compile(r"([^\r\n]*)(?:\r\n|\r|\n|$)")
