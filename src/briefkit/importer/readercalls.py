"""The one-line calls a page prints to its reader around a copied story, in the twenty languages read.

A copied page keeps its buttons and small boxes as lines of their own between the story's paragraphs.
The other rules know most of them in German, English, French, Spanish, Italian, Portuguese, Dutch and
Russian; these are the ones every news site prints that they missed, in those languages and in
Swedish, Danish, Norwegian, Polish, Czech, Slovak, Turkish, Hungarian, Romanian, Greek, Ukrainian and
Finnish (the languages of `worldpagewords`):

- the button that gives or shares the article, with a friend or for free ("Share this article with a
  friend", "Dela artikeln", "Udostępnij artykuł"): a share or gift verb and the article, no sentence;
- the call to join the comments ("Join the discussion", "Dołącz do dyskusji"), a count beside it or not;
- the stand-in of a social network's post the reader's cookie choice blocked ("This content from X
  cannot be shown"): the content, that it cannot be shown, and the cookies or the network;
- the pointer to the broadcast piece ("Listen to the report …", "Écoutez le reportage (4 min) :"):
  the listener addressed first, then the report or the programme, no full stop;
- the promotion of a live broadcast ("Watch the live stream at 7 pm"): the viewer addressed, live;
- the address for corrections ("Spotted an error? Write to corrections@…"): a mistake and an e-mail;
- the offer's button ("Check the offer"), the tip jar ("Buy us a coffee"), the appeal for the house's
  journalism in the world languages ("Wesprzyj niezależne dziennikarstwo"), the count of readers who
  already pay ("Join 14,000 readers who fund …");
- the button to follow the author ("Follow the authors to get their new articles"), the promotion of the
  house's crossword ("Try today's cryptic crossword"), the disclosure note ("Disclosure: …").

Every pattern pairs two words of its kind (the verb and its object), and a line must be short, so
that a story about sharing, comments, cookies, broadcasts, coffee or crosswords keeps its sentences.
"""

from __future__ import annotations

import re

from briefkit.importer.lazyre import compile_later

# two buttons' words copied as one ("Spara artikelDela artikeln"): a small letter run into a capital
_SMALL = "a-zäöüßåæøàâçéèêëîïôûùáíóúñąćęłńśźżčďěňřšťůýğışőűăâîșțάέήίόύώα-ωа-яіїєґ"
_CAPITAL = "A-ZÄÖÜÅÆØÀÂÇÉÈÊÁÍÓÚÑĄĆĘŁŃŚŹŻČĎĚŇŘŠŤŮÝĞİŐŰĂÎȘȚΑ-ΩА-ЯІЇЄҐ"
_GLUED = compile_later(rf"(?<=[{_SMALL}])(?=[{_CAPITAL}])")
_CLOSED = (".", "?", "!", "”", '"', "»")

# sharing or giving: the verb of the button, in each language
_SHARE = compile_later(
    r"(?<!\w)(?:share|send|gift|teilen|verschenken|senden|partager|partagez|offrir|envoyer|compartir|comparte|regalar|"
    r"regala|condividi|condividere|inviare|partilhar|partilhe|compartilhar|compartilhe|oferecer|presentear|delen|deel\s+(?:dit|het|deze)|"
    r"cadeau\s+geven|поделиться|подарить|отправить|dela\s+(?:artikeln|inlägget)|ge\s+bort|del\s+(?:artiklen|artikkelen)|dele\s+artikkelen|giv|gi\s+bort|udostępnij|podaruj|wyślij|"
    r"sdílet|sdílejte|darovat|darujte|poslat|zdieľať|zdieľajte|darovať|paylaş|paylaşın|hediye\s+et|gönder|"
    r"megosztás|oszd\s+meg|ossza\s+meg|ajándékozd|ajándékozza|küldd|distribuie|trimite|oferă|dăruiește|"
    r"κοινοποίηση|κοινοποιήστε|μοιραστείτε|στείλτε|χαρίστε|поділитися|поділіться|подарувати|надіслати|jaa|"
    r"lahjoita|lähetä)(?!\w)",
    re.I,
)
_ARTICLE = compile_later(
    r"(?<!\w)(?:article|story|artikel|beitrag|artículo|nota|articolo|artigo|matéria|reportagem|статью|статтю|"
    r"artikeln|artiklen|artikkelen|artykuł|artykułem|článek|článkem|článok|haberi|cikket|cikk|articolul|άρθρο|"
    r"artikkeli|artikkelin)(?!\w)",
    re.I,
)
_FRIEND = compile_later(
    r"(?<!\w)(?:with\s+a\s+friend|to\s+a\s+friend|mit\s+(?:einem\s+)?freund\w*|avec\s+(?:un|une)\s+ami\w*|"
    r"à\s+(?:un|une)\s+ami\w*|con\s+(?:un|una)\s+amig[oa]|a\s+(?:un|una)\s+amig[oa]|con\s+(?:un|un')\s*amic[oa]|"
    r"com\s+(?:um|uma)\s+amig[oa]|met\s+een\s+vriend\w*|с\s+друг\w*|другу|med\s+en\s+(?:vän|ven|venn)|"
    r"z\s+przyjacielem|znajomemu|s\s+přítelem|kamarádovi|priateľovi|arkadaşın\w*|barát\w*|cu\s+un\s+prieten|"
    r"με\s+(?:έναν\s+)?φίλο|з\s+другом|другові|ystävälle|ystävän\s+kanssa)(?!\w)",
    re.I,
)
SHARE_WORDS = 10

