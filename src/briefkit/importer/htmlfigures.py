"""Pictures of a saved page: each `<figure>` (or captioned element) with its caption and credit.

Figures are taken out of the page before the story is extracted, so no caption or credit can
leak into the body; a picture without a credit is left out with a note, since a briefing may
only show credited pictures.
"""

from __future__ import annotations

import re
from typing import Any

from briefkit.importer import credits
from briefkit.importer.article import ArticleImage
from briefkit.importer.elementtext import clean_text
from briefkit.importer.gallerystories import is_gallery_story, leave_caption
from briefkit.importer.lazyre import compile_later
from briefkit.importer.pageurls import absolute_url
from briefkit.importer.worldcredits import CJK

_CREDIT_CLASS = compile_later(r"credit|copyright|attribution|photographer|byline|rights|source|courtesy", re.I)


def take_figures(tree: Any, base_url: str | None) -> tuple[list[ArticleImage], list[str]]:
    """Every `<figure>` with a caption and a credit, in page order; all of them leave the page."""
    images: list[ArticleImage] = []
    notes: list[str] = []
    gallery = is_gallery_story(tree)  # its captions tell the story: they stay in it (`gallerystories`)
    candidates = tree.xpath(
        "//figure | //*[not(ancestor::figure) and not(self::figcaption) and not(self::body) and not(self::html)"
        " and contains(translate(@class, 'CAPTION', 'caption'), 'caption')]"
        " | //p[not(ancestor::figure)][*[last()][contains(translate(@class, 'CREDIT', 'credit'), 'credit')]]"
    )
    for fig in candidates:
        if fig.getroottree().getroot() is not tree:  # inside something dropped already
            continue
        if any(a.tag in ("nav", "footer", "aside") for a in fig.iterancestors()):
            fig.drop_tree()
            continue
        if fig.tag == "p" and not _captioned_credit(fig):
            continue
        if fig.tag != "figure":  # a caption outside <figure>: "<p class=caption>X. Photograph: Y</p>"
            caption, credit = _split_figcaption(fig)
            if credit:
                # (a table's caption cell under the picture's cell: the picture is the one above it)
                img = _picture_above(fig)
                src = _img_src(img, base_url) if img is not None else None
                alt = clean_text(img.get("alt") or "") if img is not None else ""
                images.append(
                    ArticleImage(caption=credits.tidy_caption(caption), credit=credit, src=src, alt=alt or None)
                )
                if gallery:
                    leave_caption(fig, credits.tidy_caption(caption))
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
        alt = clean_text(img.get("alt") or "") if img is not None else ""
        if not caption:
            caption = alt
        if credit is None:
            credit = clean_text(fig.get("data-credit") or (img.get("data-credit") if img is not None else "") or "")
            credit = credit or None
        src = _img_src(img, base_url) if img is not None else None
        if not credit and _caption_is_story(caption_el):
            _keep_caption_paragraphs(fig, caption_el)
            continue
        if gallery:
            leave_caption(fig, caption)
        fig.drop_tree()
        if not caption and not credit:
            continue
        if not credit:
            notes.append(f"a picture without a credit was left out: {caption[:80]!r}")
            continue
        # no caption and no alt text: the writer leaves the picture as a comment to finish
        images.append(ArticleImage(caption=caption, credit=credit, src=src, alt=alt or None))
    for stray in list(tree.iter("figcaption")):
        stray.drop_tree()
    images += [] if gallery else _take_credited_captions(tree, base_url)
    for caption in _take_emphasised_captions(tree):
        notes.append(f"a picture without a credit was left out: {caption[:80]!r}")
    return images, notes


_LOOSE_CAPTION_WORDS = 60


def _only_a_picture(el: Any) -> bool:
    """An `<img>`, or an element holding pictures and no text (a link or a paragraph around one)."""
    if el.tag == "img":
        return True
    return el.find(".//img") is not None and not clean_text(el.text_content())


