"""A donation box, a subscription offer or a channel's plug printed into a copied story's text.

Sites that live on gifts (charities, small newsrooms) put a box under every story: a heading
("Support our work"), a sentence that names the gift in the house's or the reader's voice ("Your
gift is tax-deductible", "A monthly donation of 5 € helps us …") and a button ("Give"). News
sites plug their messenger channel the same way ("Subscribe to our Telegram channel to get …").
The boilerplate pass weighs an appeal by its count of support words; a gift named once, or a
channel named once, is a single word of it, and a story's own paragraph rarely names either in
the voice of the house or to the reader.
"""

from __future__ import annotations

import re

from briefkit.importer import appealvoice, boilerplate, pagewords
from briefkit.importer.lazyre import compile_later

# a gift of money, in the listed languages; French "don" only with the word that makes it one
_GIFT = compile_later(
    r"\b(?:donat\w*|(?:your|a|monthly|regular)\s+gifts?|spende\w*|(?:votre|un|vos|ton|chaque)\s+dons?|donat(?:eur|rice)s?|donaci\w+|donativos?|"
    r"donazion\w*|doaç\w+|doações|donati\w*|doneer\w*|donere\w*|пожертвован\w*|пожертвуйте|донат\w*)\b",
    re.I,
)
# subscribing to or following a channel on a messenger or a network
_FOLLOW = compile_later(
    r"\b(?:subscri\w*|follow\w*|folg\w*|abonn\w*|suiv\w*|suscr[ií]b\w*|s[ií]gu\w*|iscriv\w*|segui\w*|"
    r"inscrev\w*|volg\w*|подпис\w*)\b",
    re.I,
)
_NETWORK = compile_later(
    r"\b(?:telegram|whatsapp|viber|signal|facebook|instagram|youtube|tiktok|twitter|threads|mastodon|"
    r"вконтакте|vk|дзен|rutube)\b",
    re.I,
)
# a subscription, and what asks for one: a price, or support for the house
_SUBSCRIPTION = compile_later(
    r"\b(?:\w*abos?\b|\w*abonnements?|abonnee|abonnier\w*|abonnez|subscri(?:ption|be)\w*|suscripci[oó]n\w*|"
    r"suscr[ií]bete|abbonament\w*|abbonati|assinatura\w*|assine|assinantes?|subscri(?:u|ptor|ure|pci[oó])\w*|подписк\w+)",
    re.I,
)
_SUPPORT = compile_later(
    r"\b(?:unterstütz\w*|support\w*|soutien\w*|soutenez|apoy\w+|sosten\w+|sostieni|apoi\w+|steun\w*|поддерж\w+)",
    re.I,
)
# whom an offer speaks to, or for: the reader ("you", "Sie", "je") or the house as the one to support ("us",
# "uns"); or the button's imperative that opens it ("Subscribe for …", "Neem nu …")
_ASKED = compile_later(
    r"\b(?:you|your|please|us|ihnen|ihre?[mnrs]?|du|dich|dir|dein\w*|uns|vous|votre|vos|nous|usted|te|ti|tu|"
    r"você|je|jij|jouw|uw|ons|вы|вас|вам|ваш\w*|нас|"
    # the writer of a newsletter asking for their own work ("support my work"); "help us" in Catalan ("ajuda'ns")
    r"my|mein\w*|mon|meu|minha|mio|mia|mijn|mój|moją|мой|мою|моей|ens|(?<=')ns)\b|(?<=[a-zäöüß,] )Sie\b|"
    r"^(?:subscribe|sign\s+up|get|take\s+out|abonniere\w*|sichern\s+sie|hol\s+dir|abonnez|suscr[ií]bete|abbonati|"
    r"assine|neem|word)\b",
    re.I,
)
# a box's sentence is short; a story's paragraph that names a gift goes on about other things
BOX_WORDS = 40
PLUG_WORDS = 25


def is_gift_appeal(block: str) -> bool:
    """A short line naming a gift to the house, in its voice or to the reader."""
    text = boilerplate.plain(block)
    n = len(boilerplate.words(text))
    return (
        0 < n <= BOX_WORDS and bool(_GIFT.search(text)) and (appealvoice.voiced(text) or bool(_GIVE_CALL.search(text)))
    )


