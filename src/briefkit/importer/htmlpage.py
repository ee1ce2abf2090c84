"""Saved HTML pages → `Article`: three readers over one parsed tree, then the shared text passes.

`htmlmeta` reads the metadata, `htmlfigures` takes the pictures out (so no caption leaks into
the story), `htmlbody` extracts the story as Markdown blocks; the header repeats, loose captions
and furniture the extractor kept then go through the same passes as a text dump's.
"""

from __future__ import annotations

import re
from typing import Any

from briefkit.importer import boilerplate, houselines, pagedata, pagesize, readwalls
from briefkit.importer.article import THIN_PAGE_NOTE, Article, ImportProblem
from briefkit.importer.authornotes import without_author_note
from briefkit.importer.beside import MISSING
from briefkit.importer.browsernotices import without_browser_notices
from briefkit.importer.bylines import parse_byline
from briefkit.importer.closinglines import without_closing_notices
from briefkit.importer.copublished import without_copublication_notes
from briefkit.importer.dates import localise, parse_date
from briefkit.importer.elementtext import INLINE_TAGS, clean_text
from briefkit.importer.gallerystories import is_gallery_story
from briefkit.importer.headlinelead import lead_over_story
from briefkit.importer.htmlbody import main_blocks
from briefkit.importer.htmlfigures import take_figures
from briefkit.importer.htmlmeta import PageMeta, base_href, read_metadata
from briefkit.importer.htmlstart import Started, start_reading
from briefkit.importer.htmltails import without_closing_box, without_role_line
from briefkit.importer.lazyre import compile_later
from briefkit.importer.navlines import neighbours_line
from briefkit.importer.pageurls import page_addresses
from briefkit.importer.textdump import (
    MIN_ARTICLE_WORDS,
    MIN_BODY_WORDS,
    extract_images,
    first_sentences,
    strip_dateline,
)
from briefkit.importer.writerbios import without_writer_bio


def read_html(text: str, *, extra_boilerplate: tuple[str, ...] = (), page_url: str | None = None) -> Article:
    """An `Article` from a saved page; `ImportProblem` when the page holds no article.

    `page_url` is where the page was fetched from (after redirects), when it was.
    """
    return read_started(start_reading(text), extra_boilerplate=extra_boilerplate, page_url=page_url)