def _under_a_picture(em: Any) -> bool:
    """Nothing but line breaks between a picture and this element, in the same paragraph or as the
    next paragraph's only content."""
    prev = em.getprevious()
    while prev is not None and prev.tag == "br" and not (prev.tail or "").strip():
        prev = prev.getprevious()
    if prev is not None:
        return _only_a_picture(prev) and not (prev.tail or "").strip()
    parent = em.getparent()
    if parent is None or (parent.text or "").strip():
        return False
    if clean_text(parent.text_content()) != clean_text(em.text_content()):
        return False
    above = parent.getprevious()
    return above is not None and _only_a_picture(above) and not (above.tail or "").strip()


def _picture_above(el: Any) -> Any | None:
    """The picture printed right above a caption set outside `<figure>`: the element before it (or before
    its cell's row, up to two levels out) holding a picture and no text."""
    node = el
    for _ in range(3):
        prev = node.getprevious()
        while prev is not None and prev.tag == "br" and not (prev.tail or "").strip():
            prev = prev.getprevious()
        if prev is not None:
            img = next(prev.iter("img"), None) if _only_a_picture(prev) else None
            return img if img is not None and _seen(img) else None
        node = node.getparent()
        if node is None or (node.text or "").strip():
            return None
    return None


# a page's own marks drawn as pictures: a loading spinner, a button's icon, a placeholder for a lazy picture
_NO_PICTURE = compile_later(r"icon|spinner|loading|placeholder", re.I)


def _seen(img: Any) -> bool:
    """A picture the reader sees, not a hidden one or an icon or spinner of the page's own."""
    style = (img.get("style") or "").replace(" ", "").lower()
    shown = _img_src(img, None) or ""  # (a lazy picture's own address, not the placeholder in its src)
    return "display:none" not in style and not _NO_PICTURE.search(f"{img.get('class') or ''} {shown}")


_CAPTION_TAGS = ("p", "div", "span", "td", "font", "small", "center")


def _take_credited_captions(tree: Any, base_url: str | None) -> list[ArticleImage]:
    """A line set right under a picture outside `<figure>` that ends in its credit ("<p><img></p><p>The quay at
    dawn. Photo: Jane Roe</p>"): the picture's caption, with the picture's address. A story's paragraph may
    follow a picture too, but it does not close on a photographer's credit; only a caption-sized line counts."""
    taken: list[ArticleImage] = []
    for el in list(tree.iter(*_CAPTION_TAGS)):
        if el.getparent() is None or len(el) and any(c.tag in _CAPTION_TAGS or c.tag == "img" for c in el):
            continue
        text = _lines_text(el)
        if not text or len(text.split()) > _LOOSE_CAPTION_WORDS or (el.tail or "").strip():
            continue
        split = credits.split_trailing_credit(text) or credits.split_paren_credit(text, strict=True)
        if split is None or not _under_a_picture(el):
            continue
        split = (split[0], credits.credit_from_line(split[1]) or split[1])  # "(Photo: Jane Roe)": the name
        img = _picture_above(el)
        src = _img_src(img, base_url) if img is not None else None
        alt = clean_text(img.get("alt") or "") if img is not None else ""
        el.drop_tree()
        taken.append(ArticleImage(caption=credits.tidy_caption(split[0]), credit=split[1], src=src, alt=alt or None))
    return taken


def _lines_text(el: Any) -> str:
    """The element's text with its line breaks read as spaces: "The quay<br>Photo: Jane Roe"."""
    return clean_text(" ".join(part.strip() for part in el.itertext()))


_SMALL_PRINT = compile_later(r"©|\(c\)|copyright", re.I)


def _take_emphasised_captions(tree: Any) -> list[str]:
    """Captions a page sets in italics or in small type right under a picture, outside `<figure>`
    ("<img><br><em>The old depot in 1950.</em><br>", an old table layout's `<font size=-1>`): run into
    the story's paragraph they would read as its sentences. A story's italics sit inside its lines; a
    line of italics that stands alone under a picture, ended by a line break, is what the picture
    shows. They leave the page, with a note."""
    taken: list[str] = []
    for em in list(tree.iter("em", "i", "font", "small")):
        if em.getparent() is None or any(a.tag in ("figure", "em", "i", "font", "small") for a in em.iterancestors()):
            continue
        text = clean_text(em.text_content())
        after = em.getnext()
        if (
            not text
            or len(text.split()) > _LOOSE_CAPTION_WORDS
            or (em.tail or "").strip()
            or (after is not None and after.tag != "br")
            or not _under_a_picture(em)
            or (em.tag in ("font", "small") and not _small_type_caption(em, text))
        ):
            continue
        em.drop_tree()
        taken.append(text)
    return taken


