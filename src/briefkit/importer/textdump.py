"""Page-text dumps (.txt, .md): what an analyst gets by copying a news page as text.

A dump is a list of lines with no markup: the headline first, then (in some order) the
standfirst, the byline and the dateline, then the story, with the page's furniture mixed in and
every picture's caption printed as text — often twice, the second time with the credit after
it. The reader works in passes, each on the output of the one before:

1. units: one paragraph per line (or per block, for hard-wrapped text);
2. pictures: caption/credit shapes become `ArticleImage`s and leave the text;
3. header: headline, then standfirst, byline, dateline, recognised by shape (`dumpheader`);
4. boilerplate: furniture, appeals and the page's tail go (see `boilerplate`);
5. body: what is left becomes Markdown (paragraphs, headings, lists).
"""

from __future__ import annotations

import re
from collections import Counter

from briefkit.importer import (
    authornotes,
    boilerplate,
    embeds,
    nameforms,
    openingbylines,
    sourcelines,
    storyboxes,
    storyedges,
    storyspan,
    storytrim,
    textaround,
)
from briefkit.importer.article import THIN_PAGE_NOTE, Article, ImportProblem
from briefkit.importer.boilerplate import SENTENCE_END
from briefkit.importer.bylines import parse_byline
from briefkit.importer.dates import CLOCK, find_date, localise, parse_date
from briefkit.importer.dumpdates import page_date
from briefkit.importer.dumpheader import URL_LINE, Header, read_header
from briefkit.importer.lazyre import compile_later
from briefkit.importer.storytail import signed_above
from briefkit.importer.textmarkdown import LIST_ITEM, to_markdown
from briefkit.importer.textpictures import extract_images, lead_caption

_MD_HEADING = compile_later(r"^#{1,6}\s+(?P<text>.+?)\s*#*$")
# Fewer words than this is no article (a search page's "No results."); fewer than MIN_BODY_WORDS
# may be a short news item or a picture post, imported with a note.
MIN_ARTICLE_WORDS = 15
MIN_BODY_WORDS = 40


