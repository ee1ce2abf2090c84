"""The articles an RSS or Atom feed lists, for `briefkit import --feed URL|FILE`.

feedparser reads every feed dialect in use (RSS 0.9x–2.0, RDF, Atom 0.3/1.0, and the broken
ones real sites serve) and resolves relative links; hand-written XML code would read the
well-formed half. Only each item's link is used: the article itself is fetched and read as
`import URL` reads it, since a feed's summary is not the article.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from briefkit.importer.article import ImportProblem
from briefkit.importer.pageurls import absolute_url, web_base
from briefkit.importer.sources import is_url


@dataclass(frozen=True, slots=True)
class FeedItem:
    link: str | None  # the article's absolute http(s) address; None when the item has none usable
    title: str  # for messages: which item this is
    published: datetime | None = None  # what the feed says, for a page that does not say it
    authors: tuple[str, ...] = ()


def read_feed(source: str, *, timeout: float | None = None, max_bytes: int | None = None) -> list[FeedItem]:
    """The items of the feed at `source` (a URL or a file), in the feed's order."""
    try:
        import feedparser
    except ImportError:
        raise ImportProblem(
            "reading feeds needs feedparser (it is missing)", "pip install 'briefkit[import]'"
        ) from None
    if is_url(source):
        from briefkit.importer.fetch import FEED_TYPES, HTML_TYPES, MAX_BYTES, TIMEOUT, fetch

        got = fetch(
            source, timeout=timeout or TIMEOUT, max_bytes=max_bytes or MAX_BYTES, accept=FEED_TYPES + HTML_TYPES
        )
        announced = _announced_feed(got.body, got.url) if got.content_type in HTML_TYPES else None
        if announced:  # the site's page, which names its feed: what the user meant
            got = fetch(
                announced, timeout=timeout or TIMEOUT, max_bytes=max_bytes or MAX_BYTES, accept=FEED_TYPES + HTML_TYPES
            )
        raw, where = got.body, got.url
    else:
        try:
            raw = Path(source).read_bytes()
        except OSError as exc:
            raise ImportProblem(
                f"cannot read the feed: {exc.strerror or exc}",
                "give the path of a saved RSS or Atom file, or the feed's address",
            ) from None
        where = None
    # a stream, never a string: feedparser would fetch a string that looks like an address itself
    parsed = feedparser.parse(io.BytesIO(raw), response_headers={"content-location": where} if where else None)
    version = parsed.get("version") or ""
    if not version:
        why = f" ({parsed.get('bozo_exception')})" if parsed.get("bozo") else ""
        raise ImportProblem(
            f"not an RSS or Atom feed{why}", "give the address of the site's feed (often linked as RSS or /feed)"
        )
    base = web_base(where, parsed.feed.get("link"))
    items = []
    for entry in parsed.entries:
        link = entry.get("link") or next((x.get("href") for x in entry.get("links", []) if x.get("href")), None)
        if not link and str(entry.get("id", "")).startswith(("http://", "https://")):
            link = entry.get("id")  # an Atom entry's id is often its address
        title = (entry.get("title") or "").strip() or (link or "an item without a title")
        items.append(
            FeedItem(
                link=absolute_url(link, base),
                title=title,
                published=_published(entry),
                authors=tuple(
                    a.get("name", "").strip()
                    for a in entry.get("authors", [])
                    if isinstance(a, dict) and a.get("name", "").strip()
                ),
            )
        )
    return items


def _announced_feed(page: bytes, where: str) -> str | None:
    """The feed a web page announces with `<link rel="alternate" type="application/rss+xml" href=…>`."""
    for tag in re.findall(rb"<link\b[^>]*>", page[:200_000], re.IGNORECASE):
        text = tag.decode("utf-8", errors="replace")
        if re.search(r"\brel=[\"']?alternate", text, re.IGNORECASE) and re.search(
            r"\btype=[\"']?application/(?:rss|atom)\+xml", text, re.IGNORECASE
        ):
            href = re.search(r"\bhref=(?:\"([^\"]*)\"|'([^']*)'|([^\s>]+))", text, re.IGNORECASE)
            if href:
                return absolute_url(next(g for g in href.groups() if g is not None), where)
    return None


def _published(entry: Any) -> datetime | None:
    """The item's date as the feed gives it (feedparser normalises every format to UTC)."""
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    try:
        if not parsed:
            return None
        year, month, day, hour, minute, second = parsed[:6]
        return datetime(year, month, day, hour, minute, second, tzinfo=UTC)
    except (TypeError, ValueError):
        return None
