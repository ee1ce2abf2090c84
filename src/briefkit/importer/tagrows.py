"""The row of tags or share buttons that closes a story, and the few short lines a page prints under it.

Copied pages of every language end their story the same way: under the last paragraph the story's
topics are printed as a row of tags ("Floods Harbour Council", one per line or on one line after a
label), or its share buttons as a row ("Share: Facebook X Mail"), and under that row come a line or
two the site prints under every story: a call to send tips, to follow the site on a network, to
download its app, a line asking the reader to report a mistake. Those lines are sentences, so the
boilerplate passes that look for fragments keep them; what gives them away is where they stand.

A row is told by its shape, not its words: a short line with no mark closing a sentence and not one
function word (`stopwords`), which no sentence and hardly any subheading is ("Why the council voted
no" has two), or a share row (`sharerows`). Only a short stretch under such a row is cut, and only
when the row stands under the story's prose: a row higher up is a label inside the story, and a
long stretch under it is more story (a picture's credit over the last paragraphs, say).
"""

from __future__ import annotations

from briefkit.importer import boilerplate, sharerows, stopwords
from briefkit.importer.lazyre import compile_later

# a row: a few tags or buttons, never a sentence's length
ROW_MAX_WORDS = 8
# alone, a row names three tags or buttons at least: two words are a subheading as often ("Our verdict")
ROW_MIN_WORDS = 3
ROW_MAX_CHARS = 70
# under the row: a heading, a call and its button, at most (one line of a paragraph's length: more
# are the story going on under a credit or a label)
TAIL_MAX_LINES = 4
TAIL_MAX_WORDS = 60
# a call is a sentence or two; a line longer than this is the story's paragraph
CALL_MAX_WORDS = 24
# the story above it: this many lines of prose at least
STORY_MIN_LINES = 3
PROSE_MIN_WORDS = 15

_WORD = compile_later(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_CLOSED = compile_later(r"[.!?…:;»\"”’)\],]$")  # a comma: a list's item, copied without its bullet
# a sentence's close followed by the next one's start, or the line's last close
_SENTENCE_END = compile_later(r"[.!?…](?:\s+(?=\S)|$)")
_LIST_OR_TABLE = compile_later(r"^(?:[-*•]\s|\d+[.)]\s)|\t")


def is_row(unit: str, min_words: int = ROW_MIN_WORDS) -> bool:
    """A row of tags or of share buttons: a short line with no figure, no sentence's close and no
    function word (a lone tag, one word, when `min_words` allows it: a run of them one a line)."""
    text = boilerplate.plain(unit).strip()
    if not text or unit.lstrip().startswith("#") or _LIST_OR_TABLE.search(unit.lstrip()):
        return False  # a heading, a list's item or a table's row
    if any(c.isdigit() for c in text):
        return False  # a live entry's time, a date, a figure: no tag
    if sharerows.is_share_row(text):
        return True
    found = _WORD.findall(text.casefold())
    if not min_words <= len(found) <= ROW_MAX_WORDS or len(text) > ROW_MAX_CHARS or _CLOSED.search(text):
        return False
    if min_words > 1 and _sentence_case(text):
        return False  # "What the order brings" in a language with no function words listed: a subheading
    return not any(w in stopwords.FUNCTION_WORDS for w in found)


def _sentence_case(text: str) -> bool:
    """Set as a sentence: a capital opening it and none after (a row of tags or buttons capitalises
    its names, or sets them all in small letters, or opens on its label's colon)."""
    tokens = _WORD.findall(text)
    return ":" not in text and tokens[0][:1].isupper() and all(t[:1].islower() for t in tokens[1:])


def _prose(unit: str) -> bool:
    text = boilerplate.plain(unit).strip()
    return len(text.split()) >= PROSE_MIN_WORDS and _CLOSED.search(text) is not None


def row_tail_start(body: list[str]) -> int:
    """Where the closing row starts, with the short stretch under it (the body's length when none).

    The rows looked at are those with at most `TAIL_MAX_LINES` lines under them; the highest one
    whose stretch is short, that stands under prose, and under which no prose paragraph of the
    story's length follows, wins (a run of tags one a line is read from its first)."""
    n = len(body)
    for i in range(max(STORY_MIN_LINES, n - TAIL_MAX_LINES - 1), n - 1):
        lone = is_row(body[i], 1)
        if not (is_row(body[i]) or lone and (is_row(body[i - 1], 1) or is_row(body[i + 1], 1))):
            continue
        start = i
        while start > 0 and is_row(body[start - 1], 1):
            start -= 1
        tail = body[i + 1 :]
        tail = [u for u in tail if not is_row(u, 1)]
        words = sum(len(boilerplate.plain(u).split()) for u in tail)
        if len(tail) == 1 and (_prose(tail[0]) or len(_SENTENCE_END.findall(boilerplate.plain(tail[0]))) >= 2):
            continue  # one paragraph alone (or two sentences: a call is one) under a title-case heading: a section
        longest = max((len(boilerplate.plain(u).split()) for u in tail), default=0)
        if not tail or words > TAIL_MAX_WORDS or longest > CALL_MAX_WORDS or sum(_prose(u) for u in tail) > 1:
            continue
        above = body[:start]
        if sum(_prose(u) for u in above) < STORY_MIN_LINES or not _CLOSED.search(boilerplate.plain(above[-1]).strip()):
            continue
        return start
    return n


def without_row_tail(body: list[str]) -> list[str]:
    """The story less its closing row of tags or buttons and the short stretch under it."""
    cut = row_tail_start(body)
    return body[:cut] if cut < len(body) else body
