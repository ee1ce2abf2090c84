"""The reporters a story's closing credit names: "Reporting by Jane Roe and Sam Poe in Town; Editing by …".

Agency copy and the stories built on it often print no byline at all, or a desk's ("Staff", the
site's name) where the byline goes, and credit the people under the last paragraph: the reporting
first, then additional reporting, the writing and the editing, each clause after a ";" or a bar.
The clause crediting the reporting (or the writing) names the story's authors; the additional
reporting and the editing name helpers, never them. The credit is weighed as a signature is, under
any printed byline (see `authorpick`).
"""

from __future__ import annotations

import re
from typing import Any

from briefkit.importer.elementtext import clean_text
from briefkit.importer.lazyre import compile_later
from briefkit.importer.markupmeta import Claim, Evidence

# the clause that credits the reporting or the writing, in the languages news is written in
_WRITERS_CLAUSE = compile_later(
    r"^(?:(?:reporting|reported|writing|written|words)\s+by|"
    r"(?:información|reporte|reportaje|redacción|texto)\s+(?:de|por)|"
    r"(?:reportagem|redação|redacção|texto)\s+(?:de|por)|"
    r"(?:reportage|rédaction|texte)(?:\s+(?:de|par))?|"
    r"(?:berichterstattung|bericht|text|recherche)\s+(?:von|durch)|"
    r"(?:servizio|reportage|testo)\s+(?:di|a\s+cura\s+di)|"
    r"(?:verslaggeving|verslag|tekst)\s+(?:door|van)|"
    r"(?:репортаж|текст)\s*[:—-]?)\s*[:：]?\s+(?P<names>\S.*)$",
    re.IGNORECASE,
)
# the separator between a credit's clauses: "; Editing by …", " | Edición: …"
_CLAUSES = compile_later(r"\s*[;|]\s*")
# the brackets a wire's credit is set in, around the whole paragraph
_BRACKETS = compile_later(r"^[(\[]\s*(.+?)\s*[)\]]$")
_MOST_WORDS = 60  # a longer paragraph opening "Reporting by" is the story's sentence, not its credit
_PROSE = 100  # a paragraph of at least this many characters is the story's prose
_SENTENCE_END = compile_later(r"[.!?…][\"'”’»)]?$")
_FEWEST_WORDS = 6  # a sentence closing a story, not a label or a line of furniture
_LOOK_BACK = 3  # the paragraphs over a short closing sentence that may show the story's prose


def closing_credit(el: Any, order: int, ev: Evidence) -> None:
    """A paragraph closing the story that credits its reporting: the reporters become a "closing-credit" claim.

    It must follow a paragraph of the story's prose and have none after it among its siblings (`closes_story`).
    """
    if el.tag != "p":
        return
    text = clean_text(el.text_content())
    if not text or len(text.split()) > _MOST_WORDS:
        return
    text = _BRACKETS.sub(r"\1", text)  # "(Reporting by Jane Roe; Editing by Sam Poe)": a wire sets it in brackets
    found = [m.group("names") for clause in _CLAUSES.split(text) if (m := _WRITERS_CLAUSE.match(clause))]
    if not found or not _WRITERS_CLAUSE.match(_CLAUSES.split(text)[0]):
        return  # only a credit that opens with its writers: "Additional reporting by …" alone names helpers
    if closes_story(el):
        ev.authors.append(Claim(re.sub(r"[.\s]+$", "", found[0]), "closing-credit", order))


def closes_story(el: Any) -> bool:
    """Whether the element stands right under a paragraph of the story's prose, with none after it: its close.

    The same words opening a paragraph inside the story are its sentence, not its credit.
    """
    before = next((s for s in el.itersiblings(preceding=True) if isinstance(s.tag, str)), None)
    if before is None or before.tag != "p" or not _story_close(before):
        return False
    return not any(s.tag == "p" and len(clean_text(s.text_content())) >= _PROSE for s in el.itersiblings())


def _story_close(before: Any) -> bool:
    """Whether the paragraph over a credit is the story's last: prose, or a short sentence after some.

    A story often ends on a short sentence ("The works start in May."): it closes the story when a
    paragraph of prose stands among the few paragraphs over it.
    """
    text = clean_text(before.text_content())
    if len(text) >= _PROSE:
        return True
    if not _SENTENCE_END.search(text) or len(text.split()) < _FEWEST_WORDS:
        return False
    over = [s for s in before.itersiblings(preceding=True) if isinstance(s.tag, str) and s.tag == "p"][:_LOOK_BACK]
    return any(len(clean_text(s.text_content())) >= _PROSE for s in over)
