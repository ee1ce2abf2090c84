"""A story's last line that is its writer's bio, opening with the byline's own full name.

A contributor's piece often closes on a line about who wrote it: "Dr. Jane Roe heads the heat
research group at the institute. She has studied boilers since 2010." The line opens with the name
the byline prints, at times after a title or two ("Dr.", "Prof. Dr.", "Ing."), and goes on with a
word in lower case, the verb saying what the writer does. A story does not speak of its own writer
in the third person by full name; a paragraph on someone else opens with their name, not the byline's.
Told by position (the last line), by the byline, by shape (a short line of a sentence or three) and by
case, in any language that writes capitals; never by a word list.
"""

from __future__ import annotations

from briefkit.importer.blocktext import closes_sentence, words
from briefkit.importer.lazyre import compile_later

BIO_WORDS = 60  # a line or three on the writer, never a paragraph of the story's
BIO_SENTENCES = 3
# titles printed before a name: a capitalised abbreviation closed by its dot, one to three of them
_TITLES = compile_later(r"^(?:[A-ZÀ-Þ][^\W\d_]{0,4}\.\s+){0,3}")
_SENTENCE = compile_later(r"[^\W\d_]{2}[.!?…](?:\s|$)")


def printed_name(text: str, authors: tuple[str, ...]) -> str | None:
    """The name (with the titles before it) opening `text` when it is the writer's bio line as the
    module's docstring tells it, else None."""
    titles = _TITLES.match(text)
    start = titles.end() if titles else 0
    n = len(words(text))
    if not 0 < n <= BIO_WORDS or not closes_sentence(text) or len(_SENTENCE.findall(text, start)) > BIO_SENTENCES:
        return None
    for name in authors:
        name = name.strip()
        if len(name.split()) < 2 or not text.startswith(name + " ", start):
            continue
        rest = text[start + len(name) :].split()
        if rest and rest[0][:1].islower() and rest[0].isalpha():
            return text[: start + len(name)]
    return None


def is_byline_bio(text: str, authors: tuple[str, ...]) -> bool:
    """Whether `text` is a bio line opening with the byline's name (see `printed_name`)."""
    return printed_name(text, authors) is not None
