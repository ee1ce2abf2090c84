"""Country codes as names: ISO 3166-1 alpha-2 → the English short name a reader expects.

The table (`iso_3166_1.tsv`, beside this module) is Debian's iso-codes list, with its common
name where it gives one ("North Korea" rather than "Korea, Democratic People's Republic of").
A code the table lacks is shown as written, so a new code is never lost.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from briefkit.model import ActorKind, Content


@cache
def table() -> dict[str, str]:
    text = (Path(__file__).with_name("iso_3166_1.tsv")).read_text(encoding="utf-8")
    rows = (line.split("\t", 1) for line in text.splitlines() if line and not line.startswith("#"))
    return {code: name for code, name in rows}


def name(code: str | None) -> str | None:
    return None if code is None else table().get(code.upper(), code)


def states(content: Content) -> dict[str, str]:
    """Country code → the registry's state actor for it (the first by id when several claim it).
    Built once per planner: a lookup per actor page would scan the registry each time."""
    out: dict[str, str] = {}
    for a in sorted(content.actors.values(), key=lambda a: a.id):
        if a.kind is ActorKind.STATE and a.country:
            out.setdefault(a.country, a.id)
    return out
