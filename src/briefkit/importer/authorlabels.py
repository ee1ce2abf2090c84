"""The words that announce a writer's name: a byline's keyword, and the labels set before the name.

"By", "Von", "Reporting by", "Text & Fotos:", "Reporter:" open a byline line (`KEYWORD_BYLINE`, its
names after them), a paper's possessive with a trade ("Von unserem Redakteur") names its own staff,
and "Written by", "Autorin", "Author of the original article:" stand before the name as a label,
alone in their element or a few words long. The words are the eight languages' and, joined in from
`worldbylines`, `laterwords` and `creditwords`, the others'; `bylines` reads the names after them.
"""

from __future__ import annotations

import re

from briefkit.importer.creditwords import PIECE_CREDIT
from briefkit.importer.laterwords import AND_WORDS, PHOTO_WORDS, TEXT_WORDS
from briefkit.importer.lazyre import compile_later
from briefkit.importer.worldbylines import BY_WORDS, LABEL_WORDS

# the reporter's trade, which names the writer as a label with its colon ("Reporter: Jane Roe",
# "Periodista: …", "Корреспондент: …"), in the eight languages; the trade alone is also a tag or a heading
REPORTER_TRADE = (
    r"reporter(?:in)?|journaliste?|journalist(?:in|e)?|reporter[oa]|periodista|giornalista|rep[óo]rter|jornalista|"
    r"verslaggever|корреспондент|репортёр|журналист(?:ка)?"
)
# a byline opened by its keyword ("By", "Von", "Reporting by", "Reporter:", "Text & Fotos:"), its names after it
KEYWORD_BYLINE = compile_later(
    r"^(?:by|words(?:\s+by|(?=\s*:))|written\s+by|reporting\s+by|story\s+by|posted\s+by|from|"
    # a blog's "Published by jdoe" line, in the eight languages
    r"published\s+by|(?:veröffentlicht|erstellt|verfasst|eingestellt)\s+von|(?:publié|écrit)\s+par|"
    r"(?:publicado|escrito)\s+por|(?:pubblicato|scritto)\s+da|(?:gepubliceerd|geschreven|geplaatst)\s+door|"
    # a report's or a show's own label: "Report by", "Bericht:", "Crónica:", "Hosted by", in the eight languages
    # (the nouns only with their colon: "Bericht Cybersicherheit" is a report's title, no byline)
    r"report(?:ed)?\s+by|(?:bericht|crónica|cronaca|crônica|chronique|verslag|репортаж)(?=\s*:)|hosted\s+by|"
    # the credit naming the reporter, with its colon ("Reporter: Jane Roe", "Periodista: …"), in the eight languages
    rf"(?:{REPORTER_TRADE})(?=\s*[:：])|"
    # a broadcast piece's reporter, a correspondent, a research team: `creditwords`
    rf"{PIECE_CREDIT}|"
    # the writer who took the pictures too: "Text & Fotos:", "Texto y fotos:", "Текст и фото:"
    # ("Text a foto:", "Tekst i foto:", "Besedilo in foto:": the later languages' words, `laterwords`)
    rf"(?:text|texte|texto|testo|tekst|текст|{TEXT_WORDS})\s*(?:&|\+|und|and|et|y|e|en|и|{AND_WORDS})\s*"
    rf"(?:fotos?|photos?|bilder|fotograf[íi]as?|fotografie|foto's|фото|{PHOTO_WORDS})(?=\s*:)|"
    # the author named as the article's own ("Author of the article:", "Autor des Artikels:"), in the eight languages
    r"(?:author|autor(?:in)?|auteur|autore|автор)\s+(?:of\s+the\s+(?:article|story)|des\s+artikels|de\s+l['’]article|"
    r"del\s+art[íi]culo|dell['’]articolo|do\s+artigo|van\s+het\s+artikel|статьи)(?=\s*:)|"
    r"von|geschrieben\s+von|autor(?:in|a)?|autor(?:inn)?en|authors?|auteurs|autori|autor[ae]s|text|texto|testo|tekst|"
    rf"par|por|di|door|de|автор(?:ы)?|текст|подготовил[аи]?|{BY_WORDS}|"
    # a closing credit of the reporting, with its dash ("Reportage – Jane Roe"), or "the piece was prepared by"
    r"(?:reportage|reportagem|reportaje|reportaggio)\s*[–—-]|(?:материал|статью|текст)\s+подготовил[аи]?)"
    r"\s*:?\s+(?P<names>.+)$",
    re.I,
)


# "Von unserem Redakteur", "De notre envoyé spécial", "Dal nostro inviato", "Van onze verslaggever", "От нашего
# корреспондента": a paper's own staff, named by the paper's possessive and a reporter's trade before the name
OUR_REPORTER = compile_later(
    r"^(?:von|from|by|de|par|dal|dalla|dai|da|do|del|van|door|от)\s+"
    r"(?:unser(?:em|er|e|en)?|our|notre|nos|nostr[oaie]|nuestr[oa]s?|noss[oa]s?|onze|наш(?:его|ей|их|им))\s+"
    r"(?:[^\W\d_]+\s+){0,2}?[\w-]*?(?:redakteur(?:in|en|innen)?|korrespondent\w*|mitarbeiter\w*|reporter\w*|"
    r"correspondent\w*|correspondant\w*|envoyée?s?|journalistes?|inviat[oaie]|corrispondent[ei]|redattor[ei]|"
    r"redattrice|corresponsal(?:es)?|enviad[oa]s?|redactor(?:es|a)?|correspondentes?|rep[óo]rter(?:es)?|"
    r"verslaggevers?|redacteur(?:en|s)?|medewerkers?|корреспондент\w*|обозревател\w*|staff|writers?)"
    r"(?:\s+(?:spéciale?s?|speciale|especial(?:es)?|permanente?|vor\s+ort))?\s+(?=\S)",
    re.I,
)


# "Author of the original article: Jane Roe", "Autor des Beitrags: …": an author label a few words long,
# its name after the colon (a footer's or a wiki's credit; the short labels are read by `find_byline`)
LONG_AUTHOR_LABEL = compile_later(
    r"^(?:authors?|autor(?:in|es|a|e)?|auteurs?|autore|autori|verfasser(?:in)?|автор)\s[^:：]{3,40}[:：]\s+(?=\S)", re.I
)


# a label standing alone before the author's name, in its own element: "Written by", "Autorin", "Texte :";
# the reporter's trade as a label ("Reporter:", "Periodista:", "Корреспондент:") only with its colon, as a
# trade alone is also a tag or a heading
AUTHOR_LABEL = compile_later(
    r"^(?:(?:written by|verfasst von|geschrieben von|autor(?:in|en|innen)?|authors?|auteurs?|autor[ei]|autores|"
    rf"autor/in|verfasser(?:in)?|text|texte|redacción|escrito por|door|av|von|by|par|por|di|{LABEL_WORDS})\s*[:：]?|"
    rf"(?:{REPORTER_TRADE})\s*[:：])$",
    re.IGNORECASE,
)
