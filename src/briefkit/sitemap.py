"""sitemap.xml and robots.txt.

The sitemap lists every indexable page (404 and drafts are `noindex`, so left out) by its
absolute canonical URL, with `lastmod` taken from content dates, never from the clock or file
times: a briefing's last update, a term page's newest briefing. Written as text (`xmltext`).
"""

from __future__ import annotations

from dataclasses import dataclass

from briefkit.config import SiteConfig
from briefkit.xmltext import DECLARATION, leaf

SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
SITEMAP_FILE = "sitemap.xml"
ROBOTS_FILE = "robots.txt"


@dataclass(frozen=True, slots=True)
class SitemapEntry:
    loc: str  # absolute URL
    lastmod: str | None = None  # W3C datetime (ISO 8601)


def sitemap_xml(entries: list[SitemapEntry] | tuple[SitemapEntry, ...]) -> bytes:
    """The sitemap, each URL once, as ElementTree would write it indented (see `xmltext`)."""
    out = [DECLARATION, f'<urlset xmlns="{SITEMAP_NS}">\n']
    seen: set[str] = set()
    for e in entries:
        if e.loc in seen:
            continue
        seen.add(e.loc)
        out += ["  <url>\n", leaf("    ", "loc", e.loc)]
        if e.lastmod:
            out.append(leaf("    ", "lastmod", e.lastmod))
        out.append("  </url>\n")
    if not seen:
        out[-1] = f'<urlset xmlns="{SITEMAP_NS}" />\n'
    else:
        out.append("</urlset>\n")
    return "".join(out).encode("utf-8")


def robots_txt(config: SiteConfig) -> bytes:
    """Allow everything and name the sitemap (absolute, as the protocol requires).

    Crawlers only read /robots.txt at the host's root; under a sub-path base_url this file is
    still written (the host's root may serve it, e.g. a user site) and names the right sitemap.
    """
    lines = ["User-agent: *", "Allow: /", "", f"Sitemap: {config.abs_url(SITEMAP_FILE)}", ""]
    return "\n".join(lines).encode("utf-8")
