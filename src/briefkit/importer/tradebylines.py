"""Bylines that print the writer's trade, or the credit for text and pictures, before the name.

Many papers beyond the first eight languages set the trade before the name with no colon: "Reporter
Jane Roe" (Swedish and Norwegian pages), "Корреспондент Jane Roe" (Russian), "Reportér Jane Roe" (Czech),
"Dziennikarka Jane Roe" (Polish), "Δημοσιογράφος Jane Roe" (Greek); a copied page runs the date, a
listen button or a view count into the same line ("Reporter Jane Roe Listen to the article",
"Корреспондент Jane Roe yesterday, 18:40"). And a writer who took the pictures too is credited after the
date in one line ("5 May 2026, 09:14 Text and photos: Jane Roe"). `bylines.parse_byline` reads only the
trade with its colon at a line's start, as a trade alone is also a tag or a heading; these are read only
on the lines the reader allows a bare name on (between a headline and its story). The name is the
capitalised words after the trade, up to four, ending before a word the name cannot hold: a small
word, a digit, or a capitalised word followed by a function word (a button's phrase: "Lyssna på …").
"""

from __future__ import annotations

import re

from briefkit.importer.laterwords import AND_WORDS, PHOTO_WORDS, TEXT_WORDS
from briefkit.importer.lazyre import compile_later
from briefkit.importer.stopwords import FUNCTION_WORDS

# the reporter's trade at the line's start, in the languages whose pages print it before the name
_TRADE = compile_later(
    r"^(?:reporter(?:ka|in)?|reportér(?:ka)?|reportéra|journalist(?:in|e)?|journaliste|dziennikar(?:z|ka)|"
    r"novinář(?:ka)?|redaktor(?:ka|in)?|korrespondent(?:in)?|correspondent|корреспондент(?:ка)?|"
    r"кореспондент(?:ка)?|журналист(?:ка)?|журналіст(?:ка)?|репортёр|репортер|ρεπόρτερ|δημοσιογράφος|"
    r"periodista|giornalista|jornalista|verslaggever(?:ster)?)\s+(?=\S)",
    re.I,
)
# "Text and photos:", "Tekst i zdjęcia:", "Texto y fotos:" anywhere in the line (after the date a page prints
# first), the name after the colon
_TEXT_AND_PHOTOS = compile_later(
    rf"(?:^|\s)(?:text|texte|texto|testo|tekst|текст|{TEXT_WORDS})\s*(?:&|\+|und|and|et|y|e|en|и|{AND_WORDS})\s*"
    r"(?:fotos?|photos?|bilder|fotograf[íi]as?|fotografie|foto's|фото|zdjęcia|zdjęć|snímky|"
    rf"φωτογραφίες|{PHOTO_WORDS})\s*:\s*(?=\S)",
    re.I,
)
_NAME_WORDS = 4


def _name_run(text: str) -> str:
    """The capitalised words opening `text`, up to four, short of a button's phrase or a date after them."""
    words = text.split()
    run: list[str] = []
    for k, word in enumerate(words[:_NAME_WORDS]):
        bare = word.rstrip(",;")
        if not bare[:1].isupper() or not bare.replace("-", "").replace("’", "").replace("'", "").isalpha():
            break
        following = words[k + 1].casefold() if k + 1 < len(words) else ""
        if following in FUNCTION_WORDS and k >= 2:
            break  # "Jane Roe Lyssna på artikeln": the capital opens a button's phrase, no name word
        run.append(bare)
        if bare != word:
            break  # the comma ends the name
    return " ".join(run)


def trade_before_name(text: str) -> str:
    """The writer's name in "Reporter Jane Roe …" or "… Text and photos: Jane Roe", or "" when the line is
    neither (the caller checks the name's shape)."""
    m = _TEXT_AND_PHOTOS.search(text) or _TRADE.match(text)
    if not m:
        return ""
    return _name_run(text[m.end() :])
