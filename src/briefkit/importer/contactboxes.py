"""A contact box set into or under a saved page's story: a heading that says "contact" over a line or two
holding a telephone number or an e-mail address.

A press office, a ministry, a central bank, a company newsroom or a charity closes its notes with a
box for journalists' questions ("Kontakt" over "Press office of … · Telephone 040 …"). A heading
that names the press ("Pressekontakt", "Press contact") already ends the story where it stands (the
end labels of `pagewords`); a bare "Kontakt", "Contact" or "Contatti" does not, and is this rule's. The line under
the heading names the office and how to reach it, seldom both a number and an address, so the line
filters (which want both, as a story may print a number alone) keep it, and it reads as the story's
last paragraph. Told by the heading, in the words every such site of the eight languages prints over
it, and by the number or address under it; a story's own subheading "Contact" over its prose (a
reunion, a first contact) prints no number to call, and a box of many words is a story's section.
"""

from __future__ import annotations

import re

from briefkit.importer.lazyre import compile_later
from briefkit.importer.pagewords import END_MARKER

BOX_WORDS = 40  # the office's name, its number and address, a person or two: a few lines
PHONE_DIGITS = 7  # a telephone number, never a year or a price
# the heading alone: "Kontakt", "Press contact", "Contact presse", "Contatti", "Контакты для СМИ"
_CONTACT_HEADING = compile_later(
    r"^\W*(?:(?:press|media|news)\s+(?:contacts?|enquiries|inquiries|office)|(?:for\s+)?(?:press|media)\s+"
    r"(?:enquiries|inquiries)|contacts?(?:\s+(?:us|(?:for\s+)?(?:the\s+)?(?:press|media)|presse|médias?))?|"
    r"(?:presse|medien|pr)?-?kontakte?(?:\s+für\s+(?:die\s+)?(?:presse|medien))?|(?:ihr(?:e)?\s+)?"
    r"ansprechpartner(?:in|innen)?|relations?\s+(?:presse|médias)|service\s+de\s+presse|"
    r"contactos?(?:\s+(?:de|para)\s+(?:prensa|medios))?|contatt[oi](?:\s+(?:stampa|per\s+la\s+stampa))?|"
    r"ufficio\s+stampa|contatos?(?:\s+(?:de|para)\s+(?:imprensa|a\s+imprensa))?|assessoria\s+de\s+imprensa|"
    r"(?:pers)?contact(?:persoon|personen|gegevens)?|persvoorlichting|voorlichting|"
    r"контакты?(?:\s+для\s+(?:сми|прессы))?|пресс-служба)\W*$",
    re.I,
)
_PHONE = compile_later(r"(?<![\w.,])(?:\+\s?\d{1,3}|0)[\d\s./()-]{5,18}\d(?![\w.,]\d)")
_EMAIL = compile_later(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")


def _reachable(text: str) -> bool:
    """A telephone number (seven digits at least) or an e-mail address in the box's lines."""
    if _EMAIL.search(text):
        return True
    return any(sum(c.isdigit() for c in m.group(0)) >= PHONE_DIGITS for m in _PHONE.finditer(text))


def contact_box(heading: str, lines: list[str]) -> bool:
    """Whether a box of `heading` over `lines` is the site's contact box (see the module's note)."""
    body = " ".join(lines)
    if not lines or len(re.findall(r"\w+", body)) > BOX_WORDS:
        return False
    if END_MARKER.match(heading.strip()):
        return False  # "Pressekontakt" ends the story where it stands, and all under it with it: left to that pass
    return _CONTACT_HEADING.match(heading.strip()) is not None and _reachable(body)
