"""Boxes set between a saved story's paragraphs that point the reader to another story.

A site sets a small box into the story's text: a label in bold or a span ("Most read in News",
"Noticia relacionada", "À lire sur le même sujet") and the headline of one other story as a link.
The extractor drops the label and keeps the headline as a paragraph of its own, where it reads as
a line of the story. Whatever the label says, the box's shape gives it away: a few words of label,
then a link whose text is a headline (a line of a few words, no sentence), and nothing else, set
inside the story's element between its paragraphs. A story's own link stands inside its sentence.
The link may sit in a paragraph or a list item of its own under the label, a date beside it; a box
with no label holds one link as its whole text, as long as a headline is.

The same box sometimes lists the other stories' headlines without linking them ("Mehr zum Thema"
over a list of two titles): then the label, one every site of the kind prints, tells it.

Around the story, not only inside it, a site points to a partner's or an advertiser's pages with
the same box: a label that is no sentence ("Partner news", a greeting in a regional language) as
the box's first element and one to three headline links as the others, nothing more.
`htmltails.drop_link_boxes` knows such boxes by their label's words in the languages it lists;
this shape needs no words. A byline's box ("By" over a name) carries a name, not a headline.
"""

from __future__ import annotations

import re
from typing import Any

from briefkit.importer import boilerplate
from briefkit.importer.lazyre import compile_later

_BOXES = ("div", "aside", "section")
_LABEL_TAGS = ("b", "strong", "span", "em", "i", "small", "h2", "h3", "h4", "h5", "h6", "p", "div")
_LABEL_WORDS = 6  # "Most read in News", "À lire sur le même sujet": a label, never a sentence
_HEADLINE_WORDS = (3, 16)  # another story's headline: a line of a few words
_LINKS = 3  # a box set into a story points to one story or a few
_LIST_ITEMS = 5
_BARE_WORDS = 5  # a link alone, with no label, reads as a headline when it is as long as one
_PROSE_WORDS = 15  # a paragraph of the story, not a caption or a label
_PROSE_PARAGRAPHS = 2
_SEPARATORS = compile_later(r"^[\s:·|–—>»›-]*$")
_COLON_LABEL_WORDS = 4  # "Bunu da okuyun:", "Read also:": a label's few words, its colon closing it
_BARE_LABEL_WORDS = 5  # the label of a box of bare links, anywhere on the page
_BARE_LINK_WORDS = (4, 16)  # such a link carries a headline: more than a name, less than a paragraph


def _text(el: Any) -> str:
    return re.sub(r"\s+", " ", el.text_content().replace("\u00a0", " ")).strip()


def _words(text: str) -> int:
    return len(re.findall(r"\w+", text))


def _headline(text: str) -> bool:
    """A line of a few words that does not close as a sentence or open a list: another story's title."""
    low, high = _HEADLINE_WORDS
    return low <= _words(text) <= high and not re.search(r"[.;,:…]$", text)


def _label(text: str) -> bool:
    return 0 < _words(text) <= _LABEL_WORDS and not re.search(r"[.!?;,]$", text)


def _in_story(box: Any) -> bool:
    """The box's container holds the story's paragraphs: it is set into the text, not into a menu."""
    parent = box.getparent()
    if parent is None:
        return False
    prose = [p for p in parent if isinstance(p.tag, str) and p.tag == "p" and _words(_text(p)) >= _PROSE_WORDS]
    return len(prose) >= _PROSE_PARAGRAPHS


def _split(box: Any) -> tuple[str, list[Any]] | None:
    """The box's label and the elements after it, or None when its text is not a label first."""
    kids = [k for k in box if isinstance(k.tag, str)]
    own = (box.text or "").strip()
    if own:
        return own, kids
    if not kids or kids[0].tag not in _LABEL_TAGS or next(kids[0].iter("a"), None) is not None:
        return None
    if not _SEPARATORS.match(kids[0].tail or ""):
        return None
    return _text(kids[0]), kids[1:]


def _link_text(el: Any) -> str | None:
    """The text of the one link that is all of an element's text ("<p><a>…</a></p>"), or None."""
    links = list(el.iter("a"))
    if len(links) != 1 or _text(el) != _text(links[0]):
        return None
    return _text(links[0])


