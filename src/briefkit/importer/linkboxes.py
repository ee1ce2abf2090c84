"""Boxes of links to other stories, told apart from the story's own lines by their shape.

A page prints other stories' titles as short lines with no full stop; a label ("More on this",
"Related") heads a box of them. At the page's end the box opens its tail; inside the story the story
goes on under it, paragraph after paragraph, and only the box is furniture.
"""

from __future__ import annotations

from briefkit.importer.blocktext import plain, words


def is_headline_link(block: str) -> bool:
    """A short line with no full stop: the title of another story, not a sentence of this one."""
    text = plain(block)
    return 0 < len(words(text)) <= 16 and not text.rstrip().endswith((".", "!", "?", "”", '"', ":"))


INLINE_BOX_LINKS = 6  # a box inside the story lists a few other stories' titles, not a page of them
INLINE_BOX_PROSE = 2  # and the story goes on under it for more than a stray line


def inline_box_end(blocks: list[str], drop: list[bool], i: int) -> int | None:
    """Where a box of links that stands inside the story ends ("More on this" over two other stories'
    titles, then the story's last paragraphs), or None when the marker opens the page's tail. Under an
    inline box the story goes on: paragraph after paragraph of sentences, with no short line between
    them up to the end. Under a tail's box come more titles, or each teaser's summary under its title."""
    n, k = len(blocks), i + 1
    while k < n and (drop[k] or is_headline_link(blocks[k])):
        k += 1
    links = sum(1 for j in range(i + 1, k) if not drop[j])
    rest = [plain(blocks[j]).strip() for j in range(k, n) if not drop[j]]
    if not 1 <= links <= INLINE_BOX_LINKS or len(rest) < INLINE_BOX_PROSE:
        return None
    prose = all(len(words(t)) >= INLINE_PARAGRAPH_WORDS and t.endswith(_PARAGRAPH_ENDS) for t in rest)
    return k if prose else None


INLINE_PARAGRAPH_WORDS = 8
_PARAGRAPH_ENDS = (".", "!", "?", "…", "“", "”", '"', "»", "«", ")")
