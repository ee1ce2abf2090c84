"""What a page says about itself in one line, told by vocabulary that holds across sites.

Each of these lines speaks of the page, the reader's browser or the publication, never of the
story's subject: a notice that a video needs JavaScript or an embedded post needs third-party
cookies, the print issue the article appeared in, a pointer to another piece of a news service with
its length, the article's own address under a print view, a note that the story came from a
syndicated feed, the request to log in to comment, a paywall's offer to read on, a call to send a
letter on "this article", a messenger channel's plug or the call to join it, the call to follow the
site on a news app or a messenger, a note that the comments are closed, a share button, a light
page's link to its comments, an embedded post's placeholder, an audio player's note, an affiliate
disclosure, the editors' disclaimer under an opinion (or of the views its contributors expressed), a
note that the story is free to read or funded by a reporting
scheme, a trust badge.
Every pattern pairs two words of its kind (the object and the action), so that a story about
JavaScript, cookies or a newspaper's print run keeps its sentences; and a line must be short.
"""

from __future__ import annotations

import re

from briefkit.importer.lazyre import compile_later

# "Para ver el vídeo necesitas activar JavaScript", "Bitte aktivieren Sie JavaScript"
_SCRIPT = compile_later(r"\bjavascript\b", re.I)
_ENABLE = compile_later(
    r"\b(?:enable|enabled|activate|turn\s+on|switch\s+on|aktivier\w*|einschalten|activ\w*|attiv\w*|ativ\w*|"
    r"habilit\w*|abilit\w*|inschakel\w*|aanzetten|aanzet|включ\w*)\b",
    re.I,
)
# "Om deze te bekijken moet je cookies van derden toestaan": an embedded post's placeholder
_COOKIES = compile_later(r"\bcookies?\b", re.I)
_ALLOW = compile_later(
    r"\b(?:allow|accept|toestaan|accepteren|zulassen|akzeptieren|zustimmen|erlauben|autoriser|autorisez|accepter|"
    r"acceptez|aceptar|acepta|permitir|permita|accettare|accetta|consentire|consenti|aceitar|aceite|"
    r"разрешить|разрешите|принять|примите)\b",
    re.I,
)
# "Cet article est paru dans le numéro 2419", "Dieser Artikel erschien in der Ausgabe 12/2024"
_THIS_ARTICLE = compile_later(
    r"\b(?:this\s+(?:article|story)|dieser\s+(?:artikel|beitrag)|cet\s+article|este\s+(?:artículo|artigo)|"
    r"questo\s+articolo|dit\s+artikel|эта\s+статья|этот\s+материал)\b",
    re.I,
)
_PRINTED = (
    r"\b(?:appeared|was\s+published|first\s+published|erschien|erschienen|est\s+paru|a\s+paru|parut|"
    r"se\s+publicó|fue\s+publicad[oa]|apareció|è\s+uscit[oa]|è\s+stat[oa]\s+pubblicat[oa]|foi\s+publicad[oa]|"
    r"verscheen|is\s+verschenen|вышла|опубликован[аo]?)\b.{0,40}"
)
_IN_PRINT = compile_later(
    rf"{_PRINTED}(?:\b(?:issue|edition|ausgabe|heft|numéro|édition|número|edición|numero|edizione|edição|nummer|"
    r"editie|номер\w*|выпуск\w*)\b"
    # or the number after its sign: "n° 1247", "n.º 41", "n. 12", "Nr. 48", "No. 12", "№ 7"
    r"|(?:\bn[°º]|\bn\.º?|\bno\.|\bnr\.?|№)\s?\d{1,5}\b)",
    re.I,
)
# "Published in The Daily Post, December 5th, 2026", "Erschienen in der Printausgabe vom 05.12.2026", "Paru dans
# l'édition du 7 décembre": the print line a paper sets under the web copy of a printed story, the participle
# and where (never "on", "op": a dateline's "Published on 5 May"), then the paper or its issue and the day
_PRINT_LINE = compile_later(
    r"^(?:first\s+)?(?:published|appeared|printed|erschienen|gedruckt|paru|parue|publié|publiée|publicad[oa]|"
    r"pubblicat[oa]|uscit[oa]|verschenen|gepubliceerd|опубликован[оa]?|вышл[аo]|вышел)\s+"
    r"(?:in|im|dans|en|na|no|em|su|sul|sulla|sull['’]|nel|nella|nell['’]|в|во)(?:\s+|(?<=['’]))(?!\d)",
    re.I,
)
_PRINT_WORD = compile_later(
    r"print|edition|issue|paper|ausgabe|zeitung|blatt|édition|journal|numéro|edición|impres[ao]|periódico|"
    r"diario|edizione|giornale|quotidiano|edição|jornal|krant|editie|газет\w*|номер\w*|выпуск\w*",
    re.I,
)
# the day it closes with: "December 5th, 2026", "5 de diciembre de 2026", "05.12.2026"
_ENDS_WITH_DAY = compile_later(
    r"(?:\b\d{1,2}(?:st|nd|rd|th)?\.?\s+(?:de\s+)?[^\W\d_]{3,12}\.?,?\s+(?:de\s+)?|"
    r"\b[^\W\d_]{3,12}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+|\b\d{1,2}[./]\d{1,2}[./])(?:19|20)\d{2}\W{0,2}$"
)
_PRINT_LINE_WORDS = 16


