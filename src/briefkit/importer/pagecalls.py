"""What a page asks of its reader in one line, told by vocabulary that holds across sites.

A metered paywall counting the free reads, a subscription offer with its price, an appeal to support
the newsroom's journalism, a shop's call to order the print issue, a tipping game's call to bet and
win (or to bet for a chance to win), a shop's plug under its label with a price, an advertiser's
offer, a poll's question, a rating widget's prompt, a call to write in, a link's label ending in an
arrow, a button that adds a recipe to a list or opens a gallery full screen, a promotion under its
"don't miss" label, a back link that opens with its arrow, a contest's call to take part; and, set
between the story's paragraphs (`is_inline_call`), a donation call with its sum, a reminder under its
label, an offer for members, the page's own offer after a question. None of these lines is a sentence
of the story. Every pattern pairs two words of its kind (the call and its object, or the call and its price,
the label and its call), so that a story about subscriptions, shops, betting, donations or galleries keeps its
sentences; and a line must be short.
"""

from __future__ import annotations

import re

from briefkit.importer import pagenotes, pagewords
from briefkit.importer.lazyre import compile_later

# "Stai leggendo uno dei 3 articoli gratuiti del mese", "You have 2 free articles left this month"
_FREE_READS = compile_later(pagewords.FREE_READS, re.I)
_COUNTED = compile_later(
    r"\b(?:you(?:['’]re|\s+are)\s+reading|you\s+have|left|remaining|lesen\s+sie|sie\s+lesen|du\s+liest|sie\s+haben|übrig|verbleibend\w*|"
    r"vous\s+lisez|il\s+vous\s+reste|restants?|estás\s+leyendo|está\s+leyendo|te\s+quedan|le\s+quedan|restantes|"
    r"stai\s+leggendo|ti\s+rimangono|rimanenti|está\s+a\s+ler|está\s+lendo|restam|je\s+leest|u\s+leest|"
    r"resterende|nog\s+\d+|вы\s+читаете|осталось|остал\w+)\b",
    re.I,
)
# "Il vous reste 72% de cet article à lire", "You have 60% of this article left": the wall's share of the piece unread
_SHARE_OF_PIECE = compile_later(
    r"\d{1,3}(?:[.,]\d{1,2})?\s?%\s+(?:de\s+(?:cet|l['’]|este|la|esta)\s*(?:article|artículo|nota|artigo)|"
    r"of\s+(?:this|the)\s+(?:article|story)|(?:dieses|des)\s+(?:artikels|beitrags|textes)|di\s+questo\s+articolo|"
    r"d(?:este|o)\s+artigo|van\s+(?:dit|het)\s+artikel|(?:этой\s+)?статьи)\b",
    re.I,
)
# "Abonnee? Geef dit artikel cadeau aan iemand zonder abonnement": the subscriber's gift of the article
_GIFT_ARTICLE = compile_later(
    r"\b(?:(?:gift|give)\s+(?:this|the)\s+(?:article|story)|geef\s+(?:dit|het)\s+artikel\s+cadeau|"
    r"offrez\s+(?:cet|l['’])\s*article|(?:diesen\s+)?artikel\s+verschenken|verschenken\s+sie\s+(?:diesen|den)\s+artikel|"
    r"regala\s+(?:questo\s+|l['’])articolo|regal[ae]\s+(?:este\s+)?artículo|(?:ofereça|presenteie)\s+(?:este\s+)?artigo|"
    r"подарите\s+(?:эту\s+)?статью)\b",
    re.I,
)
_SUBSCRIBER = compile_later(
    r"\b(?:subscri\w+|abonne\w*|abonnement\w*|abonnent\w*|abonnés?|suscri\w+|abbona\w+|assinante\w*|assinatura|"
    r"подпис\w+)\b",
    re.I,
)
# "Questo articolo è riservato agli abbonati": the paywall's own line
_FOR_SUBSCRIBERS = compile_later(
    r"\b(?:(?:reserved|available|exclusive)\s+(?:only\s+)?(?:to|for)\s+subscribers|nur\s+für\s+abonnent\w*|"
    r"(?:réservé|disponible)e?\s+aux\s+abonnés|exclusiv[oa]\s+para\s+(?:suscriptores|assinantes)|"
    r"reservad[oa]\s+(?:a|para)\s+(?:suscriptores|assinantes)|riservat[oa]\s+agli\s+abbonati|"
    r"alleen\s+(?:voor|beschikbaar\s+voor)\s+abonnees|только\s+для\s+подписчиков)\b",
    re.I,
)
# "Assine o jornal a partir de 3,90 € por mês", "Jetzt abonnieren: 4 Wochen für 1 €": the offer's call
_SUBSCRIBE = compile_later(
    r"(?:^|[?!.:]\s+)(?:(?:jetzt\s+|now\s+)?(?:subscribe|abonnieren\s+sie|abonniere|abonnez-vous|abonnez|"
    r"suscr[ií]bete|suscríbase|abbonati|abbonatevi|assine|assina|subscreva|neem\s+een\s+abonnement|word\s+abonnee|"
    r"подпишитесь|оформите\s+подписку))\b",
    re.I,
)
# "1 € le premier mois pour lire tous nos articles": an offer's price for the reading it opens
_READ_ALL = compile_later(
    r"\b(?:(?:read|access)\s+all\s+(?:our\s+)?(?:[\w+]+[- ])?(?:articles|stories)|unlimited\s+access|"
    r"alle\s+(?:[\w+]+[- ])?(?:artikel|inhalte)|"
    r"unbegrenzte\w*\s+zugang|lire\s+tous\s+(?:nos|les)\s+articles|accès\s+illimité|leer\s+todos\s+(?:nuestros|los)\s+"
    r"artículos|acceso\s+ilimitado|leggere\s+tutti\s+(?:i\s+nostri\s+)?articoli|accesso\s+illimitato|"
    r"ler\s+todos\s+os\s+(?:nossos\s+)?artigos|acesso\s+ilimitado|al(?:le)?\s+(?:onze\s+)?artikelen|"
    r"onbeperkt\s+toegang|(?:читать\s+)?все\s+(?:статьи|материалы)|неограниченн\w+\s+доступ)\b",
    re.I,
)
# "Steun onafhankelijke journalistiek en word donateur": an appeal to support the newsroom (or, with
# `_SUBSCRIBE`, "Quality journalism has its price. Subscribe to …": to pay for it)
_SUPPORT = compile_later(
    r"(?:^|[?!.:]\s+)(?:support(?!\s+for\b)|unterstützen\s+sie|unterstütze|soutenez|apoy[ae]|apóyanos|sostieni|"
    r"sostenete|apoie|apoia|steun|поддержите)\b",
    re.I,
)
_JOURNALISM = compile_later(
    r"\w*(?:journalism|journalismus|journalisme|periodismo|giornalismo|jornalismo|journalistiek|журналистик)\w*",
    re.I,
)
# "Heft 48/2026 jetzt im Shop bestellen – versandkostenfrei": a shop's call to order the print issue
_ORDER = compile_later(
    r"\b(?:order|buy|bestellen|kaufen|commander|commandez|acheter|achetez|pedir|pide|comprar|compra|ordina|"
    r"acquista|encomendar|encomende|compre|kopen|koop|bestel|заказать|закажите|купить|купите)\b",
    re.I,
)
_SHOP = compile_later(
    r"\b(?:(?:online\s*)?shop|store|kiosk|boutique|tienda|negozio|loja|winkel|webshop|магазин\w*)\b", re.I
)
_NOW = compile_later(
    r"\b(?:now|today|jetzt|heute|maintenant|ahora|ya|ora|adesso|subito|agora|já|nu|vandaag|сейчас)\b", re.I
)
# the print issue or the free delivery that the shop's call names, which a story's shop does not
_SHOP_ITEM = compile_later(
    r"\b(?:issue|edition|heft|ausgabe|numéro|número|numero|edizione|edição|nummer|editie|номер|выпуск|"
    r"free\s+shipping|versandkostenfrei|livraison\s+gratuite|envío\s+gratis|spedizione\s+gratuita|"
    r"portes\s+grátis|gratis\s+verzending|бесплатн\w+\s+доставк\w+)\b",
    re.I,
)
# "Jetzt für den 11. Spieltag tippen und eine Saisonkarte gewinnen!": a tipping game's call
_BET = compile_later(
    r"\b(?:tippen|tippe|bet|predict|place\s+your\s+(?:bet|prediction)s?|pariez|pronostiquez|apuesta|apuesten|"
    r"pronostica|scommetti|aposte|aposta|palpite|voorspel|wed|сделайте\s+(?:ставку|прогноз))\b",
    re.I,
)
_WIN = compile_later(
    r"\b(?:win|gewinnen|gewinne|gagner|gagnez|gana|ganar|vinci|vincere|ganhe|ganhar|winnen|win|выиграть|"
    r"выиграйте)\b",
    re.I,
)
# "Dê o seu palpite e concorra a uma camisa", "Voorspel de uitslag en maak kans op …": the game's prize is a chance
_CHANCE_TO_WIN = compile_later(
    r"\b(?:(?:a\s+)?chance\s+to\s+win|(?:eine\s+)?chance\s+auf|tentez\s+(?:votre\s+chance|de\s+(?:gagner|remporter))|"
    r"participa\s+(?:y|para)\s+ganar|concursa\s+por|concorr(?:a|e|er|i)\s+(?:a|ao|à|per)|partecipa\s+e\s+vinci|"
    r"maak\s+kans\s+op|kans\s+maken\s+op|шанс\s+выиграть)\b",
    re.I,
)
# "From our shop: tile coasters, set of four, €36": a shop's plug under its label, with the price
_SHOP_LABEL = compile_later(
    r"^(?:[^\W\d_][\w'’&-]*\s+){0,4}(?:(?:online\s*)?shop|store|boutique|tienda|negozio|loja|winkel|webshop|магазин\w*)"
    r"\s*:\s+\S[^.!?]*$",
    re.I,
)
# "Zur Einkaufsliste hinzufügen", "Add to basket": a button that keeps the page or its item
_ADD = compile_later(
    r"^(?:add\s+to|(?:zur|zum|zu(?:\s+den)?)\s+\S+(?:\s+\S+)?\s+hinzufügen|ajouter\s+(?:à|au|aux)|añadir\s+(?:a|al)|"
    r"agregar\s+(?:a|al)|aggiungi\s+(?:a|al|alla|ai|alle)|adicionar\s+(?:à|ao|aos|a)|toevoegen\s+aan|"
    r"voeg\s+toe\s+aan|добавить\s+в)\b",
    re.I,
)
_KEPT_IN = compile_later(
    r"(?:list|liste|lista|lijst|cart|basket|warenkorb|panier|carrito|carrello|carrinho|winkelwagen|корзин|"
    r"favourites|favorites|favoriten|favoris|favoritos|preferiti|favorieten|избранное|calendar|kalender|"
    r"calendrier|calendario|calendário|agenda|календар|merkliste|watchlist|boodschappen|список)",
    re.I,
)
# "Ver galeria em ecrã inteiro", "Bildergalerie im Vollbild öffnen": a gallery's button
_FULLSCREEN = compile_later(
    r"\b(?:full[- ]?screen|vollbild\w*|plein\s+écran|pantalla\s+completa|schermo\s+intero|ecrã\s+inteiro|"
    r"tela\s+cheia|volledig\s+scherm|schermvullend|полноэкранн\w*|(?:во|на)\s+весь\s+экран)\b",
    re.I,
)
_GALLERY = compile_later(
    r"\b(?:view|open|show|gallery|photos?|images?|pictures?|öffnen|ansehen|anzeigen|galerie|bilder\w*|fotos?|"
    r"voir|ouvrir|photos?|ver|abrir|galería|imágenes|vedi|apri|galleria|immagini|foto|galeria|fotografias|"
    r"imagens|bekijk|openen|afbeeldingen|смотреть|открыть|галере\w+|фото\w*)\b",
    re.I,
)

