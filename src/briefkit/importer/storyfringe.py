"""Small boxes a saved page sets around its story that the extractor keeps as the story's lines.

The shapes, told by structure, never by a site's words:

- a headed box after the story's container: a heading and a line or two (the next home game, a
  call to support the paper, a comments section holding only its rules) standing under the
  container that holds the story's paragraphs, outside it. A story's own words stand in that
  container; a box after it, with a heading of its own, is the site's.
- a label over an empty slot: a short line that is no sentence ("The article continues below
  the advertisement", "Continued under the video") in a box whose only other element is empty,
  a place a script fills with an ad or a player. The label speaks of the page, not of the story.
- a line over a player: a short line and an audio or video player (or a box holding only one), nothing
  else ("Listen to the report in the morning programme"): the player's caption, which the extractor
  keeps as a paragraph when the player itself is dropped.
- a writer's card: the writer's photo, whose alt text is the name printed beside it, the name and a
  line or two on the writer that names them again (a lead under the byline's portrait does not), in
  a box of their own (over the story or under it). The byline was read from the page before; the
  bio, kept, reads as the story's first or last paragraph.
- a line of e-mail addresses only, right under the story's last paragraph: the writers' addresses a
  paper prints under every story (a site's contact address in its header is left to the extractor).
"""

from __future__ import annotations

import functools
import re
from itertools import islice
from typing import Any

from briefkit.importer.bylines import looks_like_name
from briefkit.importer.lazyre import compile_later

_PROSE_WORDS = 20  # a paragraph of the story's: a sentence or more
_STORY_PARAGRAPHS = 4  # the story's container holds this many at least
_SHORT_BOX_WORDS = 40  # a box says its piece in a line or two; so does what stands between it and the story
_LOOK_BACK = 4
_HEADINGS = ("h2", "h3", "h4", "h5", "h6")
_LINES = ("p", "div", "span", "small")
_LABEL_WORDS = 8  # "Článek pokračuje pod reklamou": a line, never a sentence of the story
_LABELS = ("p", "span", "div", "small", "strong", "b")
_SENTENCE_END = (".", "!", "?", "…", '"', "”", "»", ":")
_SLOT_FILLERS = ("img", "picture", "video", "audio", "iframe", "object", "embed", "svg", "canvas", "source", "a")
_LEAD_WORDS = 12  # the story's last paragraph, right over the writers' addresses
_ADDRESS = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
_ADDRESS_LINE = compile_later(rf"{_ADDRESS}(?:\s*[·,;|/•]?\s*{_ADDRESS})*")


def _text(el: Any) -> str:
    if not isinstance(el.tag, str):
        return ""
    return re.sub(r"\s+", " ", el.text_content().replace("\u00a0", " ")).strip()


def _words(el: Any) -> int:
    return len(re.findall(r"\w+", _text(el)))


def _kids(el: Any) -> list[Any]:
    return [k for k in el if isinstance(k.tag, str)]


def _story_container(el: Any) -> bool:
    """A container holding several of the story's paragraphs (a paragraph alone is no container)."""
    if el.tag == "p":
        return False
    return sum(1 for p in islice(el.iter("p"), 60) if _words(p) >= _PROSE_WORDS) >= _STORY_PARAGRAPHS


def _after_story(box: Any) -> bool:
    """Whether the story's container stands right before the box, past nothing but short boxes."""
    for before in islice((s for s in box.itersiblings(preceding=True) if isinstance(s.tag, str)), _LOOK_BACK):
        if _story_container(before):
            return True
        if before.tag in ("p", "h1", "header") or _words(before) > _SHORT_BOX_WORDS:
            return False
    return False


def _headed_box(box: Any) -> bool:
    kids = _kids(box)
    if not 2 <= len(kids) <= 3 or (box.text or "").strip() or kids[0].tag not in _HEADINGS:
        return False
    if any(k.tag not in _LINES or (k.tail or "").strip() or not _text(k) for k in kids[1:]):
        return False
    return 0 < _words(box) <= _SHORT_BOX_WORDS


def drop_headed_boxes_after_story(tree: Any) -> None:
    """Each short box of a heading over a line or two, standing after the story's container."""
    body = tree.find("body")
    if body is None:
        return
    for box in list(body.iter("div", "section", "aside")):
        if _headed_box(box) and _after_story(box):
            box.drop_tree()


def _empty_slot(el: Any) -> bool:
    """An element a script fills: no text, no picture or player of its own, no link, and an address the
    script finds it by (an id or a data attribute; a bare spacer that clears a float has neither)."""
    addressed = any(k == "id" or k.startswith("data-") for e in el.iter() for k in e.attrib)
    return addressed and not _text(el) and next(el.iter(*_SLOT_FILLERS), None) is None