def is_print_line(text: str, n: int) -> bool:
    """A printed story's line on where and when it appeared in print ("Published in The Daily Post, December
    5th, 2026"): the participle and its preposition open it, and a word of print or a closing day says it
    names an issue; a line with a full stop is a sentence (on the journal a study appeared in)."""
    text = text.strip()
    if n > _PRINT_LINE_WORDS or text.endswith(".") or not _PRINT_LINE.match(text):
        return False
    return bool(_PRINT_WORD.search(text) or _ENDS_WITH_DAY.search(text))


# "(Dossier, 3.800 Zeichen)", "(600 mots)": the length of another piece of a news service, named
# in a pointer to it; the story's own sentences count pages, never the characters of a piece
_PIECE_LENGTH = compile_later(
    r"\((?:[^()]{1,40}[,;:]\s*)?\d{1,3}(?:[.,\u00a0\u202f ]\d{3})*\s*(?:zeichen|zeilen|characters|words|"
    r"signes|mots|lignes|caracteres|palabras|líneas|caratteri|parole|righe|palavras|linhas|tekens|woorden|"
    r"regels|знак\w*|слов\w*|строк\w*)\)",
    re.I,
)
# where the service keeps it for its clients: "steht Kunden … zur Verfügung", "available to clients"
_KEPT_FOR = compile_later(
    r"\b(?:zur\s+verfügung|abrufbar|erhältlich|available|disponibles?|disponibili|disponível|disponíveis|"
    r"beschikbaar|доступ\w*)\b",
    re.I,
)
# "URL dieses Artikels: https://…": a print view's footer
_OWN_ADDRESS = compile_later(
    r"^(?:url|link|adresse|address|web\s+address|dirección|indirizzo|endereço|adres)\s+(?:dieses|des|of\s+this|"
    r"de\s+cet|de\s+este|di\s+questo|deste|van\s+dit)\s+\w+\s*:",
    re.I,
)
# "(This story … is auto-generated from a syndicated feed.)"
_SYNDICATED = compile_later(
    r"\b(?:auto-?generated|automatically\s+generated|syndicated\s+feed|automatisch\s+(?:generiert|erstellt)|"
    r"généré\s+automatiquement|generad[oa]\s+automáticamente|generat[oa]\s+automaticamente|"
    r"gerad[oa]\s+automaticamente|automatisch\s+gegenereerd|сгенерирован\w*\s+автоматически)\b",
    re.I,
)
# "Zum Kommentieren müssen Sie angemeldet sein", "You must be logged in to comment"
_COMMENTING = compile_later(
    r"\b(?:comment(?:s|ing)?|kommentier\w*|kommentare|commenter|commentaires|comentar(?:ios)?|commentare|commenti|"
    r"comentários?|reageren|reacties?|комментир\w*|комментари\w*)\b",
    re.I,
)
_LOGGED_IN = compile_later(
    r"\b(?:logged\s+in|log\s+in|sign\s+in|signed\s+in|angemeldet|anmelden|eingeloggt|connecté\w*|connecter|"
    r"identifié\w*|identifiez|connectez|registrad[oa]|iniciar\s+sesión|inici[aá]\s+sesión|ingres[aáe]|ingresar|conectad[oa]|"
    r"registrat[oa]|accedere|accedi|logad[oa]|login|inicie\s+sessão|ingelogd|inloggen|log\s+je\s+in|"
    r"авторизова\w*|войти|войдите|зарегистр\w*)\b",
    re.I,
)
# "Bereits Abonnent? Hier anmelden": the paywall's sign-in link for subscribers
_ALREADY_SUBSCRIBED = compile_later(
    r"\b(?:bereits|schon)\s+abonnent(?:in)?\b|\bdéjà\s+abonné|\bya\s+(?:eres|es|soy)\s+suscriptor|"
    r"\bgià\s+abbonat[oa]|\bjá\s+(?:é|sou)\s+assinante|\bal\s+abonnee|\bуже\s+подписан",
    re.I,
)
# "Lesen Sie weiter mit W+: 4 Wochen für 0,99 €": the paywall's offer to read the rest
_READ_ON_WITH = compile_later(
    r"^(?:lesen\s+sie\s+weiter|lies\s+weiter|weiterlesen|continue\s+reading|keep\s+reading|read\s+on|"
    r"continuez\s+(?:la\s+lecture|à\s+lire)|lire\s+la\s+suite|sigue\s+leyendo|seguir\s+leyendo|"
    r"continua\s+a\s+leggere|continue\s+lendo|lees\s+verder|verder\s+lezen|читать\s+дальше)\s+"
    r"(?:mit|with|avec|con|com|met|с)\b",
    re.I,
)
# an amount of money ("3,90 €", "£2", "100 рублей"); the offers of `pagecalls` use it too
AMOUNT = compile_later(r"[£$€]\s?\d|\d(?:[.,]\d+)?\s?(?:€|£|(?:euros?|eur|руб\w*)\b)", re.I)
# "View comments on the full site": a light page's link to the comments it leaves out
_VIEW_COMMENTS = compile_later(r"^(?:view|see|read|show)\s+(?:all\s+)?(?:\d+\s+)?comments\b", re.I)
# "Do you have an opinion on the issues raised in this article? … email us": the letters page's call
_OPINION = compile_later(r"\b(?:opinion|meinung|avis|opinión|opinione|opinião|mening|мнение)\b", re.I)
# "Receba as notícias no seu WhatsApp: entre no nosso canal": a messenger channel's plug
MESSENGER = compile_later(r"\b(?:whats\s?app|telegram|signal|viber|ватсап|вотсап|телеграм\w*)\b", re.I)
CHANNEL = compile_later(
    r"\b(?:channel|kanal|kanał|kanál|chaîne|canal|canale|kanaal|канал\w*|κανάλι|saluran|csatorn\w*)\b"
    # the channel in the Asian and right-to-left scripts (a script's letters join the word on either side)
    r"|चैनल|চ্যানেল|چینل|قناة|قناتنا|کانال|ערוץ|チャンネル|频道|頻道|채널",
    re.I,
)
# "Join us on WhatsApp now!", "Únete a nuestro grupo de Telegram": the call to join the channel, without naming it
JOIN = compile_later(
    r"\b(?:join|tritt\s+\w+|treten\s+sie|rejoignez|rejoins|únete|unete|súmate|unisciti|iscriviti|entre\s+(?:no|em)|"
    r"junte-se|word\s+lid|sluit\s+je\s+aan|присоединяйтесь|вступайте|подписывайтесь)\b",
    re.I,
)
# "Comments are closed.", "Leserkommentare sind für diesen Artikel deaktiviert.": the comments' switch, turned off
# (or the discussion's: "Die Diskussion zu diesem Artikel ist geschlossen", "La discussion est close")
_COMMENTS = compile_later(
    r"\b(?:comments|\w*kommentar\w*|commentaires|comentarios|commenti|comentários|reacties|reageren|"
    r"комментари\w+|комментирование|discussion|diskussion|discusión|discussione|discussão|discussie|обсуждени\w+)\b",
    re.I,
)
_SWITCHED_OFF = compile_later(
    r"\b(?:closed|disabled|turned\s+off|switched\s+off|deaktiviert|geschlossen|abgeschaltet|ausgeschaltet|"
    r"fermée?s?|désactivée?s?|clos|close|cerrad[oa]s?|desactivados|deshabilitados|chius[aie]|disattivati|disabilitati|"
    r"fechad[oa]s?|desativados|desabilitados|gesloten|uitgeschakeld|niet\s+mogelijk|закрыт\w*|отключен\w*)\b",
    re.I,
)
# the piece they are closed for: "für diesen Artikel", "for this story", "para esta noticia"
_THIS_PIECE = compile_later(
    r"\b(?:this|diese[nmrs]?|cet(?:te)?|ce|este|esta|questo|questa|dit|deze|(?:эт|данн)\w+)\s+(?:article|story|post|"
    r"artikel|beitrag|text|texte|artículo|noticia|nota|articolo|notizia|artigo|notícia|matéria|bericht|"
    r"стать\w+|материал\w*|новост\w+)\b",
    re.I,
)
# "Síganos en Google News", "– join X on WhatsApp now!": the call to follow the site where news is followed,
# the verb opening the line or the clause after a label or a dash
_FOLLOW_ON = compile_later(
    r"(?:^|[:–—-]\s)\W*(?:follow|join|folgen\s+sie|folge|abonnieren\s+sie|suivez|rejoignez|abonnez-vous\s+à|"
    r"s[ií]ga(?:nos|me)?|s[ií]guenos|sigue|seguí|únete|seguici|segui|iscriviti\s+a|siga-nos|sigam|entre\s+n[oa]|"
    r"volg|word\s+lid\s+van|подпис\w+\s+на|присоединя\w+\s+к|читайте)\b.{0,50}?\b(?:on|auf|bei|in|sur|en|su|no|"
    r"na|op|в)\s+(?:google\s+(?:news|noticias|notícias|actualités|notizie|nieuws)|whats\s?app|telegram|"
    r"instagram|tiktok|youtube|дзен\w*|вконтакте|vk)\b",
    re.I,
)
# "Urmărește X și pe Google News", "X'i Google News'ten takip edin": the call to follow the site on the
# news aggregator, whatever the language's verb and word order; the service's name, in its own capitals, in a
# short line that is no sentence of the story (one closes on its mark) and no headline about the service
# (which opens with its name)
_AGGREGATOR = compile_later(r"(?<!^)\bGoogle\s+(?:News|Discover)\b")
AGGREGATOR_WORDS = 12
# "Compartilhe no WhatsApp", "Auf Facebook teilen": a share button's words
_SHARE_ON = compile_later(
    r"^(?:share|teilen|partager|partagez|compartir|comparte|compartilhe|compartilhar|partilhe|partilhar|"
    r"condividi|condividere|deel|delen|поделиться|поделитесь)\s+(?:it\s+)?(?:on|via|auf|über|sur|par|en|"
    r"por|no|na|via|su|op|в)\s+\w+$|^(?:auf|on|sur|en|no|su|op)\s+\w+\s+(?:teilen|share|partager|compartir|"
    r"compartilhar|condividere|delen)$",
    re.I,
)

