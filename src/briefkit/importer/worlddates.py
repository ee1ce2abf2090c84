"""How dates are printed in languages beyond the importer's first eight, made readable to `dates`.

`in_english` turns the month and weekday names of twelve more languages (`worldcalendar`, from
dateparser's CLDR data) into English ones in a line that prints a number: "2 grudnia 2026" reads as
"2 december 2026", "Wtorek, 2 grudnia" as "tuesday, 2 december". A dictionary looked up word by word
costs a line what one pattern does, where five hundred more names in every date pattern would cost
each import a tenth of a second of compiling them. Capitals lower as their language's do not always:
"ARALIK" lowers to "aralik", "NİSAN" to "ni̇san" (a dot combined with the i); both are found.

Hungarian pages print the year first, with a full stop after it and after the day: "2026. december 2.
09:15", "2026. dec. 2.", "2026. 12. 02. 11:40". The readers in `dates` know a day first or a month
first; `day_first` turns that order into the day-first one ("2 december 2026", "02.12.2026") before
they read. The full stops after the year and the day make the order sure: a sentence ending on a year
("… in 2026. December came …") has no day with a full stop after its month. Latvian and Lithuanian pages
print the year first too, with their word for "year" after it: "2026. gada 4. decembrī" (the month in
the locative, a form CLDR and dateparser do not list: `LOCATIVES`), "2026 m. gruodžio 5 d." (the month
in the genitive, "d." for the day); `day_first` turns these day first as well.

Between a day and its hour most languages print a word: "kl." (Scandinavian), "klo" (Finnish), "saat"
(Turkish), "o godz." (Polish), "v" (Czech), "о" (Ukrainian), "στις" (Greek), "la" (Romanian), "u"
(Croatian, Serbian), "ob" (Slovenian), besides the first eight's "at", "um", "à", "a las", "alle",
"às", "om", "в"; and Polish writes "r." (rok, the year) after the year: "2 grudnia 2026 r., 09:15".
`without_clock_word` takes these off the hour.

Publishers in Asia and around the eastern Mediterranean print their zone's letters after the hour:
`ZONES` adds those `dates` did not know to its table (fixed offsets, in hours).
"""

from __future__ import annotations

import re

from briefkit.importer.lazyre import compile_later
from briefkit.importer.monthnames import ENGLISH_DAYS, ENGLISH_MONTHS, MONTH_NAMES, MONTHS, WEEKDAYS
from briefkit.importer.regionalcalendar import REGIONAL_DAYS, REGIONAL_MONTHS
from briefkit.importer.worldcalendar import MONTH_FORMS, WEEKDAY_FORMS

# "WIB" (western Indonesia), "ICT" (Indochina), "MYT" (Malaysia), "PKT" (Pakistan), "NPT" (Nepal), "TRT"
# (Turkey), "EAT" (East Africa), "GST" (the Gulf), "WITA"/"WIT" (central and eastern Indonesia)
ZONES: dict[str, float] = {
    "wib": 7,
    "wita": 8,
    "wit": 9,
    "ict": 7,
    "myt": 8,
    "pkt": 5,
    "npt": 5.75,
    "trt": 3,
    "eat": 3,
    "gst": 4,
}

_MONTH = MONTH_NAMES
_NAMED = compile_later(rf"(?<![\d.])((?:19|20)\d{{2}})\.\s+({_MONTH})\.?\s+([0-3]?\d)\.(?!\d)", re.I)
_SPACED = compile_later(r"(?<![\d.])((?:19|20)\d{2})\.\s+([01]?\d)\.\s+([0-3]?\d)\.(?!\d)")
_YEAR_DOT = compile_later(r"(?:19|20)\d\d(?:\.\s|\s+m\.)")
# "2026. gada 4. december" (Latvian), "2026 m. december 5 d." (Lithuanian), the month already in English
_YEAR_WORD = compile_later(rf"(?<![\d.])((?:19|20)\d{{2}})\.\s+gada\s+([0-3]?\d)\.\s+({_MONTH})(?![^\W\d_])", re.I)
_YEAR_M = compile_later(rf"(?<![\d.])((?:19|20)\d{{2}})\s+m\.\s+({_MONTH})\s+([0-3]?\d)\s*d\.", re.I)
# Latvian months in the locative, as a date prints them ("4. decembrī"): the nominative's ending turned
# "ī" (-is) or "ā" (-s, -ijs)
LOCATIVES: dict[str, int] = {
    "janvārī": 1, "februārī": 2, "martā": 3, "aprīlī": 4, "maijā": 5, "jūnijā": 6,
    "jūlijā": 7, "augustā": 8, "septembrī": 9, "oktobrī": 10, "novembrī": 11, "decembrī": 12,
}  # fmt: skip
_CLOCK_WORD = compile_later(
    r"^(?:(?:r\.|roku)\s*,?\s*)?"
    r"(?:(?:at|um|à|a\s+las|alle|às|om|в|kl\.?|klo|kello|saat|(?:o\s+)?godz\.?|o|v|ve|о|об|στις|la|u|ob)\s+)?",
    re.I,
)