def _slot_label(el: Any) -> bool:
    """A phrase about the page: a few words, some in lower case (a name or a row of years has none), no
    figure, no full stop, no link."""
    text = _text(el)
    words = re.findall(r"[^\W\d_]+", text)
    return (
        el.tag in _LABELS
        and not (el.tail or "").strip()
        and 3 <= _words(el) <= _LABEL_WORDS
        and sum(w[0].islower() for w in words) >= 2
        and not re.search(r"\d", text)
        and not text.endswith(_SENTENCE_END)
        and next(el.iter("a"), None) is None
    )


def drop_slot_labels(tree: Any) -> None:
    """Each box of one short label and one empty slot (see the module's docstring)."""
    body = tree.find("body")
    if body is None:
        return
    for box in list(body.iter("div", "section", "aside")):
        kids = _kids(box)
        if len(kids) != 2 or (box.text or "").strip():
            continue
        label, slot = (kids[0], kids[1]) if _text(kids[0]) else (kids[1], kids[0])
        if _slot_label(label) and _empty_slot(slot) and not (slot.tail or "").strip():
            box.drop_tree()


_PLAYERS = ("audio", "video", "iframe")
_PLAYER_LINE_WORDS = 14  # "Hear the whole interview in the evening programme (4 min)": a line, never a paragraph


def _player(el: Any) -> bool:
    """A player, or a box that holds one and no text of its own."""
    return el.tag in _PLAYERS or not _text(el) and next(el.iter(*_PLAYERS), None) is not None


def drop_player_lines(tree: Any) -> None:
    """Each box of one short line and one player (see the module's docstring)."""
    body = tree.find("body")
    if body is None:
        return
    for box in list(body.iter("div", "section", "aside")):
        kids = _kids(box)
        if len(kids) != 2 or (box.text or "").strip() or any((k.tail or "").strip() for k in kids):
            continue
        line, player = (kids[0], kids[1]) if _text(kids[0]) else (kids[1], kids[0])
        if line.tag in _LABELS and 2 <= _words(line) <= _PLAYER_LINE_WORDS and _player(player):
            box.drop_tree()


def drop_address_lines(tree: Any) -> None:
    """Each paragraph that is only e-mail addresses: the writers' contact line, not the story."""
    body = tree.find("body")
    if body is None:
        return
    for p in list(body.iter("p")):
        before = next((s for s in p.itersiblings(preceding=True) if isinstance(s.tag, str)), None)
        closes_story = before is not None and before.tag == "p" and _words(before) >= _LEAD_WORDS
        if closes_story and _ADDRESS_LINE.fullmatch(_text(p)):
            p.drop_tree()


_NAME_WORDS = (2, 4)
_CARD_WORDS = 60  # a name and a line or two on the writer
_BIO_LINES = 3


@functools.lru_cache(maxsize=1024)
def _name_alt(alt: str) -> bool:
    """Whether a picture's alt text is a name (asked of the same pictures for every box around them)."""
    return _NAME_WORDS[0] <= len(alt.split()) <= _NAME_WORDS[1] and looks_like_name(alt)


def _writer_card(box: Any) -> bool:
    """A box of a portrait whose alt text is a name, that name as a line of its own, and a short bio
    that names the writer again."""
    # the portrait's name first: most boxes have none, and counting a large box's words costs its whole text
    names = {alt for img in box.iter("img") if (alt := " ".join((img.get("alt") or "").split()))}
    names = {n for n in names if _name_alt(n)}
    if len(names) != 1:
        return False
    if _words(box) > _CARD_WORDS or next(box.iter("figcaption", "figure"), None) is not None:
        return False
    lines = [_text(el) for el in box.iter("p", "div", "span", "strong", "b", "a", "h3", "h4", "h5") if len(el) == 0]
    (name,) = names
    # the bio speaks of the writer by name; a lead or a comment under a portrait does not
    bio = [line for line in lines if line and line != name]
    return name in lines and 1 <= len(bio) <= _BIO_LINES and any(name in line for line in bio)


def drop_writer_cards(tree: Any) -> None:
    """Each writer's card (see the module's docstring), outside the story's paragraphs' container."""
    body = tree.find("body")
    if body is None:
        return
    for box in list(body.iter("div", "aside", "section")):
        if any(a is body for a in box.iterancestors()) and _writer_card(box) and not _story_container(box):
            box.drop_tree()


def drop_story_fringe(tree: Any) -> None:
    """The passes of this module, in the order the page's boxes are cut before extraction."""
    drop_writer_cards(tree)
    drop_headed_boxes_after_story(tree)
    drop_slot_labels(tree)
    drop_player_lines(tree)
    drop_address_lines(tree)
