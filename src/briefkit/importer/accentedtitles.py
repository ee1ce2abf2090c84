"""A headline the `<title>` spells without its accents, printed with them on the page.

Old pages (and some CMSs) write the `<title>` in plain ASCII ("aprobat dupa o sedinta") while the
headline over the story keeps its letters ("aprobat după o şedinţă"). A page with no headings gives
`titlepick` only the metadata's spelling; the line the page prints that is the same words once the
accents are left out is the headline as the reader sees it.
"""

from __future__ import annotations

import unicodedata
from typing import Any

from briefkit.importer.elementtext import clean_text
from briefkit.importer.markupmeta import Claim, Evidence
from briefkit.importer.sitenames import SEPARATORS, words

_MIN_WORDS = 4  # a headline's part of the <title>, not the site's name or a section's
_MAX_CHARS = 300


def _folded(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text)
    return " ".join(words("".join(c for c in plain if not unicodedata.combining(c))))


def accented_lines(tree: Any, ev: Evidence, index: dict[Any, int]) -> None:
    """The elements whose own text is a part of the `<title>` with the accents it leaves out, as bold lines."""
    targets = {
        _folded(part) for part in SEPARATORS.split(ev.title_tag) if len(words(part)) >= _MIN_WORDS and part.isascii()
    }
    if not targets:
        return
    for el in tree.iter():
        text = el.text if isinstance(el.tag, str) else None
        if not text or not 10 <= len(text) <= _MAX_CHARS or text.isascii():
            continue
        line = clean_text(text)
        if _folded(line) in targets:
            ev.bold_lines.append(Claim(line, "accented", index.get(el, 0)))


def accented(title: str, ev: Evidence) -> str:
    """The title as the page prints it with its accents, when it does; the title otherwise."""
    if not title.isascii():
        return title
    key = _folded(title)
    return next((b.value for b in ev.bold_lines if b.source == "accented" and _folded(b.value) == key), title)
