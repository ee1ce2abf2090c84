"""A site's tagline printed under every headline, never the story's standfirst.

A wiki or a network of sites prints, under each page's title, a line saying where the page comes
from: a short preposition, the site's name, a comma and what the site is, in lower case ("From
Cityknows, the free guide"). It has the standfirst's place but is no sentence: no closing mark, the
name of the site that the page prints again elsewhere (its banner, its footer), an apposition after
the comma. Told by that shape and by the name's repetition on the page, in any language.

Beside it, the skip links a wiki prints there too, copied as one line: two commands opening on the
same words ("Go to menu Go to search"), no punctuation between them; a sentence does not say its
first words again halfway through.
"""

from __future__ import annotations

import re

from briefkit.importer.blocktext import closes_sentence
from briefkit.importer.lazyre import compile_later

TAGLINE_WORDS = 12
# a preposition of a few letters, a name of one to three capitalised words, a comma, the apposition in lower case
_SHAPE = compile_later(
    r"^[^\W\d_]{1,5}\s+(?P<name>[^\W\d_a-zà-ÿ][\w'’-]*(?:\s+[^\W\d_a-zà-ÿ][\w'’-]*){0,2}),\s+(?-i:[a-zà-ÿ])"
)


def is_site_tagline(text: str, page: list[str]) -> bool:
    """Whether `text`, a line under the headline, is the site's tagline; `page` is every line of the page."""
    text = text.strip()
    if len(text.split()) > TAGLINE_WORDS or closes_sentence(text) or text.count(",") != 1:
        return False
    shape = _SHAPE.match(text)
    if shape is None or not text[:1].isupper():
        return False
    name = re.compile(rf"(?<!\w){re.escape(shape.group('name'))}(?!\w)")
    return any(line.strip() != text and name.search(line) for line in page)


PAIR_WORDS = 10


def is_command_pair(text: str) -> bool:
    """Whether `text` is two link commands run together, the second opening with the first's words."""
    tokens = text.split()
    n = len(tokens)
    if not 4 <= n <= PAIR_WORDS or re.search(r"[.,;:!?]", text):
        return False
    half = n // 2
    return any(tokens[:k] == tokens[j : j + k] for k in (1, 2) for j in range(max(2, half - 1), half + 2) if j + k <= n)
