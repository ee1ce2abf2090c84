"""The site's own lines under a saved page's last paragraph, kept by the extractor as the story's end.

Two shapes, told by the line's form and by the site's own name, never by a site's wording:

- the copyright notice: a paragraph opening on the copyright sign (or "(c)", "Copyright") and a
  year ("© 1999–2021 Example Media and its content providers. Any use without consent is
  forbidden."), in any language: no sentence of a story opens on a copyright sign and a year;
- the copyright sign before the site's own name with no year ("© Example Media Pvt Ltd"): the
  house's notice, not a picture's credit (which names a photographer or an agency);
- the house's line in brackets: a short paragraph set wholly in brackets that names the site
  itself, its publisher's name or its address's name ("(Read all the latest business news on
  Example Ledger.)", "[This article first appeared in the Example Times' print edition.]"). A
  story's bracketed line names its source or an agency; one naming the house speaks for it;
- the house's line with no full stop: a line of a few words naming the site, not closed as a
  sentence ("Reuse allowed when Example Agency is credited"): a story's paragraph ends in a full stop.

Only the story's last lines, and only while a paragraph of the story stands before them.
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import urlsplit

from briefkit.importer.blocktext import closes_sentence, plain, words
from briefkit.importer.lazyre import compile_later

_COPYRIGHT_OPENING = compile_later(r"^(?:©|\(c\)|copyright\b)\s*(?:©\s*)?(?:19|20)\d\d\b", re.I)
_COPYRIGHT_SIGN = compile_later(r"^(?:©|\(c\)|copyright\b)", re.I)
_SIGNED_WORDS = 8  # "© Example Media Pvt Ltd": the sign, the house's name and its legal form
_OPEN_LINE_WORDS = 15  # a line of the house's, not closed as a sentence
_OPEN_LINE_NAME = 8
_MARKED = ("#", "-", "|", ">", "!", "*")  # a heading, a list, a table, a quote, a picture: no line of the house's
_BRACKETED = compile_later(r"^[(\[](?P<inner>[^()\[\]]+)[)\]]\.?$")
_HOUSE_LINE_WORDS = 40  # a line or two; a paragraph of the story in brackets says more
_LAST_LINES = 2
_STORY_BLOCKS = 2


def _squashed(text: str) -> str:
    """The letters and digits, lower case and without accents ("Agência" and "agencia" alike)."""
    bare = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return re.sub(r"[\W_]+", "", bare).casefold()


def house_names(publisher: str | None, url: str | None) -> tuple[str, ...]:
    """The site's names as a line may print them, squashed: its publisher's, its address's (the
    host less "www." and the ending: "example-ledger.co.uk" → "exampleledger")."""
    names = [_squashed(publisher or "")]
    host = urlsplit(url or "").hostname or ""
    parts = [p for p in host.split(".") if p not in ("www", "m", "amp")]
    if len(parts) >= 2:
        names.append(_squashed(max(parts[:-1], key=len)))
    return tuple(n for n in names if len(n) >= 4)


def _house_line(text: str, names: tuple[str, ...], marked: bool = False) -> bool:
    n = len(words(text))
    bracketed = _BRACKETED.match(text)
    if bracketed is not None and n <= _HOUSE_LINE_WORDS:
        inner = _squashed(bracketed.group("inner"))
    elif _COPYRIGHT_SIGN.match(text) and n <= _SIGNED_WORDS:
        inner = _squashed(text)
    elif n <= _OPEN_LINE_WORDS and not closes_sentence(text) and not marked:
        # a name of a few letters may be any word's part: only a name spelled out says it is the house
        names = tuple(name for name in names if len(name) >= _OPEN_LINE_NAME)
        inner = _squashed(text)
    else:
        return False
    return any(name in inner for name in names)


def closing_notice(block: str, names: tuple[str, ...]) -> bool:
    """Whether a block is the site's copyright notice or its house line in brackets."""
    text = plain(block).strip()
    marked = block.lstrip().startswith(_MARKED)
    return _COPYRIGHT_OPENING.match(text) is not None or _house_line(text, names, marked)


def without_closing_notices(blocks: list[str], publisher: str | None, url: str | None) -> list[str]:
    """The story less the site's lines under its last paragraph (see the module's docstring)."""
    names = house_names(publisher, url)
    end = len(blocks)
    while end > _STORY_BLOCKS and len(blocks) - end < _LAST_LINES and closing_notice(blocks[end - 1], names):
        end -= 1
    return blocks[:end]
