"""The story of a saved page as Markdown blocks: trafilatura finds it, we keep its structure.

trafilatura is the field's reference main-content extractor (it scores the page's blocks and
drops navigation, footers and link farms far better than a hand-written rule set); its XML
output is turned into Markdown here so quotes, lists, headings and links survive. Without
trafilatura, a simpler extractor (the `<article>`/`<main>` element minus furniture) keeps the
command usable, and says so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from lxml import etree

from briefkit.importer import pagesize
from briefkit.importer.appealboxes import drop_appeal_boxes
from briefkit.importer.boilerplate import CLOSING_CREDIT
from briefkit.importer.commentthreads import drop_comment_threads
from briefkit.importer.credits import CREDIT_LABEL
from briefkit.importer.datedlists import drop_calendar_boxes
from briefkit.importer.datelabels import RELATIVE_DATE
from briefkit.importer.dates import find_date
from briefkit.importer.downloadcards import drop_download_cards
from briefkit.importer.htmllayout import drop_layout_frame, drop_side_columns
from briefkit.importer.htmllineboxes import drop_line_boxes
from briefkit.importer.htmltails import (
    drop_ad_boxes,
    drop_author_boxes,
    drop_button_boxes,
    drop_choice_boxes,
    drop_embedded_posts,
    drop_form_boxes,
    drop_headed_furniture_boxes,
    drop_letter_boxes,
    drop_link_boxes,
)
from briefkit.importer.joiners import keep_joiners
from briefkit.importer.lazyre import compile_later
from briefkit.importer.linkrows import drop_link_rows
from briefkit.importer.notelists import drop_note_lists
from briefkit.importer.pointerboxes import drop_pointer_boxes
from briefkit.importer.signedposts import drop_signed_posts
from briefkit.importer.stopwords import guess_language
from briefkit.importer.storyfringe import drop_story_fringe

_FURNITURE_CLASS = compile_later(
    r"cookie|consent|gdpr|banner|newsletter|promo|share|social|related|recommend|comment|advert|"
    r"\bad\b|ads-|subscribe|paywall|nav|menu|footer|breadcrumb|sidebar|popup|modal|signup|sign-up",
    re.I,
)
_FURNITURE_TAGS = (
    "nav",
    "footer",
    "aside",
    "script",
    "style",
    "noscript",
    "form",
    "iframe",
    "button",
    "svg",
    "template",
)


def clean_text(text: str) -> str:
    """An element's text as one line: runs of white space (and no-break spaces) folded."""
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip()


@dataclass(frozen=True, slots=True)
class Story:
    """The story's Markdown blocks, the web links its text carried, and a note for the analyst."""

    blocks: list[str]
    links: list[tuple[str, str]] = field(default_factory=list)  # (link text, absolute http(s) URL)
    note: str | None = None


def main_blocks(tree: Any) -> Story:
    """The main content of a page, by trafilatura, or the built-in extractor when it is missing."""
    import lxml.html

    drop_embedded_posts(tree)
    drop_comment_threads(tree)
    drop_signed_posts(tree)
    drop_form_boxes(tree)
    drop_button_boxes(tree)
    drop_choice_boxes(tree)
    drop_letter_boxes(tree)
    drop_ad_boxes(tree)
    drop_headed_furniture_boxes(tree)
    drop_link_boxes(tree)
    drop_pointer_boxes(tree)
    drop_download_cards(tree)
    drop_note_lists(tree)
    drop_appeal_boxes(tree)
    drop_calendar_boxes(tree)
    drop_link_rows(tree)
    drop_author_boxes(tree)
    drop_line_boxes(tree)
    drop_story_fringe(tree)
    drop_side_columns(tree)
    html = lxml.html.tostring(tree, encoding="unicode")
    elements = pagesize.element_count(tree)
    fast = elements > pagesize.FAST_ELEMENTS
    why = ""
    try:
        import trafilatura
    except ImportError as exc:  # missing, or broken (lxml >= 5.2 needs lxml_html_clean beside it)
        trafilatura, why = None, str(exc).splitlines()[0]  # type: ignore[assignment]
    if trafilatura is not None:
        html, joiners = keep_joiners(html)
        xml = trafilatura.extract(
            html,
            target_language=page_language(tree),
            output_format="xml",
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_links=True,
            # with formatting on, trafilatura 2.3 loses some paragraphs (text beside <strong> runs,
            # text after a figure) that it keeps without it (real pages: with 95.1 -> 95.4 %);
            # bold and italics are lost
            include_formatting=False,
            fast=fast,
        )
        if xml:
            root = etree.fromstring(joiners(xml).encode("utf-8"))
            main = root.find("main")
            drop_layout_frame(main if main is not None else root)
            _drop_teaser_links(main if main is not None else root)
            blocks = _blocks(main if main is not None else root)
            if blocks:
                from briefkit.importer.htmlrecall import restore_dropped

                note = pagesize.FAST_NOTE.format(n=elements) if fast else None
                return Story(restore_dropped(tree, blocks), _links(main if main is not None else root), note)
    note = (
        f"trafilatura is not installed or cannot be imported ({why}; pip install 'briefkit[import]'): "
        "the simpler built-in extractor was used"
        if trafilatura is None
        else None
    )
    return Story(_fallback_blocks(tree), [], note)


