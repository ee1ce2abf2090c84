"""The heading of a box about the story's writer, "About the author", in the languages news is written in.

A page prints the writer's card under the story (a portrait, the name, a short bio) under such a
heading; the name right after it is the writer's, wherever the metadata files the site's name as the
author. `signoffs` reads the eight first languages' headings in a copied page; this list, which
`pagebylines` reads in a saved page and `writerboxes` in a copied one, adds the languages learnt
since: Bulgarian, Russian and Ukrainian, Serbian, Croatian and Slovenian, Polish, Czech and Slovak,
Romanian, Hungarian, Turkish, Greek, the Scandinavian languages, Finnish, Indonesian and Malay.
"""

from __future__ import annotations

import re

from briefkit.importer.lazyre import compile_later

ABOUT_AUTHOR = compile_later(
    r"^(?:about\s+the\s+(?:author|writer)s?|über\s+(?:den|die)\s+autor(?:in|en)?|zu[rm]\s+autor(?:in)?|"
    r"(?:à\s+propos\s+de\s+l['’]|sur\s+l['’])auteur(?:e)?|(?:sobre|acerca\s+del?)\s+(?:el\s+|la\s+|o\s+|a\s+)?autor(?:a)?|"
    r"(?:sull['’]|l['’])autore|(?:informazioni\s+)?sull['’]autrice|over\s+de\s+(?:auteur|schrijver)|"
    # Russian, Ukrainian, Bulgarian; Serbian and Croatian, Slovenian; Polish, Czech, Slovak
    r"(?:за|об?)\s+автор(?:а|е|ите)?|про\s+автора|о\s+аутору|o\s+autor(?:u|ici|ze|ce|ovi)|o\s+avtorju|"
    # Romanian, Hungarian, Turkish, Greek
    r"despre\s+autor|a\s+szerzőről|yazar\s+hakkında|σχετικά\s+με\s+τ(?:ον|ην)\s+(?:συντάκτη|συγγραφέα)|"
    # Swedish, Danish and Norwegian, Finnish, Indonesian and Malay
    r"om\s+(?:författaren|forfatteren|skribenten)|kirjoittajasta|tentang\s+penulis)\s*:?$",
    re.IGNORECASE,
)
