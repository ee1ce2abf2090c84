"""The headline under a document's type in a copied page: a press release's, a speech's.

An office, a ministry or a company prints its releases and speeches under a line that names the
document's kind ("Press release No. 214/2024", "Speech", "ニュースリリース 事業・サービス"), often
as the trail's last part, then the title, then the speaker, the venue, the date. The venue or the
speaker's post can outscore the title on the story's words, and the office's own name at the top of
the page outscores both. The document-type line says where the title stands: the first line under it
that is no date (a release prints its date between them), when that line may be a headline at all.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from briefkit.importer import boilerplate
from briefkit.importer.lazyre import compile_later

REACH = 14  # how far over the story's first line the document's type is looked for
EXTRA_WORDS = 2  # a number or a category after the type, never a sentence

# the type's word in the languages news and offices write in: a press or news release, a statement, a speech
# (or the release's timing: "For immediate release" stands where the type does)
_DOC_TYPE = compile_later(
    r"^(?:(?:press|news|media)\s+release|press\s+statement|speech|remarks|"
    r"presse(?:mitteilung|information|erklärung)|medienmitteilung|rede|"
    r"communiqué(?:\s+de\s+presse)?|discours|nota\s+de\s+prensa|comunicado(?:\s+de\s+prensa)?|discurso|"
    r"comunicato(?:\s+stampa)?|discorso|persbericht|toespraak|pressmeddelande|tal|pressemelding|"
    r"pressemeddelelse|tiedote|lehdistötiedote|puhe|komunikat(?:\s+prasowy)?|przemówienie|tisková\s+zpráva|"
    r"projev|пресс-релиз|речь|выступление|прес-реліз|промова|basın\s+bülteni|δελτίο\s+τύπου|"
    r"ニュースリリース|プレスリリース|新闻稿|新聞稿|보도자료|"
    # the release's timing, printed under its type as a line of its own
    r"for\s+immediate\s+release|zur\s+sofortigen\s+veröffentlichung|pour\s+diffusion\s+immédiate|"
    r"para\s+(?:su\s+)?difusión\s+inmediata|para\s+divulgação\s+imediata|per\s+(?:la\s+)?diffusione\s+immediata)"
    r"(?P<rest>.*)$",
    re.I,
)
_NUMBERED = compile_later(r"^(?:nr\.?|no\.?|n[°º]|№|#)?\s*[\d/.\-]+$", re.I)


def doc_type_line(text: str) -> bool:
    """A line naming a document's kind, alone or with its number or a category of a word or two."""
    found = _DOC_TYPE.match(re.sub(r"\s+", " ", text).strip())
    if not found:
        return False
    rest = found["rest"].strip(" :·|-–")
    if not rest:
        return True
    if rest[0].isalnum() and found["rest"][:1].isalnum():
        return False  # the type's word is only the start of a longer one ("Redeker", "Talks")
    return (
        bool(_NUMBERED.match(rest)) or len(rest.split()) <= EXTRA_WORDS and len(rest) <= 24 and not rest.endswith(".")
    )


def under_doc_type(
    units: list[str],
    scored: list[tuple[float, int, str]],
    chosen: tuple[int, str, int],
    is_meta: Callable[[str], bool],
) -> tuple[int, str]:
    """The title under the last document-type line over the story (`chosen`: index, title, story's
    first line), when it is among the candidates; else the chosen headline."""
    best, title, start = chosen
    labels = [
        i
        for i in range(max(0, start - REACH), min(start + 1, len(units)))
        if doc_type_line(boilerplate.plain(units[i]))
    ]
    if not labels:
        return best, title
    j = labels[-1] + 1
    while j < min(labels[-1] + 3, len(units)) and is_meta(units[j]):
        j += 1  # the release's date between its type and its title
    line = boilerplate.plain(units[j]).strip() if j < len(units) else ""
    hit = [text for _, i, text in scored if i == j and text == line]
    return (j, hit[0]) if hit else (best, title)