def day_first(text: str) -> str:
    """The line with its year-first dates turned day first; the line unchanged when it prints none."""
    if not _YEAR_DOT.search(text):  # (the cheap test first: most lines print no such year)
        return text
    text = _YEAR_M.sub(r"\3 \2 \1", _YEAR_WORD.sub(r"\2 \3 \1", text))
    return _SPACED.sub(r"\3.\2.\1", _NAMED.sub(r"\3 \2 \1", text))


def without_clock_word(rest: str) -> str:
    """What follows a date's day without the word that introduces its hour ("kl. 09.15" -> "09.15")."""
    return _CLOCK_WORD.sub("", rest, count=1)


def _english_names() -> dict[str, str]:
    names = {form: ENGLISH_MONTHS[n - 1] for n, forms in MONTH_FORMS.items() for form in forms.split()}
    names.update((form, ENGLISH_DAYS[n - 1]) for n, forms in WEEKDAY_FORMS.items() for form in forms.split())
    names.update((form, ENGLISH_MONTHS[n - 1]) for form, n in LOCATIVES.items())
    # and the languages CLDR's twenty leave out: Galician, Icelandic, Albanian, Malay, Filipino (`regionalcalendar`)
    names.update((form, ENGLISH_MONTHS[n - 1]) for n, forms in REGIONAL_MONTHS.items() for form in forms.split())
    names.update((form, ENGLISH_DAYS[n - 1]) for n, forms in REGIONAL_DAYS.items() for form in forms.split())
    names = {**names, **{k.replace("ı", "i"): v for k, v in names.items()}}
    return {k: v for k, v in names.items() if k not in MONTHS and k not in WEEKDAYS}  # (the eight's stay)


_LETTERS = compile_later(r"[^\W\d_]{3,}")
_DIGIT = compile_later(r"\d")
# The month short forms `worldcalendar` leaves out, being words of other languages ("des", "pro", "lis"),
# read only as Scandinavian and Czech pages print them: after a day with its full stop and with their own
# ("2. des.", "14. pro."), a shape no sentence of another language has
_SHORT_MONTH = {"led": 1, "sty": 1, "ian": 1, "dub": 4, "tem": 7, "lip": 7, "sie": 8, "elo": 8}
_SHORT_MONTH |= {"paz": 10, "lis": 11, "pro": 12, "des": 12, "ara": 12}
_DOTTED_SHORT = compile_later(rf"(?<![\w.])([0-3]?\d\.\s?)({'|'.join(_SHORT_MONTH)})\.(?=[\s,]|$)", re.I)


def in_english(text: str) -> str:
    """The line with the month and weekday names of more languages put in English, when it prints a number
    (no date without one); the line unchanged otherwise."""
    if not _DIGIT.search(text):
        return text
    text = _DOTTED_SHORT.sub(lambda m: m[1] + ENGLISH_MONTHS[_SHORT_MONTH[m[2].lower()] - 1], text)
    return _LETTERS.sub(_english, text)


_ENGLISH = _english_names()


def calendar_word(word: str) -> bool:
    """Whether `word` names a month or a weekday in one of the twenty languages ("neděle", "Δεκ", "June")."""
    key = word.lower()
    return key in MONTHS or key in WEEKDAYS or key in _ENGLISH or key.replace("\u0307", "") in _ENGLISH


def _english(m: re.Match[str]) -> str:
    key = m.group(0).lower()
    found = _ENGLISH.get(key) or _ENGLISH.get(key.replace("\u0307", ""))
    return found or m.group(0)
