"""Byline and date-label words of the languages the importer learnt last.

Catalan, Croatian, Serbian (Latin script), Slovenian, Slovak, Bulgarian, Lithuanian, Latvian, Estonian
and Indonesian news pages sign and date their stories with words of their own: "Piše:" (Croatian and
Serbian "writes:"), "Avtor:", "Text a foto:", "Репортаж на" ("report by"), "Penulis:" ("writer:"),
"Autorius:", "Autors:"; "Objavljeno" (published), "Ažurirano", "Izmenjeno", "Posodobljeno" (updated),
"Публикувано", "Paskelbta", "Publicēts", "Avaldatud", "Diterbitkan". CLDR and dateparser hold month
names but no such words: these are written from the languages' own usage. `worldbylines` and
`worldlabels` join them to the words they give `bylines` and `datelabels`; the name after a byline word
is still checked to be a name.
"""

from __future__ import annotations

# the keyword or label before the writer's name, a colon after it allowed
BY_WORDS = (
    r"piše|pišu|avtor(?:ica|ja)?|autorica|autorius|autorė|autors|autore|penulis|oleh|wartawan|аутор(?:ка)?|пише|"
    r"репортаж\s+на|"
    # "the article's author", the genitive first: Estonian, Latvian, Lithuanian
    r"artikli\s+autor|raksta\s+autors|straipsnio\s+autorius"
)
# the writer who took the pictures too: "Text a foto:", "Tekst i foto:", "Besedilo in foto:" (`bylines`
# reads the earlier languages' "Text & Fotos:" with these words too)
TEXT_WORDS = r"besedilo|teksts|tekstas|teks"
AND_WORDS = r"a|i|in|ir|un|ja|dan"
PHOTO_WORDS = r"fotografije|nuotraukos|attēli|fotod"
# the same words as a label standing alone before the name, in its own element
LABEL_WORDS = r"piše|pišu|avtor|avtorica|autorica|autorius|autorė|autors|autore|penulis"
# "Objavljeno", "Publicat", "Публикувано", "Paskelbta", "Publicēts", "Avaldatud", "Diterbitkan": published
PUBLISHED = (
    r"objavljeno|publicat|публикувано|публикуван|paskelbta|publicēts|publicēta|avaldatud|avaldati|"
    r"diterbitkan|dipublikasikan|"
    # Swahili "Imechapishwa", Georgian "გამოქვეყნდა", "გამოქვეყნებულია"
    r"imechapishwa|გამოქვეყნდა|გამოქვეყნებულია|"
    # Arabic "نُشر في" (published on, with or without its vowel marks), "تاريخ النشر" (date of publication)
    r"نُ?شِ?ر(?:\s+في)?|تاريخ\s+النشر"
)
# "Ažurirano", "Izmenjeno", "Posodobljeno", "Actualitzat", "Обновено", "Atnaujinta", "Atjaunots",
# "Uuendatud", "Diperbarui": the last change
UPDATED = (
    r"ažurirano|azurirano|izmenjeno|izmijenjeno|posodobljeno|actualitzat|actualitzada|обновено|"
    r"редактирано|atnaujinta|atjaunots|atjaunināts|uuendatud|muudetud|diperbarui|"
    # Swahili "Imesasishwa", Georgian "განახლდა", "განახლებულია"
    r"imesasishwa|განახლდა|განახლებულია|"
    # Arabic "آخر تحديث" (last update), "تم التحديث" (updated)
    r"آخر\s+تحديث|تم\s+التحديث"
)
# the weekday's short name some of them print in small letters before the day ("sob, 5. 12. 2026": Slovenian
# Saturday; "pet", "sub", "ned": Croatian and Serbian), where a byline in the same line ends
SHORT_DAYS = r"pon|tor|uto|sre|sri|čet|pet|sob|sub|ned"
# a national agency's letters after the writer's slash ("Jane Roe / STA", "Jane Roe/HINA", "Jane Roe / ČTK"):
# every country's wire signs so; the person is the author. Capitals only, two to five: a shouted word
# or a desk's name is longer
SLASHED_AGENCY = r"\s*/\s*(?-i:[A-ZČŠŽĆĐÁÉÍÓÚÝŘŤĎŇĽĹÄÖÜ]{2,5})"
