"""The card on the writer that a saved page sets under the story, kept by the extractor as its end.

A paper prints a box on the writer after every story of theirs: the byline's name, a portrait, a
line or three on who they are ("Court reporter in Madrid. Before that she covered the economy."),
at times their address. The extractor keeps the name and the bio as the story's last paragraphs. Two
shapes, told by the byline the page printed over the story, never by a site's words:

- the byline's name alone as a block, then one to three short blocks of bio and nothing else;
- one block that opens with the byline's name and goes on with a capitalised bio ("Jane Roe Court
  reporter covering the valley since 2012.": a `<br>` between the name and the bio joins them).

Only at the story's very end, only when the bio is short (a card's, never a paragraph of the story
about a person), and the story keeps its paragraphs before the card. A story that ends on the
writer's bare name (a signature) keeps it: only a name with a bio under it is a card.
"""

from __future__ import annotations

from briefkit.importer.blocktext import plain, words

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


def _opens_with_name(text: str, names: list[str]) -> bool:
    """A block opening with a byline's name and a capitalised word right after it, no punctuation
    between: the name and the bio a line break parted, run together. A sentence that names the writer
    goes on with a verb or a comma ("Jane Roe said", "Jane Roe, who …")."""
    for name in names:
        rest = text[len(name) :] if text.startswith(name + " ") else ""
        first = rest.split()[0] if rest.split() else ""
        if first[:1].isupper() and first.isalpha() and _bio([rest]):
            return True
    return False


def without_writer_bio(blocks: list[str], authors: tuple[str, ...]) -> list[str]:
    """The story less the writer's card that closes it (see the module's docstring)."""
    names = [a.strip() for a in authors if len(a.split()) >= 2]
    if not names or len(blocks) <= _STORY_BLOCKS:
        return blocks
    for back in range(1, _BIO_BLOCKS + 1):
        at = len(blocks) - 1 - back  # the name's block, `back` blocks of bio under it
        if at < _STORY_BLOCKS:
            break
        if plain(blocks[at]).strip() in names and _bio(blocks[at + 1 :]):
            return blocks[:at]
    if _opens_with_name(plain(blocks[-1]).strip(), names):
        return blocks[:-1]
    return blocks
