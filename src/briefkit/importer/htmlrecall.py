"""Paragraphs the extractor dropped from the middle of a story, put back where they stood.

trafilatura scores each block of a page and keeps the article's; now and then it drops a
paragraph inside the story itself — one wrapped in an unusual element, one with many links, a
short one between two images. A paragraph that stands in the page *between* two paragraphs the
extractor kept, inside the element that holds them both, is part of the story by position, not
by score: it is restored in page order, unless it reads as furniture (a share bar, an appeal, a
"related" line). Nothing before the story's first kept paragraph or after its last is added, so
menus, teasers and footers stay out.
"""

from __future__ import annotations

import bisect
import re
from itertools import accumulate
from typing import Any

from briefkit.importer import appealvoice, boilerplate
from briefkit.importer.elementtext import clean_text
from briefkit.importer.factboxes import box_holding
from briefkit.importer.gallerycaptions import slide_boxes
from briefkit.importer.lazyre import compile_later
from briefkit.importer.storylists import lists_among_runs, same_list, story_list_item

_BLOCKS = ("p", "h2", "h3", "h4", "li", "blockquote", "dd", "pre")
_HEADINGS = ("h2", "h3", "h4")
_SENTENCE = compile_later(r"""[.!?…:]["'”’»)]*$""")
# Each of the page's paragraphs is looked for in the kept text, and each dropped one read for
# furniture: the work grows with the one times the other, and with the paragraphs. The largest
# real pages come to 2e7 and 2,500 paragraphs (a tenth of a second); a page past either limit (a
# multi-megabyte page, every list item a paragraph) keeps the extractor's text as it is.
SEARCH_BUDGET = 3e8
MAX_PARAGRAPHS = 12_000


def _leaves(tree: Any) -> list[Any]:
    """The blocks that hold no other block, in page order: the units a reader sees as paragraphs.

    Each block marks the blocks above it as holders, stopping at one already marked: one walk
    up per block, where asking each block for its descendants took seconds on deeply nested lists.
    """
    blocks = list(tree.iter(*_BLOCKS))
    holders: set[Any] = set()
    for el in blocks:
        for above in el.iterancestors(*_BLOCKS):
            if above in holders:
                break
            holders.add(above)
    return [el for el in blocks if el not in holders]


def _furniture(text: str) -> bool:
    return (
        boilerplate.is_interface_line(text)
        or appealvoice.is_appeal(text)
        or boilerplate.is_login_line(text)
        or boilerplate.is_cookie_banner(text)
    )


def restore_dropped(tree: Any, blocks: list[str]) -> list[str]:
    """`blocks` with the story's dropped inner paragraphs put back in page order, and the lists
    set between the runs of a story printed as bare text (`storylists.lists_among_runs`)."""
    out = _restore_paragraphs(tree, blocks)
    keys = [boilerplate.text_key(boilerplate.plain(b)) for b in out]
    joined = " \n ".join(keys)
    starts = list(accumulate((len(k) + 3 for k in keys[:-1]), initial=0))

    def where(key: str) -> int | None:
        at = joined.find(key)
        return bisect.bisect_right(starts, at) - 1 if at >= 0 else None

    lists = lists_among_runs(tree, lambda t: boilerplate.text_key(clean_text(t)), where)
    if not lists:
        return out
    return [line for b, block in enumerate(out) for line in (block, *lists.get(b, []))]


