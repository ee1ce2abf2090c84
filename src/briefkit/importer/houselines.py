"""The lines a site prints in its own voice into a copied story, told by words every site of the
kind prints, in each language, and by their shape.

- a pointer to one other story on the story's own line, after a related-links label and a colon
  ("More on this: A headline without a full stop"): the label is the one that heads a box of links
  after a story (`pagewords.END_LABEL`), and a headline ends on no sentence's mark;
- the rules for the readers' comments ("Comments must be in English and will be moderated"): the
  comments as the subject of a duty or of moderation, with a word of the rules it sets; a story's
  sentence about comments (a consultation's, a minister's) names no such rule;
- a press office's contact line: a name with a telephone number and an e-mail address, no sentence;
- the plug for the house's podcast ("Listen to our podcast …"): the listener addressed, "our";
- the question whether the reader liked the article, opening the appeal that follows it;
- a newsletter's line for the reader it was passed on to ("Forwarded this email? Sign up here"): the
  forwarding asked about, the call to sign up; only in the story's lines, where a headline above
  does not hang on it;
- a subscription's price called out to the reader ("…, subscribe from 1 € for the first month"):
  the call, then within a few words the sum;
- a share's quote set into the story: a name, a price, a signed change in per cent ("Example AG
  14,62 € +3,1 %"), a few words (its box's buttons with them) and no sentence; a table's row (cells
  split by tabs or bars) is the story's;
- a newsletter's pitch with its sign-up button after the pitch's last sentence, on one line ("… every
  morning at six. Sign up now"): a story's line ends on its sentence, not on a button;
- the printed paper's delivery offered to the reader ("Get the paper delivered to your door every
  Thursday"): a call (get, receive, order) that opens the line, then the delivery;
- the newsroom's call for tips: a short question about a tip or a story, and the line under it that
  names the newsroom, its reporters or how to reach it ("Got a news tip?" / "Contact our newsroom — send us …");
- a pointer to a video or a live page: its label in capitals or before a colon ("WATCH: …", "EN DIRECT
  …"), then the other page's headline, no sentence;
- the link to every article on the story's subject ("All articles on the harbour crisis"), no sentence;
- the call to write to the newsroom or to advertise with it, with the address or number to reach it;
- the note that the story comes from a printed issue ("This article appeared in issue 49/2026");
- the note naming who funds the newsroom's reporting ("Her reporting is funded in part by …");
- a link's line sending the reader to the site's other stories "here" ("Read more council news here.");
- a bar of buttons (share, copy the link, print, comment, listen, give as a gift), printed as one line of
  their words and nothing else but the article they act on ("Share full article", "Deel artikel
  Bewaar"). The last such bar, when the page prints only one, closes the story: what stands under it
  (a teaser's headline, the site's footer) is the page's, unless two paragraphs of prose follow, which
  a story's own text would (a page printing its share bar above the story).
"""

from __future__ import annotations

import re

from briefkit.importer import pagewords
from briefkit.importer.blocktext import plain, words
from briefkit.importer.lazyre import compile_later

POINTER_WORDS = 18
_POINTER = compile_later(  # (no colon, no match: the long list of labels is not run)
    rf"^(?:{pagewords.END_LABEL})\s*:\s+(?-i:[A-ZÀ-ÞА-ЯЁ«„\"“])", re.I, needs=lambda text: ":" in text
)

