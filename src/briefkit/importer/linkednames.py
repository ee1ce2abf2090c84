"""A byline box whose writers are links set back to back, with nothing printed between them.

A page may link each writer to their own page and space the links apart with CSS alone
(`<a href="/reporter/a">Jane Roe</a><a href="/reporter/b">Sam Poe</a>`): the box's text then runs
the names into one word ("Jane RoeSam Poe", or in a script without spaces one name of twice the
length), which no byline reader parts again. Links to different addresses name different people, so
the box is read as their names with a comma between.
"""

from __future__ import annotations

from typing import Any

from briefkit.importer.elementtext import clean_text


def linked_names(el: Any) -> str | None:
    """The names of `el`'s links joined by commas, when the box holds only two or more links to distinct
    addresses printed with no text (not even a space) between them; otherwise None."""
    children = [child for child in el if isinstance(child.tag, str)]
    if len(children) < 2 or (el.text or "").strip():
        return None
    hrefs: set[str] = set()
    names: list[str] = []
    for i, child in enumerate(children):
        if child.tag != "a" or not child.get("href"):
            return None
        last = i == len(children) - 1
        if child.tail and (not last or child.tail.strip()):  # a space, a comma, an "and" between: parted already
            return None
        name = clean_text(child.text_content())
        if not name:
            return None
        hrefs.add(child.get("href"))
        names.append(name)
    if len(hrefs) < len(names):
        return None  # one address twice: a picture and a name linking the same page, not two writers
    return ", ".join(names)
