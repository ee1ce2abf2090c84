"""What Pagefind reads of each briefing page, written before the pages are rendered.

A cold build's Pagefind run is the longest single piece of work in it (~1.6 s for 1,000
briefings, mostly on one core), and `searchplace.EarlyIndex` could only start it once the
render stage had put every briefing page in the new site's folder. Yet with the built-in theme
Pagefind reads only four things from a briefing page: the title and date it is given as
metadata, the body marked `data-pagefind-body`, and the actor, sanction and tag links marked as
filters; all four are known once the bodies are rendered and the site assembled. So a cold
build writes, for each briefing, a small document holding just those, in the markup the theme
gives them, and starts Pagefind on the documents while the render stage renders the pages.

The documents must index exactly as the pages do: `tests/test_search_cold.py` compares the
bundles made from both, file by file. Only the theme's `data-pagefind-*` attributes are assumed:
a site with a template of its own that mentions Pagefind may mark other parts, so it gets its
rendered pages indexed, as before (`theme_marks_briefings`); and `EarlyIndex` still checks, page
by page as they are rendered, that the pages marked for indexing are the briefings' and only
they (a site's `briefing.html` that marks nothing is caught there).
"""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from briefkit.urls import briefing_path
from briefkit.views import date_view

if TYPE_CHECKING:
    from briefkit.assemble import Site
    from briefkit.config import SiteConfig


def theme_marks_briefings(config: SiteConfig) -> bool:
    """Whether only the theme's templates mark what Pagefind reads: no template of the site's
    own mentions Pagefind (one that cannot be read counts as mentioning it)."""
    folder = config.templates_dir
    if not folder.is_dir():
        return True
    for path in folder.rglob("*"):
        try:
            if path.is_file() and b"pagefind" in path.read_bytes().lower():
                return False
        except OSError:
            return False
    return True


def document(config: SiteConfig, site: Site, bid: str) -> bytes:
    """A briefing's search document: the parts of its page Pagefind reads, marked as the
    theme's `briefing.html` marks them (metadata and filters as text, the body as rendered)."""
    content = site.content
    b = content.briefings[bid]
    body = site.bodies.get(bid)
    day = date_view(b.date, date_only=b.date_only, timezone=config.timezone).iso[:10]
    parts = [
        f'<!DOCTYPE html>\n<html lang="{escape(config.language)}">\n<head><meta charset="utf-8"></head>\n<body>\n',
        f'<h1 data-pagefind-meta="title">{escape(b.title, quote=False)}</h1>\n',
        f'<span data-pagefind-meta="date:{escape(day)}"></span>\n',
        f'<div class="body prose" data-pagefind-body>\n{getattr(body, "html", "") or ""}\n</div>\n',
    ]
    for r in b.actors:
        if r.id in content.actors:
            parts.append(f'<a data-pagefind-filter="actor">{escape(content.actors[r.id].name, quote=False)}</a>\n')
    for ref in b.sanctions:
        if (sanction := content.sanctions.get(ref.id)) is not None:
            parts.append(f'<a data-pagefind-filter="sanction">{escape(sanction.title, quote=False)}</a>\n')
    for slug in site.briefing_tags.get(bid, ()):
        name = site.tags[slug].name if slug in site.tags else slug
        parts.append(f'<a data-pagefind-filter="tag">{escape(name, quote=False)}</a>\n')
    parts.append("</body>\n</html>\n")
    return "".join(parts).encode("utf-8")


def write_documents(config: SiteConfig, site: Site, folder: Path) -> list[tuple[str, Path]]:
    """Each briefing's document at its page's address under `folder` (base path included, as
    Pagefind's result URLs are the files' paths): (root-relative URL, file), sorted by URL."""
    written = []
    for bid in sorted(site.briefings):  # the render stage's order: Pagefind numbers pages as it finds them
        url = briefing_path(bid)
        dest = folder / config.url(url).lstrip("/") / "index.html"
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.write_bytes(document(config, site, bid))
        written.append((url, dest))
    return sorted(written)
