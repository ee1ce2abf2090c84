"""Pictures in a page-text dump: captions and credits printed as text, taken out as `ArticleImage`s.

A copied page prints every picture's caption as a line of its own, often twice (the second time
with the credit after it), or with the credit on the next line, or behind a gallery counter. These
shapes are read here so the story's text keeps only its own sentences.
"""

from __future__ import annotations

import re

from briefkit.importer import boilerplate, credits
from briefkit.importer.article import ArticleImage
from briefkit.importer.bylines import parse_byline
from briefkit.importer.gallerycaptions import counted
from briefkit.importer.headshapes import PICTURE_WORD
from briefkit.importer.lazyre import compile_later

_MD_HEADING = compile_later(r"^#{1,6}\s+(?P<text>.+?)\s*#*$")
_PHOTO_CREDIT = compile_later(
    r"\b(?:Photo|Photos|Photograph|via|Getty|Images|Pool|Handout|AP|AFP|Reuters|EPA|Xinhua|Yonhap|KCNA|Sputnik)\b"
    # picture libraries and the picture-credit labels of other languages ("(Jane Roe / iStock.com)",
    # "(Foto: X)"; not "Quelle:", which also cites a sentence's source)
    r"|(?i:\b(?:istock|fotolia|shutterstock|adobe\s?stock|unsplash|pixabay|imago|picture[\s-]alliance|keystone)\b"
    r"|\b(?:foto|fotos|bild|photo|crédit|crédito)\s*:)"
)

_MD_IMAGE = compile_later(
    r'^!\[(?P<alt>[^\]]*)\]\((?P<src>[^\s)]+)(?:\s+["\'](?P<title>[^"\']*)["\'])?\)\s*(?P<rest>.*)$'
)
# Link text written for screen readers and buttons beside pictures: not part of any caption
_LINK_UI = compile_later(
    r",?\s*\(?\bopens\s+(?:in\s+)?(?:a\s+)?new\s+(?:tab|window)\)?|\s*\b(?:purchase|buy)\s+(?:licensing\s+rights|this\s+photo)\s*$",
    re.I,
)
# "[1/3] Caption …", "2 of 5 | Caption …": a gallery counter says the line is a picture's caption
_GALLERY = compile_later(r"^(?:\[\d{1,2}\s*/\s*\d{1,2}\]|\d{1,2}\s+of\s+\d{1,2}\s*[|:–-])\s*")
_CAPTION_LABEL = compile_later(r"^(?:image|photo|picture)\s+caption\s*[,:]?\s*", re.I)
_CREDIT_FIRST = compile_later(r"^(?:image|photo|picture)\s+(?:source|credit)\s*[,:]", re.I)
# "(avec AFP)", "(mit dpa)", "(with Reuters)": the wire whose copy the story was written with, not a picture's credit
_WRITTEN_WITH = compile_later(r"^(?:with|avec|mit|con|com|met|с|со|и|and|und|et|y|e)\s", re.I)


def _picture_marked(unit: str) -> tuple[str, bool]:
    """The unit without link-button text and gallery counters, and whether those said "picture"."""
    cleaned = unit
    while (stripped := _LINK_UI.sub("", cleaned).strip()) != cleaned:  # "… Purchase Licensing Rights, opens new tab"
        cleaned = stripped
    gallery = _GALLERY.match(cleaned)
    if gallery:
        cleaned = cleaned[gallery.end() :].strip()
    return cleaned, bool(gallery) or bool(re.search(r"licensing\s+rights|this\s+photo", unit, re.I))


def _image(caption: str, credit: str, src: str | None = None, alt: str | None = None) -> ArticleImage:
    """An image; a usage note printed with the caption ("For Use Only in …") becomes its licence."""
    caption, note = credits.split_usage_note(caption.strip())
    return ArticleImage(caption=caption, credit=credit, src=src, alt=alt, license=note)


