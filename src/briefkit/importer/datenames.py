"""A date's day and month read as a name: "Jan 22", "22 Jan", "März 2024" out of a byline's date line.

A byline box that runs the writer (or a wire) into a labelled date, "AGENCY Last Updated: Jan 22,
2025, 06:41 PM", loses its label to the name reader's "Field: value" rule, and the date's first
part is then two capitalised words, the shape of a name. No person's name is a month's name
beside a number, in any language the month list (`monthnames`) covers, so such a part is refused.
"""

from __future__ import annotations

import re

from briefkit.importer.monthnames import MONTHS

# a month's name (its abbreviation's dot allowed) and a day or a year, either way round: "Jan 22", "22. Januar"
_DAY_AND_MONTH = re.compile(r"^(?:(?P<a>[^\W\d_]+)\.?\s*\d{1,4}\.?|\d{1,4}\.?\s*(?P<b>[^\W\d_]+)\.?)$")


def is_date_part(name: str) -> bool:
    """Whether `name` is a month's name and a number, a date's piece rather than a person."""
    m = _DAY_AND_MONTH.match(name.strip())
    return m is not None and (m.group("a") or m.group("b") or "").casefold() in MONTHS