def _headline_links(rest: list[Any]) -> list[str] | None:
    """The headlines of elements that are each one link (or a short list of such items), and
    nothing else but a date's element beside them; None when anything else stands there."""
    titles: list[str] = []
    for el in rest:
        if not _SEPARATORS.match(el.tail or ""):
            return None
        if el.tag == "time":
            continue
        items = [i for i in el if isinstance(i.tag, str)] if el.tag in ("ul", "ol") else [el]
        for item in items:
            title = _link_text(item)
            if title is None or not _headline(title):
                return None
            titles.append(title)
    return titles if 1 <= len(titles) <= _LINKS else None


def _pointer_box(box: Any) -> bool:
    """A label, then one to `_LINKS` links whose text is a headline, and nothing else; or one
    such link alone, of a headline's full length, as the box's whole text."""
    split = _split(box)
    if split is not None:
        label, rest = split
        return _label(label) and _headline_links(rest) is not None
    kids = [k for k in box if isinstance(k.tag, str)]
    titles = None if (box.text or "").strip() else _headline_links(kids)
    return titles is not None and len(titles) == 1 and _words(titles[0]) >= _BARE_WORDS


def _titles_box(box: Any) -> bool:
    """A related-stories label ("Mehr zum Thema") over one list of headlines, linked or not."""
    split = _split(box)
    if split is None:
        return False
    label, rest = split
    if len(rest) != 1 or rest[0].tag not in ("ul", "ol") or not boilerplate.is_box_label(label):
        return False
    items = [_text(i) for i in rest[0] if isinstance(i.tag, str)]
    return 1 <= len(items) <= _LIST_ITEMS and all(_headline(t) for t in items)


def label_over_links(box: Any) -> bool:
    """A label that is no sentence as the first element, then one to `_LINKS` headline links and nothing else."""
    kids = [k for k in box if isinstance(k.tag, str)]
    if not 2 <= len(kids) <= _LINKS + 1 or (box.text or "").strip():
        return False
    if any(_words(k.tail or "") for k in kids):  # words between the links: a sentence that links
        return False
    label, links = kids[0], kids[1:]
    if label.tag == "a" or label.find(".//a") is not None:
        return False
    text = _text(label)
    if not 1 <= _words(text) <= _BARE_LABEL_WORDS or text.endswith((".", "!", "?", "…")):
        return False
    low, high = _BARE_LINK_WORDS
    return all(a.tag == "a" and low <= _words(_text(a)) <= high for a in links)


def _inside(body: Any, el: Any) -> bool:
    """Whether the element is still in the page: an earlier drop may have taken its box."""
    return any(a is body for a in el.iterancestors())


def drop_pointer_boxes(tree: Any) -> None:
    """Each box that points to other stories (see the module's docstring)."""
    body = tree.find("body")
    if body is None:
        return
    for box in list(body.iter(*_BOXES)):
        if _inside(body, box) and label_over_links(box):
            box.drop_tree()
    for box in list(body.iter(*_BOXES, "p")):
        if not _inside(body, box) or (box.tail or "").strip():
            continue
        if box.tag == "p" and not _set_apart_label(box):
            continue  # "According to <a>the council's report</a>": a paragraph's own words before a link
        # the box's own shape first: whether it stands in the story counts its parent's paragraphs,
        # which on a page of 10,000 paragraphs costs a scan of all of them for each
        if (_pointer_box(box) or _titles_box(box)) and _in_story(box):
            box.drop_tree()


def _set_apart_label(p: Any) -> bool:
    """A paragraph that opens with a label set apart in bold or a span, or with a label of a few words
    closed by a colon before its one link, not with its own words."""
    kids = [k for k in p if isinstance(k.tag, str)]
    own = (p.text or "").strip()
    if own:  # a label closed by its colon, then the link alone: "See also: <a>…</a>", no sentence of the paragraph's
        return own.endswith(":") and _words(own) <= _COLON_LABEL_WORDS and len(kids) == 1 and kids[0].tag == "a"
    if len(kids) < 2 or next(kids[0].iter("a"), None) is not None:
        return False
    return kids[0].tag in ("b", "strong", "span", "em", "i", "small")
