"""A headline set with a full stop, told from the first sentence of a story by the byline beside it.

Most headlines end on no full stop, and `storyspan` takes a line that does for prose. Some pages set
their headline as one or two short sentences ("The bridge reopens. Not everyone is glad."): the
signed and dated byline right under it, or over it, says that the line is the headline, not the
story's first sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from briefkit.importer import boilerplate
from briefkit.importer.bylineshapes import before_date
from briefkit.importer.cjkcredits import reporter_names
from briefkit.importer.dates import find_date
from briefkit.importer.inlinebylines import find_byline
from briefkit.importer.lazyre import compile_later

# the break between two sentences inside a line: a word of three letters or more, its stop, a capital
_SENTENCE_BREAK = compile_later(r"(?<=[^\W\d_]{3}[.!?])\s+(?=[A-ZÀ-ÞА-ЯЁ])")


def dated_byline(unit: str) -> bool:
    """A line with both a date and a byline ("Veröffentlicht am 3. Mai 2024 von Jane Roe"): a headline's own."""
    text = boilerplate.plain(unit).strip()
    return len(boilerplate.words(text)) <= 20 and find_date(text) is not None and bool(find_byline(text, bare=True))


def stopped_headline(
    units: list[str], i: int, raw: str, title_shaped: Callable[[str], bool], sentence: re.Pattern[str]
) -> bool:
    """A short headline set with a full stop ("Time to leave."): one sentence of a few words right
    under a signed and dated byline (a lead sentence under a headline's dateline is not one: the
    byline above is where a blog's theme prints it, before the title), or a sentence or two right
    over the byline with no headline above them."""
    if not raw.endswith(".") or raw.endswith(".."):
        return False
    if len(boilerplate.words(raw)) <= 12 and not sentence.search(raw[:-1]) and title_shaped(raw[:-1]):
        if i > 0 and dated_byline(units[i - 1]):
            return True
    return _over_its_byline(units, i, raw, title_shaped) or title_cased(units, i, raw)


def title_cased(units: list[str], i: int, raw: str) -> bool:
    """A line of one or two sentences in title case ("I Tried It for a Month. Here's What Happened."), a
    dateline within the next four lines (under a deck, a name and the writer's post): prose capitalises
    no verb nor adjective, a headline in title case every word of four letters or more (in German and
    Dutch, where only nouns are, a sentence's verbs still are not)."""
    parts = _SENTENCE_BREAK.split(raw)
    long_words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", raw) if len(w) >= 4]
    if len(parts) > 2 or len(long_words) < 4 or len(boilerplate.words(raw)) > 20:
        return False
    if not all(w[0].isupper() for w in long_words) or raw.isupper():
        return False  # (a line in capitals is a motto's or a label's shout, no title case)
    return any(find_date(boilerplate.plain(u)) is not None for u in units[i + 1 : i + 5])


def _over_its_byline(units: list[str], i: int, raw: str, title_shaped: Callable[[str], bool]) -> bool:
    """One or two short sentences right over a byline that names its writer with its keyword and a
    date ("Words by Jane Roe · 3 May 2025"), and no title-shaped line right above them: a headline
    and its standfirst stand one over the other, so a standfirst ending in a full stop has the
    headline over it, and a headline has a menu or a label there."""
    parts = _SENTENCE_BREAK.split(raw)
    if len(parts) > 2 or len(boilerplate.words(raw)) > 16 or i + 1 >= len(units):
        return False
    if not all(title_shaped(part.rstrip(".!?")) for part in parts):
        return False
    below = boilerplate.plain(units[i + 1]).strip()
    if not (dated_byline(below) or _byline_over_date(units, i + 1)) or not find_byline(below):
        return _over_deck_and_byline(units, i, raw, title_shaped)
    return i == 0 or not title_shaped(boilerplate.plain(units[i - 1]).strip())


# fewer words than this over a headline are a label's or a kicker's ("Climate", "Data & AI"), not a headline's
_LABEL_WORDS = 4


def _over_deck_and_byline(units: list[str], i: int, raw: str, title_shaped: Callable[[str], bool]) -> bool:
    """The same short sentences with their standfirst between them and the signed, dated byline: a
    longer line of whole sentences, then the byline. Under a menu or a section's label a headline stands
    there; a standfirst's first sentences have the headline over them, a line of a headline's length."""
    if i + 2 >= len(units):
        return False
    deck = boilerplate.plain(units[i + 1]).strip()
    byline = boilerplate.plain(units[i + 2]).strip()
    if not deck.endswith((".", "!", "?")) or len(boilerplate.words(deck)) <= len(boilerplate.words(raw)):
        return False
    if not dated_byline(byline) or not find_byline(byline):
        return False
    above = boilerplate.plain(units[i - 1]).strip() if i > 0 else ""
    return not title_shaped(above) or len(boilerplate.words(above)) < _LABEL_WORDS


def _byline_over_date(units: list[str], i: int) -> bool:
    """A short byline with its date on the line under it ("By Jane Roe" over "Published 3 May 2025"):
    the signed and dated byline set on two lines."""
    text = boilerplate.plain(units[i]).strip()
    if i + 1 >= len(units) or len(boilerplate.words(text)) > 8 or find_date(text) is not None:
        return False
    date_line = boilerplate.plain(units[i + 1]).strip()
    return len(boilerplate.words(date_line)) <= 16 and find_date(date_line) is not None


# what may stand between a name and its date: a separator, then the date's month or weekday word or a digit
_DATE_NEXT = compile_later(r"^[\s,|·•–—-]*(?:[^\W\d_]{2,10}\.?,?\s+)?\d")


def signed_dateline(unit: str) -> bool:
    """A dateline that names its writer: a byline keyword with a name somewhere in a dated line
    ("1.11.23 20:19 von Jane Roe"), or a name right before the date ("Jane Roe Mar 3, 2025 ♡ 12"), not
    a sentence about a person with a date in it ("Jane Roe mit Wirkung zum 1.9.2015 …")."""
    text = boilerplate.plain(unit).strip()
    if len(boilerplate.words(text)) > 20 or find_date(text) is None:
        return False
    if find_byline(text) or find_byline(before_date(text)):  # "Door Jane Roe za 17/10/2020 - 18:03 …"
        return True
    if reporter_names(text):  # "2026-12-05 08:10 来源：某报 记者 王小明 字号：大 中 小": `cjkcredits`
        return True
    names = find_byline(text, bare=True)
    if not names or not text.startswith(names[0]):
        return False
    # "Jane Roe en Sam Poe za 05 dec 2026": the names and the words joining them, then the date
    end = text.find(names[-1]) + len(names[-1])
    joined = len(text[:end].split()) <= sum(len(n.split()) for n in names) + len(names) - 1
    return joined and bool(_DATE_NEXT.match(text[end:]))
