"""A bare name opening the header's date line, right before the date's own label ("Jane Roe Published: …").

Some pages print the byline and the dateline as one line: the writer's name, then the label of the date
("פורסם:", "Published:", "Publié :"), then the date. The label is told by its shape, not by a list in
each language: the one word before a colon that a date follows. What stands before it must be a name:
in a script with capitals, a name the bare-byline reader accepts; in a script without them (Hebrew,
Arabic, Devanagari, Chinese), two to four words of letters and nothing else.
"""

from __future__ import annotations

from briefkit.importer.bylines import parse_byline
from briefkit.importer.dates import find_date
from briefkit.importer.lazyre import compile_later

# the name (two to four words), the label (one word of letters) with its colon, then the date's first figure
_LABELLED = compile_later(r"^(?P<name>\S+(?:\s+\S+){1,3}?)\s+(?P<label>[^\W\d_][^\s\d:]*)\s?:\s*(?=\d)")
# a date in figures with a two-digit year, which `find_date` leaves alone ("07.03.22")
_NUMERIC_DATE = compile_later(r"\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b")
# a word of an uncased script: letters and their marks, no figure, no punctuation but an apostrophe or hyphen
_UNCASED_WORD = compile_later(r"^[^\W\d_][^\s\d_!?;:,.|/()\[\]\"“”«»]*$")


def _uncased(word: str) -> bool:
    return bool(_UNCASED_WORD.match(word)) and not any(c.isupper() or c.islower() for c in word)


def name_before_label(part: str) -> tuple[str, ...]:
    """The writer a dated line names before its date's label, or () when it names none."""
    text = " ".join(part.split())
    m = _LABELLED.match(text)
    if m is None or find_date(text[m.end() :]) is None and not _NUMERIC_DATE.match(text[m.end() :]):
        return ()
    name = m.group("name")
    words = name.split()
    if all(_uncased(w) for w in [*words, m.group("label")]):
        return (name,)  # (the label is of the same script: a name in another script's line is a quote)
    if any(_uncased(w) for w in words):
        return ()
    return parse_byline(name)
