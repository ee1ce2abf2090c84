"""The notices a site prints beside every story, which a copied page keeps among the story's lines.

Told by vocabulary every site of the kind prints, in the eight languages, on a short line that is no
sentence of the story:

- the link to the newsroom's standards ("Why you can trust …", "Our court reporting policy: …"): the
  house names its own policy, standards or code, or asks the reader's trust, in its own voice;
- the browser notice ("Please use a modern browser …", "Your browser does not support …"), read by
  `browsernotices`, the rule a saved page's story is trimmed by too;
- a campaign's counter ("48 213 of 60 000 signatures", "€12,400 raised of €20,000"): two figures joined
  by "of" and the signatures, supporters or money counted, with the petition's label over it and its
  button under it;
- a press release's number on a line of its own ("Press Release Number: PR/26/61"): the kind of page and
  its place in a series;
- a pointer to one related story with its label run into the headline, no colon between
  ("Related Reservoir levels fall again"): the label's word, then a headline with no full stop;
- the house's own product offered for download ("DATA: Download our outlook 2027"): the call and "our";
- a document's link: its title over a line of the file's type and size ("PDF, 2.3MB");
- a broadcaster's note of a programme ("Programmtipp", "On air: …"), with the line under its label;
- the house's own event for its readers ("… at our next live Q&A on 10 June");
- a trial of the subscription offered ("Try 4 weeks for £1"), the way in for those who already pay ("Already a
  subscriber? Log in"), a campaign's button alone ("Sign the petition", "Donate now") and a raffle's label with
  the prize to win ("Competition: win two tickets …");
- an ad's note that the story goes on under it ("Artikel wird nach der Anzeige fortgesetzt"), the button that
  follows a topic ("Thema folgen"), the search engine's button for the house ("Add X as a preferred source"),
  the note that the story belongs to one of the house's series ("This story is part of our series on …").
"""

from __future__ import annotations

import re

from briefkit.importer import downloadcards, pagenotes, pagewords
from briefkit.importer.blocktext import plain, words
from briefkit.importer.browsernotices import browser_notice
from briefkit.importer.lazyre import compile_later

