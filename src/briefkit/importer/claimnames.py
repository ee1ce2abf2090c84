"""The names one claim of authorship holds: a byline element's or an author field's text read as names.

A page's places print their writers differently: a visible byline with its keyword, a date, a role
or a label glued to the name ("AuthorJane Doe", "Posted on 21 September 2020 by Jane Doe"), an
author field with a CMS's label or an escaped entity, a desk before the writer ("Redacción / Jane
Roe"). These rules take each claim's text down to the names in it; `authorpick` weighs the
claims whose names agree.
"""

from __future__ import annotations

import html
import re

from briefkit.importer.agencybylines import DESK_SIGNATURE
from briefkit.importer.authorlabels import LONG_AUTHOR_LABEL, OUR_REPORTER
from briefkit.importer.bylinedates import date_line, without_date_label
from briefkit.importer.bylines import (
    EDITED_BY,
    ORGANISATION,
    looks_like_name,
    parse_byline,
    split_names,
    without_titles,
)
from briefkit.importer.bylinetails import slashed_role, without_address
from briefkit.importer.caselessnames import caseless_name
from briefkit.importer.cjkbylines import cjk_names
from briefkit.importer.credits import DESK_BESIDE, without_other_credits
from briefkit.importer.datenames import is_date_part
from briefkit.importer.inlinebylines import find_byline
from briefkit.importer.lazyre import compile_later
from briefkit.importer.markupmeta import Claim
from briefkit.importer.monthnames import WEEKDAY_NAMES
from briefkit.importer.worldbylines import POST_AFTER

# what a byline element holds besides names: a lone "By", "Posted on …", "Mehr zum Autor"
_NOT_A_NAME = compile_later(
    r"^(?:by|von|par|por)$|^(?:posted|published|veröffentlicht|publié|publicado|mehr|more|alle|all|"
    r"share|teilen|folgen|follow)\b",
    re.IGNORECASE,
)
_ENTITY_PIECE = compile_later(
    r"(?:^|;\s*)(?:[a-z]{1,2}(?:acute|grave|uml|circ|tilde|cedil|ring|slash)|szlig|amp|nbsp)(?:;|$)", re.IGNORECASE
)
# The particles that open a byline ("Von", "Di", "Door") also sit inside names ("von der Leyen", "Di Maria"):
# as a byline they are capitalised and a name of at least two words follows.
_BY_PREFIX = compile_later(
    r"^(?:(?i:by|autor(?:in|en|innen)?|authors?|auteurs?|autor[ei]|autores|texte?|"
    # "Texto de", "Testo di", "Story by": the writer's credit with its preposition, beside the pictures' credit
    r"(?:texte?|texto|testo|tekst|words|story)\s+(?:by|von|de|par|por|di|da|door|van)|"
    # "Posted by", "Erstellt von", "Publié par": the verb a CMS prints before the name, and its "by"
    r"(?:written|posted|published|verfasst|geschrieben|erstellt|eingestellt|gepostet|veröffentlicht|écrit|publié|"
    r"rédigé|redactado|redigido|redatto|"
    r"escrito|publicado|postado|scritto|pubblicato|geschreven|geplaatst)\s+(?:by|von|par|por|da|door))\s*:?\s+"
    r"|(?:Von|VON|Par|PAR|Por|POR|Di|DI|Door|Av|Af)\s+(?=\S+\s+\S)"
    # in lower case only before a capitalised word: "von JANE ROE", but not the particle of "von der Leyen"
    r"|(?:von|par|por|di|door)\s+(?=[A-ZÀ-ÞА-ЯЁ]\S*\s+\S))"
)
# "Autor: ", "Autor/in: ", "Autor*in: ", "Written by: ": a label in front of the name (a gender form counts as one word)
_FIELD_LABEL = compile_later(r"^(?:[^\W\d_]+\s){0,3}[^\W\d_]+(?:[/*][^\W\d_]+)?\s*[:：]\s*(?=\S)")


def name_shaped(name: str) -> bool:
    """ "Jane Doe", "J.R. Stone": capitalised words, as a byline prints a person (initials allowed)."""
    return looks_like_name(re.sub(r"\b([A-Z])\.(?=[A-Z]\.)", r"\1", name))


def claim_names(claim: Claim) -> list[str]:
    """The names `claim` holds; when the line as printed gives none, its slash read as a comma (`slashed_role`)."""
    found = _claimed_names(claim.value, claim.source)
    if not found and (comma := slashed_role(claim.value)) != claim.value:
        found = _claimed_names(comma, claim.source)
    return found


