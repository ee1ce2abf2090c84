"""A company's legal form closing a name: "Example Media AG", "Example News Ltd", "Ejemplo S.A.".

A CMS often fills a page's author field with the publisher's company ("Town Courier GmbH") while
the page prints the real source elsewhere ("Quelle: dpa", a reporter's byline). No person is
called "GmbH": a name ending in a legal form is the house, which signs only what no one else
does. The forms are those of the countries news is written in, each as companies print it after
their name (the short forms in capitals only, so a surname is never read as one).
"""

from __future__ import annotations

from briefkit.importer.lazyre import compile_later

_FORMS = (
    # German, Austrian, Swiss, Dutch, Belgian
    r"GmbH(?:\s*&\s*Co\.?\s*KG)?|gGmbH|mbH|AG|KG|KGaA|OHG|SE|e\.\s?V\.|eG|B\.\s?V\.|BV|N\.\s?V\.|NV|VoF|"
    # English-speaking countries
    r"Ltd\.?|Limited|PLC|plc|Inc\.?|Incorporated|Corp\.?|Corporation|LLC|L\.L\.C\.|LLP|Pty\.?\s+Ltd\.?|"
    # French, Spanish, Portuguese, Italian
    r"S\.\s?A\.?|SA|SARL|S\.A\.R\.L\.|SAS|S\.A\.S\.|SASU|EURL|SCOP|S\.L\.U?\.?|SL|SLU|S\.\s?A\.\s?U\.|"
    r"Ltda\.?|S/A|S\.p\.A\.|SpA|S\.r\.l\.|Srl|SRL|S\.n\.c\.|"
    # the Nordic countries, Poland, Czechia, Slovakia, Hungary, Romania, Turkey, Greece
    r"AB|ASA|A/S|ApS|Oy|Oyj|Sp\.\s?z\s?o\.\s?o\.|s\.\s?r\.\s?o\.|a\.\s?s\.|Kft\.?|Zrt\.?|Nyrt\.?|S\.R\.L\.|"
    r"A\.Ş\.|Ltd\.\s?Şti\.|Α\.Ε\.|ΑΕ|Ε\.Π\.Ε\.|"
    # Russian and Ukrainian (the form stands before the name there: see `_FORM_FIRST`)
    r"ООО|ОАО|ЗАО|ПАО|АО|ТОВ|ПрАТ"
)
# the name, a comma or none, then the form at its end: "Town Courier AG", "Example Media, Inc."
_FORM_LAST = compile_later(rf"^\S.*?[\s,]\s*(?:{_FORMS})$")
# "ООО «Пример»", "ТОВ \"Приклад\"": the Russian and Ukrainian form before the name
_FORM_FIRST = compile_later(r"^(?:ООО|ОАО|ЗАО|ПАО|АО|ТОВ|ПрАТ)\s+\S")


def company_name(name: str) -> bool:
    """Whether a name is a company's, told by the legal form it carries: "Example Verlag GmbH"."""
    text = " ".join(name.split())
    return bool(_FORM_LAST.match(text) or _FORM_FIRST.match(text))
