"""Publication dates as publishers print them, normalised to ISO 8601 with an offset.

Newsrooms print dates for readers, not machines: "Tuesday 20 February 2024 21:48 GMT",
"Wed 19 Jun 2024 18.05 BST", "June 19, 2024 at 6:05 p.m. EDT", "19/06/2024". A briefing needs an
instant (with its offset, so the day shown is the publisher's day), or a bare date when the page
gives no time. This module turns one such string into `datetime` (aware) or `date`, or None when
the string is not a date at all — which the text-dump reader uses to *recognise* a dateline.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta, timezone
from functools import lru_cache
from zoneinfo import ZoneInfo

from briefkit.importer.blocktext import without_pictographs
from briefkit.importer.datelabels import UPDATE_LABEL
from briefkit.importer.firstdates import after_first_label
from briefkit.importer.lazyre import compile_later
from briefkit.importer.monthnames import MONTH_NAMES, MONTHS, WEEKDAY_NAMES
from briefkit.importer.scriptdates import as_latin
from briefkit.importer.weekdayorder import in_weekday_order
from briefkit.importer.worlddates import day_first, in_english, without_clock_word
from briefkit.importer.worldlabels import PUBLISHED, UPDATED
from briefkit.importer.zonenames import ZONE_HOURS as _TZ_HOURS
from briefkit.importer.zonenames import ZONE_NAMES as _TZ_ZONES

_MONTH_NAMES = MONTH_NAMES  # (a trie of the names, read fast: `monthnames.alternation`)
_MONTH_RE = rf"(?P<month>{_MONTH_NAMES})\.?"
_WEEKDAY_NAMES = WEEKDAY_NAMES
# "Wed", "Mittwoch,", "mercredi", and German two-letter forms only with their full stop ("Mi.")
_WEEKDAY_RE = rf"(?:(?:{_WEEKDAY_NAMES})\.?,?|(?:mo|di|mi|do|fr|sa|so)\.,?)"
# what may stand between a day and its month or year: "19. Juni", "19 de junio de 2024", "1er mars"
# (the ordinal of the first, as Italian pages type it with the degree sign: "1° dicembre")
_DAY_SUFFIX = r"(?:st|nd|rd|th|er|º|ª|°)?\.?"
# (Catalan elides it before a month opening with a vowel: "23 d'abril de 2024", "3 d’octubre")
_DE = r"(?:\s+de|\s+d['’](?=\w))?"

_TZ_RE = (
    r"(?P<tz>(?:utc|gmt)\s*[+-−]\s*\d{1,2}(?::?\d{2})?|[+-−]\d{2}:?\d{2}|"
    + "|".join(sorted((re.escape(k) for k in [*_TZ_HOURS, *_TZ_ZONES]), key=len, reverse=True))
    + r")"
)
_TIME_RE = (
    r"(?P<hour>\d{1,2})(?:(?:[:.]|\s?h\s?)(?P<minute>\d{2}))?(?:[:.](?P<second>\d{2}))?"
    r"\s*(?:(?P<ampm>a\.?\s?m\.?|p\.?\s?m\.?)|uhr|h\b)?"
)
_PREFIX_RE = compile_later(
    r"^(?:published|first published|posted|updated|last updated|last modified|modified|date|"
    r"veröffentlicht|erschienen|erstellt|aktualisiert|zuletzt aktualisiert|stand|datum|"
    r"publié|publie|mis à jour|modifié|publicado|actualizado|publicada|pubblicato|aggiornato|"
    rf"atualizado|gepubliceerd|bijgewerkt|опубликовано|обновлено|{PUBLISHED}|{UPDATED})"
    r"(?:\s+(?:on|am|le|el|il|em|op|в))?\s*[:\-–]?\s*(?:(?:on|am|le|el|il|em|op)\s+)?",
    re.I,
)

_DAY_MONTH_YEAR_BODY = rf"(?P<day>\d{{1,2}}){_DAY_SUFFIX}{_DE}\s*{_MONTH_RE}{_DE},?\s+(?P<year>\d{{4}})"
# (Latin American papers print the month first with "de" before the year: "diciembre 05 de 2026")
_MONTH_DAY_YEAR_BODY = rf"{_MONTH_RE}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?(?:\s+de)?\s+(?P<year>\d{{4}})"
_DAY_MONTH_YEAR = compile_later(
    rf"^(?:{_WEEKDAY_RE}\s*)?(?:(?:le|el|il|den|am|on|the)\s+)?{_DAY_MONTH_YEAR_BODY}$", re.I
)
_MONTH_DAY_YEAR = compile_later(rf"^(?:{_WEEKDAY_RE}\s*)?{_MONTH_DAY_YEAR_BODY}$", re.I)
_NUMERIC = compile_later(r"^(?P<a>\d{1,2})[/.\-](?P<b>\d{1,2})[/.\-](?P<year>\d{4})$")
_ISO_DATE = compile_later(r"^(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})$")
_YEAR_FIRST = compile_later(r"^(?P<year>\d{4})[/.](?P<month>\d{1,2})[/.](?P<day>\d{1,2})\.?$")
_TIME_FULL = compile_later(rf"^{_TIME_RE}(?:\s*{_TZ_RE})?$", re.I)
_TZ_ONLY = compile_later(rf"^{_TZ_RE}$", re.I)


# "19 giugno 2024 (modifica il …)", "Publié le 19 juin 2024 à 18h05, modifié le …": the update after it
_LATER = (
    r"(?<=\S)\s*[(,|–-]?\s*\b(?:updated|last\s+updated|modified|modifié|modifica|modificado|modificada|"
    rf"aktualisiert|geändert|mis\s+à\s+jour|actualizado|aggiornato|atualizado|bijgewerkt|aangepast|обновлено|{UPDATED})\b"
)
_LATER_AT = compile_later(_LATER, re.I)
# "19.jun.2024" (as Brazilian papers print it): a month name between full stops, or glued ("03DEC2026", a badge)
_MONTH_ONLY = compile_later(rf"(?:{_MONTH_NAMES})", re.I)
_DOTTED_MONTH = compile_later(r"(?<![\d.])(\d{1,2})\.?([^\W\d_]{3,10})\.?\s?(\d{4})(?!\d)")


# "Jan 04 09:34 2021", "Mon Jan  4 09:34:12 CET 2021": the C library's and Unix `date`'s order (the
# clock, and `date`'s zone, between the day and the year), as server-side templates print a timestamp
_CLOCK_BEFORE_YEAR = compile_later(
    rf"^(?P<day>(?:{_WEEKDAY_RE}\s*)?{_MONTH_RE}\s+\d{{1,2}}),?\s+(?P<clock>\d{{1,2}}:\d{{2}}(?::\d{{2}})?)"
    r"(?P<zone>\s+[A-Za-z]{2,5})?\s+(?P<year>(?:19|20)\d{2})$",
    re.I,
)


def parse_date(text: str) -> datetime | date | None:
    """An aware datetime, a date (when no time is printed), or None when `text` is not a date.

    A time printed without a zone gives a naive datetime: the site's timezone applies later
    (the design's rule for datetimes without an offset), rather than guessing one here.
    """
    s = _clean(text)
    if not s or len(s) > 80:
        return None
    s = _PREFIX_RE.sub("", s).strip()
    s = _undot(s)
    s = _SHORT_YEAR_ALONE.sub(_full_year, s)
    s = _CLOCK_BEFORE_YEAR.sub(lambda m: f"{m['day']}, {m['year']} {m['clock']}{m['zone'] or ''}", s)
    # "June 19, 2024 6:05 PM GMT+1Updated 2 hours ago": the first date is the publication date
    if (labelled := after_first_label(s)) is not None and (when := parse_date(labelled)) is not None:
        return when  # "Thu 20 Jun 2019 11.22 BST First published on Wed 19 Jun 2019": the label names it
    later = _LATER_AT.search(s) or re.search(r"(?<=[\dA-Z])(?:Updated|Modified)", s)
    if later and later.start() > 0:
        first = parse_date(s[: later.start()])
        if first is not None:
            return first
    iso = _parse_iso(s)
    if iso is not None:
        return iso
    day_part, time_part = _split_day_and_time(s)
    if day_part is None:
        return None
    day = _month_first(day_part, time_part) or _parse_day(day_part)
    if day is None:
        return None
    if not time_part or _TZ_ONLY.match(time_part):  # "19 June 2024 UTC": the day is all there is
        return day
    clock = _parse_time(time_part, day)
    if clock is None:
        return None
    return clock


# A number may follow a word without a space ("Erstellt am09.02.2022": a label and its value
# joined when the page's layout is copied as text); a month name may not ("Amjune").
_IN_TEXT = tuple(
    compile_later(rf"{before}{body}(?!\w)", re.I)
    for before, body in (
        (r"(?<![\d.])", _DAY_MONTH_YEAR_BODY),
        (r"(?<!\w)", _MONTH_DAY_YEAR_BODY),
        (r"(?<![\d.])", r"\d{1,2}[/.]\d{1,2}[/.]\d{4}"),
        (r"(?<![\d.-])", r"\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?"),
        # "12-03-2024" (as Dutch, Italian and Portuguese pages print it) and "2024/03/12", year first
        (r"(?<![\d.-])", r"\d{1,2}-\d{1,2}-\d{4}(?!-\d)"),
        (r"(?<![\d./])", r"\d{4}/\d{1,2}/\d{1,2}(?!/\d)"),
        # "2023.08.29 14:21", as Korean, Chinese and Japanese pages print it (two-digit parts: no version number)
        (r"(?<![\w.])", r"(?:19|20)\d{2}\.[01]\d\.[0-3]\d(?![\d.])"),
    )
)


def in_future(when: datetime | date, today: date | None = None) -> bool:
    """A date past tomorrow is an event the page announces (a match, a meeting, a deadline), never when
    it was written: a page is saved after it is published, and a day's slack covers the zones."""
    day = when.date() if isinstance(when, datetime) else when
    return day > (today or date.today()) + timedelta(days=1)


# "/2024/03/12/slug", "/2024-3-12-slug", "/20240312/", "/20240312-184512/": the day a site files a story under in
# its address (the compact day may go on, after a dash, to the hour or the slug)
_ADDRESS_DATE = compile_later(r"/((?:19|20)\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:/|[-_]|$)")
_ADDRESS_DATE_COMPACT = compile_later(r"/((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:/|[-_](?=\w)|$)")


def date_in_address(url: str) -> date | None:
    """The day in a page's address, where a site files its stories by date; None when it has none."""
    m = _ADDRESS_DATE.search(url) or _ADDRESS_DATE_COMPACT.search(url)
    return _safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None


_DIGIT = compile_later(r"\d")  # (a digit of any script, as `\d` reads one in the patterns below)


@lru_cache(maxsize=4096)  # a dump's passes look for a date in the same lines again
def find_date(text: str) -> datetime | date | None:
    """The first date printed anywhere in a line ("… am 20. November 2022 um 10:36 Uhr von …").

    The longest reading wins, so the time and zone after a day are kept; a date labelled as an
    update counts only when the line has no other.
    """
    s = _clean(text)
    if _DIGIT.search(s) is None:
        # every pattern of `_unglue` and of `_IN_TEXT` matches a digit (a day, a year, a time): without one the
        # line is not changed by the first and matched by none of the second, so no date, as below; most lines
        return None
    s = _unglue(s)
    found: list[tuple[int, datetime | date, bool]] = []
    for regex in _IN_TEXT:
        for m in regex.finditer(s):
            tail = s[m.end() : m.end() + 40].split()
            best: datetime | date | None = None
            for k in range(min(len(tail), 5), -1, -1):
                candidate = " ".join([m.group(0), *tail[:k]]).rstrip(".,;|")
                best = parse_date(candidate)
                if best is not None:
                    break
            if best is not None:
                best = in_weekday_order(best, s[: m.start()], m.group(0))  # "Mon, 10/02/2023": 2 October
                found.append((m.start(), best, bool(UPDATE_LABEL.search(s[max(0, m.start() - 30) : m.start()]))))
    if not found:
        return None
    found.sort(key=lambda f: (f[2], f[0]))
    return found[0][1]


# A page's layout copied as text glues a date to the time after it: "28.09.1912:44" is 28.09.19 at
# 12:44, "mayo de 202200:00" is 2022 at 00:00. A two-digit year is read only with a time after it
# ("1.11.23 20:19"), where it cannot be a version number or a fraction.
CLOCK = compile_later(r"(?<!\d)[0-2]?\d:[0-5]\d(?!\d)")  # a time of day printed anywhere in a line ("18:05")
# (dotted, or with dashes as Dutch pages print it: "09-02-26, 07:30"; a bar or dot may part the two: "02.12.26 | 07:15")
_SHORT_YEAR_TIME = compile_later(r"(?<![\d.-])(\d{1,2})([.-])(\d{1,2})\2(\d{2})\s*[,|·•–-]?\s*(?=\d{1,2}:\d{2}(?!\d))")
_YEAR_TIME = compile_later(r"(?<=\s)((?:19|20)\d{2})(?=\d{1,2}:\d{2}(?!\d))")
# A line that is nothing but "23.09.22" is a day with its year cut to two digits: printed alone, as a
# post's date badge, with the month's two digits it is not a version number ("7.4.30") or a score.
_SHORT_YEAR_ALONE = compile_later(r"^(\d{1,2})\.(\d{2})\.(\d{2})$")


def _full_year(m: re.Match[str]) -> str:
    return f"{m[1]}.{m[2]}.{'20' if int(m[3]) < 70 else '19'}{m[3]}"


# "19. Juni 201619. Juni 2016" (a published date glued to the updated one), "7. Januar 20220" (a
# comment count glued to the year): after a month name, a year stops at its fourth digit.
_YEAR_GLUED = compile_later(r"(?<=\w)(\.?\s+(?:19|20)\d{2})(?=\d)", re.I)
_MONTH_BEFORE = compile_later(rf"(?:{_MONTH_NAMES})$", re.I)
# "March 11, 2024March 14, 2024": the published date glued to the modified one, a year run into a month's name
# (or into the next date's day before its month: "10 febrero, 202612 febrero, 2026")
_YEAR_MONTH_GLUED = compile_later(
    rf"(?<!\d)((?:19|20)\d{{2}})(?=(?:{_MONTH_NAMES})\.?\s+\d|[0-3]?\d\.?\s+(?:de\s+)?(?:{_MONTH_NAMES})\b)", re.I
)
# "Dec. 2, 2026Updated 9:41 p.m.": a year run into the capitalised label after it
_YEAR_WORD_GLUED = compile_later(r"(?<![\d.])((?:19|20)\d{2})(?=[A-ZÄÖÜÉ][a-zäöüßéè]{2})")
# A blog's date badge copied as text: "Feb 182009" is Feb 18, 2009.
_DAY_YEAR_GLUED = compile_later(rf"\b((?:{_MONTH_NAMES})\.?\s+)([0-3]?\d)((?:19|20)\d{{2}})\b", re.I)


# "3. oktobar 2022. 11:27", "03.10.2022.": the full stop South Slavic and Hungarian print after the year,
# an ordinal's mark like the day's, no sentence's end
_YEAR_STOP = compile_later(r"(?<!\d)((?:19|20)\d{2})\.(?=\s+\d{1,2}[:.]\d{2}\b|\s*$)")


def _undot(s: str) -> str:
    s = _YEAR_STOP.sub(r"\1", s)
    return _DOTTED_MONTH.sub(lambda m: f"{m[1]} {m[2]} {m[3]}" if _MONTH_ONLY.fullmatch(m[2]) else m[0], s)


# "Jane RoeNovember 6, 2023": a name the layout glued to the date after it (a capitalised month after
# a small letter, with a day after it)
_NAME_GLUED = compile_later(
    rf"(?<=[a-zäöüßéèáíóúñ])(?=[A-ZÄÖÜÉ])(?=(?i:{_MONTH_NAMES})\.?\s+\d)"
    # or its month in small letters, sure by the "de" before the year: "Ana Roediciembre 05 de 2026"
    rf"|(?<=[a-zäöüßéèáíóúñ])(?=(?i:{_MONTH_NAMES})\s+\d{{1,2}}\s+de\s+\d{{4}})"
    # or a day in figures: "Jane Roe27/11/2026" (not "jroe28.09.1912:44", a two-digit year glued to its hour)
    r"|(?<=[a-zäöüßéèáíóúñ])(?=\d{1,2}[./]\d{1,2}[./](?:19|20)\d{2}(?!:))"
)


def unglued_name(text: str) -> str:
    """ "Jane RoeNovember 6, 2023" -> "Jane Roe November 6, 2023": a byline line read for its name and its date."""
    return _NAME_GLUED.sub(" ", text)


# "27.01.2022Heizöl im Januar", "27/11/202634 commentaires": the headline or a count glued after a day's date
_NUMERIC_GLUED = compile_later(r"(?<![\d.])(\d{1,2}[./]\d{1,2}[./](?:19|20)\d{2})(?=[^\W\d_]|\d{1,6}\s+[^\W\d_])")


# "2. 12. 2026": Czech, Slovak and Slovene pages space a numeric day's parts; with its four-digit year
# the spacing is a style, not a list's number, and reads as the dotted "2.12.2026"
_SPACED_NUMERIC = compile_later(r"(?<![\d.])(\d{1,2})\.\s(\d{1,2})\.\s((?:19|20)\d{2})(?![\d.,]\d|\w)")


def _unglue(s: str) -> str:
    s = _SPACED_NUMERIC.sub(r"\1.\2.\3", s)
    s = _undot(_NAME_GLUED.sub(" ", _NUMERIC_GLUED.sub(r"\1 ", s)))
    s = _SHORT_YEAR_ALONE.sub(_full_year, s)
    s = _SHORT_YEAR_TIME.sub(lambda m: f"{m[1]}.{m[3]}.{'20' if int(m[4]) < 70 else '19'}{m[4]} ", s)
    s = _YEAR_TIME.sub(r"\1 ", s)
    s = _YEAR_MONTH_GLUED.sub(r"\1 ", _YEAR_WORD_GLUED.sub(r"\1 ", s))
    s = _YEAR_GLUED.sub(lambda m: m[1] + " " if _MONTH_BEFORE.search(s[: m.start()]) else m[1], s)
    return _DAY_YEAR_GLUED.sub(r"\1\2 \3", s)  # after the year-first reading: "Juli 201928" is 2019


_BRACKETED_ZONE = compile_later(r"(?<=[\dmM])\s*\(\s*([A-Z]{2,5})\s*\)")


def _clean(text: str) -> str:
    s = as_latin(text).replace("\u00a0", " ").replace("\u202f", " ").replace("\u2212", "-").strip()
    s = re.sub(r"\s+", " ", s)
    if "(" in s:  # "07:20 PM (IST)": a zone's letters in brackets read as the bare letters
        s = _BRACKETED_ZONE.sub(r"\1", s)
    return day_first(in_english(without_pictographs(s.strip(" |·•"))))  # ("📅 2026-11-27": a pictograph)


# "2022-5-5 22:17:36": a CMS that writes its metadata without zero padding (`fromisoformat` wants "05")
_UNPADDED_ISO = compile_later(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?=$|[T ]\d)")


def _parse_iso(s: str) -> datetime | date | None:
    s = _UNPADDED_ISO.sub(lambda m: f"{m[1]}-{int(m[2]):02d}-{int(m[3]):02d}", s)
    if _ISO_DATE.match(s):
        try:
            return date.fromisoformat(s)
        except ValueError:
            return None
    if re.match(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}", s):
        try:
            return datetime.fromisoformat(s.replace("Z", "+00:00").replace("z", "+00:00"))
        except ValueError:
            return None
    return None


# the day's part of a date line, in the shapes `_split_day_and_time` tries in turn
_DAY_PARTS = tuple(
    compile_later(pattern, re.I)
    for pattern in (
        rf"^(?:{_WEEKDAY_RE}\s*)?(?:(?:le|el|il|den|am|on|the)\s+)?\d{{1,2}}{_DAY_SUFFIX}{_DE}\s*{_MONTH_RE}{_DE},?\s+\d{{4}}",
        rf"^(?:{_WEEKDAY_RE}\s*)?{_MONTH_RE}\s+\d{{1,2}}(?:st|nd|rd|th)?,?(?:\s+de)?\s+\d{{4}}",
        r"^\d{1,2}[/.\-]\d{1,2}[/.\-]\d{4}",
        r"^\d{4}-\d{2}-\d{2}",
        r"^\d{4}[/.]\d{1,2}[/.]\d{1,2}\.?",  # "2024.06.19", "2024/06/19": year first, as East Asian sites print it
    )
)
# a time (and zone) printed before the day
_TIME_FIRST = compile_later(rf"^{_TIME_RE}(?:\s*{_TZ_RE})?\s*(?:,|on|-|–|\|)?\s*", re.I)


def _split_day_and_time(s: str) -> tuple[str | None, str]:
    """Find the calendar-day part and leave the rest (time and zone) for `_parse_time`."""
    for pattern in _DAY_PARTS:
        m = pattern.match(s)
        if m:
            rest = s[m.end() :].strip()
            rest = re.sub(r"^(?:,|at|-|–|—|\||·|•|/)\s*", "", rest, flags=re.I).strip()
            rest = without_clock_word(rest)  # "at", "um", "kl.", "saat", …: `worlddates`
            return m.group(0), rest
    # time first: "18.05 BST, Wed 19 Jun 2024" / "6:05 p.m. EDT June 19, 2024"
    m = _TIME_FIRST.match(s)
    if m and m.end() < len(s) and m.group("hour"):
        day_part, rest = _split_day_and_time(s[m.end() :])
        if day_part is not None and not rest:
            return day_part, s[: m.end()].strip(" ,-–|")
    return None, ""


# a North American zone by its letters ("EDT", "ET", "PST"); not "AEST", whose letters run on from a word
_AMERICAN_ZONE = compile_later(r"(?<![\w])(?:[ECMP][SD]?T|AK[SD]T|H[SD]T)\b")
_SLASHED = compile_later(r"(\d{1,2})/(\d{1,2})/(\d{4})")


def _month_first(day_part: str, time_part: str) -> date | None:
    """ "06/11/2026 09:40 AM EDT": a slashed date beside a North American zone puts the month first, as
    the sites of that zone print it; elsewhere a day that could be either is read day first."""
    m = _SLASHED.fullmatch(day_part.strip().rstrip(","))
    if m is None or not _AMERICAN_ZONE.search(time_part):
        return None
    return _safe_date(int(m.group(3)), int(m.group(1)), int(m.group(2)))


def _parse_day(s: str) -> date | None:
    s = s.strip().rstrip(",")
    for regex in (_DAY_MONTH_YEAR, _MONTH_DAY_YEAR):
        m = regex.match(s)
        if m:
            month = MONTHS[m.group("month").lower().rstrip(".")]
            return _safe_date(int(m.group("year")), month, int(m.group("day")))
    m = _NUMERIC.match(s)
    if m:
        a, b, year = int(m.group("a")), int(m.group("b")), int(m.group("year"))
        # Day first (most of the world's convention) unless that cannot be a date.
        if a > 12 >= b or (a <= 12 and b <= 12):
            return _safe_date(year, b, a)
        return _safe_date(year, a, b)
    m = _ISO_DATE.match(s) or _YEAR_FIRST.match(s)
    if m:
        return _safe_date(int(m.group("year")), int(m.group("month")), int(m.group("day")))
    return None


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _parse_time(s: str, day: date) -> datetime | None:
    s = s.strip().rstrip(".,")
    m = _TIME_FULL.match(s)
    if not m:
        return None
    if m.group("minute") is None and not m.group("ampm") and not re.search(r"\d\s*(?:uhr|h)\b", s, re.I):
        return None  # a bare number after a date ("19. Juni 2016 19. Juni") is no time of day
    hour = int(m.group("hour"))
    minute = int(m.group("minute") or 0)
    second = int(m.group("second") or 0)
    ampm = (m.group("ampm") or "").replace(".", "").replace(" ", "").lower()
    if ampm:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm == "pm" else 0)
    if hour > 23 or minute > 59 or second > 59:
        return None
    naive = datetime.combine(day, time(hour, minute, second))
    tz = m.group("tz")
    if not tz:
        return naive
    return _attach_zone(naive, tz)


