"""A poll and a pointer to audio or video, printed into a copied story's text.

Pages set a readers' poll between a story's paragraphs: its label ("Umfrage", "Encuesta"), its
question, the answers and the button that casts a vote, copied as one or a few short lines. They
point to a podcast's episode or a video the same way, with its length ("(27 Min.)", "01:34"). Both
are told by the button or the length with the word that names them; a story's own sentence about a
vote or a video ends in a full stop.
"""

from __future__ import annotations

import re

from briefkit.importer.blocktext import plain, words
from briefkit.importer.lazyre import compile_later

# the button that casts a vote, and the count shown after it ("Bisher 312 Stimmen", "312 votes")
_VOTE = compile_later(
    r"(?:^|\s)(?:jetzt\s+)?(?:abstimmen|vote|votar|voter|votez|vota|votare|stemmen|stem|голосовать|проголосовать)"
    r"(?P<count>\s+(?:bisher\s+|so\s+far\s+)?[\d.,]+\s+(?:stimmen|votes?|votos|voix|voti|stemmen|голос\w*))?\s*$",
    re.I,
)
_POLL_LABEL = compile_later(
    r"^(?:(?:leser|reader'?s?|online-?)?(?:umfrage|poll|encuesta|sondage|sondaggio|enquete|enquête|peiling|pesquisa|"
    r"опрос))\s*[:.]?$",
    re.I,
)
POLL_WORDS = 40  # a poll's question with its answers and its button, copied as one line
QUESTION_WORDS = 25

# a podcast's or a video's word, then its length: "(27 Min.)", "(31 min)", "01:34", "3:42 Min."
_MEDIA = compile_later(
    r"\b(?:podcast\w*|video\w*|vídeo\w*|folge|episode|épisode|episodio|aflevering|puntata|audio|видео)\b", re.I
)
_LENGTH = compile_later(
    r"(?:\(\s*\d{1,3}\s*(?:min|minuten|minutes|minutos|minuti|мин)\.?\s*\)|\b\d{1,2}:\d{2}(?:\s*min\.?)?)(?=\s|$)", re.I
)
MEDIA_WORDS = 25


def is_media_pointer(block: str) -> bool:
    """A line pointing to a podcast's episode or a video, with its length: no sentence of the story."""
    text = plain(block).strip()
    lead = " ".join(text.split()[:6])
    return (
        0 < len(words(text)) <= MEDIA_WORDS
        and _MEDIA.search(lead) is not None
        and _LENGTH.search(text) is not None
        and not text.endswith(".")
    )


# the poll's label run into its question on one line ("Poll: Should the square be closed to cars?"), the
# answers' buttons lost when the page was copied or read
_LABELLED_QUESTION = compile_later(_POLL_LABEL.pattern.replace(r"\s*[:.]?$", r"\s*:\s+\S[^?]*\?$"), re.I)


def is_labelled_poll(text: str) -> bool:
    """A poll's question under its label on one line: a short question, no sentence of the story."""
    return _asks(text) and _LABELLED_QUESTION.match(text) is not None


def _is_vote_line(text: str, above: str) -> bool:
    """The poll's button at the line's end, under its question: asked on the line or the one above, or
    with the votes counted after it ("Abstimmen Bisher 312 Stimmen"); a sentence that ends in "vote" has
    no question before it."""
    m = _VOTE.search(text) if 0 < len(words(text)) <= POLL_WORDS else None
    return m is not None and ("?" in text[: m.start()] or m.group("count") is not None or _asks(above))


def _asks(text: str) -> bool:
    return text.endswith("?") and 0 < len(words(text)) <= QUESTION_WORDS


def without_polls(blocks: list[str]) -> list[str]:
    """The blocks less each poll: the line with its vote button, the question right above it (a short
    line that asks) and the poll's label above that."""
    drop = [False] * len(blocks)
    for i, block in enumerate(blocks):
        text = plain(block).strip()
        j = i - 1
        above = plain(blocks[j]).strip() if j >= 0 else ""
        if not _is_vote_line(text, above):
            continue
        drop[i] = True
        if _asks(above) and "?" not in text:
            drop[j] = True
            j -= 1
        if j >= 0 and _POLL_LABEL.match(plain(blocks[j]).strip()):
            drop[j] = True
    return [b for b, d in zip(blocks, drop, strict=True) if not d]
