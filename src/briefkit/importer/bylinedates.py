"""The label of a date that a byline runs into: "Par AFP Publié le …", "Jane Roe Actualizado 06/06/2023".

A byline box prints the writer, then the date line under its label; copied as one line (a text
dump, an element's whole text) the label follows the name with no mark between. The label is a
word no name holds, so the name ends where it starts: without that cut the label is read as a
surname ("AFP Publié", "EFE Actualizado"). `bylines` stops a name at these words too.
"""

from __future__ import annotations

import re

from briefkit.importer.dates import parse_date
from briefkit.importer.lazyre import compile_later
from briefkit.importer.worldbylines import DATE_WORDS

# a relative day with its hour ("Jane Roe vandaag, 09:14"): a dated line the page printed on the day read
_RELATIVE_DAYS = (
    r"today|yesterday|heute|gestern|aujourd['’]hui|hier|hoy|ayer|oggi|ieri|hoje|ontem|vandaag|gisteren|сегодня|вчера"
)
# Korean's posted, registered, article posted, modified, updated ("김민지 기자 입력 2024.10.08 수정 …")
_KOREAN_LABELS = r"기사입력|입력|등록|수정|업데이트"
# the publication's and the update's labels in the eight languages, Korean's, then those of `worldlabels`
DATE_LABELS = (
    r"posted|published|updated|veröffentlicht|erschienen|aktualisiert|publié|mis\s+à\s+jour|publicado|publicada|"
    r"actualizad[oa]|pubblicato|aggiornat[oa]|atualizad[oa]|gepubliceerd|bijgewerkt|aangepast|gewijzigd|"
    rf"опубликовано|обновлено|{_KOREAN_LABELS}|{DATE_WORDS}|(?:{_RELATIVE_DAYS}),?\s+\d+"
)
# after a word of the name, past a separator; not a label over the name ("… Published by Jane Roe")
_DATE_LABEL_TAIL = compile_later(
    rf"(?<=\S)\s+(?:[|·•,–—-]\s*)?(?:{DATE_LABELS})\b(?!\s*(?:by|von|par|por|di|da|door)\b).*$", re.IGNORECASE
)


def without_date_label(text: str) -> str:
    """The byline without the date's label run into it, and everything after the label."""
    return _DATE_LABEL_TAIL.sub("", text)


# a line that opens with the date's label and goes on to the date: "Publisert 2. september 2024 kl. 19.41",
# "Published on 2 May 2024" (a byline box's second line, under the name); not "Published by Jane Roe"
_LABELLED_DATE = compile_later(rf"^(?:{DATE_LABELS})\b\s*:?\s*(?:[^\W\d]+\.?\s+){{0,2}}\d", re.IGNORECASE)


def date_line(text: str) -> bool:
    """Whether `text` is the date's own line, its label first: no word of it is a writer's name."""
    return bool(_LABELLED_DATE.match(text))


# the day a line opens with, up to the byline word after it: "le 14 novembre 2019, par", "May 2, 2026 by"
_DAY_BEFORE_BY = compile_later(r"^(?P<day>\S.{5,40}?),?\s+(?:by|von|par|por|di|door|av|af)\s", re.IGNORECASE)


def dated_first(text: str) -> bool:
    """ "le 14 novembre 2019, par Jane Roe": a line that is the day, then its writer (no "Posted" before it)."""
    day = _DAY_BEFORE_BY.match(text)
    return day is not None and parse_date(day.group("day")) is not None
