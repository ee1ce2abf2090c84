"""A player's or a page's notice about the reader's browser, printed into the story's element.

A video player, a map or an interactive chart prints a line for the browsers it does not serve
("Your browser does not support the video", "Please use another browser for a better player",
"Bitte aktivieren Sie JavaScript"). The extractor keeps the line with the story's paragraphs
when the player sits between them. Every site's notice names the browser (or the scripts it
needs) and speaks to the reader: a "your", a "please" or an imperative. A story about browsers
names them too, but tells of them in the third person and at a paragraph's length.
"""

from __future__ import annotations

import re

from briefkit.importer.boilerplate import plain, words
from briefkit.importer.lazyre import compile_later

NOTICE_WORDS = 20  # a notice is a line; a story's sentence about browsers runs longer or names no reader

_BROWSER = compile_later(r"\b(?:(?:web)?browser\w*|navigateur\w*|navegador\w*|браузер\w*|javascript)\b", re.I)
# the reader addressed: a possessive of the second person or a "please" anywhere in the line, or an
# imperative opening it ("Use another browser"); "users should update their browser" speaks of others
_READER = compile_later(
    r"\b(?:your|please|ihr(?:em|en)?|dein(?:em|en)?|bitte|votre|ton|veuillez|tu|su|por\s+favor|il\s+tuo|vostro|"
    r"per\s+favore|seu|o\s+seu|teu|je|uw|ваш(?:ем|его)?|твой|пожалуйста)\b|"
    r"^(?:use|update|upgrade|enable|switch\s+to|verwende|nutze|aktiviere|utilisez|activez|utilice|utiliza|"
    r"actualice|actualiza|active|activa|usa|utilizza|aggiorna|abilita|attiva|utilize|atualize|ative|"
    r"gebruik|schakel|используйте|обновите|включите)\b",
    re.I,
)
# what a notice says of the browser: it is not served, or a player or page needs another
_NOT_SERVED = compile_later(
    r"\b(?:not|no|nicht|kein\w*|ne|pas|non|não|niet|geen|не|"
    r"another|other|andere[nm]?|autre|otro|altro|outro|ander(?:e)?|друг(?:ой|ом)|"
    r"support\w*|unterstützt|prend|soporta|admite|compatible|supporta|suporta|ondersteunt|поддерживает|"
    r"video|vidéo|vídeo|player|lecteur|reproductor|riproduttore|leitor|speler|плеер|видео|"
    r"use|verwenden|nutzen|utilisez|utilice|usa|utilizza|utilize|gebruik|используйте|"
    r"update|upgrade|aktualisieren|mettez|actualice|actualiza|aggiorna|atualize|обновите|"
    r"enable|aktivieren|activez|active|activa|abilita|attiva|ative|schakel|включите)\b",
    re.I,
)


def browser_notice(block: str) -> bool:
    """Whether the block is a short line speaking to the reader about their browser or its scripts."""
    text = plain(block).strip()
    if "\n" in text or not 0 < len(words(text)) <= NOTICE_WORDS:
        return False
    return all(p.search(text) is not None for p in (_BROWSER, _READER, _NOT_SERVED))


def without_browser_notices(blocks: list[str]) -> list[str]:
    """The story's blocks less each browser notice."""
    kept = [b for b in blocks if not browser_notice(b)]
    return kept if kept else blocks