_OUR = (
    r"(?:our|unser\w*|notre|nos|nuestr[oa]s?|(?:il\s+|la\s+|i\s+|le\s+)?nostr[oaie]|(?:o\s+|a\s+)?noss[oa]s?|onze|ons|"
    r"наш\w*)"
)
# "Why you can trust X", "Our editorial standards", "How we report": the house's word on its own reporting
_TRUST = compile_later(
    r"^\W*(?:why\s+you\s+can\s+trust|warum\s+(?:sie|du)\s+uns\s+vertrauen|pourquoi\s+(?:vous\s+pouvez|nous\s+faire)\s+"
    r"(?:nous\s+faire\s+)?confiance|por\s+qu[eé]\s+(?:puedes|puede|pode|você\s+pode)\s+confiar|perch[ée]\s+(?:puoi|potete)\s+"
    r"fidar|waarom\s+(?:u|je)\s+ons\s+(?:kunt|kan)\s+vertrouwen|почему\s+нам\s+(?:можно\s+)?доверя|"
    rf"{_OUR}\s+(?:\w+\s+){{0,3}}?(?:standards?|policy|policies|guidelines|principles|code\s+of\s+(?:conduct|ethics|practice)|"
    r"ethics|richtlinien|leitlinien|grundsätze|standards|kodex|charte|principes|règles\s+déontologiques|déontologie|"
    r"normes|principios|criterios|política|código|estándares|principi|linee\s+guida|codice|norme|"
    r"princípios|diretrizes|normas|padrões|richtlijnen|principes|gedragscode|code|принцип\w*|стандарт\w*|"
    r"правила|политика|кодекс)(?:\s+(?:editori\w*|éditoria\w*|déontologiques?|journalisti\w*|redaccionales|"
    r"редакционн\w*))?(?:\s*:|\s*$))",
    re.I,
)
TRUST_WORDS = 25
_FIGURE = r"(?:[£$€]\s?)?\d[\d., \u00a0\u202f]*\d(?:\s?(?:€|£|\$|euros?|eur))?|(?:[£$€]\s?)?\d"
# "48.213 von 60.000 Unterschriften", "€12,400 raised of €20,000": a campaign's counter, two figures and what
# they count
_COUNTER = compile_later(
    rf"^\W*(?:{_FIGURE})\s+(?:(?:\w+\s+){{0,2}})?(?:of|von|sur|de|di|su|van|из|/)\s+(?:{_FIGURE})(?:\s+[^\W\d_]+){{0,3}}\W*$",
    re.I,
)
_COUNTED = compile_later(
    r"\b(?:signatures?|signed|supporters|signers|unterschriften|unterstützer\w*|unterzeichner\w*|signataires|"
    r"soutiens|firmas|firmantes|apoyos|firme|firmatari|sostenitori|assinaturas|apoiadores|signatários|"
    r"handtekeningen|ondertekenaars|steunbetuigingen|подпис\w+|raised|gesammelt|collectés|recaudad[oa]s|"
    r"raccolti|arrecadad[oa]s|opgehaald|собрано|donors|spender\w*|donateurs|donantes|donatori|doadores|"
    r"donateurs|goal|ziel|objectif|meta|obiettivo|doel|цель)\b",
    re.I,
)
COUNTER_WORDS = 10
# the campaign's label over its counter and the button under it ("Petition: …", "Jetzt unterschreiben")
_CAMPAIGN = compile_later(
    r"\b(?:petition\w*|pétition|petici[oó]n|petizione|petição|petitie|петици\w+|campaign|kampagne|campagne|"
    r"campaña|campagna|campanha|кампани\w+|spendenaktion|fundraiser|collecte|colecta|raccolta\s+fondi|vaquinha|"
    r"inzamelingsactie|сбор\s+средств)\b",
    re.I,
)
_SIGN = compile_later(
    r"^\W*(?:(?:jetzt|now|maintenant|ahora|ya|ora|agora|nu|сейчас)\s+)?(?:sign|unterschreiben|unterzeichnen|signer|"
    r"signez|firmar|firma|firmare|assinar|assine|teken|tekenen|onderteken|подписать|подпишите|donate|spenden|"
    r"faire\s+un\s+don|donar|dona|donare|doar|doe|doneer|doneren|пожертвовать)(?:\s+(?:now|jetzt|"
    r"maintenant|ahora|ya|ora|agora|nu|сейчас|here|hier|ici|aquí|qui|aqui|здесь|the\s+petition|la\s+pétition|"
    r"die\s+petition))?\W*$",
    re.I,
)
CAMPAIGN_WORDS = 8
# "Press Release Number: PR/26/61", "Comunicado de prensa n.º 61/2026": a release's number on its own line
_RELEASE_NUMBER = compile_later(
    r"^\W*(?:press\s+release|news\s+release|media\s+release|presse?mitteilung|pressemeldung|medienmitteilung|"
    r"communiqué(?:\s+de\s+presse)?|comunicado(?:\s+de\s+prensa|\s+de\s+imprensa)?|nota\s+de\s+prensa|"
    r"comunicato(?:\s+stampa)?|nota\s+(?:à|de)\s+imprensa|persbericht|пресс-релиз)\s*"
    r"(?:(?:number|no\.?|nr\.?|nummer|numéro|n[°ºo]\.?|n\.º|n\.|número|numero|№|#)\s*)?:?\s*"
    r"[A-Z]{0,5}[/-]?\d[\w/.-]*\W*$",
    re.I,
)
# "Relacionado La Viñuela supera …": a related story's label with its headline on the line, no colon between
_RELATED_RUN_IN = compile_later(
    r"^(?:related|relacionad[oa]s?|relacionad[oa]|correlat[oi]|verwandt|connexe|gerelateerd|по\s+теме|"
    r"см\.\s+также)\s+(?-i:[A-ZÀ-ÞА-ЯЁ«„\"“])",
    re.I,
)
# "Leggi anche Il porto …", "Lees ook De veerboot …": a read-also label, a space, then the headline's capital
_READ_ALSO_RUN_IN = compile_later(
    pagewords.READ_ALSO.pattern.removesuffix(r"\s*[:.!]?$") + r"\s+(?-i:[A-ZÀ-ÞА-ЯЁ«„\"“])",
    re.I,
    needs=pagewords.opens_read_also,  # (the label's pattern alone matches where this does)
)
RELATED_WORDS = 18
# "DATA: Download our outlook (Premium)", "Téléchargez notre guide": the house's own product, to download or order
_OUR_PRODUCT = compile_later(
    r"^(?:[^\W\d_]{2,15}\s*:\s*)?(?:download|order|get|laden\s+sie|bestellen\s+sie|téléchargez|commandez|descarga|"
    r"descargue|pide|scarica|ordina|baixe|descarregue|encomende|download|bestel|скачайте|закажите)\s+"
    rf"{_OUR}\b",
    re.I,
)
PRODUCT_WORDS = 15
# "… at our next live Q&A on 10 June", "bei unserem nächsten Leserabend": the house's own event for its readers
_OUR_EVENT = compile_later(
    rf"\b{_OUR}\s+(?:next|nächste\w*|prochaine?s?|próxim[oa]s?|prossim[oa]|volgende|следующ\w+)\s+(?:[\w-]+\s+)?"
    r"(?:q\s?&\s?a|webinar\w*|event|livestream|live\s+chat|leserabend|leserforum|veranstaltung|webinaire|"
    r"événement|rencontre|evento|encuentro|seminario\s+web|incontro|diretta|live|bijeenkomst|evenement|"
    r"мероприяти\w+|вебинар\w*|эфир\w*)(?!\w)",
    re.I,
)
EVENT_WORDS = 30
# "Jetzt 30 Tage kostenlos testen", "Try 4 weeks for £1", "Prueba un mes gratis": a trial offered, the call
# opening the line, then the period and its price or "free"
_TRIAL = compile_later(
    r"^\W*(?:(?:jetzt|now|maintenant|ahora|ora|agora|nu|сейчас)\s+)?(?:try|test|testen|essayez|testez|prueba|pruebe|"
    r"prova|provate|experimente|teste|probeer|попробуйте)\b.{0,30}?\b(?:(?:\d+|one|a|un|une|uno|una|um|uma|een|"
    r"ein\w*|один|одну)\s+)?(?:days?|weeks?|months?|tage?n?|wochen?|monate?n?|jours?|semaines?|mois|d[ií]as?|semanas?|"
    r"mes(?:es)?|giorni|settiman[ae]|mes[ei]|dias|meses|dagen|weken|maand(?:en)?|дн\w*|недел\w*|месяц\w*)\b"
    # the verb last ("Jetzt 30 Tage kostenlos testen", "Nu 4 weken gratis proberen")
    r"|^\W*(?:(?:jetzt|nu)\s+)?(?:\d+|ein\w*|een)\s+(?:tage?n?|wochen?|monate?n?|dagen|weken|maand(?:en)?)\s+"
    r".{0,25}?\b(?:testen|lesen|proberen|lezen)\b",
    re.I,
)
TRIAL_WORDS = 15
_TRIAL_TERMS = compile_later(
    r"\b(?:free|kostenlos|gratis|gratuit\w*|grátis|бесплатно)\b|[£$€₽]\s?\d|\d\s?(?:[£$€₽]|euros?\b)", re.I
)
# "Ya tienes cuenta? Inicia sesión", "Already a subscriber? Log in": the way in for those who pay, asked
_ALREADY = compile_later(
    r"\b(?:already|bereits|schon|déjà|ya|già|já|al|уже)\b.{0,30}?\b(?:subscriber|account|member|abonnent\w*|"
    r"kunde|konto|abonné\w*|compte|suscriptor\w*|cuenta|abbonat\w*|account|assinante|conta|abonnee|lid|"
    r"подписчик\w*|подписаны|аккаунт)\b[^?]{0,20}\?",
    re.I,
)
ALREADY_WORDS = 10
# "Sign the petition", "Faites un don", "Пожертвовать": a campaign's button alone on its line
_CAMPAIGN_BUTTON = compile_later(
    r"^\W*(?:(?:sign|unterschreiben\s+sie|unterzeichnen\s+sie|signez|firma|firme|assine|assina|teken|onderteken|"
    r"подпишите)\s+(?:the\s+|die\s+|la\s+|a\s+|de\s+|onze\s+|unsere\s+|notre\s+|nuestra\s+|la\s+nostra\s+|"
    r"a\s+nossa\s+|нашу\s+)?(?:petition|pétition|petici[oó]n|petizione|petição|petitie|петицию)|donate|spenden\s+sie|"
    r"faites\s+un\s+don|haz\s+una\s+donaci[oó]n|haga\s+una\s+donaci[oó]n|fai\s+una\s+donazione|"
    r"fa[çc]a\s+uma\s+doa[çc][aã]o|doneer|пожертвовать|пожертвуйте)(?:\s+(?:now|today|here|jetzt|heute|hier|"
    r"maintenant|ici|ahora|hoy|aquí|ora|oggi|qui|agora|hoje|aqui|nu|vandaag|сейчас|здесь))?\s*[!→›»>]?$",
    re.I,
)
# "Concurso: gana dos entradas …": a raffle's label, then the prize to win
_RAFFLE = compile_later(
    r"^\W*(?:concurso|sorteo|sorteio|concorso|gewinnspiel|verlosung|giveaway|competition|(?:jeu-)?concours|"
    r"winactie|prijsvraag|розыгрыш|конкурс)\s*:\s*.{0,40}?\b(?:gana|ganar|ganhe|ganhar|vinci|vincere|gewinnen|"
    r"win|winnen|gagnez|gagner|à\s+gagner|выиграйте|выиграть)\b",
    re.I,
)
RAFFLE_WORDS = 25
# "Artikel wird nach der Anzeige fortgesetzt", "Advertisement - Scroll to continue": the ad's note, the story goes on
_AFTER_AD = compile_later(
    r"\b(?:continu\w*|fortgesetzt|weiter\w*|suite|sigue|prosegue|segue|verder|продолжени\w*|scroll)\b.{0,40}?"
    r"\b(?:anzeige|werbung|advertisement|publicité|anuncio|publicidad|pubblicità|publicidade|anúncio|"
    r"advertentie|реклам\w*)\b|\b(?:anzeige|werbung|advertisement|publicité|anuncio|publicidad|pubblicità|"
    r"publicidade|advertentie|реклама)\b.{0,20}?\b(?:continu\w*|fortgesetzt|weiter\w*|suite|sigue|prosegue|"
    r"segue|verder|продолжени\w*|scroll)\b",
    re.I,
)
AD_NOTE_WORDS = 10
# "Thema folgen", "Follow this topic", "Suivre ce sujet": the button that follows a topic or an author
_FOLLOW_TOPIC = compile_later(
    r"^\W*(?:(?:follow|suivre|seguir|segui|seguire|volg|подписаться\s+на|следить\s+за)\s+(?:this\s+|the\s+|ce\s+|"
    r"cette\s+|l['’]\s*|este\s+|esta\s+|el\s+|questo\s+|l['’]\s*|dit\s+|deze\s+|de\s+|эт\w+\s+)?(?:topic|subject|"
    r"author|sujet|thème|auteur|autrice|tema|autor[a]?|argomento|autore|autrice|onderwerp|auteur|тем\w+|автор\w*)|"
    r"(?:dem\s+|diesem\s+)?(?:thema|autor|autorin)\s+folgen|(?:onderwerp|auteur)\s+volgen)\W*$",
    re.I,
)
# "This story is part of our series on …", "Dieser Artikel ist Teil unserer Serie": the house's note on the series
_SERIES = compile_later(
    r"^\W*(?:this|dieser|diese|cet|cette|este|esta|questo|questa|dit|deze|этот|эта|данн\w+)\s+(?:\w+\s+)?(?:article|story|"
    r"piece|artikel|beitrag|text|reportage|artículo|reportaje|articolo|artigo|reportagem|verhaal|stuk|статья|"
    r"материал)\s+(?:is|ist|fait|forme|es|forma|è|fa|faz|é|maakt|является|входит)\s+(?:\w+\s+){0,2}?(?:part|teil|"
    r"partie|parte|deel|onderdeel|частью|в\s+цикл|в\s+серию)\b.{0,40}?\b(?:series|serie|série|reeks|цикл\w*|"
    r"сери\w+|dossier|spezial|special)",
    re.I,
)
SERIES_WORDS = 25
FILE_TITLE_WORDS = 12
# "Programmtipp", "On air: …": a broadcaster's note of a programme, over or before the line that names it
_PROGRAMME = (
    r"(?:programm|sende|tv-?|radio|hör|fernseh)-?tipps?|sendehinweis|programme\s+(?:note|tip)|on\s+air|"
    r"à\s+l['’]antenne|à\s+(?:voir|écouter)\s+(?:à\s+la\s+(?:télé|radio)|sur\s+\S+)|en\s+antena|"
    r"in\s+onda|no\s+ar|uitzendtip|kijktip|luistertip|в\s+эфире|смотрите\s+в\s+эфире"
)
# alone on its line only a tip's label: "On air" or "In onda" alone may be the story's subheading
_PROGRAMME_LABEL = compile_later(
    r"^\W*(?:(?:programm|sende|tv-?|radio|hör|fernseh)-?tipps?|sendehinweis|programme\s+(?:note|tip)|uitzendtip|"
    r"kijktip|luistertip)\s*:?$",
    re.I,
)
_PROGRAMME_NOTE = compile_later(rf"^\W*(?:{_PROGRAMME})\s*:\s*\S", re.I)
PROGRAMME_WORDS = 30


