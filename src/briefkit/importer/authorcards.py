"""The author's card a copied page prints after its story, when no byline stands under the headline.

A site that prints its writer once, in a card under the story, copies it as a name alone on its line,
at most a short line of the writer's post under it ("Reporter", "Senior Fellow, Trade Program"), then
the bio: sentences about the writer ("Former city planner. Writes about …"). Pages of every language
set it so. The rule reads that shape: a name, an optional short line, a paragraph of sentences; and
it holds only once on the page (a comment thread repeats a name over each comment's text), and not for
a name the story's own sentences speak of (a person the story is about), though the pictures' credits
may name the writer who took them.
"""

from __future__ import annotations

import re

from briefkit.importer import aboutlabels, boilerplate, sharerows, storyspan
from briefkit.importer.bylines import looks_like_name, parse_byline

# how far above the story's end the card may stand (the story's end may take it in), and below it
_ABOVE = 4
_BELOW = 16
# the writer's post between the name and the bio: a few words, no sentence
_POST_WORDS = 6
# the bio: a sentence or a few, never a page of them
_BIO_WORDS = (8, 80)
_SENTENCE_END = (".", "!", "?", "…")
_INNER_END = re.compile(r"[^\W\d_]{2}[.!?…]\s+[^\W\d_]")
# a picture's credit naming the writer as its photographer: "Foto: Jane Roe", "Photo : Jane Roe"
_CREDITED = r"[:/]\s*"
# the entries of a list over the line: headlines of teasers; each a few words, no sentence
_ENTRY_WORDS = (5, 14)
_LIST_ABOVE = 2


def _name(text: str) -> str | None:
    """The line as a writer's name; not a blog's link to its next post ("Nächster Beitrag" over the
    next post's title, which reads like a bio when it ends on a mark)."""
    if boilerplate.NEIGHBOUR_POST.match(text):
        return None
    return text if looks_like_name(text) and parse_byline(text) == (text,) else None


def _bio(text: str) -> bool:
    if "\u00a9" in text:
        return False  # "© 2024 The Harbour Post Inc., all rights reserved.": the footer's notice, no bio
    n = len(boilerplate.words(text))
    # (a sentence ends it, or ends inside it before the writer's address: "… of the fjord. Tips: jr@…")
    return _BIO_WORDS[0] <= n <= _BIO_WORDS[1] and (text.endswith(_SENTENCE_END) or bool(_INNER_END.search(text)))


def _ends_a_list(units: list[str], i: int) -> bool:
    """The line is the last entry of a list of teasers: the lines right over it are headlines as well,
    some words each and no sentence ("Gulf stocks mixed ahead of the vote" over "Harbour fees rise for
    the third year" over "Trending Stories"). Such a list, with the next box's text under it, has the
    shape of a card (a title-case line over a sentence), but a writer's card stands under the story,
    a heading ("About the author"), a share row, a box's short rows or the links to the previous and
    the next post, not under another headline; and the pictures' captions over a card may credit its
    writer ("The quay at dawn Photo: Jane Roe" over "Jane Roe")."""
    if i < _LIST_ABOVE:
        return False
    name = boilerplate.plain(units[i]).strip()
    for raw in units[i - _LIST_ABOVE : i]:
        text = boilerplate.plain(raw).strip()
        if name in text:
            return False
        n = len(text.split())
        if not _ENTRY_WORDS[0] <= n <= _ENTRY_WORDS[1] or text.endswith(_SENTENCE_END):
            return False
        if sharerows.is_share_row(text) or aboutlabels.ABOUT_AUTHOR.search(text):
            return False
        if boilerplate.NEIGHBOUR_POST.match(text):
            return False
    return True


def _card_at(units: list[str], i: int) -> str | None:
    """The name of a card that starts at line i, or None."""
    name = _name(boilerplate.plain(units[i]).strip())
    if name is None or sharerows.is_share_row(name) or _ends_a_list(units, i):
        return None  # a row of share buttons, a list's last entry: no writer's name
    below = [boilerplate.plain(u).strip() for u in units[i + 1 : i + 3]]
    if below and _bio(below[0]):
        return name
    post = below[0] if below else ""
    # (a teaser's dated headline under a label is no post: a post prints no date)
    short_post = 0 < len(post.split()) <= _POST_WORDS and not post.endswith(_SENTENCE_END)
    short_post = short_post and not any(ch.isdigit() for ch in post)
    return name if short_post and len(below) > 1 and _bio(below[1]) else None


def _spoken_of(name: str, story: list[str]) -> bool:
    """Whether the story's sentences name the person (its subject) by the surname, the pictures' credits
    aside (a first name may be a word of the story's language too: a sea, a flower, a month); or write
    a word of the name as a name after a word in lower case ("… growing Bougainvillea, its care"): a
    subheading, "Popular Bougainvillea Varieties", over a paragraph is no writer's card."""
    credit = re.compile(_CREDITED + re.escape(name))
    surname = re.compile(rf"\b{re.escape(name.split()[-1])}\b")
    capitals = "|".join(re.escape(w) for w in name.split() if w[:1].isupper())
    inside = re.compile(rf"([^\W\d_])[,;:]?\s(?:{capitals})\b") if capitals else None
    for raw in story:
        line = credit.sub(" ", raw)
        if surname.search(line) or (inside and any(m.group(1).islower() for m in inside.finditer(line))):
            return True
    return False


def card_author(units: list[str], span: storyspan.Span) -> tuple[str, ...]:
    """The writer the one author card after the story names, or ()."""
    found: list[tuple[int, str]] = []
    for i in range(max(span.start + 1, span.end - _ABOVE), min(len(units), span.end + _BELOW)):
        if name := _card_at(units, i):
            found.append((i, name))
    if len(found) != 1:
        return ()  # none, or a thread of names over texts: the readers' comments
    i, name = found[0]
    story = [boilerplate.plain(u) for u in units[span.start : min(i, span.end)]]
    return () if _spoken_of(name, story) else (name,)