def read_started(started: Started, *, extra_boilerplate: tuple[str, ...] = (), page_url: str | None = None) -> Article:
    """`read_html` of a page `start_reading` parsed; its story's child is stopped when this returns."""
    tree, story_soon = started.tree, started.story_soon
    try:
        meta = read_metadata(tree)
        if not meta.title:
            raise ImportProblem(
                "no headline: the page has no <h1>, og:title, JSON-LD headline or <title>",
                "save the article page itself, not an index or search page",
            )
        meta.url, base = page_addresses(meta.url, base_href(tree), page_url)
        gallery = is_gallery_story(tree)  # its captions stay in the story as well (`gallerystories`)
        images, image_notes = take_figures(tree, base)
        story = story_soon.answer()
    finally:
        story_soon.cancel()
    if story is MISSING:  # no child (or no answer from it): the same work, here
        story = main_blocks(tree)
    size_notes = list(started.size_notes)
    blocks, cut = pagesize.cut_blocks(story.blocks)
    extractor_note = story.note
    size_notes += [pagesize.CUT_STORY_NOTE.format(n=pagesize.MAX_STORY_CHARS)] if cut else []
    blocks = _drop_header_repeats(blocks, meta)
    # captions a page printed outside <figure> ("… Photograph: X" paragraphs) still leave the body;
    # the house's copyright line under the story first, so it is not read as the last paragraph's credit
    blocks, loose_images, loose_notes = extract_images(without_closing_notices(blocks, meta.publisher, meta.url))
    images += loose_images
    image_notes += loose_notes
    blocks = blocks if gallery else _without_caption_repeats(blocks, images)
    filtered = boilerplate.filter_blocks(blocks, extra_boilerplate)
    # the note on the author a column or blog prints under each story of theirs, as in a text dump
    kept = without_author_note(_without_appended_stories(filtered.kept), tuple(meta.authors))
    kept = [b for b in kept if not _pager(b)]
    # the lines a site prints in its own voice into every story (a pointer to more news "here", the
    # funding note, the printed issue's note) and the walls set across it (a feature for registered
    # readers only) are the same furniture whether the page was saved or copied: the extractor keeps
    # them, as they are paragraphs inside the story's element
    kept = without_browser_notices(houselines.without_house_lines(readwalls.without_walls(kept)))
    kept = without_copublication_notes(kept)  # the story published jointly with a partner: the page's note
    # the site's copyright notice or house line under the last paragraph, then the card on the writer
    kept = without_closing_notices(kept, meta.publisher, meta.url)
    kept = without_role_line(without_writer_bio(kept, tuple(meta.authors), tree), tuple(meta.authors))
    body_blocks = _lead_into_body(meta.summary, _drop_trailing_headings(without_closing_box(kept)), tree)
    if meta.date_search is not None:  # the search ran while the story was read
        meta.published = meta.date_search()
    words = sum(boilerplate.count_words(boilerplate.plain(b)) for b in body_blocks)
    notes = meta.notes + image_notes + ([extractor_note] if extractor_note else []) + size_notes
    if words < MIN_ARTICLE_WORDS:
        raise ImportProblem(
            f"not an article: only {words} words of article text found on the page",
            "save the article page itself; an index, search or log-in page cannot be imported",
            draft=_draft(meta, body_blocks, images, notes) if meta.published is not None else None,
        )
    if words < MIN_BODY_WORDS:  # a news brief is short; an index page has no text: say so, import it
        notes.append(f"only {words} words of article text found: compare the body with the page")
    meta.published, zone_note = localise(meta.published, boilerplate.plain(body_blocks[0]))
    notes += [zone_note] if zone_note else []
    summary = meta.summary
    # a description that is the story's first paragraph is no standfirst: the body has it already
    opens_body = bool(summary) and boilerplate.text_key(summary or "") == boilerplate.text_key(
        boilerplate.plain(body_blocks[0])
    )
    standfirst = None if opens_body else meta.summary
    if not summary:
        summary = first_sentences(strip_dateline(boilerplate.plain(body_blocks[0])))
        notes.append("no standfirst found: the summary is the body's first sentences")
    return Article(
        title=meta.title,
        body="\n\n".join(body_blocks),
        summary=summary,
        standfirst=standfirst,
        authors=tuple(dict.fromkeys(meta.authors)),
        publisher=meta.publisher,
        published=meta.published,
        url=meta.url,
        images=tuple(images),
        notes=tuple(notes),
        links=_kept_links(story.links, body_blocks),
    )


def _lead_into_body(summary: str | None, blocks: list[str], tree: Any) -> list[str]:
    """The body with the page's lead paragraph before it, when the extractor left the lead out.

    A page that sets its first paragraph apart (a larger teaser under the headline, the
    description printed in the page) has it dropped by the extractor as if it were a deck; when
    that text is whole sentences printed in the page and the body does not hold it, the story
    starts with it. A description only the page's metadata carries (its head, a script's data),
    or one cut short ("…"), is no paragraph of the story.
    """
    lead = (summary or "").strip()
    body = tree.find("body")
    if not blocks or body is None:
        return blocks
    body_text = " ".join(boilerplate.plain(b) for b in blocks)
    joined = boilerplate.text_key(body_text)
    fuller = _paragraph_the_summary_abridges(lead, body, body_text, joined)
    if fuller:
        return [fuller, *blocks]
    if len(boilerplate.words(lead)) >= 15 and lead.endswith(_CLOSED) and boilerplate.text_key(lead) not in joined:
        printed = re.compile(r"\W+".join(re.escape(w) for w in re.findall(r"\w+", lead)))
        seen = len(printed.findall(body.text_content()))
        unseen = sum(
            len(printed.findall(e.text_content())) for e in body.iter("script", "style", "noscript", "template")
        )
        if seen > unseen:
            return [lead, *blocks]
    return _printed_lead(lead, tree, blocks, joined)


def _printed_lead(summary: str, tree: Any, blocks: list[str], body_key: str) -> list[str]:
    """The body with the lead the page prints between its headline and the story before it, when
    the description is a shorter rewording of that lead (most of its words are the lead's) and the
    body lacks it. A paragraph sharing few of the description's words is something else."""
    lead = lead_over_story(tree)
    if not lead:
        return blocks
    wanted = {w.casefold() for w in re.findall(r"\w+", summary)}
    if not wanted or len(wanted - {w.casefold() for w in re.findall(r"\w+", lead)}) * 2 > len(wanted):
        return blocks
    key = boilerplate.text_key(lead)
    first = boilerplate.text_key(boilerplate.plain(blocks[0]))
    if not key or key in body_key or (first and first in key):
        return blocks
    return [lead.replace("[[", "[\\["), *blocks]


