"""The zero-width joiners that scripts write inside their words, kept through trafilatura.

Persian, Kurdish and Urdu write the zero-width non-joiner (U+200C) inside words, the "half-space"
of "می‌روم"; Indic scripts and emoji sequences write it and the zero-width joiner (U+200D) to shape
their letters. They are spelling, not formatting. trafilatura drops every character that is not
printable (`str.isprintable`), these two among them, so a Persian story came back with its
compounds run together. Before the extraction each is swapped for a printable stand-in the page
does not hold (a letter of a script no one writes today, which no normalisation composes or
reorders), and swapped back in what the extraction returns.
"""

from __future__ import annotations

from collections.abc import Callable

JOINERS = ("\u200c", "\u200d")
# Linear B syllables: printable letters (category Lo) with no case, no decomposition and no
# combining class, so nothing between the swap and its undoing changes them
_STAND_INS = tuple(chr(c) for c in range(0x10000, 0x10020))


def keep_joiners(html: str) -> tuple[str, Callable[[str], str]]:
    """The page with its joiners swapped for stand-ins, and what swaps them back in a text made from it."""
    if not any(j in html for j in JOINERS):
        return html, _unchanged
    free = [s for s in _STAND_INS if s not in html]
    if len(free) < len(JOINERS):  # a page in Linear B: left as it is (the joiners are lost, as before)
        return html, _unchanged
    pairs = list(zip(JOINERS, free, strict=False))
    for joiner, stand_in in pairs:
        html = html.replace(joiner, stand_in)

    def back(text: str) -> str:
        for joiner, stand_in in pairs:
            text = text.replace(stand_in, joiner)
        return text

    return html, back


def _unchanged(text: str) -> str:
    return text
