"""The byline a copied story prints again at its opening, under its pictures and share row.

A blog theme or a CMS prints the account that posted the story in the header's byline ("by The Town
Herald", "by admin"), and the story itself opens with the writer's own signed line ("By Jane Roe"),
after the picture's caption and the share buttons and before the first paragraph. The story's own
line names the writer; the header's names the account (as `textsigned` reads a saved page). Only a
line that is a signed byline and nothing else, above the story's first paragraph, counts.
"""

from __future__ import annotations

from briefkit.importer import boilerplate
from briefkit.importer.bylines import parse_byline

# how many lines under the header are looked at, and the most words the byline line holds
_LOOK = 6
_BYLINE_WORDS = 7
# a paragraph of the story: a line of this many words closed as a sentence ends the search
_PARAGRAPH_WORDS = 12
_SENTENCE_ENDS = (".", "!", "?", "…", '"', "\u201d", "\u00bb")


def opening_byline(lines: list[str], header_authors: tuple[str, ...]) -> tuple[str, ...]:
    """The writers a signed byline alone on its line names above the story's first paragraph, when
    they are not the header's; () when no such line stands there."""
    for unit in lines[:_LOOK]:
        text = boilerplate.plain(unit).strip()
        if len(boilerplate.words(text)) >= _PARAGRAPH_WORDS and text.endswith(_SENTENCE_ENDS):
            return ()  # the story's first paragraph: a byline under it signs something else
        if len(text.split()) > _BYLINE_WORDS:
            continue
        names = parse_byline(text, bare=False)
        if names and set(names) != set(header_authors) and not any(n in text for n in header_authors):
            return names
    return ()
