"""The lines that say who a story came from when no person signs it, and who only helped make it.

A story a paper took from a news agency often names no writer: the agency is printed where the
byline goes ("Anadolu Ajansı" beside the date) or under the story after a label ("Quelle: dpa",
"Source: Reuters", "Kaynak: AA"), while the page's metadata names the site itself, or a CMS
template's "Editor". And a story's credits often print its editor or photographer on a line of
their own ("Editor: Jane Roe", "Fotografer: Sam Poe") while the CMS files the story under the
editor's account: those lines say who did *not* write it. `htmlevidence` hands short elements
here (text dumps' source lines: `sourcelines`); `authorpick` weighs what comes back.
"""

from __future__ import annotations

import re
from typing import Any

from briefkit.importer.bylines import looks_like_name
from briefkit.importer.closingcredits import closes_story
from briefkit.importer.creditwords import WIRE_INITIALS
from briefkit.importer.dates import find_date
from briefkit.importer.lazyre import compile_later
from briefkit.importer.markupmeta import Claim, Evidence
from briefkit.importer.sitenames import words
from briefkit.importer.sourcelines import SOURCE_LABEL

# "agency" in the languages news is written in: a wire known by its full name says what it is
_AGENCY_WORD = (
    r"agency|agencia|agence|agentur|agenzia|agência|agentschap|agencja|agentura|agentúra|ügynökség|"
    r"ajans[ıi]?|πρακτορείο|агентство|агенція|агенция|nyhetsbyrå|nyhedsbureau|uutistoimisto|"
    r"novinska\s+agencija|tiskovna\s+agencija|kantor\s+berita|haber\s+ajans[ıi]|"
    # a press cooperative's name, the other shape of a wire's ("… Associated Press", "… Press Association")
    r"associated\s+press|press\s+association|press\s+trust|united\s+press"
)
# an agency's name on its own: initials (two wires joined by "/" or ","), or a short name with an agency word
_AGENCY_NAME = compile_later(
    rf"(?:(?:{WIRE_INITIALS})(?:-[A-Za-z]{{2,5}})?(?:\s*[/,]\s*(?:{WIRE_INITIALS})(?:-[A-Za-z]{{2,5}})?)*)"
    rf"|(?:[^\W\d_][\w.'’&-]*\s+){{0,4}}(?:{_AGENCY_WORD})(?:\s+[^\W\d_][\w.'’&-]*){{0,3}}",
    re.IGNORECASE,
)
# "Source: X": the label under a story naming where its copy came from
_SOURCE_LABEL = compile_later(rf"^{SOURCE_LABEL}\s*[:：]\s*(?P<agency>\S.{{0,60}}?)\s*\.?$", re.IGNORECASE)


# the word that makes an agency a news agency: "Agence France-Presse", "Nordic Press Agency", "Agencia de Noticias"
_NEWS_WORD = compile_later(
    r"\b(?:press|presse|prensa|stampa|imprensa|pers|news|nachrichten|noticias|notizie|notícias|nieuws|"
    r"новост\w*|новин\w*|haber|berita|ειδήσεων|informa\w*|telegra\w*)\b",
    re.IGNORECASE,
)
_DASHED = compile_later(r"^\s*(?:-{1,3}|[–—―])\s*")
_INITIALS = compile_later(rf"(?<![\w-])(?:{WIRE_INITIALS})(?![\w])", re.IGNORECASE)


def agency_name(text: str, *, news: bool = False) -> bool:
    """Whether the whole text is a news agency's name: "dpa", "dpa-AFX", "AFP/Reuters", "Anadolu Ajansı".

    With `news`, a name with an agency word must also say it is a news agency or carry a wire's
    initials ("Agencia EFE"): under a chart or a table, "Source: Environment Agency" names the data.
    """
    text = text.strip()
    if not 2 <= len(text) <= 60 or _AGENCY_NAME.fullmatch(text) is None:
        return False
    return not news or _INITIALS.fullmatch(text) is not None or bool(_NEWS_WORD.search(text) or _INITIALS.search(text))


