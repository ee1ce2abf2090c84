"""The labels of a page's link boxes in the languages beyond the importer's first eight.

`pagewords` knows the label that points from inside a story to one other story ("Lesen Sie auch:",
"Lire aussi") and the headings of the boxes of links that follow a story ("Meistgelesen", "Related")
in German, English, French, Spanish, Italian, Portuguese, Dutch and Russian. A page in Swedish,
Danish, Norwegian, Polish, Czech, Slovak, Turkish, Romanian, Hungarian, Greek, Ukrainian or Finnish
prints the same boxes under its own words, and without them its copied text keeps every pointer
and every "most read" list, since such a line is shaped like a subheading (short, no full stop) and
the headline under it like the story's own. There is no language-free sign that tells "Read also:
<headline>" from "Background: <subheading>"; the words are needed.

Each entry is the wording every news site of the language prints for the box (the same UI strings
that the big publishing systems and WordPress themes ship translated), not any one site's phrase.
Greek is matched without its accents too, since a label set in capitals drops them ("ΔΙΑΒΑΣΤΕ").
"""

from __future__ import annotations

# "Read also:", "See also:": the label that opens a line pointing to one other story
READ_ALSO = (
    # Swedish, Danish, Norwegian (Bokmål and Nynorsk); "Læs også på X+:" names the site's paid section
    r"läs\s+(?:också|även|mer)|læs\s+(?:også|mere)(?:\s+på\s+[^\s:]{1,20})?|les\s+også(?:\s+på\s+[^\s:]{1,20})?|"
    # Polish, Czech, Slovak
    r"czytaj\s+(?:także|również)|zobacz\s+(?:także|też)|przeczytaj\s+(?:także|również|też)|"
    r"čtěte\s+(?:také|též|dále)|přečtěte\s+si\s+(?:také|též)|mohlo\s+by\s+vás\s+(?:zajímat|také\s+zajímat)|"
    r"čítajte\s+(?:aj|tiež)|prečítajte\s+si\s+(?:aj|tiež)|mohlo\s+by\s+vás\s+zaujímať|"
    # Turkish, Romanian, Hungarian
    r"bunu\s+da\s+okuyun|bunlar[ıi]\s+da\s+okuyun|ayr[ıi]ca\s+okuyun|ilginizi\s+çekebilir|"
    r"cite[șşs]te\s+[șşs]i|citi[țţt]i\s+[șşs]i|vezi\s+[șşs]i|"
    r"olvassa\s+el\s+ezt\s+is|olvasd\s+el\s+ezt\s+is|ezt\s+is\s+ajánljuk|"
    # Greek, Ukrainian, Finnish
    r"διαβ[άα]στε\s+(?:επ[ίι]σης|ακ[όο]μη|ακ[όο]μα)|δε[ίι]τε\s+επ[ίι]σης|σχετικ[όοάα]|"
    r"читайте\s+(?:також|більше)|дивіться\s+також|раніше\s+ми\s+писали|матеріали\s+за\s+темою|"
    r"lue\s+myös|katso\s+myös|"
    # "Related articles", "More on the topic": a box's label inside the story as well as under it
    r"relaterade\s+artiklar|relaterede\s+artikler|relaterte\s+artikler|powiązane\s+artykuły|"
    r"související\s+články|súvisiace\s+články|ilgili\s+haber(?:ler)?|articole\s+(?:similare|asemănătoare)|"
    r"kapcsolódó(?:\s+(?:cikkek|cikk|hírek))?|σχετικ[άα]\s+[άα]ρθρα|схожі\s+новини|aiheesta\s+lisää"
)

# Headings that open the boxes of links after a story: related stories, most read, the latest news
END = (
    # Swedish, Danish, Norwegian
    r"relaterade\s+artiklar|relaterat|mest\s+lästa?(?:\s+just\s+nu)?|senaste\s+nytt|"
    r"relaterede\s+artikler|mest\s+læste?|seneste\s+nyt|"
    r"relaterte\s+artikler|mest\s+lest|mest\s+lesne|siste\s+nytt|"
    # Polish, Czech, Slovak
    r"najczęściej\s+czytane|najpopularniejsze|najnowsze(?:\s+wiadomości)?|powiązane\s+artykuły|polecane|"
    r"související(?:\s+články)?|nejčtenější|nejnovější(?:\s+zprávy)?|"
    r"súvisiace(?:\s+články)?|najčítanejšie|najnovšie(?:\s+správy)?|"
    # Turkish, Romanian, Hungarian
    r"ilgili\s+haberler|benzer\s+haberler|(?:en\s+)?çok\s+okunanlar|bunlar\s+da\s+ilginizi\s+çekebilir|"
    r"cele\s+mai\s+citite|articole\s+(?:similare|asemănătoare|asemanatoare)|[șşs]tiri\s+similare|"
    r"kapcsolódó\s+(?:cikkek|cikk|hírek)|legolvasottabb(?:ak)?|legfrissebb(?:\s+hírek)?|"
    # Greek, Ukrainian, Finnish
    r"σχετικ[άα]\s+[άα]ρθρα|τα\s+πιο\s+δημοφιλ[ήη]|δημοφιλ[ήη]|"
    r"стрічка\s+новин|останні\s+новини|популярне|схожі\s+новини|новини\s+партнерів|"
    r"luetuimmat|tuoreimmat|uusimmat|aiheesta\s+lisää"
)

# "Artikeln fortsätter under annonsen", "Článek pokračuje pod reklamou", "Dalszy ciąg materiału pod wideo":
# the note that the story goes on past an ad or a video, its words for going on, below, the piece, the ad
# (`storynotes` asks for going on and an ad, or going on, below and the piece, in a short line)
GOES_ON = (
    r"fortsätter|fortsætter|fortset(?:ter|jer)|held\s+fram|dalszy\s+ciąg|ciąg\s+dalszy|pokračuje|"
    r"continuă|folytatódik|συνεχ[ίι]ζεται|продовження|продовжується|jatkuu"
)
BELOW = (
    r"nedan|nedenfor|nedanfor|under|pod|poniżej|níže|nižšie|aşağıda|aşağı|mai\s+jos|alább|lent|alatt|"
    r"παρακ[άα]τω|нижче|alla|alapuolella"
)
PIECE = (
    r"artikeln|artiklen|artikkelen|saka|artykułu?|materiału|článek|článok|haberin|articolul|cikk|"
    r"[άα]ρθρο|статті|статья|матеріалу?|artikkeli"
)
ADVERT = (
    r"annons(?:en)?|annonce(?:n)?|annonse(?:n)?|reklam\w*|reclam\w*|publicitate|hirdetés\w*|reklám\w*|"
    r"διαφ[ήη]μιση|maino(?:s|ks)\w*"
)

# "Visa inlägget", "Zobrazit obsah", "Näytä sisältö": the words of the buttons under an embedded post's
# placeholder or a player (show, load, the post, the content), matched only as a whole line of them
BUTTON = (
    r"visa|inlägget|inlägg|innehållet|innehåll|ladda|vis|innlegget|innhold|indlægget|indlæg|indhold|"
    r"pokaż|wczytaj|treść|zobrazit|načíst|obsah|příspěvek|göster|yükle|içeriği|içerik|gönderiyi|"
    r"afișează|încarcă|conținutul|postarea|megjelenítés|betöltés|tartalom|bejegyzés|εμφ[άα]νιση|φ[όο]ρτωση|"
    r"περιεχ[όο]μενο|показати|завантажити|вміст|допис|näytä|lataa|sisältö|julkaisu"
)
