"""A byline inside a longer line: its keyword and the name after it, or a part of a dateline that is a name.

"Geschrieben von Cooper am 25.08.2015", "Posted on 3 May by admin", "04.02.2022 | 13:10 Uhr | Jane
Roe": a page prints the writer's name run into a line of dates, labels and buttons. `find_byline`
finds the keyword anywhere in the line (even glued to the name by a layout), stops the name where a
date, a label or a sentence begins, and asks `bylines.parse_byline` whether what is left is a name.
"""

from __future__ import annotations

import re

from briefkit.importer.bylinedates import DATE_LABELS, without_date_label
from briefkit.importer.bylinegaps import INLINE_BY
from briefkit.importer.bylines import ARTICLES, ROLE, name_before_role, parse_byline
from briefkit.importer.creditwords import bracketed_text_credit
from briefkit.importer.laterwords import SHORT_DAYS
from briefkit.importer.lazyre import compile_later
from briefkit.importer.monthnames import DAY_WORDS
from briefkit.importer.notnames import NOT_NAMES
from briefkit.importer.pagewords import SPONSOR_LABEL
from briefkit.importer.tradebylines import trade_before_name
from briefkit.importer.worldbylines import LABEL_WORDS

# "Geschrieben von Cooper am 25.08.2015", "Veröffentlicht vonChris Jung", "Posted on 3 May by admin":
# a byline inside a longer line, its keyword sometimes glued to the name by a page's layout
_KEYWORD_NAME = compile_later(
    r"(?:^|[\s|·,–\d-])(?:(?:geschrieben|veröffentlicht|erstellt|eingestellt|verfasst|posted|written|published|"
    r"publié|publicado|pubblicato)\s+)?(?:(?:von|by|par|por|di|door|(?<=pubblicato\s)da)(?:\s*:)?|autor(?:in|a)?\s*:|"
    rf"{INLINE_BY}|"
    r"author\s*:|авторы?\s*:|"
    rf"(?-i:Autor|Author)(?=(?-i:[A-Z][a-z]))|"
    # a blog's post footer, the label with no colon, the name, the date's label: "Author Jane Roe Posted on …"
    r"(?-i:Author|Autor|Auteur|Autore)\s+(?=(?:(?-i:[A-Z])\S*\s+){1,4}(?:posted|published|veröffentlicht|publié|"
    r"publicado|pubblicato|gepubliceerd)\b)|"
    rf"(?:text[eo]?|tekst|testo|{LABEL_WORDS})\s*:|текст\s*:|"
    r"interview\s*:)\s*(?=\S)(?P<name>[^\W\d_](?:[^\W\d_]|[’'.-])*(?:\s+(?:[a-z]{1,3}\s+)?[^\W\d_](?:[^\W\d_]|[’'.-])*){0,3})",
    re.I,
)
_STOP_AFTER_NAME = compile_later(
    r"\s+(?:am|on|le|el|il|em|op|um|at|alle|à|às|in|aus|for|für|und|and|et|y|mit|with|zuletzt|last|updated|"
    # "with" and "and" beyond the eight: Italian and Spanish "con", French "avec", Scandinavian "med", "og", "och"
    r"con|avec|med|og|och|"
    # the date's label after the name ("by Jane Roe Posted on …")
    rf"{DATE_LABELS}|"
    r"lesezeit|min)\b.*$|\s+\d.*$"
    # the time's "at" beyond the eight, before its digits ("v 21:14", "kl. 10:02", "ob 9.30", "klo 12")
    r"|\s+(?:v|kl\.?|ob|u|o|klo|в|о)\s+\d.*$"
    # a date that opens with its month's or its weekday's word ("Jane Roe April 22, 2026", "Sat 11 Jul")
    rf"|\s+(?:{DAY_WORDS})\.?,?\s+\d.*$"
    # or with a weekday's short name in small letters ("Jane Roe za 05 dec 2026", "sáb. 5 dic")
    r"|\s+(?-i:ma|di|wo|do|vr|za|zo|lun|mar|mer|jeu|ven|sam|dim|mié|jue|vie|sáb|gio|sab|dom|seg|ter|qua|qui|"
    rf"sex|пн|вт|ср|чт|пт|сб|вс|{SHORT_DAYS})\.?,?\s+\d.*$",
    re.I,
)


