"""A calendar box set inside a story: a list of coming events, each line opening with its day.

Local papers drop a box of the town's dates ("What's on", "Termine", "Agenda") between two of a
story's paragraphs. The extractor keeps the box's list and loses its label, so the story reads as
if it listed a flea market and a choir's concert in the middle of its report. What gives the box
away is its markup and its shape: a box of its own (a label and a list, nothing else) between the
story's paragraphs, every line of the list opening with a day and a month ("16.05.", "16 May",
"May 16") and going on with a few words that are no sentence, the name of an event. A story's own
timeline is written in sentences, and a story that lists dates of its own announces them (a
paragraph ending in ":") or sets them in its flow, not in a box: such a list stays.
"""

from __future__ import annotations

import re
from typing import Any

from briefkit.importer.lazyre import compile_later
from briefkit.importer.monthnames import MONTH_NAMES, WEEKDAY_NAMES

_MONTH_NAMES = MONTH_NAMES
_WEEKDAY_NAMES = WEEKDAY_NAMES
_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_MONTH = r"(?:0?[1-9]|1[0-2])"
# a day and a month at the line's start, a weekday before them allowed ("Sa., 16.05.", "Saturday 16 May"):
# "16.05." and "16.05.2026" (the full stop after the month: "1.5 litres" is no date), "16/05/2026"
# (with its year: "1/2 cup" is none), "16. Mai", "16 de mayo", "May 16"
_DATE_FIRST = compile_later(
    rf"^(?:(?:{_WEEKDAY_NAMES}|mo|di|mi|do|fr|sa|so)\.?,?\s+)?"
    rf"(?:{_DAY}\.{_MONTH}\.(?:\d{{4}}|\d{{2}})?|{_DAY}/{_MONTH}/\d{{4}}|"
    rf"{_DAY}(?:\.|er|º)?(?:\s+de)?\s+(?:{_MONTH_NAMES})\b\.?|(?:{_MONTH_NAMES})\.?\s+{_DAY}\b)"
    r"(?:\s*[,:–-]\s*|\s+)(?=\S)",
    re.IGNORECASE,
)
_ENTRY_WORDS = 10  # an event's name and its place: "Flea market at the town hall"
_LABEL_WORDS = 6  # the box's label: "Dates in town", "What's on this week"
_PARAGRAPH_WORDS = 12  # a paragraph of the story on either side of the box
_SENTENCE_END = (".", "!", "?", "…", ":", ";")


def _text(el: Any) -> str:
    return re.sub(r"\s+", " ", el.text_content().replace("\u00a0", " ")).strip()


def _words(text: str) -> int:
    return len(re.findall(r"\w+", text))


def calendar_entry(text: str) -> bool:
    """A line of a calendar: a day and a month, then an event's name in a few words, no sentence."""
    m = _DATE_FIRST.match(text)
    return m is not None and _words(text[m.end() :]) <= _ENTRY_WORDS and not text.endswith(_SENTENCE_END)


def _calendar_list(el: Any) -> bool:
    kids = [k for k in el if isinstance(k.tag, str)]
    return len(kids) >= 2 and all(k.tag == "li" and calendar_entry(_text(k)) for k in kids)


def _story_paragraph(el: Any, before: bool) -> bool:
    if el is None or el.tag != "p":
        return False
    text = _text(el)
    return _words(text) >= _PARAGRAPH_WORDS and not (before and text.endswith(":"))


def drop_calendar_boxes(tree: Any) -> None:
    """Each box of a label and a calendar list that stands between two paragraphs of the story."""
    body = tree.find("body")
    if body is None:
        return
    for lst in list(body.iter("ul", "ol")):
        box = lst.getparent()
        if box is None or box.tag not in ("div", "aside", "section") or not _calendar_list(lst):
            continue
        others = [k for k in box if isinstance(k.tag, str) and k is not lst]
        label = " ".join([(box.text or "").strip(), *(_text(k) for k in others), (lst.tail or "").strip()])
        if len(others) > 1 or _words(label) > _LABEL_WORDS or label.strip().endswith(_SENTENCE_END):
            continue
        if _story_paragraph(box.getprevious(), True) and _story_paragraph(box.getnext(), False):
            box.drop_tree()


def without_calendar_lines(units: list[str]) -> list[str]:
    """A copied page's story less a calendar box: its label line (if any) and two or more lines that
    each open with a day and a month, standing between two paragraphs of the story. A copied page
    keeps no markup, so the paragraphs around it are what say the box sits inside the story."""
    texts = [re.sub(r"\s+", " ", u).strip() for u in units]
    drop: set[int] = set()
    i = 0
    while i < len(texts):
        j = i
        while j < len(texts) and calendar_entry(texts[j].lstrip("-*• ")):
            j += 1
        if j - i < 2:
            i += 1
            continue
        start = i
        label = texts[i - 1] if i else ""
        if label and _words(label) <= _LABEL_WORDS and not label.endswith(_SENTENCE_END):
            start = i - 1
        before = texts[start - 1] if start else ""
        after = texts[j] if j < len(texts) else ""
        if _words(before) >= _PARAGRAPH_WORDS and not before.endswith(":") and _words(after) >= _PARAGRAPH_WORDS:
            drop.update(range(start, j))
        i = j
    return [u for k, u in enumerate(units) if k not in drop]
