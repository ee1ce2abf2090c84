"""The runs of prose in a page's copied text, among which `storyspan` finds the story.

Prose lines (long, with sentence punctuation) come in one dense run, furniture in runs of short
lines. Each line is given a worth as story (its words when it is prose, a small cost when it is
furniture: a menu entry, an appeal, a tag cloud with no function words), and the densest runs are
the segments of highest total worth. A run of readers' comments is prose too, told by the names and
times that sign its entries.
"""

from __future__ import annotations

import functools

from briefkit.importer import appealvoice, boilerplate, stopwords
from briefkit.importer.datelabels import RELATIVE_DATE
from briefkit.importer.dates import CLOCK, find_date
from briefkit.importer.labellines import dateline
from briefkit.importer.lazyre import compile_later
from briefkit.importer.titlelines import BYLINE_START

# a sentence's end, also behind a closing quote or an emoji; inside the line only after a word of three letters
# or more and before a capital (an abbreviation's full stop ends no sentence); the other scripts' full stops too
SENTENCE = compile_later(
    r"""[.!?…:;。！？।॥؟۔]["'”’»)\]」』]*$|(?<![.\w])[^\W\d_]{3,}[.!?]["'”’»)]*\s+["'“„«]?[A-ZÀ-ÞА-ЯЁ]"""
    r"""|\w\s*[\U0001F300-\U0001FAFF\u2600-\u27BF]+\s*$"""
    # the agency after the last full stop: "(avec AFP)", or between slashes as Nordic and Polish wires sign, "/ritzau/"
    r"""|[^\W\d_]{3,}[.!?]["'”’»]*\s+(?:\([^():]{1,30}\)|/[^\W\d_][\w.-]{1,20}/)$"""
)


# a sentence's end inside the line, before the next sentence's capital: "… prostředek. Stěžovatelé …"
_INNER_STOP = compile_later(r"(?<![.\w])[^\W\d_]{3,}[.!?]\s+[A-ZÀ-ÞА-ЯЁČŘŠŽŁŚŹŻ]")


def _sentences(text: str) -> bool:
    """Whether a line is two whole sentences or more: one ends inside it, the last at its end. An
    inflected language (Czech, Finnish, Hungarian) writes a short paragraph with few of the function
    words listed, where a tag cloud or a row of names ends no sentence inside it; such a line is the
    story's prose (a closing paragraph of two short sentences), not a row of labels. A line of names
    and numbers set as sentences (an imprint's "Editor: Jane Roe. Address: 1 Main Street.", a
    reference's authors and title) keeps its cost: most of its words open with a capital or a digit,
    where prose's only open its sentences and its names."""
    if not text.rstrip().endswith(boilerplate.SENTENCE_END) or _INNER_STOP.search(text) is None:
        return False
    found = text.split()
    marked = sum(1 for w in found if w[:1].isupper() or any(c.isdigit() for c in w))
    return marked * 10 <= len(found) * 3


# a page repeats its furniture (menus, share rows, the same teaser in two boxes): about a line in four of a long
# dump is another's copy, and a line's worth is its text's and the language flag's alone
@functools.lru_cache(maxsize=4096)
def _value(unit: str, known_language: bool = False) -> int:
    """A line's worth as story: its words when it is prose, a small cost when it is furniture."""
    text = boilerplate.plain(unit)
    found = boilerplate.words(text)
    n = boilerplate.count_words(text)  # (a run of Chinese, Japanese or Korean by its characters)
    if n == 0 or boilerplate.is_page_line(text) or boilerplate.is_cookie_banner(text):
        return -3
    if appealvoice.is_appeal(text) or boilerplate.is_login_line(text) or boilerplate.is_legal(text):
        return -min(n, 20)
    if len(found) >= 15 and len({w.casefold() for w in found}) < 0.5 * len(found):
        return -3  # a ticker or a tag row saying the same words over and over
    if known_language and n >= 12 and (stopwords.share(text) or 0.0) < 0.08 and not _sentences(text):
        return -3  # long but without function words: a tag cloud, a row of names or labels
    if n <= AGED_WORDS and aged(text):
        return -3  # another story's title with its age ("… 15 min ago"): a list of the latest, no prose
    if n >= 25 or (n >= 8 and SENTENCE.search(text)) and not dateline(text):  # ("Lkr. Konstanz" ends no sentence)
        return n
    return -2 if n <= 3 else -3


AGED_WORDS = 20  # a teaser's title and its age; a longer line is a paragraph
# an abbreviation's point inside the age ("1 godz. temu", "3 hrs. ago"), dropped before the age is read
_ABBREVIATION_POINT = compile_later(r"(?<=[^\W\d_])\.(?=\s)")


def aged(text: str) -> bool:
    """Whether the line ends with its age counted back from the reading ("2 hours ago", "vor 3 Stunden"),
    its last words and no sentence's full stop after them: a list entry's, never a paragraph's end."""
    tail = " ".join(text.split()[-5:])
    tail = _ABBREVIATION_POINT.sub("", tail)
    found = [m for m in RELATIVE_DATE.finditer(tail) if m.end() == len(tail.rstrip())]
    return bool(found) and (found[-1].start() > 0 or len(text.split()) > len(tail.split()))  # a title before it


@functools.lru_cache(maxsize=2)
def line_values(units: tuple[str, ...]) -> tuple[int, ...]:
    """Each line's `_value`: worked out once for `storyspan.locate` and `story_end`, which read the same lines."""
    known = _known_language(list(units))
    return tuple(_value(u, known) for u in units)


def _known_language(units: list[str]) -> bool:
    """Whether the text's long lines are in a language whose function words are listed."""
    long = " ".join(u for u in units if len(u) > 80)
    return (stopwords.share(long) or 0.0) >= 0.15


def _best_run(values: list[int]) -> tuple[int, int, int]:
    """(start, end, total) of the segment with the highest sum (Kadane)."""
    best = (0, 0, 0)
    total, start = 0, 0
    for i, v in enumerate(values):
        if total <= 0:
            total, start = v, i
        else:
            total += v
        if total > best[2]:
            best = (start, i + 1, total)
    return best


def comment_thread(units: list[str], start: int, end: int) -> bool:
    """A run of readers' comments: each opens with its writer's name and the time it was posted
    ("Jane June 28, 2015 at 10:25 pm"), so short lines of a name and a date recur through it, from
    its first lines on (a story with its comments under it is one run that opens with the story)."""
    signed: list[int] = []
    for j in range(start, end):
        text = boilerplate.plain(units[j]).strip()
        if len(text.split()) <= 10 and text[:1].isalpha() and not BYLINE_START.match(text) and CLOCK.search(text):
            signed += [j] if find_date(text) is not None else []
    return len(signed) >= 3 and signed[0] <= start + 3


def densest_runs(values: list[int], k: int) -> list[tuple[int, int, int]]:
    """The `k` densest disjoint runs, densest first."""
    masked, out = list(values), []
    for _ in range(k):
        start, end, total = _best_run(masked)
        if total <= 0:
            break
        out.append((start, end, total))
        masked[start:end] = [-(10**6)] * (end - start)
    return out
