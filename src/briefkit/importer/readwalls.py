"""The walls and calls a page sets across a copied story's text, between its paragraphs or under it.

A page stops its reader with a wall: a call to register for free to read on, a button to continue
reading, the offer to buy the one article, a notice that a feature is for registered readers only, or
a placeholder where an embedded video or post would stand, asking the reader to consent before it
loads. It prints the house's podcast under a "Podcast" label or with a call to listen to an episode,
the terms on which its text may be reused ("quoting is allowed with a link to the source"), a
call to buy the story's photo, and a news quiz's call to test the reader's knowledge. Each is told
by two words of its kind that a story's own sentence does not pair (to register and to read on, to
buy and this article, to show and to consent, to listen and an episode), in each of the eight
languages, on a short line; the buttons under a wall, a player or a quiz (a line of their words
only) go with it.
"""

from __future__ import annotations

import re

from briefkit.importer import worldpagewords
from briefkit.importer.blocktext import plain, words
from briefkit.importer.lazyre import compile_later
from briefkit.importer.pagenotes import AMOUNT

WALL_WORDS = 25
BUTTON_WORDS = 6
BUTTON_CHARS = 80
# "Inhalt ladenEinstellungen verwalten": two buttons' words run together, a small letter meeting a capital
_GLUED = compile_later(r"(?<=[a-zäöüéèàáíóúçа-яё])(?=[A-ZÄÖÜÉÀÁА-ЯЁ])")

