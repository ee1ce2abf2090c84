"""A saved page's metadata: headline, standfirst, authors, date, publisher and canonical URL.

Each field is picked from all the claims the page makes (`htmlevidence`), with htmldate's
answer among them, by evidence: how reliable the place is, whether other places
agree, where on the page it stood and whether it has the shape of the field. No single source
is right everywhere — `og:title` carries the site's name, JSON-LD dates are sometimes the last
rebuild, the first `<h1>` is sometimes the logo — but they are rarely wrong the same way.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from briefkit.importer import datesearch
from briefkit.importer.authorpick import opening_poster, pick_authors
from briefkit.importer.elementtext import clean_text
from briefkit.importer.headlinelead import lead_under_headline
from briefkit.importer.htmlevidence import gather
from briefkit.importer.lazyre import compile_later
from briefkit.importer.markupmeta import Claim, Evidence, ld_str
from briefkit.importer.metapick import only_modified, opening_post_date, pick_date
from briefkit.importer.monthonly import month_start, months_only
from briefkit.importer.pagelanguage import page_language
from briefkit.importer.sitenames import site_suffix, words
from briefkit.importer.titlepick import pick_title


@dataclass
class PageMeta:
    title: str | None = None
    summary: str | None = None
    authors: list[str] = field(default_factory=list)
    published: datetime | date | None = None
    publisher: str | None = None
    url: str | None = None
    notes: list[str] = field(default_factory=list)
    # the date, when it is still being searched for: call once the rest of the page is read
    date_search: Callable[[], datetime | date | None] | None = None


_MODIFIED_NOTE = "only a last-modified date was found: it is used as the publication date"
_MONTH_NOTE = "only the month of publication was found: its first day is used as the publication date"


def _finish_date(
    ev: Evidence, answer: Callable[[], str | None], notes: list[str]
) -> Callable[[], datetime | date | None]:
    def finish() -> datetime | date | None:
        found = answer()
        if found and not found.endswith("-01-01"):  # a bare 1 January is a copyright year's guess
            ev.dates.append(Claim(found, "htmldate"))
        when = pick_date(ev)
        if when is None and (when := month_start(months_only(c.value for c in ev.dates))) is not None:
            notes.append(_MONTH_NOTE)
        if only_modified(ev, when):
            notes.append(_MODIFIED_NOTE)
        return when

    return finish


def _publisher(ev: Evidence, title: str | None) -> str | None:
    """The site's name, never the headline.

    Some sites fill their name fields per page ("Headline - Site" in `application-name`, the
    headline alone in `og:site_name`); such a field gives its site part, or nothing. A part that is the
    headline's opening words ("Site - Wells win funding" over "Wells win funding for repairs") is the
    headline cut to fit the field, not a name.
    """
    headline = " ".join(words(title or ""))

    def holds_headline(text: str) -> bool:
        said = " ".join(words(text))
        return bool(headline) and (headline in said or len(said.split()) >= 3 and headline.startswith(said + " "))

    for name in ev.site_names:
        if not holds_headline(name):
            return name
        rest = site_suffix(name)
        if rest and not holds_headline(rest):
            return rest
    rest = site_suffix(ev.title_tag)
    return rest if rest and not holds_headline(rest) else None


def read_metadata(tree: Any) -> PageMeta:
    ev = gather(tree)
    ev.lang = page_language(tree)
    _add_library_answers(tree, ev)
    meta = PageMeta()
    metas, ld = ev.metas, ev.ld
    meta.url = metas.get("canonical") or metas.get("og:url") or ld_str(ld.get("url")) or None
    meta.title = pick_title(ev)
    meta.publisher = _publisher(ev, meta.title)
    meta.published = pick_date(ev) or opening_post_date(ev)
    if meta.published is None:  # htmldate's extensive search, beside the rest of the import
        meta.date_search = _finish_date(ev, datesearch.start(tree, meta.url), meta.notes)
    elif only_modified(ev, meta.published):
        meta.notes.append(_MODIFIED_NOTE)
    meta.authors = pick_authors(ev, meta.publisher, meta.title) or opening_poster(ev)
    meta.summary = _without_markup(
        _first_text(
            tree,
            (
                "standfirst",
                "dek",
                "article-standfirst",
                "subtitle",
                "sub-headline",
                "strapline",
                "article-summary",
                "lede",
                "intro",
            ),
        )
        or metas.get("og:description")
        or metas.get("description")
        or clean_text(ld_str(ld.get("description")))
        or lead_under_headline(tree)
        or None
    )
    return meta


# a tag as a description's markup writes it: "<a href=…>", "</i>", never "a < b"
_TAG = compile_later(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>")
# the link a CMS closes a post's excerpt with ("… <a class=more href=…>Read more</a>"): its words are the site's
_CLOSING_LINK = compile_later(r"\s*(?:\[?…\]?|\.\.\.)?\s*<a\s[^<>]*>[^<>]{0,40}</a>\W{0,3}$", re.IGNORECASE)


def _without_markup(summary: str | None) -> str | None:
    """A description as its words: some CMSs write the excerpt's HTML into the page's description, tags
    and the "Read more" link that closes it included, which a briefing's summary would print as text."""
    if not summary or not _TAG.search(summary):
        return summary
    cut = _CLOSING_LINK.sub("", summary)
    words_only = clean_text(_TAG.sub(" ", cut))
    if cut != summary and words_only and not words_only.endswith((".", "!", "?", "…", '"', "”", "»")):
        words_only += " …"  # the excerpt stopped mid-sentence where its link began: say it goes on
    return words_only or None


def _add_library_answers(tree: Any, ev: Evidence) -> None:
    """htmldate's date joins the claims: a candidate, weighed with the page's own, not the answer.

    htmldate scans the whole page (its meta names, its text patterns) and finds a date where the
    page has no structured one far more often than any rule here. trafilatura's
    `extract_metadata` was tried as a witness too and dropped: its title is the first <h1>
    again, its author added nothing on real pages (author 68.4 % with it, 69.2 % without) and it
    cost up to half a second on a long page.
    """
    try:
        from htmldate import find_date
    except ImportError:
        return
    import logging

    logging.getLogger("htmldate").setLevel(logging.ERROR)
    try:
        day = find_date(tree, extensive_search=False, original_date=True, url=ev.metas.get("canonical"))
    except Exception:  # noqa: BLE001 — a third-party parser's bug must not stop the import
        return
    if day:
        ev.dates.append(Claim(day, "htmldate"))


def _first_text(tree: Any, classes: tuple[str, ...]) -> str | None:
    """The text of the first element (in page order) of the first of `classes` one has text.

    One pass over the elements with a class: an XPath search per class, with its string
    functions, cost a tenth of a second on a large page.
    """
    found: dict[str, list[Any]] = {c: [] for c in classes}
    for el in tree.xpath("//*[@class]"):
        for token in set(_XML_SPACE.split(el.get("class"))) & found.keys():  # XPath's normalize-space
            found[token].append(el)
    for c in classes:
        for el in found[c]:
            text = clean_text(el.text_content())
            if text:
                return text
    return None


_XML_SPACE = compile_later(r"[ \t\r\n]+")


def base_href(tree: Any) -> str | None:
    base = tree.find(".//base")
    return base.get("href") if base is not None else None
