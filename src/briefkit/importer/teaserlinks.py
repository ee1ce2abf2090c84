"""Other stories' titles the extractor kept in the story: the lists and runs of bare links a site sets
under or between its paragraphs.

trafilatura keeps a box of teasers when it looks like text; a story's own links sit inside its
sentences, so a block that is only a link to another page (dated or not, in a list, as an index
of the site's pages under a heading, or as headlines under the story's credits) is a teaser,
whichever words the site labels it with. These rules read trafilatura's XML after it.
"""

from __future__ import annotations

import re
from typing import Any

from briefkit.importer.boilerplate import CLOSING_CREDIT
from briefkit.importer.credits import CREDIT_LABEL
from briefkit.importer.datelabels import RELATIVE_DATE
from briefkit.importer.dates import find_date
from briefkit.importer.elementtext import clean_text
from briefkit.importer.lazyre import compile_later


def _link_only(el: Any) -> bool:
    """A paragraph or list item that is one link and nothing else: the title of another page.

    A date beside the link ("02.06.2024", "(3/14/2009)", "vor 5 Tagen") is that page's date, as a
    list of other stories prints it; a story's own sentence does not end in a bare date.
    """
    refs = [c for c in el if isinstance(c.tag, str)]
    if len(refs) != 1 or refs[0].tag not in ("ref", "a") or (el.text or "").strip():
        return False
    if not _only_a_date((refs[0].tail or "").strip()):
        return False
    text = clean_text("".join(refs[0].itertext()))
    return bool(text) and not re.search(r"[.!?…]$", text)


def _only_a_date(text: str) -> bool:
    """Nothing, or a date with at most brackets and separators around it."""
    if not text:
        return True
    bare = text.strip("()[]·|–- \u00a0")
    return len(bare.split()) <= 5 and (
        RELATIVE_DATE.fullmatch(bare) is not None or (find_date(bare) is not None and not re.search(r"[.!?]$", bare))
    )


_TIME = compile_later(r"\d{1,2}[:.]\d{2}(?:\s*(?:uhr|h|am|pm))?", re.IGNORECASE)
_LEAD_DATE = compile_later(r"(.{4,30}?)\s+[·|–—-]\s+(.+)")
_TAIL_DATE = compile_later(r"(.+?)\s*(?:[(\[]([^()\[\]]{2,30})[)\]]|\s[·|–—-]\s+(.{4,30}))")
_TITLE_WORDS = 14  # another story's title is a line, not a paragraph


def _a_date(text: str) -> bool:
    """A date, a time of day or an age ("vor 5 Stunden") standing alone."""
    return _TIME.fullmatch(text.strip()) is not None or _only_a_date(text) and bool(text.strip())


def _dated_title(text: str) -> bool | None:
    """True for a title with a date before or after it ("12.05.2025 – Title", "Title (10:12)"),
    False for a title without one, None for anything that is not a title (a sentence, a long line)."""
    title = text
    lead, tail = _LEAD_DATE.fullmatch(text), _TAIL_DATE.fullmatch(text)
    if lead and _a_date(lead.group(1)):
        title = lead.group(2)
    elif tail and _a_date(tail.group(2) or tail.group(3) or ""):
        title = tail.group(1)
    if not title or len(title.split()) > _TITLE_WORDS or re.search(r"[.:;,]$", title):
        return None
    return title != text


def _dated_list(el: Any) -> bool:
    """A list of titles, at least half of them with a date or a time beside them: a box of the
    site's other stories (latest news, more on the topic), linked or not. A story's own list
    states facts; it does not stamp each line with when it was published."""
    if el.tag not in ("list", "ul", "ol"):
        return False
    items = [clean_text("".join(i.itertext())) for i in el if isinstance(i.tag, str)]
    kinds = [_dated_title(t) for t in items]
    return len(items) >= 2 and None not in kinds and 2 * sum(1 for k in kinds if k) >= len(items)


def _teaser_list(el: Any) -> bool:
    """A list of bare links; one item may be unlinked, the page's own title in a list of its section's."""
    if _dated_list(el):
        return True
    if el.tag not in ("list", "ul", "ol"):
        return False
    items = [i for i in el if isinstance(i.tag, str)]
    links = sum(1 for i in items if _link_only(i))
    rest = [clean_text("".join(i.itertext())) for i in items if not _link_only(i)]
    return links >= 2 and (not rest or links >= 3 and len(rest) == 1 and not re.search(r"[.!?…:]$", rest[0]))


_LED_ITEM_WORDS = 10  # a link and a few words glossing it: "Birch (tree profile)"
_LED_ITEMS = 3


