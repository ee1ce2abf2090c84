"""Saved HTML pages: metadata and figures from the markup, the story from a content extractor.

Two jobs, two tools. The *story* is found by trafilatura, the field's reference main-content
extractor (it scores the page's blocks and drops navigation, footers and link farms far better
than a hand-written rule set); its XML output is turned into Markdown here so quotes, lists,
headings and links survive. The *metadata* and *figures* are read by our own lxml pass because
they are structured data — JSON-LD, OpenGraph, `<time datetime>`, `<figure>`/`<figcaption>` —
where exact reading beats scoring. Figures are taken out of the page before extraction, so no
caption or credit can leak into the body. Without trafilatura, a simpler extractor (the
`<article>`/`<main>` element minus furniture) keeps the command usable, and says so.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any
from urllib.parse import urljoin

from briefkit.importer import boilerplate, credits
from briefkit.importer.article import Article, ArticleImage, ImportProblem
from briefkit.importer.bylines import parse_byline, split_names
from briefkit.importer.dates import localise, parse_date
from briefkit.importer.textdump import MIN_BODY_WORDS, extract_images, first_sentences, strip_dateline

_CREDIT_CLASS = re.compile(r"credit|copyright|attribution|photographer|byline|rights|source|courtesy", re.I)
_STANDFIRST_CLASS = re.compile(r"standfirst|dek|sub-?head|subtitle|summary|lede|lead|intro|strapline|description", re.I)
_BYLINE_CLASS = re.compile(r"byline|author|contributor", re.I)
_FURNITURE_CLASS = re.compile(
    r"cookie|consent|gdpr|banner|newsletter|promo|share|social|related|recommend|comment|advert|"
    r"\bad\b|ads-|subscribe|paywall|nav|menu|footer|breadcrumb|sidebar|popup|modal|signup|sign-up",
    re.I,
)
_FURNITURE_TAGS = ("nav", "footer", "aside", "script", "style", "noscript", "form", "iframe", "button", "svg", "template")
_ARTICLE_TYPES = {"newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle", "blogposting",
                  "opinionnewsarticle", "backgroundnewsarticle", "report", "webpage"}


@dataclass
class _Meta:
    title: str | None = None
    summary: str | None = None
    authors: list[str] = field(default_factory=list)
    published: datetime | date | None = None
    publisher: str | None = None
    url: str | None = None
    notes: list[str] = field(default_factory=list)


def read_html(text: str, *, extra_boilerplate: tuple[str, ...] = ()) -> Article:
    """An `Article` from a saved page; `ImportProblem` when the page holds no article."""
    import lxml.html
    from lxml import etree

    if not text.strip():
        raise ImportProblem("the file is empty", "save the article page again (\"Save page as…\")")
    # stray control characters (not allowed in XML, so not in lxml's strings) carry no text
    text = re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", "", text)
    try:
        tree = lxml.html.document_fromstring(text)
    except (etree.ParserError, ValueError) as exc:
        raise ImportProblem(f"not a readable HTML page ({exc})") from None
    meta = _metadata(tree)
    if not meta.title:
        raise ImportProblem("no headline: the page has no <h1>, og:title, JSON-LD headline or <title>",
                            "save the article page itself, not an index or search page")
    images, image_notes = _figures(tree, meta.url or _base_href(tree))
    blocks, extractor_note = _main_blocks(tree)
    blocks = _drop_header_repeats(blocks, meta)
    # captions a page printed outside <figure> ("… Photograph: X" paragraphs) still leave the body
    blocks, loose_images, loose_notes = extract_images(blocks)
    images += loose_images
    image_notes += loose_notes
    filtered = boilerplate.filter_blocks(blocks, extra_boilerplate)
    body_blocks = filtered.kept
    words = sum(len(boilerplate.words(boilerplate.plain(b))) for b in body_blocks)
    if words < MIN_BODY_WORDS:
        raise ImportProblem(
            f"not an article: only {words} words of article text found on the page",
            "save the article page itself; an index, search or log-in page cannot be imported",
        )
    notes = meta.notes + image_notes + ([extractor_note] if extractor_note else [])
    meta.published, zone_note = localise(meta.published, boilerplate.plain(body_blocks[0]))
    notes += [zone_note] if zone_note else []
    summary = meta.summary
    if not summary:
        summary = first_sentences(strip_dateline(boilerplate.plain(body_blocks[0])))
        notes.append("no standfirst found: the summary is the body's first sentences")
    return Article(
        title=meta.title,
        body="\n\n".join(body_blocks),
        summary=summary,
        standfirst=meta.summary,
        authors=tuple(dict.fromkeys(meta.authors)),
        publisher=meta.publisher,
        published=meta.published,
        url=meta.url,
        images=tuple(images),
        notes=tuple(notes),
    )


# -- metadata ---------------------------------------------------------------------------------


def _metadata(tree: Any) -> _Meta:
    meta = _Meta()
    ld = _json_ld_article(tree)
    metas = _meta_tags(tree)
    h1 = _first_text(tree, ["//article//h1", "//main//h1", "//h1"])
    title_tag = _clean(tree.findtext(".//title") or "")
    meta.title = h1 or _clean(_ld_str(ld.get("headline"))) or metas.get("og:title") or metas.get("twitter:title") or _strip_site(title_tag)
    meta.summary = (
        _first_text(tree, [f"//*[contains(concat(' ', normalize-space(@class), ' '), ' {c} ')]" for c in
                           ("standfirst", "dek", "article-standfirst", "subtitle", "sub-headline", "strapline", "article-summary", "lede", "intro")])
        or metas.get("og:description") or metas.get("description") or _clean(_ld_str(ld.get("description"))) or None
    )
    meta.url = metas.get("canonical") or metas.get("og:url") or _ld_str(ld.get("url")) or None
    for candidate in (metas.get("article:published_time"), _ld_str(ld.get("datePublished")),
                      metas.get("datepublished"), _time_datetime(tree), metas.get("date"),
                      metas.get("pubdate"), metas.get("dc.date"), metas.get("dcterms.created")):
        if candidate:
            parsed = parse_date(candidate)
            if parsed is not None:
                meta.published = parsed
                break
    meta.authors = _ld_names(ld.get("author")) or _meta_authors(metas) or _byline_authors(tree)
    publisher = ld.get("publisher")
    meta.publisher = (
        _clean(_ld_str(publisher.get("name")) if isinstance(publisher, dict) else _ld_str(publisher))
        or metas.get("og:site_name") or metas.get("application-name") or _site_suffix(title_tag) or None
    )
    return meta


def _meta_tags(tree: Any) -> dict[str, str]:
    out: dict[str, str] = {}
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        value = _clean(el.get("content") or "")
        if key and value and key not in out:
            out[key] = value
    for el in tree.iter("link"):
        if "canonical" in (el.get("rel") or "").lower().split() and el.get("href"):
            out.setdefault("canonical", el.get("href").strip())
    return out


def _json_ld_article(tree: Any) -> dict[str, Any]:
    """The page's NewsArticle (or Article …) object from its JSON-LD scripts, if any."""
    for script in tree.xpath("//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        for obj in _walk_ld(data):
            types = obj.get("@type")
            types = types if isinstance(types, list) else [types]
            if any(isinstance(t, str) and t.lower() in _ARTICLE_TYPES for t in types) and (obj.get("headline") or obj.get("datePublished")):
                return obj
    return {}


def _walk_ld(data: Any) -> list[dict[str, Any]]:
    if isinstance(data, list):
        return [o for item in data for o in _walk_ld(item)]
    if isinstance(data, dict):
        return [data, *(o for o in _walk_ld(data.get("@graph", [])))]
    return []


def _ld_str(value: Any) -> str:
    if isinstance(value, list):
        value = value[0] if value else ""
    if isinstance(value, dict):
        value = value.get("name") or value.get("@id") or ""
    return value if isinstance(value, str) else ""


def _ld_names(value: Any) -> list[str]:
    items = value if isinstance(value, list) else [value] if value else []
    names: list[str] = []
    for item in items:
        name = _clean(_ld_str(item))
        if name and not name.startswith("http"):
            names.extend(split_names(re.sub(r"^by\s+", "", name, flags=re.I)))
    return names


def _meta_authors(metas: dict[str, str]) -> list[str]:
    for key in ("author", "article:author", "byl", "dc.creator", "parsely-author", "sailthru.author"):
        value = metas.get(key, "")
        if value and not value.startswith("http"):
            return split_names(re.sub(r"^by\s+", "", value, flags=re.I))
    return []


def _byline_authors(tree: Any) -> list[str]:
    for el in tree.xpath("//*[@rel='author'] | //*[@class]"):
        if el.get("rel") == "author" or _BYLINE_CLASS.search(el.get("class") or ""):
            names = parse_byline(_clean(el.text_content()))
            if names:
                return list(names)
    return []


def _time_datetime(tree: Any) -> str | None:
    for el in tree.xpath("//article//time[@datetime] | //time[@datetime]"):
        return el.get("datetime")
    return None


def _first_text(tree: Any, xpaths: list[str]) -> str | None:
    for xp in xpaths:
        for el in tree.xpath(xp):
            text = _clean(el.text_content())
            if text:
                return text
    return None


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip()


def _strip_site(title: str) -> str:
    return re.split(r"\s+[|–—-]\s+", title)[0].strip() if title else ""


def _site_suffix(title: str) -> str | None:
    parts = re.split(r"\s+[|–—]\s+", title)
    return parts[-1].strip() if len(parts) > 1 else None


def _base_href(tree: Any) -> str | None:
    base = tree.find(".//base")
    return base.get("href") if base is not None else None


# -- figures ----------------------------------------------------------------------------------


def _figures(tree: Any, base_url: str | None) -> tuple[list[ArticleImage], list[str]]:
    """Every `<figure>` with a caption and a credit, in page order; all of them leave the page."""
    images: list[ArticleImage] = []
    notes: list[str] = []
    candidates = tree.xpath(
        "//figure | //*[not(ancestor::figure) and not(self::figcaption) and not(self::body) and not(self::html)"
        " and contains(translate(@class, 'CAPTION', 'caption'), 'caption')]"
    )
    for fig in candidates:
        if fig.getroottree().getroot() is not tree:  # inside something dropped already
            continue
        if any(a.tag in ("nav", "footer", "aside") for a in fig.iterancestors()):
            fig.drop_tree()
            continue
        if fig.tag != "figure":  # a caption outside <figure>: "<p class=caption>X. Photograph: Y</p>"
            caption, credit = _split_figcaption(fig)
            if credit:
                images.append(ArticleImage(caption=credits.tidy_caption(caption), credit=credit))
                fig.drop_tree()
            continue
        img = next(fig.iter("img"), None)
        caption_el = next(fig.iter("figcaption"), None)
        caption, credit = "", None
        if caption_el is not None:
            caption, credit = _split_figcaption(caption_el)
            caption = credits.tidy_caption(caption)
        if credit is None:
            credit = _credit_outside_caption(fig, caption_el)
        alt = _clean(img.get("alt") or "") if img is not None else ""
        if not caption:
            caption = alt
        if credit is None:
            credit = _clean(fig.get("data-credit") or (img.get("data-credit") if img is not None else "") or "") or None
        src = _img_src(img, base_url) if img is not None else None
        fig.drop_tree()
        if not caption and not credit:
            continue
        if not credit:
            notes.append(f"a picture without a credit was left out: {caption[:80]!r}")
            continue
        images.append(ArticleImage(caption=caption or credit, credit=credit, src=src, alt=alt or None))
    for stray in list(tree.iter("figcaption")):
        stray.drop_tree()
    return images, notes


def _credit_outside_caption(fig: Any, caption_el: Any) -> str | None:
    """Some pages put the credit beside the caption: `<span class="credit">` or "Image source, X"."""
    for el in fig.iterdescendants():
        if el is caption_el or not isinstance(el.tag, str) or (caption_el is not None and caption_el in el.iterancestors()):
            continue
        if caption_el is not None and any(a is caption_el for a in el.iterancestors()):
            continue
        text = _clean(el.text_content())
        if not text or len(text) > 160:
            continue
        labelled = credits.credit_from_line(text)
        if labelled:
            return labelled
        if _CREDIT_CLASS.search(el.get("class") or "") and credits.looks_like_credit(text):
            return text
    return None


def _split_figcaption(el: Any) -> tuple[str, str | None]:
    credit_el = None
    for child in el.iterdescendants():
        if child.tag in ("small", "cite") or _CREDIT_CLASS.search(child.get("class") or ""):
            credit_el = child
            break
    if credit_el is not None:
        raw = _clean(credit_el.text_content())
        credit = credits.credit_from_line(raw) or raw.strip("() ")
        credit_el.drop_tree()  # lxml.html keeps the tail text
        caption = _clean(el.text_content())
        return caption.rstrip(" –—-|"), credit or None
    text = _clean(el.text_content())
    split = credits.split_trailing_credit(text) or credits.split_paren_credit(text, strict=False)
    if split:
        return split
    return text, None


def _img_src(img: Any, base_url: str | None) -> str | None:
    src = img.get("src") or ""
    if not src or src.startswith("data:"):  # lazy loading: the real picture waits in data-*
        src = img.get("data-src") or img.get("data-original") or img.get("data-lazy-src") or ""
    if not src and img.get("srcset"):
        src = img.get("srcset").split(",")[0].split()[0]
    src = src.strip()
    if not src or src.startswith("data:"):
        return None
    return urljoin(base_url, src) if base_url else src


# -- the story --------------------------------------------------------------------------------


def _main_blocks(tree: Any) -> tuple[list[str], str | None]:
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
    return _clean("".join(parts))


def _esc(text: str) -> str:
    return text.replace("[[", "[\\[")


def _drop_header_repeats(blocks: list[str], meta: _Meta) -> list[str]:
    """The extractor may keep the headline, standfirst, byline and dateline: they are metadata."""
    out = []
    heads = {_key(x) for x in (meta.title, meta.summary) if x}
    for i, block in enumerate(blocks):
        text = boilerplate.plain(block)
        if _key(text) in heads:
            continue
        if i < 6 and (parse_date(text) is not None or parse_byline(text, bare=False)
                      or (meta.authors and parse_byline(text) and set(parse_byline(text)) <= set(meta.authors))):
            continue
        out.append(block)
    return out


def _key(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().lower()