# "Sponsored Einmachgläser im Set für 9,99 €": an advertiser's offer under its label
_SPONSORED = compile_later(
    r"^(?:sponsored|advertisement|anzeige|gesponsert|sponsorisé|publicité|patrocinado|publicidad|sponsorizzato|"
    r"pubblicità|publicidade|gesponsord|advertentie|реклама)\b",
    re.I,
)
# "Umfrage: Fahren Sie noch mit dem Auto zur Arbeit? Ja Nein": a poll's question under its label
_POLL = compile_later(
    r"^(?:poll|umfrage|abstimmung|sondage|encuesta|sondeo|sondaggio|sondagem|inquérito|peiling|poll|опрос)\s*:\s*"
    r"[^?]{3,}\?(?:\s+\S+){0,4}$",
    re.I,
)

# "Wie hat Ihnen das Rezept geschmeckt?", "Rate this recipe": a rating widget's prompt
_RATE = compile_later(
    r"^(?:rate\s+this|how\s+did\s+you\s+like|bewerten\s+sie|wie\s+hat\s+(?:ihnen|dir)|notez|"
    r"avez-vous\s+aimé|valora|calific[aá]|¿?te\s+gustó|vota|ti\s+è\s+piaciut[oa]|avalie|gostou\s+d|"
    r"beoordeel|hoe\s+vond\s+je|оцените|вам\s+понравил)",
    re.I,
)
_RATED = compile_later(r"\b(?:recipe|rezept\w*|recette|receta|ricetta|receita|recept|рецепт\w*)\b", re.I)
# "See the live outage map ›": a link's label with the arrow it ends in, no sentence before it
_ARROW_LINK = compile_later(
    r"^[^.!?:]*[^\W_][^.!?:]*\s[›→]$",
    needs=lambda text: text.endswith(("›", "→", "›\n", "→\n")),  # (`$` also matches before a last newline)
)

