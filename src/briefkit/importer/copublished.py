"""The note that a story is published jointly with another newsroom, printed into a saved page's story.

Nonprofit newsrooms, regional papers and broadcasters share their reporting and print a line on it
under the byline or at the story's end: "This article was co-published with …", "Dieser Beitrag
entstand in Kooperation mit …", "Cet article est publié en partenariat avec …". The line speaks of
the story itself ("this article") and names the partner; the story's own sentences tell of other
people's reports ("the report was written with the university") and never open on "this story".
"""

from __future__ import annotations

import re

from briefkit.importer.boilerplate import plain, words
from briefkit.importer.lazyre import compile_later

NOTE_WORDS = 30  # a note is a line or two; a paragraph about a partnership runs longer

_COPUBLISHED = compile_later(
    # the story itself, named with a demonstrative
    r"^(?:this|these|dieser|diese|dieses|cet|cette|ce|este|esta|estos|questo|questa|dit|deze|этот|эта|это|данный|"
    r"данная|настоящий)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:article|story|report|piece|investigation|feature|series|artikel|beitrag|bericht|text|recherche|reportage|"
    r"enquête|série|artículo|reportaje|nota|investigación|serie|articolo|servizio|inchiesta|artigo|matéria|"
    r"reportagem|verhaal|stuk|onderzoek|материал|статья|расследование|репортаж)\b"
    # then, within the line, the joint publication or the partnership
    r".{0,80}?\b(?:co-?published|co-?produced|jointly|in\s+(?:partnership|collaboration|cooperation)\s+with|"
    r"in\s+kooperation\s+mit|in\s+zusammenarbeit\s+mit|gemeinsam\s+mit|"
    r"co-?publié\w*|en\s+(?:partenariat|collaboration|coopération)\s+avec|"
    r"co-?publicad\w*|en\s+(?:colaboración|alianza|asociación)\s+con|conjuntamente|"
    r"in\s+(?:collaborazione|partnership)\s+con|co-?pubblicat\w*|"
    r"em\s+(?:parceria|colaboração)\s+com|co-?publicad\w*|"
    r"in\s+samenwerking\s+met|samen\s+met|"
    r"совместно\s+с|в\s+партн[её]рстве\s+с|в\s+сотрудничестве\s+с)\b",
    re.I,
)


def copublication_note(block: str) -> bool:
    """Whether the block is a short line saying the story is published together with a partner."""
    text = plain(block).strip()
    return "\n" not in text and 0 < len(words(text)) <= NOTE_WORDS and _COPUBLISHED.match(text) is not None


def without_copublication_notes(blocks: list[str]) -> list[str]:
    """The story's blocks less each note on its joint publication."""
    kept = [b for b in blocks if not copublication_note(b)]
    return kept if kept else blocks