# joining the readers' discussion, in each language
_JOIN_TALK = compile_later(
    r"(?<!\w)(?:join\s+the\s+(?:discussion|conversation|debate)|diskutieren\s+sie\s+mit|mitdiskutieren|"
    r"(?:participez|participer)\s+(?:à\s+la\s+discussion|au\s+débat)|rejoignez\s+la\s+discussion|"
    r"únete\s+a\s+la\s+(?:conversación|discusión)|participa\s+en\s+(?:el\s+debate|la\s+conversación)|"
    r"partecipa\s+alla\s+discussione|participe\s+da\s+(?:discussão|conversa)|junte-se\s+à\s+conversa|"
    r"praat\s+mee|discussieer\s+mee|doe\s+mee\s+(?:aan|met)\s+de\s+discussie|"
    r"присоединяйтесь\s+к\s+(?:обсуждению|дискуссии)|delta\s+i\s+(?:debatten|diskussionen|samtalet)|"
    r"deltag\s+i\s+(?:debatten|diskussionen)|dołącz\s+do\s+dyskusji|weź\s+udział\s+w\s+dyskusji|"
    r"vstoupit\s+do\s+diskuse|zapojte\s+se\s+do\s+diskuse|zapojte\s+sa\s+do\s+diskusie|vstúpiť\s+do\s+diskusie|"
    r"tartışmaya\s+katıl\w*|szólj(?:on)?\s+hozzá|csatlakozz(?:on)?\s+a\s+beszélgetéshez|"
    r"alătură-te\s+discuției|alăturați-vă\s+discuției|participă\s+la\s+discuție|"
    r"λάβετε\s+μέρος\s+στη\s+συζήτηση|συμμετ[έε]χετε\s+στη\s+συζήτηση|"
    r"(?:приєднуйтесь|долучайтеся)\s+до\s+(?:обговорення|дискусії)|osallistu\s+keskusteluun)(?!\w)",
    re.I,
)
TALK_WORDS = 10

# the embedded post's stand-in: the content, that it cannot be shown, the cookies or the network refused
_CANNOT_SHOW = compile_later(
    r"(?<!\w)(?:cannot\s+be\s+(?:shown|displayed)|can\s*not\s+be\s+(?:shown|displayed)|kann\s+nicht\s+angezeigt|"
    r"ne\s+peut\s+(?:pas\s+)?être\s+affiché|no\s+se\s+puede\s+mostrar|no\s+puede\s+mostrarse|"
    r"non\s+può\s+essere\s+visualizzat|não\s+pode\s+ser\s+(?:exibid|mostrad)|kan\s+niet\s+(?:worden\s+)?getoond|"
    r"не\s+может\s+быть\s+показан|kan\s+inte\s+visas|kan\s+ikke\s+vises|nie\s+może\s+(?:zostać|być)\s+wyświetlon|"
    r"nie\s+można\s+wyświetlić|nelze\s+zobrazit|nemůže\s+být\s+zobrazen|nie\s+je\s+možné\s+zobraziť|"
    r"görüntülenemiyor|gösterilemiyor|nem\s+jeleníthető\s+meg|nu\s+poate\s+fi\s+afișat|"
    r"δεν\s+(?:μπορεί\s+να\s+εμφανιστεί|είναι\s+δυνατή\s+η\s+εμφάνιση)|не\s+може\s+бути\s+показан|"
    r"неможливо\s+(?:показати|відобразити)|ei\s+voida\s+näyttää)",
    re.I,
)
_REFUSED = compile_later(
    r"(?<!\w)(?:cookie\w*|çerez\w*|sütik?\w*|ciasteczk\w*|evästee\w*|facebook|instagram|twitter|youtube|tiktok|"
    r"x\.com|bluesky|threads|telegram|вконтакте|vk)(?!\w)",
    re.I,
)
STAND_IN_WORDS = 30

