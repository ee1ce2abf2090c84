"""The words a byline names its writer with, in languages beyond the importer's first eight.

`bylines` reads "By", "Von", "Par", "Por", "Di", "Door", "Автор" and the labels of the first eight
languages, and joins these: Swedish and Norwegian "Av", Danish "Af", Polish "Autor:", "Tekst:",
"oprac." (opracowanie, the editor who wrote the piece up), "Napisane przez", Danish and Norwegian
"Skrevet af/av", Swedish "Skrivet av", Romanian "Scris de", "Redactat de", Czech "Napsal(a)", Slovak
"Napísal(a)", Czech and Slovak "Autor:", "Text:",
Finnish "Teksti:", "Kirjoittaja:", Turkish "Yazar:", "Haber:" (with its colon: "Haber Merkezi" is the news
desk signing), Hungarian "Szerző:", "Írta:",
Romanian "Autor:", Greek "Του", "Της" (the writer's name in the genitive, as the papers print it),
"Γράφει ο/η" (or "Γράφει:"), "Συντάκτης:" (a broadcaster's "Ρεπορτάζ:" is a piece's credit, `creditwords`),
Ukrainian "Автор:",
"Авторка:"; and the plural label of two writers or more: Czech "Autoři:", Polish "Autorzy:", Slovak and
Romanian "Autori:". Written from the languages' own usage (no library holds such words); the name after
them is still checked to be a name by `bylines`.
"""

from __future__ import annotations

from briefkit.importer import bylinegaps, caselessnames, laterwords
from briefkit.importer.lazyre import compile_later
from briefkit.importer.worldlabels import PUBLISHED, UPDATED

# the keyword or label before the writer's name, a colon after it allowed
# (alternatives of `authorlabels.KEYWORD_BYLINE`)
BY_WORDS = (
    # (Turkish "haber" is also the noun "news", as in a desk's "Haber Merkezi": a label only with its colon)
    r"av|af|autorka|oprac\.|opracowanie|napisał[a]?|teksti|kirjoittaja|kirjoittanut|yazar|yazan|haber(?=\s*[:：])|"
    r"muhabir|szerző|írta|του|της|των|γράφει(?:\s+(?:ο|η)|(?=\s*:))|συντάκτης|συντάκτρια|авторка|автори|autoři|autorzy|"
    # "written by" as a participle and its agent: Polish, Danish and Norwegian, Swedish, Romanian; Czech
    # and Slovak "napsal(a)", "napísal(a)"
    r"napisan[eay]\s+przez|skrevet\s+a[fv]|skrivet\s+av|scris\s+de|redactat\s+de|napsala?|napísala?|"
    # and French "écrit par", "rédigé par" (a Joomla article's "Écrit par" line over its date)
    r"[ée]crit\s+par|r[ée]dig[ée]\s+par"
)
# the same words as a label standing alone before the name, in its own element (`authorlabels.AUTHOR_LABEL`)
LABEL_WORDS = r"av|af|autorka|autoři|autorzy|teksti|kirjoittaja|yazar|szerző|írta|συντάκτης|συντάκτρια|авторка"
# and those of the languages learnt last ("Piše:", "Penulis:", "Репортаж на"): `laterwords`
BY_WORDS += "|" + laterwords.BY_WORDS
# and the keywords of the scripts with no capitals ("بقلم", "מאת") and a few more labels: `caselessnames`
BY_WORDS += f"|{caselessnames.CASELESS_BY}|{caselessnames.LATIN_LABELS}"
LABEL_WORDS += "|" + laterwords.LABEL_WORDS
# and the plural labels and the keywords the lists above leave out: `bylinegaps`
BY_WORDS += "|" + bylinegaps.BY_WORDS
LABEL_WORDS += "|" + bylinegaps.LABEL_WORDS
# the word joining two writers' names ("Af Jane Roe og Sam Poe", "Jana Roe a Petr Poe"): Danish and Norwegian
# "og", Swedish "och", Polish "i" and "oraz", Czech and Slovak "a", Ukrainian "і" and "та", Greek "και", Turkish
# "ve", Hungarian "és", Romanian "și", Finnish "ja", and those of `laterwords` but Slovene "in", which is also
# the place after a name in English ("Jane Roe in Seoul")
NAME_AND = r"og|och|oraz|і|та|και|ve|és|și|şi|" + "|".join(w for w in laterwords.AND_WORDS.split("|") if w != "in")
# the date's label after the name in the same line ("Autor: Jan Kowalski Opublikowano: …"), where the name ends
DATE_WORDS = rf"{PUBLISHED}|{UPDATED}"
# the post a Korean, Chinese or Japanese byline prints after the name ("김민지 기자", "王小明 记者", "山田太郎記者"):
# reporter, correspondent, senior or guest reporter, editorial writer; the name is what stands before it
POST_AFTER_NAME = r"\s*(?:선임기자|객원기자|기자|특파원|논설위원|記者|记者|特派員|特派员|编辑委员|編集委員)$"
POST_AFTER = compile_later(POST_AFTER_NAME)