# the comments, as the subject of a duty or of their moderation
_COMMENTS_MUST = compile_later(
    r"^(?:(?:all|alle|les|tous\s+les|los|todos\s+los|i|tutti\s+i|os|todos\s+os)\s+)?"
    r"(?:comments|reader\s+comments|kommentare|leserkommentare|commentaires|comentarios|commenti|comentários|"
    r"reacties|комментарии)\s+"
    r"(?:are|will\s+be|must|have\s+to|should|may|werden|müssen|sollten|dürfen|sont|seront|doivent|peuvent|"
    r"son|están|serán|deben|pueden|sono|saranno|devono|possono|são|estão|serão|devem|podem|worden|moeten|mogen|"
    r"sind|zijn|"
    r"проходят|модерируются|должны|публикуются|не\s+должны)\b",
    re.I,
)
# a word of the rules the comments are held to
_COMMENT_RULES = compile_later(
    r"\b(?:moderat\w*|modér\w*|moderad\w*|modera\w*|gemodereerd|модер\w*|abusive|offensive|insult\w*|"
    r"respectful|personal|guidelines|policy|full\s+sentences|netiquette|beleidig\w*|richtlinien|regeln|"
    r"injurieu\w*|respectueu\w*|charte|ofensiv\w*|insult\w*|respetuos\w*|normas|reglas|offensiv\w*|regole|"
    r"rispettos\w*|regras|respeitos\w*|regels|respectvol\w*|beledig\w*|правил\w*|оскорб\w*)\b",
    re.I,
)
RULES_WORDS = 45

