"""The lines at the edges of a copied page's story: what stands between its header and its first
paragraph, and the labels the page prints around it.

`storyspan` finds where the story runs; inside that run a page still prints furniture next to the
story's own lines — a teaser list under the byline, a share row's buttons above and below the
text. What tells them apart is their shape (a sentence or not) and where else the page prints them.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from briefkit.importer import boilerplate, pagewords
from briefkit.importer.boilerplate import SENTENCE_END
from briefkit.importer.dates import find_date


def without_head_furniture(head: list[str]) -> list[str]:
    """The lines between the header and the story's first paragraph, less those that are no
    sentence: a teaser list, a share row's labels, a section name the page put there.

    A short line that ends a sentence may be the story's first paragraph, a table's rows and the
    subheading right above the first paragraph are the story's; a label or two are left to the
    boilerplate pass, which knows them.
    """
    kept = []
    for i, unit in enumerate(head):
        text = boilerplate.plain(unit).strip()
        if (
            text.endswith(SENTENCE_END)
            or "\t" in unit
            or (i == len(head) - 1 and text[:1].isupper() and not boilerplate.is_interface_line(text))
        ):
            kept.append(unit)
    return head if len(head) - len(kept) < 3 else kept


def without_repeated_labels(body: list[str], above: list[str], below: list[str]) -> list[str]:
    """The body less the short lines the page prints above and below the story too: a share row's
    buttons, a menu's entries; a sentence stays, and so does a subheading the story itself repeats
    or a table of contents above it names."""
    around = {u.strip().casefold() for u in above} & {u.strip().casefold() for u in below}
    return [
        u
        for u in body
        if u.strip().casefold() not in around
        or u.strip().endswith(SENTENCE_END)
        or len(boilerplate.words(u)) > REPEATED_LABEL_WORDS
    ]


REPEATED_LABEL_WORDS = 4


def furniture_gap(units: list[str], values: list[int], start: int, end: int) -> int:
    """Where a stretch of furniture after the story's bulk ends the run: a share bar, tags, an author
    box or a teaser list's labels, with less prose after them than the story before them.

    A stretch of short lines inside a story (a list, subheadings, a picture's caption) carries no
    furniture; one that holds a control, a label or a line of page data is the page around the story.
    """
    total = sum(v for v in values[start:end] if v > 0)
    # a line the page printed above the story too (a menu's entry, a teaser's title) is furniture there
    above = {u.strip().casefold() for u in units[:start]}
    before = 0
    i = start
    while i < end:
        if values[i] > 0:
            before += values[i]
            i += 1
            continue
        j = i
        while j < end and values[j] <= 0:
            j += 1
        # two different pieces of furniture, not only dates (a dated list is the story's): one label
        # said twice ("Read also:") is an inline box
        marked = [k for k in range(i, j) if is_furniture(units[k]) or _named_above(units, values, k, above)]
        marks = {units[k].strip().casefold() for k in marked}
        undated = any(find_date(m) is None for m in marks)
        after = total - before
        # one piece of furniture is enough when little prose is left after it, if it is furniture
        # by its own words and not only by being printed above too
        single = len(marks) == 1 and any(is_furniture(units[k]) for k in marked)
        enough = len(marks) >= 2 or (single and after <= before // 3)
        if j - i >= GAP_LINES and enough and undated and before >= total // 2 and after <= before // 2:
            # a long list before the first piece of furniture is the story's (a timeline, a table)
            first = marked[0]
            return i if first - i <= LIST_LINES else first
        i = j
    return end


GAP_LINES = 2
LIST_LINES = 10


def _named_above(units: list[str], values: list[int], k: int, above: set[str]) -> bool:
    """A line the page printed above the story too, with no prose under it: a menu's entry, another
    story's title; a subheading that a table of contents above names has its section under it."""
    if units[k].strip().casefold() not in above or "\t" in units[k]:
        return False
    return not (k + 1 < len(values) and (values[k + 1] > 0 or "\t" in units[k + 1]))  # prose or a table


# a picture's or a video's label inside the story ("Media caption, …", "Watch: …"): an embed, not its end
_INLINE_MEDIA = re.compile(
    r"^(?:(?:image|media|video|audio|photo|picture)\s+(?:caption|source|credit)\b|(?:watch|listen|video|audio|gallery)\s*:)",
    re.I,
)


def is_furniture(unit: str) -> bool:
    text = boilerplate.plain(unit).strip()
    if _INLINE_MEDIA.match(text):
        return False
    return (
        boilerplate.is_interface_line(text)
        or boilerplate.is_page_data(text)
        or boilerplate.is_login_line(text)
        or boilerplate.is_filing_line(text)
        or bool(pagewords.END_MARKER.match(text))
    )


# "Jane Roe is the paper's Seoul correspondent.": what a page says of its author under the story
_AUTHOR_NOTE = re.compile(
    r"\s+(?:is|was|ist|war|est|était|es|era|è|é|был[аи]?|является|covers|writes|reports|schreibt|berichtet|écrit|"
    r"escribe|scrive|escreve|schrijft)\s",
    re.I,
)


def without_author_note(body: list[str], authors: tuple[str, ...]) -> list[str]:
    """The story less a closing note on its author, which the page prints under every story of theirs.

    Only the last two lines, only when they open with a byline's name and a verb of being or
    writing, and only when short: a story's own sentence about a person ends no story this way.
    """
    if not authors or len(body) < 3:
        return body
    tail = []
    for unit in body[-2:]:
        text = boilerplate.plain(unit).strip()
        about = any(
            text.startswith(name) and _AUTHOR_NOTE.match(text[len(name) :]) for name in authors if len(name) > 3
        )
        if not (about and len(boilerplate.words(text)) <= 40):
            tail.append(unit)
    return body[:-2] + tail


_ONE_WORD = re.compile(r"^[^\W\d_][^\W\d_]{3,}(?:-[^\W\d_]+)?$")


def one_word_name(
    units: list[str],
    counts: dict[str, int],
    found: tuple[int, str, int],
    repeated: bool,
    is_meta: Callable[[str], bool],
) -> tuple[int, str]:
    """A small site's page is named in one word ("Einzeltraining") that its menu prints too, right
    over the story, or over the line read as headline (a standfirst, a quote, a row of links). With
    no byline or date under either it names the page; a news kicker has its headline's dateline."""
    best, title, start = found
    lead = boilerplate.plain(units[start]).casefold() if start < len(units) else ""
    for i in (best - 1, start - 1):
        if i < 0 or i == best or i == start - 1 and best >= start - 3:
            continue
        raw = boilerplate.plain(units[i]).strip()
        if not _ONE_WORD.match(raw) or not raw[0].isupper() or counts.get(raw.casefold(), 0) < 2:
            continue
        if boilerplate.is_interface_line(raw) or any(is_meta(u) for u in units[i + 1 : max(i, best) + 3]):
            continue
        if i == best - 1 and (repeated or not _not_a_headline(title)):
            continue  # a headline printed twice is the headline, the word over it a section's
        if i == start - 1 and (not repeated or raw.casefold() not in lead):
            continue  # far over the story, only a line the menu prints too gives way, to a word the story opens with
        return i, raw
    return best, title


def _not_a_headline(text: str) -> bool:
    """A short standfirst ("Training just for you"), a quotation, or a row of links."""
    quoted = text.rstrip("0123456789").endswith(("\u201d", '"', "\u00bb", "."))
    return len(text.split()) <= 4 or quoted or text.count(" - ") >= 2