def find_byline(text: str, *, bare: bool = False) -> tuple[str, ...]:
    """The author names a line carries anywhere in it, or ().

    With `bare`, a part of the line between separators ("04.02.2022 | 13:10 Uhr | Jane Roe") that
    is only a name counts too: the reader allows that only between a headline and its story.
    """
    if SPONSOR_LABEL.match(text.strip()):
        return ()  # "Coverage supported by Example Bank": the sponsor, whom no byline names
    names = parse_byline(text, bare=False)
    if names or (credited := bracketed_text_credit(text)) and (names := parse_byline(credited)):
        return names  # (or the text's part of "Jane Roe (Text), Sam Poe (Bilder)": `creditwords`)
    m = _KEYWORD_NAME.search(text)
    if m:
        # (the stop words read with what follows the name: "Jane Roe April" is a name before "22, 2026")
        name = _STOP_AFTER_NAME.sub("", text[m.start("name") :])[: len(m.group("name"))].strip(" ,:;|").lstrip(".")
        if name.split(" ", 1)[0] in ARTICLES:
            name = ""  # "por la Premier League", "von der Leyen" is no byline without its first name
        if (pictures := _PICTURES_BY.search(text[: m.start("name")])) and not _JOINT.search(
            text[: pictures.start() + 1]
        ):
            name = ""  # "… on March 3. Photo by Jane Roe/Agency": a caption's credit names the photographer
        if _glued_inside_word(text, m.start("name")):
            name = ""  # "Die Eishockey-App", "DIESES BLOG": the keyword's letters begin a word, no keyword
        name = _SENTENCE_STOP.split(name, maxsplit=1)[0]  # "… di Ravello. Foto: …": the caption's sentence ends
        if not re.search(r"(?:^|\s)\w\.$", name):  # an initial keeps its full stop ("Nicolas Roe C.")
            name = name.rstrip(" .")
        single = re.fullmatch(r"[^\W\d_][\w.-]{2,30}", name)
        explicit = re.search(
            r"(?:geschrieben|veröffentlicht|erstellt|eingestellt|posted|written|autor|author)", text, re.I
        )
        found = parse_byline(name, bare=True) or (
            # not an office ("Posted on 3 May by Secretary"): a post signed by the role, no person
            (name,) if single and explicit and name.lower() not in NOT_NAMES and not ROLE.search(name) else ()
        )
        if found:
            return found
    if bare:
        unglued = _NUMERIC_DATE.sub(" | ", _GLUED_DATE.sub(" | ", text))  # "The Guardian 02/10/2024 Jane Roe"
        for part in re.split(r"\s*[|·•]\s*|\s+[–—]\s+", unglued):
            part = without_date_label(part.strip()).rstrip(",–—- ")  # "Jane Roe - | 3/12/2026": the date's dash
            if _CLOCK_LEFT.match(part):
                continue  # "PM ET" left of "11/14/2024 09:47 PM ET" once the date is cut out: a time's marks
            stopped = _STOP_AFTER_NAME.sub("", part)
            found = parse_byline(part, bare=True) or parse_byline(stopped, bare=True) or name_before_role(stopped)
            found = found or parse_byline(trade_before_name(part), bare=True)  # "Reporter Jane Roe": `tradebylines`
            if found:
                return found
    return ()


# the pictures' word before the keyword: "Photo by", "Foto von", "Photos par", "Video by", "Illustration by"
_PICTURES_BY = compile_later(
    r"(?:^|[\s.(|·])(?:photos?|photographs?|pictures?|images?|fotos?|fotografías?|bild(?:er)?|video|illustrations?|"
    r"graphics?|grafik|kamera|camera)\s+(?:by|von|par|por|di|door|de)\s*:?\s*$",
    re.I,
)


# what a clock prints after its hour, the half of the day and the zone: "PM ET", "a.m. EST", "AM"
_CLOCK_LEFT = compile_later(r"^[ap]\.?m\.?(?:\s+[a-z]{1,5})?$", re.I)


# "Text and pictures by Jane Roe": the pictures credited with the text, the writer's own byline
_JOINT = compile_later(r"(?:\band|&|\bund|\bet|\by|\be|\bog|\ben|\bi)\s*$", re.I)


def _glued_inside_word(text: str, at: int) -> bool:
    """Whether the name found at `at` follows its keyword with no gap inside one word: a layout
    glues a keyword to a name ("vonChris Jung": small letter, then a capital), while a small
    letter after it ("Die", "Dieses") or capitals throughout ("DIESES") are one word's letters."""
    if at == 0 or not text[at - 1].isalpha():
        return False
    return not (text[at - 1].islower() and text[at].isupper())


# a full stop after a word of five letters or more, inside a name: a sentence ended there (an initial has one,
# and so have the titles before a name: "Prof. Dr.", "Dott.")
_SENTENCE_STOP = compile_later(r"(?<=[^\W\d_]{5})\.\s")
_NUMERIC_DATE = compile_later(
    r"(?<!\d)\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})(?!\d)(?:,?\s+\d{1,2}[:.]\d{2}(?:\s*uhr)?)?", re.I
)
# "Jane RoeNovember 6, 2023": a name the layout glued to the date after it
_GLUED_DATE = compile_later(
    r"(?<=[a-zäöüéèáíóúñ])(?=(?-i:[A-Z])[a-z]{2,8}\.?\s+\d{1,2}\b|\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}|\d{4}-\d{2}-\d{2}"
    # "Jane Roe4 jun 2024": the day, a month's word, the year
    r"|\d{1,2}\.?\s+[^\W\d_]{3,10}\.?\s+\d{4}\b)|(?<=[A-ZÀ-Þ]{3})(?=[a-zß-ÿ]{2,3}\.?,?\s+\d{1,2}\s+[^\W\d_]{3})"
)
