"""The agency a copied page's story comes from, when no person signs it.

A paper that runs a wire's report prints no writer: it names the wire instead, in one of four
places. The dateline opens the story with the wire in brackets after the place ("Hamburg (Agency) -",
"LYON (WIRE) —"); a labelled source line closes the story ("Source: Agency", "Quelle: …",
"Джерело: …"); the same label stands in the date line under the headline ("19.02.2026 – 11:23
Source: Agency"); or the agency's initials stand alone in the byline's place under the headline,
with the place it files from or the date beside them ("AGENCY | Bengaluru", "Agency Publié le …").
The rules read the shape of those lines (a short bracket between a place and a dash at the story's
opening; a label and one to three words of a name, alone on the story's last lines or after the
header's date), and the wires' initials (`creditwords.WIRE_INITIALS`) only where they stand alone in
the byline's place. `textaround` asks here last: any person's name the page gives beats the agency.
"""

from __future__ import annotations

import re

from briefkit.importer import boilerplate, storyspan, wiresignoffs
from briefkit.importer.creditwords import WIRE_INITIALS
from briefkit.importer.dates import find_date
from briefkit.importer.lazyre import compile_later

# the source's label, in the languages news is written in (`wirecredits` reads saved pages' source lines with it)
SOURCE_LABEL = (
    r"(?:sources?|quellen?|fuentes?|fonte|fonti|font|bron|bronnen|источник|джерело|źródło|zdroj|forrás|kaynak|kilde|"
    r"källa|lähde|πηγή|sursa|izvor|vir|allikas|avots|šaltinis|מקור|المصدر|منبع|स्रोत|来源|出典|출처|nguồn|sumber|"
    r"mit\s+material\s+von|with\s+material\s+from)"
)
# the label, then one to three words of a name: letters, a hyphen, a slash, an ampersand (no digits, no URL)
_NAME = r"(?P<name>[^\W\d_][\w&.'’/-]*(?:\s+[\w&'’/-]+){0,2})"
_SOURCE_LINE = compile_later(rf"^{SOURCE_LABEL}\s*:\s*{_NAME}\.?$", re.I)
_DATED_SOURCE = compile_later(rf"\s{SOURCE_LABEL}\s*:\s*{_NAME}$", re.I)
# "Hamburg (Agency) -", "LYON, France (WIRE) —": a place, the wire in brackets, a dash, then the story
_BRACKET_DATELINE = compile_later(
    r"^[^\W\d_]+(?:[ ,.'’-]+[^\W\d_]+){0,4}\.?\s+"
    r"\((?P<name>[^\W\d_][\w&/-]{1,14})\)\s*[-–—]{1,2}\s+(?P<next>\S)"
)
# "AGENCY | Bengaluru", "AGENCY – New Delhi", "Agency", "Agency Publié le …": the wire's initials in the
# byline's place, alone or with the place or the date after them
_BYLINE_AGENCY = compile_later(
    rf"^(?P<name>(?:{WIRE_INITIALS})(?:\s*/\s*(?:{WIRE_INITIALS}))?)"
    r"(?:(?:\s*[|·,]\s*|\s+[–—-]\s+)(?P<place>[^\W\d_][^\W\d_ .'’-]*(?:[ .'’-]+[^\W\d_]+){0,3})|\s+(?P<rest>\S.*))?$",
    re.I,
)
_BYLINE_AGENCY_WORDS = 14
_WIRE = compile_later(rf"(?:{WIRE_INITIALS})", re.I)
# the word a wire's own name goes on with after its initials ("KYODO NEWS", "ANSA Agenzia"): part of the name
_NAME_GOES_ON = frozenset(
    ("news", "press", "presse", "agency", "agence", "agentur", "agencia", "agenzia", "agência", "ajansı", "новости")
)
# a paragraph opening with a dateline: the story's sentence, not a caption or a label
_DATELINE_WORDS = 12
# how far the story's last lines reach up from its end, and down past it (the tail's first lines)
_END_ABOVE = 6
_END_BELOW = 2
_SIGNED_LINES = 4