# "Hier finden Sie einen externen Inhalt von …", "Embedded content from … is not available": a post's placeholder
_EMBEDDED = compile_later(
    r"\b(?:extern\w*\s+inhalt\w*|eingebettete\w*\s+inhalt\w*|(?:embedded|external|third[- ]party)\s+content|"
    r"contenu\s+(?:externe|intégré|embarqué)|contenido\s+(?:externo|incrustado|insertado)|"
    r"contenuto\s+(?:esterno|incorporato)|conteúdo\s+(?:externo|incorporado|incorporado)|"
    r"externe\s+inhoud|ingesloten\s+inhoud|(?:внешн|встроенн)\w+\s+(?:контент|содержимое))\b",
    re.I,
)
_EMBED_SOURCE = compile_later(
    r"\b(?:instagram|twitter|x\.com|facebook|youtube|tiktok|vimeo|bluesky|threads|mastodon|spotify|podcast|"
    r"\w+\.(?:com|org|net))\b|\b(?:not\s+available|laden|anzeigen|load|show|afficher|charger|cargar|mostrar|"
    r"caricare|visualizzare|carregar|ver|tonen|laden|загрузить|показать)\b",
    re.I,
)
# "Artikel anhören 4:12 Min. · Vorgelesen von einer KI-Stimme": an audio player's label and its note
_LISTEN = compile_later(
    r"^(?:(?:(?:diesen|den)\s+)?(?:artikel|beitrag)\s+anhören|hören\s+sie\s+(?:diesen|den)\s+(?:artikel|beitrag)|(?:listen\s+to|hear)\s+(?:this\s+)?(?:article|story)|écouter\s+(?:cet\s+|l['’])article|"
    r"escuchar\s+(?:este\s+)?(?:artículo|noticia)|ascolta(?:re)?\s+(?:questo\s+|l['’])articolo|"
    r"ouvir\s+(?:este\s+)?(?:artigo|notícia)|(?:artikel\s+beluisteren|luister\s+naar\s+(?:dit\s+|het\s+)?artikel)|"
    r"(?:слушать|прослушать)\s+(?:статью|материал))\b",
    re.I,
)
_READ_ALOUD = compile_later(
    r"\b(?:vorgelesen\s+von|gesprochen\s+von|read\s+(?:aloud\s+)?by|narrated\s+by|voiced\s+by|lu\s+par|"
    r"leído\s+por|narrado\s+por|letto\s+da|narrato\s+da|lido\s+por|voorgelezen\s+door|ingesproken\s+door|"
    r"озвуч\w*|прочитан\w*)\b",
    re.I,
)
_SYNTH_VOICE = compile_later(
    r"(?:\b|-)(?:KI|AI|IA|ИИ)(?:\b|-)|(?i:\b(?:künstliche\w*|artificial|artificielle|artificiale|kunstmatige|"
    r"искусственн\w*|synthetic|synthetisch\w*|synthétique|sintétic[oa]|sintetic[oa]|computer\w*)\b)"
)
_DURATION = compile_later(r"\b\d{1,2}:\d{2}\b|\b\d+\s*(?:min|minutes?|minuten|minutos|minuti|мин)\b", re.I)
# "This article contains affiliate links; we may earn a commission": an affiliate disclosure
AFFILIATE = compile_later(
    r"\b(?:affiliate[- ]?links?|liens?\s+(?:d['’]affiliation|affiliés?)|enlaces?\s+(?:de\s+)?afiliad\w+|"
    r"link\s+(?:di\s+affiliazione|affiliati)|links?\s+(?:de\s+)?afiliad\w+|ligações\s+de\s+afiliad\w+|"
    r"affiliatelinks?|партн[её]рск\w+\s+ссылк\w+)\b",
    re.I,
)
_COMMISSION = compile_later(
    r"\b(?:commission|provision|comisión|commissione|comissão|commissie|комисси\w*|contains?|enthält|contient|"
    r"contiene|contém|bevat|содержит)\b",
    re.I,
)
# "Мнение автора может не совпадать с позицией редакции": the editors' disclaimer under an opinion
_VIEWS = compile_later(
    r"\b(?:opinions?|views|meinung\w*|ansicht\w*|avis|opinión|opiniones|opinione|opinioni|opinião|opiniões|"
    r"mening\w*|standpunt\w*|мнени\w+|точк\w+\s+зрения)\b",
    re.I,
)
_NOT_NECESSARILY = compile_later(
    r"\b(?:not\s+necessarily|do\s+not\s+reflect|nicht\s+unbedingt|nicht\s+zwingend|muss\s+nicht|"
    r"n['’]engagent\s+que|pas\s+nécessairement|no\s+necesariamente|no\s+refleja\w*|non\s+necessariamente|"
    r"non\s+riflett\w+|não\s+necessariamente|não\s+reflet\w+|niet\s+noodzakelijk\w*|niet\s+per\s+se|"
    r"не\s+обязательно|может\s+не\s+совпадать|не\s+совпада\w+)\b",
    re.I,
)
# "The views expressed are the authors' own", "las opiniones expresadas por sus colaboradores": views voiced
_EXPRESSED = compile_later(
    r"\b(?:expressed|geäußert\w*|vertreten\w*|exprimé\w*|expresad[oa]s?|espress[oei]|express[oa]s?|geuit\w*|"
    r"выраженн\w*|высказанн\w*)\b",
    re.I,
)
# "… are the writer's own", "… n'engagent que leur auteur", "… sind die des Autors": the views expressed
# (see `_EXPRESSED`) given to the piece's writer, the role named, no sentence of the story's (a council's views
# "expressed at the hearing" belong to no writer)
_WRITERS_OWN = compile_later(
    r"\b(?:(?:the\s+)?(?:writer|author|columnist|contributor|blogger)s?['’]?s?\s+own|"
    r"(?:solely\s+|entirely\s+)?those\s+of\s+the\s+(?:writer|author|columnist|contributor)s?|"
    r"(?:die|der)\s+(?:des|der)\s+(?:autor\w*|verfasser\w*|kolumnist\w*)|"
    r"(?:celles?|ceux)\s+de\s+(?:l['’]\s*|leurs?\s+|son\s+|sa\s+)(?:auteur\w*|autrice|chroniqueu\w+)|"
    r"(?:son|es)\s+(?:\w+\s+){0,3}?(?:del|de\s+la|de\s+los|de\s+sus?)\s+(?:autor\w*|columnista\w*)|"
    r"(?:sono|è)\s+(?:\w+\s+){0,3}?(?:dell['’]\s*(?:autore|autrice)|degli\s+autori)|"
    r"(?:são|é)\s+(?:\w+\s+){0,3}?d[oa]s?\s+(?:autor\w*|colunista\w*)|"
    r"van\s+de\s+(?:auteur|schrijver|columnist)\w*|"
    r"(?:принадлежат|являются\s+мнением)\s+автор\w*)\b",
    re.I,
)
# "… no se hace responsable de las opiniones de sus colaboradores": the house disowns the views named
# right after it (see `_disowns_views`)
_NOT_RESPONSIBLE = compile_later(
    r"\b(?:"
    r"(?:is|are)\s+not\s+responsible|(?:accepts|assumes|takes)\s+no\s+responsibility|"
    r"übernimm\w*\s+keine\s+(?:verantwortung|haftung)|n['’](?:est|sont)\s+pas\s+responsables?|"
    r"décline\w*\s+toute\s+responsabilité|no\s+se\s+(?:hace|hacen)\s+responsables?|no\s+se\s+responsabiliza\w*|"
    r"non\s+(?:è|sono)\s+responsabil[ei]|non\s+si\s+assum\w+\s+(?:alcuna\s+)?responsabilità|"
    r"não\s+se\s+responsabiliza\w*|não\s+(?:é|são)\s+responsáve(?:l|is)|(?:is|zijn)\s+niet\s+verantwoordelijk|"
    r"не\s+нес[её]т\s+ответственност\w*)\b",
    re.I,
)
# "This story is free to read as a public service", "Dieser Artikel ist frei zugänglich": no paywall on this one
_FREE_TO_READ = compile_later(
    r"\b(?:free\s+to\s+read|free\s+for\s+all\s+readers|kostenlos\s+(?:lesbar|zugänglich|lesen)|frei\s+zugänglich|"
    r"en\s+accès\s+(?:libre|gratuit)|de\s+acceso\s+(?:libre|gratuito|abierto)|en\s+abierto|"
    r"ad\s+accesso\s+(?:libero|gratuito)|(?:de\s+)?acesso\s+(?:livre|gratuito|aberto)|gratis\s+te\s+lezen|"
    r"vrij\s+toegankelijk|в\s+открытом\s+доступе|бесплатн\w+\s+для\s+(?:всех\s+)?читател\w*)\b",
    re.I,
)
_PUBLIC_GOOD = compile_later(
    r"\b(?:public\s+service|öffentlich\w*|service\s+public|servicio\s+público|servizio\s+pubblico|"
    r"serviço\s+público|publieke\s+dienst|общественн\w+)\b",
    re.I,
)
# "Local reporting is public interest journalism funded by …": a reporting scheme's funding note
_FUNDED_JOURNALISM = compile_later(
    r"\b(?:is|ist|est|es|è|é|является)\s+(?:[\w-]+\s+){0,3}(?:journalism|journalismus|journalisme|periodismo|"
    r"giornalismo|jornalismo|journalistiek|журналистик\w*)\s+(?:[\w-]+\s+)?(?:funded|financed|supported|"
    r"gefördert|finanziert|financé|financiado|finanziato|financiad[oa]|gefinancierd|финансируем\w*)\b",
    re.I,
)
# "Conforme a los criterios de …. Conocé más": a trust badge's line
_CRITERIA = compile_later(
    r"\b(?:(?:according\s+to|in\s+line\s+with|in\s+accordance\s+with)\s+the\s+(?:criteria|standards)|"
    r"nach\s+den\s+(?:kriterien|standards)|gemäß\s+den\s+(?:kriterien|standards)|selon\s+les\s+(?:critères|normes)|"
    r"conforme\s+a\s+los\s+(?:criterios|estándares)|según\s+los\s+(?:criterios|estándares)|"
    r"secondo\s+i\s+(?:criteri|principi)|de\s+acordo\s+com\s+os\s+(?:critérios|padrões)|"
    r"volgens\s+de\s+(?:criteria|normen)|в\s+соответствии\s+с\s+(?:критериями|стандартами))\b",
    re.I,
)
_TRUST = compile_later(
    r"\b(?:trust|vertrauen\w*|confiance|confianza|fiducia|confiança|vertrouwen|довери\w*|learn\s+more|"
    r"mehr\s+erfahren|en\s+savoir\s+plus|(?:sab[eé]|conoc[eé])\s+más|scopri\s+di\s+più|saiba\s+mais|"
    r"meer\s+weten|подробнее)\b",
    re.I,
)

