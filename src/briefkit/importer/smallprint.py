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


# The heading over a site's legal pages printed under the story, in each language: its legal notice, imprint,
# masthead, editorial statute, terms and privacy policy, alone or joined ("Estatuto Editorial e Ficha Técnica").
# A story's subheading never names the site's legal pages, so the story ends over it, whatever prose follows.
_LEGAL_PAGE = (
    r"(?:mentions\s+légales|informations\s+légales|legal\s+(?:notice|information)|imprint|impressum|"
    r"rechtliche\s+hinweise|aviso\s+legal|nota\s+legal|note\s+legali|informazioni\s+legali|juridische\s+informatie|"
    r"ficha\s+técnica|estatuto\s+editorial|colofon|colophon|выходные\s+данные|правовая\s+информация|"
    r"terms\s+(?:of\s+(?:use|service)|and\s+conditions)|conditions\s+générales(?:\s+d['’]utilisation)?|"
    r"nutzungsbedingungen|términos\s+y\s+condiciones|termini\s+e\s+condizioni|termos\s+(?:e\s+condições|de\s+uso)|"
    r"privacy\s+policy|datenschutzerklärung|politique\s+de\s+confidentialité|política\s+de\s+privacidad(?:e)?)"
)
_LEGAL_HEADING = compile_later(
    rf"^{_LEGAL_PAGE}(?:\s*(?:,|&|\||·|\band\b|\bund\b|\bet\b|\be\b|\by\b|\ben\b)\s*{_LEGAL_PAGE})*$", re.I
)


def is_legal_heading(block: str) -> bool:
    """The heading over the site's legal pages ("Mentions légales", "Impressum", "Ficha técnica")."""
    return bool(_LEGAL_HEADING.match(plain(block).strip()))


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
        and (
            len(_SENTENCE_CLOSE.findall(text)) <= FORM_NOTICE_SENTENCES
            or len(_READER_OR_TICKER.findall(text)) >= FORM_NOTICE_SENTENCES
        )
    )


# a notice says what is done with the data and how to object, in three sentences at most, or speaks to the reader
# (or as the reader ticking the box) all through a longer one; a paragraph of four sentences and more that names
# personal data and consent and the reader once tells a story (a founder's account of the work it took)
_SENTENCE_CLOSE = compile_later(r"[.!?](?=\s+\S|$)")
FORM_NOTICE_SENTENCES = 3
