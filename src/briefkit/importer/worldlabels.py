"""The words beside a date that say what it dates, in languages beyond the importer's first eight.

`datelabels` and `dates` hold these labels for English, German, French, Spanish, Italian, Portuguese,
Dutch and Russian and join the ones here: Polish, Czech, Slovak, Swedish, Danish, Norwegian, Finnish,
Turkish, Romanian, Hungarian, Greek and Ukrainian. The labels are the ones those languages' news and
public-sector pages print over a date ("Opublikowano", "Publicerad", "Julkaistu", "Yayınlanma",
"Közzétéve", "Δημοσίευση", "Опубліковано"; "Aktualizacja", "Uppdaterad", "Päivitetty", "Güncelleme",
"Frissítve", "Ενημέρωση", "Оновлено"), written from the languages' own usage; CLDR and dateparser
have no such words. The relative forms ("3 godziny temu", "před 3 hodinami", "3 saat önce") come from
`worldcalendar`, generated from dateparser's data: a time counted back from the reading, no day.
"""

from __future__ import annotations

from briefkit.importer import laterwords
from briefkit.importer.worldcalendar import AGO_AFTER, AGO_BEFORE, NEAR_DAYS

# "Opublikowano", "Data publikacji", "Publikováno", "Publicerad", "Julkaistu", "Yayınlanma tarihi": published
PUBLISHED = (
    r"opublikowano|data\s+publikacji|publikacja|publikováno|zveřejněno|publikované|zverejnené|publicerad|"
    r"publicerat|publiceret|udgivet|publisert|julkaistu|yayınlanma(?:\s+tarihi)?|yayınlandı|yayın\s+tarihi|"
    r"publicat|publicată|közzétéve|publikálva|megjelent|megjelenés|δημοσίευση|δημοσιεύθηκε|δημοσιεύτηκε|"
    r"опубліковано|дата\s+публікації"
)
# "Aktualizacja", "Ostatnia modyfikacja", "Aktualizováno", "Uppdaterad", "Päivitetty", "Güncelleme": the last change
UPDATED = (
    r"aktualizacja|zaktualizowano|aktualizowano|ostatnia\s+modyfikacja|zmodyfikowano|aktualizováno|"
    r"aktualizace|upraveno|aktualizované|uppdaterad|uppdaterat|senast\s+uppdaterad|opdateret|"
    r"senest\s+opdateret|oppdatert|sist\s+oppdatert|päivitetty|muokattu|güncelleme|güncellendi|"
    r"son\s+güncelleme|actualizat|actualizare|modificat|frissítve|frissítés|módosítva|utolsó\s+módosítás|"
    r"ενημέρωση|ενημερώθηκε|τελευταία\s+ενημέρωση|оновлено|змінено|"
    # Catalan "Actualitzat", "Darrera actualització"
    r"actualitzat|actualitzada|(?:darrera\s+|última\s+)?actualització"
)
# and those of the languages learnt last ("Objavljeno", "Posodobljeno", "Публикувано"): `laterwords`
PUBLISHED += "|" + laterwords.PUBLISHED
UPDATED += "|" + laterwords.UPDATED
# word stems of both, for the looser test of a line that says a date is the page's own
DATED_STEMS = (
    r"opublikow|publikac|publikov|zveřejn|zverejn|udgivet|julkais|yayınla|yayın\s+tarihi|közzé|publikál|"
    r"δημοσι|опубліков|aktualiz|modyfik|upraven|uppdater|opdater|oppdater|päivitet|muokat|güncel|frissít|"
    r"módosít|ενημερ|оновлен|змінен"
)

# "3 godziny temu", "3 saat önce", "před 3 hodinami", "acum 3 ore", "πριν από 3 ώρες": counted back from the
# reading; "wczoraj, 10:15", "dün 10:15": the day named from the reading, with its hour
_SPACE = r"\s+"
_BEFORE = "|".join(rf"{_SPACE.join(head.split())}\s+\d+\s+(?:{units})" for head, units in AGO_BEFORE.items())
RELATIVE = (
    rf"(?<!\w)\d+\s*(?:{AGO_AFTER})(?!\w)|(?<!\w)(?:{_BEFORE})(?!\w)"
    rf"|(?<!\w)(?:{NEAR_DAYS}),?\s+(?:(?:kl\.?|klo|saat|o|v|о|στις|la)\s+)?\d{{1,2}}[:.]\d{{2}}(?!\d)"
)
