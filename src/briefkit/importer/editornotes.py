"""The notes a newsroom adds to a story about the story, set above or between its paragraphs.

- a correction: an earlier version of this piece got something wrong ("In an earlier version of this
  article …", "Correction: … has been corrected"). Its words pair the earlier version with the piece
  it names as "this" one, or open on the correction's label and say that it was corrected;
- the disclosure that a machine made the summary over the story ("This summary was generated with
  AI and checked by the editors"): the summary named as the note's subject, a verb of making and the
  machine;
- the pointer to the newsroom's live coverage of the same events ("Follow our live coverage here",
  "Alle Entwicklungen im Liveblog"): a call to follow or read, then the live page.

Each is printed by every news site that does the thing, in the eight languages read; a story's own
sentence about corrections, summaries or live broadcasts does not pair these words in a short line.
"""

from __future__ import annotations

import re

from briefkit.importer.blocktext import closes_sentence
from briefkit.importer.lazyre import compile_later

# "an earlier version", "einer früheren Version", "une version précédente": the piece before it was corrected
_EARLIER_VERSION = compile_later(
    r"\b(?:(?:an?\s+)?(?:earlier|previous|prior|older|original)\s+version|"
    r"(?:einer|der)\s+(?:früheren|vorherigen|älteren|ursprünglichen|ersten)\s+(?:version|fassung)|"
    r"(?:une|la)\s+(?:version|mouture)\s+(?:précédente|antérieure|initiale|originale)|"
    r"(?:una|la)\s+versi[oó]ne?\s+(?:anterior|previa|original|precedente|originale)|"
    r"(?:una|la)\s+(?:precedente|prima)\s+versione|(?:uma|a)\s+vers[aã]o\s+(?:anterior|original)|"
    r"(?:een|de)\s+(?:eerdere|vorige|oudere|oorspronkelijke)\s+versie|"
    r"(?:предыдущ|ранн|прежн|первоначальн)\w*\s+верси\w*)\b",
    re.I,
)
# the piece named as this one, in any case of its language ("dieses Artikels", "de cet article"); never "this
# report" or "ce texte", which a story says of the bill or the report it covers
_THIS_PIECE = compile_later(
    r"\b(?:this|dieses|diesem|dieser|diese|cet|ce|cette|este|esta|questo|questa|deste|desta|neste|nesta|"
    r"dit|deze|этой|этого|этом|данной|данного)\s+(?:article|story|piece|artikels?|beitrags?|reportage|art[ií]culo|"
    r"nota|reportaje|noticia|articolo|pezzo|servizio|artigo|reportagem|matéria|notícia|stuk|verhaal|"
    r"стать[еи]|материал[ае]?|публикаци[ии])\b"
    # Portuguese names its own piece "este texto" (a French "ce texte" is the bill a story covers); Russian leaves
    # out "this": "в предыдущей версии статьи", never a law's article, which a number follows
    r"|\b(?:deste|desta|neste|nesta)\s+texto\b|\bверси\w*\s+(?:стать|материал|публикаци)\w*\b(?!\s*\d)",
    re.I,
)
# the correction's own label opening the line, and the word that says the piece was corrected
_CORRECTION_LABEL = compile_later(
    r"^\W*(?:correction|clarification|korrektur|berichtigung|richtigstellung|rectificatif|correctif|"
    r"rectificaci[oó]n|correcci[oó]n|fe\s+de\s+erratas|correzione|rettifica|errata\s+corrige|correç[aã]o|"
    r"errata|correctie|rectificatie|исправление|поправка|уточнение)\s*[:.–—-]",
    re.I,
)
_CORRECTED = compile_later(
    r"\b(?:corrected|amended|updated\s+to\s+correct|korrigiert|berichtigt|corrigé\w*|rectifié\w*|"
    r"corregid[oa]s?|rectificad[oa]s?|corrett[oa]|rettificat[oa]|corrigid[oa]s?|gecorrigeerd|aangepast|"
    r"hersteld|исправлен\w*|исправили)\b",
    re.I,
)
CORRECTION_WORDS = 60