_READ_ON = (
    r"weiterlesen|weiter\s*lesen|lesen\s+sie\s+weiter|(?:continue|keep)\s+reading|read\s+on|"
    r"read\s+the\s+(?:full|whole|rest\s+of\s+the)\s+(?:article|story)|lire\s+la\s+suite|"
    r"continuer\s+(?:à\s+lire|la\s+lecture)|(?:seguir|sigue|continuar|continúa|continua)\s+leyendo|"
    r"(?:continua|continuare)\s+a\s+leggere|(?:continue|continuar|continua)\s+(?:lendo|a\s+ler)|"
    r"lees\s+verder|verder\s+lezen|читать\s+(?:далее|дальше|полностью)|продолжить\s+чтение"
)
# "CONTINUA A LEGGERE L'ARTICOLO", "Weiterlesen": the button that opens the rest, alone on its line
_CONTINUE_BUTTON = compile_later(
    rf"^(?:{_READ_ON})(?:\s+(?:the\s+|l['’]\s*|el\s+|il\s+|o\s+|het\s+|den\s+)?(?:article|story|artikel|beitrag|"
    r"artículo|articolo|artigo|статью|материал))?\s*[.:!›»→>…]*$",
    re.I,
)
_ARTICLE = (
    r"(?:diesen|den|this|the|cet|l['’]|este|el|questo|l['’]|dit|het|эту)\s*(?:artikel|beitrag|article|story|"
    r"artículo|articolo|artigo|статью|материал)"
)
_REGISTER = (
    r"registrier\w*|register|sign\s+up|inscri\w+|regístr\w+|registr\w+|cadastr\w+|зарегистр\w+|"
    r"kostenlose[sn]?\s+(?:konto|account)|free\s+account|compte\s+gratuit|cuenta\s+gratuita|account\s+gratuito|"
    r"conta\s+gratuita|gratis\s+account|бесплатн\w+\s+аккаунт"
)
_FREE = r"kostenlos|gratis|free|gratuit\w*|бесплатно"
# "Kostenlos registrieren und diesen Artikel weiterlesen": to register, and to read on or for free
_REGISTER_WALL = compile_later(
    rf"\b(?:{_REGISTER})\b.{{0,60}}?\b(?:{_READ_ON}|{_ARTICLE}|{_FREE})\b|\b(?:{_FREE})\b.{{0,30}}?\b(?:{_REGISTER})\b",
    re.I,
)
# "Esta funcionalidad es sólo para registrados": a feature only for registered readers
_REGISTERED_ONLY = compile_later(
    r"\b(?:nur|only|réservée?s?|uniquement|s[oó]lo|exclusiv\w+|riservat\w+|solo|apenas|somente|alleen|только)\s+"
    r"(?:(?:für|for|aux|para|a|agli|ai|voor|для)\s+)?(?:(?:utilisateurs|usuarios|utenti|usuários|gebruikers)\s+)?"
    r"(?:registrierte\w*|registered|inscrits|registrad[oa]s|registrati|registad[oa]s|cadastrad[oa]s|"
    r"geregistreerde|зарегистрированн\w+)(?:\s+(?:users?|members?|readers?|nutzer\w*|leser\w*|mitglieder|"
    r"lecteurs|usuarios|lectores|utenti|lettori|usuários|leitores|gebruikers|lezers|пользовател\w+|читател\w+)\b|"
    r"(?=\s*[.!]?\s*$))",
    re.I,
)
_BUY = r"kaufen|buy|purchase|acheter|achetez|comprar|compra|compre|acquista\w*|kopen|koop|купить|купите"
# "Diesen Artikel einzeln kaufen für 0,99 €", "Buy this article": the one article sold to the reader
_BUY_ARTICLE = compile_later(
    rf"\b{_ARTICLE}\s+(?:einzeln\s+|jetzt\s+)?(?:{_BUY})\b|\b(?:{_BUY})\s+{_ARTICLE}\b|"
    r"\b(?:artikel|article|artículo|articolo|artigo|статью)\s+(?:einzeln\s+)?(?:kaufen|kopen)\b",
    re.I,
)
_CONTENT = (
    r"inhalt\w*|video\w*|vídeo\w*|beitrag|tweet\w*|post|karte|grafik|content|embed\w*|map|contenu\w*|publication|"
    r"carte|contenido\w*|publicación|mapa|contenut\w*|mappa|conteúdo\w*|publicação|inhoud|kaart|контент\w*|"
    r"видео|содержимое|публикаци\w*"
)
_SHOW = (
    r"anzeigen|anzuzeigen|ansehen|anzusehen|laden|zu\s+laden|sehen|display|view|show|see|watch|load|afficher|voir|"
    r"visualiser|charger|lire|ver|mostrar|visualizar|cargar|reproducir|visualizzare|vedere|mostrare|caricare|exibir|"
    r"assistir|carregar|bekijken|tonen|zien|weergeven|посмотреть|просмотреть|отобразить|увидеть|загрузить"
)
# the placeholder's passive ("Este contenido no se muestra", "Dieser Inhalt wird nicht angezeigt"), told from a
# story's "shown to councillors" by the cookies or the privacy settings it names
_SHOWN_PASSIVE = (
    r"angezeigt|geladen|shown|displayed|loaded|affiché\w*|chargé\w*|muestra|mostrad[oa]|cargad[oa]|visualizzat[oa]|"
    r"mostrat[oa]|caricat[oa]|exibid[oa]|mostra|carregad[oa]|getoond|weergegeven|отображается|показан\w*|"
    r"загружен\w*"
)
_CONSENT = (
    r"zustimm\w*|zugestimmt|zustimmung|einwillig\w*|akzeptier\w*|consent\w*|accept\w*|allow|enable|autoris\w*|acept\w*|"
    r"consentimiento|consentir|permitir|accett\w*|consenso|acconsent\w*|aceit\w*|consentimento|autoriz\w*|"
    r"toestemming|akkoord|согласи\w*|согласие|разреш\w*|принять|примите"
)
_SHOWN = compile_later(rf"\b(?:{_SHOW})\b", re.I)
_SHOWN_IF_COOKIES = compile_later(rf"\b(?:{_SHOWN_PASSIVE})\b", re.I)
_COOKIES = compile_later(
    r"\b(?:cookie\w*|datenschutz\w*|privacy|privacidad|confidentialité|privacidade|riservatezza|куки|"
    r"конфиденциальн\w*)",
    re.I,
)
_CONTENT_WORD = compile_later(rf"\b(?:{_CONTENT})\b", re.I)
_CONSENT_WORD = compile_later(rf"\b(?:{_CONSENT})\b", re.I)
CONSENT_WORDS = 35
# "Podcast-Tipp: …", "PODCAST | Listen to the episode …": the house's podcast under its label
_PODCAST_LABEL = compile_later(r"^\W*(?:podcast|подкаст)(?:[\s-]*(?:tipp|tip|tips))?\s*[:|·–—-]\s*\S", re.I)
# "Escucha el podcast «…»", "Ascolta la puntata …": a call to listen to an episode
_LISTEN = compile_later(
    r"^\W*(?:listen|hören\s+sie|hör|jetzt\s+anhören|écoutez|écoute|escucha|escuche|escuchá|ascolta|ascoltate|ouça|"
    r"oiça|ouve|escute|luister|слушайте|послушайте)\b.{0,40}?\b(?:podcast\w*|episode|folge|épisode|episodio|"
    r"puntata|episódio|aflevering|подкаст\w*|выпуск\w*)\b",
    re.I,
)
PODCAST_WORDS = 30
# "Mit Quellenangabe", "При цитировании … ссылка … обязательна", "Weiterverbreitung nur durch Kunden": terms of reuse
_REUSE = compile_later(
    r"\b(?:при\s+(?:цитировании|использовании|перепечатке)\b.{0,80}?\b(?:ссылк\w+|гиперссылк\w+)\b.{0,40}?"
    r"обязательн\w*|(?:weiterverbreitung|weitergabe|nachdruck|vervielfältigung|veröffentlichung)\s+(?:nur|ausschließlich)\s+"
    r"(?:mit|durch|nach|im\s+rahmen)|(?:redistribution|republication|reproduction|republishing)\s+(?:is\s+)?(?:only|"
    r"prohibited|not\s+permitted|forbidden|permitted\s+only)|(?:reproduction|rediffusion|redistribution)\s+"
    r"(?:interdite|réservée|autorisée\s+uniquement)|riproduzione\s+(?:riservata|vietata)|vietata\s+la\s+riproduzione|"
    r"(?:reprodução|republicação|redistribuição)\s+(?:proibida|permitida\s+apenas|só)|"
    r"(?:overname|verspreiding|herpublicatie)\s+(?:verboden|alleen|uitsluitend))",
    re.I,
)
REUSE_WORDS = 30
# "Foto bestellen", "Фотобанк …: купить фото к материалу": a call to buy the story's picture
_BUY_PHOTO = compile_later(
    r"\b(?:(?:foto|bild|photo|picture|image|immagine|imagem|фото)\s+(?:bestellen|kaufen|kopen|bestel|order|buy|"
    r"acheter|commander|comprar|acquista\w*)|(?:buy|order|acheter|commander|comprar|compre|acquista\w*|kopen|"
    r"bestel|купить|заказать|bestellen\s+sie)\s+(?:(?:this|the|cette|la|esta|questa|a|deze|de|das|dieses)\s+)?"
    r"(?:photo|picture|image|foto|фото|bild|immagine|imagem|фотографию))\b",
    re.I,
)
PHOTO_WORDS = 12
# "Testez vos connaissances sur la semaine en dix questions": a news quiz's call to the reader
_QUIZ = compile_later(
    r"\b(?:test(?:en\s+sie)?\s+(?:your|ihr|dein)\w*\s+(?:knowledge|wissen)|testez\s+vos\s+connaissances|"
    r"pon(?:ga)?\s+a\s+prueba\s+tus\s+conocimientos|metti\s+alla\s+prova\s+le\s+tue\s+conoscenze|"
    r"test[ea]\s+(?:os\s+)?(?:seus|teus)\s+conhecimentos|test\s+(?:je|uw)\s+kennis|проверьте\s+свои\s+знания)\b",
    re.I,
)
QUIZ_WORDS = 20
# the buttons under a wall, a placeholder or a player, copied as one line of their words
_BUTTON = compile_later(
    r"^(?:\s*(?:inhalt|inhalte|einmalig|laden|einstellungen|verwalten|akzeptieren|abspielen|podcast|anhören|"
    r"artikel|kaufen|abo|wählen|load|content|settings|manage|accept|allow|show|play|listen|subscribe|buy|"
    r"charger|le|la|contenu|paramètres|gérer|accepter|afficher|écouter|jouer|acheter|cargar|contenido|"
    r"configuración|configurar|aceptar|mostrar|escuchar|reproducir|comprar|caricare|contenuto|impostazioni|"
    r"accetta|ascolta|riproduci|carregar|conteúdo|configurações|aceitar|ouvir|reproduzir|inhoud|instellingen|"
    r"accepteren|tonen|luisteren|afspelen|kopen|загрузить|настройки|принять|показать|слушать|купить|"
    r"einmal|always|immer|toujours|siempre|sempre|altijd|всегда|"
    r"start|spielen|starten|jouer|commencer|jugar|empezar|gioca|inizia|jogar|começar|spelen|начать|играть|"
    rf"{worldpagewords.BUTTON})\s*)+$",
    re.I,
)


