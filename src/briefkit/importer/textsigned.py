"""A story signed in its own text: "Written by Jane Roe, energy economist" as its first or last paragraph.

A blog's platform signs every post with the account that published it ("Posted by Example
Observatory"), in its footer and its markup, while a guest's post names its real writer in the
text itself, on the line that opens or closes it, with the verb of writing ("Γράφει ο …",
"Escrito por …", "Texte rédigé par …"). That line is the writer's own word and the account only
the publisher's: `authorpick` takes the signed name before the claims of the account.

Only a short paragraph at the story's edge counts (the paragraph of prose beside it, on the side
the story goes on): a sentence in the middle of a story quoting who wrote something is no
signature. The verbs are those of writing in the languages news is written in; the plain "By"
of a byline is not one (a quoted headline's "by" is too common), and the name after the verb is
read by `inlinebylines.find_byline`, which checks it is a name. A report's label with its colon closes a
story the same way where a language signs so ("Laporan: …"), the desk's initials in brackets, "(ab/red)",
may stand between it and the last paragraph.
"""

from __future__ import annotations

import re
from typing import Any

from briefkit.importer.bylines import looks_like_name
from briefkit.importer.inlinebylines import find_byline
from briefkit.importer.lazyre import compile_later

# the verb of writing that opens the line, with its "by" where the language has one
_WRITES = compile_later(
    r"^(?:(?:article|post|text|texte|texto|testo|tekst|guest\s+post|artículo|articolo|artigo|artikel|beitrag)\s+)?"
    r"(?:written|geschrieben|verfasst|écrit|rédigé|escrito|redactado|scritto|redatto|redigido|geschreven|"
    r"napisany|napsal[a]?|napísal[a]?|írta|skrevet|skriven|kirjoittanut|yazan|"
    r")\s+(?:by|von|par|por|da|door|przez|av|af)\s+\S"
    # the verb alone before the name, as Greek, Spanish, Italian, Portuguese, Russian and Polish print it:
    # "Γράφει ο Νίκος …", "Escribe: Ana Roe", "Scrive Anna Roe", "Escreve Ana Roe", "Пишет Анна …", "Pisze Anna …"
    r"|^(?:γράφει\s+(?:ο|η)|γράφουν\s+(?:οι)?|escribe|scrive|escreve|пишет|пише|pisze|píše|schreibt|écrit)\s*:?\s+\S"
    # a report's label with its colon, as Indonesian and Malay close a story: "Laporan: Ana Roe", "Liputan: …"
    r"|^(?:laporan|liputan|reportase)\s*:\s*\S",
    re.IGNORECASE,
)
# the writer's and the editor's initials in brackets, a line of their own under the last paragraph
_INITIALS = compile_later(r"\(\s*[a-z]{2,5}(?:\s*/\s*[a-z]{2,5}){0,3}\s*\)", re.IGNORECASE)
_MAX_LINE = 120  # a signature's line: the name and a short post after it, not a paragraph
_PROSE = 80  # the paragraph beside it is the story's prose


def writes(first: str) -> bool:
    """Whether a paragraph's first words are a verb of writing before a name (asked before its whole text)."""
    # (the name may stand in an element of its own after the verb: "Γράφει ο <b>Νίκος …</b>")
    return _WRITES.match(first.strip() + " …") is not None


def _prose(el: Any) -> bool:
    return el is not None and el.tag == "p" and len(" ".join(el.text_content().split())) >= _PROSE


def signed_in_text(el: Any, text: str) -> str | None:
    """The writer a story's opening or closing paragraph names with a verb of writing, or None."""
    if el.tag != "p" or len(text) > _MAX_LINE or not _WRITES.match(text):
        return None
    before, after = el.getprevious(), el.getnext()
    while before is not None and _INITIALS.fullmatch(" ".join(before.text_content().split())):
        before = before.getprevious()  # the desk's initials closing the story, "(ags/red)", stand between
    opening = (before is None or before.tag not in ("p",)) and _prose(after)
    closing = _prose(before) and (after is None or after.tag != "p")
    if not (opening or closing):
        return None
    names = find_byline(text)
    if names:
        return ", ".join(names)
    # the verb find_byline does not know: the name is what follows it, up to the writer's post after a comma
    rest = _WRITES.match(text)
    name = re.split(r"\s*[,(|–—]\s*|\s+-\s+", text[rest.end() - 1 :] if rest else "")[0].strip()
    return name if looks_like_name(name) else None