# how a paragraph of the story ends (a description cut short ends in "…")
_CLOSED = (".", "!", "?", '"', "”", "»")


def _paragraph_the_summary_abridges(summary: str, body: Any, body_text: str, body_key: str) -> str | None:
    """The page's paragraph that the description shortens, when the body left it out.

    A description is often the lead cut short ("… thanks to these") or reworded a little (a word
    dropped, two swapped): then it is not printed whole, yet a paragraph of the page holds all its
    words and more, ending in a full stop. Such a paragraph (a p, or a div set as one: its own text
    and inline elements only), outside the page's menus and boxes,
    is the story's lead, which the extractor dropped as a deck. A paragraph whose words the body
    already uses (nearly all of them) is the body again: a teaser retelling it, or a wrapper that
    holds the whole story; and one holding a script is no paragraph of the story.
    """
    wanted = {w.casefold() for w in re.findall(r"\w+", summary)}
    if len(wanted) < 8:
        return None
    body_words = {w.casefold() for w in re.findall(r"\w+", body_text)}
    for p in body.iter("p", "div"):
        if p.tag == "div" and not _text_only(p):
            continue
        if any(a.tag in ("nav", "aside", "footer", "header", "form") for a in p.iterancestors()):
            continue
        text = clean_text(p.text_content())
        have = {w.casefold() for w in re.findall(r"\w+", text)}
        if len(wanted - have) > len(wanted) // 10 or len(have) < len(wanted) + 5:
            continue
        if not text.endswith(_CLOSED) or boilerplate.text_key(text) in body_key:
            return None
        if next(p.iter("script", "style"), None) is not None or len(have - body_words) < len(have) / 5:
            return None
        return text.replace("[[", "[\\[")
    return None


def _text_only(div: Any) -> bool:
    """A div used as a paragraph: its own text and inline elements, no block (a lead "<div class=…>Text.</div>")."""
    return bool((div.text or "").strip()) and all(not isinstance(c.tag, str) or c.tag in INLINE_TAGS for c in div)


def _draft(meta: PageMeta, blocks: list[str], images: list, notes: list[str]) -> Article:
    """A dated page whose text did not come through, as a draft: what was found, and a note."""
    return Article(
        title=meta.title or "",
        body="\n\n".join(blocks),
        summary=meta.summary,
        standfirst=meta.summary,
        authors=tuple(dict.fromkeys(meta.authors)),
        publisher=meta.publisher,
        published=meta.published,
        url=meta.url,
        images=tuple(images),
        notes=(*notes, THIN_PAGE_NOTE),
        draft=True,
    )


def _kept_links(links: list[tuple[str, str]], blocks: list[str]) -> tuple[tuple[str, str], ...]:
    """The story's web links whose text the kept story still holds.

    They go beside the briefing (as front-matter comments), not into its text: a link's Markdown
    would split the sentence it sits in for every search and quotation of it.
    """
    text = " ".join(blocks)
    return tuple((t, href) for t, href in links if re.search(rf"(?<!\w){re.escape(t)}(?!\w)", text))


def _drop_header_repeats(blocks: list[str], meta: PageMeta) -> list[str]:
    """The extractor may keep the headline, byline and dateline: they are metadata.

    Short lines the extractor kept above the headline ("Press releases", "Most discussed") are the
    page's, not the story's: a story starts under its headline. A paragraph above it stays (a lead
    printed before the headline is rare, but losing it would cost the story's start).

    A block that repeats the page's description stays: sites put their first paragraph in the
    description more often than a separate standfirst, and dropping it would lose the story's start.
    """
    out: list[str] = []
    title = boilerplate.text_key(meta.title or "")
    seen = False
    for i, block in enumerate(blocks):
        if i < 6:
            block = _without_published_label(block)
            if not block or _data_list(block):
                continue
        text = boilerplate.plain(block)
        if i < 12 and title and boilerplate.text_key(_LEADING_DATE.sub("", text)) == title:
            if not seen and all(boilerplate.count_words(boilerplate.plain(b)) < 20 for b in out):
                out = []  # short lines above the story's own headline: a box's heading, a site's label, a search prompt
            seen = True
            continue  # the headline, also with the date run into it ("27.01.2022Headline")
        if (
            i < 6
            and len(text) < 200
            and (
                parse_date(text) is not None
                or parse_byline(text, bare=False)
                or (meta.authors and parse_byline(text) and set(parse_byline(text)) <= set(meta.authors))
            )
        ):
            continue
        out.append(block)
    return out


