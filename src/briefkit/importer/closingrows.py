"""The rows a page sets between a story's last paragraph and the writer's card under it.

A copied page often closes the story with its share buttons ("Facebook X WhatsApp E-mail") and a
line of the story's tags under their label ("Tags: Energy Solar", "Emner: Strøm"), and only then prints
the writer's card: the name alone on its line, a bio under it. Read past those rows, the name stands
under the last paragraph as a signature does. The rows are told by their shape: a share row
(`sharerows`), or a short line opening with one word and a colon, its label.
"""

from __future__ import annotations

from briefkit.importer import boilerplate, sharerows
from briefkit.importer.lazyre import compile_later

# "Tags: Energy Solar": a one-word label and its colon opening a short line of terms, no sentence
_LABELLED_TERMS = compile_later(r"^[^\W\d_]{2,20}\s*:\s+[^.!?]{1,80}$")
_ROW_WORDS = 8
_MAX_ROWS = 2


def is_closing_row(text: str) -> bool:
    """A share row or a labelled line of a few terms (the story's tags)."""
    text = text.strip()
    if sharerows.is_share_row(text):
        return True
    return len(text.split()) <= _ROW_WORDS and _LABELLED_TERMS.match(text) is not None


def rows_above(units: list[str], i: int, floor: int) -> int:
    """The index of the first of the closing rows right over line i (at most two), or i when none is
    there: the line over that index is the one the name under the rows signs."""
    k = i
    while k - 1 > floor and i - k < _MAX_ROWS and is_closing_row(boilerplate.plain(units[k - 1])):
        k -= 1
    return k
