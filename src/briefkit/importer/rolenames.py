"""A writer's name with their post after it on one line, "Jane Roe Reporter", over the story's date.

The boilerplate pass drops a byline's role line under the name ("Asia correspondent") as furniture;
some pages print the name and the post as one line ("Jane Roe Reporter", "Jane Roe Korrespondentin"),
and that line is the byline. The name is read only where the position agrees: no byline read yet in
the header, the date's line right under it (or under a run of such lines, one a writer), and the words
before the post a name of two words ("Asia correspondent" names a beat, not a person). Three words or
more may hold a beat ("Jane Roe Transport Correspondent") or a three-part name: the page tells which
by printing one of them again elsewhere ("Follow Jane Roe"); when it prints neither, nothing is read.
"""

from __future__ import annotations

import re

from briefkit.importer.bylines import parse_byline
from briefkit.importer.dates import find_date
from briefkit.importer.lazyre import compile_later
from briefkit.importer.pagewords import ROLE_POSTS

# the post closing the line: the words the boilerplate's role line reads, in the languages it reads
_POST_LAST = compile_later(rf"^(?P<name>.+?)\s+[-–—|·,]?\s*(?:{ROLE_POSTS})$", re.I)


def names_before_posts(lines: list[str], page: list[str]) -> tuple[str, ...]:
    """The writers a run of "Name Post" lines opening `lines` names when the date's line stands right
    under the run; () otherwise."""
    names: list[str] = []
    for line in lines[:_MOST_WRITERS]:
        name = _name_before_post(line, page)
        if name is None:
            return tuple(names) if names and find_date(line) is not None else ()
        names.append(name)
    return ()


# the most writers a run of such lines names
_MOST_WRITERS = 4


def _name_before_post(text: str, page: list[str]) -> str | None:
    m = _POST_LAST.match(text.strip())
    if not m or len(text.split()) > 6:
        return None
    before, *beat = re.split(r"\s*[,|·–—]\s+", m.group("name"), maxsplit=1)  # "Jane Roe, Legal Affairs"
    words = before.split()
    if len(words) < 2:
        return None
    if len(words) > 2 and not beat:  # a beat or a name's third part: the form the page prints again elsewhere
        elsewhere = " ".join(line for line in page if line.strip() != text.strip())
        words = next((words[:n] for n in range(len(words), 1, -1) if " ".join(words[:n]) in elsewhere), [])
    name = " ".join(words)
    return name if name and parse_byline(name) == (name,) else None
