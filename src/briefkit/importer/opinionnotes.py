"""The note under a guest piece or a column that its views are the writer's, not the paper's.

Sites print it under every opinion piece, in the house's voice: "The views expressed are the
author's and do not necessarily reflect those of the editors", "Gastbeiträge geben die Meinung der
Autoren wieder, nicht notwendigerweise die der Redaktion". It is no sentence of the story. Told by
position (a short line closing the story) and by the two things every such note says in any
language: "not necessarily", and the editors it sets apart (the views alone may be a story's).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from briefkit.importer.blocktext import words
from briefkit.importer.lazyre import compile_later

NOTE_WORDS = 45  # a line or two of small print, never a paragraph of the story's

_NOT_NECESSARILY = compile_later(
    r"\b(?:not\s+necessarily|nicht\s+(?:notwendigerweise|unbedingt|zwingend|in\s+jedem\s+Fall)|"
    r"pas\s+n[ée]cessairement|no\s+(?:\w+\s+)?necesariamente|non\s+(?:\w+\s+)?necessariamente|"
    r"n[ãa]o\s+(?:\w+\s+)?necessariamente|niet\s+noodzakelijk(?:erwijs)?|не\s+обязательно)\b",
    re.I,
)
_DESK = compile_later(
    r"\b(?:editors?|editorial\s+(?:board|team|staff)|publishers?|Redaktion\w*|Herausgeber\w*|r[ée]daction|"
    r"redacci[oó]n|redazione|reda[çc][ãa]o|redactie|редакци\w*)\b",
    re.I,
)


def is_opinion_note(text: str) -> bool:
    """Whether a line is the small print setting the writer's views apart from the house's."""
    return (
        0 < len(words(text)) <= NOTE_WORDS
        and _NOT_NECESSARILY.search(text) is not None
        and _DESK.search(text) is not None
    )


def without_closing_note(lines: list[str], plain: Callable[[str], str], keep: int = 4) -> list[str]:
    """The story less an opinion note among its last two lines (the bio of the writer may stand under it);
    a story shorter than `keep` lines is left whole."""
    for back in (1, 2):
        if len(lines) > max(keep, back) and is_opinion_note(plain(lines[-back])):
            return lines[:-back] + lines[len(lines) - back + 1 :]
    return lines
