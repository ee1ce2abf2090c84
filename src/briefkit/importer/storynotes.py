"""What a page says about the story it carries, in one line set between or under its paragraphs.

Where the story was published first (a partner's page, a syndicating site), that a machine
translated it or helped write it, that it goes on below an advertisement, when a broadcast piece airs
again, the pointer to the whole piece on air, the call to report a mistake in it (or the pointer to
the site's corrections), and the links and buttons around it: back to the list of news, print it,
save it for later, open its pictures' gallery. Each is a line of every site of its kind, in the
eight languages read; none is a sentence of a story.
Every pattern pairs two words of its kind (the piece and the act: "this article" and "first
published", "translated" and "artificial intelligence", "mistake" and "tell us", the piece and its
second airing at an hour), and a line
must be short, so that a story about translators, mistakes or advertising keeps its sentences.
"""

from __future__ import annotations

import re

from briefkit.importer import worldpagewords
from briefkit.importer.lazyre import compile_later

# "this article", "dieser Text", "cet article", in each language: the piece the note speaks of
_THIS_PIECE = compile_later(
    r"\b(?:this\s+(?:article|story|text|piece|report)|dieser\s+(?:artikel|beitrag|text)|"
    r"(?:cet|ce)\s+(?:article|texte|reportage)|este\s+(?:artículo|texto|reportaje|artigo)|esta\s+(?:nota|matéria|reportagem)|"
    r"questo\s+(?:articolo|testo|pezzo)|dit\s+(?:artikel|stuk|verhaal)|deze\s+tekst|"
    r"(?:эта|данная)\s+статья|(?:этот|данный)\s+(?:материал|текст))\b",
    re.I,
)
# "first published", "zuerst erschienen", "initialement publié": the story came from elsewhere first
_FIRST_PUBLISHED = compile_later(
    r"\b(?:(?:originally|first)\s+(?:published|appeared|ran)|appeared\s+(?:first|originally)|"
    r"(?:zuerst|ursprünglich|erstmals)\s+(?:\S+\s+){0,4}(?:erschienen|veröffentlicht|publiziert)|"
    r"(?:initialement|originellement|d['’]abord)\s+(?:été\s+)?(?:publié|paru)e?|"
    r"(?:publicad[oa]|publicó)\s+originalmente|originalmente\s+(?:publicad[oa]|en)|"
    r"(?:pubblicat[oa]|uscit[oa])\s+(?:originariamente|originalmente|per\s+la\s+prima\s+volta)|"
    r"(?:publicad[oa])\s+(?:originalmente|inicialmente|pela\s+primeira\s+vez)|"
    r"(?:verscheen|verschenen|gepubliceerd)\s+(?:eerder|eerst|oorspronkelijk)|(?:eerder|eerst|oorspronkelijk)\s+"
    r"(?:verschenen|gepubliceerd)|впервые\s+(?:опубликован\w*|вышл\w*)|(?:опубликован\w*|вышл\w*)\s+впервые)\b",
    re.I,
)
# "written with the help of AI", "mit Hilfe von KI erstellt": a machine's share in making the piece
_MADE = compile_later(
    r"\b(?:created|written|generated|produced|drafted|erstellt|geschrieben|generiert|verfasst|rédigé\w*|généré\w*|"
    r"créé\w*|escrit[oa]|generad[oa]|redactad[oa]|elaborad[oa]|creat[oa]|generat[oa]|scritt[oa]|redatt[oa]|"
    r"gerad[oa]|criad[oa]|gemaakt|geschreven|gegenereerd|создан\w*|написан\w*|сгенерирован\w*|подготовлен\w*)\b",
    re.I,
)
# "Fehler gefunden? Unsere Korrekturen stehen hier": the answer points to the site's own page of corrections
_CORRECTIONS = compile_later(
    r"\b(?:corrections?|korrektur\w*|berichtigung\w*|correcciones|correzioni|correções|correcties|"
    r"rectificatifs?|исправлени\w*)\b",
    re.I,
)
_OURS_HERE = compile_later(
    r"\b(?:unser\w*|our|nos|notre|nuestr\w+|nostr\w+|noss\w+|onze|наш\w*|hier|here|ici|aqu[ií]|qui|здесь)\b", re.I
)
# "Listen to the full interview", "Den ganzen Beitrag zeigen wir noch einmal …", "Rivedi il servizio nel TG":
# a broadcaster's pointer to the whole piece on air, the verb of watching or hearing with the piece
_WATCH = compile_later(
    r"\b(?:watch|listen|hear|ansehen|anschauen|hören|anhören|zeigen|senden|regardez|regarder|"
    r"écoutez|écouter|mira|mire|escucha|escuche|guarda|ascolta|assista|assistir|ouça|ouvir|veja|kijk|bekijk|"
    r"luister|смотрите|посмотрите|слушайте|послушайте)\b",
    re.I,
)
_WHOLE = compile_later(
    r"\b(?:full|whole|complete|entire|ganzen?|gesamten?|vollständigen?|complète?|intégral\w*|complet[ao]|"
    r"íntegr[ao]|integrale|inter[oa]|volledige|hele|полн\w+|полностью|целиком)\b",
    re.I,
)
# watching it again: a verb of its own ("rivedi", "revoir"), or `_AGAIN` beside a verb of `_WATCH`
_REWATCH = compile_later(
    r"\b(?:rewatch|re-watch|revoir|revoyez|réécouter|réécoutez|rivedi|rivedere|riascolta|riascoltare|"
    r"vuelve\s+a\s+(?:ver|escuchar)|reveja|rever|terugkijken|пересмотр\w+)\b",
    re.I,
)
_ON_AIR_PIECE = compile_later(
    r"\b(?:interview|report|segment|programme|program|broadcast|episode|beitrag|sendung|reportage|entretien|"
    r"émission|sujet|entrevista|reportaje|programa|intervista|servizio|puntata|trasmissione|reportagem|"
    r"gesprek|uitzending|interview|интервью|сюжет|выпуск|передач\w+|tg)\b",
    re.I,
)
# "translated with the help of AI", "mit KI übersetzt": a machine's translation, said of the piece
_TRANSLATED = compile_later(
    r"\b(?:translat\w+|übersetz\w*|tradu\w+|vertaal\w*|vertaald|перев[её]д\w*)\b",
    re.I,
)
_MACHINE = compile_later(
    r"\b(?:ai|a\.i\.|ki|ia|ии|artificial\s+intelligence|künstliche\w*\s+intelligenz|intelligence\s+artificielle|"
    r"inteligencia\s+artificial|intelligenza\s+artificiale|inteligência\s+artificial|kunstmatige\s+intelligentie|"
    r"искусственн\w+\s+интеллект\w*|machine\s+translation|maschinell\w*|automatic\w*|automatisch\w*|"
    r"automatiquement|automáticamente|automaticamente|автоматическ\w*)\b",
    re.I,
)
# "Article continues below advertisement", "Weiterlesen nach der Anzeige": the story goes on past an ad
_GOES_ON = compile_later(
    rf"\b(?:continues?|weiter\w*|suite|continúa|continua|prosegue|continuação|verder|продолжение|{worldpagewords.GOES_ON})\b",
    re.I,
)
# "Story continues below", "L'articolo continua sotto": the piece goes on under the ad, which the line
# does not name; the piece, its going on and "below" are all three asked for
_BELOW = compile_later(
    rf"\b(?:below|unten|ci-dessous|plus\s+bas|debajo|abajo|sotto|abaixo|hieronder|ниже|{worldpagewords.BELOW})\b",
    re.I,
)
_PIECE_WORD = compile_later(
    r"\b(?:story|article|artikel|beitrag|text[eo]?|nota|art[ií]culo|articolo|artigo|reportagem|matéria|"
    rf"verhaal|stuk|статья|материал|текст|{worldpagewords.PIECE})\b",
    re.I,
)
# "Audio generiert mit KI", "Audio généré par IA": the story read aloud by a machine, its player's note
_AUDIO = compile_later(r"\b(?:audio|áudio|аудио)\b", re.I)
_CLOSED = (".", "!", "?", "»", "”", '"')  # a sentence of the story, about a machine's audio, ends on its mark
_ADVERT = compile_later(
    r"\b(?:advert\w*|anzeige|werbung|publicité|anuncio|publicidad|pubblicità|publicidade|advertentie|"
    rf"reclame|реклам\w*|{worldpagewords.ADVERT})\b",
    re.I,
)
# "Spotted a mistake? Let us know", "Fehler gefunden? Jetzt melden": the call to report an error
_MISTAKE = compile_later(
    r"\b(?:errors?|mistakes?|typos?|fehler\w*|tippfehler|erreurs?|coquilles?|error(?:es)?|errata|errori|errore|"
    r"erros?|fout(?:en)?|ошибк\w*|опечатк\w*)\b",
    re.I,
)
_TELL_US = compile_later(
    r"\b(?:report|let\s+us\s+know|tell\s+us|melden|melde|mitteilen|signale[rz]?|signalez-(?:la|le|nous)|"
    r"dites-le-nous|avísanos|avisanos|comunícanos|infórmanos|reporta|segnala\w*|avise-nos|informe-nos|comunique|"
    r"reporte|laat\s+het\s+(?:ons\s+)?weten|meld\s+(?:het|ons)|сообщите|ctrl\s*\+\s*enter)\b",
    re.I,
)
# "Zurück zur Übersicht", "Back to all news": the link from the story back to the list it came from
_BACK_TO_LIST = compile_later(
    r"^(?:zurück\s+(?:zur|zum|zu\s+den)|back\s+to(?:\s+(?:the|all))?|retour\s+(?:à\s+la|au|aux)|"
    r"volver\s+(?:al|a\s+la|a\s+las|a\s+los)|torna\s+(?:all['’]|alla|al|alle|agli)|voltar\s+(?:à|ao|para\s+[ao])|"
    r"terug\s+naar(?:\s+(?:het|de))?|вернуться\s+к|назад\s+к)\s*"
    r"(?:(?:liste|list|listado|lista|elenco)\s+(?:of|des|de|delle|dei|das|dos)?\s*)?"
    r"(?:übersicht|startseite|news|nachrichten|meldungen|artikel\w*|overview|home(?:page)?|all\s+news|"
    r"(?:all\s+)?(?:news|articles|stories|posts)|actualités|articles|accueil|noticias|inicio|portada|"
    r"notizie|articoli|home|notícias|artigos|início|overzicht|nieuws|artikelen|homepage|"
    r"списку\s+(?:новостей|статей)|новостям|статьям|главной)\s*[.!]?$",
    re.I,
)
# "Artikel merken", "Imprimer cet article", "Сохранить статью": a button that prints or saves the piece
_PRINT_OR_SAVE = compile_later(
    r"^(?:(?:print|save|bookmark|share)\s+(?:this\s+)?(?:article|story)|(?:artikel|beitrag)\s+(?:merken|drucken|"
    r"speichern|teilen)|(?:diesen\s+)?(?:artikel|beitrag)\s+(?:merken|drucken|speichern)|"
    r"(?:diesen\s+)?(?:artikel|beitrag)\s+drucken|(?:imprimer|enregistrer|sauvegarder)\s+(?:cet\s+|l['’])?article|"
    r"(?:imprimir|guardar)\s+(?:este\s+)?(?:artículo|artigo|nota)|(?:stampa|salva)\s+(?:questo\s+|l['’])?articolo|"
    r"artikel\s+(?:printen|bewaren|opslaan)|(?:распечатать|сохранить)\s+(?:эту\s+)?статью)$",
    re.I,
)