def wall_line(block: str) -> bool:
    """Whether the line is a wall, a placeholder, a player's plug or a reuse term (see the module's note)."""
    text = plain(block).strip()
    n = len(words(text))
    if n == 0:
        return False
    return (
        n <= BUTTON_WORDS
        and _CONTINUE_BUTTON.match(text) is not None
        or n <= WALL_WORDS
        and (
            _REGISTER_WALL.search(text) is not None
            or _REGISTERED_ONLY.search(text) is not None
            or _BUY_ARTICLE.search(text) is not None
        )
        or n <= CONSENT_WORDS
        and _embed_consent(text)
        or n <= PODCAST_WORDS
        and (_PODCAST_LABEL.match(text) is not None or _LISTEN.match(text) is not None)
        or n <= REUSE_WORDS
        and _REUSE.search(text) is not None
        or n <= PHOTO_WORDS
        and _BUY_PHOTO.search(text) is not None
        or n <= QUIZ_WORDS
        and _QUIZ.search(text) is not None
    )


def _embed_consent(text: str) -> bool:
    """A placeholder for an embedded post or video: the content named, to show it, the consent it needs."""
    shown = _SHOWN.search(text) is not None or bool(_SHOWN_IF_COOKIES.search(text) and _COOKIES.search(text))
    return shown and all(p.search(text) for p in (_CONTENT_WORD, _CONSENT_WORD))


