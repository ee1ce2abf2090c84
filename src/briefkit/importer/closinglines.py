"""The site's own lines under a saved page's last paragraph, kept by the extractor as the story's end.

Two shapes, told by the line's form and by the site's own name, never by a site's wording:

- the copyright notice: a paragraph opening on the copyright sign (or "(c)", "Copyright") and a
  year ("© 1999–2021 Example Media and its content providers. Any use without consent is
  forbidden."), in any language: no sentence of a story opens on a copyright sign and a year;
- the house's line in brackets: a short paragraph set wholly in brackets that names the site
  itself, its publisher's name or its address's name ("(Read all the latest business news on
  Example Ledger.)", "[This article first appeared in the Example Times' print edition.]"). A
  story's bracketed line names its source or an agency; one naming the house speaks for it.

Only the story's last lines, and only while a paragraph of the story stands before them.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from briefkit.importer.blocktext import plain, words
from briefkit.importer.lazyre import compile_later

_COPYRIGHT_OPENING = compile_later(r"^(?:©|\(c\)|copyright\b)\s*(?:©\s*)?(?:19|20)\d\d\b", re.I)
_BRACKETED = compile_later(r"^[(\[](?P<inner>[^()\[\]]+)[)\]]\.?$")
_HOUSE_LINE_WORDS = 40  # a line or two; a paragraph of the story in brackets says more
_LAST_LINES = 2
_STORY_BLOCKS = 2


def _squashed(text: str) -> str:
    return re.sub(r"[\W_]+", "", text).casefold()


def house_names(publisher: str | None, url: str | None) -> tuple[str, ...]:
    """The site's names as a line may print them, squashed: its publisher's, its address's (the
    host less "www." and the ending: "example-ledger.co.uk" → "exampleledger")."""
    names = [_squashed(publisher or "")]
    host = urlsplit(url or "").hostname or ""
    parts = [p for p in host.split(".") if p not in ("www", "m", "amp")]
    if len(parts) >= 2:
        names.append(_squashed(max(parts[:-1], key=len)))
    return tuple(n for n in names if len(n) >= 4)


def _house_line(text: str, names: tuple[str, ...]) -> bool:
    bracketed = _BRACKETED.match(text)
    if bracketed is None or len(words(text)) > _HOUSE_LINE_WORDS:
        return False
    inner = _squashed(bracketed.group("inner"))
    return any(name in inner for name in names)


def closing_notice(block: str, names: tuple[str, ...]) -> bool:
    """Whether a block is the site's copyright notice or its house line in brackets."""
    text = plain(block).strip()
    return _COPYRIGHT_OPENING.match(text) is not None or _house_line(text, names)


def without_closing_notices(blocks: list[str], publisher: str | None, url: str | None) -> list[str]:
    """The story less the site's lines under its last paragraph (see the module's docstring)."""
    names = house_names(publisher, url)
    end = len(blocks)
    while end > _STORY_BLOCKS and len(blocks) - end < _LAST_LINES and closing_notice(blocks[end - 1], names):
        end -= 1
    return blocks[:end]