# "SOURCE Acme Water", "FUENTE …": a press release's wire closes on its source label in capitals, no colon
_SHOUTED_SOURCE = compile_later(rf"^(?P<label>{SOURCE_LABEL})\s+{_NAME}$", re.I)


def source_name(text: str) -> str | None:
    """The name a source line gives ("Source: Agency"), or None when the line is no such line.

    A wire named with the house that edited its copy ("Source: AGENCY/HOUSE", "dpa/xyz") is the source:
    the house's initials beside it are the site's own, which signs the page anyway."""
    m = _SOURCE_LINE.match(text.strip())
    if m is None and (shouted := _SHOUTED_SOURCE.match(text.strip())) and shouted.group("label").isupper():
        m = shouted
    if m is None or "://" in text or boilerplate.is_interface_line(m.group("name")):
        return None
    name = m.group("name").strip()
    wires = [p.strip() for p in name.split("/") if _WIRE.fullmatch(p.strip()) and (p.isupper() or p.islower())]
    return "/".join(wires) if wires and "/" in name else name


def closing_source(units: list[str], span: storyspan.Span) -> tuple[str, ...]:
    """The agency a labelled source line on the story's last lines names ("Quelle: Agency")."""
    end = range(max(span.start, span.end - _END_ABOVE), min(len(units), span.end + _END_BELOW))
    for i in reversed(end):
        if name := source_name(boilerplate.plain(units[i])):
            return (name,)
    return ()


def dated_source(text: str) -> str | None:
    """The name the header's date line gives its source ("19.02.2026 – 11:23 Source: Agency")."""
    m = _DATED_SOURCE.search(text.strip())
    if m is None or find_date(text[: m.start()]) is None or "://" in text:
        return None
    return m.group("name").strip()


def dateline_agency(text: str) -> str | None:
    """The wire in brackets a story's dateline names ("Hamburg (Agency) - The port …"), or None."""
    m = _BRACKET_DATELINE.match(text.strip())
    if m is None or len(boilerplate.words(text)) < _DATELINE_WORDS or m.group("next").islower():
        return None  # (the story's first sentence starts after the dash: "(chair) - said …" is a clause)
    return m.group("name")


def byline_agency(text: str) -> str | None:
    """The wire a byline's place names alone ("AGENCY | Bengaluru", "Agency Published 8 May 2024"), or None.

    The initials are printed as a wire prints them, in capitals or small letters ("AFP", "dpa"), or as a
    name of five letters or more ("Belga"): a capitalised short word is a word of the text ("Ani", "Sta").
    """
    text = text.strip()
    m = _BYLINE_AGENCY.match(text)
    if m is None or len(text.split()) > _BYLINE_AGENCY_WORDS:
        return None
    name = m.group("name")
    if not (name.isupper() or name.islower() or len(name) >= 5):
        return None
    rest = m.group("rest")
    if rest and (word := rest.split(maxsplit=1))[0].casefold() in _NAME_GOES_ON:
        name, rest = f"{name} {word[0]}", (word[1] if len(word) > 1 else None)  # "KYODO NEWS - Jun 20, 2024"
    return name if rest is None or find_date(rest) is not None else None


def story_source(units: list[str], span: storyspan.Span) -> tuple[str, ...]:
    """The agency the page names as the story's source: a source line closing the story or in the
    header's date line, else the wire in the story's opening dateline, else its initials in the byline's place."""
    if closed := closing_source(units, span):
        return closed
    for i in range(span.title + 1, min(len(units), span.start + 1)):
        if name := dated_source(boilerplate.plain(units[i])):
            return (name,)
    for i in range(span.start, min(len(units), span.start + _SIGNED_LINES)):
        if name := dateline_agency(line := boilerplate.plain(units[i])) or wiresignoffs.wire_first_dateline(line):
            return (wiresignoffs.wire_part(name) or name,)  # "(dpa/lni)": the wire, not its desk
    # (the byline's place may be under the standfirst the span counts as the story's first line)
    for i in range(span.title + 1, min(len(units), span.start + _SIGNED_LINES)):
        if name := byline_agency(text := boilerplate.plain(units[i])) or wiresignoffs.header_wire(text):
            return (name,)
    return ()