def agency_source(text: str) -> str | None:
    """The agency a story's source line names ("Quelle: dpa" -> "dpa"), or None for any other line.

    Only an agency counts: "Source: Federal Statistical Office" under a chart names the data, not the copy.
    """
    m = _SOURCE_LABEL.match(text.strip())
    if not m:
        return None
    named = m.group("agency")
    if agency_name(named, news=True):
        return named
    # "Quelle: dpa/RNO": the wire, then the house's own initials for its part (rewritten, added to)
    parts = [p.strip() for p in re.split(r"\s*[/,]\s*", named)]
    wires = [p for p in parts if agency_name(p, news=True)]
    houses = [p for p in parts if p not in wires]
    if len(parts) == 2 and len(wires) == 1 and re.fullmatch(r"[A-ZÄÖÜ]{2,5}", houses[0]):
        return wires[0]
    return None


# The trades of a story's other makers, printed as a line's label: its editor ("Editor:", "Editör:", "Редактор:",
# "Penyunting:", "Edición:") and its photographer ("Fotografer:", "Photographer:", "Fotógrafo:", "Фотограф:").
# Not the words that also name the writer somewhere ("Redactor" writes in Spanish, "Redakteur" in German).
_MAKER_TRADE = compile_later(
    r"^(?:editor(?:a|in|s)?|editör|edited\s+by|edición|edição|édition|editing|schlussredaktion|lektorat|"
    r"eindredactie|eindredacteur|revisão|revisione|редактор(?:ка)?|корректор|penyunting|szerkesztő|"
    r"επιμέλεια|photographers?|photographe|fot[oó]graf[oa]?|fotografer|fotoğrafçı|фотограф|camera|kamera)"
    r"\s*[:：]\s*(?P<name>\S.{2,60}?)\s*$",
    re.IGNORECASE,
)


def lone_maker(text: str) -> str | None:
    """The person a line credits with the editing or the pictures, alone on it ("Editor: Jane Roe"), or None.

    A credits line that also names the writer is read by `credits.other_credits`; this is the line
    printed apart, under the story or in its header, one trade a line.
    """
    m = _MAKER_TRADE.match(re.sub(r"\s+", " ", text).strip())
    if not m:
        return None
    name = m.group("name").rstrip(" .")
    return name if looks_like_name(name) else None


# a table that holds a story's words is the page's layout (an old site set in tables), not a data table
_LAYOUT_WORDS = 150


def _layout_table(el: Any) -> bool:
    """A table that lays out the page, not one of data: a long one, or one of a single cell (a box round the
    headline and its dateline, as old pages frame their parts)."""
    if el.tag != "table":
        return False
    cells = el.findall("tr/td") + el.findall("tbody/tr/td") + el.findall("tr/th") + el.findall("tbody/tr/th")
    return len(cells) == 1 or len(el.text_content().split()) >= _LAYOUT_WORDS


_NOT_A_SOURCE_LINE = ("figure", "figcaption", "table", "nav", "footer", "aside", "a", "h1", "h2", "h3")


def source_claims(el: Any, text: str, order: int, ev: Evidence) -> None:
    """The claims a short element makes about the story's makers, beyond its bylines.

    An agency's source line under the story ("Quelle: dpa") or the agency's name alone where the
    byline goes (under the h1, before the story's paragraphs) signs agency copy: a
    "wire-source", which `authorpick` takes when no place names a person. An editor's or
    photographer's line ("Editor: Jane Roe") names someone who did not write it.
    """
    if len(text) > 80 or el.tag in _NOT_A_SOURCE_LINE:
        return
    if maker := lone_maker(text):
        ev.lone_makers.append(maker)
        return
    agency = agency_source(text)
    if agency is None and (labelled := _SOURCE_LABEL.match(text.strip())):
        ev.named_sources.append(labelled.group("agency"))  # "来源：<the paper>": where the copy came from, a house
    if agency is None and agency_name(text) and len(el) == 0:
        headline = max((h.position for h in ev.headings if h.source == "h1" and h.position < order), default=None)
        # (a standfirst may stand between: one paragraph of prose, not the story's)
        if headline is not None and sum(headline < p < order for p in ev.prose) <= 1:
            agency = text.strip()  # "Anadolu Ajansı" beside the date, where a person's byline would stand
        elif el.tag == "p" and agency_name(text, news=True) and closes_story(el):
            agency = text.strip()  # "dpa" alone under the last paragraph: the wire signs the story at its end
    signed = _DASHED.sub("", text).strip()  # "-- AGENCY", "— dpa": the wire signing after a dash, as wires print it
    if agency is None and signed != text.strip() and len(el) == 0 and el.tag == "p" and agency_name(signed):
        agency = signed if closes_story(el) else None
    if agency is None and len(el) == 0 and (spelled := _spelled_agency(text, ev)):
        agency = spelled  # "Press Trust of India" printed for the metadata's "PTI"
    if agency and not any(a.tag in _NOT_A_SOURCE_LINE and not _layout_table(a) for a in el.iterancestors()):
        ev.authors.append(Claim(agency, "wire-source", order))


