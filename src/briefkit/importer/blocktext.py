"""A story's block as text: its words and what it says without its Markdown marks.

Every judge of a line (furniture, byline, headline, date) asks these of the same lines many
times, so they live apart from any of those rules, and `plain` is cached.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from briefkit.importer.lazyre import compile_later
from briefkit.importer.monthnames import MONTH_NAMES

# What a line of a story may end with; a short line ending otherwise is a label, a title or a control.
# The other scripts' full stops too: Chinese and Japanese (also before a closing bracket, "…と話した。」"),
# Arabic and Persian question mark, Urdu, Devanagari and Bengali danda, Ethiopic, Armenian
SENTENCE_END: tuple[str, ...] = (".", "!", "?", '"', "”", "’", "'", ":", ";", ",", ")")
SENTENCE_END += ("。", "！", "？", "．", "。」", "。』", "！」", "？」", "؟", "۔", "।", "॥", "።", "։")


# A word's letters with the marks written on them: Python's \w takes no combining mark, so a Hindi,
# Bengali or Thai word fell apart at each vowel sign ("विधानसभा" read as four words, repeated
# fragments that look like a ticker), an Arabic word at its vowel marks and a Persian one at its
# zero-width non-joiner ("می‌کند"). The dandas and the other scripts' punctuation stay outside.
_WORD = compile_later(
    r"[\w’'\-\u0300-\u036f\u0483-\u0489\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7\u0610-\u061a"
    r"\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed\u0900-\u0963\u0966-\u0def\u0e30-\u0e4e"
    r"\u1000-\u1049\u104c-\u109f\u1780-\u17d3\u200c\u200d]+"
)


def words(text: str) -> list[str]:
    return _WORD.findall(text)


# Scripts written without spaces between words: two characters count as a word
_UNSPACED = compile_later(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\u0e00-\u0e7f]")


def count_words(text: str) -> int:
    """Words, counting a run of Chinese, Japanese, Korean or Thai by its characters (two to a word)."""
    return len(words(text)) + len(_UNSPACED.findall(text)) // 2


# a list item's number, but not a date's day: "7. Januar 2022" keeps its "7."
_MARKERS = compile_later(
    r"^(?:#{1,6}\s+|>\s*|[-*+]\s+|\d+[.)]\s+(?!(?:" + MONTH_NAMES + r")\b|\d))",
    re.I,
)


_LINK = compile_later(r"!?\[([^\]]*)\]\([^)]*\)")
_EMPHASIS = compile_later(r"[*_`]+")


@functools.lru_cache(maxsize=4096)
def plain(block: str) -> str:
    """A Markdown block without its markers, for judging what it says (asked of each line many times)."""
    s = _MARKERS.sub("", block.strip())
    s = _LINK.sub(r"\1", s)
    return _EMPHASIS.sub("", s).strip()


# a line that is only an address on the web
URLISH = compile_later(r"^(?:https?://|www\.)\S+$", re.I)


def without_pictographs(text: str) -> str:
    """ "✍️ Jane Roe" -> "Jane Roe", "📅 2026-11-27" -> "2026-11-27": the pictographs a blog's theme prints as
    a field's label (not the copyright sign, whose name is a picture's owner: the pictographs start at U+2300)."""
    k = 0
    while k < len(text) and (_pictograph(text[k]) or text[k] in "\ufe0f\u200d "):
        k += 1
    return text[k:] if k and k < len(text) else text


def _pictograph(char: str) -> bool:
    return ord(char) >= 0x2300 and unicodedata.category(char) == "So"