# "DON'T MISS: Free tickets with Saturday's paper – details here": a promotion under its label, no sentence's end
_DONT_MISS = compile_later(
    r"^(?:don['’]t\s+miss|nicht\s+verpassen|à\s+ne\s+pas\s+manquer|ne\s+manquez\s+pas|no\s+te\s+(?:lo\s+)?pierdas|"
    r"da\s+non\s+perdere|não\s+perca|niet\s+te\s+missen|mis\s+het\s+niet|не\s+пропустите)\s?:\s+\S[^.!?]*$",
    re.I,
)
# "← Back to the news overview": a link's label with the arrow it opens with, no sentence after it
_BACK_ARROW = compile_later(r"^[←‹]\s*[^\W_][^.!?:]*$")
# "Give online: text CHURCH 10 to 70085 to donate £10", "Adopt a work: with 50 euro you fund …": a donation
# call under its label, with the sum it asks for
_LABEL = compile_later(r"^[^:.!?]{3,40}:\s+\S[^.!?]*$")
_DONATE = compile_later(
    r"\b(?:donate|donation|give|spende\w*|spenden|(?:faites|faire)\s+un\s+don|donnez|donner|"
    r"dona|donar|donación|donativo|contribu\w+|donazione|doação|doneer\w*|schenk\w*|пожертв\w*)\b",
    re.I,
)
# "Niet vergeten: parents' evening on Thursday, sign up online": a reminder under its label
_REMINDER = compile_later(
    r"^(?:don['’]t\s+forget|do\s+not\s+forget|nicht\s+vergessen|n['’]oubliez\s+pas|no\s+(?:te\s+)?olvides|"
    r"non\s+dimenticare|não\s+(?:se\s+)?esqueça|niet\s+vergeten|не\s+забудьте)\s?:\s+\S[^.!?]*$",
    re.I,
)
# "Loja: seeds on special terms for members until 15/12": an offer for the members, under its label
_MEMBERS_OFFER = compile_later(
    r"\b(?:special\s+(?:conditions|terms|offers?|prices?)|sonderkonditionen|sonderpreise?|vorzugspreise?|"
    r"conditions\s+(?:spéciales|préférentielles)|offres?\s+spéciales?|condiciones\s+especiales|ofertas?\s+especial(?:es)?|"
    r"condizioni\s+(?:speciali|agevolate)|offert[ae]\s+special[ei]|condições\s+especiais|ofertas?\s+especia(?:l|is)|"
    r"speciale\s+(?:voorwaarden|prijzen|aanbieding(?:en)?)|специальн\w+\s+(?:услови\w+|цен\w+))\s+"
    r"(?:for|für|pour|para|per|voor|для)\s+(?:\S+\s+)?(?:members|mitglieder\w*|adhérents|membres|socios|soci|"
    r"associad[oa]s|sócios|cooperados|leden|членов|участников)\b",
    re.I,
)
# "No room yet? See our selection of cottages with a discount for groups": the page's own offer after its question
_OUR_OFFER = compile_later(
    r"\?\s+(?:consulta|consulte|descubre|descubra|check\s+out|discover|browse|see|entdecken\s+sie|entdecke|"
    r"schauen\s+sie\s+sich|découvrez|consultez|scopri|confira|conheça|veja|bekijk|ontdek|посмотрите|узнайте)\s+"
    r"(?:\S+\s+)?(?:our|unsere\w*|notre|nos|nuestr[ao]s?|nostr[aoie]|noss[ao]s?|onze|ons|наш\w*)\b",
    re.I,
)
# "Sollen wir etwas prüfen? Schreiben Sie uns über unser Formular.": the newsroom's call to write, after its question
_WRITE_US = compile_later(
    r"\?\s+(?:write\s+to\s+us|email\s+us|contact\s+us|schreiben\s+sie\s+uns|schreib\s+uns|kontaktieren\s+sie\s+uns|"
    r"écrivez-nous|contactez-nous|escríbenos|escríbanos|contáctanos|scriveteci|scrivici|contattaci|"
    r"escreva-nos|escreve-nos|contacte-nos|schrijf\s+ons|mail\s+ons|neem\s+contact\s+op|напишите\s+нам|"
    r"свяжитесь\s+с\s+нами|"
    # "… ? Fill in our form": the newsroom's form named instead
    r"(?:füllen\s+sie|fill\s+(?:in|out)|remplissez|rellen[ae]|complet[ae]|compila|preencha|vul|заполните)\s+"
    r"(?:\w+\s+){0,2}(?:formular|form|formulaire|formulario|modulo|formulário|formulier|форм\w*)|"
    # "… ? Contactez la rédaction au …": the newsroom named instead of "us"
    r"(?:contact|kontaktieren\s+sie|contactez|contacta|contacte|contatta|contattate|neem\s+contact\s+op\s+met|"
    r"свяжитесь\s+с)\s+(?:the\s+|die\s+|la\s+|a\s+|de\s+|our\s+|unsere\s+|notre\s+|nuestra\s+|nossa\s+|onze\s+)?"
    r"(?:newsroom|news\s*desk|redaktion|rédaction|redacción|redazione|redação|redactie|редакци\w+))\b",
    re.I,
)
# "Win a weekend for two – enter here", "Dê o seu palpite e concorra a …": a contest's call, addressed to the
# reader at the line's start, with the call to take part after it
_CONTEST_CALL = compile_later(
    r"^\W*(?:win(?![\s,]+(?:or|and)\b)|gewinnen\s+sie|gewinne|gagnez|tentez\s+de\s+gagner|gane|vinci|vincete|ganhe|concorra|"
    r"tippen\s+sie|pariez|pronostiquez|apuesta|pronostica|dê\s+(?:o\s+)?seu\s+palpite|voorspel|maak\s+kans|"
    r"выиграйте|сделайте\s+прогноз)\b",
    re.I,
)
_TAKE_PART = compile_later(
    r"\b(?:enter|entries|mitmachen|teilnehmen|machen\s+sie\s+mit|participez|participer|jouez|participa|"
    r"participar|partecipa|partecipare|participe|concorra|concorrer|doe\s+mee|meedoen|speel\s+mee|"
    r"участвуйте|участвовать|примите\s+участие)\b",
    re.I,
)