def extract_images(units: list[str], *, head: int = 0) -> tuple[list[str], list[ArticleImage], list[str]]:
    """Take captions and credits out of the text, in reading order.

    The first `head` lines stand between a headline and its story, or open the story: there a line
    that ends on a photographer's bare name ("… this Wednesday. Jane Roe") is the lead picture's
    caption, since no paragraph of a story ends on a name standing alone."""
    out: list[str] = []
    images: list[ArticleImage] = []
    notes: list[str] = []
    i = 0
    counters, captions = counted(units)  # a gallery's captions stay in the text too: they tell its story
    while i < len(units):
        if i in counters:
            i += 1
            continue
        unit, marked = _picture_marked(units[i])
        nxt = _picture_marked(units[i + 1])[0] if i + 1 < len(units) else None
        # 0. a Markdown image, its credit beside it or on the next line ("*Photo: X*")
        md = _MD_IMAGE.match(unit)
        if md:
            consumed, credit = (
                1,
                credits.credit_from_line(boilerplate.plain(md.group("rest"))) if md.group("rest") else None,
            )
            if credit is None and nxt is not None:
                credit = credits.credit_from_line(boilerplate.plain(nxt))
                consumed = 2 if credit else 1
            caption = md.group("title") or md.group("alt") or ""
            if credit is None:
                split = credits.split_trailing_credit(caption) or credits.split_paren_credit(caption)
                if split:
                    caption, credit = split
            if credit and caption:
                images.append(_image(caption, credit, src=md.group("src"), alt=md.group("alt") or None))
            else:
                notes.append(f"a picture without a credit was left out: {caption or md.group('src')!r}")
            i += consumed
            continue
        # 1. credit first, then the caption under a label ("Image source, X" / "Image caption, Y")
        if _CREDIT_FIRST.match(unit) and nxt is not None and _CAPTION_LABEL.match(nxt):
            credit = credits.credit_from_line(unit) or ""
            caption = _CAPTION_LABEL.sub("", nxt).strip()
            consumed = 2
            if not caption and i + 2 < len(units):
                caption, consumed = units[i + 2].strip(), 3
            if credit and caption:
                images.append(_image(caption, credit))
                i += consumed
                continue
        # 2. the caption printed twice, the second time with its credit: "X" then "X (Credit)"
        if nxt is not None and _same_caption_with_credit(unit, nxt):
            credit = _credit_after(unit, nxt)
            images.append(_image(unit, credit))
            out += [images[-1].caption] if i in captions else []
            i += 2
            continue
        # 3. a caption followed by a credit line: "X" then "Photograph: Name/Agency"
        line_credit = credits.credit_from_line(nxt) if nxt is not None else None
        credit_first_next = (
            nxt is not None and _CREDIT_FIRST.match(nxt) and i + 2 < len(units) and _CAPTION_LABEL.match(units[i + 2])
        )
        if (
            line_credit
            and not credit_first_next
            and not credits.credit_from_line(unit)
            and len(unit.split()) <= 80
            and not _story_paragraph(unit)
            and not (len(unit.split()) > CAPTION_WORDS and _SENTENCE_BREAK.search(unit.strip()))
        ):
            images.append(_image(credits.tidy_caption(unit), line_credit))
            out += [images[-1].caption] if i in captions else []
            i += 2
            continue
        # 3b. a caption followed by a bare credit line: "X" then "Jane Roe/Sputnik/AFP/Getty Images"
        if nxt is not None and _is_bare_credit_line(nxt) and _reads_like_caption(unit):
            images.append(_image(credits.tidy_caption(unit), nxt.strip()))
            out += [images[-1].caption] if i in captions else []
            i += 2
            continue
        # a credit line with nothing that reads like a caption before it
        own_credit = credits.credit_from_line(unit)
        if own_credit:
            notes.append(f"a credit line without a caption was dropped: {unit.strip()!r}")
            i += 1
            continue
        # 4. caption and credit on one line: "X. Photograph: Name/Agency" / "X (AFP via Getty Images)"
        if len(unit.split()) <= 80 and not _MD_HEADING.match(unit):
            split = credits.split_trailing_credit(unit) or _lone_paren_caption(unit)
            if split is None and marked:
                split = credits.split_bare_credit(unit)
            if split is None and len(unit.split()) <= 60:
                split = _bare_credit_caption(unit) or credits.split_handout_credit(unit)
            if split is None and i < head:
                split = _named_credit_caption(unit) or _worded_credit_caption(unit)
            if split:
                images.append(_image(*split))
                out += [images[-1].caption] if i in captions else []
                i += 1
                continue
        out.append(units[i])
        i += 1
    return out, images, notes


