"""A byline printed as a card: the writer's name, post and handle, and the editor's credit beside them.

A news site sets each of these in an element of its own ("Jane Roe" / "Political Editor" /
"@janeroe", or "Jane Roe, Sam Poe" / "Editor: Ann Poe"), and a page copied as text runs them
together with no space: "Jane RoePolitical Editor@janeroe", "Jane Roe, Sam PoeEditor: Ann Poe". No
name word is shaped so (a small letter, then a capital that opens a post's or a credit's word), so
the glue is where the layout's elements met. The editor who checked the piece is credited beside
its writers and is never one of them, in all eight languages.
"""

from __future__ import annotations

import re

from briefkit.importer.credits import EDIT_LABEL
from briefkit.importer.lazyre import compile_later

# a handle glued to the word before it: "EditorJ@janeroe" is no address (no domain follows)
_GLUED_HANDLE = compile_later(r"(?<=[^\W\d_])(?=@\w{2,}$)")
# where two elements met: a small letter, then a capital (no name word but "McRoe", "DeRoe" is shaped so,
# and those are read as glue only before a post's or a credit's words, see `unglued_card`)
_GLUE = compile_later(r"(?<=[a-zß-öø-ÿа-яё])(?=[A-ZÀ-ÖØ-ÞА-ЯЁ])")
# an editor's or a desk's credit, with its colon ("Editor:", "Redaktion:", "Rédaction :", "Редактор:")
_EDITOR_LABEL = rf"(?:{EDIT_LABEL}|rédaction|redacción|redazione|redação|редакция)"
# such a credit opening the text after a glue point
_EDITOR_OPENS = compile_later(rf"{_EDITOR_LABEL}\s*[:：]", re.I)
# such a credit after the writers' names on the same line
EDITOR_AFTER = compile_later(rf"(?:\s*[,;|·•/–—-]\s*|\s+)(?:{_EDITOR_LABEL})\s*[:：].*$", re.I)
# a journalist's post, the trade inside a compound too ("Political Editor", "Wirtschaftsreporterin",
# "Chefredakteurin", "Correspondante", "Редактор отдела"), in the eight languages
_POST_WORD = compile_later(
    r"(?:reporter|redakteur|korrespondent|journalist|editor|correspondent|writer|columnist|kolumnist|producer|"
    r"rédact|correspondant|chroniqueu|periodista|redactor|corresponsal|giornalist|redattor|redattric|"
    r"corrispondent|jornalista|rep[óo]rter|correspondente|verslaggever|redacteur|autor|auteur|autore|"
    r"корреспондент|журналист|редактор|обозревател|"
    # a contributor's credit naming the paper it writes for: "Special to the Courier", "Spécial pour …"
    r"special\s+to\b|spécial\s+pour\b|especial\s+para\b|speciale\s+per\b)",
    re.I,
)
_POST_WORDS = 4  # a post printed under a name: "Senior Political Editor"


def is_post(text: str) -> bool:
    """A journalist's post of a few words ("special correspondent", "Senior Political Editor")."""
    return 1 <= len(text.split()) <= _POST_WORDS and bool(_POST_WORD.search(text))


def _opens_credit(rest: str) -> bool:
    """Whether the text after a glue point is an editor's credit or the writer's post."""
    if _EDITOR_OPENS.match(rest):
        return True
    words = rest.split("@", 1)[0].split()
    return 1 <= len(words) <= _POST_WORDS and bool(_POST_WORD.search(words[-1]))


def unglued_card(text: str) -> str:
    """ "Jane RoePolitical Editor@janeroe" -> "Jane Roe Political Editor @janeroe": the card's elements
    apart again; a line with no such glue is returned as it is."""
    text = _GLUED_HANDLE.sub(" ", text)
    for m in reversed(list(_GLUE.finditer(text))):
        if _opens_credit(text[m.start() :]):
            text = text[: m.start()] + " " + text[m.start() :]
    return text


def without_editor(text: str) -> str:
    """ "Jane Roe, Sam Poe Editor: Ann Poe" -> "Jane Roe, Sam Poe": the writers, not whoever edited them
    (a line that is only an editor's credit is left whole: no writer is named before it)."""
    cut = EDITOR_AFTER.sub("", text)
    return cut if re.search(r"[^\W\d_]{2}", cut) else text


def without_glued_post(text: str) -> str:
    """ "Jane RoeCourt reporter" -> "Jane Roe": a post of a few words naming a journalist's trade, glued to
    the name; the last glue before it is the name's end ("Jane McRoeReporter" is Jane McRoe)."""
    for m in reversed(list(_GLUE.finditer(text))):
        tail = text[m.start() :]
        if len(tail.split()) <= _POST_WORDS and _POST_WORD.search(tail):
            return text[: m.start()]
    return text