def page_language(tree: Any) -> str | None:
    """The page's declared language ("de-AT" -> "de"), so trafilatura's fallback reads it with that
    language's stopwords, not the union of all of them (which costs half a second to build)."""
    lang = (tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang") or "").strip().lower()
    code = re.split(r"[-_]", lang)[0] if lang else ""
    if re.fullmatch(r"[a-z]{2}", code):
        return code
    body = tree.find("body")
    return guess_language(" ".join((body if body is not None else tree).itertext()))


def _links(root: Any) -> list[tuple[str, str]]:
    """Each web link of the story once, in order: the text's sources, kept beside the text, not in it."""
    seen: dict[str, str] = {}
    for el in root.iter("ref", "a"):
        href = (el.get("target") or el.get("href") or "").strip()
        text = clean_text("".join(el.itertext()))
        if text and href.startswith(("http://", "https://")) and href not in seen:
            seen[href] = text
    return [(text, href) for href, text in seen.items()]


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


def _drop_teaser_links(root: Any) -> None:
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


def _fallback_blocks(tree: Any) -> list[str]:
    for el in list(tree.iter(*_FURNITURE_TAGS)):
        el.drop_tree()
    for el in list(tree.xpath("//*[@class or @id]")):
        label = f"{el.get('class') or ''} {el.get('id') or ''}"
        if _FURNITURE_CLASS.search(label) and el.tag not in ("html", "body", "article", "main"):
            el.drop_tree()
    for xp in ("//*[@itemprop='articleBody']", "//article", "//main", "//*[@role='main']", "//body"):
        found = tree.xpath(xp)
        if found:
            return _blocks(found[0])
    return []


def _blocks(root: Any) -> list[str]:
    """Markdown for trafilatura's XML (p, head, list/item, quote, table/row/cell, ref, hi) or plain HTML.

    Text that stands between blocks (an element's tail, a container's own text) is a paragraph
    of its own: extractors leave a paragraph's text there when the page did not wrap it in `<p>`.
    """
    out: list[str] = []
    loose = _inline_text(root.text)
    if loose:
        out.append(loose)
    for el in root:
        if isinstance(el.tag, str):
            out.extend(_block(el))
        loose = _inline_text(el.tail)
        if loose:
            out.append(loose)
    return out


def _block(el: Any) -> list[str]:
    tag = el.tag.lower()
    if tag == "p":
        text = _inline(el)
        return [text] if text else []
    if tag == "head" or re.fullmatch(r"h[1-6]", tag):
        level = int((el.get("rend") or tag)[-1]) if re.search(r"\d$", el.get("rend") or tag) else 2
        text = _inline(el)
        return [f"{'#' * max(2, min(level, 6))} {text}"] if text else []
    if tag in ("list", "ul", "ol"):
        ordered = tag == "ol" or el.get("rend") == "ol"
        items = [_inline(li) for li in el if isinstance(li.tag, str) and li.tag in ("item", "li")]
        items = [i for i in items if i]
        return ["\n".join(f"{n + 1}. {i}" if ordered else f"- {i}" for n, i in enumerate(items))] if items else []
    if tag in ("quote", "blockquote"):
        inner = _blocks(el)
        return ["\n>\n".join("\n".join(f"> {line}" for line in b.split("\n")) for b in inner)] if inner else []
    if tag == "table":
        return _table(el)
    if tag in ("pre", "code"):
        text = (el.text_content() if hasattr(el, "text_content") else "".join(el.itertext())).strip("\n")
        return [f"```\n{text.replace('```', '` ` `')}\n```"] if text.strip() else []
    if tag in ("graphic", "figure", "img", "script", "style"):
        return []
    return _blocks(el)


def _rows(table: Any) -> list[list[Any]]:
    rows = [r for r in table.iter("row", "tr")]
    return [[c for c in r if isinstance(c.tag, str) and c.tag.lower() in ("cell", "td", "th")] for r in rows]


def _table(table: Any) -> list[str]:
    """A data table as a Markdown table; a table used for layout (cells holding paragraphs) as its blocks."""
    rows = [r for r in _rows(table) if r]
    block_tags = {"p", "head", "list", "quote", "table", "ul", "ol", "blockquote", "div"}
    layout = any(
        isinstance(d.tag, str) and d.tag.lower() in block_tags for r in rows for c in r for d in c.iterdescendants()
    )
    if layout or not rows:
        out: list[str] = []
        for r in rows or [[table]]:
            for c in r:
                out.extend(_blocks(c) if layout else [t for t in [_inline(c)] if t])
        return out
    width = max(len(r) for r in rows)
    cells = [[_inline(c).replace("|", "\\|") for c in r] + [""] * (width - len(r)) for r in rows]
    if width == 1 or len(rows) == 1:  # one column or one row: a list of values reads better than a table
        return [" · ".join(t for t in r if t) for r in cells if any(r)]
    lines = ["| " + " | ".join(cells[0]) + " |", "|" + " --- |" * width]
    lines += ["| " + " | ".join(r) + " |" for r in cells[1:]]
    return ["\n".join(lines)]


def _inline_text(text: str | None) -> str:
    return clean_text(_esc(text or ""))


def _inline(el: Any) -> str:
    """An element's text as one Markdown line: emphasis kept, links reduced to their text.

    Links are not carried over: on real pages they are tracking, affiliate or site-relative
    addresses more often than sources, and the briefing records the article's own URL.
    """
    parts: list[str] = [_esc(el.text or "")]
    for child in el:
        if not isinstance(child.tag, str):
            parts.append(_esc(child.tail or ""))
            continue
        tag = child.tag.lower()
        inner = _inline(child)
        if tag == "hi":
            rend = child.get("rend") or ""
            parts.append(_emphasis(inner, "**" if "b" in rend else "*" if "i" in rend else ""))
        elif tag in ("em", "i"):
            parts.append(_emphasis(inner, "*"))
        elif tag in ("strong", "b"):
            parts.append(_emphasis(inner, "**"))
        elif tag in ("br", "lb"):
            parts.append(" ")
        elif tag in ("script", "style", "img", "graphic"):
            pass
        else:
            parts.append(f" {inner} " if tag in ("cell", "td", "th", "item", "li", "p", "div") else inner)
        parts.append(_esc(child.tail or ""))
    return clean_text("".join(parts))


def _emphasis(inner: str, mark: str) -> str:
    """`*text*` with the white space outside the marks, where Markdown needs it to see emphasis."""
    if not inner.strip() or not mark:
        return inner
    lead = " " if inner[:1].isspace() else ""
    trail = " " if inner[-1:].isspace() else ""
    return f"{lead}{mark}{inner.strip()}{mark}{trail}"


def _esc(text: str) -> str:
    return text.replace("[[", "[\\[")


_SHOWN_TEXT = etree.XPath(".//text()[not(ancestor::style) and not(ancestor::script)]")


def shown_text(el: Any) -> str:
    """An element's text as a reader sees it: without the CSS or script some CMSs put inside headings."""
    if next(el.iter("style", "script"), None) is None:  # the common case, and ten times cheaper than the XPath
        return clean_text(el.text_content())
    return clean_text("".join(_SHOWN_TEXT(el)))
