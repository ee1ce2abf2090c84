"""Whether a paragraph speaks for the publisher to the reader: the appeal for support, a
subscription or a sign-up that closes or interrupts a story.

A story quotes people who say "we" and "you"; an appeal says them in its own voice. So every count
here is taken outside quotations, and an appeal needs the house's or the reader's voice together
with the vocabulary of support, subscriptions and newsletters, in English and the other languages
news is written in.
"""

from __future__ import annotations

import functools
import re

from briefkit.importer.blocktext import plain, words
from briefkit.importer.lazyre import compile_later
from briefkit.importer.readeraddress import READER_OTHER as _READER_OTHER

_READER = compile_later(r"\b(?:you|your|yours|you're|you’re|you've|you’ve|please)\b", re.I)
_HOUSE = compile_later(r"\b(?:we|our|ours|us|we're|we’re|we've|we’ve)\b", re.I)
_APPEAL_VOCAB = compile_later(
    r"\b(?:support(?:s|ed|ing|er|ers)?|donat\w*|contribut\w*|subscri\w*|newsletters?|paywalls?|"
    r"journalism|journalists?|reporting|membership|become\s+a\s+member|members?\s+(?:only|get|receive|enjoy|support)|"
    r"sign(?:ing)?\s+up|inbox|ad-free|premium|"
    r"readers?|payments?|afford|funded|funding|fund|register\w*|log(?:ged)?\s+in|e-?mail\s+address|"
    r"privacy|cookies?|consent|account|trial|unlimited\s+access)\b",
    re.I,
)
# The same appeal in other languages: the publisher's voice, the reader addressed, and the
# vocabulary of subscriptions, sign-ups and support ("Unterstützen Sie unseren Journalismus").
# The reader addressed ("Sie", "vous", "tu"): `readeraddress`, German's polite forms only capitalised.
_HOUSE_OTHER = compile_later(
    r"\b(?:wir|uns(?:er\w*)?|nous|notre|nos|nosotros|nuestr\w+|noi|nostr\w+|nós|nosso|nossa|wij|ons|onze|"
    r"мы|нас|нам|нами|наш\w*)\b",
    re.I,
)
_APPEAL_OTHER = compile_later(
    r"\b(?:abonn\w*|anmeld\w*|registrier\w*|unterstütz\w*|spende\w*|newsletter\w*|journalismus|"
    r"inscr[ií]\w*|soutien\w*|soutenir|suscr[ií]\w*|apoy\w*|iscri\w*|sostie\w*|assin\w*|donaties?|steun\w*|"
    r"e-mail-adresse|adresse\s+e-mail|correo\s+electrónico|kostenlos\w*|gratuit\w*|gratis|"
    # the newsletter's own name and the sign-up verb where the words above miss them (Dutch "schrijf je in",
    # Spanish "boletín", French "lettre d'information", Russian "подпишитесь", "рассылка"); readers, newsroom
    r"nieuwsbrie[fv]\w*|(?:schrijf|meld)\s+(?:je|u)\s+(?:nu\s+)?(?:in|aan)|inschrijv\w*|aanmeld\w*|"
    r"bolet[ií]n(?:es)?|lettre\s+d['’]information|infolettre|подпишитесь|подписывайтесь|подписк\w*|рассылк\w*|"
    r"lecteurs|lectores|lettori|leitores|lezers|читател\w*|rédaction|redacción|redazione|"
    r"redação|redaktion|redactie|редакци\w*)\b",
    re.I,
)
# the reader addressed in Dutch ("je", "jij", "jouw", polite "u", "uw"): not in `readeraddress`'s pattern, since
# "je" is the French "I"; read only beside two words of the appeal's vocabulary
_READER_DUTCH = compile_later(r"\b(?:je|jij|jou|jouw|u|uw)\b", re.I)
_QUOTED = compile_later(r"“[^”]*”|\"[^\"]*\"|«[^»]*»")


def _unquoted(text: str) -> str:
    return _QUOTED.sub(" ", text)


def _voice(text: str) -> tuple[int, int, int]:
    """(reader address, house voice, appeal vocabulary) counted outside quotations."""
    own = _unquoted(text)
    return len(_READER.findall(own)), len(_HOUSE.findall(own)), len(_APPEAL_VOCAB.findall(own))


_INBOX = compile_later(
    r"\b(?:(?:your|to\s+your|in\s+your)\s+inbox|newsletters?|sign\s+up\s+(?:for|to)|subscribe\s+to)\b", re.I
)


@functools.lru_cache(maxsize=4096)
def is_appeal(block: str) -> bool:
    """A paragraph asking the reader for support, a subscription or a sign-up."""
    text = plain(block)
    own = _unquoted(text)
    if not _APPEAL_VOCAB.search(own) and not _APPEAL_OTHER.search(own):
        return False  # no word of support, subscription or sign-up: no appeal (and the cheap test first)
    reader, house, vocab = _voice(text)
    if vocab >= 2 and (reader or house):
        return True
    if _INBOX.search(_unquoted(text)) and len(words(text)) <= 40 and (reader or house or len(words(text)) <= 20):
        return True
    # one such word in a long paragraph is the story's own ("members", "account"): an appeal with a
    # single one of them is short
    if vocab >= 1 and reader >= 1 and (house >= 1 and len(words(text)) <= 40 or len(words(text)) <= 14):
        return True
    other = len(_APPEAL_OTHER.findall(own))
    n = len(words(text))
    return (
        other >= 1
        and n <= 60
        and (
            (other >= 2 and bool(_READER_OTHER.search(own) or _HOUSE_OTHER.search(own) or _READER_DUTCH.search(own)))
            or (n <= 12 and bool(_READER_OTHER.search(own)))
        )
    )


def addresses_reader(text: str) -> bool:
    """Whether a line, outside its quotations, speaks to the reader in English ("you", "please")."""
    return bool(_READER.search(_unquoted(text)))


def voiced(text: str) -> bool:
    """Whether a line, outside its quotations, addresses the reader or speaks for the house, in any language."""
    own = _unquoted(text)
    return bool(_READER.search(own) or _HOUSE.search(own) or _READER_OTHER.search(own) or _HOUSE_OTHER.search(own))


def in_house_voice(block: str) -> bool:
    """A short line in the house's or the reader's voice: the neighbour of an appeal goes with it."""
    text = plain(block)
    reader, house, vocab = _voice(text)
    n = len(words(text))
    if n <= 14 and vocab >= 1:  # "Support us", "Remind me in May", payment buttons
        return True
    return (reader + house) >= 1 and n <= 150


def house_voice(text: str) -> bool:
    """Whether a line, outside its quotations, speaks for the house ("we", "us", "нас"), in any language known."""
    own = _unquoted(text)
    return bool(_HOUSE.search(own) or _HOUSE_OTHER.search(own))