# "Add X as a preferred source on Google": the search engine's button for the house
_PREFERRED_SOURCE = compile_later(
    r"\b(?:preferred|bevorzugte\w*|préférée?s?|preferid[ao]s?|preferit[ao]|favorit\w*|voorkeurs\w*|"
    r"предпочтительн\w*|приоритетн\w*)\s+(?:source|quelle|fuente|fonte|bron|источник\w*)\b",
    re.I,
)
PREFERRED_WORDS = 15
# the call that adds the house there, or the search engine named (a story's "preferred source" is neither)
_ADD_US = compile_later(
    r"^\W*(?:add|füge|fügen|ajoute[rz]?|añade|agrega|aggiungi|adicione|acrescente|voeg|добавьте|добавить)\b|\bgoogle\b",
    re.I,
)


def preferred_source(text: str, n: int) -> bool:
    """ "Add X as a preferred source on Google": the search engine's button for the house, alone on its line
    or glued to the "Follow us" beside it; a story's sentence on a "preferred source" adds nothing."""
    return n <= PREFERRED_WORDS and _PREFERRED_SOURCE.search(text) is not None and _ADD_US.search(text) is not None


def _disowns_views(text: str) -> bool:
    """ "… is not responsible for the opinions …": the views right after the disowning, a few words on; a
    story's "the board is not responsible for the pier" disowns no views."""
    m = _NOT_RESPONSIBLE.search(text)
    return m is not None and _VIEWS.search(text[m.end() : m.end() + VIEWS_AFTER]) is not None


