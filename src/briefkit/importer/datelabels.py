"""The words printed beside a date that say what it dates, in the eight languages (more in `worldlabels`).

A page prints several dates; the words around one tell which it is: "Veröffentlicht am" (the
page's publication), "Aktualisiert" (its last change), "vor 5 Stunden" (a time counted back from
the reading, no day at all). The readers of saved pages and of text dumps weigh a date by them;
the parsing of the dates themselves is in `dates`.
"""

from __future__ import annotations

import re
from typing import Any

from briefkit.importer.lazyre import compile_later
from briefkit.importer.worldlabels import DATED_STEMS, PUBLISHED, RELATIVE, UPDATED

# "Aktualisiert am 15.03.2024", "Dernière mise à jour : …": a line that gives the last change, not the first
UPDATED_LINE = compile_later(
    r"^(?:(?:last|zuletzt|dernière|última|ultimo|laatst)\s+)?(?:updated|modified|aktualisiert|geändert|"
    r"mis\s+à\s+jour|mise\s+à\s+jour|modifié|actualizado|actualización|aggiornato|aggiornamento|atualizado|"
    rf"atualização|bijgewerkt|обновлено|{UPDATED})\b",
    re.I,
)

# a press release's own label before its day ("Communiqué de presse du 3 décembre 2026", "Press release of …"),
# in the eight languages: one label, read as one word before the date
RELEASE_LABEL = (
    r"(?i:press\s+release|news\s+release|presse?mitteilung|medienmitteilung|communiqué(?:\s+de\s+presse)?|"
    r"nota\s+de\s+(?:prensa|imprensa)|comunicado(?:\s+de\s+(?:prensa|imprensa))?|comunicato(?:\s+stampa)?|"
    r"persbericht|пресс-релиз)"
)


# "vor 5 Stunden", "2 hours ago", "hace 3 horas", "il y a 2 jours", "2 ore fa", "há 3 dias", "2 uur
# geleden", "3 часа назад": a time counted back from the reading, somewhere in a line
_UNIT = (
    r"(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|sekunden?|minuten?|stunden?|tag(?:en?)?|wochen?|"
    r"monat(?:en)?|secondes?|heures?|jours?|semaines?|mois|segundos?|minutos?|horas?|d[ií]as?|semanas?|mes(?:es)?|"
    r"secondi|minut[oi]|or[ae]|giorn[oi]|settiman[ae]|mes[ei]|uur|minuu?t(?:en)?|seconden|dag(?:en)?|weken|"
    r"maand(?:en)?|секунд\w*|минут\w*|час\w*|дн(?:я|ей)|день|недел\w*|месяц\w*)"
)
# "gestern, 10:15", "Today at 9:30 AM", "hoy a las 10:15", "вчера в 10:15": the day named from the reading
# with its hour (without an hour "heute" or "today" is as often a word of a subtitle)
_NEAR_DAY = (
    r"(?:yesterday|today|gestern|heute|hier|aujourd'hui|aujourd’hui|ayer|hoy|ieri|oggi|ontem|hoje|gisteren|"
    r"vandaag|вчера|сегодня)"
)
RELATIVE_DATE = compile_later(
    rf"\b(?:vor|il\s+y\s+a|hace|há)\s+(?:\d+|einer?|einem|un[ea]?|uma?)\s+{_UNIT}\b"
    rf"|(?:(?:\b\d+|\ban?|\bun[oa]?|\been)\s+|\bun['’])\s*{_UNIT}\s+(?:ago|fa|geleden|назад)(?!\w)"
    rf"|(?<!\w)(?:час|минуту|день|неделю|месяц)\s+назад(?!\w)"
    rf"|\b{_NEAR_DAY},?\s+(?:(?:at|um|à|a\s+las?|alle|às|om|в)\s+)?\d{{1,2}}(?:[:.]\d{{2}}|h\d{{2}})(?!\d)"
    rf"|{RELATIVE}",  # (more languages: `worldlabels`)
    re.I,
)


# "Veröffentlicht am", "Published", "Publié le": the words that say a date is when the page came out
PUBLISHED_LABEL = compile_later(
    r"\b(?:published|posted|veröffentlicht|erschienen|publié|publicado|publicada|pubblicato|gepubliceerd|erstellt|"
    rf"опубликовано|{PUBLISHED})\b",
    re.I,
)


# "Actualizado 20/06/2024", "Updated on": the words just before a date that say it is the last change
UPDATE_LABEL = compile_later(
    r"(?:updated|modified|aktualisiert|geändert|mis[e]? à jour|modifié|actualizad[oa]|actualización|aggiornat[oa]|"
    r"aggiornamento|atualizad[oa]|atualização|bijgewerkt|"
    rf"обновлено|{UPDATED})\W{{0,3}}(?:\w+\W{{1,3}}){{0,2}}$",
    re.I,
)