# "Bildergalerie: 12 Fotos", "Voir les 8 photos", "Alle Bilder anzeigen": a gallery's button, by the
# pictures it opens (and their count, or "all")
_PICTURES = compile_later(
    r"\b(?:\d{1,3}|all(?:e|es|as|os|i|e\s+de)?|tout(?:es)?\s+les|tod[ao]s\s+l[ao]s|tutte\s+le|все)\s+"
    r"(?:photos?|pictures?|images?|bilder|fotos?|photos|imágenes|immagini|fotografias|imagens|afbeeldingen|"
    r"foto['’]s|фото\w*|снимк\w*|изображени\w*)\b",
    re.I,
)
_SHOW = compile_later(
    r"\b(?:view|see|show|open|browse|gallery|anzeigen|ansehen|öffnen|bildergalerie|galerie|fotostrecke|voir|"
    r"afficher|ver|mostrar|galería|vedi|mostra|guarda|galleria|veja|galeria|bekijk|toon|fotoserie|смотреть|"
    r"показать|открыть|галерея|фотогалерея)\b",
    re.I,
)
# "Den ganzen Beitrag zeigen wir noch einmal am Donnerstag um 21:45 Uhr": when a broadcast piece airs again
_BROADCAST_PIECE = compile_later(
    r"\b(?:beitrag|sendung|reportage|dokumentation|folge|programme|program|report|episode|documentary|segment|"
    r"émission|documentaire|sujet|reportaje|programa|documental|servizio|puntata|programma|documentario|"
    r"trasmissione|reportagem|documentário|episódio|uitzending|aflevering|documentaire|сюжет\w*|передач\w+|"
    r"программ\w+|выпуск\w*)\b",
    re.I,
)
# the words for a piece's second airing, or "again" with a word for showing it
_AIRS_AGAIN = compile_later(
    r"\b(?:wiederholung|repeated|rerun|re-?aired|rediffus\w+|redifusi\w+|reemisi\w+|in\s+replica|reexibi\w+|"
    r"herhaling|herhaald|повтор\w*)\b",
    re.I,
)
_AGAIN = compile_later(
    r"\b(?:noch\s+einmal|erneut|again|de\s+nouveau|à\s+nouveau|nuevamente|de\s+nuevo|otra\s+vez|di\s+nuovo|"
    r"nuovamente|novamente|de\s+novo|opnieuw|nogmaals|снова|ещё\s+раз)\b",
    re.I,
)
_SHOWN = compile_later(
    r"\b(?:zeig\w*|gezeigt|send\w*|gesendet|ausgestrahlt|strahl\w*|show(?:s|n|ing)?|air(?:s|ed|ing)?|broadcast\w*|"
    r"screen(?:s|ed)?|diffus\w*|emit\w*|emiti\w*|trasmess\w*|trasmett\w*|exib\w*|transmit\w*|zend\w*|uitgezonden|"
    r"покаж\w*|эфир\w*)\b",
    re.I,
)
_CLOCK = compile_later(r"\b\d{1,2}[:.h]\d{2}\b|\b\d{1,2}\s?(?:uhr|h|a\.?m\.?|p\.?m\.?)(?!\w)", re.I)


