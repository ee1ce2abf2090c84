"""Page-text dumps (.txt, .md): what an analyst gets by copying a news page as text.

A dump is a list of lines with no markup: the headline first, then (in some order) the
standfirst, the byline and the dateline, then the story, with the page's furniture mixed in and
every picture's caption printed as text — often twice, the second time with the credit after
it. The reader works in passes, each on the output of the one before:

1. units: one paragraph per line (or per block, for hard-wrapped text);
2. pictures: caption/credit shapes become `ArticleImage`s and leave the text;
3. header: headline, standfirst, byline, dateline, recognised by shape;
4. boilerplate: furniture, appeals and the page's tail go (see `boilerplate`);
5. body: what is left becomes Markdown (paragraphs, headings, lists).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime

from briefkit.importer import boilerplate, credits
from briefkit.importer.article import Article, ArticleImage, ImportProblem
from briefkit.importer.bylines import parse_byline
from briefkit.importer.dates import parse_date

_URL = re.compile(r"^(?:url|source|link)?\s*:?\s*(https?://\S+)$", re.I)
_PUBLISHER_LINE = re.compile(r"^(?:publisher|source|published\s+by)\s*:\s*(?P<name>[^/]{2,60})$", re.I)
_LIST_ITEM = re.compile(r"^(?:[-*+•·▪–]\s+|(?P<num>\d{1,2})[.)]\s+)(?P<text>.+)$")
_MD_HEADING = re.compile(r"^#{1,6}\s+(?P<text>.+?)\s*#*$")
_SENTENCE_END = ('.', '!', '?', '"', '”', '’', "'", ':', ';', ',', ')')
MIN_BODY_WORDS = 40
_PHOTO_CREDIT = re.compile(
    r"\b(?:Photo|Photos|Photograph|via|Getty|Images|Pool|Handout|AP|AFP|Reuters|EPA|Xinhua|Yonhap|KCNA|Sputnik)\b")


@dataclass
class _Header:
    title: str
    summary: str | None = None
    authors: tuple[str, ...] = ()
    published: datetime | date | None = None
    url: str | None = None
    publisher: str | None = None
    notes: list[str] = field(default_factory=list)


def read_text_dump(text: str, *, markdown: bool = False, extra_boilerplate: tuple[str, ...] = ()) -> Article:
    """An `Article` from the text of a copied page; `ImportProblem` when it is not one."""
    units = _units(text, markdown=markdown)
    if not units:
        raise ImportProblem("the file is empty", "copy the article's text into it, or import the saved .html page")
    start, title = _headline(units, markdown)
    rest = units[start + 1:]
    rest, images, notes = extract_images(rest)
    header, body_start = _header(title, rest, extra_boilerplate)
    filtered = boilerplate.filter_blocks(rest[body_start:], extra_boilerplate)
    body_units = filtered.kept
    body_words = sum(len(boilerplate.words(boilerplate.plain(u))) for u in body_units)
    if body_words < MIN_BODY_WORDS:
        raise ImportProblem(
            f"not an article: only {body_words} words of text after the headline once page furniture is removed",
            "an article needs a headline and at least a few paragraphs of text",
        )
    standfirst = header.summary
    if header.summary is None:
        header.summary = first_sentences(strip_dateline(boilerplate.plain(body_units[0])))
        header.notes.append("no standfirst found: the summary is the body's first sentences")
    publisher = header.publisher or guess_publisher(filtered.removed + rest[:body_start])
    if publisher and not header.publisher:
        header.notes.append(f"publisher '{publisher}' guessed from the page's own text: check it")
    body = "\n\n".join(body_units) if markdown else to_markdown(body_units)
    return Article(
        title=header.title,
        body=body,
        summary=header.summary,
        standfirst=standfirst,
        authors=header.authors,
        publisher=publisher,
        published=header.published,
        url=header.url,
        images=tuple(images),
        notes=tuple(notes + header.notes),
    )


def _units(text: str, *, markdown: bool = False) -> list[str]:
    """Paragraphs: one per line, unless the text is hard-wrapped (then one per blank-separated block).

    In Markdown, a block holding a list, a quote, a table or code stays whole: its lines belong together.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ").replace("\ufeff", "")
    blocks = [b for b in re.split(r"\n\s*\n", text) if b.strip()]
    if markdown:
        units: list[str] = []
        for b in blocks:
            lines = [ln.rstrip() for ln in b.strip("\n").split("\n")]
            if any(re.match(r"^\s*(?:[-*+]\s|\d+[.)]\s|>|\||```|    )", ln) for ln in lines):
                units.append("\n".join(lines))
            else:
                units.extend(ln.strip() for ln in lines if ln.strip())
        return units
    multi = [b for b in blocks if b.count("\n") >= 1]
    lines = [ln for b in multi for ln in b.split("\n")]
    hard_wrapped = (
        len(multi) * 2 > len(blocks)
        and lines
        and sum(1 for ln in lines if 40 <= len(ln.rstrip()) <= 100) * 3 > len(lines) * 2
        and not any(_LIST_ITEM.match(ln.strip()) for ln in lines)
    )
    if hard_wrapped:
        return [re.sub(r"\s*\n\s*", " ", b).strip() for b in blocks]
    return [ln.strip() for ln in text.split("\n") if ln.strip()]


