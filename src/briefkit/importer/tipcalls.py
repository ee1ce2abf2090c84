"""The newsroom's call for tips under a story, asked as a question about what it should write about.

"Have you seen something we should write about? Call or text 71 000", "Masz temat, o którym
powinniśmy napisać? Napisz na …": the paper asks the reader, in the reader's language, for the
stories it has not heard of, and gives the way to reach it. `siteselfnotes.is_tip_line` knows the calls
that name the tip or the newsroom; this one knows those that say "we should write about it" instead,
or name the tip in a compound ("nyhetstips", "Lesertipps"). Both want the question mark and an
address or a number, so a story's own sentence about tips or writing keeps its place.
"""

from __future__ import annotations

import re

from briefkit.importer.lazyre import compile_later
from briefkit.importer.pagewords import PHONE

_TIP_WORDS = 30
# "we should write about", in the languages news is written in: the modal, a word or two, the verb
_SHOULD_WRITE = compile_later(
    r"\b(?:should|ought\s+to|sollten|müssten|devrions|devrait|deberíamos|debería|dovremmo|dovrebbe|deveríamos|"
    r"deveria|zouden|moeten|borde|burde|bør|pitäisi|powinniśmy|powinien|měli\s+bychom|kellene|trebui|"
    r"должны|стоит|следует|повинні|yazmalıyız|harus)\s+(?:\w+\s+){0,3}?"
    r"(?:write|report|cover|schreiben|berichten|écrire|parler|traiter|escribir|informar|scrivere|parlare|escrever|"
    r"schrijven|skriva|skrive|kirjoittaa|napisać|napsat|írnunk|írni|scrie|написать|рассказать|написати|"
    r"yazmamız|menulis)\b",
    re.I,
)
# the verb before its modal, as a German or Dutch clause sets them: "worüber wir berichten sollten"
_WRITE_SHOULD = compile_later(
    r"\b(?:schreiben|berichten|schrijven|melden)\s+(?:sollten|müssten|sollen|moeten|zouden|zullen)\b", re.I
)
# a tip named in a compound: "nyhetstips", "Lesertipps", "newstip"
_COMPOUND_TIP = compile_later(r"\b\w{3,}tip(?:s|ps|pen)?\b", re.I)
# an address, a messenger, or a number of four figures or more (a short number for texts: "71 000")
_REACH = compile_later(r"[\w.+-]+@[\w-]+\.[\w.]+|\bwhats\s?app\b|\bsignal\b|\btelegram\b|\d[\d ]{2,}\d", re.I)


def is_tip_call(text: str, n: int) -> bool:
    """The newsroom's question for the reader's tips, with the way to send them (see the module's note)."""
    if n > _TIP_WORDS or "?" not in text:
        return False
    if _REACH.search(text) is None and PHONE.search(text) is None:
        return False
    said = _SHOULD_WRITE.search(text) or _WRITE_SHOULD.search(text) or _COMPOUND_TIP.search(text)
    return said is not None
