"""A box of the page's service data set into a story, closed by its link to the whole list.

Local sites set small boxes between a story's paragraphs: today's on-call pharmacies, the next
departures, the weather, a few events, each under its label and closed by a link that opens the
whole list ("Alle Notdienste anzeigen", "Show all departures", "Voir toutes les pharmacies"). Copied
as text, the box is a run of short lines that are no sentence, then that link. A story's own list
is introduced by a sentence and is never closed by a link to show all of it.
"""

from __future__ import annotations

import re

from briefkit.importer.blocktext import plain, words
from briefkit.importer.lazyre import compile_later

# "show all …", "alle … anzeigen", "voir tous les …": the link to the whole list, in each language
_SHOW_ALL = compile_later(
    r"^(?:(?:show|view|see)\s+all(?:\s+the)?(?:\s+[^\W\d_]+){0,2}|"
    r"alle(?:\s+[^\W\d_]+){0,2}\s+(?:anzeigen|ansehen|zeigen)|"
    r"(?:voir|afficher)\s+(?:tous|toutes)(?:\s+les)?(?:\s+[^\W\d_]+){0,2}|"
    r"(?:ver|mostrar)\s+(?:todos|todas)(?:\s+(?:los|las|os|as))?(?:\s+[^\W\d_]+){0,2}|"
    r"(?:mostra|vedi|visualizza)\s+(?:tutti|tutte)(?:\s+(?:i|le|gli))?(?:\s+[^\W\d_]+){0,2}|"
    r"(?:toon|bekijk)\s+alle(?:\s+[^\W\d_]+){0,2}|alle(?:\s+[^\W\d_]+){1,2}\s+(?:bekijken|tonen)|"
    r"(?:показать|смотреть|посмотреть)\s+вс[её](?:\s+[^\W\d_]+){0,2})\s*[›»>→]?$",
    re.I,
)
LINK_WORDS = 6
ENTRY_WORDS = 12
# a box holds its label and a few entries; a longer run of short lines is something else
BOX_LINES = 6


def _entry(unit: str) -> bool:
    text = plain(unit).strip()
    return 0 < len(words(text)) <= ENTRY_WORDS and not text.endswith((".", "!", "?", ":", "…", "”", '"', "»"))


def without_listed_boxes(lines: list[str]) -> list[str]:
    """The lines less each box closed by a link to its whole list: the link and the short lines over it
    (at least a label and one entry), up to the sentence above them; not a list that a sentence ending in
    a colon introduces."""
    drop: set[int] = set()
    for i, unit in enumerate(lines):
        text = plain(unit).strip()
        if not (0 < len(words(text)) <= LINK_WORDS and _SHOW_ALL.match(text)):
            continue
        j = i
        while j > 0 and i - j <= BOX_LINES and _entry(lines[j - 1]):
            j -= 1
        introduced = j > 0 and plain(lines[j - 1]).rstrip().endswith(":")  # the story's list, under its sentence
        if 2 <= i - j <= BOX_LINES and not introduced:
            drop.update(range(j, i + 1))
    return [u for k, u in enumerate(lines) if k not in drop]
