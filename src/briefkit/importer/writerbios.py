"""The card on the writer that a saved page sets under the story, kept by the extractor as its end.

A paper prints a box on the writer after every story of theirs: the byline's name, a portrait, a
line or three on who they are ("Court reporter in Madrid. Before that she covered the economy."),
at times their address. The extractor keeps the name and the bio as the story's last paragraphs. Two
shapes, told by the byline the page printed over the story, never by a site's words:

- the byline's name alone as a block, then one to three short blocks of bio and nothing else;
- one block that opens with the byline's name and goes on with a capitalised bio ("Jane Roe Court
  reporter covering the valley since 2012.": a `<br>` between the name and the bio joins them);
- the bio's blocks alone, the name's element left out by the extractor, the page's card holding both.

Only at the story's very end, only when the bio is short (a card's, never a paragraph of the story
about a person), only when the page prints the name and the bio in a box of their own (the
smallest element holding both holds little else: a portrait, an address), and the story keeps its
paragraphs before the card. A story that ends on the writer's bare name (a signature) keeps it, and
so does one whose last line stands under a signature in the story's own element.
"""

from __future__ import annotations

import re
from typing import Any

from lxml import etree

from briefkit.importer.blocktext import SENTENCE_END, plain, words
from briefkit.importer.bylinebios import printed_name

_BIO_WORDS = 60  # a card says who the writer is in a line or three
_BIO_BLOCKS = 3
_BIO_LINE_WORDS = 4  # one line of it says something: a second writer's name under the first is no bio
_STORY_BLOCKS = 2  # the story's own paragraphs, which stand before the card
_MARKUP = ("#", "- ", "* ", "|", ">", "1. ")


def _bio(blocks: list[str]) -> bool:
    """Short paragraphs of prose, no heading, list or table: what a card says of its writer."""
    if not 1 <= len(blocks) <= _BIO_BLOCKS or any(b.startswith(_MARKUP) for b in blocks):
        return False
    counts = [len(words(plain(b))) for b in blocks]
    return max(counts) >= _BIO_LINE_WORDS and sum(counts) <= _BIO_WORDS


def _opens_with_name(text: str, names: list[str]) -> str | None:
    """A block opening with a byline's name and a capitalised word right after it, no punctuation
    between: the name and the bio a line break parted, run together. A sentence that names the writer
    goes on with a verb or a comma ("Jane Roe said", "Jane Roe, who …")."""
    for name in names:
        rest = text[len(name) :] if text.startswith(name + " ") else ""
        first = rest.split()[0] if rest.split() else ""
        if first[:1].isupper() and first.isalpha() and _bio([rest]):
            return name
    return None


_NAMED = etree.XPath("//body//*[normalize-space(translate(text(), '\u00a0', ' ')) = $name]")
_CARD_LEVELS = 4  # from the name's element up to the card's box
_CARD_SLACK = 12  # words of the box besides the name and the bio: an address, a label, a link to more


def _shown(el: Any) -> str:
    return re.sub(r"\s+", " ", el.text_content().replace("\u00a0", " ")).strip()


def printed_as_card(tree: Any, name: str, bio: str) -> bool:
    """Whether the page prints the name in an element of its own and, a few levels up, a box that
    holds the bio and little else besides: the card, not the story's element."""
    head = bio[:40]
    limit = len(words(name)) + len(words(bio)) + _CARD_SLACK
    for el in _NAMED(tree, name=name):
        box = el
        for _ in range(_CARD_LEVELS):
            box = box.getparent()
            if box is None or box.tag in ("body", "html"):
                break
            text = _shown(box)
            if len(words(text)) > limit:
                break
            if head in text:
                return True
    return False


def without_writer_bio(blocks: list[str], authors: tuple[str, ...], tree: Any) -> list[str]:
    """The story less the writer's card that closes it (see the module's docstring); `tree` is the
    page the blocks were read from."""
    names = [a.strip() for a in authors if len(a.split()) >= 2]
    if not names or len(blocks) <= _STORY_BLOCKS:
        return blocks
    for back in range(1, _BIO_BLOCKS + 1):
        at = len(blocks) - 1 - back  # the name's block, `back` blocks of bio under it
        if at < _STORY_BLOCKS:
            break
        name = plain(blocks[at]).strip()
        if name in names and _bio(blocks[at + 1 :]) and printed_as_card(tree, name, plain(blocks[at + 1]).strip()):
            return blocks[:at]
    # the bio alone: the extractor left out the name's element (a `<strong>` in the card's corner), the card
    # around the two is still the page's
    for back in range(1, _BIO_BLOCKS + 1):
        tail = blocks[-back:]
        if len(blocks) - back < _STORY_BLOCKS or not _bio(tail):
            break
        bio, above = plain(tail[0]).strip(), plain(blocks[-back - 1]).strip()
        if len(words(bio)) < _BIO_LINE_WORDS or not above.endswith(SENTENCE_END):
            continue  # under a line that is no sentence (another person's name, a heading): that card's own bio
        if not any(n in plain(b) for n in names for b in tail) and any(printed_as_card(tree, n, bio) for n in names):
            return blocks[:-back]
    last = plain(blocks[-1]).strip()
    opening = _opens_with_name(last, names) or printed_name(last, tuple(names))  # "Dr. Jane Roe heads …"
    if opening and printed_as_card(tree, opening, last[len(opening) :].strip()):
        return blocks[:-1]
    return blocks