# listening to the broadcast piece: the listener addressed first, then the report or the programme
_LISTEN = compile_later(
    r"^\W*(?:listen|hear|hören\s+sie|hör|écoutez|écoute|escucha|escuche|ascolta|ascoltate|ouça|oiça|ouve|luister|"
    r"слушайте|послушайте|lyssna|lyt|hør|lytt|posłuchaj|posłuchajcie|słuchaj|poslechněte|poslechni|poslouchejte|"
    r"vypočujte|dinleyin|dinle|hallgassa|hallgasd|ascultați|ascultă|ακούστε|άκου|слухайте|послухайте|kuuntele)(?!\w)",
    re.I,
)
_REPORT = compile_later(
    r"(?<!\w)(?:report|reportage|programme|program|broadcast|episode|interview|bericht|beitrag|sendung|émission|"
    r"reportaje|programa|entrevista|servizio|trasmissione|puntata|intervista|reportagem|uitzending|interview|"
    r"репортаж|передач\w*|интервью|programmet|reportaget|inslaget|udsendelsen|sendingen|reportaż\w*|audycj\w*|"
    r"wywiad\w*|reportáž\w*|pořad\w*|rozhovor\w*|relácia|röportaj\w*|program\w*|riport\w*|műsor\w*|interjú\w*|"
    r"reportaj\w*|emisiun\w*|interviu\w*|ρεπορτάζ|εκπομπ\w*|συνέντευξ\w*|репортаж\w*|передач\w*|інтерв'ю|"
    r"raportti\w*|ohjelma\w*|haastattelu\w*)(?!\w)",
    re.I,
)
LISTEN_WORDS = 20

# watching a live broadcast: the viewer addressed at a sentence's start, then live
_WATCH_LIVE = compile_later(
    r"(?:^|[.!?]\s+)(?:se(?=\s+(?:\S+\s+){0,2}?(?:direkt\w*|live\b))|watch|follow|sehen\s+sie|schauen\s+sie|verfolgen\s+sie|regardez|suivez|mira|sigue|guarda|"
    r"segui|assista|acompanhe|kijk|bekijk|volg|смотрите|følg|oglądaj|obejrzyj|sledujte|sleduj|izleyin|izle|"
    r"nézze|nézd|kövesse|urmăriți|urmărește|δείτε|παρακολουθήστε|дивіться|стежте|katso|seuraa)\s+"
    r"(?:\S+\s+){0,4}?(?:live\b|livestream|(?:en|in)\s+direct[oa]?\b|en\s+vivo|(?:la\s+)?diretta|ao\s+vivo|"
    r"прям\w+\s+(?:эфир|трансляци\w+)|direktsänd\w*|direkte|direkt|na\s+żywo|živě|živý\s+přenos|naživo|canlı|"
    r"élő\w*|în\s+direct|ζωντανά|απευθείας|наживо|прям\w+\s+(?:ефір|трансляці\w+)|suora\w*\s+lähety\w*|suorana)",
    re.I,
)
LIVE_WORDS = 15