# a sentence's end inside a line: a full stop after a word of three letters or more, before a capital
_SENTENCE_BREAK = compile_later(r"(?<=[^\W\d_]{3})[.!?][\"'”’»)]*\s+(?=[\"'“„«]?[A-ZÀ-ÞА-ЯЁ])")


def _story_paragraph(unit: str) -> bool:
    """A paragraph of three sentences and more is the story's, also above a picture printed
    with its credit only: a caption says what the picture shows in a sentence or two."""
    return len(_SENTENCE_BREAK.findall(unit.strip())) >= STORY_SENTENCES - 1


STORY_SENTENCES = 3
# a caption of two sentences says what the picture shows in so many words at most; longer, it is a paragraph
CAPTION_WORDS = 35


# a wire's name and, after the slash, an editor's initials in lower case: the story's source line
_DESK_SIGNATURE = compile_later(r"^[^\W\d_]{2,12}(?:\s*/\s*(?-i:[a-zà-ÿ]{1,4}))+$")


def _is_bare_credit_line(line: str) -> bool:
    """ "Jane Roe/Sputnik/AFP/Getty Images", "AFP via Getty Images": a credit with no label, alone on its line."""
    text = line.strip()
    if len(text.split()) > 8 or text.endswith((".", "!", "?", ":")) or not credits.looks_like_credit(text):
        return False
    if _DESK_SIGNATURE.match(text):  # "AFP/jm": the wire and its editor's initials sign the story, no picture
        return False
    return bool(re.search(r"\S/\S", text) or re.search(r"\bvia\b", text)) and bool(_PHOTO_CREDIT.search(text))


def _reads_like_caption(unit: str) -> bool:
    text = unit.strip()
    n = len(text.split())
    return 4 <= n <= 60 and not _MD_HEADING.match(text) and not credits.credit_from_line(text)


def _bare_credit_caption(unit: str) -> tuple[str, str] | None:
    """ "… on June 19, 2024. Jane Roe/Pool via REUTERS" outside a gallery: only with a chain of agencies
    ("AGENCY/Archive" too: a wire service names itself first and its archive after the slash)."""
    split = credits.split_bare_credit(unit)
    if split and ("/" in split[1] and re.search(r"\bvia\b|/[A-Z]{2,}\b|^[A-Z]{2,}/", split[1])):
        return split
    return None


def lead_caption(unit: str) -> ArticleImage | None:
    """The picture whose caption is the story's first line under its header, when that line ends on
    its photographer's bare name ("… this Wednesday. Jane Roe"): no paragraph ends on a name alone."""
    split = _named_credit_caption(boilerplate.plain(unit))
    return _image(*split) if split else None


def _named_credit_caption(unit: str) -> tuple[str, str] | None:
    """ "Works on the line, this Wednesday. Jane Roe": a caption of a few words closed by two or three
    capitalised words after its full stop, and maybe the outlet the photographer works for after a slash."""
    m = credits.TRAILING_BARE.match(unit.strip())
    if not m or "\t" in unit or not 4 <= len(m.group("caption").split()) <= 30:
        return None  # a table's row, or a teaser's paragraphs
    # (the photographer's outlet may follow after a slash: "… this Wednesday. Jane Roe / KXYZ")
    person, _, outlet = m.group("credit").partition("/")
    name = person.split()
    if not 2 <= len(name) <= 3 or not all(w[:1].isupper() and w.isalpha() for w in name):
        return None
    if outlet and not (1 <= len(outlet.split()) <= 3 and all(w[:1].isupper() for w in outlet.split())):
        return None
    if parse_byline(" ".join(name), bare=False) or not re.search(r"[^\W\d_]{3}[.!?]$", m.group("caption")):
        return None  # "… Von Jane Roe": a teaser signed by its writer; "… 17." is a number, not a sentence
    return credits.tidy_caption(m.group("caption")), m.group("credit").strip()


