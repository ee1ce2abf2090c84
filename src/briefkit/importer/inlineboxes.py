"""A box of links printed inside the story, between two of its paragraphs.

News pages set a "More on this" or "Related" box after the third or fourth paragraph: its label,
the titles of a few other stories, then the story goes on to its end. The label reads as the
heading that ends a story (after it, on most pages, comes nothing but furniture), so a short
story's last paragraphs were cut with the box. What tells the two apart is what follows the
box's titles: only whole paragraphs to the end of the story's text, no further title, label or
control. A list of teasers alternates titles and summaries, and a tail of furniture has lines
that are no sentences.
"""

from __future__ import annotations

import re

from briefkit.importer.blocktext import SENTENCE_END, plain, words

# a box inside a story names a few other stories; a longer list is the page's own
BOX_ENTRIES = 6
# a title of another story: a few words, no sentence
ENTRY_WORDS = (3, 16)
# a bracket closing the title: its time, date or source ("(10:12)", "(dpa)")
_BRACKETED = re.compile(r"\s*\([^()]{1,20}\)$")
# a paragraph of the story: a whole sentence of some length
PARAGRAPH_WORDS = 8


def _entry(block: str) -> bool:
    """A title of another story: a line of a few words that ends no sentence ("Storm closes the ferry (10:12)",
    its time or date in brackets after it)."""
    text = _BRACKETED.sub("", plain(block).strip())
    n = len(words(text))
    return ENTRY_WORDS[0] <= n <= ENTRY_WORDS[1] and not text.endswith(SENTENCE_END) and "@" not in text


def _paragraph(block: str) -> bool:
    text = plain(block).strip()
    return len(words(text)) >= PARAGRAPH_WORDS and text.endswith(SENTENCE_END)


def box_end(blocks: list[str], drop: list[bool], label: int) -> int | None:
    """Where the box that the line `label` heads ends, when it stands inside the story: one to
    `BOX_ENTRIES` titles under the label, then only the story's paragraphs up to the end. None
    when the label heads the page's tail instead (nothing after the titles, a line that is no
    sentence, or titles that go on)."""
    n = len(blocks)
    j = label + 1
    while j < n and (drop[j] or _entry(blocks[j])):
        j += 1  # a title already dropped (the one a "Read also" label links to) is the box's too
    rest = [k for k in range(j, n) if not drop[k]]
    if not 1 <= j - label - 1 <= BOX_ENTRIES or not rest:
        return None
    return j if all(_paragraph(blocks[k]) for k in rest) else None