# a mistake, and an e-mail address to write to about it
_MISTAKE = compile_later(
    r"(?<!\w)(?:errors?|mistakes?|typos?|inaccura\w*|fehler\w*|erreurs?|coquilles?|error(?:es)?|errata|errore|errori|"
    r"erros?|fout(?:en)?|ошибк\w*|опечатк\w*|fel|fejl|feil|błąd|błędy|błędu|pomyłk\w*|chyb\w*|hata\w*|hibá?\w*|"
    r"greșeal\w*|erori|eroare|λάθ\w*|помилк\w*|virhe\w*)(?!\w)",
    re.I,
)
_EMAIL = compile_later(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
MISTAKE_WORDS = 25

# the button to look at an advertiser's offer
_SEE_OFFER = compile_later(
    r"(?<!\w)(?:(?:check|see)\s+(?:out\s+)?(?:the|our|this)\s+offer|angebot\s+(?:ansehen|sichern)|"
    r"(?:voir|découvrez|découvrir)\s+l['’]offre|(?:ver|descubre|consulta)\s+(?:la\s+)?oferta|"
    r"(?:scopri|vedi|consulta)\s+l['’]offerta|(?:veja|confira|conheça)\s+a\s+oferta|bekijk\s+(?:het|de|dit)\s+aanbod|"
    r"(?:смотреть|узнать)\s+предложение|se\s+erbjudandet|se\s+tilbuddet|sprawdź\s+ofertę|zobacz\s+ofertę|"
    r"(?:prohlédnout|zobrazit)\s+nabídku|podívejte\s+se\s+na\s+nabídku|pozrite\s+si\s+ponuku|teklifi\s+incele\w*|"
    r"nézze\s+meg\s+az\s+ajánlatot|ajánlat\s+megtekintése|vezi\s+oferta|descoperă\s+oferta|"
    r"δείτε\s+την\s+προσφορά|переглянути\s+пропозицію|katso\s+tarjous|tutustu\s+tarjoukseen)(?!\w)",
    re.I,
)
OFFER_WORDS = 25

# the tip jar: a coffee the reader buys the house or its writer
_COFFEE = compile_later(
    r"(?<!\w)(?:buy\s+(?:us|me)\s+a\s+coffee|spendier\w*\s+(?:uns|mir)\s+einen\s+kaffee|"
    r"offr\w*[-\s](?:nous|moi)\s+un\s+café|inv[ií]ta\w*\s+(?:a\s+)?un\s+caf[eé]|offri(?:ci|mi)\s+un\s+caff[eè]|"
    r"pague[-\s](?:nos|me)\s+um\s+caf[eé]|paga-(?:nos|me)\s+um\s+caf[eé]|trakteer\s+(?:ons|me|mij)\s+op\s+(?:een\s+)?koffie|"
    r"угости\w*\s+(?:нас|меня)\s+кофе|купи\w*\s+(?:нам|мне)\s+кофе|bjud\s+(?:oss|mig)\s+på\s+(?:en\s+)?kaffe|"
    r"köp\s+(?:oss|mig)\s+en\s+kaffe|giv\s+(?:os|mig)\s+en\s+kop\s+kaffe|køb\s+(?:os|mig)\s+en\s+kaffe|"
    r"spander\s+en\s+kaffe|kjøp\s+(?:oss|meg)\s+en\s+kaffe|postaw\s+(?:nam|mi)\s+kaw[ęe]|kup\s+(?:nam|mi)\s+kaw[ęe]|"
    r"kupte\s+(?:nám|mi)\s+kávu|pozvěte\s+(?:nás|mě)\s+na\s+kávu|kúpte\s+(?:nám|mi)\s+kávu|kahve\s+ısmarla\w*|"
    r"hívj(?:on)?\s+meg\s+egy\s+kávéra|cumpără-(?:ne|mi)\s+o\s+cafea|κέρασέ\s+(?:μας|με)\s+(?:έναν\s+)?καφέ|"
    r"купіть\s+(?:нам|мені)\s+каву|пригостіть\s+(?:нас|мене)\s+кавою|tarjoa\s+(?:meille|minulle)\s+kahvi\w*)(?!\w)",
    re.I,
)
COFFEE_WORDS = 40

# the world languages' appeal for the house's journalism ("Wesprzyj niezależne dziennikarstwo"): the
# eight languages' own is `pagecalls`'s support and journalism
_SUPPORT = compile_later(
    r"^\W*(?:wesprzyj|wspieraj|wesprzyjcie|podpořte|podpoř|podporte|stöd(?=\s+(?:oss|vår\w*|oberoende))|stötta|støt|støtt|destek\s+ol\w*|"
    r"támogass(?:a|on|d)|támogasd|susține|sprijină|susțineți|sprijiniți|στηρίξτε|στήριξε|підтримайте|"
    r"підтримай|tue|tukekaa)(?!\w)",
    re.I,
)
_JOURNALISM = compile_later(
    r"(?<!\w)(?:dziennikarstw\w*|redakcj\w*|novinařin\w*|žurnalistik\w*|redakci\w*|journalistik\w*|"
    r"journalistikk\w*|redaktion\w*|redaksjon\w*|gazetecili\w*|újságírás\w*|szerkesztőség\w*|jurnalism\w*|"
    r"redacți\w*|δημοσιογραφ\w*|журналістик\w*|редакці\w*|journalismi\w*|toimitu\w*)(?!\w)",
    re.I,
)
SUPPORT_WORDS = 15

# "Join 14,000 readers who …": the readers who already pay, counted, the reader asked to join them
_JOIN_COUNTED = compile_later(
    r"(?<!\w)(?:join|schließen\s+sie\s+sich|rejoignez|únete\s+a|unisciti\s+a|junte-se\s+a|sluit\s+je\s+aan\s+bij|"
    r"присоединяйтесь\s+к|gå\s+med|bli\s+en\s+av|bliv\s+en\s+af|dołącz\s+do|připojte\s+se\s+k|katılın|"
    r"csatlakozz(?:on)?|alătură-te|alăturați-vă|γίνετε\s+ένας\s+από|приєднуйтесь\s+до|liity)\s+(?:\S+\s+){0,2}?"
    r"\d[\d.,\s]*\s+(?:\S+\s+){0,2}?(?:other\s+)?(?:readers|members|subscribers|supporters|lesern?|mitglieder\w*|"
    r"abonnent\w*|lecteurs|lectrices|membres|abonnés|lectores|socios|suscriptores|lettori|soci|abbonati|leitores|"
    r"assinantes|lezers|leden|abonnees|читател\w*|подписчик\w*|läsare|medlemmar|læsere|medlemmer|lesere|"
    r"czytelnik\w*|członk\w*|čtenář\w*|člen\w*|okur\w*|üye\w*|olvasó\w*|tagok\w*|tagja\w*|cititori\w*|membri\w*|"
    r"αναγνώστ\w*|μέλη|читач\w*|член\w*|lukij\w*|jäsen\w*)(?!\w)",
    re.I,
)
JOIN_WORDS = 25
_DIGIT = compile_later(r"\d")

# following the writer: the verb and the author, the one right before the other
_FOLLOW = (
    r"(?:follow|folgen(?:\s+sie)?|folge|suivez|suivre|sigue|seguir|segui|seguire|siga|volg|volgen|"
    r"подпишитесь\s+на|подписаться\s+на|följ|følg|obserwuj|sledujte|sledovat|sledujte|takip\s+et\w*|kövesse|"
    r"kövesd|követés|urmărește|urmăriți|ακολουθήστε|ακολούθησε|підпишіться\s+на|підписатися\s+на|seuraa)"
)
_AUTHOR = (
    r"(?:authors?|writers?|reporters?|journalists?|autor\w*|auteur\w*|autrice|автор\w*|skribent\w*|författar\w*|"
    r"forfatter\w*|journalist\w*|dziennikar\w*|novinář\w*|yazar\w*|szerző\w*|συντάκτ\w*|αρθρογράφ\w*|"
    r"toimittaj\w*|kirjoittaj\w*)"
)
_FOLLOW_AUTHOR = compile_later(
    rf"^\W*(?:{_FOLLOW}\s+(?:\S+\s+){{0,2}}?{_AUTHOR}(?!\w)|(?:\S+\s+)?{_AUTHOR}\s+{_FOLLOW}\W*$)", re.I
)
FOLLOW_WORDS = 20

# the house's puzzle offered: a call to play or solve first, the crossword or sudoku named
_PLAY = compile_later(
    r"^\W*(?:try|play|solve|do|spiele\w*|spielen\s+sie|lösen\s+sie|löse|rätseln\s+sie|jouez|joue|résolvez|essayez|"
    r"juega|jugar|resuelve|prueba|gioca|giocare|risolvi|prova|jogue|jogar|resolva|experimente|speel|probeer|"
    r"играйте|решайте|разгадайте|spela|lös|prova|spil|løs|prøv|spill|zagraj|rozwiąż|spróbuj|zahrajte|vyluštěte|"
    r"vyzkoušejte|oyna\w*|çöz\w*|dene\w*|játsszon|játssz|fejtse|fejtsd|próbálja|joacă|rezolvă|încearcă|παίξτε|"
    r"λύστε|грайте|розгадайте|спробуйте|pelaa|ratkaise|kokeile)(?!\w)",
    re.I,
)
_PUZZLE = compile_later(
    r"(?<!\w)(?:crosswords?|sudokus?|wordle|kreuzworträtsel\w*|rätsel\w*|mots\s+(?:croisés|fléchés)|crucigramas?|"
    r"autodefinidos?|cruciverba|parole\s+crociate|palavras\s+cruzadas|cruzadinhas?|kruiswoord\w*|кроссворд\w*|"
    r"korsord\w*|krydsord\w*|kryssord\w*|krzyżówk\w*|křížovk\w*|krížovk\w*|bulmaca\w*|keresztrejtvény\w*|"
    r"rejtvény\w*|careu\w*|integram\w*|σταυρόλεξ\w*|кросворд\w*|ristikk\w*|sanaristikk\w*)(?!\w)",
    re.I,
)
PUZZLE_WORDS = 15

# "Disclosure: …": the label of the house's note on its ties, in each language
_DISCLOSURE = compile_later(
    r"^\W*(?:disclosure|transparency\s+note|offenlegung|transparenzhinweis|déclaration\s+d['’]intérêts?|"
    r"divulgación|declaración\s+de\s+intereses|dichiarazione\s+di\s+interessi|declaração\s+de\s+interesses|"
    r"openbaarmaking|belangenverklaring|раскрытие\s+информации|jävsdeklaration|jävsupplysning|"
    r"interessekonflikt|střet\s+zájmů|açıklama\s+notu|összeférhetetlenség|"
    r"declarație\s+de\s+interese|δήλωση\s+συμφερόντων|розкриття\s+інформації|sidonnaisuudet)\s*:\s+\S",
    re.I,
)
DISCLOSURE_WORDS = 40


def is_reader_call(text: str, n: int) -> bool:
    """Whether the line of `n` words is one of the calls in the module's note."""
    if n == 0 or n > COFFEE_WORDS:
        return False
    text = _GLUED.sub(" ", text.strip())
    closed = text.endswith(_CLOSED)
    return bool(
        n <= SHARE_WORDS
        and not closed
        and _SHARE.search(text)
        and (_ARTICLE.search(text) or _FRIEND.search(text))
        or n <= TALK_WORDS
        and not text.endswith(".")
        and _JOIN_TALK.search(text)
        or n <= STAND_IN_WORDS
        and _CANNOT_SHOW.search(text)
        and _REFUSED.search(text)
        or n <= LISTEN_WORDS
        and not text.endswith(".")
        and _LISTEN.match(text)
        and _REPORT.search(text)
        or n <= LIVE_WORDS
        and not text.endswith(".")
        and _WATCH_LIVE.search(text)
        or n <= MISTAKE_WORDS
        and _asks_about_a_mistake(text)
        or n <= OFFER_WORDS
        and _SEE_OFFER.search(text)
        or _COFFEE.search(text)
        or n <= SUPPORT_WORDS
        and _SUPPORT.match(text)
        and _JOURNALISM.search(text)
        or n <= JOIN_WORDS
        and _DIGIT.search(text)
        and _JOIN_COUNTED.search(text)
        or n <= FOLLOW_WORDS
        and not text.endswith("?")
        and _FOLLOW_AUTHOR.match(text)
        or n <= PUZZLE_WORDS
        and not closed
        and _PLAY.match(text)
        and _PUZZLE.search(text)
        or n <= DISCLOSURE_WORDS
        and _DISCLOSURE.match(text)
    )


def _asks_about_a_mistake(text: str) -> bool:
    """ "Spotted an error? Write to corrections@…": a question on a mistake, then the address to write to.
    A story's or an update's sentence that names a mistake and an address asks the reader nothing."""
    if "@" not in text or "?" not in text:
        return False
    address = _EMAIL.search(text)
    if address is None:
        return False
    asked, mark, _ = text[: address.start()].partition("?")
    return bool(mark) and _MISTAKE.search(asked) is not None