# what parts a dateline's first line: "|" anywhere, a middle dot or bullet with space around it
_PARTS = compile_later(r"\s*\|\s*|\s+[·•]\s+")


def dateline_agency(el: Any, first: str, text: str, order: int, ev: Evidence) -> bool:
    """An agency opening a dated line in the byline's place: "PTI | Bengaluru", then the day it was filed.

    Agency copy is often signed by the wire alone, its dateline's first part, where a staff story
    prints its writer; the line's date says it is the story's dateline, not a menu's or a tag's.
    """
    parts = [p.strip() for p in _PARTS.split(first.strip())]
    if len(parts) < 2 or not re.search(r"\d", text) or len(text) > 200:
        return False
    # "Mis en ligne le 9 septembre 2019, 16:20 | ATS | Imprimer": the wire as a part of its own after the date
    agency = parts[0] if agency_name(parts[0], news=True) else _after_the_date(parts)
    if not agency or any(a.tag in _NOT_A_SOURCE_LINE and not _layout_table(a) for a in el.iterancestors()):
        return False
    ev.authors.append(Claim(agency, "wire-source", order))
    return True


def _after_the_date(parts: list[str]) -> str | None:
    """The wire's initials right after the line's date part: the source a dateline names where a byline would."""
    for before, part in zip(parts, parts[1:], strict=False):
        if _INITIALS_ONLY.fullmatch(part) and agency_name(part, news=True) and find_date(before) is not None:
            return part
    return None


# the wire printed as its initials alone ("ATS", "dpa"), not a name with an agency word (a menu's "Agency")
_INITIALS_ONLY = compile_later(rf"(?:{WIRE_INITIALS})(?:\s*[/,]\s*(?:{WIRE_INITIALS}))*", re.IGNORECASE)


# a filed author that is only an agency's or a desk's initials: "PTI", "ANSA"
_FILED_INITIALS = compile_later(r"[A-ZÀ-ÞА-ЯЁ]{2,5}")
# the words an agency's full name joins with, which its initials leave out ("Press Trust of India": PTI)
_JOINERS = compile_later(r"of|for|and|the|de|du|des|la|le|del|der|für|und|di|do|da|och|og|i|и|для")


def _spelled_agency(text: str, ev: Evidence) -> str | None:
    """The agency's name printed in full where the byline goes, for the initials the metadata files as the author.

    The markup's author field keeps the wire's initials ("PTI") while the byline prints the name the
    reader sees ("Press Trust of India"); the page's printed form is the one its readers know. The
    capitalised words' first letters must spell the filed initials, and the line must stand under
    the headline with at most one paragraph of prose between them, as a byline does.
    """
    filed = {c.value.strip() for c in ev.authors if c.position == 0 and _FILED_INITIALS.fullmatch(c.value.strip())}
    tokens = text.split()
    if not filed or not 2 <= len(tokens) <= 6:
        return None
    kept = [t for t in tokens if not _JOINERS.fullmatch(t)]
    if not all(t[:1].isupper() for t in kept) or "".join(t[0] for t in kept).upper() not in filed:
        return None
    headline = max((h.position for h in ev.headings if h.source == "h1"), default=None)
    if headline is None or sum(p > headline for p in ev.prose) > 1:
        return None
    return text.strip()


def credited_agencies(claims: list[Claim], visible: tuple[str, ...]) -> set[str]:
    """The agencies a byline prints right after the writer's name ("Jane Roe | Example Press Agency"), as
    `sitenames.words` gives them: the copy's source credited beside its writer, no second writer, wherever
    else they stand (an author field filled with the agency's name).
    """
    names = {c.value.strip() for c in claims if agency_name(c.value.strip())}
    found: set[str] = set()
    for claim in claims:
        if claim.source not in visible:
            continue
        for name in names:
            at = claim.value.find(name)
            if at > 0 and looks_like_name(claim.value[:at].strip(" |·•,/–—-")):
                found.add(" ".join(words(name)))
    return found