def _claimed_names(text: str, source: str) -> list[str]:
    if source == "own-page-link":
        return [text]  # the address spells the name (`pagebylines.named_in_own_line`): no shape to ask of it
    while "&" in text and html.unescape(text) != text:  # "Redacci&amp;oacute;n": escaped twice by the CMS
        text = html.unescape(text)
    raw = text
    text = re.sub(r"\s+", " ", re.sub(r"\([^)]*\)", " ", text)).strip()  # "(Brussels, Europe correspondent)"
    text = _FIELD_LABEL.sub("", text) if re.search(r"[:：]", text[:40]) else text
    text = re.sub(r"^[\W_]+|[\s|,·•-]+$", "", text)
    text = without_address(text)  # "Jane Roe - desk@paper.example": the name, then where to write
    if "@" in text or text.startswith("http") or _ENTITY_PIECE.search(text):
        return []  # an e-mail address, a link, or a name cut at an entity's ";" ("Redacci; oacute; n")
    writer = DESK_BESIDE.sub("", text)  # "Redacción / Jane Roe": the desk that filed it, then its writer
    # (not "Redaktion / dpa": the desk signs; "Por Jane Roe / Agencia X": the name after its byline word)
    text = writer if writer != text and name_shaped(_BY_PREFIX.sub("", writer)) else text
    if source in ("byline", "rel-author", "byline-text", "author-link", "credit", "byline-part", "teaser-byline"):
        if (cjk := cjk_names(raw)) is not None:
            return cjk  # "记者 沈某 通讯员 王某", "（社会部・山田太郎）": the reporter's names (`cjkbylines`)
        # "Erstellt von Jane am 6. Mai 2014", "Autor: Redaktion X Stand: 01.11.2021": the name inside a longer line
        found = _visible_names(text, source)
        if not found and _LEADING_BY.search(raw[:30]):
            found = _dated_byline(raw)
        return found
    text = _BY_PREFIX.sub("", text)
    if _NOT_A_NAME.match(text):
        return []
    if DESK_SIGNATURE.match(text):
        return [text]  # "Staff and agencies" in the author field: one desk, not "Staff" and "agencies"
    return [n for n in split_names(text) if n and len(n) <= 80 and not re.fullmatch(r"[\d\W]+", n)]


# a byline keyword in a line's first words: the line is signed, its name may trail a date or a note
_LEADING_BY = compile_later(
    r"(?i:\b(?:von|by|par|por|di|door|autor(?:in|en|innen)?|authors?|auteurs?|text|texte))\b|(?-i:Autor|Author)(?=[A-Z])"
)
# a company's legal form: no person is called "GmbH"


_CONVERSATION = compile_later(
    r"\s+(?:im gespräch mit|in conversation with|en conversation avec|en conversación con|in conversazione con|"
    r"em conversa com|in gesprek met|в беседе с)\s+(?=\S)",
    re.IGNORECASE,
)


def _dated_byline(text: str) -> list[str]:
    """ "Von Jane am 6. Mai 2014", "Autor: Redaktion X Stand: 01.11.2021": a name that only a date follows.

    A byline line is signed and dated; the words after a name that no date follows are a
    sentence's ("Von Einheimischen, Gästen und …") or an agency's ("By U.S. Customs and …").
    """
    found = [_BY_PREFIX.sub("", n) for n in find_byline(text, bare=True) if not ORGANISATION.search(n)]
    end = text.rfind(found[-1]) if found else -1
    return found if end >= 0 and re.search(r"\d", text[end + len(found[-1]) :]) else []


# "Jane Doe am Samstag, 19. Oktober", "Jane Doe um 21:11", "Jane Doe le 7 mai": the day the byline goes on to give
_WHEN_TAIL = compile_later(rf"\s+(?:am|on|le|el|il|em|op|um|at|à|às|alle|om)\s+(?:(?:{WEEKDAY_NAMES})\b|\d).*$", re.I)
# "AuthorJane Doe": a label the page sets apart by style alone, its text run into the name's
_GLUED_LABEL = compile_later(
    r"^(?:Authors?|Autor|Autorin|Auteur|Autore|Autora|Von|By|Par|Por)(?!In)(?=[A-ZÀ-Þ][a-zß-ÿ])"  # not "AutorIn"
)
# a time or date, a word or two ("Uhr", "CET"), then a capitalised "Von": a dateline run into its byline
_DATED_BY = compile_later(r"\d[^\w|]*(?:[^\W\d]+[^\w|]*){0,2}?\s(?i:by|von|par|por|door)\s+([A-ZÀ-Þ][^\d|]{2,60})$")
# "von jdoe", "by jdoe": a byline word before a single login name
_BY_LOGIN = compile_later(r"^(?i:von|by|par|por|door)\s+(?=\S+$)")


