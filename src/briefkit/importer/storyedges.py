"""The lines at the edges of a copied page's story: what stands between its header and its first
paragraph, and the labels the page prints around it.

`storyspan` finds where the story runs; inside that run a page still prints furniture next to the
story's own lines — a teaser list under the byline, a share row's buttons above and below the
text. What tells them apart is their shape (a sentence or not) and where else the page prints them.
"""

from __future__ import annotations

from briefkit.importer import boilerplate

# what a line of the story may end with (as `textdump` reads a sentence's end)
_SENTENCE_END = (".", "!", "?", '"', "”", "’", "'", ":", ";", ",", ")")


def without_head_furniture(head: list[str]) -> list[str]:
    """The lines between the header and the story's first paragraph, less those that are no
    sentence: a teaser list, a share row's labels, a section name the page put there.

    A short line that ends a sentence may be the story's first paragraph, a table's rows and the
    subheading right above the first paragraph are the story's; a label or two are left to the
    boilerplate pass, which knows them.
    """
    kept = []
    for i, unit in enumerate(head):
        text = boilerplate.plain(unit).strip()
        if (
            text.endswith(_SENTENCE_END)
            or "\t" in unit
            or (i == len(head) - 1 and text[:1].isupper() and not boilerplate.is_interface_line(text))
        ):
            kept.append(unit)
    return head if len(head) - len(kept) < 3 else kept


def without_repeated_labels(body: list[str], above: list[str], below: list[str]) -> list[str]:
    """The body less the short lines the page prints above and below the story too: a share row's
    buttons, a menu's entries; a sentence stays, and so does a subheading the story itself repeats
    or a table of contents above it names."""
    around = {u.strip().casefold() for u in above} & {u.strip().casefold() for u in below}
    return [
        u
        for u in body
        if u.strip().casefold() not in around
        or u.strip().endswith(_SENTENCE_END)
        or len(boilerplate.words(u)) > REPEATED_LABEL_WORDS
    ]


REPEATED_LABEL_WORDS = 4
