"""The credits line a wire's story closes on in a copied page: every contribution on one line.

A wire prints no byline over its story; it closes the story with one line parting the contributions
with semicolons: "Reporting by Jane Roe and Sam Poe in Lyon; Additional reporting by Ann Lee in Oslo;
Editing by Tom Fox". Read as a whole, the line is too long for a signature and holds an editor's name
beside the writers'. Taken apart, every part names a contribution and its people ("… by", "…:"), the
reporting and writing parts name the authors, the editing, pictures and graphics parts do not
(`creditlines` reads the same credits set a line each in a saved page's byline box).
"""

from __future__ import annotations

import re

from briefkit.importer import boilerplate, storyspan
from briefkit.importer.bylines import EDITED_BY, looks_like_name, parse_byline
from briefkit.importer.credits import EDIT_LABEL, OTHER_LABEL
from briefkit.importer.lazyre import compile_later

# a contribution and its people: up to four words of the part, then "by" (or its colon) and the names
_CONTRIBUTION = compile_later(
    r"^(?P<part>(?:[^\W\d_]+\s+){0,3}?)(?:by|von|par|por|de|di|da|door|af|av|от)\s+(?P<name>\S.{2,80})$"
    r"|^(?P<label>[^\W\d_]+(?:\s+[^\W\d_]+){0,3})\s*[:：]\s*(?P<named>\S.{2,80})$",
    re.IGNORECASE,
)
# the parts whose names are no writer's: pictures, video, graphics, editing, design
_OTHER_PART = compile_later(rf"(?:^|\s)(?:{OTHER_LABEL}|{EDIT_LABEL}|edited|editing|design(?:ed)?)\s*$", re.IGNORECASE)
# "… in Brussels", "… à Paris": the place a writer filed from, after the names
_FILED_FROM = compile_later(r"\s+(?:in|from|à|en|aus|em|a|uit|из|в)\s+[^\W\d_][\w .'’-]{1,40}$", re.IGNORECASE)
# how far up from the story's end the line is looked for, and down past it
_END_ABOVE = 4
_END_BELOW = 2


def credited_writers(text: str) -> tuple[str, ...]:
    """The writers a line of contributions parted by semicolons names, in its order; () when the line
    is not one: fewer than two parts, a part that is no contribution, or no part that is a byline."""
    parts = [p.strip() for p in boilerplate.plain(text).strip().rstrip(".").split(";")]
    if len(parts) < 2:
        return ()
    names: list[str] = []
    signed = False
    for part in parts:
        m = _CONTRIBUTION.match(part)
        if m is None:
            return ()
        label = (m.group("part") or m.group("label") or "").strip()
        if _OTHER_PART.search(f" {label}") or EDITED_BY.match(part):
            continue  # the editor's or the photographer's part: a credit, not a writer
        named = _FILED_FROM.sub("", (m.group("name") or m.group("named") or "").strip())
        found = parse_byline(named) or ((named,) if looks_like_name(named) else ())
        if not found:
            return ()
        signed = signed or bool(parse_byline(part, bare=False))
        names += [n for n in found if n not in names]
    return tuple(names) if signed else ()


def closing_credits(units: list[str], span: storyspan.Span) -> tuple[str, ...]:
    """The writers the credits line on the story's last lines names ("Reporting by …; Editing by …")."""
    for i in range(max(span.start + 1, span.end - _END_ABOVE), min(len(units), span.end + _END_BELOW)):
        if names := credited_writers(units[i]):
            return names
    return ()
