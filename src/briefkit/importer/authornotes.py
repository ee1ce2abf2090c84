"""What a page prints about a story's author under the story: a closing note ("Jane Roe is the
paper's Seoul correspondent.") or a blog's author box that signs the story again.

Both repeat a name the byline already gave, which is what tells them from the story's own last
sentence about a person; so they are cut only once the authors are known.
"""

from __future__ import annotations

import re

from briefkit.importer import boilerplate
from briefkit.importer.boilerplate import SENTENCE_END
from briefkit.importer.inlinebylines import find_byline
from briefkit.importer.lazyre import compile_later

# "Jane Roe is the paper's Seoul correspondent.", "Jane Roe (1984) is …": what a page says of its author under the
# story; "Jane Roe — Energy correspondent, she covers …": the name, a dash, the post, as an author box sets them
_AUTHOR_NOTE = compile_later(
    r"(?:\s*\([^()]{1,20}\))?(?:\s+[—–]\s|\s+(?:is|was|ist|war|est|était|es|era|è|é|был[аи]?|является|covers|writes|"
    r"reports|schreibt|berichtet|écrit|"
    r"escribe|scrive|escreve|schrijft|on|är|er|jest|je|este|είναι|є|és|adalah|merupakan|skriver|kirjoittaa|pisze|píše|"
    r"piše|ír|scrie|γράφει|пише)\s)",
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
    if tail == [body[-2]]:  # the note went, the line over it stayed: the box's heading ("About Jane Roe")?
        head = boilerplate.plain(body[-2]).strip()
        if len(boilerplate.words(head)) <= 6 and not head.endswith(SENTENCE_END) and any(n in head for n in authors):
            tail = []
    return body[:-2] + tail


def without_author_box(body: list[str], authors: tuple[str, ...]) -> list[str]:
    """The story less the box on its author that a blog prints under it: a line that only signs
    the story again ("Written by Jane Roe", "Escrito por …") with a byline's own name, then a few
    lines on the author (a short bio, a follower count, a link to their other posts).

    Only in the story's second half, only when a few short lines follow the signing line: a story
    that goes on after a signature has not ended there.
    """
    if not authors or len(body) < 4:
        return body
    counts = [len(boilerplate.words(boilerplate.plain(unit))) for unit in body]
    for i in range(len(body) // 2, len(body)):
        text = boilerplate.plain(body[i]).strip()
        if counts[i] > 7 or text.endswith(SENTENCE_END):
            continue
        # find_byline wants its keyword ("by", "por"): a bare name closing a story is its signature
        if set(find_byline(text)) & set(authors) and len(body) - i <= 4 and sum(counts[i + 1 :]) <= 80:
            return body[:i]
    return body
