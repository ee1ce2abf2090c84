"""A teaser for another story set between a copied story's paragraphs, closed by its button.

A page sets a box for one of its other stories into the story: a label, the other story's headline
and a button that asks the reader to read it now ("Premium: How keepers really live – Read now").
Copied, it is one line: a short label with its colon, a headline with no sentence's end, the
button's words last. A story's sentence ends on its mark, never on "read now".
"""

from __future__ import annotations

import re

from briefkit.importer.blocktext import words
from briefkit.importer.lazyre import compile_later

# a label of a few words with its colon, the headline, then the button: "read now" in each language
_READ_NOW_TEASER = compile_later(
    r"^[^:.!?]{1,30}:\s+(?P<headline>.+?)\s+(?:jetzt\s+lesen|weiterlesen|read\s+(?:now|more|on)|"
    r"lire\s+(?:maintenant|la\s+suite)|leer\s+(?:ahora|más)|leggi\s+(?:ora|tutto|di\s+più)|ler\s+(?:agora|mais)|"
    r"nu\s+lezen|lees\s+(?:meer|verder)|читать\s+(?:сейчас|далее|дальше))$",
    re.I,
)
TEASER_WORDS = 25


def is_read_now_teaser(text: str) -> bool:
    """A labelled headline closed by a "read now" button, on one short line."""
    m = _READ_NOW_TEASER.match(text.strip())
    if m is None or len(words(text)) > TEASER_WORDS:
        return False
    return re.search(r"[.!?…]$", m.group("headline")) is None
