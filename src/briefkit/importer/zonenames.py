"""The zone abbreviations a dateline prints after its hour, and what each stands for.

A page prints "18.05 BST" or "9:15 AM KST", never an offset; `dates` turns the name into the
offset it meant on that day. A table of its own, so that the date reader's rules and the world's
zones are changed apart.
"""

from __future__ import annotations

from briefkit.importer.worlddates import ZONES

# Fixed-offset abbreviations, in hours. Ambiguous ones (IST, CST in Asia...) use their most common
# newsroom meaning; "ET"/"PT" depend on the date and go through a real zone (`ZONE_NAMES`).
ZONE_HOURS: dict[str, float] = {
    "z": 0,
    "gmt": 0,
    "utc": 0,
    "ut": 0,
    "wet": 0,
    "bst": 1,
    "ist": 5.5,  # India's: the newsrooms printing "IST" after an hour are Indian (Irish pages rarely print it)
    "cet": 1,
    "mez": 1,
    "west": 1,
    "wat": 1,
    "cest": 2,
    "mesz": 2,
    "eet": 2,
    "sast": 2,
    "cat": 2,
    "eest": 3,
    "msk": 3,
    "ast": -4,
    "adt": -3,
    "est": -5,
    "edt": -4,
    "cst": -6,
    "cdt": -5,
    "mst": -7,
    "mdt": -6,
    "pst": -8,
    "pdt": -7,
    "akst": -9,
    "akdt": -8,
    "hst": -10,
    "kst": 9,
    "jst": 9,
    "hkt": 8,
    "sgt": 8,
    "awst": 8,
    "pht": 8,
    "acst": 9.5,
    "aest": 10,
    "aedt": 11,
    "nzst": 12,
    "nzdt": 13,
    **ZONES,  # more of Asia's and the eastern Mediterranean's: `worlddates`
}
ZONE_NAMES: dict[str, str] = {
    "et": "America/New_York",
    "pt": "America/Los_Angeles",
    "ct": "America/Chicago",
    "mt": "America/Denver",
}