def read_text_dump(text: str, *, markdown: bool = False, extra_boilerplate: tuple[str, ...] = ()) -> Article:
    """An `Article` from the text of a copied page; `ImportProblem` when it is not one."""
    units = _units(text, markdown=markdown)
    if not units:
        raise ImportProblem("the file is empty", "copy the article's text into it, or import the saved .html page")
    span = None if markdown else storyspan.locate(units)
    end: int | None = None
    if span is not None:
        start, title, rest = span.title, span.headline, units[span.title + 1 + span.listed : span.end]
        head = span.start - span.title - 1 - span.listed
    else:
        start, title = _headline(units, markdown)
        end = None if markdown else storyspan.story_end(units)
        rest, head = units[start + 1 : end if end is not None and end > start + 1 else None], 0
    # "Sie sind hier: Home » Europa » … » Emden": a trail of links over the story ends in its headline
    crumbs = [part.strip() for part in storyspan.CRUMB_MARK.split(title)]
    if len(crumbs) >= 3 and boilerplate.words(crumbs[-1]) and not boilerplate.is_interface_line(crumbs[-1]):
        title = crumbs[-1]
    # the lines above the story's first paragraph and the story, each without its pictures
    head_zone = rest[:head]
    above, images, notes = extract_images(head_zone, head=head)
    story, story_images, story_notes = extract_images(rest[head:], head=1)
    # (the lead picture's caption taken out right under the head's lines, as the head's last line or the
    # story's first: the lines over it are the header's)
    over_picture = head_zone[-1:] != above[-1:] or bool(above) and rest[head : head + 1] != story[:1]
    rest, images, notes = above + story, images + story_images, notes + story_notes
    header, body_start = read_header(title, rest, extra_boilerplate, units)
    if header.authors:  # "by The Town Herald" over the story's own "By Jane Roe": the account that posted it
        weak = not header.signed or any(openingbylines.is_account_address(a) for a in header.authors)
        header.authors = openingbylines.opening_byline(rest[body_start:], header.authors, weak=weak) or header.authors
        header.authors = openingbylines.without_addresses(header.authors)
    around = span or storyspan.Span(start, start + 1, len(units))
    header.published, date_note = page_date(units, around, header.published, header.updated_only, header.url)
    header.notes += [date_note] if date_note else []
    # a page whose story was not located still ends where its furniture starts: a signature closes it there
    closed = storyspan.Span(start, start + 1, end) if span is None and end is not None and end > start + 1 else around
    if header.authors and not header.signed:  # a bare name in the header's fields, a signed credit below
        header.authors = (
            textaround.labelled_signature(units, closed, set(range(start + 1, closed.start))) or header.authors
        )
    header.authors = header.authors or textaround.authors_near(units, closed, header.published)
    # "Redaktion" over a story whose last lines name its source ("Fonte: ANSA"): the wire it ran signs it; a
    # wire named only in the dateline ("Town (SID) -") leaves the desk that signed the house's rewrite
    # ("Geschrieben von: Redaktion" over a story closing on "Text: Jane Roe / Fotos: …": the writer it credits)
    if header.authors and all(textaround.DESK.match(a) for a in header.authors):
        header.authors = (
            textaround.labelled_signature(units, closed, set(range(start + 1, closed.start)))
            or sourcelines.closing_source(units, closed)
            or header.authors
        )
    header.authors = header.authors or (textaround.top_dated_byline(units) if span is None else ())
    lines = storyedges.without_head_furniture(rest[body_start : len(above)], over_picture=over_picture)
    lines += rest[max(body_start, len(above)) :]
    if span is not None:
        lines = storyedges.without_repeated_labels(lines, units[: span.title], units[span.end :])
    filtered = boilerplate.filter_blocks(embeds.without_polls(storyboxes.without_asides(lines)), extra_boilerplate)
    body_units, boxed = storyboxes.without_boxes(filtered.kept, header.authors)
    signers = header.authors + signed_above(body_units, rest[: max(body_start, len(above))])
    body_units = storytrim.trimmed(authornotes.without_author_note(body_units, signers), header.title)
    # the story's first line once the header's furniture is gone, ending on a bare name after its sentence:
    # the lead picture's caption and its photographer, printed where the picture stood over the story
    lead_picture = lead_caption(body_units[0]) if len(body_units) > 1 else None
    if lead_picture is not None:
        images.append(lead_picture)
        body_units = body_units[1:]
    if span is not None and header.summary and opens_story(header.summary):
        body_units.insert(0, header.summary)
    body_words = sum(boilerplate.count_words(boilerplate.plain(u)) for u in body_units)
    if body_words < MIN_BODY_WORDS:
        header.notes.append(f"only {body_words} words of article text found: compare the body with the page")
    if body_words < MIN_ARTICLE_WORDS:
        raise ImportProblem(
            f"not an article: only {body_words} words of text after the headline once page furniture is removed",
            "an article needs a headline and at least a few paragraphs of text",
            draft=_draft(header, body_units) if header.published is not None else None,
        )
    header.published, zone_note = localise(header.published, boilerplate.plain(body_units[0]))
    if zone_note:
        header.notes.append(zone_note)
    # a standfirst the body opens with is not printed twice (as for a saved page)
    standfirst = None if body_units and header.summary == body_units[0] else header.summary
    if header.summary is None:
        header.summary = first_sentences(strip_dateline(boilerplate.plain(body_units[0])))
        header.notes.append("no standfirst found: the summary is the body's first sentences")
    outside = units[: span.title] + units[span.end :] if span is not None else []
    publisher = header.publisher or guess_publisher(filtered.removed + boxed + rest[:body_start] + outside)
    if publisher and not header.publisher:
        header.notes.append(f"publisher '{publisher}' guessed from the page's own text: check it")
    body = "\n\n".join(body_units) if markdown else to_markdown(body_units)
    return Article(
        title=header.title,
        body=body,
        summary=header.summary,
        standfirst=standfirst,
        authors=nameforms.as_boxed(header.authors, units),  # a byline's bent names as the author box prints them
        publisher=publisher,
        published=header.published,
        url=header.url,
        images=tuple(images),
        notes=tuple(notes + header.notes),
    )


