"""A date written in the page's own language, when that language is none of the eight the reader knows.

The date readers know the month names of eight languages; a page in Polish, Czech or Hungarian
prints "6 grudnia 2026" under its headline, and with no metadata date the page would get a
teaser's or a search's date instead. The page declares its language (`<html lang>`), so only
that language's names are tried (dateparser, strict: day, month and year all required), and only
for a date the eight languages' readers could not read.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import Any

from briefkit.importer.lazyre import compile_later

KNOWN = ("en", "de", "fr", "es", "it", "pt", "nl", "ru")
# a day, a month's word and a year ("6 grudnia 2026", "2026. december 6." is left to the eight languages'
# readers), or the month first ("December 6, 2026")
_WORDY = compile_later(
    r"\d{1,2}\.?\s+[^\W\d_]{3,15}\.?,?\s+(?:19|20)\d{2}|[^\W\d_]{3,15}\.?\s+\d{1,2}\.?,?\s+(?:19|20)\d{2}"
)


def page_language(tree: Any) -> str:
    """The page's declared language, its primary subtag in lower case ("pl" for "pl-PL"), or ""."""
    root = tree.getroottree().getroot() if hasattr(tree, "getroottree") else tree
    lang = root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang") or ""
    return re.split(r"[-_]", lang.strip().casefold(), maxsplit=1)[0]


def in_page_language(text: str, lang: str) -> date | None:
    """The first date `text` writes with a month's word of `lang`, for a language none of `KNOWN`."""
    if not lang or lang in KNOWN or len(text) > 300 or not lang.isalpha():
        return None
    for m in _WORDY.finditer(text):
        found = _parse(m.group(0), lang)
        if found is not None:
            return found
    return None


@lru_cache(maxsize=256)
def _parse(span: str, lang: str) -> date | None:
    try:
        import dateparser
    except ImportError:
        return None
    try:
        found = dateparser.parse(
            span,
            languages=[lang],
            settings={"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"]},
        )
    except Exception:  # noqa: BLE001 — an unknown language or dateparser's own errors: no date
        return None
    return found.date() if found else None