def _attach_zone(naive: datetime, tz: str) -> datetime | None:
    key = tz.lower().replace(" ", "").replace("\u2212", "-").replace("−", "-")
    if key in _TZ_HOURS:
        return naive.replace(tzinfo=timezone(timedelta(hours=_TZ_HOURS[key])))
    if key in _TZ_ZONES:  # "ET": EST or EDT depending on the day
        aware = naive.replace(tzinfo=ZoneInfo(_TZ_ZONES[key]))
        return aware.astimezone(timezone(aware.utcoffset() or timedelta()))
    m = re.match(r"^(?:utc|gmt)?([+-])(\d{1,2}):?(\d{2})?$", key)
    if m:
        sign = -1 if m.group(1) == "-" else 1
        delta = timedelta(hours=int(m.group(2)), minutes=int(m.group(3) or 0))
        return naive.replace(tzinfo=timezone(sign * delta))
    return None


# Where a dateline's city keeps its clocks: a wire story's time without a zone is the bureau's.
_DATELINE_ZONES: dict[str, str] = {
    "seoul": "Asia/Seoul",
    "pyongyang": "Asia/Pyongyang",
    "tokyo": "Asia/Tokyo",
    "osaka": "Asia/Tokyo",
    "beijing": "Asia/Shanghai",
    "shanghai": "Asia/Shanghai",
    "hong kong": "Asia/Hong_Kong",
    "taipei": "Asia/Taipei",
    "singapore": "Asia/Singapore",
    "bangkok": "Asia/Bangkok",
    "hanoi": "Asia/Bangkok",
    "jakarta": "Asia/Jakarta",
    "manila": "Asia/Manila",
    "new delhi": "Asia/Kolkata",
    "delhi": "Asia/Kolkata",
    "islamabad": "Asia/Karachi",
    "tehran": "Asia/Tehran",
    "dubai": "Asia/Dubai",
    "doha": "Asia/Qatar",
    "riyadh": "Asia/Riyadh",
    "jerusalem": "Asia/Jerusalem",
    "beirut": "Asia/Beirut",
    "ankara": "Europe/Istanbul",
    "istanbul": "Europe/Istanbul",
    "moscow": "Europe/Moscow",
    "kyiv": "Europe/Kyiv",
    "kiev": "Europe/Kyiv",
    "minsk": "Europe/Minsk",
    "warsaw": "Europe/Warsaw",
    "berlin": "Europe/Berlin",
    "paris": "Europe/Paris",
    "brussels": "Europe/Brussels",
    "the hague": "Europe/Amsterdam",
    "amsterdam": "Europe/Amsterdam",
    "geneva": "Europe/Zurich",
    "vienna": "Europe/Vienna",
    "rome": "Europe/Rome",
    "madrid": "Europe/Madrid",
    "london": "Europe/London",
    "dublin": "Europe/Dublin",
    "washington": "America/New_York",
    "new york": "America/New_York",
    "united nations": "America/New_York",
    "ottawa": "America/Toronto",
    "los angeles": "America/Los_Angeles",
    "sydney": "Australia/Sydney",
    "canberra": "Australia/Sydney",
    "wellington": "Pacific/Auckland",
}
_DATELINE_CITY = compile_later(r"^(?P<city>[A-Z][A-Za-z .'-]{2,30}?)\s*(?:,|\(|[—–-]{1,2}\s)")


def zone_from_dateline(paragraph: str) -> tuple[str, ZoneInfo] | None:
    """ "SEOUL, June 19 (Yonhap) --" -> ("SEOUL", Asia/Seoul); None when the paragraph has no known dateline."""
    m = _DATELINE_CITY.match(paragraph.strip())
    if not m or not m.group("city").isupper():  # datelines are printed in capitals; a sentence's first words are not
        return None
    name = _DATELINE_ZONES.get(m.group("city").strip().lower())
    return (m.group("city").strip(), ZoneInfo(name)) if name else None


def localise(when: datetime | date | None, first_paragraph: str) -> tuple[datetime | date | None, str | None]:
    """A time printed without a zone, placed in its dateline's zone (and a note saying so)."""
    if not isinstance(when, datetime) or when.tzinfo is not None:
        return when, None
    found = zone_from_dateline(first_paragraph)
    if found is None:
        return when, None
    city, zone = found
    aware = when.replace(tzinfo=zone)
    fixed = aware.replace(tzinfo=timezone(aware.utcoffset() or timedelta()))
    return (
        fixed,
        f"the page printed its time without a zone: read as {city} time ({fixed.isoformat()}) from the dateline",
    )