def opens_story(text: str) -> bool:
    """Whether the line between headline and story (a lead, a subtitle, an epigraph) is the story's
    start, as the saved page's importer keeps it: a reader of the page reads it first.

    Whole sentences are the lead paragraph. A shorter line is a subtitle unless it is the page's
    own furniture that the header pass did not place: a line with a date or a clock time in it
    ("Posted on …", "Erstellt am …"), a byline, a counter or label of a few words with a number
    ("Photo 1 of 5", "4 min read"; not a law's section, "Under § 5 …"), the story's age
    ("2 hours ago …") or a row of links ("A - B - C"). Asked only with a found story: without one
    the headline is the first title-like line, and the line under it often a site's motto.
    """
    n = len(boilerplate.words(text))
    if n >= 15 and text.rstrip().endswith((".", "!", "?", '"', "”", "»", ":")) or n >= _LEAD_WORDS:
        return True
    return not (
        find_date(text) is not None
        or CLOCK.search(text)
        or _AGE.match(text)
        or parse_byline(text, bare=False)
        or (n <= 5 and any(c.isdigit() for c in text) and "§" not in text)  # "§ 5 …" cites a law, counts nothing
        or len(_LINK_ROW.findall(text)) >= 2
    )


_LEAD_WORDS = 25
# "vor 5 Stunden in …", "3 hours ago · …", "il y a 2 jours": the story's age as the page printed it
_AGE = compile_later(r"(?:vor|il\s+y\s+a|hace|há)\s+\d+\s+\w+|\d+\s+\w+\s+(?:ago|fa|geleden|назад)\b", re.I)
_LINK_ROW = compile_later(r"\s[-–|/]\s")


def _draft(header: Header, body_units: list[str]) -> Article:
    """A dated page whose text did not come through, as a draft: what was found, and a note."""
    return Article(
        title=header.title,
        body=to_markdown(body_units),
        summary=header.summary,
        standfirst=header.summary,
        authors=header.authors,
        publisher=header.publisher,
        published=header.published,
        url=header.url,
        notes=(*header.notes, THIN_PAGE_NOTE),
        draft=True,
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
        and not any(LIST_ITEM.match(ln.strip()) for ln in lines)
    )
    if hard_wrapped:
        return [re.sub(r"\s*\n\s*", " ", b).strip() for b in blocks]
    return _join_split_datelines(
        [ln.strip() for ln in text.split("\n") if ln.strip() and not _SERVER_MESSAGE.search(ln)]
    )


# "Warning: … in /var/www/…/x.php on line 12": a server's error message printed over the page, no line of it
_SERVER_MESSAGE = compile_later(r"\sin\s+/\S+\.php\s+on\s+line\s+\d+\s*$")
_BYLINE_WORD = compile_later(r"^(?:by|von|par|por|di|door|de|autor(?:in)?|author|автор)(?:\s?:)?$", re.I)


