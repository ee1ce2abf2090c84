"""The labels of a page's link boxes and comment sections in the languages neither list covers yet.

`pagewords` holds the labels of the importer's first eight languages and `worldpagewords` those of
the Nordic, Central European, Turkish, Romanian, Hungarian, Greek, Ukrainian and Finnish pages. News
sites in Catalan, Croatian, Serbian and Bosnian, Slovene, Bulgarian, Lithuanian, Latvian, Estonian and
Indonesian print the same boxes under their own words: "Pročitajte još: <headline>" between two
paragraphs, "Najčitanije" over the list of most-read stories, "Komentari (47)" over the readers'
comments. Without the words each such line is shaped like the story's own (a short line, no full
stop, a headline's capitals), and the copied text keeps it.

The eight languages have a few labels of the same box that their lists lack: the German "Lesetipp",
the French "A lire aussi" with its capital's accent dropped, the Italian "Approfondimento" over a
link to a longer piece. Each entry is a wording every site of the language prints for the box (the
strings the big publishing systems and themes ship translated), not any one site's phrase.
"""

from __future__ import annotations

from briefkit.importer import eastpagewords

# "Read also:", "You may be interested in:": the label that opens a line pointing to one other story
READ_ALSO = (
    # the eight languages' forms their lists lack
    r"lesetipps?|auch\s+lesenswert|a\s+lire\s+(?:aussi|également)|approfondimento|"
    # Catalan
    r"llegeix(?:i)?\s+també|(?:també\s+)?(?:et|us)\s+pot(?:\s+interessar|en\s+interessar)|"
    # Croatian, Serbian, Bosnian (Latin and Cyrillic), Slovene
    r"pro[čc]itajte\s+(?:još|i|također|takođe)|povezan[ae]\s+(?:vijesti|vesti|članci)|"
    r"прочитајте\s+(?:још|и)|повезане\s+вести|"
    r"preberite\s+(?:še|tudi)|preberi\s+(?:še|tudi)|sorodne\s+novice|povezane\s+novice|"
    # Bulgarian
    r"прочетете\s+(?:още|също)|вижте\s+(?:още|също)|още\s+по\s+темата|свързани\s+(?:новини|статии)|"
    # Lithuanian, Latvian, Estonian
    r"taip\s+pat\s+skaitykite|skaitykite\s+(?:taip\s+pat|daugiau)|susijusios\s+naujienos|"
    r"las(?:i|iet)\s+(?:vēl|arī)|saistītie\s+raksti|saistītās\s+ziņas|"
    r"loe\s+(?:ka|lisaks)|vaata\s+ka|seotud\s+(?:artiklid|uudised)|"
    # Indonesian
    r"baca\s+(?:juga|pula)|simak\s+juga|berita\s+terkait|artikel\s+terkait"
)

# Headings that open the boxes of links after a story: most read, the latest news, more news
END = (
    r"el\s+més\s+llegit|(?:les\s+)?més\s+llegides|últimes\s+notícies|notícies\s+relacionades|"
    r"najčitanij[ei]|najnovij[ei](?:\s+(?:vijesti|vesti))?|најчитаније|најновије|"
    r"najbolj\s+bran[oe]|najnovejše(?:\s+novice)?|"
    r"най-четени(?:те)?|най-новото|последни\s+новини|"
    r"daugiau\s+naujienų|skaitomiausi(?:os)?|naujausi(?:os)?(?:\s+naujienos)?|"
    r"lasītākie|jaunākās\s+ziņas|"
    r"loetumad|viimased\s+uudised|"
    r"terpopuler|berita\s+terkini|berita\s+lainnya"
)

# the word over the readers' comments, in these languages ("Komentari (47)", "Komentarji", "Коментари")
COMMENTS = (
    r"comentaris|komentar[ie]|komentarji|коментари|komentarai|komentāri|kommentaarid|komentar|"
    # the Nordic languages, Finnish, Polish, Czech and Slovak, Turkish, Romanian, Hungarian, Greek, Ukrainian
    r"kommentarer|kommentit|komentarze|komentáře|komentáre|yorumlar|comentarii|hozzászólások|σχόλια|коментарі|"
    rf"{eastpagewords.COMMENTS}"
)
# the heading over the readers' comments with their count after it, in any of the languages ("Comments 347",
# "Kommentare (12)", "Komentari (47)", "Réactions (12)"): the count names the section, which a story's subheading
# never counts
COMMENT_COUNT = (
    r"(?:comments?|kommentare|commentaires|comentarios|commenti|comentários|reacties|комментарии|"
    rf"kommentarer|kommentit|komentarze|komentáře|komentáre|yorumlar|comentarii|hozzászólások|σχόλια|коментарі|{COMMENTS}|"
    # the readers' reactions, counted ("Réactions (12)"): uncounted, "Reactions" is a story's subheading
    r"reactions|réactions|reacciones|reazioni|reações|reaktionen|reakcje|reakce|реакции)"
    r"\s*(?:\(\d{1,5}\)|\d{1,5})"
)
# a saved page's discussion heading with its count, the count's word in the brackets too: "Diskuse (3 příspěvky)",
# "Discussion (12 posts)" (`htmltails`; a copied page's story end is read by `storyedges` without it: there the
# heading's line cut the paragraph over the tags with it)
DISCUSSION_COUNT = (
    r"(?:discussion|diskussion|diskuse|diskusia|dyskusja|discussione|discusión|discussão|discussie|обсуждение|"
    r"обговорення|comments?|kommentare|commentaires|comentarios|commenti|comentários|komentáře|komentarze)"
    r"\s*\(\d{1,5}\s+[^\W\d_]{2,20}\)"
)

