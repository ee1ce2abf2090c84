"""A saved page's line whose own words say it dates the story: "Veröffentlicht am 01.11.2023", "Publié le …",
"Δημοσιεύθηκε: 21 Σεπτεμβρίου 2021", a byline that dates itself ("By Jane on 11 March 2014").

Such a line is a claim of its own kind ("pub-label", weighed in `metapick`) when a publication's word
labels it: a page that prints one such line says which of its dates is the story's, wherever the line
stands (under the headline or under the last paragraph). An update printed after it in the same line
("· Last updated: …") is the page's last change, recorded as such, never its publication.
"""

from __future__ import annotations

import re
from typing import Any

from briefkit.importer.datelabels import PUBLISHED_LABEL
from briefkit.importer.dates import find_date
from briefkit.importer.elementtext import clean_text
from briefkit.importer.lazyre import compile_later
from briefkit.importer.markupmeta import Claim, Evidence
from briefkit.importer.pagebylines import in_comments
from briefkit.importer.worldlabels import UPDATED

# "Erstellt am: 01.11.2023", "… wurde am 19. Mai 2010 gepostet", "Publié le …": a line saying it dates the story
_PUBLISHED = compile_later(
    r"\b(?:veröffentlicht|erstellt|publiziert|gepostet|erschienen|published|posted|publié|mis en ligne|publicado|"
    r"pubblicato|gepubliceerd|geplaatst|опубликовано)\b",
    re.IGNORECASE,
)
_UPDATED = compile_later(
    r"\b(?:updated|modified|aktualisiert|geändert|mis à jour|modifié|actualizado|aggiornato|atualizado|bijgewerkt|"
    rf"обновлено|{UPDATED})\b",
    re.IGNORECASE,
)
# "von Jane Doe am 20.09.2020", "par J. Doe le 7 mai 2020", "By Jane on 11. März 2014": a byline that dates itself
_BYLINE_DATED = compile_later(
    r"^(?:von|by|par|por|di|door|от)\s+\S+(?:\s+\S+){0,3}?\s+(?:am|on|le|el|il|em|op)\s+\d{1,2}[./ ]",
    re.IGNORECASE,
)
_BYLINE_WORD = compile_later(r"\s*(?:von|by|par|por|di|door|от)\s", re.IGNORECASE)


def labelled_date(el: Any, order: int, ev: Evidence) -> None:
    """A short line whose own words say it gives the publication date, whatever its class is called."""
    own = (el.text or "") + "".join(c.tail or "" for c in el)
    label = _PUBLISHED.search(own) or PUBLISHED_LABEL.search(own)  # (the world's labels: "Δημοσιεύθηκε:")
    said = label is not None  # the line's own word says it is the publication's date, not only a byline's
    if not label and el.tag != "a" and _BYLINE_WORD.match(el.text or ""):
        label = _BYLINE_DATED.match(clean_text(el.text_content()))
    if not label or in_comments(el):
        return
    text = clean_text(el.text_content())
    if len(text) > 200 or not re.search(r"\d", text):
        return
    update = _UPDATED.search(text)
    start = text.find(label.group(0))
    if update and update.start() < start:  # "Aktualisiert am 3. Mai (erstellt am 1. Mai)": the label's own date
        text = text[start:]
    elif update and said and (changed := find_date(text[update.end() :])) is not None:
        # "Published: 21 May · Last updated: 22 May": the second day is the last change, as a meta tag's would be
        ev.modified.append(changed.isoformat())
    ev.dates.append(Claim(text, "pub-label" if said else "dateline", order))
