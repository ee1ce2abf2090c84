"""A story's block as text: its words and what it says without its Markdown marks.

Every judge of a line (furniture, byline, headline, date) asks these of the same lines many
times, so they live apart from any of those rules, and `plain` is cached.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from briefkit.importer.lazyre import compile_later, reaches
from briefkit.importer.monthnames import MONTH_NAMES

# What a line of a story may end with; a short line ending otherwise is a label, a title or a control.
# The other scripts' full stops too: Chinese and Japanese (also before a closing bracket, "…と話した。」"),
# Arabic and Persian question mark, Urdu, Devanagari and Bengali danda, Ethiopic, Armenian
SENTENCE_END: tuple[str, ...] = (".", "!", "?", '"', "”", "’", "'", ":", ";", ",", ")")
SENTENCE_END += ("。", "！", "？", "．", "。」", "。』", "！」", "？」", "؟", "۔", "।", "॥", "።", "։")


# a word's letters, with the marks that are part of it in the scripts that write vowels and accents as marks
# (Python's \w takes no combining mark): combining accents (a decomposed "é"), Cyrillic titlos, Hebrew points,
# Arabic vowel signs, the Indic scripts' vowel signs and viramas (a Devanagari word is not cut at each "ि"; the
# danda, their full stop, still ends one), Thai, Myanmar and Khmer vowel marks, and the joiners Persian and the
# Indic scripts write inside a word ("می‌کند")
_MARKS = (
    r"\u0300-\u036f\u0483-\u0489\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7\u0610-\u061a\u064b-\u065f"
    r"\u0670\u06d6-\u06ed\u0900-\u0963\u0966-\u0dff\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u1000-\u1049\u104c-\u109f"
    r"\u1780-\u17d3\u200c\u200d"
)
_WORD = compile_later(rf"[\w’'\-{_MARKS}]+")
_LETTER_RUN = compile_later(rf"(?:[^\W_]|[{_MARKS}])+")


# a sentence's last mark, a closing quotation mark or bracket maybe after it ("… he said.”", "(… in May.)")
_CLOSED = compile_later(r"[.!?…][\"'”’»)\]]*$")


def closes_sentence(text: str) -> bool:
    """Whether a line ends as a sentence does: a full stop, question or exclamation mark or ellipsis,
    then at most the quotation marks and brackets that close around it."""
    return _CLOSED.search(text) is not None


def words(text: str) -> list[str]:
    """The line's words (a new list each time, as `findall` gives: a caller may change it)."""
    return list(_words(text))


@functools.lru_cache(maxsize=8192)
def _words(text: str) -> tuple[str, ...]:
    # a dump's every judge asks for the words of the same lines: some twelve times a line, found once here
    return tuple(_WORD.findall(text))


def letter_runs(text: str) -> list[str]:
    """The runs of letters and figures, with their marks: `words` without the apostrophes and hyphens."""
    return _LETTER_RUN.findall(text)


# Scripts written without spaces between words: two characters count as a word
_UNSPACED = compile_later(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\u0e00-\u0e7f]")
# (a line with no character from U+0E00 on has none of those scripts' characters: none counted, none searched)
_UNSPACED_FROM = reaches("\u0e00")


def syllable_weight(word: str) -> int:
    """A word's length as a measure of what it says. Korean sets spaces between its words, as Latin
    scripts do, but writes each syllable as one character: a Hangul syllable counts as two letters, so
    that a Korean word of two syllables weighs as much as a Latin one of four letters. (Chinese and
    Japanese set no spaces: a run of their characters is a whole phrase, and a short run a label.)"""
    return len(word) + (len(_HANGUL.findall(word)) if _HANGUL_FROM(word) else 0)


_HANGUL = compile_later(r"[\uac00-\ud7af]")
_HANGUL_FROM = reaches("\uac00")  # (no character that high: no syllable to count, the pattern not compiled)


def count_words(text: str) -> int:
    """Words, counting a run of Chinese, Japanese, Korean or Thai by its characters (two to a word)."""
    return len(_words(text)) + (len(_UNSPACED.findall(text)) // 2 if _UNSPACED_FROM(text) else 0)


# a list item's number, but not a date's day: "7. Januar 2022" keeps its "7."
_MARKERS = compile_later(
    # a day's number before its month is no list's: a month any language names, then the year
    r"^(?:#{1,6}\s+|>\s*|[-*+]\s+|\d+[.)]\s+(?!(?:" + MONTH_NAMES + r")\b|\d"
    r"|[^\W\d_]{3,12}\.?,?\s+(?:1[89]|20)\d{2}\b))",
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