def notice_line(unit: str) -> bool:
    """Whether the line is one of the site's notices (see the module's note), alone on its line."""
    text = plain(unit).strip()
    n = len(words(text))
    if n == 0 or "\n" in text:
        return False
    return (
        n <= TRUST_WORDS
        and _TRUST.match(text) is not None
        or browser_notice(text)
        or counter_line(text)
        or _RELEASE_NUMBER.match(text) is not None
        or n <= RELATED_WORDS
        and (_RELATED_RUN_IN.match(text) is not None or _READ_ALSO_RUN_IN.match(text) is not None)
        and not text.endswith((".", "!", "?", "”", '"', "»", ":"))
        or n <= PRODUCT_WORDS
        and _OUR_PRODUCT.match(text) is not None
        or n <= PROGRAMME_WORDS
        and _PROGRAMME_NOTE.match(text) is not None
        or n <= EVENT_WORDS
        and _OUR_EVENT.search(text) is not None
        or n <= TRIAL_WORDS
        and _TRIAL.match(text) is not None
        and _TRIAL_TERMS.search(text) is not None
        or n <= ALREADY_WORDS
        and _ALREADY.search(text) is not None
        or _CAMPAIGN_BUTTON.match(text) is not None
        or n <= RAFFLE_WORDS
        and _RAFFLE.match(text) is not None
        or n <= AD_NOTE_WORDS
        and _AFTER_AD.search(text) is not None
        and not _sentence(text)
        or _FOLLOW_TOPIC.match(text) is not None
        or pagenotes.preferred_source(text, n)
        or n <= SERIES_WORDS
        and _SERIES.match(text) is not None
    )


