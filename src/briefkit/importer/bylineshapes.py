"""Shapes of a byline line that `bylines` reads once they are taken apart: the date printed after
the names in the same line, the places printed beside each name, a contributor credited after the
writer, a surname set in capitals.

- "Autoři: Jana Roe, Petr Poe neděle 6. prosince 2026, 6:48": the names end where the date begins,
  whatever the language of its weekday or month (`worlddates` knows twenty); a comma list of names
  is otherwise read up to the first part that is no name.
- "Jane Roe (Leeds) & Sam Poe (York)", "Jane ROE / LEEDS": the city each writer files from, in
  brackets or after a slash, is no name (a bracketed part of capitalised words, or one word after
  the slash; a second writer after a slash has two names, a wire's short name `bylines` reads).
- "Jane Roe, Northern correspondent, with reporting from Sam Poe": the colleague credited for
  reporting is an author too, after the writer (in the eight languages' words for that credit).
- "Jane Roe Photographer", "Jane RoeFotograf": an entry of a byline list whose post is the pictures'
  is the photographer's credit, no writer's (the card's post glued to the name in a copied page).
- "Jane Roereporter Town Radio", "Jan Nowakdziennikarz": the writer's post in small letters glued to the
  surname by a copied card; the name ends where the post's word begins (`bylinecards` reads a post
  glued with its capital).
- "Deniz KAYA": a surname printed in capitals after one or two first names in ordinary case (Turkish, French,
  Romanian pages set it so); `uncapitalised` gives it back its case.
"""

from __future__ import annotations

import re

from briefkit.importer.caselessnames import georgian
from briefkit.importer.dates import find_date
from briefkit.importer.lazyre import compile_later
from briefkit.importer.notnames import NOT_NAMES
from briefkit.importer.worlddates import calendar_word

# the colleague credited with reporting after the writer's byline, in the eight languages
CONTRIBUTOR = compile_later(
    r",?\s+(?:with\s+(?:additional\s+)?reporting\s+(?:from|by)|additional\s+reporting\s+(?:from|by)|"
    r"mit\s+Mitarbeit\s+von|avec\s+la\s+collaboration\s+de|con\s+la\s+colaboraci[óo]n\s+de|"
    r"con\s+la\s+collaborazione\s+di|com\s+a\s+colabora[çc][ãa]o\s+de|met\s+medewerking\s+van|"
    r"при\s+участии)\s+(?=\S)",
    re.I,
)
# a place in brackets after a name: one to three words ("(Kano)", "(New Delhi)"; not "(left)", "(67)")
_BRACKETED = compile_later(r"\s*\(([^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){0,2})\)(?=\s|,|&|$)")
_SLASHED = compile_later(r"\s+/\s+")
# a photographer's post closing a byline list's entry, spaced or glued to the name, in the eight languages and more
_PHOTOGRAPHER = compile_later(
    r"(?:\s+|(?<=[a-zà-ÿ]))(?:photographer|photographe|fotograf(?:in)?|fot[óo]graf[oa]|fotograaf|фотограф|"
    r"φωτογράφος|kuvaaja|fotós)$",
    re.I,
)
# a journalist's post in small letters glued to the surname before it: the trade's word in the eight languages
# and more ("Roereporter", "Nowakdziennikarz", "Hiemstraverslaggevers")
_LOWER_POST = compile_later(
    r"(?:reporter|redakteur|journalist|correspondent|verslaggever|redacteur|giornalist|periodista|jornalista|"
    r"корреспондент|журналист|dziennikar|novinář|redaktor|gazeteci|muhabir|toimittaja|újságíró|jurnalist|"
    r"журналіст|δημοσιογράφος)[^\W\d_]*$"
)
_NAME_LETTERS = 3  # a surname's letters before the glued post at least
_OUTLET_WORDS = 3  # the outlet's name after the post
_KEYWORD = compile_later(r"(?:by|von|par|por|di|door|от)\s", re.I)
# a surname in capitals after one or two first names in ordinary case: "Deniz KAYA", "Jean-Marc DUPONT"
_CAPITAL_SURNAME = compile_later(
    r"^(?:[^\W\d_][^\W\d_’'-]*(?:-[^\W\d_]+)?\s+){1,2}[^\W\d_][^\W\d_’'-]+(?:-[^\W\d_]+)?$"
)


