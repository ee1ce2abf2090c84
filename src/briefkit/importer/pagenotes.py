"""What a page says about itself in one line, told by vocabulary that holds across sites.

Each of these lines speaks of the page, the reader's browser or the publication, never of the
story's subject: a notice that a video needs JavaScript or an embedded post needs third-party
cookies, the print issue the article appeared in, the article's own address under a print
view, a note that the story came from a syndicated feed, the request to log in to comment, a
paywall's offer to read on, a call to send a letter on "this article", a messenger channel's plug,
a share button, a light page's link to its comments.
Every pattern pairs two words of its kind (the object and the action), so that a story about
JavaScript, cookies or a newspaper's print run keeps its sentences; and a line must be short.
"""

from __future__ import annotations

import re

# "Para ver el vídeo necesitas activar JavaScript", "Bitte aktivieren Sie JavaScript"
_SCRIPT = re.compile(r"\bjavascript\b", re.I)
_ENABLE = re.compile(
    r"\b(?:enable|enabled|activate|turn\s+on|switch\s+on|aktivier\w*|einschalten|activ\w*|attiv\w*|ativ\w*|"
    r"habilit\w*|inschakel\w*|aanzetten|aanzet|включ\w*)\b",
    re.I,
)
# "Om deze te bekijken moet je cookies van derden toestaan": an embedded post's placeholder
_COOKIES = re.compile(r"\bcookies?\b", re.I)
_ALLOW = re.compile(
    r"\b(?:allow|accept|toestaan|accepteren|zulassen|akzeptieren|zustimmen|erlauben|autoriser|autorisez|accepter|"
    r"acceptez|aceptar|acepta|permitir|permita|accettare|accetta|consentire|consenti|aceitar|aceite|"
    r"разрешить|разрешите|принять|примите)\b",
    re.I,
)
# "Cet article est paru dans le numéro 2419", "Dieser Artikel erschien in der Ausgabe 12/2024"
_THIS_ARTICLE = re.compile(
    r"\b(?:this\s+(?:article|story)|dieser\s+(?:artikel|beitrag)|cet\s+article|este\s+(?:artículo|artigo)|"
    r"questo\s+articolo|dit\s+artikel|эта\s+статья|этот\s+материал)\b",
    re.I,
)
_IN_PRINT = re.compile(
    r"\b(?:appeared|was\s+published|first\s+published|erschien|erschienen|est\s+paru|a\s+paru|parut|"
    r"se\s+publicó|fue\s+publicad[oa]|apareció|è\s+uscit[oa]|è\s+stat[oa]\s+pubblicat[oa]|foi\s+publicad[oa]|"
    r"verscheen|is\s+verschenen|вышла|опубликован[аo]?)\b.{0,40}\b(?:issue|edition|ausgabe|heft|numéro|"
    r"édition|número|edición|numero|edizione|edição|nummer|editie|номер\w*|выпуск\w*)\b",
    re.I,
)
# "URL dieses Artikels: https://…": a print view's footer
_OWN_ADDRESS = re.compile(
    r"^(?:url|link|adresse|address|web\s+address|dirección|indirizzo|endereço|adres)\s+(?:dieses|des|of\s+this|"
    r"de\s+cet|de\s+este|di\s+questo|deste|van\s+dit)\s+\w+\s*:",
    re.I,
)
# "(This story … is auto-generated from a syndicated feed.)"
_SYNDICATED = re.compile(
    r"\b(?:auto-?generated|automatically\s+generated|syndicated\s+feed|automatisch\s+(?:generiert|erstellt)|"
    r"généré\s+automatiquement|generad[oa]\s+automáticamente|generat[oa]\s+automaticamente|"
    r"gerad[oa]\s+automaticamente|automatisch\s+gegenereerd|сгенерирован\w*\s+автоматически)\b",
    re.I,
)
# "Zum Kommentieren müssen Sie angemeldet sein", "You must be logged in to comment"
_COMMENTING = re.compile(
    r"\b(?:comment(?:ing)?|kommentier\w*|commenter|comentar|commentare|comentário|reageren|reactie|"
    r"комментир\w*)\b",
    re.I,
)
_LOGGED_IN = re.compile(
    r"\b(?:logged\s+in|log\s+in|sign\s+in|signed\s+in|angemeldet|anmelden|eingeloggt|connecté\w*|connecter|"
    r"identifié\w*|registrad[oa]|iniciar\s+sesión|conectad[oa]|registrat[oa]|accedere|logad[oa]|"
    r"ingelogd|inloggen|авторизова\w*|войти|зарегистр\w*)\b",
    re.I,
)
# "Bereits Abonnent? Hier anmelden": the paywall's sign-in link for subscribers
_ALREADY_SUBSCRIBED = re.compile(
    r"\b(?:bereits|schon)\s+abonnent(?:in)?\b|\bdéjà\s+abonné|\bya\s+(?:eres|es|soy)\s+suscriptor|"
    r"\bgià\s+abbonat[oa]|\bjá\s+(?:é|sou)\s+assinante|\bal\s+abonnee|\bуже\s+подписан",
    re.I,
)
# "Lesen Sie weiter mit W+: 4 Wochen für 0,99 €": the paywall's offer to read the rest
_READ_ON_WITH = re.compile(
    r"^(?:lesen\s+sie\s+weiter|lies\s+weiter|weiterlesen|continue\s+reading|keep\s+reading|read\s+on|"
    r"continuez\s+(?:la\s+lecture|à\s+lire)|lire\s+la\s+suite|sigue\s+leyendo|seguir\s+leyendo|"
    r"continua\s+a\s+leggere|continue\s+lendo|lees\s+verder|verder\s+lezen|читать\s+дальше)\s+"
    r"(?:mit|with|avec|con|com|met|с)\b",
    re.I,
)
_PRICE = re.compile(r"[£$€]\s?\d|\d\s?(?:€|£|(?:euros?|eur|руб)\b)", re.I)
# "View comments on the full site": a light page's link to the comments it leaves out
_VIEW_COMMENTS = re.compile(r"^(?:view|see|read|show)\s+(?:all\s+)?(?:\d+\s+)?comments\b", re.I)
# "Do you have an opinion on the issues raised in this article? … email us": the letters page's call
_OPINION = re.compile(r"\b(?:opinion|meinung|avis|opinión|opinione|opinião|mening|мнение)\b", re.I)
# "Receba as notícias no seu WhatsApp: entre no nosso canal": a messenger channel's plug
_MESSENGER = re.compile(r"\b(?:whats\s?app|telegram|signal|viber)\b", re.I)
_CHANNEL = re.compile(r"\b(?:channel|kanal|chaîne|canal|canale|kanaal|канал\w*)\b", re.I)
# "Compartilhe no WhatsApp", "Auf Facebook teilen": a share button's words
_SHARE_ON = re.compile(
    r"^(?:share|teilen|partager|partagez|compartir|comparte|compartilhe|compartilhar|partilhe|partilhar|"
    r"condividi|condividere|deel|delen|поделиться|поделитесь)\s+(?:it\s+)?(?:on|via|auf|über|sur|par|en|"
    r"por|no|na|via|su|op|в)\s+\w+$|^(?:auf|on|sur|en|no|su|op)\s+\w+\s+(?:teilen|share|partager|compartir|"
    r"compartilhar|condividere|delen)$",
    re.I,
)


def is_page_note(text: str, n: int) -> bool:
    """Whether the line of `n` words is one of the page's notes about itself (see the module's note)."""
    if n > 45:
        return False
    short = n <= 25
    return bool(
        short
        and (_SCRIPT.search(text) and _ENABLE.search(text) or _COOKIES.search(text) and _ALLOW.search(text))
        or n <= 30
        and _THIS_ARTICLE.search(text)
        and _IN_PRINT.search(text)
        or n <= 20
        and _OWN_ADDRESS.match(text)
        or n <= 40
        and _SYNDICATED.search(text)
        or n <= 16
        and _COMMENTING.search(text)
        and _LOGGED_IN.search(text)
        or n <= 12
        and _ALREADY_SUBSCRIBED.search(text)
        or n <= 30
        and _READ_ON_WITH.match(text)
        and _PRICE.search(text)
        or "?" in text
        and _OPINION.search(text)
        and _THIS_ARTICLE.search(text)
        or short
        and _MESSENGER.search(text)
        and _CHANNEL.search(text)
        or n <= 6
        and _SHARE_ON.match(text)
        or n <= 8
        and _VIEW_COMMENTS.match(text)
    )