# the summary over the story, as the note's subject: "This summary …", "Zusammenfassung … KI"
_SUMMARY = compile_later(
    r"(?:^\W*|\b(?:this|the|diese|die|ce|le|cette|la|este|el|esta|questo|il|questa|o|deze|de|это|эта|этот)\s+)"
    r"(?:(?:ai|ki|ia|ии)[- ])?(?:summary|key\s+points|zusammenfassung|résumé|synthèse|resumen|riassunto|sintesi|"
    r"resumo|samenvatting|резюме|краткое\s+содержание|выжимка|пересказ)\b",
    re.I,
)
_MADE = compile_later(
    r"\b(?:created|written|generated|produced|made|erstellt|geschrieben|generiert|verfasst|rédigé\w*|"
    r"généré\w*|créé\w*|réalisé\w*|escrit[oa]|generad[oa]|elaborad[oa]|cread[oa]|hech[oa]|creat[oa]|"
    r"generat[oa]|scritt[oa]|realizzat[oa]|gerad[oa]|criad[oa]|feit[oa]|gemaakt|geschreven|gegenereerd|"
    r"создан\w*|написан\w*|сгенерирован\w*|подготовлен\w*|сделан\w*)\b",
    re.I,
)
_MACHINE = compile_later(
    r"(?:\b|-)(?:ai|a\.i\.|ki|ia|ии)(?:\b|-)|\b(?:artificial\s+intelligence|künstliche\w*\s+intelligenz|"
    r"intelligence\s+artificielle|inteligencia\s+artificial|intelligenza\s+artificiale|inteligência\s+artificial|"
    r"kunstmatige\s+intelligentie|искусственн\w+\s+интеллект\w*|нейросет\w*)\b",
    re.I,
)
SUMMARY_NOTE_WORDS = 30

# "Follow our live coverage", "Verfolgen Sie …", "Suivez notre direct": the call, opening the line …
_FOLLOW = compile_later(
    r"^\W*(?:follow|read|see|get|keep\s+up\s+with|verfolgen\s+sie|verfolge|lesen\s+sie|mehr\s+(?:dazu\s+)?im|"
    r"alle\s+(?:entwicklungen|infos|informationen|neuigkeiten)|suivez|suis|retrouvez|lisez|sigue|siga|sigan|"
    r"consulta|consulte|lee|lea|segui|seguite|leggi|acompanhe|acompanha|veja|leia|volg|lees|"
    r"следите|читайте|смотрите)\b",
    re.I,
)
# … then the live page it points to
# ("live" alone is also a verb: only as the live page's name)
_LIVE = compile_later(
    r"\b(?:live[\s-]*(?:blog|coverage|updates?|ticker|page|stream|feed|reporting)|liveblog|liveticker|newsblog|"
    r"news-blog|ticker|(?:notre|le|en)\s+direct|en\s+directo|en\s+vivo|ao\s+vivo|diretta|minuto\s+a\s+minuto|"
    r"онлайн(?:-трансляци\w*)?|трансляци\w*|прям\w+\s+эфир\w*)\b",
    re.I,
)
LIVE_WORDS = 20


def is_correction(text: str, n: int) -> bool:
    """Whether the line of `n` words is a correction of the story (see the module's note)."""
    return bool(
        n <= CORRECTION_WORDS
        and (
            _EARLIER_VERSION.search(text)
            and _THIS_PIECE.search(text)
            or _CORRECTION_LABEL.match(text)
            and (_CORRECTED.search(text) or _EARLIER_VERSION.search(text))
        )
    )


# a paragraph of the story: a sentence's length, closed as a sentence is
_PROSE_WORDS = 15


def _prose(text: str) -> bool:
    return len(text.split()) >= _PROSE_WORDS and closes_sentence(text.strip())


def closing_correction(texts: list[str], i: int) -> bool:
    """Whether line `i` is a correction set at the story's foot: story prose over it, none right under it.

    Printed there, under the last paragraph, the correction is the story's own record of what it got wrong
    and stays with it (a reader of the story reads it as its end); set above the story or between its
    paragraphs it is a notice across the page, which goes.
    """
    text = texts[i]
    return (
        0 < i
        and _prose(texts[i - 1])
        and is_correction(text, len(text.split()))
        and (i + 1 == len(texts) or not _prose(texts[i + 1]))
    )


def is_editors_note(text: str, n: int) -> bool:
    """Whether the line of `n` words is one of the newsroom's notes on its story (see the module's note)."""
    return bool(
        is_correction(text, n)
        or n <= SUMMARY_NOTE_WORDS
        and _SUMMARY.search(text)
        and _MADE.search(text)
        and _MACHINE.search(text)
        or n <= LIVE_WORDS
        and _FOLLOW.match(text)
        and _LIVE.search(text)
    )