def button_line(block: str) -> bool:
    """A line of buttons' words only ("Inhalt laden Einstellungen verwalten"), glued or spaced."""
    text = plain(block).strip()
    return 0 < len(text) <= BUTTON_CHARS and _BUTTON.match(_GLUED.sub(" ", text)) is not None


def offer_line(block: str) -> bool:
    """A short line under a wall naming a price ("Oder: 1 Monat für 1 € lesen – danach 9,99 € monatlich")."""
    text = plain(block).strip()
    return 0 < len(words(text)) <= WALL_WORDS and AMOUNT.search(text) is not None


# an embedded post's placeholder names the network it comes from, in any language ("Här finns ett inlägg från
# Instagram som inte kan visas", "Dieser Beitrag enthält Inhalte von Instagram"): with a button under it
_NETWORK = compile_later(
    r"\b(?:Instagram|Facebook|YouTube|TikTok|Twitter|Bluesky|Threads|Mastodon|Vimeo|Spotify|Pinterest|Meta|X)\b"
)


def _placeholder(blocks: list[str], i: int) -> bool:
    """A short line naming a social network right over a line of buttons' words: an embedded post's stand-in,
    whatever the language of its sentence (the buttons' words are known in each)."""
    text = plain(blocks[i]).strip()
    return (
        0 < len(words(text)) <= CONSENT_WORDS
        and _NETWORK.search(text) is not None
        and i + 1 < len(blocks)
        and button_line(blocks[i + 1])
    )


def without_walls(blocks: list[str]) -> list[str]:
    """The lines less each wall and the buttons and price lines right under it."""
    drop = [False] * len(blocks)
    for i, block in enumerate(blocks):
        if not wall_line(block) and not _placeholder(blocks, i):
            continue
        drop[i] = True
        j = i + 1
        while j < len(blocks) and (button_line(blocks[j]) or offer_line(blocks[j])):
            drop[j] = True
            j += 1
    kept = [b for b, d in zip(blocks, drop, strict=True) if not d]
    return kept if kept else blocks
