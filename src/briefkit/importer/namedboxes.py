"""A writer's box under the story: a heading that is a name, over a bio that opens with that name.

Blogs and small newsrooms print no byline by the headline but close the story with the writer's
card: a portrait, the name as a heading, "Jane Roe is a freelance reporter who …". The heading's
name opening the paragraph under it is the witness that the box is about that person; standing
after the story's prose, the person is its writer. Weighed as a signature (`authorpick`): any
byline or filed writer wins over it, a desk or the site's name does not.
"""

from __future__ import annotations

from typing import Any

from briefkit.importer.bylines import looks_like_name
from briefkit.importer.elementtext import clean_text
from briefkit.importer.markupmeta import Claim, Evidence
from briefkit.importer.pagebylines import in_comments

_HEADS = "//h2 | //h3 | //h4 | //h5 | //h6"


def boxed_writer(tree: Any, index: dict[Any, int], ev: Evidence) -> None:
    """The name a heading after the story gives, when the paragraph right under it opens with the same name."""
    if not ev.prose:
        return
    for head in tree.xpath(_HEADS):
        order = index.get(head, 0)
        if order <= ev.prose[0]:
            continue
        name = clean_text(head.text_content())
        if not 2 <= len(name.split()) <= 4 or not looks_like_name(name):
            continue
        bio = next((s for s in head.itersiblings() if isinstance(s.tag, str)), None)
        if bio is None or bio.tag != "p":
            continue
        text = clean_text(bio.text_content())
        if text.startswith(name + " ") and len(text) > len(name) + 20 and not in_comments(head):
            ev.authors.append(Claim(name, "signature", order))
            return
    linked_bio(tree, index, ev)


# the box the page marks as the writer's: "author-bio", "author-box", "bio"
_BOX_CLASS = "contains(@class, 'author') or contains(@class, 'bio')"
_LINKED_BIOS = f"//p[ancestor::*[position() <= 2][{_BOX_CLASS}]][a[1]]"


def linked_bio(tree: Any, index: dict[Any, int], ev: Evidence) -> None:
    """ "<div class=author-bio><p><a href=…>Jane Roe</a> is a reporter …</p></div>" under the story: its writer.

    The box the page marks as the writer's, a bio that opens with the name linked to the writer's page
    and goes on in lower case (the verb saying who they are); the first such box names the first writer.
    """
    for p in tree.xpath(_LINKED_BIOS):
        order = index.get(p, 0)
        link = p[0]
        if order <= ev.prose[0] or link.tag != "a" or (p.text or "").strip() or in_comments(p):
            continue
        name = clean_text(link.text_content())
        rest = (link.tail or "").split()
        if 2 <= len(name.split()) <= 4 and looks_like_name(name) and len(rest) >= 3 and rest[0].islower():
            ev.authors.append(Claim(name, "signature", order))
            return
