"""A desk or a wire signing in a byline's place: "Staff and agencies", "FR mit dpa", "Jane Roe/dpa".

Kept apart from `bylines` (which reads the people's names) because these lines name no person,
or a person beside the wire whose copy they used; `bylines.parse_byline` and the signature
passes ask here first.
"""

from __future__ import annotations

import re

from briefkit.importer.creditwords import WIRES
from briefkit.importer.laterwords import SLASHED_AGENCY
from briefkit.importer.lazyre import compile_later

_WIRES = rf"(?:{WIRES}|ats|agencies|agenturen|agences|agencias)"
# "Staff and agencies in Seoul", "Wire services": the desk's words alone, where it was filed from
_DESK_WORDS = (
    r"^(?:staff\s+and\s+agencies|agencies|staff\s+reporters?|wire\s+services|agenturen|afp\s+and\s+reuters)"
    r"(?:\s+in\s+[A-Z][\w .'-]{1,40})?$"
)
# one signature, whose "and" joins no two people: a CMS's author field holding it is not split at it
DESK_SIGNATURE = compile_later(_DESK_WORDS, re.I)
AGENCY_BYLINE = compile_later(
    _DESK_WORDS
    # "Le Monde avec AFP", "FR mit dpa", "Redacción con EFE": the desk signs with the wire it used
    + r"|^(?-i:[A-Z])[\w.'&-]*(?:\s+[\w.'&-]+){0,3}\s+(?:mit|avec|with|con|com|met|and|und)\s+"
    + rf"{_WIRES}$",
    re.I,
)
# "Jane Roe/dpa", "Jane Roe avec AFP", "Jane Roe mit APA": a person who wrote with the wire's copy; the person
# is the author (a desk's initials or a paper's name before the wire stay the desk's signature, as written)
PERSON_WITH_WIRE = compile_later(
    rf"^(?P<name>.+?)(?:(?:\s*/\s*|\s+(?:mit|avec|with|con|com|met|und|and|e|y|и)\s+){_WIRES}|{SLASHED_AGENCY})$", re.I
)


def is_agency_byline(text: str) -> bool:
    """ "FR mit dpa", "Staff and agencies": a desk that signs with the wire, not a person's name."""
    return AGENCY_BYLINE.match(text.strip()) is not None