# "… on its last evening. Foto do autor": a picture's word opening a short credit after the caption's last sentence
_WORDED_CREDIT = compile_later(
    rf"^(?P<caption>.{{10,}}?[^\W\d_]{{2}}[.!?])\s+(?P<credit>{PICTURE_WORD}[^.!?:]{{0,60}})$"
)


def _worded_credit_caption(unit: str) -> tuple[str, str] | None:
    """A caption of a few words closed by a credit that opens on a picture's word, no colon after it."""
    m = _WORDED_CREDIT.match(unit.strip())
    if not m or not 4 <= len(m.group("caption").split()) <= 30:
        return None
    return credits.tidy_caption(m.group("caption")), m.group("credit").strip()


def _same_caption_with_credit(first: str, second: str) -> bool:
    a, b = _squash(first), _squash(second)
    if not a or not b.startswith(a) or len(b) <= len(a):
        return False
    tail = second.strip()[len(first.strip()) :].strip()
    return bool(re.fullmatch(r"\([^()]{1,120}\)", tail) or credits.credit_from_line(tail.lstrip(".").strip()))


def _credit_after(first: str, second: str) -> str:
    tail = second.strip()[len(first.strip()) :].strip()
    if tail.startswith("(") and tail.endswith(")"):
        return tail[1:-1].strip()
    return credits.credit_from_line(tail.lstrip(".").strip()) or tail


def _lone_paren_caption(unit: str) -> tuple[str, str] | None:
    """ "A caption (AP)" on its own: only when the words before read as a caption, not a sentence."""
    labelled = _labelled_paren(unit)
    split = credits.split_paren_credit(unit, strict=True) or labelled
    if not split or split[0].endswith(("!", "?", ":", ";", ",")) or _WRITTEN_WITH.match(split[1]):
        return None
    # "… on Wednesday. (Jane Roe/AP Photo)": a full stop is fine when the credit is unmistakable
    if split[0].endswith(".") and not (labelled or _PHOTO_CREDIT.search(split[1]) or _MAKER_SLASH.match(split[1])):
        return None
    if len(split[0].split()) < 3:
        return None
    return split


# "(foto Jane Roe)", "(photo J. R.)": a picture's word and its maker, no colon, alone in the parenthesis
_PAREN_LABEL = compile_later(r"^(?:fotos?|photos?|pics?|bild|beeld|фото)\s+(?P<maker>\S.{0,40})$", re.I)


# "(Jane Roe/Town Herald)": a photographer's full name, a slash, and the outlet they shot it for
_MAKER_SLASH = compile_later(
    r"^(?:[A-Z][\w'’.-]+\s+){1,3}[A-Z][\w'’.-]+\s*/\s*[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4}$"
)


def _labelled_paren(unit: str) -> tuple[str, str] | None:
    """ "A caption (foto Jane Roe)": a parenthesis of a few words that opens on the word for a picture
    credits its maker; a sentence's own aside pointing at a photo ("(photo below)") is told apart by
    the maker's capital or initials."""
    split = credits.split_paren_credit(unit, strict=False)
    m = _PAREN_LABEL.match(split[1]) if split else None
    if not split or not m or len(m.group("maker").split()) > 4 or not m.group("maker")[:1].isupper():
        return None
    return split[0], m.group("maker").strip()  # the maker, without the word for a picture


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()
