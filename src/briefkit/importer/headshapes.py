"""Lines of a copied page shaped like a headline that are none, told by their form alone.

`storyspan` takes a short line with no sentence's end for a title. Two kinds of line pass that
shape and never head a story: a picture's caption whose last sentence is followed by its credit
in brackets ("… at dusk. (City Archive)"), the full stop showing the caption is prose; and a line
of figures with a name or two among them, a match's scorers or a table's row ("Smith 12', 80' |
Jones 45'"), where the numbers outnumber the words: a headline is told in words. The same lines
and the names beside them (a result's box) are read past between the headline and the byline.
"""

from __future__ import annotations

import unicodedata

from briefkit.importer import boilerplate
from briefkit.importer.datelabels import RELATIVE_DATE
from briefkit.importer.dates import find_date
from briefkit.importer.lazyre import compile_later

# a sentence's end, then a bracketed part closing the line: a caption and its credit
# (or in square brackets, or a picture's word opening a short credit: "… at dusk. Photo: the author", "… Foto do autor")
PICTURE_WORD = r"(?i:photos?|pic|picture|image|fotos?|foto\w*|bild|imagem|imagen|immagine|фото|사진|写真)\b"
_CAPTION_CREDIT = compile_later(
    rf"(?<=[^\W\d_]{{2}})[.!?]\s+(?:\([^()]{{2,80}}\)|\[[^\[\]]{{2,80}}\]|{PICTURE_WORD}[^.!?]{{0,60}})$"
    r"|(?<=[^\W\d_])。\s*[（(][^（）()]{2,40}[）)]$"  # a CJK caption's full stop, then its credit in brackets
)
_NUMERIC = compile_later(r"^[^\w]*\d[\d.,:'’″′%+-]*[^\w]*$")
_WORD = compile_later(r"^[^\W\d_]{2,}")


def _worded(token: str) -> bool:
    """A token opening on a word: two letters, or a letter and its vowel sign or virama (Devanagari,
    Bengali and the other Indic scripts write most syllables so, and `\\w` takes no combining mark)."""
    if _WORD.match(token):
        return True
    return len(token) >= 2 and token[0].isalpha() and unicodedata.category(token[1]).startswith("M")


CAPTION_WORDS = 6  # the caption's sentence before its credit: a full sentence, not "Live. (Video)"
CJK_CAPTION_CHARS = 10  # the same in a script written without spaces


def captioned(text: str) -> bool:
    """A caption's sentence with its credit after the full stop: in brackets, or opened by a picture's word."""
    found = _CAPTION_CREDIT.search(text.strip())
    if found is None:
        return False
    before = text[: found.start()]
    # (a CJK sentence is written without spaces: its length in characters tells a sentence from a label)
    return len(before.split()) >= CAPTION_WORDS or found.group().startswith("。") and len(before) >= CJK_CAPTION_CHARS


def figures_line(text: str) -> bool:
    """A line whose figures are as many as its words ("Smith 12', 80' | Jones 45'", "3 - 1"), not a date
    ("5 May 2026, 08:30", "today at 14:20 · 4 218 views"), which the byline's line prints."""
    tokens = text.split()
    figures = sum(1 for t in tokens if _NUMERIC.match(t))
    words = sum(1 for t in tokens if _worded(t))
    return figures >= 2 and figures >= words and find_date(text) is None and not RELATIVE_DATE.search(text)


# a label and its figure ("Replies: 5", "Views：2,318"): a post's counter, unless a date follows ("Posted: 4 May 2023")
_COUNTER = compile_later(r"[^\W\d_]{2,20}\s?[:：]\s?\d")
COUNTERS = 2  # two counters or more on a line, and the line is a post's counts, no headline nor standfirst


def counter_fields(text: str) -> list[str]:
    """The line's labelled counts, each with what follows it up to the next label."""
    starts = [m.start() for m in _COUNTER.finditer(text)]
    if not starts:
        return []
    fields = [text[a:b] for a, b in zip(starts, [*starts[1:], len(text)], strict=True)]
    return [f for f in fields if find_date(f) is None]


def counters_line(text: str) -> bool:
    """A line of labelled counts ("Replies: 5 · Views: 2,318 · Last post: 4 May 2023"): a forum's or a blog's
    figures on its post, which a headline never prints as label and figure twice."""
    return len(counter_fields(text)) >= COUNTERS


BOX_NAME_WORDS = 4  # a team's or a party's name beside its score


def score_box(lines: list[str], i: int) -> bool:
    """Whether line `i` is part of a result's box under a headline: the score or the scorers (a line
    of figures), or a name of a few words right over or under one ("Harbour Town" / "2 - 1" / "Mill
    United"): a team or a candidate, not a writer, and no line of the story."""
    if figures_line(boilerplate.plain(lines[i])):
        return True
    if len(boilerplate.plain(lines[i]).split()) > BOX_NAME_WORDS:
        return False
    return any(figures_line(boilerplate.plain(lines[j])) for j in (i - 1, i + 1) if 0 <= j < len(lines))


def not_a_head(text: str) -> bool:
    """Either of the two: a reading `storyspan` never takes for the headline."""
    return captioned(text) or figures_line(text)