def _headline(units: list[str], markdown: bool) -> tuple[int, str]:
    for i, unit in enumerate(units[:12]):
        text = boilerplate.plain(unit) if markdown else unit.strip()
        if _URL.match(text) or boilerplate.is_interface_line(text) or parse_date(text) is not None:
            continue
        if len(boilerplate.words(text)) < 2 or len(text) > 300:
            continue
        return i, text.strip()
    total = sum(len(boilerplate.words(u)) for u in units)
    if total < MIN_BODY_WORDS:
        raise ImportProblem(f"not an article: no headline and only {total} words of text",
                            "an article needs a headline and at least a few paragraphs of text")
    raise ImportProblem("no headline: no line near the top reads like a title", "put the article's headline on the first line")


def extract_images(units: list[str]) -> tuple[list[str], list[ArticleImage], list[str]]:
    """Take captions and credits out of the text, in reading order."""
    out: list[str] = []
    images: list[ArticleImage] = []
    notes: list[str] = []
    i = 0
    while i < len(units):
        unit = units[i]
        nxt = units[i + 1] if i + 1 < len(units) else None
        # 1. the caption printed twice, the second time with its credit: "X" then "X (Credit)"
        if nxt is not None and _same_caption_with_credit(unit, nxt):
            credit = _credit_after(unit, nxt)
            images.append(ArticleImage(caption=unit.strip(), credit=credit))
            i += 2
            continue
        # 2. a caption followed by a credit line: "X" then "Photograph: Name/Agency"
        line_credit = credits.credit_from_line(nxt) if nxt is not None else None
        if line_credit and not credits.credit_from_line(unit) and len(unit.split()) <= 80:
            images.append(ArticleImage(caption=unit.strip(), credit=line_credit))
            i += 2
            continue
        # a credit line with nothing that reads like a caption before it
        own_credit = credits.credit_from_line(unit)
        if own_credit:
            notes.append(f"a credit line without a caption was dropped: {unit.strip()!r}")
            i += 1
            continue
        # 3. caption and credit on one line: "X. Photograph: Name/Agency" / "X (AFP via Getty Images)"
        if len(unit.split()) <= 60 and not _MD_HEADING.match(unit):
            split = credits.split_trailing_credit(unit) or _lone_paren_caption(unit)
            if split:
                images.append(ArticleImage(caption=split[0], credit=split[1]))
                i += 1
                continue
        out.append(unit)
        i += 1
    return out, images, notes


def _same_caption_with_credit(first: str, second: str) -> bool:
    a, b = _squash(first), _squash(second)
    if not a or not b.startswith(a) or len(b) <= len(a):
        return False
    tail = second.strip()[len(first.strip()):].strip()
    return bool(re.fullmatch(r"\([^()]{1,120}\)", tail) or credits.credit_from_line(tail.lstrip(".").strip()))


def _credit_after(first: str, second: str) -> str:
    tail = second.strip()[len(first.strip()):].strip()
    if tail.startswith("(") and tail.endswith(")"):
        return tail[1:-1].strip()
    return credits.credit_from_line(tail.lstrip(".").strip()) or tail


def _lone_paren_caption(unit: str) -> tuple[str, str] | None:
    """"A caption (AP)" on its own: only when the words before read as a caption, not a sentence."""
    split = credits.split_paren_credit(unit, strict=True)
    if not split or split[0].endswith(("!", "?", ":", ";", ",")):
        return None
    # "… on Wednesday. (Jane Roe/AP Photo)": a full stop is fine when the credit is unmistakable
    if split[0].endswith(".") and not _PHOTO_CREDIT.search(split[1]):
        return None
    if len(split[0].split()) < 3:
        return None
    return split


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _header(title: str, rest: list[str], extra: tuple[str, ...]) -> tuple[_Header, int]:
    """Standfirst, byline and dateline: the short run of lines between headline and story.

    Returns the header and the index just past its last line: furniture and appeals met on the
    way stay in the text, so the boilerplate pass sees whole appeal blocks.
    """
    header = _Header(title=title)
    seen_meta = False
    updated: datetime | date | None = None
    end = 0
    for i, unit in enumerate(rest[:14]):
        text = boilerplate.plain(unit)
        if boilerplate.is_interface_line(text) or boilerplate.is_login_line(text):
            continue
        url = _URL.match(text)
        pub = _PUBLISHER_LINE.match(text)
        when = parse_date(text)
        names = () if url or pub or when is not None else parse_byline(text)
        if url:
            header.url = header.url or url.group(1)
        elif pub:
            header.publisher = pub.group("name").strip()
        elif when is not None:
            if not re.match(r"^(?:updated|last\s+(?:updated|modified)|modified)", text, re.I):
                header.published = header.published or when
            else:  # only an "Updated …" line: better than no date, and said so
                updated = updated or when
            seen_meta = True
        elif names:
            header.authors = tuple(dict.fromkeys(header.authors + names))
            seen_meta = True
        elif boilerplate.is_appeal(text) or boilerplate.filter_blocks([text], extra).kept == []:
            continue
        elif header.summary is None and not seen_meta and 4 <= len(boilerplate.words(text)) <= 80 and i <= 3:
            header.summary = text
        else:
            break
        end = i + 1
    if header.published is None and updated is not None:
        header.published = updated
        header.notes.append("only a last-updated date was printed: it is used as the publication date")
    return header, end