# the words that say a date is the page's own: when it was published, written or last changed
PAGE_DATED = compile_later(
    r"publi[sczée]|pubblicat|veröffentlich|erschien|erstellt|geändert|aktualisiert|bearbeitet|updated|modified|edited|"
    r"modifi|mis\s+à\s+jour|actualizad|aggiornat|atualizad|bijgewerkt|gewijzigd|опубликован|обновлен|изменен|"
    rf"bewerkt|edit(?:ó|ad[ao])\b|отредактирован|{DATED_STEMS}",
    re.I,
)
# "this page", "this article", in the eight languages: a sentence about the page itself (a wiki's footer, a
# paper's "This article was published in the print edition on …" under its story), not its story
THIS_PAGE = compile_later(
    r"\b(?:this|diese|cette|esta|questa|deze)\s+(?:page|seite|página|pagina)\b|(?<!\w)эта\s+страница(?!\w)|"
    r"\b(?:this\s+(?:article|story)|(?:dieser|der)\s+(?:artikel|beitrag)|cet\s+article|(?:este|el)\s+artículo|"
    r"(?:questo|l['’])\s*articolo|(?:este|o)\s+artigo|(?:dit|het)\s+artikel)\b|(?<!\w)(?:эта|данная)\s+статья(?!\w)",
    re.I,
)

# "Ausdruck vom 06.12.2026", "Printed on", "Imprimé le": a print view's date is the day it was printed
PRINTED_LINE = compile_later(
    r"^(?:ausdruck|ausgedruckt|gedruckt|druckdatum|printed|print\s+date|imprimé|date\s+d['’]impression|impreso|"
    r"fecha\s+de\s+impresión|stampato|data\s+di\s+stampa|impresso|data\s+de\s+impressão|afgedrukt|"
    r"распечатан\w*|дата\s+печати)\b",
    re.I,
)


def updated_line(text: str) -> bool:
    """A line that dates the page's last change and nothing else: "Actualizado Sábado, 5 diciembre 2026 - 00:12",
    "Aktualisiert am 05.12.2026". A line naming the publication too ("Publié le … · Mis à jour le …") is not one."""
    return UPDATED_LINE.match(text.strip()) is not None and PUBLISHED_LABEL.search(text) is None


def said_updated(el: Any) -> bool:
    """Whether the page labels this date element (a `<time>`) as its last change: the words just before it
    in its line ("<span>Updated</span> <time>…"), or its own words, say so.

    Many pages print only the update under the headline and keep the first publication in their metadata;
    a date so labelled is no witness of the publication day, however near the headline it stands.
    """
    parent = el.getparent()
    if parent is None:
        return updated_line(" ".join(el.itertext()))
    before = [parent.text or ""]
    for sib in parent:
        if sib is el:
            break
        if isinstance(sib.tag, str):
            before.append(" ".join(sib.itertext()))
        before.append(sib.tail or "")
    said = " ".join(" ".join(before).split())[-40:] + " "  # the space before the date, as in a line
    return UPDATE_LABEL.search(said) is not None or updated_line(" ".join(el.itertext()))


def named_update(text: str) -> bool:
    """A dateline whose date is only the last change's, the label right before it, whatever names the line
    opens with ("EFE Actualizado 06/06/2023 09:15", "Jane Roe · Updated 6 June 2026"); a line naming the
    publication ("Published …", or a date before the label: "5 June 2026, updated 6 June") is not one."""
    if UPDATED_LINE.match(text.strip()) is not None:
        return True
    figure = re.search(r"\d", text)
    if figure is None or PUBLISHED_LABEL.search(text) is not None:
        return False
    return UPDATE_LABEL.search(text[: figure.start()]) is not None


# "born 3 May 1933; died 18 October 2024", "* 3. Mai 1933 † 18. Oktober 2024", "né le 3 mai 1933, mort le …":
# the days of a life an obituary prints under its headline, where a byline prints the page's; a birth's word or
# star and a death's word or cross, each with its day's figure a few characters after it
_BORN = r"born|geboren|née?|nacid[oa]|nat[oa]|nascid[oa]|родил(?:ся|ась)"
_DIED = (
    r"died|gestorben|verstorben|mort[eoa]?|décédée?|fallecid[oa]|murió|morì|falecid[oa]|morreu|overleden|"
    r"умер(?:ла)?|скончал(?:ся|ась)"
)
LIFE_DATES = compile_later(
    rf"(?:(?<!\w)(?:{_BORN})(?!\w)|\*)[^\d;]{{0,12}}\d.*?(?:(?<!\w)(?:{_DIED})(?!\w)|†)[^\d;]{{0,12}}\d", re.I
)