# "Give directly to the newsroom's fund", "Donate today": a sentence opening on the call to give speaks to the reader
# without naming them
_GIVE_CALL = compile_later(
    r"(?:^|[.!?]\s+)(?:give|donate|spende|spendet|donnez|faites\s+un\s+don|dona|done|doe|doneer|пожертвуйте)\b",
    re.I,
)


def is_channel_plug(block: str) -> bool:
    """A short line asking the reader to follow the house on a messenger or a network."""
    text = boilerplate.plain(block)
    n = len(boilerplate.words(text))
    return (
        0 < n <= PLUG_WORDS and bool(_FOLLOW.search(text)) and bool(_NETWORK.search(text)) and appealvoice.voiced(text)
    )


def is_subscription_offer(block: str) -> bool:
    """A short line offering the house's subscription to the reader, with its price or as support.

    A story that reports a subscription's price ("The annual pass costs 49 euros") speaks of
    it, not to the reader in the house's voice.
    """
    text = boilerplate.plain(block)
    n = len(boilerplate.words(text))
    if not 0 < n <= BOX_WORDS or not _SUBSCRIPTION.search(text):
        return False
    asks = bool(pagewords.PRICE.search(text) or _SUPPORT.search(text))
    return asks and bool(_ASKED.search(text))


def without_support_boxes(blocks: list[str]) -> tuple[list[str], list[str]]:
    """The blocks less each gift appeal and channel plug, and the lines removed (in order)."""
    drop = [is_gift_appeal(b) or is_channel_plug(b) or is_subscription_offer(b) or is_join_call(b) for b in blocks]
    gifts = [i for i, b in enumerate(blocks) if drop[i] and _ANCHOR.search(boilerplate.plain(b))]
    for i in gifts:  # the donation box around its appeal: its other lines, up and down from it
        for step in (-1, 1):
            k = i + step
            while 0 <= k < len(blocks) and not drop[k] and _in_gift_box(boilerplate.plain(blocks[k]).strip()):
                drop[k] = True
                k += step
    kept = [b for b, d in zip(blocks, drop, strict=True) if not d]
    return kept, [b for b, d in zip(blocks, drop, strict=True) if d]


BUTTON_WORDS = 6
QUESTION_WORDS = 10


def _in_gift_box(text: str) -> bool:
    """A line of a donation box beside its appeal: another sentence naming the gift, the button that
    gives ("Support the newsroom", "Donate now"), or the short question that opens the box ("Was this
    useful to you?")."""
    n = len(boilerplate.words(text))
    button = (
        0 < n <= BUTTON_WORDS
        and not text.endswith((".", ",", ";"))
        and bool(_SUPPORT.search(text) or _GIFT.search(text))
    )
    asked = 0 < n <= QUESTION_WORDS and text.endswith("?") and bool(_ASKED.search(text) or _MEMBER.search(text))
    return button or asked or 0 < n <= BOX_WORDS and _GIFT.search(text) is not None


# the call to join the house as a member, exclaimed at the line's end, in each language ("Join online now!")
_JOIN = compile_later(
    r"(?:beitreten|mitglied\s+werden|join(?:\s+(?:us|now|today|online))*|become\s+a\s+member|adhérez|devenez\s+membre|"
    r"únete|hazte\s+soci[oa]|afíliate|iscriviti|diventa\s+soci[oa]|associe-se|torne-se\s+sócio|word\s+(?:nu\s+)?lid|"
    r"вступайте|вступить)(?:\s+\w+){0,2}\s*!$",
    re.I,
)
_MEMBER = compile_later(r"\b(?:member|mitglied|membre|soci[oa]|sócio|lid|член)\b", re.I)
_ANCHOR = compile_later(rf"{_GIFT.pattern}|{_JOIN.pattern}", re.I)


def is_join_call(block: str) -> bool:
    """A short line that closes on an exclaimed call to join as a member: a membership box's, not the story's."""
    text = boilerplate.plain(block).strip()
    return 0 < len(boilerplate.words(text)) <= BOX_WORDS and _JOIN.search(text) is not None
