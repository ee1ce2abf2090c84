"""A page named by the menu entry that leads to it: an imprint, a legal notice, a contact page.

Such a page has no dated headline. Its menu ends with the entries of the site's pages, and the
page's own name is printed again right under the menu, as its heading; what follows is the
page's text, short lines first (an address, the names of those responsible), prose later. Prose
density finds the prose and reads a subheading over it as the headline, losing the short lines
above. The name under the menu, with nothing but such short lines between it and the prose,
is the headline, and the story starts right under it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from briefkit.importer import boilerplate
from briefkit.importer.lazyre import compile_later

# a site's own pages, which its menu and footer link to on every site of a language: the imprint,
# the legal notice, the contact page, the privacy statement
_SERVICE = compile_later(
    r"^(?:imprint|legal\s+notice|contact(?:\s+us)?|privacy(?:\s+policy)?|disclaimer|"
    r"impressum|kontakt|datenschutz(?:erklärung)?|rechtliche\s+hinweise|"
    r"mentions\s+légales|nous\s+contacter|aviso\s+legal|contacto|contáctanos|privacidad|"
    r"note\s+legali|contatti|contattaci|colophon|contato|fale\s+conosco|"
    r"colofon|contacteer\s+ons|контакты|реквизиты|правовая\s+информация)$",
    re.I,
)
# how far above the heading found the page's name may stand, and how far up the menu entry it repeats
NAME_LINES = 25
MENU_LINES = 6
# the least lines of the page's own data between its name and the heading found
DATA_LINES = 5


def named_page(
    units: list[str],
    values: list[int],
    title: int,
    is_meta: Callable[[str], bool],
) -> int | None:
    """The line that names the page (see the module's docstring) above the heading found at
    `title`; None when there is none."""
    if any(is_meta(u) for u in units[title + 1 : title + 3]):
        return None  # a dated or signed headline is an article's
    for i in range(title - 1, max(-1, title - NAME_LINES), -1):
        text = boilerplate.plain(units[i]).strip()
        if values[i] > 0 or is_meta(units[i]):
            return None  # prose or a dateline between: the page's text started higher up, or a story's
        if not _SERVICE.match(text) or not text[0].isupper():
            continue  # only a site's own page (its imprint, contact, terms) is named by its menu entry
        keys = [boilerplate.plain(u).strip().casefold() for u in units[max(0, i - MENU_LINES) : i]]
        if text.casefold() not in keys[:-1]:
            continue  # the entry right above is the same control printed twice ("Search" / "Search")
        # under the name, the page's own lines: several, and none of them printed above it (a menu's)
        menu = {boilerplate.plain(u).strip().casefold() for u in units[:i]}
        between = [boilerplate.plain(u).strip().casefold() for u in units[i + 1 : title]]
        if len(between) >= DATA_LINES and not any(t in menu for t in between):
            return i
    return None