def _join_split_datelines(lines: list[str]) -> list[str]:
    """ "CNN" / "—" / "Officials said …" on three lines (a page's layout) is one dateline paragraph."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        if _BYLINE_WORD.match(lines[i]) and i + 1 < len(lines) and 1 <= len(lines[i + 1].split()) <= 6:
            out.append(f"{lines[i]} {lines[i + 1]}")  # "Von" / "Jane Roe": a byline the layout split
            i += 2
            continue
        if (
            lines[i] in ("—", "–", "-", "--")
            and out
            and len(out[-1].split()) <= 4
            and i + 1 < len(lines)
            and len(lines[i + 1].split()) >= 8
        ):
            out[-1] = f"{out[-1]} {lines[i]} {lines[i + 1]}"
            i += 2
            continue
        out.append(lines[i])
        i += 1
    return out


def _headline(units: list[str], markdown: bool) -> tuple[int, str]:
    for i, unit in enumerate(units[:12]):
        text = boilerplate.plain(unit) if markdown else unit.strip()
        if URL_LINE.match(text) or boilerplate.is_interface_line(text) or parse_date(text) is not None:
            continue
        if boilerplate.count_words(text) < 2 or len(text) > 300:
            continue
        if not (markdown and _MD_HEADING.match(unit)) and _is_kicker(text, units[i + 1 : i + 4], markdown):
            continue
        return i, text.strip()
    total = sum(boilerplate.count_words(u) for u in units)
    if total < MIN_ARTICLE_WORDS:
        raise ImportProblem(
            f"not an article: no headline and only {total} words of text",
            "an article needs a headline and at least a few paragraphs of text",
        )
    raise ImportProblem(
        "no headline: no line near the top reads like a title", "put the article's headline on the first line"
    )


def _is_kicker(text: str, following: list[str], markdown: bool) -> bool:
    """A section label above the headline ("North Korea", "Asia Pacific", "World News").

    Its shape: at most three capitalised words and no sentence punctuation, with a longer
    title-like line right after it. A real headline is rarely that short.
    """
    tokens = text.split()
    if (
        len(tokens) > 3
        or text.endswith(SENTENCE_END)
        or not all(t[:1].isupper() or t in ("&", "and", "of") for t in tokens)
    ):
        return False
    for unit in following:
        nxt = boilerplate.plain(unit) if markdown else unit.strip()
        if boilerplate.is_interface_line(nxt):
            continue
        n = len(boilerplate.words(nxt))
        return 4 <= n <= 30 and parse_date(nxt) is None and not parse_byline(nxt, bare=False)
    return False


_DATELINE = compile_later(
    r"^[A-Z][A-Z .'-]{2,40}(?:,\s*[A-Z][\w .'-]{1,40})?\s*(?:\([A-Za-z .&-]{1,30}\))?\s*[—–-]{1,2}\s+"
)


def strip_dateline(text: str) -> str:
    """ "SEOUL, South Korea (AP) — Officials said …" -> "Officials said …" (for summaries only)."""
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


_NAME_IN_APPEAL = compile_later(
    r"\b(?:The\s+)?(?P<name>[A-Z][\w&]+(?:\s+[A-Z][\w&]+){0,2})(?:’s|'s)?\s+(?:readers|journalism|journalists|reporting|newsroom)\b"
    r"|\b(?P<the>The\s+[A-Z][\w&]+(?:\s+[A-Z][\w&]+){0,2})\s+(?:is|has|relies|depends|needs)\b"
    r"|(?:©|\([cC]\)|Copyright)\s*(?:\d{4}\s+)?(?P<copy>[A-Z][\w&]+(?:\.(?!\s))?(?:\s+[A-Z&][\w&]*(?:\.(?!\s))?){0,4})"
)


# "all rights reserved" and "reproduction reserved" after the © sign, in the eight languages
_RIGHTS_RESERVED = compile_later(
    r"^(?:all|alle|todos|tous|tutti|riproduzione|reproduction|reproducción|reprodução|все)\b", re.I
)


def guess_publisher(removed: list[str]) -> str | None:
    """The publisher's name as its own furniture says it: "The X is …", "X readers", "© X"."""
    counts: Counter[str] = Counter()
    for block in removed:
        for m in _NAME_IN_APPEAL.finditer(block):
            name = (m.group("name") or m.group("the") or m.group("copy") or "").strip()
            if not name or name.lower() in {"our", "your", "the", "we", "other", "follow", "join"}:
                continue
            if _RIGHTS_RESERVED.match(name):
                continue  # "© 2024 Todos los derechos reservados": the notice's own words, no name
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
