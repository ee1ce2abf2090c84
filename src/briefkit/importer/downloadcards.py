"""Download cards a saved page sets into or under its story, told by a file's format and size.

A download card points to a file: a document's title over its format and size ("PDF, 2.3 MB",
"(XLSX, 14 Ko)"), set into or under the story. The extractor keeps the title as one of the
story's lines. The format and the size are printed alike in every language; the card is the
largest box around that short line that is still a few words, so a story's paragraph that names
a file's size stays.
"""

from __future__ import annotations

import re
from typing import Any

from briefkit.importer.lazyre import compile_later

# a file's format and then its size, as a download link prints them: "PDF, 2.3MB", "(pdf - 180 Ko)",
# "DOCX (180 KB)"; copied text's notices (`sitenotices`) read the same line
FILE_TYPE_SIZE = compile_later(
    r"\b(?:pdf|docx?|xlsx?|csv|zip|rtf|odt|ods|pptx?|jpe?g|png|mp3|mp4|epub)\b[^\n]{0,12}?"
    r"\b\d+(?:[.,]\d+)?\s?(?:[kmg]i?b|[kmg]o|[кмг]б|bytes?)\b",
    re.I,
)
# what `FILE_TYPE_SIZE` needs in an element's text however its spaces are laid out: a format's letters,
# and a digit before a size's unit (the spaces `_text` folds into one may stand between them); the
# elements without both are passed over before their text is cleaned and counted, the same answer
# sooner (every box of the page is asked, its whole text each time)
_FORMAT_LETTERS = compile_later(r"pdf|docx?|xlsx?|csv|zip|rtf|odt|ods|pptx?|jpe?g|png|mp3|mp4|epub", re.I)
_SIZE_UNIT = compile_later(r"\d\s*(?:[kmg]i?b|[kmg]o|[кмг]б|byte)", re.I)
_FILE_LINE_WORDS = 15  # the line naming the file: a title and its data, never a paragraph
_CARD_WORDS = 40  # the card: the file's title, its data, a line on it
_BLOCKS = ("p", "li", "div", "span", "a", "dd", "td")
_CARDS = ("div", "aside", "section", "li", "p", "figure", "ul")


def _text(el: Any) -> str:
    return re.sub(r"\s+", " ", el.text_content().replace("\u00a0", " ")).strip()


def _words(text: str) -> int:
    return len(re.findall(r"\w+", text))


def _holds(el: Any, other: Any) -> bool:
    return any(a is el for a in other.iterancestors())


def _file_card(line: Any, body: Any) -> Any | None:
    """The largest box of at most `_CARD_WORDS` words around a short line naming a file's format and size."""
    card = None
    for el in (line, *line.iterancestors()):
        if el is body or _words(_text(el)) > _CARD_WORDS:
            break
        card = el if el.tag in _CARDS else card
    return card


def drop_download_cards(tree: Any) -> None:
    """Take each download card out of the parsed page."""
    body = tree.find("body")
    if body is None:
        return
    for line in list(body.iter(*_BLOCKS)):
        raw = line.text_content()
        if not (_SIZE_UNIT.search(raw) and _FORMAT_LETTERS.search(raw)):
            continue
        if not _holds(body, line) or _words(text := _text(line)) > _FILE_LINE_WORDS:
            continue
        if FILE_TYPE_SIZE.search(text) and (card := _file_card(line, body)) is not None:
            card.drop_tree()
