"""A teaser for another page printed between the story's paragraphs, told by its "more" link.

Public broadcasters and magazines set boxes into a story: a label ("Weitere Informationen"), the
other page's title as a heading, two sentences of summary and a link that only says "more",
copied as a last word after the summary's full stop ("… Antworten auf viele Fragen. mehr"). No
sentence of a story ends with a lone "more" after its own full stop, so the link marks the box,
and the title and label over it go with it.

A blog prints its latest posts the same way without the link: a title, then the post's first
words cut off at a word's end with an ellipsis after a space ("… warum noch ein Blog ..."). One
such line may be the story's own trailing off; two in a row, each under its title, are a list.
"""

from __future__ import annotations

import re

from briefkit.importer.blocktext import SENTENCE_END, plain, words
from briefkit.importer.lazyre import compile_later

# "… Hintergründe. mehr", "… the archive. Read more »", "… la suite. Lire la suite"
_MORE_LINK = compile_later(
    r"[.!?…\"”»]\s+(?:more|read\s+more|mehr|weiterlesen|mehr\s+lesen|plus|lire\s+la\s+suite|en\s+savoir\s+plus|"
    r"más|leer\s+más|seguir\s+leyendo|leggi(?:\s+(?:tutto|di\s+più|anche))?|continua|mais|leia\s+mais|saiba\s+mais|"
    r"meer|lees\s+meer|verder\s+lezen|далее|подробнее|читать\s+далее)\s*[»›>→…]*$",
    re.I,
)
TITLE_WORDS = 16  # the box's heading: another page's title, a line of a few words
LABEL_WORDS = 4  # the box's label over it: "Weitere Informationen", "Podcast: Coronavirus-Update"


def ends_in_more_link(block: str) -> bool:
    """A summary closed by a link that says only "more": another page's teaser."""
    return _MORE_LINK.search(plain(block).strip()) is not None


def _title_like(block: str, most: int) -> bool:
    text = plain(block).strip()
    return 0 < len(words(text)) <= most and not text.endswith(SENTENCE_END)


def teaser_start(blocks: list[str], i: int) -> int:
    """Where the teaser ending at `i` begins: its heading (another page's title) and the label over it."""
    start = i
    if start > 0 and _title_like(blocks[start - 1], TITLE_WORDS):
        start -= 1
        if start > 0 and _title_like(blocks[start - 1], LABEL_WORDS):
            start -= 1
    return start


# "… denn der Bundestag ...", "… the first [...]": an excerpt cut off after a whole word
_EXCERPT_END = compile_later(r"\w[\"“”»«]?\s+(?:\.{3}|…|\[(?:\.{3}|…)\])$")
EXCERPTS = 2  # so many titled excerpts in a row are a list of posts


def _post_title(block: str) -> bool:
    """A post's title over its excerpt: a line of a few words (its end proves nothing: titles exclaim,
    ask and, on some blogs, close with a full stop), not itself an excerpt."""
    text = plain(block).strip()
    return 0 < len(words(text)) <= TITLE_WORDS and not _excerpt(text)


def _excerpt(block: str) -> bool:
    return _EXCERPT_END.search(plain(block).strip()) is not None


def excerpt_lists(blocks: list[str]) -> list[tuple[int, int]]:
    """The (start, end) spans of lists of titled excerpts: title, cut-off excerpt, title, cut-off
    excerpt …, with the list's label over its first title."""
    spans: list[tuple[int, int]] = []
    i = 1
    while i < len(blocks):
        j = i
        while j < len(blocks) and _excerpt(blocks[j]) and _post_title(blocks[j - 1]):
            j += 2
        if (j - i) // 2 >= EXCERPTS:
            start = i - 1
            if start > 0 and _title_like(blocks[start - 1], LABEL_WORDS):
                start -= 1
            spans.append((start, j - 1))
            i = j
        else:
            i += 1
    return spans
