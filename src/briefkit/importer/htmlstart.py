"""The first step of reading a saved page: parse it and start reading its story beside the rest.

The story (trafilatura, `htmlbody`) is the longest part of an import and is read in a forked
child when a core is free (`beside`). The child needs only the story's modules; the parent's
own (the metadata readers, the text passes after the story: some 60 ms of imports and regex
compiles) used to be imported before the child started, so the child waited for them. Imported
after `start_reading` (see `sources._read_page`), they load while the child works.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from briefkit.importer import pagesize
from briefkit.importer.article import ImportProblem
from briefkit.importer.beside import Beside
from briefkit.importer.htmlbody import Story, main_blocks
from briefkit.importer.htmlfigures import take_figures


@dataclass
class Started:
    """A parsed page whose story is being read (in a child, or later here: see `Beside`)."""

    tree: Any
    story_soon: Beside
    size_notes: list[str] = field(default_factory=list)


def start_reading(text: str) -> Started:
    """The page parsed (and cut to size), its story started; `ImportProblem` when it cannot be parsed.

    The caller owns the child: `story_soon.answer()` or `story_soon.cancel()` it.
    """
    import lxml.html
    from lxml import etree

    if not text.strip():
        raise ImportProblem("the file is empty", 'save the article page again ("Save page as…")')
    # stray control characters (not allowed in XML, so not in lxml's strings) carry no text
    text = re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", "", text)
    # an XHTML page's XML declaration names an encoding, which lxml refuses in a decoded string
    text = re.sub(r"^\s*<\?xml[^>]*>", "", text)
    try:
        tree = lxml.html.document_fromstring(text)
    except (etree.ParserError, ValueError) as exc:
        raise ImportProblem(f"not a readable HTML page ({exc})") from None
    size_notes = [pagesize.CUT_PAGE_NOTE.format(n=pagesize.MAX_ELEMENTS)] if pagesize.cut_tree(tree) else []
    # read in a forked child, when a core is free, while the metadata is read here
    return Started(tree, Beside(story, tree), size_notes)


def story(tree: Any) -> Story:
    """The story as `read_html` reads it: from the page without its pictures (taken out first)."""
    take_figures(tree, None)
    return main_blocks(tree)
