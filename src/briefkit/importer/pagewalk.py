"""The page's elements in one walk, each with whether it stands in the page's furniture.

`htmlevidence` picks the elements a headline, byline or dateline may stand in by their tag, class
and id, leaving out those inside a `<nav>`, `<footer>` or `<aside>`. As XPath
(`descendant-or-self::*[contains(@class, 'title') or …][not(ancestor::nav or …)]`, one search
per kind of element) that was twenty walks of the page, each asking every element for its
ancestors: a twentieth of a second on a large page, and a fifth of the time of reading the
metadata. One walk in document order carries the answer down from each parent instead.
"""

from __future__ import annotations

from typing import Any

FURNITURE = ("nav", "footer", "aside")


def page_elements(tree: Any, furniture: tuple[str, ...] = FURNITURE) -> list[tuple[Any, bool]]:
    """Each element of `tree` (itself included) in document order, with whether it has an ancestor
    of a `furniture` tag: what XPath's `ancestor::nav or ancestor::footer or ancestor::aside` says, but for
    the `<footer>` of an `<article>`, which HTML gives the story's own credits (who wrote it, its tags)."""
    inside: dict[Any, bool] = {}
    in_article: dict[Any, bool] = {}
    found: list[tuple[Any, bool]] = []
    for el in tree.iter():
        if not isinstance(el.tag, str):  # a comment or processing instruction: no element
            continue
        parent = el.getparent()
        if parent in inside:
            # (a <footer> inside an <article> is the story's own: its byline, its tags, not the page's footer)
            own_footer = parent.tag == "footer" and in_article[parent]
            skipped = inside[parent] or parent.tag in furniture and not own_footer
            in_article[el] = in_article[parent] or parent.tag == "article"
        else:  # the walk's first element: what stands above it is read once
            ancestors = list(el.iterancestors())
            skipped = any(a.tag in furniture for a in ancestors)
            in_article[el] = any(a.tag == "article" for a in ancestors)
        inside[el] = skipped
        found.append((el, skipped))
    return found


def element_children(el: Any) -> int:
    """How many children of `el` are elements (XPath's `*`): comments are not counted."""
    return sum(1 for kid in el if isinstance(kid.tag, str))