VIEWS_AFTER = 30  # characters: "for the", "de las", "pelas", "за" and the views


def _is_disclosure(text: str, n: int) -> bool:
    """What the page discloses of itself: an embed's placeholder, a voice that reads it, affiliate links, the
    editors' distance from an opinion, free access, a funding scheme, a trust badge's criteria."""
    return bool(
        n <= 25
        and _EMBEDDED.search(text)
        and _EMBED_SOURCE.search(text)
        or n <= 20
        and (_LISTEN.match(text) or _READ_ALOUD.search(text))
        and _SYNTH_VOICE.search(text)
        or n <= 12
        and _LISTEN.match(text)
        and _DURATION.search(text)
        or n <= 35
        and AFFILIATE.search(text)
        and _COMMISSION.search(text)
        or n <= 30
        and _VIEWS.search(text)
        and _EXPRESSED.search(text)
        and (_NOT_NECESSARILY.search(text) or _disowns_views(text) or _WRITERS_OWN.search(text))
        or n <= 30
        and _VIEWS.search(text)
        and (_NOT_NECESSARILY.search(text) or _disowns_views(text))
        and re.search(
            r"\b(?:редакци\w*|redaktion|rédaction|redacción|redazione|redação|redactie|editors?|editorial|"
            r"publication|journal|newspaper|zeitung|periódico|giornale|jornal|krant|издани\w*|"
            # or the contributors whose opinions they are
            r"contributors?|autor(?:en|innen)|gastautor\w*|collaborat(?:eurs|rices)|colaborador(?:es|as)|"
            r"collaborator[ei]|colunistas|columnistas|medewerkers|auteurs|авторов|авторы)\b",
            text,
            re.I,
        )
        or n <= 30
        and _FREE_TO_READ.search(text)
        and (_PUBLIC_GOOD.search(text) or _THIS_ARTICLE.search(text))
        or n <= 35
        and _FUNDED_JOURNALISM.search(text)
        or n <= 15
        and _CRITERIA.search(text)
        and _TRUST.search(text)
    )


def needs_script(text: str) -> bool:
    """ "Per vedere il video abilita JavaScript": the line asks the reader to turn scripts on."""
    return _SCRIPT.search(text) is not None and _ENABLE.search(text) is not None


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
        or is_print_line(text, n)
        or n <= 30
        and _PIECE_LENGTH.search(text)
        and _KEPT_FOR.search(text)
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
        and AMOUNT.search(text)
        or "?" in text
        and _OPINION.search(text)
        and _THIS_ARTICLE.search(text)
        or short
        and MESSENGER.search(text)
        and (CHANNEL.search(text) or JOIN.search(text))
        or (n <= 4 or n <= 10 and _THIS_PIECE.search(text) is not None)
        and _COMMENTS.search(text)
        and _SWITCHED_OFF.search(text)
        or n <= 16
        and _FOLLOW_ON.search(text)
        or n <= AGGREGATOR_WORDS
        and _AGGREGATOR.search(text.strip()) is not None
        and not text.rstrip().endswith((".", "!", "?", ":"))
        or n <= 6
        and _SHARE_ON.match(text)
        or n <= 8
        and _VIEW_COMMENTS.match(text)
        or _is_disclosure(text, n)
        or preferred_source(text, n)
    )