# "Jetzt mitspielen: … 1.000 Euro jeden Tag!", "Enter now: win a weekend for two", "Participe e ganhe …": the call
# to take part opening the line, a colon or "!" after it or the call to win, then the prize (a sum, a win)
_TAKE_PART_LABEL = compile_later(
    r"^\W*(?:(?:jetzt|now|hier|here|maintenant|ahora|ya|ora|adesso|agora|já|nu|сейчас)\s+)?(?:mitspielen|mitmachen|"
    r"teilnehmen|enter|play|take\s+part|participez|participer|jouez|jouer|participa|participar|juega|jugar|"
    r"partecipa|partecipare|gioca|giocare|participe|jogue|jogar|doe\s+mee|speel\s+mee|meedoen|участвуйте|"
    r"играйте|примите\s+участие)(?:\s+(?:now|jetzt|maintenant|ahora|ya|ora|agora|nu|сейчас))?(?:\s+(?:und|and|et|y|e|en|и)\s+(?:gewinnen|win|gagnez|gagner|gana|ganar|vinci|"
    r"vincere|ganhe|ganhar|win|winnen|выиграйте|выиграть)\b|\s*[:!]\s*\S)",
    re.I,
)


def is_page_call(text: str, n: int) -> bool:
    """Whether the line of `n` words is a call the page makes to its reader (see the module's note)."""
    if n > 35:
        return False
    return bool(
        n <= 25
        and _FREE_READS.search(text)
        and _COUNTED.search(text)
        or n <= 25
        and _SHARE_OF_PIECE.search(text)
        and _COUNTED.search(text)
        or n <= 16
        and _GIFT_ARTICLE.search(text)
        and _SUBSCRIBER.search(text)
        or n <= 12
        and _FOR_SUBSCRIBERS.search(text)
        and not text.rstrip().endswith("?")
        or n <= 30
        and pagenotes.AMOUNT.search(text)
        and (_SUBSCRIBE.search(text) or _READ_ALL.search(text) or _SUPPORT.search(text))  # "Support us from 2 €"
        or n <= 25
        and (_SUPPORT.search(text) or _SUBSCRIBE.search(text))
        and _JOURNALISM.search(text)
        or n <= 25
        and _ORDER.search(text)
        and _SHOP.search(text)
        and _SHOP_ITEM.search(text)
        or n <= 25
        and _BET.search(text)
        and _WIN.search(text)
        and (_NOW.search(text) or text.rstrip().endswith("!"))
        or n <= 25
        and _BET.search(" ".join(text.split()[:4]))  # the call opens the line: "Dê o seu palpite …"
        and _CHANCE_TO_WIN.search(text)
        or n <= 20
        and _SHOP_LABEL.match(text)
        and pagenotes.AMOUNT.search(text)
        or n <= 8
        and _ADD.match(text)
        and _KEPT_IN.search(text)
        or n <= 10
        and _FULLSCREEN.search(text)
        and _GALLERY.search(text)
        or n <= 25
        and _SPONSORED.match(text)
        and pagenotes.AMOUNT.search(text)
        or n <= 25
        and _POLL.match(text)
        or n <= 10
        and _RATE.match(text)
        and _RATED.search(text)
        or n <= 10
        and _ARROW_LINK.match(text)
        or n <= 25
        and _WRITE_US.search(text) is not None
        or n <= 24
        and _DONT_MISS.match(text) is not None
        or n <= 10
        and _BACK_ARROW.match(text) is not None
        or n <= 25
        and _CONTEST_CALL.match(text) is not None
        and _TAKE_PART.search(text) is not None
        or n <= 25
        and _TAKE_PART_LABEL.match(text) is not None
        and (pagenotes.AMOUNT.search(text) is not None or _WIN.search(text) is not None)
    )


def is_inline_call(text: str) -> bool:
    """Whether the line is a call the page sets between the story's paragraphs: a donation call under its label
    with the sum it asks for, a reminder under its label, an offer for members, the page's own offer after a
    question. Not counted as furniture that ends a text dump's story (as a box of links does): the story goes on
    under it."""
    n = len(text.split())
    labelled = _LABEL.match(text) is not None
    return (
        n <= 20
        and labelled
        and pagenotes.AMOUNT.search(text) is not None
        and _DONATE.search(text) is not None
        or n <= 20
        and _REMINDER.match(text) is not None
        or n <= 20
        and labelled
        and _MEMBERS_OFFER.search(text) is not None
        or n <= 25
        and _OUR_OFFER.search(text) is not None
        and not text.rstrip().endswith((".", "!"))
    )
