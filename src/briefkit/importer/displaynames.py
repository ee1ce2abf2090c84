"""A member's display name, printed beside the login that the markup files as the author.

A forum or a blog platform files a post's author as the account ("rosa_g", "jdoe77") and shows the
reader the name the member gave ("Rosa Galvez") in the same author box, before or after the login,
often with an "@" or in brackets. The reader knows the writer by that name, so it is the one a
briefing credits. A login is one token with no space, in small letters or with a digit, an underscore
or a dot; the name beside it must have a name's shape (`bylines.looks_like_name`).
"""

from __future__ import annotations

import re

from briefkit.importer.bylines import looks_like_name
from briefkit.importer.lazyre import compile_later

# a login: one token, small letters, digits, "_", "." or "-"; never a capitalised word (a one-word name)
_LOGIN = compile_later(r"@?[a-z0-9][a-z0-9_.-]{1,30}")
_AROUND = " \t@()[]|·•,–—-"


def display_name(login: str, shown: list[str]) -> str | None:
    """The name a byline prints beside `login` ("rosa_g Rosa Galvez", "Rosa Galvez (@rosa_g)"), or None."""
    if not _LOGIN.fullmatch(login) or not re.search(r"[\d_.]|^[a-z]", login):
        return None
    handle = login.lstrip("@")
    for line in shown:
        at = _word_at(line, handle)
        if at < 0:
            continue
        rest = (line[:at] + " " + line[at + len(handle) :]).strip(_AROUND)
        rest = re.sub(r"\s+", " ", rest.replace("@", " ").replace("()", " ")).strip(_AROUND)
        if 2 <= len(rest.split()) <= 4 and looks_like_name(rest):
            return rest
    return None


def _word_at(line: str, handle: str) -> int:
    """Where `handle` stands in `line` as a token of its own (not inside a longer word), or -1."""
    found = re.search(rf"(?<![\w.]){re.escape(handle)}(?![\w])", line)
    return found.start() if found else -1