def before_date(text: str) -> str:
    """The line up to the date it prints after the names ("… Petr Poe neděle 6. prosince 2026, 6:48"), or
    the line unchanged when no date follows a word of it. The date begins at a digit or at a weekday's or a
    month's name, in any language `worlddates` knows, and the rest of the line from there holds a date."""
    tokens = text.split()
    for k in range(1, len(tokens)):
        word = tokens[k].strip(",.")
        if not (word[:1].isdigit() or calendar_word(word)):
            continue
        if find_date(" ".join(tokens[k:])) is not None:
            # a short word in small letters right before the date is the date's, no name's: a weekday's
            # abbreviation ("za 17/10/2020", "pe 10.1.2020") or a preposition ("am 3. Mai", "le 5 mai")
            # (not in Georgian, whose every word is in small letters: "ანა როე, 4 მაისი" keeps its surname)
            before = tokens[k - 1].rstrip(".,") if k > 1 else ""
            short = before.isalpha() and before.islower() and not georgian(before)
            k -= 1 if short and len(tokens[k - 1].rstrip(".,")) <= 3 else 0
            return " ".join(tokens[:k]).rstrip(" ,|·-–—")
        break  # the first such word opens no date: a figure in a name's line ("Jane Roe 3 articles")
    return text


def without_places(text: str) -> str:
    """The byline without the places printed beside its names: "(Kano)" after each (capitalised words in
    brackets), "/ LEEDS" after a line's one name (one word after a slash; a second writer after one has two)."""
    text = _BRACKETED.sub(lambda m: "" if all(w[:1].isupper() for w in m.group(1).split()) else m.group(0), text)
    parts = _SLASHED.split(text)
    if len(parts) == 2 and len(parts[1].split()) == 1 and not any(c.isdigit() for c in text):
        return parts[0]
    return text


def without_lower_post(text: str) -> str:
    """ "Jan Nowakdziennikarz Town Daily" -> "Jan Nowak": the name, without the post glued to it in small
    letters and the outlet after the post (a few words)."""
    words = text.split()
    for k, word in enumerate(words[1:], start=1):
        if not word[:1].isupper() or len(words) - k > _OUTLET_WORDS + 1:
            continue
        for at in range(_NAME_LETTERS, len(word) - 3):
            if word[at].islower() and word[at:].islower() and _LOWER_POST.match(word[at:]):
                return " ".join([*words[:k], word[:at]])
    return text


def entry_name(text: str) -> str:
    """The byline without the places beside its names and a post glued to the last one in small letters."""
    return without_places(without_lower_post(text))


def photographer(text: str) -> bool:
    """Whether the byline entry is a name with the photographer's post after it ("Jane RoeFotograf"): a card's
    entry, no comma and no keyword ("By Jane Roe, staff photographer" signs a photo essay as its writer)."""
    entry = len(text.split()) <= 4 and "," not in text and not _KEYWORD.match(text)
    return entry and _PHOTOGRAPHER.search(text) is not None


def capital_surname(name: str) -> bool:
    """Whether `name` is one or two first names in ordinary case and a surname in capitals after them."""
    if not _CAPITAL_SURNAME.match(name):
        return False
    *first, last = name.split()
    if surname_first(name):
        return True
    if not last.isupper() or last.casefold() in NOT_NAMES:  # "Jane Roe NEWS": a label shouted after a name
        return False
    return all(w[:1].isupper() and not w.isupper() for w in first)


def surname_first(name: str) -> bool:
    """ "ROE Jane Mary": the surname in capitals before one or two first names in ordinary case, the order of
    French-speaking Africa's and some European papers' bylines. Four letters at least: "AFP Jane Roe" is a wire's
    initials before a name, not a surname."""
    head, *rest = name.split()
    return (
        1 <= len(rest) <= 2
        and head.isupper()
        and sum(ch.isalpha() for ch in head) >= 4
        and head.casefold() not in NOT_NAMES
        and all(w[:1].isupper() and not w.isupper() for w in rest)
    )


def uncapitalised(name: str) -> str:
    """ "Deniz KAYA" -> "Deniz Kaya": the capitals a page set the surname in, given back their case."""
    if not capital_surname(name) or surname_first(name):
        return name
    *first, last = name.split()
    return " ".join([*first, "-".join(p[:1] + p[1:].lower().replace("i\u0307", "i") for p in last.split("-"))])