# "Oznake: Vis, ribarstvo", "Birkas: …": the label of the tags the site files the story under
FILED = (
    r"etiquetes|paraules\s+clau|oznake|ključne\s+riječi|ključne\s+reči|značke|oznaki|етикети|тагове|ключови\s+думи|"
    r"žymos|raktažodžiai|birkas|atslēgvārdi|märksõnad|sildid|topik|kata\s+kunci|"
    # Turkish, Greek, Polish, Czech and Slovak, Hungarian, Romanian, the Nordic languages, Finnish, Ukrainian
    r"etiketler|anahtar\s+kelimeler|ετικέτες|λέξεις[- ]κλειδιά|tagi|słowa\s+kluczowe|štítky|klíčová\s+slova|"
    r"kľúčové\s+slová|címkék|kulcsszavak|etichete|cuvinte\s+cheie|taggar|nyckelord|stikkord|emneord|nøgleord|"
    r"avainsanat|tunnisteet|мітки|ключові\s+слова|"
    # "Topics:" in the same languages
    r"tematy|témata|témy|teme|aiheet|ämnen|emner|témák|subiecte|konular|θέματα|теми|"
    # Arabic, Persian, Urdu, Hebrew, Hindi, Bengali, Japanese, Chinese, Korean, Thai, Vietnamese
    r"(?:ال)?وسوم|(?:ال)?كلمات\s+(?:ال)?(?:مفتاحية|دلالية)|برچسب(?:\u200c?\s?ها)?|کلیدواژه(?:\u200c?\s?ها)?|کلمات\s+کلیدی|"
    r"ٹیگز|تگز|תגיות|טאגים|टैग्?स?|कीवर्ड्?स?|ट्यागस?|ট্যাগ(?:স)?|কিওয়ার্ড|タグ|関連キーワード|キーワード|"
    r"标签|標籤|关键词|關鍵詞|关键字|關鍵字|태그|키워드|แท็ก|คำค้น|từ\s+khóa|thẻ|"
    # Tamil, Georgian, Armenian
    r"குறிச்சொற்கள்|தொடர்புடைய\s+சொற்கள்|თეგები|ტეგები|Պիտակներ"
)

# a poll's button in these languages ("Glasaj", "Balsuoti", "Гласувай"), and the link to its results after
# the button in any language ("Ver resultado parcial", "See results", "Ergebnis anzeigen")
POLL = r"anketa|ankieta|enquesta|apklausa|aptauja|küsitlus|анкета|допитване|jajak\s+pendapat"
VOTE = r"glasaj(?:te)?|glasuj(?:te)?|balsuoti|balsuokite|balsot|hääleta|гласувай(?:те)?|гласај(?:те)?|pilih"
RESULTS = (
    r"(?:(?:see|view|show|ver|veja|voir|vedi|bekijk|смотреть|ergebnis(?:se)?|resultados?|résultats?|risultati)\s+)?"
    r"(?:(?:the|all|os|les|i|de)\s+)?(?:results?|ergebnis(?:se)?|anzeigen|résultats?|resultados?|risultati|resultaten|"
    r"результаты)(?:\s+(?:parcial|parciais|parziali|partiels?))?"
)

# "Pratite nas na društvenim mrežama", "Seguinos en …": the call to follow the site, in these languages and
# in the Rioplatense Spanish of Argentina and Uruguay
FOLLOW_US = (
    r"seguinos|segueix-nos|seguiu-nos|pratite\s+nas|sledite\s+nam|sledite\s+nas|пратите\s+нас|последвайте\s+ни|"
    r"sekite\s+mus|sekojiet\s+mums|seko\s+mums|jälgi\s+meid|jälgige\s+meid|ikuti\s+kami|"
    # Polish, Czech and Slovak, Turkish, Hungarian, Romanian ("Dołącz do nas na Facebooku": joining, on a network)
    r"obserwuj\s+nas|śledź\s+nas|sledujte\s+nás|bizi\s+takip\s+edin|kövess(?:en)?\s+minket|"
    r"urmărește-ne|urmăriți-ne|dołącz\s+do\s+nas\s+na\s+(?:facebooku|instagramie|twitterze|youtube|tiktoku|linkedinie)"
)
