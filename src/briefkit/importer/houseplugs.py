"""The house's plug at a copied story's end: the line a site prints under every story to send the
reader to the rest of its news ("(Catch all the Harbour News and Latest Updates on The Tide Post.)").

It is told by its shape, never by its words: one of the story's last lines, in brackets or not, set in
title case as a menu is (most of its longer words capitalised, where a sentence capitalises a few names
and, in German, its nouns), and naming at its end the site that the page prints outside the story too
(its masthead, its copyright line). A story's own last sentence naming the paper ("…, the Tide Post
reported.") capitalises only that name.
"""

from __future__ import annotations

import re

from briefkit.importer.blocktext import plain, words
from briefkit.importer.lazyre import compile_later

LAST_LINES = 8  # the plug stands among the story's last lines (a tag row, a share bar, the writers' cards by it)
PLUG_WORDS = 45
CAPITALISED_SHARE = 0.75  # of the line's words of four letters or more, the first one aside
CAPITALISED_MIN = 5
_FIRST_SENTENCE = compile_later(r"^(.+?[^\W\d_]{2}[.!?])(?:\s|$)")


def _closing_name(sentence: str) -> str:
    """The run of capitalised words that closes the sentence ("… on The Tide Post"), or ""."""
    run: list[str] = []
    for token in reversed(sentence.split()):
        if not token[:1].isupper():
            break
        run.insert(0, token)
    return " ".join(run)


def is_plug(text: str, around: set[str]) -> bool:
    """Whether the line is the house's plug: title case, the site's name (printed in `around`, the
    page's lines outside the story) closing its first sentence."""
    text = text.strip()
    if text.startswith("(") and text.endswith(")"):
        text = text[1:-1].strip()
    if not 0 < len(words(text)) <= PLUG_WORDS:
        return False
    long_words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", text)[1:] if len(w) >= 4]
    capitalised = sum(1 for w in long_words if w[0].isupper())
    if capitalised < CAPITALISED_MIN or capitalised < CAPITALISED_SHARE * len(long_words):
        return False
    first = _FIRST_SENTENCE.match(text)
    sentence = (first.group(1) if first else text).rstrip(".!?")
    name = _closing_name(sentence)
    return len(name.split()) >= 2 and any(name in line for line in around)


def without_plugs(body: list[str], outside: list[str]) -> list[str]:
    """The story less the house's plug among its last lines (see the module's note)."""
    if len(body) < 3:
        return body
    around = {plain(u) for u in outside}
    first = max(len(body) // 2, len(body) - LAST_LINES)
    drop = {i for i in range(first, len(body)) if is_plug(plain(body[i]), around)}
    return [u for i, u in enumerate(body) if i not in drop] if drop else body
