"""A product box set into a saved story: a thing to buy, its price, and the note that the link earns a commission.

Magazines set a small box between a story's paragraphs ("Our tip: a wool hot-water bottle, seen at a
shop for 19.99 €*") and mark it with a footnote that the link is an affiliate link. The extractor
drops the footnote as a page's note (`pagenotes`) but keeps the product's line, which then reads as a
paragraph of the story. The box as a whole gives it away: short, a price in one line, the affiliate
disclosure in another. A story that mentions a price has no such disclosure beside it in one small box.
"""

from __future__ import annotations

import re
from typing import Any

from briefkit.importer.pagenotes import AFFILIATE, AMOUNT

_BOX_WORDS = 60  # a product's name, its shop and price, the disclosure: a few lines
_BOXES = ("div", "aside", "section", "figure")


def _text(el: Any) -> str:
    return re.sub(r"\s+", " ", el.text_content().replace("\u00a0", " ")).strip()


def _product_box(box: Any) -> bool:
    """A short box whose lines (its child elements) print a price and an affiliate disclosure."""
    kids = [k for k in box if isinstance(k.tag, str)]
    if len(kids) < 2 or len(re.findall(r"\w+", _text(box))) > _BOX_WORDS:
        return False
    lines = [_text(k) for k in kids]
    return any(AMOUNT.search(line) for line in lines) and any(AFFILIATE.search(line) for line in lines)


def drop_product_boxes(tree: Any) -> None:
    """Each short product box (see the module's docstring)."""
    body = tree.find("body")
    if body is None:
        return
    for box in reversed(list(body.iter(*_BOXES))):  # the innermost first: the smallest box that holds both
        if box.getparent() is not None and _product_box(box):
            box.drop_tree()
