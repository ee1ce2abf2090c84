"""A byline under the headline that prints the place the story was filed from after the writer's name.

"Jane Roe Lisbon", "Jane Roe, Lisbon", "Jane Roe | Lisbon", "AGENCY Lisbon 3 May 2024 …": the name, then
the town, on the line right over the date (or opening the date's own line). Read as a bare byline the
town becomes part of a name ("Roe Lisbon"), or, where the name's words are not a Western name's
(uncased scripts, given names that are function words elsewhere), the line is not read at all.

The town is told by the page itself, never by a list of places: the same word or words are printed
elsewhere on the page as a place is, after a small lower-case word (a preposition or an article: "in
Lisbon", "de Lisboa", "la Lisboa de"), after a punctuation mark or a trail's separator ("Home › Lisbon"),
or as a line of their own. A surname the story repeats follows a given name or a capitalised word
("Jane Roe said", "said Roe" is the one risk, and a surname is almost never after an article or a
preposition). The name must keep two words or more (a wire's initials may stand alone: "AGENCY"), and a
date must stand on the line or the next one: that is what makes the line a byline, not a standfirst,
so the headline and the standfirst above it are never moved.
"""

from __future__ import annotations

import re

from briefkit.importer.bylines import parse_byline
from briefkit.importer.dates import find_date
from briefkit.importer.lazyre import compile_later

# the separators a byline puts between the name and the town
_SEPARATED = compile_later(r"^(?P<name>[^,|·•]+?)\s*(?:,|\||·|•|\s[–—-]\s)\s*(?P<place>[^,|·•]+)$")
# a word of a name or a town: letters (any script, with their marks), an apostrophe or a hyphen inside
_WORD = compile_later(r"^[^\W\d_][^\s\d_!?;:,|/()\[\]\"“”«»]*$")  # (a script's vowel signs are no \w)
# a date printed with a two-digit year that `find_date` leaves alone ("18/02/25 7:00")
_NUMERIC_DATE = compile_later(r"\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b")
# a wire's initials standing alone for the name: two to six capitals
_INITIALS = compile_later(r"^[A-ZÀ-ÞА-ЯЁ]{2,6}$")
_NAME_WORDS = (2, 5)
_PLACE_WORDS = 3
# a word before the town elsewhere on the page that shows it is a place: a small lower-case word (a
# preposition or an article, "in", "de", "la", "à", "w", "в"), a trail's mark or a comma, or an
# uncased script's word (a postposition language prints its case marker after the town, "जयपुर में")
_SMALL_LOWER = compile_later(r"^[^\W\d_]{1,4}$")
_MARKS = frozenset("›»>/|,(–—·")  # (not a sentence's end: a surname may open the next sentence)


def _words(text: str) -> list[str]:
    return text.split()


def _name_shape(words: list[str]) -> bool:
    """Two to five words of letters, each capitalised where the script has capitals; or a wire's initials."""
    if len(words) == 1:
        return bool(_INITIALS.match(words[0]))
    if not _NAME_WORDS[0] <= len(words) <= _NAME_WORDS[1]:
        return False
    return not words[0][:1].islower() and all(
        _WORD.match(w) and (not w[:1].islower() or w in _PARTICLES) for w in words
    )


# the lower-case words inside a name: the Iberian join of two surnames ("i", "y", "e") and the particles
_PARTICLES = frozenset(("i", "y", "e", "de", "da", "do", "dos", "del", "di", "van", "von", "der", "den", "bin"))


def _cased(word: str) -> bool:
    return word[:1].isupper() or word[:1].islower()


def _witnessed(place: str, others: list[str]) -> bool:
    """Whether the page prints `place` elsewhere as a place: after a small lower-case word, a mark, an
    uncased word, or alone on its line."""
    pattern = re.compile(rf"(?:^|(?<=\s)|(?<=[{re.escape(''.join(_MARKS))}]))({re.escape(place)})(?![^\W_])")
    for line in others:
        if place not in line:
            continue
        if line.strip() == place:
            return True
        for m in pattern.finditer(line):
            before = line[: m.start()].rstrip()
            if not before:
                continue  # a sentence's first word: a surname opens one as often as a town does
            if before[-1] in _MARKS:
                return True
            prev = before.split()[-1]
            if (_SMALL_LOWER.match(prev) and prev.islower()) or not _cased(prev):
                return True
    return False


def _names(name: str) -> tuple[str, ...]:
    """The writers a name part gives: as a bare byline reads them, else the part itself."""
    return parse_byline(name) or (name,)


def filed_names(line: str, below: list[str], page: list[str]) -> tuple[str, ...]:
    """The writers of a "name [separator] town" byline over a date (or opening the date's line), or ()
    when the line is not one or the page does not print the town elsewhere as a place."""
    text = re.sub(r"\s+", " ", line).strip()
    dated_here = _date_after(text)
    if dated_here is not None:
        text = dated_here
    elif not below or (find_date(below[0]) is None and not _NUMERIC_DATE.search(below[0])):
        return ()
    if not text or any(c.isdigit() for c in text) or len(text) > 80 or parse_byline(text, bare=False):
        return ()  # (a keyword's byline is read as one already)
    others = [u for u in page if u.strip() != line.strip()]
    sep = _SEPARATED.match(text)
    if sep:
        name, place = sep.group("name").strip(), sep.group("place").strip()
        if _name_shape(_words(name)) and len(_words(place)) <= _PLACE_WORDS and any(place in u for u in others):
            return _names(name)  # (the separator shows the town: the page need only print it again)
        return ()
    words = _words(text)
    for k in range(1, _PLACE_WORDS + 1):
        name, place = words[:-k], " ".join(words[-k:])
        if not all(_WORD.match(w) and not w[:1].islower() for w in words[-k:]):
            break
        if _name_shape(name) and _witnessed(place, others):
            return _names(" ".join(name))
    return ()


def dated_line(line: str) -> bool:
    """Whether a byline's line carries its date after the names ("AGENCY Lisbon 3 May 2024")."""
    return _date_after(re.sub(r"\s+", " ", line).strip()) is not None


def _date_after(text: str) -> str | None:
    """The line's part before the date it carries ("AGENCY Lisbon 3 May 2024 - 10:00"), or None when it
    carries none after a word of its own."""
    tokens = text.split()
    for k in range(1, len(tokens)):
        if tokens[k][:1].isdigit() and find_date(" ".join(tokens[k:])) is not None:
            return " ".join(tokens[:k]).rstrip(" ,|·-–—")
    return None
