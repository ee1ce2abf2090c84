"""A box set into or under a saved story that asks the reader for a gift or to join.

A newsroom that lives on gifts and an association that lives on members print the same small box
into every story: a heading that asks ("Was this useful?", "Not a member yet?"), a line or two
naming the gift or the membership, a button. The extractor keeps its lines as the story's
paragraphs, and a line of it alone ("Every gift pays for an hour of research") need not sound like
an appeal; the box as a whole does. So the box goes when it is short, opens with a heading, and
one of its lines names a gift to the house in its voice or prints the bank account's number (an
IBAN) to give to, or it invites the reader to join as a member, as such boxes do in each language.
"""

from __future__ import annotations

import re
from typing import Any

from briefkit.importer import supportboxes
from briefkit.importer.lazyre import compile_later

# a member or membership, and the call to become one, in the eight languages
_MEMBER = compile_later(
    r"\b(?:members?(?:hip)?|mitglied\w*|mitgliedschaft|membres?|adhérent\w*|adhésion|soci[oa]s?|afiliad[oa]s?|"
    r"iscritt[ioa]|sóci[oa]s?|associad[oa]s?|leden|word\s+lid|lid\s+worden|lidmaatschap|член\w*)\b",
    re.I,
)
_JOIN = compile_later(
    r"\b(?:join|become\s+a\s+member|sign\s+up|beitreten|tritt\s+\w+\s+bei|treten\s+sie\s+\w+\s+bei|mitglied\s+werden|"
    r"werde\s+mitglied|werden\s+sie\s+mitglied|adhérer|adhérez|adhère|rejoignez|rejoins|devenez|deviens|hazte|"
    r"únete|afíliate|asóciate|diventa|diventare|iscriviti|associati|torne-se|junte-se|associe-se|filie-se|"
    r"word\s+lid|lid\s+worden|sluit\s+je\s+aan|вступ\w+|станьте|стань)\b",
    re.I,
)
# a bank account's international number ("DE89 3704 0044 0532 0130 00"): a short headed box printing
# one asks for the reader's money, in whatever language its words are
_IBAN = compile_later(r"\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,4})?\b")
_BOXES = ("div", "aside", "section")
_HEADINGS = ("h2", "h3", "h4", "h5", "h6", "b", "strong")
_LINES = ("p", "div", "span", "a", "button", "ul")
_BOX_WORDS = 60  # a box says what it asks in a few lines


def _text(el: Any) -> str:
    return re.sub(r"\s+", " ", el.text_content().replace("\u00a0", " ")).strip()


def _words(text: str) -> int:
    return len(re.findall(r"\w+", text))


def _appeal_box(box: Any) -> bool:
    kids = [k for k in box if isinstance(k.tag, str)]
    if len(kids) < 2 or (box.text or "").strip() or kids[0].tag not in _HEADINGS:
        return False
    if any(k.tag not in _LINES or (k.tail or "").strip() for k in kids[1:]):
        return False
    text = _text(box)
    if not 0 < _words(text) <= _BOX_WORDS:
        return False
    lines = [_text(k) for k in kids]
    if any(supportboxes.is_gift_appeal(line) or _IBAN.search(line) for line in lines):
        return True
    return _MEMBER.search(text) is not None and _JOIN.search(text) is not None


def drop_appeal_boxes(tree: Any) -> None:
    """Each short headed box asking for a gift or a membership (see the module's docstring)."""
    body = tree.find("body")
    if body is None:
        return
    for box in list(body.iter(*_BOXES)):
        if _appeal_box(box):
            box.drop_tree()
