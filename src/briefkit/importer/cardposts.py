"""An author card's name and post, which a copied page's text glues together ("Jane RoeCourt reporter").

A card prints the writer's name and, under it, the post ("Court reporter", "Wirtschaftsreporterin") in two
elements; the page's text joins them with no space between, so the post reads as the name's last words.
`bylines` cuts it off before reading the name.
"""

from __future__ import annotations

import re

# a journalist's post, also inside a compound ("Wirtschaftsreporterin", "Court reporter"), in the eight languages
_POST_WORD = re.compile(
    r"(?:reporter|redakteur|korrespondent|journalist|editor|correspondent|writer|columnist|kolumnist|producer|"
    r"rédact|correspondant|chroniqueu|periodista|redactor|corresponsal|giornalist|redattor|redattric|"
    r"corrispondent|jornalista|rep[óo]rter|correspondente|verslaggever|redacteur|корреспондент|журналист|"
    r"редактор|обозревател)",
    re.I,
)
# a small letter, then a capital, inside a word: where a page's layout glued two of its elements together
_GLUE = re.compile(r"(?<=[a-zß-öø-ÿа-яё])(?=[A-ZÀ-ÖØ-ÞА-ЯЁ])")
_POST_WORDS = 4


def without_glued_post(text: str) -> str:
    """ "Jane RoeCourt reporter" -> "Jane Roe": the glued post is at most a few words and names a
    journalist's post; the last glue before it is the name's end ("Jane McRoeReporter" is Jane McRoe)."""
    for m in reversed(list(_GLUE.finditer(text))):
        tail = text[m.start() :]
        if len(tail.split()) <= _POST_WORDS and _POST_WORD.search(tail):
            return text[: m.start()]
    return text