def _first_body(rest: list[str]) -> int:
    """Fallback when the header scan ran out: the first long paragraph starts the story."""
    for i, unit in enumerate(rest):
        if len(unit.split()) >= 25:
            return i
    return 0


_DATELINE = re.compile(r"^[A-Z][A-Z .'-]{2,40}(?:,\s*[A-Z][\w .'-]{1,40})?\s*(?:\([A-Za-z .&-]{1,30}\))?\s*[—–-]{1,2}\s+")


def strip_dateline(text: str) -> str:
    """"SEOUL, South Korea (AP) — Officials said …" -> "Officials said …" (for summaries only)."""
    return _DATELINE.sub("", text, count=1)


def first_sentences(text: str, max_words: int = 45) -> str:
    """One or two sentences from the start of `text`, for a summary when there is no standfirst."""
    sentences = re.split(r"(?<=[.!?])\s+(?=[A-Z“\"])", text.strip())
    out = ""
    for sentence in sentences:
        candidate = f"{out} {sentence}".strip()
        if out and len(candidate.split()) > max_words:
            break
        out = candidate
        if len(out.split()) >= 20:
            break
    if len(out.split()) > max_words * 2:
        out = " ".join(out.split()[:max_words]) + "…"
    return out


def to_markdown(units: list[str]) -> str:
    """Plain paragraphs to Markdown: short title-like lines become headings, bullets become lists."""
    out: list[str] = []
    prev_list = False
    for i, unit in enumerate(units):
        text = unit.strip()
        item = _LIST_ITEM.match(text)
        if item:
            marker = f"{item.group('num')}." if item.group("num") else "-"
            line = f"{marker} {_escape(item.group('text'))}"
            if prev_list:
                out[-1] += "\n" + line
            else:
                out.append(line)
            prev_list = True
            continue
        prev_list = False
        if _is_heading(units, i):
            out.append(f"## {_escape(text)}")
        else:
            out.append(_escape(text))
    return "\n\n".join(out)


def _is_heading(units: list[str], i: int) -> bool:
    text = units[i].strip()
    n = len(text.split())
    if not 1 <= n <= 12 or text.endswith(_SENTENCE_END) or not text[:1].isupper():
        return False
    if i == 0 or i == len(units) - 1:
        return False
    return len(units[i + 1].split()) >= 15


def _escape(text: str) -> str:
    """Keep text from being read as Markdown structure it never had."""
    text = re.sub(r"^(#{1,6}\s|>|\d+[.)]\s|[-*+]\s|={3,}|-{3,})", r"\\\1", text)
    return text.replace("[[", "[\\[")


_NAME_IN_APPEAL = re.compile(
    r"\b(?:The\s+)?(?P<name>[A-Z][\w&]+(?:\s+[A-Z][\w&]+){0,2})(?:’s|'s)?\s+(?:readers|journalism|journalists|reporting|newsroom)\b"
    r"|\b(?P<the>The\s+[A-Z][\w&]+(?:\s+[A-Z][\w&]+){0,2})\s+(?:is|has|relies|depends|needs)\b"
    r"|©\s*(?:\d{4}\s+)?(?P<copy>[A-Z][\w&.]+(?:\s+[A-Z&][\w&.]*){0,4})"
)


def guess_publisher(removed: list[str]) -> str | None:
    """The publisher's name as its own furniture says it: "The X is …", "X readers", "© X"."""
    counts: Counter[str] = Counter()
    for block in removed:
        for m in _NAME_IN_APPEAL.finditer(block):
            name = (m.group("name") or m.group("the") or m.group("copy") or "").strip()
            if not name or name.lower() in {"our", "your", "the", "we", "other", "follow", "join"}:
                continue
            counts[re.sub(r"^The\s+", "", name)] += 1
            if m.group("copy"):
                counts[re.sub(r"^The\s+", "", name)] += 1
    if not counts:
        return None
    name, n = counts.most_common(1)[0]
    if n < 2:
        return None
    with_the = any(f"The {name}" in b for b in removed)
    return f"The {name}" if with_the else name
