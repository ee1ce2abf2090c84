"""Byline words the other word lists leave out: plural labels, the keywords of a few more languages.

`worldbylines`, `laterwords` and `caselessnames` give each language its byline keyword and its
singular label; checked language by language, these were missing:

- the plural label over two writers or more ("Toimetajad:", "Autorid:", "Kirjoittajat:", "Yazarlar:",
  "Szerzők:", "Autoriai:", "Συντάκτες:"), where the singular was known;
- the keyword "by" of Catalan ("Per"), Swahili ("Na", "Imeandikwa na"), Tagalog ("Ni", "Isinulat ni"),
  and the labels "Pewarta:" (Indonesian reporter), "Mwandishi:" (Swahili writer), "Tác giả:"
  (Vietnamese author), Hindi "द्वारा:" (by), Bengali "প্রতিবেদক:" (reporter), "লিখেছেন" (wrote);
- a blog's "Posted by" in the languages beyond the eight ("Zveřejnil", "Upplagd av", "Bejegyezte");
- a show's host in the eight languages, where only English "Hosted by" was known: "Condotto da",
  "Présenté par", "Presentado por", "Moderiert von", "Apresentado por", "Gepresenteerd door".

"Per", "Na" and "Ni" are also a Scandinavian first name, a Korean surname and a word of other
languages; they count as a keyword only before a name of two capitalised words or more, so a bare
"Per Olsen" stays a name. Written from the languages' own usage; `bylines` still checks the name.
"""

from __future__ import annotations

# a capitalised word and another after it: the name a short keyword ("Per", "Na", "Ni") must open
_TWO_CAPS = r"(?=\s+(?-i:[A-ZÀ-ÞĀ-Ž])[^\s,]*\s+(?-i:[A-ZÀ-ÞĀ-Ž]))"

# the plural labels (their singular is in `worldbylines` or `laterwords`), a colon after them
PLURAL_LABELS = (
    r"toimetajad|autorid|kirjoittajat|yazarlar|szerzők|autoriai|autoriaus|συντάκτες|avtorji|autorji|"
    r"skribenter|reportere|reporterid"
)
# the keyword before the name, with its name after
BY_WORDS = (
    rf"per{_TWO_CAPS}|escrit\s+per|redactat\s+per|na{_TWO_CAPS}|imeandikwa\s+na|ni{_TWO_CAPS}|isinulat\s+ni|"
    r"pewarta(?=\s*:)|mwandishi(?=\s*:)|tác\s+giả(?=\s*:)|द्वारा(?=\s*:)|প্রতিবেদক(?=\s*:)|লিখেছেন|"
    r"condott[oa]\s+da|presentat[oa]\s+da|présentée?\s+par|animée?\s+par|presentad[oa]\s+por|"
    r"conducid[oa]\s+por|moderiert\s+von|präsentiert\s+von|apresentad[oa]\s+por|gepresenteerd\s+door|"
    rf"(?:{PLURAL_LABELS})(?=\s*:)|"
    # a blog's "Posted by" over or under the post, beyond the eight languages (Blogger and WordPress print it in
    # the reader's language): Czech, Slovak, Slovenian, Croatian, Polish, Swedish, Norwegian, Finnish, Hungarian,
    # Romanian, Turkish, Russian, Ukrainian
    r"zveřejnila?|uverejnila?|objavila?|objavio|opublikowane\s+przez|opublikował[a]?|upplagd\s+av|"
    r"lagt\s+inn\s+av|publisert\s+av|lähettänyt|bejegyezte|postat\s+de|publicat\s+de|gönderen(?=\s*:)|"
    r"опубликовал[а]?|опублікува(?:в|ла)"
)
# the labels standing alone before the name, in their own element
LABEL_WORDS = rf"{PLURAL_LABELS}|pewarta|mwandishi"
# a closing signature's label ("Pewarta: Jane Roe" under the story)
CLOSING_LABELS = rf"pewarta|mwandishi|{PLURAL_LABELS}"
# the keyword inside a longer line ("Publisert 12. januar 2023 av Kari Nordmann · 7 kommentarer", "48 min ·
# condotto da …"): the Scandinavian "av", "af", Polish "przez", Indonesian and Malay "oleh", Catalan "per",
# Italian "condotto da", "presentato da" (the eight languages' "by", "von", "par", "por", "di", "door" are
# `inlinebylines`' own). Before a capitalised word only: in prose "av" and "per" are common small words
# and a blog's "Posted by" verb, the name after it ("Zveřejnil Jana Roe v 21:14")
INLINE_BY = (
    r"(?:av|af|przez|oleh|per|condott[oa]\s+da|presentat[oa]\s+da|zveřejnila?|uverejnila?|objavila?|objavio|"
    r"opublikował[a]?|lähettänyt|опубликовал[а]?|опублікува(?:в|ла))(?=\s+(?-i:[A-ZÀ-ÞĀ-ŽА-ЯЁІЇЄ]))"
)