def _link_led_list(el: Any) -> bool:
    """A list whose every item opens with a link and adds a few words to it ("Oak – a profile",
    "Costs (this page)"): the site's index of its other pages. A story's own list says something
    in each item; when it links, the link stands inside the item's sentence, not at its head."""
    if el.tag not in ("list", "ul", "ol"):
        return False
    items = [i for i in el if isinstance(i.tag, str)]
    if len(items) < _LED_ITEMS:
        return False
    for item in items:
        kids = [c for c in item if isinstance(c.tag, str)]
        text = clean_text("".join(item.itertext()))
        if (item.text or "").strip() or not kids or kids[0].tag not in ("ref", "a"):
            return False
        if len(text.split()) > _LED_ITEM_WORDS or re.search(r"[.!?…:]$", text):
            return False
    return True


def _index_box(kids: list[Any], i: int) -> bool:
    """A link-led list under a heading of its own, with nothing of the story after it: at most a few
    short lines (a footer, an address). A list of the page's data (ingredients, parts) under a
    plain label, or one the story goes on under, stays."""
    return (
        _link_led_list(kids[i])
        and i > 0
        and kids[i - 1].tag == "head"
        and len(kids) - i - 1 <= _FOOTER_LINES
        and all(len(clean_text("".join(k.itertext())).split()) <= _BOX_WORDS for k in kids[i + 1 :])
    )


_FOOTER_LINES = 3
_CREDIT_WORDS = 12


def _titles_after_credits(kids: list[Any], i: int) -> bool:
    """A list of headlines right under the line crediting the story ("Text: Jane Roe", "Reporting by
    …"), with nothing of the story after it: the story ends at its credits, so the titles under them
    are the site's other stories, whatever (if anything) labelled the box."""
    if i == 0 or kids[i].tag not in ("list", "ul", "ol") or kids[i - 1].tag != "p":
        return False
    credit = clean_text("".join(kids[i - 1].itertext()))
    if len(credit.split()) > _CREDIT_WORDS or not (CREDIT_LABEL.match(credit) or CLOSING_CREDIT.match(credit)):
        return False
    items = [clean_text("".join(t.itertext())) for t in kids[i] if isinstance(t.tag, str)]
    return (
        len(items) >= 2
        and all(0 < len(t.split()) <= _TITLE_WORDS and not re.search(r"[.!?…]$", t) for t in items)
        and all(len(clean_text("".join(k.itertext())).split()) <= _BOX_WORDS for k in kids[i + 1 :])
    )


def drop_teaser_links(root: Any) -> None:
    """Other stories' titles the extractor kept: a list of bare links, or two or more bare-link
    paragraphs in a row ("Read more:", "You might also like:"), with the label above them.

    A story's own links sit inside its sentences; a block that is nothing but a link to another
    page is a teaser, whichever words the site labels it with.
    """
    kids = [el for el in root if isinstance(el.tag, str)]
    drop: set[int] = set()
    i = 0
    while i < len(kids):
        if _teaser_list(kids[i]) or _index_box(kids, i) or _titles_after_credits(kids, i):
            run = [i]
        else:
            j = i
            while j < len(kids) and kids[j].tag == "p" and _link_only(kids[j]):
                j += 1
            run = list(range(i, j)) if j - i >= 2 else []
        if run:
            drop.update(run)
            label = kids[i - 1] if i > 0 else None
            if label is not None and (i - 1) not in drop and _label(label):
                drop.add(i - 1)
            i = run[-1] + 1
        else:
            i += 1
    if drop:
        drop.update(_boxes_after(kids, max(drop)))
    for n in drop:
        el = kids[n]
        if (el.tail or "").strip():
            continue
        root.remove(el)


_BOX_WORDS = 20  # a box under a heading says what it offers in a line


def _boxes_after(kids: list[Any], last: int) -> list[int]:
    """What follows a box of other stories when it is only more boxes to the end of the page: a
    heading and a line under it (a newsletter offer, a sponsor), never more of the story's prose."""
    rest = list(range(last + 1, len(kids)))
    heads = [n for n in rest if kids[n].tag == "head"]
    lines = [clean_text("".join(kids[n].itertext())) for n in rest if kids[n].tag != "head"]
    if not heads or any(len(t.split()) > _BOX_WORDS for t in lines) or len(lines) > 2 * len(heads):
        return []
    return rest


def _label(el: Any) -> bool:
    """A heading or a short line ending in a colon: what introduces a list."""
    text = clean_text("".join(el.itertext()))
    return (el.tag == "head" or text.endswith(":")) and 0 < len(text.split()) <= 8