# the label a page prints before the story's date, verb or noun ("Veröffentlicht:", "Veröffentlichung:",
# "Date de publication :"), in the languages read, with its colon
_PUBLISHED_PREFIX = compile_later(
    r"^(?:date\s+de\s+publication|data\s+de\s+publica[çc][ãa]o|fecha\s+de\s+publicaci[óo]n|"
    r"data\s+di\s+pubblicazione|publication|published|posted|veröffentlicht|veröffentlichung|publiziert|"
    r"erschienen|publié|publicado|publicada|publicación|publicação|pubblicato|pubblicazione|gepubliceerd|"
    r"publicatie|опубликовано|публикация)"
    r"(?:\s+(?:on|am|le|el|il|em|op|в))?\s*:\s*",
    re.I,
)
_DATE_WORDS = 8
_STORY_WORDS = 20


_CAPTION_WORDS = 30  # a caption a page prints again as a line of its own is short


def _without_caption_repeats(blocks: list[str], images: list) -> list[str]:
    """The story less a line that is a picture's caption printed again (a header's copy of the
    caption over the photo): the caption stays with its picture; a paragraph of the story is never
    exactly a caption's words. A caption that is only the picture's alt text was never printed:
    a page may write its lead into the alt text, so it says nothing of the story's lines."""
    captions = {boilerplate.text_key(i.caption) for i in images if i.caption and i.caption != i.alt}
    captions.discard("")
    if not captions:
        return blocks
    return [
        b
        for b in blocks
        if b.lstrip().startswith(("#", "-", "|", ">", "!"))
        or boilerplate.count_words(boilerplate.plain(b)) > _CAPTION_WORDS
        or boilerplate.text_key(boilerplate.plain(b)) not in captions
    ]


def _without_published_label(block: str) -> str:
    """A block less the publication label opening it and the date after it: the label alone (its
    date printed apart, or not at all) is "", and the label and date run into the story's first
    paragraph are cut off it. Either is a field of the page, which the front matter holds."""
    found = _PUBLISHED_PREFIX.match(block)
    if found is None:
        return block
    rest = block[found.end() :]
    if not rest.strip():
        return ""
    words = rest.split()
    for n in range(min(_DATE_WORDS, len(words)), 0, -1):
        if parse_date(" ".join(words[:n])) is not None:
            # a short rest is more of the page's fields ("Filed under:"), which the lines after read whole
            return " ".join(words[n:]) if len(words) - n >= _STORY_WORDS else block
    return block


_DATA_ITEM_WORDS = 8


def _data_list(block: str) -> bool:
    """A list of the story's fields above it (a CMS's "Details": written by, category, published,
    views): at least half its items a date, a filing or a byline, none of them a sentence."""
    lines = block.split("\n")
    if len(lines) < 3 or not all(line.startswith("- ") for line in lines):
        return False
    items = [boilerplate.plain(line[2:]).strip() for line in lines]
    if any(len(t.split()) > _DATA_ITEM_WORDS or t.endswith((".", "!", "?")) for t in items):
        return False
    data = sum(1 for t in items if pagedata.is_page_data(t) or parse_byline(t, bare=False))
    return 2 * data >= len(items)


# a link to the page before or after this one, told by the arrow at its outer end ("« Previous: …",
# "Next: … »"); a quotation has its marks at both ends
_BACK_ARROW = "«‹←◄"
_ON_ARROW = "»›→►"


def _pager(block: str) -> bool:
    """A list of one to three links to the neighbouring pages, each with an arrow at one end only."""
    lines = block.split("\n")
    if not 1 <= len(lines) <= 3 or not all(line.startswith("- ") for line in lines):
        return False
    items = [boilerplate.plain(line[2:]).strip() for line in lines]
    return all(t and (t[0] in _BACK_ARROW) != (t[-1] in _ON_ARROW) for t in items)


_LEADING_DATE = compile_later(r"^\s*\d{1,2}\.\d{1,2}\.\d{2,4}[,\s|–-]*")


