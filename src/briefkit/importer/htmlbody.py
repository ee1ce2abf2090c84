"""The story of a saved page as Markdown blocks: trafilatura finds it, we keep its structure.

trafilatura is the field's reference main-content extractor (it scores the page's blocks and
drops navigation, footers and link farms far better than a hand-written rule set); its XML
output is turned into Markdown here so quotes, lists, headings and links survive, once
`teaserlinks` has dropped the other stories' titles it kept. Without trafilatura, a simpler
extractor (the `<article>`/`<main>` element minus furniture) keeps the command usable, and says so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from lxml import etree

from briefkit.importer import pagesize
from briefkit.importer.afterstory import drop_boxes_after_story
from briefkit.importer.appealboxes import drop_appeal_boxes
from briefkit.importer.commentthreads import drop_comment_threads
from briefkit.importer.datedlists import drop_calendar_boxes
from briefkit.importer.downloadcards import drop_download_cards
from briefkit.importer.elementtext import clean_text
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
from briefkit.importer.looseleads import wrap_loose_leads
from briefkit.importer.notelists import drop_note_lists
from briefkit.importer.pointerboxes import drop_pointer_boxes
from briefkit.importer.signedposts import drop_signed_posts
from briefkit.importer.stopwords import guess_language
from briefkit.importer.storycomments import unmask_story_body
from briefkit.importer.storyfringe import drop_story_fringe
from briefkit.importer.teaserlinks import drop_teaser_links

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
    drop_boxes_after_story(tree)  # the small boxes after the story's body (`afterstory`)
    wrap_loose_leads(tree)  # a lead printed as the body's loose text (`looseleads`)
    unmask_story_body(tree)  # a body named like a comment section (`storycomments`)
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
            drop_teaser_links(main if main is not None else root)
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
