"""A byline box that credits each writer on a line of its own: "Reporting by Jane Roe" over "Data analysis by Sam Poe".

Data desks, investigations and reports print their byline as a short list, one contribution a
line, each with its "by" or its colon. Read as one text, the lines run together ("Jane RoeData
analysis by …") and the second writer's name is glued to the first; read line by line, every
contribution that is writing (reporting, research, analysis, the text) names an author, while a
line crediting the pictures, the graphics or the editing names someone else (`credits`).
"""

from __future__ import annotations

import re
from typing import Any

from briefkit.importer.bylines import EDITED_BY, looks_like_name, parse_byline
from briefkit.importer.credits import EDIT_LABEL, OTHER_LABEL
from briefkit.importer.elementtext import clean_text
from briefkit.importer.lazyre import compile_later

# a contribution and its writer: up to four words of the part, then "by" (or its colon) and the name
_CONTRIBUTION = compile_later(
    r"^(?P<part>(?:[^\W\d_]+\s+){0,3}?)(?:by|von|par|por|di|da|door|от)\s+(?P<name>\S.{2,60})$"
    r"|^(?P<label>[^\W\d_]+(?:\s+[^\W\d_]+){0,3})\s*[:：]\s*(?P<named>\S.{2,60})$",
    re.IGNORECASE,
)
# the parts whose names are no writer's: pictures, video, graphics, editing, design
_OTHER_PART = compile_later(rf"(?:^|\s)(?:{OTHER_LABEL}|{EDIT_LABEL}|edited|editing|design(?:ed)?)\s*$", re.IGNORECASE)
_LINE_TAGS = ("p", "div", "li", "span", "dd")


def credit_lines(box: Any) -> list[str]:
    """The writers a box of credit lines names, in its order; [] when the box is not one.

    Every child must be a credit line and one of them a writer's byline in its own right
    ("Reporting by …", "Text: …"): a box of a photographer's and an editor's credits names no writer.
    """
    lines = [kid for kid in box if isinstance(kid.tag, str)]
    if len(lines) < 2 or (box.text or "").strip() or any((kid.tail or "").strip() for kid in lines):
        return []
    names: list[str] = []
    signed = False
    for kid in lines:
        if kid.tag not in _LINE_TAGS:
            return []
        line = clean_text(kid.text_content())
        m = _CONTRIBUTION.match(line)
        if m is None:
            return []
        part = (m.group("part") or m.group("label") or "").strip()
        name = (m.group("name") or m.group("named") or "").strip()
        if _OTHER_PART.search(f" {part}") or EDITED_BY.match(line):
            continue  # the photographer's or the editor's line: a credit, not a writer
        found = parse_byline(name) or ((name,) if looks_like_name(name) else ())
        if not found:
            return []
        signed = signed or bool(parse_byline(line, bare=False))
        names += [n for n in found if n not in names]
    return names if signed and len(names) >= 2 else []
