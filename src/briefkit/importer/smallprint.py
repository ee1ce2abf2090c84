"""A site's small print beside the story: copyright lines, cookie banners, a contact form's privacy notice.

None of it is written by the story's author and all of it is written in the vocabulary of law and
data: rights reserved, cookies and consent, personal data and privacy policies. A story about
data protection uses the same words, but it reports them; the small print addresses the reader
(or speaks as the reader ticking a box) and says little else.
"""

from __future__ import annotations

import functools
import re

from briefkit.importer import consentwords, pagewords
from briefkit.importer.blocktext import plain, words
from briefkit.importer.lazyre import compile_later

# A site's legal small print: copyright, trademarks, rights reserved, in the listed languages
_LEGAL = compile_later(
    r"©|\bcopyright\b|\btrademarks?\b|\brights\s+reserved\b|\brechte\s+vorbehalten\b|\bmarken(?:zeichen)?\b|"
    r"\bdroits\s+réservés\b|\bderechos\s+reservados\b|\bdiritti\s+riservati\b|\bdireitos\s+reservados\b|"
    r"\brechten\s+voorbehouden\b",
    re.I,
)


def is_legal(block: str) -> bool:
    """Small print after the story: two marks of it in one paragraph ("© Copyright 2000 - 2023 …")."""
    return len(_LEGAL.findall(plain(block))) >= 2


_COOKIE = compile_later(r"\bcookies?\b", re.I)
_COOKIE_NAMED = compile_later(rf"\b(?:{consentwords.COOKIE_WORDS})\b", re.I)  # "traceurs", "galetes"
_COOKIE_CONTEXT = compile_later(
    r"\b(?:consent|accept|partners|privacy|personalis\w+|personaliz\w+|we\s+use|this\s+(?:site|website)|our\s+(?:site|website)|browsing|settings|"
    + pagewords.COOKIE_NOTICE
    + "|"
    + consentwords.SITE_USES
    + r")\b",
    re.I,
)


@functools.lru_cache(maxsize=4096)
def is_cookie_banner(block: str) -> bool:
    text = plain(block)
    n = len(words(text))
    named = (
        _COOKIE.search(text) is not None or n <= consentwords.BANNER_WORDS and _COOKIE_NAMED.search(text) is not None
    )
    return named and len(_COOKIE_CONTEXT.findall(text)) >= 1 and n <= 120


# What a contact form prints under its fields, in each listed language: the form itself, the reader's
# personal data, the consent asked for it and the privacy policy that covers it
_FORM_PRIVACY = compile_later(
    r"\b(?:contact\s+form|personal\s+data|privacy\s+policy|data\s+protection|consent|"
    r"(?:kontakt|anfrage)formular\w*|kontaktdaten|personenbezogene[nr]?\s+daten|datenschutz\w*|einwilligung\w*|"
    r"formulaire\s+de\s+contact|données\s+personnelles|consentement|confidentialité|"
    r"formulario\s+de\s+contacto|datos\s+personales|consentimiento|privacidad|"
    r"modulo\s+di\s+contatto|dati\s+personali|consenso|informativa\s+(?:sulla\s+)?privacy|"
    r"formulário\s+de\s+contacto|dados\s+pessoais|consentimento|privacidade|"
    r"contactformulier|persoonsgegevens|toestemming|privacybeleid|privacyverklaring|"
    r"персональн\w+\s+данн\w+|согласи\w+|конфиденциальн\w+|обратной\s+связи)\b",
    re.I,
)
# the reader addressed, or the reader speaking in the box they tick ("I have read the privacy policy")
_READER_OR_TICKER = compile_later(
    r"\b(?:you|your|ich|mir|mich|meine?[nrs]?|ihnen|ihre?[nrs]?|je|j['’]|vous|votre|vos|yo|usted|su|sus|io|"
    r"vostr\w*|eu|você|seus?|suas?|ik|mijn|u|uw|я|мне|мои\w*|вы|вас|ваш\w*)\b|(?<=[a-zäöü,] )Sie\b",
    re.I,
)
FORM_NOTICE_WORDS = 90  # a privacy notice is a paragraph; a longer text is an article about privacy


@functools.lru_cache(maxsize=4096)
def is_form_notice(block: str) -> bool:
    """A contact form's privacy notice: two words of personal data and consent in a paragraph that
    addresses the reader (or speaks as the reader consenting), not a story that reports on privacy."""
    text = plain(block)
    return (
        len(words(text)) <= FORM_NOTICE_WORDS
        and len(_FORM_PRIVACY.findall(text)) >= 2
        and _READER_OR_TICKER.search(text) is not None
    )