# a byline element's last words: two or three capitalised ones after a lower-case word (a verb, "reports")
_TRAILING_NAME = compile_later(r"\s[a-zß-ÿа-я][\w'’-]*:?\s+((?:[A-ZÀ-ÞА-ЯЁ][\w'’-]+\s+){1,2}[A-ZÀ-ÞА-ЯЁ][\w'’-]+)$")


# a number, then a word in small letters: what the byline box counts (a reading time, the comments), never a
# name, where a title a site signs with ("20 Minuten", "7 News") is capitalised
_COUNTED = compile_later(r"^\d+\s*(?:[^\W\d_A-ZÀ-ÞА-ЯЁΑ-Ω]|Min(?:\.|uten)?\s+Lese)")


def _visible_names(text: str, source: str) -> list[str]:
    """The names of a byline as the page prints it, trailing a date or a role, or led by "By"."""
    if date_line(text):
        return []  # "Publisert 2. september 2024": the box's date line, its label no surname
    text = LONG_AUTHOR_LABEL.sub("", _GLUED_LABEL.sub("", without_other_credits(text)))
    text = OUR_REPORTER.sub("By ", text)  # "Von unserem Redakteur Jane Roe": not "unserem" as a name's first word
    text = _CONVERSATION.sub(", ", text)  # "Jane Doe im Gespräch mit John Roe": an interview's two names
    # "Por Jane Roe, editado por Sam Poe", "… · Edited by Sam Poe": not the editor's name as a "by" tail
    text = EDITED_BY.sub("", text).rstrip(" |·•;,–—-")
    # "Posted on 21 September 2020 by Jane Doe", "27.08.2026 14:05 Uhr Von Jane Doe": the name after the date
    tail = re.search(r"\s(?:by|von|par|por|door)\s+([A-ZÀ-Þ][^\d|]{2,60})$", text) or _DATED_BY.search(text)
    text = tail.group(1) if tail else text
    text = without_date_label(_BY_LOGIN.sub("", _WHEN_TAIL.sub("", POST_AFTER.sub("", text))))
    signed = text
    text = _BY_PREFIX.sub("", text) if not re.match(r"^by\s", text, re.IGNORECASE) else text
    found = parse_byline(without_titles(text))  # "Written by miss Jane Roe": the title is no name word
    # "Door An Roe en Sam Poe": a first name that is a short word elsewhere ("an") reads as a name after the byline word
    whole = parse_byline(without_titles(signed)) if signed != text else ()
    if len(whole) > len(found) and set(found) <= set(whole):
        found = whole
    if found:
        return list(found)
    text = _BY_PREFIX.sub("", text)
    # a visible byline usually trails a date or a role: "Jane Doe | 19.06.2024", "Jane Doe, Redakteurin"
    parts = [p.strip() for p in re.split(r"\s+[|·•]\s+|\s+-\s+|,\s+(?=\d)|\s+\d{1,2}[./]", text)]
    text = next((p for p in parts if looks_like_name(p)), parts[0])
    found = parse_byline(text)
    if found:
        return list(found)
    trailing = _TRAILING_NAME.search(text) if source == "byline" else None
    if trailing and looks_like_name(trailing.group(1)):
        return [trailing.group(1)]  # "From the courtroom, reporting: Jane Roe": a phrase, then the name it ends on
    listed = [p.strip() for p in text.split(",")]
    if source == "byline" and len(listed) > 1 and all(caseless_name(p) for p in listed):
        return listed  # "김민수, 박지현" in a byline box: names in a script with no capitals, a comma between
    if not text or len(text.split()) > 4 or re.search(r"\d{3}|[.!?:]$", text) or _NOT_A_NAME.match(text):
        return []
    if _COUNTED.match(text) or is_date_part(text):
        return []  # "5 min read", "12 comments": a count beside the byline; "Jan 22": a date's part (`datenames`)
    if source in ("byline-text", "author-link", "credit", "byline-part") and not (
        name_shaped(text) or re.fullmatch(r"[A-ZÀ-Þ][\w.-]+", text)
    ):
        return []
    return [text]
