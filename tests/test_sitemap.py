"""sitemap.xml, robots.txt and 404.html: every indexable page listed absolutely with a content
lastmod; robots names the sitemap; the 404 page works from any depth under a sub-path."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefkit.build import build

SUB = "https://user.github.io/repo/"
NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}

EXTRA = {
    "content/briefings/draft.md": """\
        ---
        title: Not yet
        summary: A draft.
        date: 2025-01-01
        draft: true
        ---
        Text.
        """,
    "content/briefings/later.md": """\
        ---
        title: Later news
        summary: It happened later.
        date: 2024-03-05
        updated: 2024-04-01
        actors: [kim-jong-un]
        ---
        Text.
        """,
}


@pytest.fixture
def out(make_site, tmp_path: Path) -> Path:
    result = build(make_site(EXTRA), output=tmp_path / "out", base_url=SUB)
    assert result.ok, [d.format() for d in result.diagnostics]
    return tmp_path / "out"


def entries(out: Path) -> dict[str, str | None]:
    root = ET.fromstring((out / "sitemap.xml").read_bytes())
    return {u.findtext("s:loc", namespaces=NS): u.findtext("s:lastmod", namespaces=NS)
            for u in root.findall("s:url", NS)}


def test_sitemap_lists_every_page_but_404_absolutely(out: Path) -> None:
    listed = entries(out)
    pages = sorted(p.relative_to(out).as_posix() for p in out.rglob("*.html"))
    expected = {SUB + p.removesuffix("index.html") for p in pages if p != "404.html"}
    assert set(listed) == expected
    assert SUB + "briefings/a-gift/" in listed and SUB + "actors/kim-jong-un/" in listed
    assert SUB + "search/" in listed and SUB + "timeline/" in listed
    assert not any("404" in loc for loc in listed)


def test_lastmod_comes_from_content_dates(out: Path) -> None:
    listed = entries(out)
    assert listed[SUB + "briefings/a-gift/"] == "2024-02-20T21:48:00+00:00"
    assert listed[SUB + "briefings/later/"].startswith("2024-04-01T00:00:00")  # `updated` wins
    assert listed[SUB + "actors/kim-jong-un/"].startswith("2024-04-01")  # its newest briefing
    assert listed[SUB + "actors/vladimir-putin/"] == "2024-02-20T21:48:00+00:00"
    assert listed[SUB].startswith("2024-04-01")


def test_drafts_stay_out_of_the_sitemap(make_site, tmp_path: Path) -> None:
    result = build(make_site(EXTRA), output=tmp_path / "out", base_url=SUB, drafts=True)
    assert result.ok
    assert (tmp_path / "out" / "briefings" / "draft" / "index.html").is_file()
    assert SUB + "briefings/draft/" not in entries(tmp_path / "out")


def test_robots_points_to_the_absolute_sitemap(out: Path) -> None:
    robots = (out / "robots.txt").read_text()
    assert "User-agent: *" in robots
    assert f"Sitemap: {SUB}sitemap.xml" in robots.splitlines()


def test_404_page_uses_base_path_urls(out: Path) -> None:
    html = (out / "404.html").read_text()
    # Served for any missing URL at any depth: every link and asset must be root-relative.
    assert 'href="/repo/static/style.css"' in html
    assert 'href="/repo/"' in html and 'href="/repo/briefings/"' in html
    assert '<meta name="robots" content="noindex">' in html
    assert 'href="static/' not in html and 'href="../' not in html


def test_search_page_and_index_are_built_under_the_base_path(out: Path) -> None:
    html = (out / "search" / "index.html").read_text()
    assert '<script src="/repo/pagefind/pagefind-ui.js"></script>' in html
    assert 'data-bundle="/repo/pagefind/"' in html and "<noscript>" in html
    assert (out / "pagefind" / "pagefind-ui.js").is_file() and (out / "pagefind" / "pagefind-entry.json").is_file()
    assert '<a href="/repo/search/">Search</a>' in (out / "index.html").read_text()
    briefing = (out / "briefings" / "a-gift" / "index.html").read_text()
    assert briefing.count("data-pagefind-body") == 1
    assert 'data-pagefind-filter="actor">Kim Jong-un</a>' in briefing
    assert 'data-pagefind-filter="sanction">' in briefing and 'data-pagefind-filter="tag">' in briefing
    assert "data-pagefind-body" not in (out / "actors" / "kim-jong-un" / "index.html").read_text()


def test_search_off_builds_no_page_and_no_index(make_site, tmp_path: Path) -> None:
    site = make_site({"site.yaml": "title: T\nbase_url: https://example.org/\nsearch: false\n"})
    assert build(site, output=tmp_path / "out").ok
    assert not (tmp_path / "out" / "search").exists() and not (tmp_path / "out" / "pagefind").exists()
    assert "/search/" not in (tmp_path / "out" / "index.html").read_text()


def test_missing_pagefind_is_a_warning_not_a_failure(make_site, tmp_path: Path, monkeypatch) -> None:
    import pagefind.service

    monkeypatch.setattr(pagefind.service, "get_executable", lambda: None)
    # A title no other test uses, so no index cached in this process can stand in.
    site = make_site({"site.yaml": "title: Search-less test site\nbase_url: https://example.org/\n"})
    result = build(site, output=tmp_path / "out")
    assert result.ok
    said = [d.format() for d in result.diagnostics]
    assert any("search index not built" in s and "pagefind" in s for s in said), said
    assert (tmp_path / "out" / "feed.xml").is_file() and not (tmp_path / "out" / "pagefind").exists()


def _sitemap_by_elementtree(entries: list) -> bytes:
    """What ElementTree writes for these entries, indented: the sitemap is written as text."""
    ns = NS["s"]
    ET.register_namespace("", ns)
    root = ET.Element(f"{{{ns}}}urlset")
    seen: set[str] = set()
    for e in entries:
        if e.loc in seen:
            continue
        seen.add(e.loc)
        url = ET.SubElement(root, f"{{{ns}}}url")
        ET.SubElement(url, f"{{{ns}}}loc").text = e.loc
        if e.lastmod:
            ET.SubElement(url, f"{{{ns}}}lastmod").text = e.lastmod
    ET.indent(root, space="  ")
    return ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"


_URL_TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=12)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["https://e.org/a/", "https://e.org/b?x=1&y=<2>"]) | _URL_TEXT,
                          st.none() | st.sampled_from(["2024-01-02", "2024-01-02T03:04:05+00:00"]) | _URL_TEXT),
                max_size=6))
def test_the_sitemap_is_what_elementtree_writes(pairs: list) -> None:
    from briefkit.sitemap import SitemapEntry, sitemap_xml

    entries = [SitemapEntry(loc, lastmod) for loc, lastmod in pairs]
    assert sitemap_xml(entries) == _sitemap_by_elementtree(entries)
