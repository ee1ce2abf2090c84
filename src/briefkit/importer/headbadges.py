"""The short lines a page sets right over its headline that are neither kicker nor headline.

A live page says so in a badge over its headline ("Live", "En direct", "Liveticker"), and one that
has closed in another ("Live coverage has ended"); a regional site prints the control that switches
its edition ("Choose region") at the end of its menu, right over the story. All are short and
capitalised like a headline over its subtitle, and `storyspan` would take the shorter line above for
the headline. Their words are the same on every site of their kind, in each language: a live page,
open or closed, a chooser of region, edition or city.
"""

from __future__ import annotations

import re

from briefkit.importer.lazyre import compile_later

# "Live coverage has ended", "Liveticker beendet", "Le direct est terminé", "Fin del directo", "Diretta
# terminata", "O direto terminou", "Dit liveblog is afgelopen", "Трансляция завершена"
_LIVE_ENDED = compile_later(
    r"^(?:(?:this|the|our)\s+)?live(?:\s*(?:coverage|blog|updates?|stream|page))?\s+(?:has\s+)?(?:now\s+)?"
    r"(?:ended|closed|finished|is\s+(?:now\s+)?(?:over|closed|paused))|"
    r"(?:der\s+|dieser\s+)?live-?(?:ticker|blog)\s+(?:ist\s+)?(?:beendet|geschlossen|abgeschlossen)|"
    r"(?:ce\s+|le\s+)?direct\s+est\s+(?:terminé|clos|fermé)|fin\s+del?\s+(?:directo|en\s+vivo)|"
    r"(?:el\s+)?directo\s+(?:ha\s+)?(?:terminado|finalizado)|(?:la\s+)?diretta\s+(?:è\s+)?(?:terminata|conclusa|chiusa)|"
    r"(?:o\s+)?direto\s+(?:terminou|encerrou|foi\s+encerrado)|(?:a\s+)?transmissão\s+(?:terminou|foi\s+encerrada)|"
    r"(?:de\s+|dit\s+|deze\s+)?liveblog\s+is\s+(?:beëindigd|afgelopen|gesloten)|"
    r"(?:онлайн-)?трансляция\s+(?:завершена|окончена|закончилась)"
    r"\s*[.!]?$",
    re.I,
)
# a running live page's bare badge: "Live", "Live updates", "Liveticker", "En direct", "En vivo", "En directo",
# "In diretta", "Ao vivo", "Live-blog", "Na żywo", "Živě", "Élő", "Canlı", "Прямой эфир", "Наживо"
_LIVE_NOW = compile_later(
    r"^(?:(?:[●•·🔴]\s*)?(?:live(?:\s*(?:updates?|coverage|blog|stream))?|live-?(?:ticker|blog)|en\s+direct|"
    r"en\s+(?:vivo|directo)|in\s+diretta|ao\s+vivo|na\s+żywo|živě|élő|canlı|прямой\s+эфир|онлайн|наживо))$",
    re.I,
)
# "Choose region", "Region wählen", "Choisir une région", "Elige tu región", "Scegli la regione",
# "Escolha a região", "Kies je regio", "Выберите регион", and the same control in the northern languages
_CHOOSER = compile_later(
    r"^(?:(?:choose|select|change|pick)\s+(?:your\s+|a\s+)?(?:region|edition|location|city|area)|"
    r"(?:region|ausgabe|stadt)\s+(?:wählen|auswählen|ändern)|"
    r"(?:choisi(?:r|ssez)|sélectionne[rz]?|changer)\s+(?:votre\s+|une\s+|de\s+|d['’]\s*)?(?:région|édition|ville)|"
    r"(?:elige|selecciona|cambia(?:r)?)\s+(?:tu\s+|una\s+|la\s+|de\s+)?(?:región|edición|ciudad)|"
    r"(?:scegli|seleziona|cambia)\s+(?:la\s+|una\s+)?(?:regione|edizione|città)|"
    r"(?:escolha|selecione|mudar)\s+(?:a\s+|sua\s+|de\s+)?(?:região|edição|cidade)|"
    r"(?:kies|selecteer|wijzig)\s+(?:je\s+|uw\s+|een\s+)?(?:regio|editie|stad)|"
    r"(?:выберите|выбрать|сменить)\s+(?:ваш\s+|свой\s+)?(?:регион|город)|"
    r"(?:välj|vælg|velg)\s+(?:din\s+|ditt\s+)?(?:region|landsdel|län)|valitse\s+alue|wybierz\s+region|"
    r"vyberte\s+(?:si\s+)?(?:region|kraj))\s*[:▾▼›»>]?$",
    re.I,
)


def badge_line(text: str) -> bool:
    """A live page's badge, open or closed, or an edition chooser: never the page's headline."""
    line = re.sub(r"\s+", " ", text).strip()
    return len(line.split()) <= 6 and bool(_LIVE_ENDED.match(line) or _CHOOSER.match(line) or _LIVE_NOW.match(line))
