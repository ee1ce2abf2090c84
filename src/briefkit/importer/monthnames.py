"""Month and weekday names in the languages news is written in, for reading printed dates.

Written out rather than taken from dateparser: these eight languages cover the pages we import,
a table is read in microseconds where dateparser's first call costs about a second, and a table
never turns "vor 2 Stunden" or "2 hours ago" into a publication date (a relative date is not one).
English, German, French, Spanish, Italian, Portuguese, Dutch and Russian (the genitive forms
Russian prints after a day: "19 июня 2024"). The names of more languages (`worldcalendar`) are not
joined to these patterns: five hundred names would cost every import 0.1 s of compiling them;
`worlddates.in_english` turns them into English names before a date is read instead.
"""

from __future__ import annotations

import re

_BY_MONTH: dict[int, tuple[str, ...]] = {
    1: (
        "january",
        "jan",
        "januar",
        "jänner",
        "jän",
        "janvier",
        "janv",
        "enero",
        "ene",
        "gennaio",
        "gen",
        "janeiro",
        "januari",
        "января",
        "январь",
        "янв",
    ),
    2: (
        "february",
        "feb",
        "februar",
        "feber",
        "février",
        "fevrier",
        "févr",
        "fevr",
        "febrero",
        "febbraio",
        "fevereiro",
        "fev",
        "februari",
        "февраля",
        "февраль",
        "фев",
        "февр",
    ),
    3: (
        "march",
        "mar",
        "märz",
        "maerz",
        "mär",
        "mrz",
        "mars",
        "marzo",
        "março",
        "marco",
        "maart",
        "mrt",
        "марта",
        "март",
        "мар",
    ),
    4: ("april", "apr", "avril", "avr", "abril", "abr", "aprile", "апреля", "апрель", "апр"),
    5: ("may", "mai", "mayo", "maggio", "mag", "maio", "mei", "мая", "май"),
    6: ("june", "jun", "juni", "juin", "junio", "giugno", "giu", "junho", "июня", "июнь", "июн"),
    7: ("july", "jul", "juli", "juillet", "juil", "julio", "luglio", "lug", "julho", "июля", "июль", "июл"),
    8: ("august", "aug", "août", "aout", "agosto", "ago", "augustus", "августа", "август", "авг"),
    9: (
        "september",
        "sep",
        "sept",
        "septembre",
        "septiembre",
        "setiembre",
        "settembre",
        "set",
        "setembro",
        "сентября",
        "сентябрь",
        "сен",
        "сент",
    ),
    10: (
        "october",
        "oct",
        "oktober",
        "okt",
        "octobre",
        "octubre",
        "ottobre",
        "ott",
        "outubro",
        "out",
        "октября",
        "октябрь",
        "окт",
    ),
    11: ("november", "nov", "novembre", "noviembre", "novembro", "ноября", "ноябрь", "ноя", "нояб"),
    12: (
        "december",
        "dec",
        "dezember",
        "dez",
        "décembre",
        "decembre",
        "déc",
        "diciembre",
        "dic",
        "dicembre",
        "dezembro",
        "декабря",
        "декабрь",
        "дек",
    ),
}
MONTHS: dict[str, int] = {name: number for number, names in _BY_MONTH.items() for name in names}

WEEKDAYS: tuple[str, ...] = (
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mon",
    "tue",
    "tues",
    "wed",
    "thu",
    "thur",
    "thurs",
    "fri",
    "sat",
    "sun",
    "montag",
    "dienstag",
    "mittwoch",
    "donnerstag",
    "freitag",
    "samstag",
    "sonnabend",
    "sonntag",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "lunes",
    "martes",
    "miércoles",
    "miercoles",
    "jueves",
    "viernes",
    "sábado",
    "sabado",
    "domingo",
    "lunedì",
    "lunedi",
    "martedì",
    "martedi",
    "mercoledì",
    "mercoledi",
    "giovedì",
    "giovedi",
    "venerdì",
    "venerdi",
    "sabato",
    "domenica",
    "segunda-feira",
    "terça-feira",
    "quarta-feira",
    "quinta-feira",
    "sexta-feira",
    "maandag",
    "dinsdag",
    "woensdag",
    "donderdag",
    "vrijdag",
    "zaterdag",
    "zondag",
    "понедельник",
    "вторник",
    "среда",
    "четверг",
    "пятница",
    "суббота",
    "воскресенье",
)
# English month and weekday names in full (the first name of each), for what must not read as a name
# the English names, first of each month's and the first seven days: what other languages' names are put into
ENGLISH_MONTHS: tuple[str, ...] = tuple(_BY_MONTH[n][0] for n in range(1, 13))
ENGLISH_DAYS: tuple[str, ...] = WEEKDAYS[:7]
ENGLISH_MONTHS_AND_DAYS = frozenset(ENGLISH_MONTHS) | frozenset(ENGLISH_DAYS)


def alternation(words: frozenset[str] | set[str] | tuple[str, ...]) -> str:
    """A regex alternative matching any of the words, built as a trie ("ma(?:rch|y|i)" for march, may, mai),
    the longer word first where one is the other's beginning.

    Names as a flat "a|b|c" are tried one after another wherever a name may start; a trie tries a
    character once per branch, which reads a line faster and matches the same words."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _pattern(trie)


def _pattern(node: dict[str, dict]) -> str:
    ends = "" in node
    branches = [re.escape(char) + _pattern(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:  # a word ends here and may go on: the longer reading first
        return f"(?:{body})?"
    return body


MONTH_NAMES = alternation(frozenset(MONTHS))  # (a regex alternative, to place inside a group)
WEEKDAY_NAMES = alternation(frozenset(WEEKDAYS))
DAY_WORDS = alternation(frozenset(MONTHS) | frozenset(WEEKDAYS))  # either