def _restore_paragraphs(tree: Any, blocks: list[str]) -> list[str]:
    """`blocks` with the story's dropped inner paragraphs put back in page order."""
    keys = [boilerplate.text_key(boilerplate.plain(b)) for b in blocks]
    joined = " \n ".join(keys)
    starts = list(accumulate((len(k) + 3 for k in keys[:-1]), initial=0))  # where each block's key starts in `joined`
    elements = _leaves(tree)
    if len(elements) > MAX_PARAGRAPHS or len(elements) * len(joined) > SEARCH_BUDGET:
        return blocks
    texts = [clean_text(el.text_content()) for el in elements]
    found: dict[int, int] = {}  # element index -> index of the block holding its text
    for i, text in enumerate(texts):
        key = boilerplate.text_key(text)
        at = joined.find(key) if len(key) >= 20 else -1
        if at >= 0:  # a key holds no line break: its first place in `joined` is in the first block that holds it
            found[i] = bisect.bisect_right(starts, at) - 1
    if not found:
        return blocks
    # the story starts at its first sentence: its headline also stands in breadcrumbs and menus above
    prose = [i for i in found if _SENTENCE.search(texts[i])]
    first, last = min(prose or found), max(found)
    # a story printed as one paragraph has no middle to restore, but may still have a lead above it
    holder = _common_ancestor(elements[first], elements[last]) if last > first else None
    if holder is None:
        last = first
    # only a sibling of a kept paragraph: a box of teasers inside the story sits in an element of its own
    parents = {elements[i].getparent() for i in found}
    inserts: dict[int, list[str]] = {}
    anchor = found[first]
    back: dict[int, str] = {}  # element index -> the block it comes back as
    lists: dict[Any, bool] = {}  # a list beside the kept paragraphs -> whether it is the story's
    boxes: dict[Any, bool] = {}  # a box beside the kept paragraphs -> whether it is the story's
    slides = slide_boxes(holder) if holder is not None else set()  # a gallery's captions, each by its counter
    for i in range(first + 1, last):
        if i in found:
            continue
        el, text = elements[i], texts[i]
        if holder not in el.iterancestors() or _furniture(text):
            continue
        # a block in a headed box of the story's own set among its paragraphs (a fact box) counts
        # as one of the story's: its list is judged as a list standing among the paragraphs
        boxed = el.getparent() not in parents and box_holding(el, parents, boxes) is not None
        above = el.getparent()
        item = story_list_item(el, {above.getparent()} if boxed and el.tag == "li" else parents, lists)
        if item is not None:
            if text and boilerplate.text_key(text) not in joined:
                back[i] = item
            continue
        if above not in parents and not boxed and above not in slides:
            continue
        n = len(boilerplate.words(text))
        heading = el.tag in _HEADINGS and 1 <= n <= 15
        if not heading and (n < 5 or (n < 12 and not _SENTENCE.search(text))):
            continue
        if boilerplate.text_key(text) in joined:
            continue
        back[i] = f"## {text}" if heading else (f"- {text}" if el.tag == "li" else text)
    for i in range(first + 1, last):
        if i in found:
            anchor = max(anchor, found[i])
            continue
        # a heading comes back over the story's text only: one over a dropped box (a list of the
        # site's pages) would stand over nothing, or over the next heading's text
        if i in back and not (back[i].startswith("## ") and _under(i, texts, found, back) is None):
            here = inserts.setdefault(anchor, [])
            line = back[i].replace("[[", "[\\[")
            if here and i - 1 in back and same_list(elements[i - 1], elements[i]):
                here[-1] += "\n" + line  # the next item of the list just put back: one Markdown list
            else:
                here.append(line)
    lead = _dropped_lead(elements[:first], texts[:first], joined)
    if lead:
        inserts.setdefault(-1, []).append(lead)
    if not inserts:
        return blocks
    out: list[str] = list(inserts.get(-1, []))
    for b, block in enumerate(blocks):
        out.append(block)
        out.extend(inserts.get(b, []))
    return out


def _under(i: int, texts: list[str], found: dict[int, int], back: dict[int, str]) -> int | None:
    """The next paragraph with text after element `i`, when it is kept or coming back; else None."""
    j = i + 1
    while j < len(texts) and not texts[j]:
        j += 1
    return j if j in found or j in back else None


# The lead paragraph a page prints between the headline and the story, in an element of its own;
# its name in the languages read: "chapo"/"chapeau" (fr), "Vorspann"/"Anriss" (de), "entradilla"/
# "bajada" (es), "sommario"/"catenaccio" (it), "linha-fina" (pt), "inleiding" (nl)
_LEAD_CLASS = compile_later(
    r"lead|intro|teaser|standfirst|summary|abstract|excerpt|\bdek\b|deck|description|kicker-text|"
    r"chapo|chapeau|vorspann|anriss|entradilla|bajada|sommario|catenaccio|linha-fina|inleiding",
    re.I,
)


def _dropped_lead(elements: list[Any], texts: list[str], joined: str) -> str | None:
    """The story's lead, when the extractor left it out: the last paragraph before the story marked as one.

    A lead stands under the headline: past a heading (a blog's post title under the blog's own
    header, whose description is marked as one too) the paragraphs above belong to the page.
    """
    for el, text in zip(reversed(elements[-6:]), reversed(texts[-6:]), strict=True):
        if el.tag in _HEADINGS and text:
            return None
        if el.tag not in ("p", "div") or el.tag == "div" and len(el):
            continue
        marked = any(
            _LEAD_CLASS.search(f"{a.get('class') or ''} {a.get('itemprop') or ''}")
            for a in (el, el.getparent(), el.getparent().getparent() if el.getparent() is not None else None)
            if a is not None
        )
        n = len(boilerplate.words(text))
        if (
            marked
            and n >= 12
            and _SENTENCE.search(text)
            and not _furniture(text)
            and boilerplate.text_key(text) not in joined
        ):
            return text.replace("[[", "[\\[")
    return None


def _common_ancestor(a: Any, b: Any) -> Any:
    above_a = {id(x): x for x in a.iterancestors()}
    for x in b.iterancestors():
        if id(x) in above_a:
            return x
    return None
