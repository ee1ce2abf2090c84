"""The story of a saved page as Markdown blocks: trafilatura finds it, we keep its structure.

trafilatura is the field's reference main-content extractor (it scores the page's blocks and
drops navigation, footers and link farms far better than a hand-written rule set); its XML
output is turned into Markdown here so quotes, lists, headings and links survive. Without
trafilatura, a simpler extractor (the `<article>`/`<main>` element minus furniture) keeps the
command usable, and says so.
"""

from __future__ import annotations

import re
from typing import Any

_FURNITURE_CLASS = re.compile(
    r"cookie|consent|gdpr|banner|newsletter|promo|share|social|related|recommend|comment|advert|"
    r"\bad\b|ads-|subscribe|paywall|nav|menu|footer|breadcrumb|sidebar|popup|modal|signup|sign-up",
    re.I,
)
_FURNITURE_TAGS = ("nav", "footer", "aside", "script", "style", "noscript", "form", "iframe", "button", "svg", "template")


def clean_text(text: str) -> str:
    """An element's text as one line: runs of white space (and no-break spaces) folded."""
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip()


def main_blocks(tree: Any) -> tuple[list[str], str | None]:
    """Markdown blocks of the main content, and a note when the fallback extractor was used."""
    import lxml.html

    html = lxml.html.tostring(tree, encoding="unicode")
    why = ""
    try:
        import trafilatura
    except ImportError as exc:  # missing, or broken (lxml >= 5.2 needs lxml_html_clean beside it)
        trafilatura, why = None, str(exc).splitlines()[0]
    if trafilatura is not None:
        xml = trafilatura.extract(html, output_format="xml", include_comments=False, include_tables=True,
                                  include_images=False, include_links=True, include_formatting=True)
        if xml:
            from lxml import etree

            root = etree.fromstring(xml.encode("utf-8"))
            main = root.find("main")
            blocks = _blocks(main if main is not None else root)
            if blocks:
                return blocks, None
    note = (f"trafilatura is not installed or cannot be imported ({why}; pip install 'briefkit[import]'): "
            "the simpler built-in extractor was used" if trafilatura is None else None)
    return _fallback_blocks(tree), note


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


_BLOCK_TAGS = {"p", "head", "h1", "h2", "h3", "h4", "h5", "h6", "list", "ul", "ol", "quote", "blockquote", "table", "pre"}


def _blocks(root: Any) -> list[str]:
    """Markdown for trafilatura's XML (p, head, list/item, quote, ref, hi) or plain HTML."""
    out: list[str] = []
    for el in root:
        if not isinstance(el.tag, str):
            continue
        tag = el.tag.lower()
        if tag in ("p",):
            text = _inline(el)
            if text:
                out.append(text)
        elif tag == "head" or re.fullmatch(r"h[1-6]", tag):
            level = int((el.get("rend") or tag)[-1]) if re.search(r"\d$", el.get("rend") or tag) else 2
            text = _inline(el)
            if text:
                out.append(f"{'#' * max(2, min(level, 6))} {text}")
        elif tag in ("list", "ul", "ol"):
            ordered = tag == "ol" or el.get("rend") == "ol"
            items = [_inline(li) for li in el if isinstance(li.tag, str) and li.tag in ("item", "li")]
            items = [i for i in items if i]
            if items:
                out.append("\n".join(f"{n + 1}. {i}" if ordered else f"- {i}" for n, i in enumerate(items)))
        elif tag in ("quote", "blockquote"):
            inner = _blocks(el) or ([_inline(el)] if _inline(el) else [])
            if inner:
                out.append("\n>\n".join("\n".join(f"> {line}" for line in b.split("\n")) for b in inner))
        elif tag in ("table", "pre", "code", "graphic", "figure", "img"):
            continue
        else:
            out.extend(_blocks(el) or ([_inline(el)] if tag in ("div", "section", "span") and _inline(el) and not len(el) else []))
    return out


def _inline(el: Any) -> str:
    parts: list[str] = [_esc(el.text or "")]
    for child in el:
        if not isinstance(child.tag, str):
            parts.append(_esc(child.tail or ""))
            continue
        tag = child.tag.lower()
        inner = _inline(child)
        if tag in ("ref", "a"):
            href = child.get("target") or child.get("href") or ""
            parts.append(f"[{inner}]({href})" if inner and href.startswith(("http://", "https://", "mailto:")) else inner)
        elif tag == "hi":
            rend = child.get("rend") or ""
            mark = "**" if "b" in rend else "*" if "i" in rend else ""
            parts.append(f"{mark}{inner}{mark}" if inner else "")
        elif tag in ("em", "i"):
            parts.append(f"*{inner}*" if inner else "")
        elif tag in ("strong", "b"):
            parts.append(f"**{inner}**" if inner else "")
        elif tag in ("br", "lb"):
            parts.append(" ")
        elif tag in ("script", "style", "img", "graphic"):
            pass
        else:
            parts.append(inner)
        parts.append(_esc(child.tail or ""))
    return clean_text("".join(parts))


def _esc(text: str) -> str:
    return text.replace("[[", "[\\[")
