"""Boxes a saved page sets into or around its story to point elsewhere, told by their shape alone.

A site that points its reader to another of its stories, a partner's or an advertiser's sets a
small box: a short label ("Read also", "Partner news", a section's name, a greeting in the
site's own dialect) and under it one to three links, each another page's headline, and nothing
else. `htmltails.drop_link_boxes` knows the box by its label's words in the languages it
lists; a site writing in a regional language, or naming its box after the partner ("News from
our partners"), prints labels no list holds. The extractor then keeps the headline as one of
the story's paragraphs. The shape is the same on every site: a label that is no sentence over
nothing but links carrying a headline's words. A story's own sentences are never bare links
under a label, and a byline's box ("By" over a name) carries a name, not a headline's words.

A download card points to a file: a document's title over its format and size ("PDF, 2.3 MB",
"(XLSX, 14 Ko)"), set into or under the story. The format and the size are printed alike in every
language; the card is the largest box around that short line that is still a few words.
"""

from __future__ import annotations

import re
from typing import Any

from briefkit.importer.lazyre import compile_later

_LABEL_WORDS = 5  # a box's label: a few words ("Read more on this subject"), never a sentence
_TITLE_WORDS = (4, 16)  # another page's headline: more than a name, less than a paragraph
_LINKS = 3  # a box set into a story points to one page or a few
_SENTENCE_END = (".", "!", "?", "…")

# a file's format and then its size, as a download link prints them: "PDF, 2.3MB", "(pdf - 180 Ko)"
_FILE_SIZE = compile_later(
    r"\b(?:pdf|docx?|xlsx?|csv|zip|odt|ods|pptx?|jpe?g|png|mp3|mp4|epub)\b[^\n]{0,12}?"
    r"\b\d+(?:[.,]\d+)?\s?(?:[kmg]i?b|[kmg]o|кб|мб|гб)\b",
    re.I,
)
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


def _headline_link(el: Any) -> bool:
    """A link whose words are another page's headline."""
    low, high = _TITLE_WORDS
    return el.tag == "a" and low <= _words(_text(el)) <= high


def pointer_box(box: Any) -> bool:
    """Whether the element is a short label over one to `_LINKS` headline links and nothing else."""
    kids = [k for k in box if isinstance(k.tag, str)]
    if not 2 <= len(kids) <= _LINKS + 1 or (box.text or "").strip():
        return False
    if any(_words(k.tail or "") for k in kids):  # words between the links: a sentence that links
        return False
    label, links = kids[0], kids[1:]
    if label.tag == "a" or label.find(".//a") is not None:
        return False
    text = _text(label)
    if not 1 <= _words(text) <= _LABEL_WORDS or text.endswith(_SENTENCE_END):
        return False
    return all(map(_headline_link, links))


def _file_card(line: Any, body: Any) -> Any | None:
    """The largest box of at most `_CARD_WORDS` words around a short line naming a file's format and size."""
    card = None
    for el in (line, *line.iterancestors()):
        if el is body or _words(_text(el)) > _CARD_WORDS:
            break
        card = el if el.tag in _CARDS else card
    return card


def drop_pointer_boxes(tree: Any) -> None:
    """Take each box of a label over headline links, and each download card, out of the parsed page."""
    body = tree.find("body")
    if body is None:
        return
    for box in list(body.iter("div", "aside", "section")):
        if _holds(body, box) and pointer_box(box):
            box.drop_tree()
    for line in list(body.iter(*_BLOCKS)):
        if not _holds(body, line) or _words(text := _text(line)) > _FILE_LINE_WORDS:
            continue
        if _FILE_SIZE.search(text) and (card := _file_card(line, body)) is not None:
            card.drop_tree()
