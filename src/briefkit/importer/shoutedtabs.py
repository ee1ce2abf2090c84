"""Tabs and tiles a page prints in capitals, two or more in a row: its navigation, not the story's headings.

A story may set a subheading in capitals, but a paragraph follows it. A page's tabs ("HOW IT
WORKS", "STEP BY STEP") and tiles stand one under another with no sentence between them, each a
few words, none closing a sentence.
"""

from __future__ import annotations

from briefkit.importer.blocktext import plain, words

TAB_WORDS = 8
TABS = 2  # a single line in capitals is a heading; two in a row are a row of tabs


def _shouted(block: str) -> bool:
    text = plain(block).strip()
    letters = [c for c in text if c.isalpha()]
    return (
        2 <= len(words(text)) <= TAB_WORDS
        and len(letters) >= 8
        and all(c.isupper() for c in letters)
        and not text.endswith((".", "!", "?", ":", ";", ","))
    )


def shouted_runs(blocks: list[str]) -> list[tuple[int, int]]:
    """(start, end) of each run of two or more lines in capitals, one under another."""
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(blocks):
        j = i
        while j < len(blocks) and _shouted(blocks[j]):
            j += 1
        if j - i >= TABS:
            runs.append((i, j))
        i = max(j, i + 1)
    return runs
