"""The words a credit line names a story's writer with, and those naming the crew beside it.

A broadcaster's piece is credited to its reporter ("Beitrag: Jane Roe", "Un sujet de Jane Roe",
"Servizio di Jane Roe", "Сюжет: Jane Roe"), a regional paper's to its correspondent
("Correspondance : Jane Roe"; "our reporter" is `authorlabels.OUR_REPORTER`'s), a data desk's to the
research ("Recherche und Daten: …"); the camera, the editing and the graphics printed after it in
the same line ("· Kamera: Sam Poe", "· Riprese di Sam Poe") name the crew, not the writer. `bylines`
reads these through the patterns here.
"""

from __future__ import annotations

import re

from briefkit.importer.lazyre import compile_later

# The initials the wire services sign with that every byline and credit rule reads ("dpa", "AFP", "Reuters");
# `bylines`, `credits` and `wirecredits` each add the names their lines also print.
WIRES = r"dpa|afp|ap|reuters|kna|epd|apa|sda|efe|ansa|lusa|anp|belga"
# and the initials (or short names) of the other national and international agencies, for the rules that read
# an agency's name standing alone in a byline's place (`wirecredits`, `sourcelines`)
WIRE_INITIALS = (
    rf"{WIRES}|ats|pap|čtk|ctk|tasr|mti|hina|sta|bta|"
    r"aa|dha|iha|ana-mpa|ntb|tt|stt|ritzau|upi|pti|ians|ani|xinhua|kyodo|yonhap|tass|тасс|риа\s+новости|"
    r"interfax|интерфакс|unian|уніан|ukrinform|укрінформ|агерпрес|agerpres|antara|bernama|ddp|sid|dts"
)

# the reporter's credit on a broadcast piece or a report, with its colon or its "of", in the eight languages
# (alternatives of `authorlabels.KEYWORD_BYLINE`, which closes them with the names)
PIECE_CREDIT = (
    r"(?:beitrag|сюжет|reportage|reportaje|reportagem|servizio|"
    # and in the languages beside the eight: Greek, Czech, Romanian, Hungarian ("Ρεπορτάζ: Jane Roe")
    r"ρεπορτ[άα]ζ|reportáž|reportaj|riport|"
    # a regional paper's correspondent as the credit's label ("Correspondance : Jane Roe")
    r"correspondance|correspondant(?:e)?|corresponsal|corrispondente|correspondente|correspondent|"
    r"korrespondent(?:in)?|корреспондент|"
    # the research credited as the writing is ("Recherche und Daten: …", "Investigación y datos: …")
    r"(?:recherche|research|reporting|enquête|investigación|inchiesta|apuração|onderzoek|расследование)"
    r"(?:\s*(?:und|and|et|y|e|en|и|&|\+)\s*(?:daten|data|données|datos|dati|dados|text|texte|texto|testo|tekst|текст))?"
    r")(?=\s*:)|"
    r"(?:(?:ein|un|una|um|een)\s+)?(?:beitrag\s+von|sujet\s+de|reportage\s+(?:de|van|von)|reportaje\s+de|"
    r"reportagem\s+de|servizio\s+di)|"
    # the kind of piece before its writer's keyword: "Ein Bericht von", "A report by", "Une analyse de",
    # "Una crónica de", "Un articolo di", "Uma análise de", "Een verslag van"
    r"(?:eine?|an?|une?|una|uma?|een)\s+(?:gast)?(?:bericht|kommentar|analyse|essay|interview|report|story|"
    r"article|feature|analysis|column|commentaire|chronique|enquête|crónica|artículo|análisis|comentario|"
    r"articolo|cronaca|commento|analisi|inchiesta|artigo|crônica|análise|comentário|verslag|artikel|commentaar)"
    r"\s+(?:von|by|par|de|di|da|por|van|door)|"
    # the keyword, then the outlet's post joined to its name ("Von dpa-Korrespondent", "Par le correspondant-AFP")
    r"(?:von|by|par|por|di|door)\s+[^\W_]{2,12}-(?:korrespondent(?:in)?|reporter(?:in)?|redakteur(?:in)?|"
    r"correspondent|correspondant(?:e)?|corresponsal|corrispondente|correspondente|корреспондент)"
)

# a second credit in the same line after a separator: the crew's ("· Kamera und Schnitt: Sam Poe", "· Grafik:",
# "| Fotos: …") or any labelled one, and the crew's craft with its "of" ("· Riprese di Sam Poe", "· Images de …")
_NEXT_CREDIT = compile_later(
    r"\s*[·•|]\s*(?=[^\W\d_][^:·•|]{0,40}\s*:|(?:riprese|montaggio|images|imágenes|imagens|beelden|camera|"
    r"cámara|câmera|kamera|montage|edición|edição|съёмка|съемка)\s+(?:de|di|da|von|van|by|por|do)\s).*$",
    re.I,
)


def without_crew(text: str) -> str:
    """The writer's credit without the crew's credits printed after it in the same line."""
    return _NEXT_CREDIT.sub("", text)


# the text's own part in a credit line that names each contributor's part in brackets, in the eight languages:
# "Jane Roe (text), Sam Poe (photos)" or "(Text) Jane Roe (Photo) Sam Poe", often under a label ("Credits:")
_TEXT_PART = r"\((?:text|texts|texte|textes|texto|textos|testo|testi|tekst|words|текст)\)"
_PART_AFTER = compile_later(rf"(?:^|[:,;·|]\s*)(?P<name>[^\W\d_][^:,;·|()]{{2,60}}?)\s*{_TEXT_PART}", re.I)
_PART_BEFORE = compile_later(rf"{_TEXT_PART}\s*(?P<name>[^\W\d_][^:,;·|()]{{2,60}}?)\s*(?:\(|[,;·|]|$)", re.I)
_BRACKETED_PART = compile_later(r"\([^\W\d_]{3,12}\)")


def bracketed_text_credit(text: str) -> str | None:
    """The name a credit line gives the text to by a bracketed part beside it, when the line credits two
    parts or more that way (a team's credits); `bylines` checks that it is a name."""
    if len(_BRACKETED_PART.findall(text)) < 2:
        return None
    m = _PART_AFTER.search(text) or _PART_BEFORE.search(text)
    return m.group("name").strip() if m else None
