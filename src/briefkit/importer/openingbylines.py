"""The byline a copied story prints again at its opening, under its pictures and share row.

A blog theme or a CMS prints the account that posted the story in the header's byline ("by The Town
Herald", "by admin"), and the story itself opens with the writer's own signed line ("By Jane Roe"),
after the picture's caption and the share buttons and before the first paragraph. The story's own
line names the writer; the header's names the account (as `textsigned` reads a saved page). Only a
line that is a signed byline and nothing else, above the story's first paragraph, counts.

When the header's claim is weak, the story's signed line may stand under its lead paragraph too, with the
story going on under it ("Par Jane Roe" between the chapô and the text): a claim is weak when it is a bare
name with no keyword (as often a picture's caption, a department or a button's label) or an account named
as a web address ("Posted by townnews.com"), which no writer is.
"""

from __future__ import annotations

import re

from briefkit.importer import boilerplate
from briefkit.importer.bylines import parse_byline

# how many lines under the header are looked at, and the most words the byline line holds
_LOOK = 6
_BYLINE_WORDS = 7
# a paragraph of the story: a line of this many words closed as a sentence ends the search
_PARAGRAPH_WORDS = 12
_SENTENCE_ENDS = (".", "!", "?", "…", '"', "\u201d", "\u00bb")
# a web address as the account's name: a dot and a top-level domain closing it, no space in it
_ADDRESS = re.compile(r"^\S+\.[^\W\d_]{2,6}$")


def is_account_address(name: str) -> bool:
    """Whether a byline's name is a web address ("townnews.com"), the site's account and no writer."""
    return bool(_ADDRESS.match(name.strip()))


def without_addresses(names: tuple[str, ...]) -> tuple[str, ...]:
    """The names but the web addresses among them, when a writer is named beside them (the account
    that posted the story and the writer its own line signs, both read in the header)."""
    writers = tuple(n for n in names if not is_account_address(n))
    return writers or names


def opening_byline(lines: list[str], header_authors: tuple[str, ...], *, weak: bool = False) -> tuple[str, ...]:
    """The writers a signed byline alone on its line names above the story's first paragraph (or, for a
    `weak` header claim, under its lead with the story going on), when they are not the header's; ()
    when no such line stands there."""
    passed = 0
    for k, unit in enumerate(lines[:_LOOK]):
        text = boilerplate.plain(unit).strip()
        if _is_paragraph(text):
            if not weak or passed:
                return ()  # the story's first paragraph: a byline under it signs something else
            passed += 1
            continue
        if len(text.split()) > _BYLINE_WORDS:
            continue
        names = parse_byline(text, bare=False)
        if names and set(names) != set(header_authors) and not any(n in text for n in header_authors):
            if passed and not any(_is_paragraph(boilerplate.plain(u).strip()) for u in lines[k + 1 : k + 3]):
                return ()  # under the lead, only a byline the story goes on under is the story's own
            return names
    return ()


def _is_paragraph(text: str) -> bool:
    return len(boilerplate.words(text)) >= _PARAGRAPH_WORDS and text.endswith(_SENTENCE_ENDS)
