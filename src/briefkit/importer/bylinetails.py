"""What a byline prints after the writer's name that is no name: an e-mail address, the writer's post after a slash.

`authorpick` reads a byline's names; these tails made it read none ("@" marks a line as an address, a
post after a slash is read as a second writer who is no name). Kept apart as the byline's tails, not
its names.
"""

from __future__ import annotations

import re

from briefkit.importer.bylines import looks_like_name, parse_byline
from briefkit.importer.lazyre import compile_later

# an e-mail address closing the line, after a dash, a bar or a comma: the writer's, printed beside the name
_TRAILING_ADDRESS = compile_later(r"\s*(?:[-–—|,·•:]\s*)?[(<\[]?(?:mailto:)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+[)>\]]?\s*$")
_SLASH = compile_later(r"\s+/\s+")


def without_address(text: str) -> str:
    """ "Jane Roe - desk@paper.example": the name, without where to write to the writer."""
    return _TRAILING_ADDRESS.sub("", text)


def slashed_role(text: str) -> str:
    """ "By Jane Roe / Staff Writer": the slash parting the name from its post, read as the comma it stands for.

    Asked only when the line as printed gives no name: two writers parted by a slash ("Jane Roe /
    Sam Poe") are read as they stand. A single word after the slash is a wire's letters ("/ AP"),
    which `wirecredits` reads.
    """
    parts = _SLASH.split(text)
    if len(parts) != 2 or len(parts[1].split()) < 2 or re.search(r"\d", parts[1]):
        return text
    first = parts[0].strip()
    if not (parse_byline(first) or looks_like_name(first)):
        return text
    return f"{first}, {parts[1]}"
