"""The day a writer's credit line ends on: "Text: Jane Roe · Oldtown, 12.03.2024".

A page with no date markup often prints its day only at the end of the byline, after the place
the story was filed from, the parts parted by a middle dot, a bullet or a bar. The credit's last
part is then the story's own dateline, standing where a dateline stands: beside the writer's name
under the headline. Only the last part counts, and only when it is a place and a date or a date
alone, opening on its figures (a line that goes on past its date is a list's entry, not a byline; a labelled
"Updated …" part is the last change).
"""

from __future__ import annotations

import re

from briefkit.importer.dates import parse_date
from briefkit.importer.lazyre import compile_later
from briefkit.importer.markupmeta import Claim, Evidence

_PARTS = compile_later(r"\s*\|\s*|\s+[·•]\s+")
# "Oldtown, 12.03.2024", "12 March 2024": a place of up to three words and its comma, then the date
_PLACE = compile_later(r"^[^\W\d_][^\W\d_ .'’-]*(?:[ .'’-]+[^\W\d_]+){0,2},\s*")
_MAX_LINE = 160


def credit_dateline(text: str, order: int, ev: Evidence) -> None:
    """Add the date a credit line ends on (after its place) as a dateline claim."""
    parts = _PARTS.split(text)
    if len(text) > _MAX_LINE or len(parts) < 2:
        return
    last = _PLACE.sub("", parts[-1].strip())
    # (the part opens on the day's figure: "Updated 11 May 2024" after the name is the last change, not the day)
    if re.match(r"\d", last) and len(last) <= 40 and parse_date(last) is not None:
        ev.dates.append(Claim(last, "dateline", order))
