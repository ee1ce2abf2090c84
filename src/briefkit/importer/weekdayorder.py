"""A slashed date's order told by the weekday printed before it: "Mon, 10/02/2023" is 2 October.

"10/02/2023" is 10 February read day first (most of the world) and 2 October read month first
(North American CMSs: Drupal's default "Mon, 10/02/2023 - 09:15"). `dates` reads such a date day
first unless an American zone follows it; a weekday printed with it settles the question for
certain, since only one of the two readings falls on that weekday. The names are the first eight
languages' and, through `worldcalendar`, twenty more.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache

from briefkit.importer.lazyre import compile_later
from briefkit.importer.worldcalendar import WEEKDAY_FORMS

# Monday first, as `date.weekday()` counts: each day's names in English and the first eight languages
_DAYS: tuple[str, ...] = (
    "monday mon montag mo lundi lun lunes lunedì lunedi segunda-feira segunda seg maandag ma понедельник пн",
    "tuesday tue tues dienstag di mardi mar martes martedì martedi terça-feira terça ter dinsdag вторник вт",
    "wednesday wed mittwoch mi mercredi mer miércoles miercoles mié mie mercoledì mercoledi quarta-feira qua "
    "woensdag wo среда ср",
    "thursday thu thur thurs donnerstag do jeudi jeu jueves jue giovedì giovedi gio quinta-feira qui "
    "donderdag четверг чт",
    "friday fri freitag fr vendredi ven viernes vie venerdì venerdi sexta-feira sex vrijdag vr пятница пт",
    "saturday sat samstag sonnabend sa samedi sam sábado sabado sáb sab sabato zaterdag za суббота сб",
    "sunday sun sonntag so dimanche dim domingo dom domenica zondag zo воскресенье вс",
)


@lru_cache(maxsize=1)
def _index() -> dict[str, int]:
    names: dict[str, int] = {}
    for n, forms in enumerate(_DAYS):
        names.update((name, n) for name in forms.split())
    for n, forms in WEEKDAY_FORMS.items():  # (keyed 1 for Monday)
        for name in forms.split():
            names.setdefault(name.lower(), n - 1)
    return names


# the word just before the date: "Mon, ", "Senin ", "Di. "
_BEFORE = compile_later(r"(?<![^\W\d_])([^\W\d_][^\W\d_-]*(?:-[^\W\d_]+)?)(\.?,?)\s*$")


def printed_weekday(before: str) -> int | None:
    """The weekday (Monday 0) the text just before a date ends with, or None.

    A two-letter form ("Di", "Mo", "za") is a word of other languages too ("di" in Italian, "so"): it
    counts only with its full stop or comma ("Di., 10/02/2023").
    """
    m = _BEFORE.search(before[-24:])
    if m is None or len(m.group(1)) <= 2 and not m.group(2):
        return None
    return _index().get(m.group(1).lower())


def in_weekday_order(found: datetime | date, before: str, printed: str) -> datetime | date:
    """`found`, read from the slashed `printed` ("10/02/2023"), with its day and month swapped when the
    weekday in `before` names the swapped reading's day and not `found`'s.

    Only a date whose two first numbers could both be a month is swapped; any other reading stays.
    """
    m = re.match(r"\s*(\d{1,2})/(\d{1,2})/(\d{4})", printed)
    if m is None or int(m[1]) > 12 or int(m[2]) > 12 or m[1] == m[2]:
        return found
    weekday = printed_weekday(before)
    if weekday is None or found.weekday() == weekday:
        return found
    try:
        swapped = found.replace(month=found.day, day=found.month)
    except ValueError:
        return found
    return swapped if swapped.weekday() == weekday else found