def is_story_note(text: str, n: int) -> bool:
    """Whether the line of `n` words is a page's note on its story or a button beside it (see the module's note)."""
    if n > 30:
        return False
    return bool(
        _THIS_PIECE.search(text)
        and _FIRST_PUBLISHED.search(text)
        or n <= 25
        and _TRANSLATED.search(text)
        and _MACHINE.search(text)
        and _THIS_PIECE.search(text)
        or n <= 25
        and _MADE.search(text)
        and _MACHINE.search(text)
        and (_THIS_PIECE.search(text) or _AUDIO.search(text) and not text.rstrip().endswith(_CLOSED))
        or n <= 8
        and _GOES_ON.search(text)
        and (_ADVERT.search(text) or n <= 5 and _BELOW.search(text) and _PIECE_WORD.search(text))
        and not text.rstrip().endswith(".")
        or n <= 16
        and _reports_a_mistake(text, n)
        or n <= 20
        and _on_air_pointer(text)
        or n <= 8
        and _BACK_TO_LIST.match(text) is not None
        or n <= 5
        and _PRINT_OR_SAVE.match(text) is not None
        or n <= 25
        and _BROADCAST_PIECE.search(text) is not None
        and (
            _AIRS_AGAIN.search(text) is not None or _AGAIN.search(text) is not None and _SHOWN.search(text) is not None
        )
        and _CLOCK.search(text) is not None
        or n <= 6
        and _PICTURES.search(text) is not None
        and _SHOW.search(text) is not None
        and not text.rstrip().endswith(".")
    )


def _reports_a_mistake(text: str, n: int) -> bool:
    """ "Fehler melden" as a button, or "Spotted a mistake? Let us know.": a question on a mistake with the
    call after it. A story's question about an error has no call to the reader after it."""
    if n <= 6 and not text.rstrip().endswith((".", "?")):
        return bool(_MISTAKE.search(text) and _TELL_US.search(text))
    question, mark, call = text.partition("?")
    ours = _CORRECTIONS.search(call) is not None and _OURS_HERE.search(call) is not None
    return bool(mark and _MISTAKE.search(question) and (_TELL_US.search(call) or ours))


def _on_air_pointer(text: str) -> bool:
    """ "Escucha la entrevista completa …", "Rivedi il servizio nel TG": watching or hearing the piece, whole
    or again; a story's sentence on a broadcast names neither beside the verb."""
    piece = _ON_AIR_PIECE.search(text)
    watched = _WATCH.search(text) is not None and (_WHOLE.search(text) or _AGAIN.search(text)) is not None
    return bool(piece and (watched or _REWATCH.search(text)))
