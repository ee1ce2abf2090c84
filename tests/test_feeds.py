"""Atom feeds: valid for feedparser, absolute URLs under a sub-path base_url, newest entries first,
`updated` from content (never the clock), escaped text, advertised on the pages they follow."""

from __future__ import annotations

from pathlib import Path

import feedparser
import pytest

from briefkit.build import build

SUB = "https://user.github.io/repo/"

MORE = {
    "content/briefings/older.md": """\
        ---
        title: 'Older & <wiser> "news"'
        summary: 'A summary with </summary> & <b>markup</b>.'
        date: 2023-05-01
        updated: 2024-09-01T10:00:00+02:00
        authors: [Jane Doe]
        tags: [Cars]
        actors: [kim-jong-un]
        ---
        Text.
        """,
    "content/briefings/draft.md": """\
        ---
        title: Not yet
        summary: A draft.
        date: 2025-01-01
        draft: true
        actors: [kim-jong-un]
        ---
        Text.
        """,
}


@pytest.fixture
def out(make_site, tmp_path: Path) -> Path:
    site = make_site(MORE)
    result = build(site, output=tmp_path / "out", base_url=SUB, drafts=True)
    assert result.ok, [d.format() for d in result.diagnostics]
    return tmp_path / "out"


def parse(path: Path):
    feed = feedparser.parse(path.read_bytes())
    assert feed.bozo == 0, getattr(feed, "bozo_exception", None)
    return feed


def test_site_feed_parses_with_absolute_links_newest_first(out: Path) -> None:
    feed = parse(out / "feed.xml")
    assert feed.version == "atom10"
    assert feed.feed.id == SUB + "feed.xml"
    links = {link.rel: link.href for link in feed.feed.links}
    assert links == {"self": SUB + "feed.xml", "alternate": SUB}
    # The draft is left out even in a --drafts build; newest first by publication date.
    assert [e.link for e in feed.entries] == [SUB + "briefings/a-gift/", SUB + "briefings/older/"]
    assert [e.id for e in feed.entries] == [e.link for e in feed.entries]
    older = feed.entries[1]
    assert older.title == 'Older & <wiser> "news"'
    assert older.summary == "A summary with </summary> & <b>markup</b>."
    assert older.author == "Jane Doe"
    assert older.published.startswith("2023-05-01T00:00:00")
    # The feed's updated is the newest entry's update, not the build time.
    assert older.updated == "2024-09-01T10:00:00+02:00"
    assert feed.feed.updated == "2024-09-01T10:00:00+02:00"
    assert feed.feed.author == "Test briefings"  # no site author: the site title stands in


def test_term_feeds_exist_per_tag_actor_and_sanction(out: Path) -> None:
    kim = parse(out / "actors" / "kim-jong-un" / "feed.xml")
    assert kim.feed.title.endswith("Kim Jong-un")
    assert [e.link for e in kim.entries] == [SUB + "briefings/a-gift/", SUB + "briefings/older/"]
    putin = parse(out / "actors" / "vladimir-putin" / "feed.xml")
    assert [e.link for e in putin.entries] == [SUB + "briefings/a-gift/"]
    assert {link.rel: link.href for link in putin.feed.links}["alternate"] == SUB + "actors/vladimir-putin/"
    cars = parse(out / "tags" / "cars" / "feed.xml")
    assert len(cars.entries) == 2 and cars.feed.title.endswith("“Cars”")
    parse(out / "sanctions" / "unscr-1718" / "feed.xml")


def test_feeds_are_advertised_on_their_pages(out: Path) -> None:
    home = (out / "index.html").read_text()
    site_link = '<link rel="alternate" type="application/atom+xml" title="Test briefings (all briefings)" href="/repo/feed.xml">'
    assert site_link in home
    actor = (out / "actors" / "kim-jong-un" / "index.html").read_text()
    assert site_link in actor
    assert 'type="application/atom+xml" title="Kim Jong-un: briefings" href="/repo/actors/kim-jong-un/feed.xml"' in actor
    briefing = (out / "briefings" / "a-gift" / "index.html").read_text()
    assert briefing.count('type="application/atom+xml"') == 1  # a briefing has no feed of its own


def test_feed_entries_limit(make_site, tmp_path: Path) -> None:
    site = make_site({"site.yaml": "title: T\nbase_url: https://example.org/\nfeed_entries: 1\nsearch: false\n", **MORE})
    assert build(site, output=tmp_path / "out").ok
    feed = parse(tmp_path / "out" / "feed.xml")
    assert [e.link for e in feed.entries] == ["https://example.org/briefings/a-gift/"]


def test_two_builds_write_the_same_feeds(make_site, tmp_path: Path) -> None:
    site = make_site(MORE)
    assert build(site, output=tmp_path / "a").ok
    assert build(site, output=tmp_path / "b").ok
    for rel in ("feed.xml", "actors/kim-jong-un/feed.xml", "tags/cars/feed.xml", "sitemap.xml"):
        assert (tmp_path / "a" / rel).read_bytes() == (tmp_path / "b" / rel).read_bytes(), rel