def _without_appended_stories(blocks: list[str]) -> list[str]:
    """The story without the next stories a page appends under it (an endless scroll's).

    Each appended story opens with the same section label over its own headline: a heading the
    body prints at least twice, each time with another heading right under it. A story's own
    subheadings differ from one another; a label repeated over headlines is a list. The story
    ends where the first of them stands, when text of the story came before it.
    """
    labels: dict[str, list[int]] = {}
    for i, block in enumerate(blocks[:-1]):
        if block.startswith("#") and blocks[i + 1].startswith("#") and blocks[i + 1] != block:
            labels.setdefault(block.strip(), []).append(i)
    starts = [found[0] for found in labels.values() if len(found) >= 2]
    first = min(starts, default=0)
    if first and any(not b.startswith("#") for b in blocks[:first]):
        return blocks[:first]
    return blocks


_BOX_LINE_WORDS = 20


def _box_line(block: str) -> bool:
    """A heading, a table, or a short line that is no sentence: what a sidebar's box holds."""
    if block.startswith("#") or block.startswith("|"):
        return True
    text = boilerplate.plain(block).strip()
    return (
        "\n" not in block
        and not block.startswith("- ")
        and boilerplate.count_words(text) <= _BOX_LINE_WORDS  # (Chinese or Japanese: by characters)
        and not re.search(r"[.!?…:。！？؟।][\"'”’»)」』]*$", text)
    )


def _drop_trailing_headings(blocks: list[str]) -> list[str]:
    """Headings at the end with no text under them (the titles of other stories, a box's heading),
    a last line that introduces something ("Read more:") the page did not give with the story, and
    the sidebar's boxes printed after the story: two or more headings, each over a table or a short
    line that is no sentence (a league table, the next dates, the sponsors). A story's own last
    section under a heading says something in sentences."""
    end = len(blocks)
    start = end
    while start > 1 and _box_line(blocks[start - 1]):
        start -= 1
    while start < end and not blocks[start].startswith("#"):
        start += 1
    if start > 0 and sum(1 for b in blocks[start:end] if b.startswith("#")) >= 2:
        end = start
    while end > 1 and (
        blocks[end - 1].startswith("#")
        or _is_label(blocks[end - 1])
        or _dangling(blocks[end - 1])
        or _pager_then_labels(blocks[:end])
    ):
        end -= 1
    return blocks[:end]


# words no sentence ends on (articles, possessives, prepositions), in the languages read: a line ending
# on one lost the link that finished it ("See all our offers in our", "Mehr dazu unter")
_UNFINISHED = frozenset(
    """the a an our your to at on in into for of with from by via
    der die das den dem des ein eine einen einem einer unser unsere unseren unserem unserer ihr ihre ihren
    ihrem zum zur im am auf unter bei über von mit für nach in an
    le la les un une des du de notre nos votre vos sur dans sous chez pour avec par au aux
    el los las una unos nuestro nuestra nuestros nuestras su sus en con para por del al
    il lo gli uno nostro nostra nostri nostre suo sua nel nella sul sulla dal dalla per tra fra di da
    o os um uma nosso nossa nossos nossas seu sua no na nos nas em com pelo pela
    het een onze ons uw op bij naar voor van met
    в на по к из у для наш нашем нашей наших""".split()
)
_DANGLING_WORDS = 20


def _pager_then_labels(blocks: list[str]) -> bool:
    """The last line is the links to the neighbouring stories ("« Previous: Title | Next: Title »", as a
    copied page prints them too), or a short line that is no sentence (the next box's label) under them."""
    for i in range(len(blocks) - 1, max(len(blocks) - 3, 0), -1):
        if neighbours_line(blocks[i]):
            return True
        if not _box_line(blocks[i]):
            return False
    return False


def _dangling(block: str) -> bool:
    """A short last line that breaks off on a word no sentence ends on: what it pointed to was a
    link the page did not give with the story (a newsletter, a shop), so the line is the page's."""
    text = boilerplate.plain(block).strip()
    words = text.split()
    return (
        "\n" not in block
        and 2 <= len(words) <= _DANGLING_WORDS
        and text[-1].isalpha()
        and words[-1].casefold() in _UNFINISHED
    )


def _is_label(block: str) -> bool:
    text = boilerplate.plain(block)
    return text.endswith(":") and len(text.split()) <= 12 and "\n" not in block