def _sentence(unit: str) -> bool:
    return plain(unit).strip().endswith((".", "!", "?", "”", '"', "»"))


def counter_line(text: str) -> bool:
    """A campaign's counter: two figures joined by "of", what they count named, nothing else."""
    return len(words(text)) <= COUNTER_WORDS and _COUNTER.match(text) is not None and _COUNTED.search(text) is not None


def without_notices(body: list[str]) -> list[str]:
    """The story's lines less the site's notices; a campaign's counter with its label over it and its button
    under it."""
    drop = [notice_line(u) for u in body]
    for i, unit in enumerate(body):
        text = plain(unit).strip()
        if downloadcards.FILE_TYPE_SIZE.match(re.sub(r"^\W+", "", text)) and len(words(text)) <= FILE_TITLE_WORDS:
            drop[i] = True  # the file's type and size; its title over it, a few words and no sentence
            if i > 0 and len(words(plain(body[i - 1]))) <= FILE_TITLE_WORDS and not _sentence(body[i - 1]):
                drop[i - 1] = True
        if _PROGRAMME_LABEL.match(text) and i + 1 < len(body) and len(words(plain(body[i + 1]))) <= PROGRAMME_WORDS:
            drop[i] = drop[i + 1] = True  # the note's label alone, the programme named on the line under it
        if not counter_line(plain(unit).strip()):
            continue
        if i > 0 and len(words(plain(body[i - 1]))) <= CAMPAIGN_WORDS and _CAMPAIGN.search(plain(body[i - 1])):
            drop[i - 1] = True
        if i + 1 < len(body) and _SIGN.match(plain(body[i + 1]).strip()):
            drop[i + 1] = True
    kept = [u for u, d in zip(body, drop, strict=True) if not d]
    return kept if kept else body