def _small_type_caption(el: Any, text: str) -> bool:
    """Small type set on the line under the picture in the same box (`<img><br><font>…`), in a few words
    that are no label: small type is also a page's date or small print beside its logo in the next cell,
    an advertisement's label ("PUBLICIDAD") or a copyright line under a banner."""
    prev = el.getprevious()
    worded = len(text.split()) >= _SMALL_CAPTION_WORDS or len(CJK.findall(text)) >= 2 * _SMALL_CAPTION_WORDS
    return prev is not None and prev.tag == "br" and worded and not _SMALL_PRINT.search(text)


_SMALL_CAPTION_WORDS = 3  # (or twice as many characters of a script written without spaces)


def _caption_is_story(caption_el: Any) -> bool:
    """A caption is a line or two; a `<figcaption>` holding several paragraphs of its own is the
    text of a gallery's slide (a list of ideas, each a picture and its write-up), which is the
    story itself on such pages, so it stays even when the picture has to go. Two paragraphs that
    open alike are one notice printed twice for different screens, not a write-up."""
    if caption_el is None:
        return False
    texts = [t for p in caption_el.iter("p") if (t := clean_text(p.text_content()))]
    return len(texts) >= 2 and len({" ".join(t.split()[:5]).casefold() for t in texts}) == len(texts)


def _keep_caption_paragraphs(fig: Any, caption_el: Any) -> None:
    """Put the caption's paragraphs where the figure stood, as plain page text."""
    block = fig.makeelement("div", {})
    for p in [p for p in caption_el.iter("p") if clean_text(p.text_content())]:
        block.append(p)
    block.tail = fig.tail
    parent = fig.getparent()
    if parent is None:
        fig.drop_tree()
        return
    parent.replace(fig, block)


def _captioned_credit(p: Any) -> bool:
    """A paragraph that ends in an element classed as a credit is a picture's caption printed
    outside `<figure>` ("A boat in the harbour. <span class=credit>By Jane Roe</span>"): a story's
    paragraph may quote a source inline, but it does not close on a credit with nothing after it,
    and a caption is a sentence or two, not a paragraph of the story."""
    if "caption" in (p.get("class") or "").lower():
        return True  # the caption-classed reading already holds it
    if not len(p):
        return False
    return not (p[-1].tail or "").strip() and len(clean_text(p.text_content()).split()) <= 60


def _credit_outside_caption(fig: Any, caption_el: Any) -> str | None:
    """Some pages put the credit beside the caption: `<span class="credit">` or "Image source, X"."""
    for el in fig.iterdescendants():
        inside_caption = caption_el is not None and caption_el in el.iterancestors()
        if el is caption_el or not isinstance(el.tag, str) or inside_caption:
            continue
        if caption_el is not None and any(a is caption_el for a in el.iterancestors()):
            continue
        text = clean_text(el.text_content())
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
        raw = clean_text(credit_el.text_content())
        credit = credits.credit_from_line(raw) or raw.strip("() ")
        credit_el.drop_tree()  # lxml.html keeps the tail text
        caption = clean_text(el.text_content())
        return caption.rstrip(" –—-|"), credit or None
    text = clean_text(el.text_content())
    whole = credits.credit_from_line(text)  # "Photo: Jane Roe": a credit and no caption
    if whole:
        return "", whole
    split = credits.split_trailing_credit(text) or credits.split_paren_credit(text, strict=False)
    if split:
        return split
    return text, None


def _img_src(img: Any, base_url: str | None) -> str | None:
    # lazy loading: the real picture waits in data-*, the src holds a placeholder (a blank, a spinner's gif)
    lazy = img.get("data-src") or img.get("data-original") or img.get("data-lazy-src") or ""
    src = lazy if lazy.strip() and not lazy.startswith("data:") else img.get("src") or ""
    if not src and img.get("srcset"):
        src = img.get("srcset").split(",")[0].split()[0]
    src = src.strip()
    if not src or src.startswith("data:"):
        return None
    return absolute_url(src, base_url) or src  # the writer notes an address it cannot use
