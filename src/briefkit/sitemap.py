"""sitemap.xml and robots.txt.

The sitemap lists every indexable page (404 and drafts are `noindex`, so left out) by its
absolute canonical URL, with `lastmod` taken from content dates, never from the clock or file
times: a briefing's last update, a term page's newest briefing. Written with ElementTree.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass

from briefkit.config import SiteConfig

SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
SITEMAP_FILE = "sitemap.xml"
ROBOTS_FILE = "robots.txt"


@dataclass(frozen=True, slots=True)
class SitemapEntry:
    loc: str  # absolute URL
    lastmod: str | None = None  # W3C datetime (ISO 8601)


def sitemap_xml(entries: list[SitemapEntry] | tuple[SitemapEntry, ...]) -> bytes:
    ET.register_namespace("", SITEMAP_NS)
    root = ET.Element(f"{{{SITEMAP_NS}}}urlset")
    seen: set[str] = set()
    for e in entries:
        if e.loc in seen:
            continue
        seen.add(e.loc)
        url = ET.SubElement(root, f"{{{SITEMAP_NS}}}url")
        ET.SubElement(url, f"{{{SITEMAP_NS}}}loc").text = e.loc
        if e.lastmod:
            ET.SubElement(url, f"{{{SITEMAP_NS}}}lastmod").text = e.lastmod
    ET.indent(root, space="  ")
    return ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"


def robots_txt(config: SiteConfig) -> bytes:
    """Allow everything and name the sitemap (absolute, as the protocol requires).

    Crawlers only read /robots.txt at the host's root; under a sub-path base_url this file is
    still written (the host's root may serve it, e.g. a user site) and names the right sitemap.
    """
    lines = ["User-agent: *", "Allow: /", "", f"Sitemap: {config.abs_url(SITEMAP_FILE)}", ""]
    return "\n".join(lines).encode("utf-8")
