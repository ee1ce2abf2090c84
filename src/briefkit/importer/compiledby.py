"""Who prepared a story: "A cura di Jane Roe", "Prepared by …", "Informāciju sagatavoja …", a person or a desk.

An institution's news page, a report or a wire digest names its writer as the one who compiled
or prepared it, often in italics under the last paragraph, and that one is as often an office
("… Press Service") as a person. The line is read here in the languages news is written in: the
verb (or the label with its preposition) and, before it, at most one word naming what was
prepared ("Information prepared by", "Materiał przygotował"). A person's name there is a
byline; a desk's is kept by `authorpick` only when no place names a person.
"""

from __future__ import annotations

import re

from briefkit.importer.lazyre import compile_later

# the verb of preparing or compiling, with its agent's preposition where the language has one: English,
# German, French, Spanish, Portuguese, Italian, Dutch; Latvian, Lithuanian, Estonian, Polish, Czech, Slovak,
# Slovene, Croatian and Serbian, Bulgarian, Ukrainian, Hungarian, Romanian, Finnish, Swedish, Danish, Norwegian,
# Turkish (Greek "Επιμέλεια" names the editor: `wirecredits`)
_PREPARED = (
    r"compiled\s+by|prepared\s+by|zusammengestellt\s+von|préparé\s+par|elaborado\s+por|preparado\s+por|"
    r"a\s+cura\s+di|preparato\s+da|samengesteld\s+door|opgesteld\s+door|"
    r"sagatavoja|sagatavojis|sagatavojusi|parengė|koostas|koostanud|opracował[a]?|przygotował[a]?|"
    r"připravil[a]?|pripravil[a]?|pripremio|pripremila|приредил[а]?|підготува(?:в|ла)|"
    r"összeállította|a\s+consemnat|realizat\s+de|koonnut|sammanställt\s+av|udarbejdet\s+af|utarbeidet\s+av|"
    r"hazırlayan"
)
# the line as a whole: one word at most before the verb ("Information", "Materiał"), then the names
COMPILED_BY = compile_later(
    rf"^(?:[^\W\d_]{{3,20}}\s+)?(?:{_PREPARED})\s*:?\s+(?P<names>[^\W\d_].{{2,100}}?)\.?$",
    re.IGNORECASE,
)


def compiled_by(text: str) -> str | None:
    """The names after the line's "prepared by" word, or None when the line is no such credit."""
    found = COMPILED_BY.match(text.strip())
    return found.group("names").strip() if found else None
