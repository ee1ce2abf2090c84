"""The first publication a page names beside a later date: "… First published on Wed 19 Jun 2019".

A page that changed a story after it went out prints the change's date where the date stands (under
the headline) and the first publication's after its own label: in the same line ("Thu 20 Jun 2019
11.22 BST First published on Wed 19 Jun 2019 09.00 BST") or in a line of its own, often under the story
("First uploaded on: 02-12-2025"). The label says which date is the publication's, whatever stands
first; read here in the eight languages and those learnt later.
"""

from __future__ import annotations

import re

from briefkit.importer.lazyre import compile_later

# "First published", "Originally published", "First uploaded", "Erstmals veröffentlicht", "Publié pour la
# première fois", "Publicado originalmente", "Pubblicato per la prima volta", "Oorspronkelijk gepubliceerd",
# "Впервые опубликовано", "Först publicerad", "Pierwotnie opublikowano"
FIRST_LABEL = (
    r"(?:first|originally)\s+(?:published|posted|uploaded|appeared)|erst(?:mals|malig)\s+(?:veröffentlicht|erschienen)|"
    r"urspr[üu]nglich\s+(?:veröffentlicht|erschienen)|publié\s+(?:pour\s+la\s+première\s+fois|initialement)|"
    r"initialement\s+publié|publicad[oa]\s+originalmente|originalmente\s+publicad[oa]|"
    r"pubblicat[oa]\s+(?:per\s+la\s+prima\s+volta|originariamente)|oorspronkelijk\s+gepubliceerd|"
    r"впервые\s+опубликован[оа]?|först\s+publicerad|pierwotnie\s+opublikowan[oay]"
)
_FIRST_LATER = compile_later(
    rf"(?<=\S)\s*[(,|·•–-]?\s*\b(?:{FIRST_LABEL})\b(?:\s+(?:on|am|le|el|il|em|op|в))?\s*:?\s*", re.I
)
_FIRST_LINE = compile_later(rf"^(?:{FIRST_LABEL})\b", re.I)


def after_first_label(text: str) -> str | None:
    """What follows a "first published" label standing after another date in the line, or None."""
    m = _FIRST_LATER.search(text)
    return text[m.end() :] if m and m.end() < len(text) else None


def first_published_line(text: str) -> bool:
    """Whether the line opens with a "first published" label ("First uploaded on: 02-12-2025 at 22:40")."""
    return bool(_FIRST_LINE.match(text.strip()))
