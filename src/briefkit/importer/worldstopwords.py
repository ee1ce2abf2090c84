"""Function words and language markers of languages beyond the importer's first eight.

`stopwords` lists the commonest function words (articles, pronouns, prepositions, conjunctions,
auxiliaries) of English, German, French, Spanish, Italian, Portuguese, Dutch, Polish and Russian and
joins these: more Polish, Czech, Slovak, Swedish, Danish, Norwegian, Finnish, Turkish, Romanian,
Hungarian, Greek and Ukrainian. Each list is the language's most frequent grammatical words, the head
of any frequency list of the language (and of jusText's stoplists, installed with trafilatura, which
are too long for the purpose: they hold content words too). Left out on purpose: words that are also
common first names or name parts ("han", "hun", "ole", "oli", "aki", "jos", "meg", "ama", "ved", "kun",
"tai", "ami", "sen", "ki", "mi", "ya", "al", "ma"), since a function word never starts a person's name
to `bylines`; words of English's own ("men", "end", "care", "pro", "pod", "co" of "& Co KG", "vi" of
"Part VI"); and single letters ("s", "u", "k", "v": "U.S." is two of them to the word pattern).
"""

from __future__ import annotations

WORDS = """
być będzie który która które którzy jego jej ich już tylko także też gdy gdzie tak może przy nad
między bez ze we mają lub aby żeby tym tego tej jako tych według przed
a i ve na se z ze do o je jsou byl byla bylo byli že to ten ta od po při jako ale nebo také
který která které kteří jeho její jejich už jen by aby než podle před mezi bude má mají
sa sú bol bola bolo boli pre pri ako alebo aj ktorý ktorá ktoré ktorí jej ich len podľa medzi majú
och att det som en ett är av för på med till den de inte om har var jag hon från så kan ska vid
eller när efter också sig sin sitt sina hade blev blir under mot över än bara redan där vilket detta dessa
og at et er af ikke jeg fra skal når havde bliver mod allerede hvor der denne disse være
ei etter seg hadde ble enn hva nå
ja on ei että se ovat olivat hän he me mutta kuin myös vain jo nyt sekä joka jotka mikä mitä tämä
nämä sitä niin vielä mukaan kanssa jälkeen olla ollut voi eikä
ve bir bu da de ile için gibi olarak çok daha ne o veya her en kadar sonra önce göre olan oldu olduğu
değil var yok ise şu bunu bunun onun ancak ayrıca üzere tarafından
și în la cu pe din că nu este sunt un o unei unui pentru mai fost fi să sau dar iar prin după către
acest această lui ei el ea
a az és is hogy nem egy el ez azt ezt mint de csak már még volt van lesz kell pedig vagy ha után szerint
között alatt akkor amely amelyek akik mert így sem minden
και το η ο οι τα τη την τον του της των τους τις να με για από σε που στο στην στα στον στις στους θα δεν
είναι ένα μια ότι αλλά ή όπως μετά κατά προς ήταν έχει είχε αυτό αυτή
і й в у на з із що не до за як та від це він вона вони для про але або його її їх був була було були
також вже лише які який яка яке після під над між через щоб коли
"""
# Words frequent in one of these languages and rare in the others and in the first eight: enough to name
# the language of a page that does not declare it (`stopwords.guess_language`). Danish and Norwegian by
# the words they spell apart ("af"/"av", "efter"/"etter", "havde"/"hadde"), not by those they share.
MARKERS = {
    "cs": "v je se jsou které také který podle byl bylo",
    "sv": "och att är inte för till också hade sina detta",
    "da": "af efter havde blev nu hvad meget mig sig ud",
    "nb": "av etter hadde ble nå hva mye meg seg ut",
    "fi": "ja on että se ei oli ovat mutta myös kun",
    "tr": "ve bir bu ile için olarak gibi çok daha olan",
    "ro": "și în la cu pe din care că este pentru",
    "hu": "az és hogy nem egy volt szerint már csak pedig",
    "el": "και το η της του να με για από που",
    "uk": "і що та це з як від які також його",
}
