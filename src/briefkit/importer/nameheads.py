"""Lines near a text dump's headline that read as titles but name someone or something else.

`storyspan` scores every title-shaped line above the story as a possible headline. Two kinds of
line pass that shape and are no headline: the site's or publisher's name (which the copyright
line under the story names too), and the author's name printed on a line of its own under the
headline, with the byline's date a line or two below it (a blog's author card, an opinion
column's signature over the writer's bio). A person's name is a byline there, not a title: a
headline that is only a name is rare, and then no longer title-shaped line stands right over it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from briefkit.importer import boilerplate
from briefkit.importer.bylines import looks_like_name
from briefkit.importer.dates import find_date
from briefkit.importer.headlinerepeats import names_owner
from briefkit.importer.lazyre import compile_later

# between the names of a byline without its keyword ("A, B and C"), in each listed language
_NAME_JOIN = compile_later(r",\s+|\s+(?:and|und|et|y|e|en|и|&)\s+")


def _names(text: str) -> bool:
    """Two or more names and nothing else ("Ana Ruiz, Tom Bell"): a co-written post's author line."""
    parts = _NAME_JOIN.split(text)
    return len(parts) >= 2 and all(looks_like_name(part) for part in parts)


# a name with its role run into its last word: a small letter, then a capitalised word closing the line
_GLUED_ROLE = compile_later(r"^([^\W\d_][\w .'-]*[a-zà-ÿ])([A-ZÀ-Þ][a-zà-ÿ]{3,})$")


def byline_name(units: list[str], i: int, text: str, shaped: Callable[[str], bool]) -> bool:
    """Whether line `i` (`text`) is the author's name under the headline: a bare name, a longer
    title-shaped line at most two lines above it, and a date at most three lines below it."""
    dated = functools.partial(any, (find_date(boilerplate.plain(u)) is not None for u in units[i + 1 : i + 4]))
    glued = _GLUED_ROLE.match(text)  # "Jane RoeReporter": a card's name and role copied without a space
    if glued and len(glued[1].split()) >= 2 and looks_like_name(glued[1]) and dated():
        return True
    if text != boilerplate.plain(units[i]).strip() or not (looks_like_name(text) or _names(text)):
        return False
    above = [boilerplate.plain(u).strip() for u in units[max(0, i - 2) : i]]
    if not any(len(line.split()) >= 4 and shaped(line) for line in above):
        return False
    return dated()


# a picture's credit's label in the languages news is written in, its name after it ("Bild: Acme Union")
_CREDIT_LABEL = compile_later(
    r"(?:\b(?:fotos?|bild(?:er)?|photos?|images?|pictures?|credits?|crédits?|quelle|source|fuente|fonte|imagen|"
    r"immagine|imagem|beeld|фото|zdjęcie|kuva|bilde)\s*:|©)\s*$",
    re.I,
)


def credited(units: list[str], text: str) -> bool:
    """Whether the page prints `text` as a picture's credit ("… in the yard. Bild: Acme Union"): the
    name of whoever took or owns its pictures, the site's own house or an agency, which heads no story."""
    key = text.strip().casefold()
    if len(key) < 4:
        return False
    for unit in units:
        low = unit.casefold()
        at = low.rfind(key)
        if at > 0 and not low[at + len(key) :].strip(" .") and _CREDIT_LABEL.search(unit[:at]):
            return True
    return False


def not_headline_cost(units: list[str], i: int, end: int, text: str, shaped: Callable[[str], bool]) -> float:
    """What a candidate headline loses for naming the site (its owner in the copyright line under the
    story, from `end` on, or its pictures' credit) or for being the author's name under the real headline."""
    owner = names_owner(units, end, text) or credited(units, text)
    return (1.0 if owner else 0.0) + (5.0 if byline_name(units, i, text, shaped) else 0.0)
