"""What a page prints about a story rather than in it: its dates under a label, its reading time,
where the site files it, a picture's lone source line.

Such a line sits between the story's paragraphs in a copied page and in a saved page's text
alike; it is short, and it names the story's data, never tells it.
"""

from __future__ import annotations

import functools
import re

from briefkit.importer import farpagewords
from briefkit.importer.blocktext import plain, words
from briefkit.importer.datelabels import UPDATED_LINE
from briefkit.importer.dates import find_date
from briefkit.importer.lazyre import compile_later

# What a page prints about a story rather than in it: "Lesezeit: 4 Min.", "21 minutes - 4312 words",
# a label glued to its values ("KategorienAktuellFreizeit"), a picture's lone source line.
_READING_TIME = compile_later(
    r"^(?:(?:lesezeit|reading\s+time|temps\s+de\s+lecture|tiempo\s+de\s+lectura|tempo\s+di\s+lettura|"
    r"tempo\s+de\s+leitura|leestijd|время\s+чтения)\s*:?\s*)?"
    r"(?:ca\.\s*)?\d{1,3}\s*(?:min(?:ute[ns]?|s)?\.?|minuten|minuti|minutos|мин(?:ут[аы]?|\.)?)"
    r"(?:\s+(?:read|lesezeit|lesen|de\s+lecture|de\s+lectura|di\s+lettura|de\s+leitura|leestijd|чтения))?"
    r"(?:\s*[-–|·]\s*[\d.,]+\s+(?:words|wörter))?\.?$",
    re.I,
)
_GLUED_LABEL = compile_later(
    r"^(?:Kategorien|Kategorie|Schlagwörter|Schlagworte|Tags|Themen|Categories|Catégories|Etiquetas)(?=[A-ZÄÖÜ])"
)
# "责任编辑：李明", "編集：山田", "บรรณาธิการ: …": the editor who handled the story, credited on a line of its own under
# it in the Chinese, Japanese, Korean and Thai papers' way (a label and a short name, no sentence)
_EDITOR_LINE = compile_later(
    r"^[（(【\[]?(?:责任编辑|責任編輯|责编|責編|编辑|編輯|編集|校对|校對|审核|審核|편집|บรรณาธิการ)\s*[:：]\s*"
    r"[^\s.。,，!！?？][^.。!！?？]{0,20}?[）)】\]]?$"
)
_LONE_CREDIT = compile_later(
    r"^\(?(?:quelle|bildquelle|foto|fotos|bild|titelbild|titelfoto|beitragsbild|aufmacherbild|headerbild|teaserbild|"
    r"photo|photos|credit|crédit|crédito|fuente|fonte|image|imagen|immagine|afbeelding|"
    r"fotograf(?:ía|ia|ie)?|photographie|imagem|фото)\s*:\s*"
    r"(?:[^.!?]|\.(?=\S)){2,60}?\)?$"
    # "Beeld ANP", "Foto Jane Roe": the label without a colon, then only capitalised words
    r"|^(?:beeld|foto)\s+(?-i:[A-ZÀ-Þ][\w.&'-]*)(?:\s+(?-i:[A-ZÀ-Þ][\w.&'-]*)){0,4}$"
    r"|^\(?[\w .-]{2,40}\s*/\s*(?:istock|fotolia|shutterstock|adobe\s*stock|getty\s*images|unsplash|"
    r"pixabay|dpa|afp|reuters|imago)[\w .-]{0,20}\)?$",
    re.I,
)


# "Kategorie: News", "Filed under: Politics, Asia", "Etiquetas: …": where the site files the story, in each language
_FILED = compile_later(
    r"^(?:kategorien?|category|categories|catégories?|categorías?|categori[ae]|rubrik|ressort|schlagw(?:ö|oe)rter|"
    r"schlagworte|stichw(?:ö|oe)rter|tags?|themen|filed\s+under|abgelegt\s+unter|posted\s+in|publié\s+dans|"
    r"etiquetas|étiquettes|mots[- ]clés|palabras\s+clave|parole\s+chiave|argomenti|marcadores|trefwoorden|"
    rf"onderwerpen|sujets|thèmes|temas|assuntos|temi|теги|метки|темы|рубрик[аи]|{farpagewords.FILED}|"
    r"(?:aus\s+der\s+|from\s+the\s+|part\s+of\s+the\s+)?(?:serie|reihe|series|série|dossier))\s*[:：]\s*\S",
    re.I,
)


# the label a page prints before the story's dates, in each language
_DATED_LABEL = compile_later(
    r"^(?:published|posted|updated|last\s+updated|veröffentlicht|aktualisiert|erstellt|publié|mis\s+à\s+jour|"
    r"publicado|actualizado|atualizado|pubblicato|aggiornato|gepubliceerd|bijgewerkt|опубликовано|обновлено)\b",
    re.I,
)


@functools.lru_cache(maxsize=4096)
def is_page_data(block: str) -> bool:
    """A line of data about the story (its date, reading time, categories, a picture's source): not story."""
    text = plain(block)
    n = len(words(text))
    if 8 < n <= 16 and _DATED_LABEL.match(text):  # "Published 19 May 2020, last updated 19 May 2020 12:02"
        return not text.rstrip().endswith((".", "!", "?")) and find_date(text) is not None
    # "Ultimo aggiornamento: 03/12/2026, 09:12": the last change's label, its date and hour, closing a page
    if n <= 10 and UPDATED_LINE.match(text) and not text.rstrip().endswith((".", "!", "?")):
        return find_date(text) is not None
    if n == 0 or n > 8:
        return False
    if _READING_TIME.match(text) or _GLUED_LABEL.match(text) or _LONE_CREDIT.match(text) or _FILED.match(text):
        return True
    if _EDITOR_LINE.match(text.strip()):
        return True
    # "10. September 2017", "Aktualisiert am 17.01.2021.": a date with at most a label beside it; not a
    # label over the story's next paragraph that ends on its date ("Conclusion on 15 June 2006:")
    if _INTRODUCES.search(text) and not _DATED_LABEL.match(text):
        return False
    return find_date(text) is not None and n <= 6 and not text.rstrip().endswith(("?", "!"))


_INTRODUCES = compile_later(r"\d\s*:$")


# "แท็ก", "Tags", "Etiketler" alone on a line, the tags one a line under it: the label of the tags' list, which a
# story never prints as a subheading (the lists of topics and series, also a story's words, need their colon)
_LONE_TAGS = compile_later(rf"^(?:tags?|{farpagewords.FILED})\s*[:：]?$", re.I)


def is_filing_line(block: str) -> bool:
    """Where the site files the story, however long its list: "Tags: a, b, c, …", "Filed under: …"."""
    text = plain(block)
    return bool(_FILED.match(text) or _LONE_TAGS.match(text.strip()))
