"""A byline that names the writer, then the station or paper she writes for, with no mark between them.

Broadcasters and regional networks print "Jane Roe Radio Town" under the headline: the writer's name
run into the outlet's. No name-shape rule takes five capitalised words; the page itself shows where
the name ends, since it prints the outlet's name at its top (the masthead, the player bar).
"""

from __future__ import annotations

from briefkit.importer.bylines import looks_like_name
from briefkit.importer.notnames import NOT_NAMES

# how far down the masthead's name may stand, and how long a byline with the outlet in it may be
_TOP_UNITS = 20
_MAX_WORDS = 8


def name_before_outlet(units: list[str], i: int, text: str) -> tuple[str, ...]:
    """The writer's name in line `i` when the rest of the line (two words or more) is the outlet's
    name the page prints over the headline; () when the line is anything else."""
    tokens = text.split()
    if not 4 <= len(tokens) <= _MAX_WORDS or any(c in text for c in ",.:;|·•?!"):
        return ()
    top = [u.strip().casefold() for u in units[: min(i, _TOP_UNITS)]]
    for k in (2, 3):
        name, rest = " ".join(tokens[:k]), tokens[k:]
        if len(rest) < 2 or not (rest[0][:1].isupper() and rest[-1][:1].isupper()):
            continue  # an outlet's name is capitalised, first word and last
        if tokens[0].casefold() in NOT_NAMES or not looks_like_name(name):
            continue
        outlet = " ".join(rest).casefold()
        # printed apart at the top, not in a line that holds the name too (an entry of a contents list)
        if any(outlet in line and name.casefold() not in line and len(line.split()) <= _MAX_WORDS for line in top):
            return (name,)
    return ()