# a telephone number: a country code or a leading zero, then groups of digits, eight or more in all
_PHONE = compile_later(r"(?<![\w.,])(?:\+\d{1,3}|0)[\d\s./()-]{6,18}\d(?![\w.,]\d)")
_EMAIL = compile_later(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
PHONE_DIGITS = 8
CONTACT_WORDS = 16

# "Listen to our podcast …", "Luister ook naar onze podcast …": the listener addressed, the house's podcast
_OUR_PODCAST = compile_later(
    r"^\W*(?:listen|hören\s+sie|hör|écoutez|écoute|escucha|escuche|escuchá|ascolta|ascoltate|ouça|oiça|ouve|"
    r"escute|luister|слушайте|послушайте)\b.{0,30}?\b(?:our|unser\w*|notre|nos|nuestros?|nuestras?|il\s+nostro|"
    r"nostro|nostri|o\s+nosso|nosso|nossos|onze|ons|наш\w*)\s+(?:\w+\s+)?(?:podcasts?|подкаст\w*)\b",
    re.I,
)
PODCAST_WORDS = 25

# "Did you like this article?", "Gostou deste artigo?": the question that opens the appeal after a story
_LIKED = compile_later(
    r"^\W*(?:did\s+you\s+(?:like|enjoy)|(?:liked|enjoyed)|hat\s+(?:ihnen|dir)|gefällt\s+(?:ihnen|dir)|"
    r"(?:vous\s+avez|tu\s+as)\s+aimé|¿?(?:te|le)\s+gustó|ti\s+è\s+piaciut[oa]|le\s+è\s+piaciut[oa]|gostou\s+d[eo]st[ea]|"
    r"vond\s+(?:je|u)|понравил\w+)\b[^?]{0,40}?\b(?:article|story|piece|artikel|beitrag|text|texto|artículo|"
    r"nota|artigo|reportagem|articolo|pezzo|verhaal|stuk|стать[яюи]|материал|текст)\b[^?]{0,30}\?",
    re.I,
)
LIKED_WORDS = 45

# "abonnez-vous dès 1 €", "subscribe for £1 a week": the call to subscribe, then the price it names
_PRICED_CALL = compile_later(
    r"\b(?:subscribe|abonnieren\s+sie|abonniere|abonnez-vous|suscr[ií]bete|suscríbase|abbonati|abbonatevi|"
    r"assine|assina|subscreva|word\s+abonnee|neem\s+een\s+abonnement|подпишитесь)\b.{0,30}?"
    r"(?:[£$€]\s?\d|\d(?:[.,]\d+)?\s?(?:€|£|(?:euros?|eur|руб\w*)\b))",
    re.I,
)
CALL_WORDS = 30

# "Forwarded this email? Sign up here": a newsletter's line for the reader it was passed on to
_FORWARDED = compile_later(
    r"\b(?:forwarded|weitergeleitet|transféré\w*|reenviad[oa]|reenviaron|inoltrat[oa]|encaminhad[oa]|"
    r"reencaminhad[oa]|doorgestuurd|переслал\w*|переслали)\b",
    re.I,
)
_SIGN_UP = compile_later(
    r"\b(?:sign\s+up|subscribe|abonnieren|abonniere|anmelden|melde\s+dich|inscri\w+|abonne[zr]|suscr[ií]b\w+|"
    r"iscriviti|iscriversi|assine|inscreva-se|aanmelden|abonneer|meld\s+je\s+aan|подпиш\w+|подпис\w+)\b",
    re.I,
)
FORWARDED_WORDS = 16

# "Got a news tip?", "Haben Sie einen Hinweis?": the newsroom asks the reader, in a few words
_TIP_ASK = compile_later(
    r"^\W*(?:got|have|do\s+you\s+have|haben\s+sie|hast\s+du|vous\s+avez|avez-vous|as-tu|tienes|tiene|"
    r"hai|ha|tem|tens|heeft\s+u|heb\s+je|есть\s+ли|у\s+вас\s+есть)\s+(?:[^\W\d_]+\s+){0,2}?(?:tips?|story|hinweis\w*|tipps?|"
    r"info\w*|pistas?|noticias?|segnalazion\w*|notizi\w*|dicas?|histórias?|notícias?|nieuwstip|новост\w*|"
    r"информаци\w*)\b[^?]{0,45}\?$",
    re.I,
)
TIP_WORDS = 12  # "Do you have a tip about the buses in your town?"
# the line under it: the newsroom named, or an address or a number to reach it
_NEWSROOM = compile_later(
    r"\b(?:newsroom|news\s*desk|redaktion|redactie|rédaction|redacción|redazione|redação|редакци\w+|"
    r"(?:our|unser\w*|nos|nuestr[oa]s|i\s+nostri|nossos|onze)\s+(?:reporters|journalists|reporter(?:innen)?|"
    r"journalist(?:en|innen)|journalistes|reporters|periodistas|giornalisti|jornalistas|repórteres|verslaggevers|"
    r"journalisten)|наш\w*\s+журналист\w*)\b",
    re.I,
)
REACH_WORDS = 30

# "14,62 € +3,1 %", "19.842 −0.8%": a price (its currency after it), then its change in per cent with a sign
_QUOTE = compile_later(
    r"(?<![\w.,+−–-])\d+[.,]\d+\s?(?:[€$£¥₽]|eur|usd|gbp|chf|руб\.?)?\s+[+−–-]\s?\d+(?:[.,]\d+)?\s?%", re.I
)
QUOTE_WORDS = 10

# a sign-up button's words, alone after the pitch's last sentence: "Jetzt kostenlos abonnieren", "Sign up now"
_BUTTON_TAIL = compile_later(
    r"(?:(?:jetzt|hier|now|here|today|free|gratis|kostenlos|maintenant|ici|gratuitement|ahora|aquí|gratuitamente|"
    r"ora|qui|agora|aqui|nu|hier|gratis|сейчас|здесь|бесплатно)\s+){0,2}"
    r"(?:sign\s+(?:me\s+)?up|subscribe|abonnieren|anmelden|registrieren|abonnez-vous|inscrivez-vous|s['’]inscrire|"
    r"je\s+m['’]inscris|suscr[ií]bete|suscríbase|reg[ií]strate|iscriviti|abbonati|inscreva-se|assine|cadastre-se|"
    r"aanmelden|meld\s+je\s+aan|abonneer|schrijf\s+je\s+in|подписаться|подпишитесь|"
    # a contest's or an award's call to take part: "… entries close 29 January. Enter now"
    r"enter|mitmachen|teilnehmen|participez|participer|participa|participar|partecipa|partecipare|participe|"
    r"doe\s+mee|meedoen|участвовать|участвуйте)"
    r"(?:\s+(?:now|here|today|for\s+free|jetzt|hier|kostenlos|gratis|maintenant|ici|gratuitement|ahora|aquí|"
    r"gratuitamente|ora|qui|agora|aqui|nu|сейчас|здесь|бесплатно))?\s*[!→›»>]?",
    re.I,
)
_LAST_SENTENCE_AND_REST = compile_later(r"^(.*\S[.!?])\s+(\S.*)$", re.S)
PITCH_WORDS = 40

# "Get the paper delivered to your door", "Lassen Sie sich die Zeitung nach Hause liefern": the call, the delivery
_DELIVERED = compile_later(
    r"^\W*(?:get|have|receive|order|bekommen\s+sie|lassen\s+sie\s+sich|bestellen\s+sie|recevez|faites-vous|"
    r"recibe|reciba|ricevi|riceva|receba|recebe|ontvang|laat|получайте|закажите)\b.{0,60}?\b(?:delivered|"
    r"geliefert|liefern|zugestellt|livr[ée]e?s?|livrer|entregad[oa]s?|recapitat[oa]|consegnat[oa]|entregue|"
    r"bezorgd|bezorgen|доставк\w*)\b",
    re.I,
)
DELIVERY_WORDS = 25

# "WATCH: The council meeting in full", "EN DIRECT Suivez le débat": a video's, a live page's or the paper's
# comment's label, then its headline
_POINTED = compile_later(
    r"^\W*(?P<label>watch|video|vídeo|vidéo|видео|bekijk|kijk|regardez|mira|guarda|assista|assiste|veja|"
    r"sehen\s+sie|schauen\s+sie|смотрите|live|liveblog|live-?ticker|en\s+direct|en\s+vivo|en\s+directo|"
    r"in\s+diretta|ao\s+vivo|прямая\s+трансляция|онлайн|"
    # "Zum Kommentar: …", "Editorial: …": the paper's own comment on the story, its headline after the label
    r"zum\s+kommentar|unser\s+kommentar|our\s+(?:editorial|view)|editorial|l['’]éditorial|notre\s+éditorial|"
    r"el\s+editorial|l['’]editoriale|o\s+editorial|het\s+commentaar|редакционная\s+колонка)(?P<mark>\s*[.:|]|\s*[–—-]\s)?\s+(?P<next>\S)",
    re.I,
)
POINTED_WORDS = 20
# "All articles on the harbour crisis", "Todos os artigos sobre …": the link to every story on the subject
_ALL_ARTICLES = compile_later(
    r"^\W*(?:all\s+(?:our\s+)?(?:articles|stories|coverage|news)\s+(?:on|about)|"
    r"alle\s+(?:artikel|beiträge|texte|nachrichten|meldungen)\s+(?:zu[mr]?|über)|"
    r"tous\s+(?:les|nos)\s+articles\s+(?:sur|consacrés)|todos\s+(?:los|nuestros)\s+(?:artículos|contenidos)\s+"
    r"(?:sobre|de)|tutti\s+gli\s+articoli\s+(?:su|sul|sulla|sull['’]|sui|sulle)|todos\s+os\s+(?:artigos|conteúdos)\s+"
    r"(?:sobre|de)|alle\s+artikelen\s+over|все\s+(?:материалы|статьи|новости)\s+(?:о|об|по))\b",
    re.I,
)
ALL_WORDS = 16
# "Schreiben Sie uns: …@…", "Adverteren in de krant? Bel 0521 …": the call to write in or to advertise, and how
_WRITE_TO_US = compile_later(
    r"^\W*(?:write\s+to\s+us|email\s+us|schreiben\s+sie\s+uns|schreib\s+uns|écrivez-nous|escríbenos|escríbanos|"
    r"scriveteci|scrivici|scrivi\s+alla\s+redazione|escreva-nos|escreve-nos|schrijf\s+ons|mail\s+ons|"
    r"напишите\s+нам|пишите\s+нам)\b",
    re.I,
)
_ADVERTISE = compile_later(
    r"^\W*(?:advertis\w*|werben|inserieren|annoncer|faire\s+de\s+la\s+publicité|anunci\w+|fare\s+pubblicità|"
    r"pubblicità|publicidade|anuncie|adverteren|реклама)\b[^?]{0,60}\?",
    re.I,
)
WRITE_WORDS = 30
# "Questo articolo è tratto dal numero 49": the printed issue the story comes from
_FROM_ISSUE = compile_later(
    r"^\W*(?:(?:dieser|der)\s+(?:artikel|beitrag|text)\s+(?:erschien|ist\s+erschienen|stammt)|"
    r"this\s+(?:article|story)\s+(?:first\s+)?(?:appeared|appears|was\s+published|is\s+from)|"
    r"cet\s+article\s+(?:est\s+paru|a\s+paru|a\s+été\s+publié|est\s+extrait)|"
    r"este\s+(?:artículo|reportaje)\s+(?:apareció|se\s+publicó|fue\s+publicado)|"
    r"questo\s+articolo\s+è\s+(?:tratto|uscito|stato\s+pubblicato)|este\s+(?:artigo|texto)\s+(?:foi\s+publicado|saiu)|"
    r"dit\s+artikel\s+(?:verscheen|is\s+verschenen)|(?:эта\s+статья|этот\s+материал)\s+(?:опубликован\w*|вышл?\w*))\b"
    r".{0,80}?\b(?:ausgabe|heft|issue|edition|numéro|édition|número|edición|numero|edizione|edição|nummer|editie|"
    r"номер\w*|выпуск\w*)\b",
    re.I,
)
ISSUE_WORDS = 30
# "Her reporting on the county is funded in part by …": who pays for the newsroom's reporting
_FUNDED = compile_later(
    r"\b(?:reporting|coverage|journalism)\b.{0,80}?\b(?:is|was|are)\s+(?:funded|supported|made\s+possible|"
    r"underwritten)\b|\b(?:berichterstattung|recherche)\b.{0,80}?\b(?:wird|wurde)\b.{0,60}?\b(?:gefördert|"
    r"unterstützt|finanziert)\b|\b(?:reportage|enquête|couverture)\b.{0,60}?\b(?:est|a\s+été)\s+(?:financée?|"
    r"soutenue?|réalisée?\s+avec\s+le\s+soutien)\b|\b(?:cobertura|reportaje|periodismo)\b.{0,60}?\b(?:es|fue|ha\s+sido)\s+"
    r"(?:financiad[oa]|apoyad[oa]|posible\s+gracias)\b|\b(?:inchiesta|reportage|giornalismo)\b.{0,60}?\bè\s+"
    r"(?:finanziat[oa]|sostenut[oa]|realizzat[oa]\s+con\s+il\s+sostegno)\b|\b(?:cobertura|reportagem|jornalismo)\b"
    r".{0,60}?\b(?:é|foi)\s+(?:financiad[oa]|apoiad[oa])\b|\b(?:verslaggeving|journalistiek)\b.{0,60}?\b(?:wordt|werd|is)\s+"
    r"(?:gefinancierd|gesteund|mogelijk\s+gemaakt)\b|\bматериал\w*\s+(?:подготовлен|создан)\w*\s+при\s+поддержке\b",
    re.I,
)
FUNDED_WORDS = 40
# "Read the latest council stories here.", "Mehr Nachrichten aus dem Kreis finden Sie bei uns.": a link's line that
# sends the reader to the site's other stories, ending on the "here" the link stands on; no clause, no quote in it
_READ_HERE = compile_later(
    r"^\W*(?:read|find|discover|lesen\s+sie|finden\s+sie|entdecken\s+sie|lisez|retrouvez|découvrez|lee|lea|encuentra|"
    r"encuentre|descubre|leggi|trova|trovi|scopri|leia|encontre|descubra|lees|vind|ontdek|читайте|узнайте|"
    r"(?:mehr|weitere|more|plus\s+d['’]|más|altre|mais|meer|больше)\s+(?:news|nachrichten|artikel|infos?|"
    r"actualités|noticias|notizie|notícias|nieuws|новост\w*))\b[^,;:“”\"«»]{0,100}?\b(?:here|hier|ici|aquí|aqui|qui|здесь|"
    r"bei\s+uns|chez\s+nous|con\s+nosotros|da\s+noi|connosco|conosco|bij\s+ons|у\s+нас)\s*[.!]?$",
    re.I,
)
HERE_WORDS = 20


def _pointer_line(text: str, n: int) -> bool:
    """A video's or a live page's label, in capitals or before a mark, then another page's headline."""
    found = _POINTED.match(text)
    if found is None or n > POINTED_WORDS or text.endswith((".", "!", "?", "”", '"', "»")):
        return False
    if found.group("mark"):
        return True
    return found.group("label").isupper() and (found.group("next").isupper() or found.group("next") in '«„"“‘')


def _own_voice(text: str, n: int) -> bool:
    """A pointer to a video or a live page, the link to every article on the subject, the call to write in or to
    advertise with the way to do it, the printed issue's note, the funding note, the link to more stories "here"
    (see the module's note)."""
    reach = _EMAIL.search(text) is not None or _phone(text)
    return (
        _pointer_line(text, n)
        or n <= ALL_WORDS
        and _ALL_ARTICLES.match(text) is not None
        and not text.endswith(".")
        or n <= WRITE_WORDS
        and reach
        and (_WRITE_TO_US.match(text) is not None or _ADVERTISE.match(text) is not None)
        or n <= ISSUE_WORDS
        and _FROM_ISSUE.match(text) is not None
        or n <= FUNDED_WORDS
        and _FUNDED.search(text) is not None
        or n <= HERE_WORDS
        and _READ_HERE.match(text) is not None
    )


# the buttons' words: a bar made of nothing else is the page's
_BUTTON_WORDS = frozenset(
    """share copy link print comment comments email e-mail mail save read later bookmark react
    teilen kopieren drucken kommentieren kommentare merken später lesen
    partager copier le lien imprimer commenter commentaires enregistrer lire plus tard
    compartir copiar enlace imprimir comentar comentarios guardar leer más tarde
    condividi copia stampa commenta commenti salva leggi dopo
    partilhar compartilhar partilhe compartilhe comentários guardar ler mais tarde
    delen kopieer kopiëren printen reageer reageren reacties bewaar opslaan lezen
    поделиться скопировать ссылку печать комментировать комментарии сохранить читать позже
    facebook twitter x whatsapp linkedin telegram
    listen anhören vorlesen écouter escuchar ascolta ouvir luister deel слушать
    gift verschenken offrir regalar regala presentear cadeau schenken подарить
    full this the dieser den diesen cet ce cette l le la el este esta il questo o a este het dit deze эту
    article artikel articolo artículo artigo статью""".split()
)
_SHARE_VERBS = frozenset(
    "share teilen partager compartir condividi partilhar compartilhar partilhe compartilhe delen deel поделиться "
    "print drucken imprimer imprimir stampa printen печать "
    "listen anhören écouter escuchar ascolta ouvir luister слушать "
    "gift verschenken offrir regalar regala presentear schenken подарить".split()
)
BAR_WORDS = 8
PROSE_WORDS = 12
PROSE_AFTER = 2


def house_line(unit: str) -> bool:
    """Whether the line is one the site prints into or under every story (see the module's note)."""
    text = plain(unit).strip()
    n = len(words(text))
    if n == 0 or "\n" in text:
        return False
    return (
        n <= POINTER_WORDS
        and _POINTER.match(text) is not None
        and not text.endswith((".", "!", "?", "”", '"', "»"))
        or n <= RULES_WORDS
        and _COMMENTS_MUST.match(text) is not None
        and _COMMENT_RULES.search(text) is not None
        or n <= CONTACT_WORDS
        and _EMAIL.search(text) is not None
        and _phone(text)
        or n <= PODCAST_WORDS
        and _OUR_PODCAST.match(text) is not None
        or n <= LIKED_WORDS
        and _LIKED.match(text) is not None
        or n <= DELIVERY_WORDS
        and _DELIVERED.match(text) is not None
        and not text.endswith(".")
        or n <= CALL_WORDS
        and _PRICED_CALL.search(text) is not None
        or n <= FORWARDED_WORDS
        and "?" in text
        and _FORWARDED.search(text) is not None
        and _SIGN_UP.search(text) is not None
        or button_bar(text)
        or _share_quote(text)
        or n <= PITCH_WORDS
        and _pitch_and_button(text)
        or _own_voice(text, n)
    )


def _share_quote(text: str) -> bool:
    """A share's name, price and change on one line, with its box's buttons ("Zum Kursverlauf"), not a
    table's row and not a sentence. Its words are counted without the figures, which split into many."""
    return (
        len(re.findall(r"[^\W\d_]+", text)) <= QUOTE_WORDS
        and _QUOTE.search(text) is not None
        and not re.search(r"[\t|]", text)
        and not re.search(r"[.!?]$", text)
    )


def _pitch_and_button(text: str) -> bool:
    """A newsletter's pitch with its sign-up button after its last sentence, on one line: "… every morning
    at six. Subscribe for free". A story's line ends on its sentence, never on a button's words."""
    found = _LAST_SENTENCE_AND_REST.match(text)
    return found is not None and _BUTTON_TAIL.fullmatch(found.group(2).strip()) is not None


def _phone(text: str) -> bool:
    return any(sum(c.isdigit() for c in m.group(0)) >= PHONE_DIGITS for m in _PHONE.finditer(text))


def button_bar(text: str) -> bool:
    """A line of buttons' words only, one of them a share, a print or a listen button ("Share Copy link")."""
    text = re.sub(r"(?<=[a-zäöüßàâçéèêáíóúñ])(?=[A-ZÄÖÜÀÂÇÉÈÊÁÍÓÚÑ])", " ", text)  # "merkenDiesen": glued buttons
    tokens = [t.casefold() for t in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)?", text)]
    return (
        2 <= len(tokens) <= BAR_WORDS
        and all(t in _BUTTON_WORDS for t in tokens)
        and any(t in _SHARE_VERBS for t in tokens)
        and not re.search(r"[.!?]$", text.strip())
    )


def _prose(unit: str) -> bool:
    text = plain(unit).strip()
    return len(words(text)) >= PROSE_WORDS and re.search(r"[.!?…»”\"]$", text) is not None


def without_house_lines(body: list[str]) -> list[str]:
    """The story's lines less the site's own; its end at the one bar of buttons under it."""
    bars = [i for i, u in enumerate(body) if button_bar(plain(u).strip())]
    if len(bars) == 1 and bars[0] >= len(body) // 2 and bars[0] > 0:
        after = body[bars[0] + 1 :]
        if sum(_prose(u) for u in after) < PROSE_AFTER:
            body = body[: bars[0]]
    drop = [house_line(u) for u in body]
    for i in range(len(body) - 1):
        ask = plain(body[i]).strip()
        if len(words(ask)) <= TIP_WORDS and _TIP_ASK.match(ask):
            drop[i] = True
            under = plain(body[i + 1]).strip()
            reach = _NEWSROOM.search(under) or _EMAIL.search(under) or _phone(under)
            drop[i + 1] = drop[i + 1] or bool(reach and len(words(under)) <= REACH_WORDS)
    kept = [u for u, d in zip(body, drop, strict=True) if not d]
    return kept if kept else body
