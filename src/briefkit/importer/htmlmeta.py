"""A saved page's metadata: headline, standfirst, authors, date, publisher and canonical URL.

Each field is picked from all the claims the page makes (`htmlevidence`), with htmldate's
answer among them, by evidence: how reliable the place is, whether other places
agree, where on the page it stood and whether it has the shape of the field. No single source
is right everywhere — `og:title` carries the site's name, JSON-LD dates are sometimes the last
rebuild, the first `<h1>` is sometimes the logo — but they are rarely wrong the same way.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from briefkit.importer.htmlbody import clean_text
from briefkit.importer.htmlevidence import Claim, Evidence, gather, ld_str
from briefkit.importer.metapick import pick_authors, pick_date, pick_title, site_suffix

_EXTENSIVE_SECONDS = 0.25


@dataclass
class PageMeta:
    title: str | None = None
    summary: str | None = None
    authors: list[str] = field(default_factory=list)
    published: datetime | date | None = None
    publisher: str | None = None
    url: str | None = None
    notes: list[str] = field(default_factory=list)


def read_metadata(tree: Any) -> PageMeta:
    ev = gather(tree)
    _add_library_answers(tree, ev)
    meta = PageMeta()
    metas, ld = ev.metas, ev.ld
    meta.url = metas.get("canonical") or metas.get("og:url") or ld_str(ld.get("url")) or None
    meta.publisher = next(iter(ev.site_names), None) or site_suffix(ev.title_tag)
    meta.title = pick_title(ev)
    meta.published = pick_date(ev)
    if meta.published is None:
        _add_htmldate_extensive(tree, ev, meta.url)
        meta.published = pick_date(ev)
    meta.authors = pick_authors(ev, meta.publisher)
    meta.summary = (
        _first_text(
            tree,
            [
                f"//*[contains(concat(' ', normalize-space(@class), ' '), ' {c} ')]"
                for c in (
                    "standfirst",
                    "dek",
                    "article-standfirst",
                    "subtitle",
                    "sub-headline",
                    "strapline",
                    "article-summary",
                    "lede",
                    "intro",
                )
            ],
        )
        or metas.get("og:description")
        or metas.get("description")
        or clean_text(ld_str(ld.get("description")))
        or None
    )
    return meta


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


def _add_htmldate_extensive(tree: Any, ev: Evidence, url: str | None) -> None:
    """htmldate's extensive search, only for a page where no place printed a date it could read.

    Its last resort is dateparser over every locale, which takes seconds the first time; the
    search runs in a daemon thread and is given up after a quarter of a second (an import stays fast; the
    page then has no date, which the briefing leaves as a comment). A bare 1 January is
    htmldate's guess from a copyright year, not a publication date, and is not taken.
    """
    try:
        from htmldate import find_date
    except ImportError:
        return
    import copy
    import threading

    found: list[str] = []

    def search() -> None:
        try:
            answer = find_date(copy.deepcopy(tree), extensive_search=True, original_date=True, url=url)
        except Exception:  # noqa: BLE001 — a third-party parser's bug must not stop the import
            return
        if answer:
            found.append(answer)

    worker = threading.Thread(target=search, daemon=True)
    worker.start()
    worker.join(timeout=_EXTENSIVE_SECONDS)
    if found and not found[0].endswith("-01-01"):
        ev.dates.append(Claim(found[0], "htmldate"))


def _first_text(tree: Any, xpaths: list[str]) -> str | None:
    for xp in xpaths:
        for el in tree.xpath(xp):
            text = clean_text(el.text_content())
            if text:
                return text
    return None


def base_href(tree: Any) -> str | None:
    base = tree.find(".//base")
    return base.get("href") if base is not None else None
