"""One person's name in two forms on one page: which form the briefing keeps.

A page often names its writer twice, in its metadata and in the byline it prints, and the two
need not be spelled alike. Two shapes come back across sites and languages:

- the metadata keeps a blog account's first name only ("Jane") while the byline prints the name
  in full ("Jane Roe"): the fuller printed name, which holds the short one, is the author's;
- the byline is a sentence, and in an inflected language its grammar bends the name (Greek "Της
  Μαρίας …", "of Maria …"; Slavic and Baltic bylines do the same), while the metadata files the
  name in its dictionary form. Word for word the two differ only in their last letters; the
  metadata's form is the person's name as they write it, the byline's is a phrase's.
"""

from __future__ import annotations

from briefkit.importer.bylines import looks_like_name

# how many letters an inflection changes at a word's end (Μαρία/Μαρίας, Papadopoulos/Papadopoulou)
_ENDING = 2


def fuller(name: str, printed: list[str]) -> str:
    """A one-word `name` as a printed name that begins with it ("Jane" → "Jane Roe"); else `name`."""
    if len(name.split()) != 1:
        return name
    key = name.casefold()
    found = [p for p in printed if p.split()[:1] and p.split()[0].casefold() == key and looks_like_name(p)]
    return found[0] if len(set(found)) == 1 else name


def _inflected(a: str, b: str) -> bool:
    """Whether the words `a` and `b` are one word with another ending (at least four letters shared)."""
    if a == b:
        return True
    stem = 0
    for x, y in zip(a.casefold(), b.casefold(), strict=False):
        if x != y:
            break
        stem += 1
    return stem >= 4 and len(a) - stem <= _ENDING and len(b) - stem <= _ENDING


def uninflected(name: str, filed: list[str]) -> str:
    """`name` as the metadata files it (`filed`), when the two differ only in their words' endings."""
    tokens = name.split()
    for other in filed:
        parts = other.split()
        if other.casefold() == name.casefold() or other.isupper():
            continue  # the same name in other capitals ("JANE ROE" in a box): the byline's spelling stays
        if len(parts) == len(tokens) >= 2 and looks_like_name(other):
            if all(_inflected(a, b) for a, b in zip(tokens, parts, strict=True)):
                return other
    return name


def as_boxed(names: tuple[str, ...], units: list[str]) -> tuple[str, ...]:
    """A copied page's byline names in the form the page prints each alone on a line (its author box
    under the story, its list of writers): the byline's sentence may have bent them."""
    alone = [line.strip() for line in units if len(line.split()) <= 4 and looks_like_name(line.strip())]
    return tuple(uninflected(name, alone) for name in names)
