"""`briefkit import --feed URL|FILE`: every item the site does not hold yet, one briefing each.

Against a real HTTP server on 127.0.0.1 serving a feed and its articles (written for these
tests): the summary line, the files written, the errors of the items that failed, the exit code.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from briefkit.cli import main
from webserver import Route, article_page, atom, rss, serving

pytest.importorskip("lxml")
pytest.importorskip("feedparser")

TITLES = ("Northern quay closed after cracks found", "Pier for small boats promised", "Drilling begins at the basin")


@pytest.fixture
def site(tmp_path: Path) -> Path:
    root = tmp_path / "site"
    (root / "content" / "briefings").mkdir(parents=True)
    (root / "site.yaml").write_text("title: Harbour notes\nbase_url: https://notes.example.org/\n", encoding="utf-8")
    return root


@pytest.fixture
def web():
    with serving() as server:
        for i, title in enumerate(TITLES):
            server.routes[f"/news/{i}"] = Route(article_page(title, published=f"2024-03-0{i + 1}T08:00:00Z").encode())
        yield server


def written(site: Path) -> dict[str, dict]:
    return {
        p.name: yaml.safe_load(p.read_text(encoding="utf-8").split("---\n", 2)[1])
        for p in sorted((site / "content" / "briefings").glob("*.md"))
    }


def run(capsys: pytest.CaptureFixture[str], site: Path, *args: str) -> tuple[int, str, str]:
    code = main(["import", *args, "--site", str(site)])
    out, err = capsys.readouterr()
    return code, out, err


def test_every_item_of_an_rss_feed_url_becomes_a_briefing(capsys, site, web):
    web.routes["/feed.xml"] = Route(
        rss([(t, web.url(f"/news/{i}")) for i, t in enumerate(TITLES)]).encode(), content_type="application/rss+xml"
    )
    code, out, err = run(capsys, site, "--feed", web.url("/feed.xml"))
    assert code == 0, err
    assert out.splitlines()[-1] == f"{web.url('/feed.xml')}: 3 item(s): imported 3, skipped 0 (already held), failed 0"
    got = written(site)
    assert sorted(m["source"]["url"] for m in got.values()) == [web.url(f"/news/{i}") for i in range(3)]
    assert main(["check", "--site", str(site)]) == 0


def test_a_second_run_skips_what_the_site_holds(capsys, site, web):
    web.routes["/feed.xml"] = Route(
        rss([(t, web.url(f"/news/{i}")) for i, t in enumerate(TITLES[:2])]).encode(), content_type="application/rss+xml"
    )
    assert run(capsys, site, "--feed", web.url("/feed.xml"))[0] == 0
    web.routes["/feed.xml"] = Route(
        rss([(t, web.url(f"/news/{i}")) for i, t in enumerate(TITLES)]).encode(), content_type="application/rss+xml"
    )
    web.hits.clear()
    code, out, err = run(capsys, site, "--feed", web.url("/feed.xml"))
    assert code == 0, err
    assert out.splitlines()[-1].endswith("3 item(s): imported 1, skipped 2 (already held), failed 0")
    assert f"{web.url('/news/0')}: skipped: content/briefings/" in out
    assert web.hits == ["/feed.xml", "/news/2"]  # held articles are not even fetched
    assert len(written(site)) == 3


def test_a_broken_item_does_not_stop_the_others(capsys, site, web, tmp_path):
    feed = tmp_path / "courier.atom"
    feed.write_text(
        atom(
            [
                (TITLES[0], web.url("/news/0")),
                ("Gone", web.url("/news/gone")),
                ("A picture", web.url("/photo.jpg")),
                (TITLES[2], web.url("/news/2")),
            ]
        ),
        encoding="utf-8",
    )
    web.routes["/photo.jpg"] = Route(b"\xff\xd8\xff", content_type="image/jpeg")
    code, out, err = run(capsys, site, "--feed", str(feed))
    assert code == 1
    assert out.splitlines()[-1] == f"{feed}: 4 item(s): imported 2, skipped 0 (already held), failed 2"
    assert f"{web.url('/news/gone')}: error: the server answered 404 Not Found" in err
    assert f"{web.url('/photo.jpg')}: error: not an HTML page: the server sent image/jpeg" in err
    assert sorted(m["title"] for m in written(site).values()) == sorted([TITLES[0], TITLES[2]])


def test_an_rss_file_with_relative_links_resolves_them_against_the_channel_link(capsys, site, web, tmp_path):
    feed = tmp_path / "feed.rss"
    feed.write_text(rss([(TITLES[1], "/news/1")], link=web.url("/")), encoding="utf-8")
    code, out, err = run(capsys, site, "--feed", str(feed))
    assert code == 0, err
    assert [m["source"]["url"] for m in written(site).values()] == [web.url("/news/1")]


def test_what_is_not_a_feed_is_one_clear_error(capsys, site, web, tmp_path):
    page = tmp_path / "page.rss"
    page.write_text("just some words, no feed here", encoding="utf-8")
    code, out, err = run(capsys, site, "--feed", str(page), "--feed", web.url("/missing.xml"))
    assert code == 1
    assert f"{page}: error: not an RSS or Atom feed" in err
    assert f"{web.url('/missing.xml')}: error: the server answered 404 Not Found" in err
    assert written(site) == {}


def test_an_item_in_the_feed_twice_is_imported_once(capsys, site, web):
    twice = [(TITLES[0], web.url("/news/0")), (TITLES[0], web.url("/news/0#top"))]
    web.routes["/feed.xml"] = Route(rss(twice).encode(), content_type="text/xml")
    code, out, err = run(capsys, site, "--feed", web.url("/feed.xml"))
    assert code == 0, err
    assert out.splitlines()[-1].endswith("2 item(s): imported 1, skipped 1 (already held), failed 0")
    assert len(written(site)) == 1


def test_a_site_page_that_announces_its_feed_leads_to_the_feed(capsys, site, web):
    web.routes["/"] = Route(
        b'<html><head><link rel="alternate" type="application/rss+xml" href="/rss">'
        b"</head><body><h1>Courier</h1></body></html>"
    )
    web.routes["/rss"] = Route(rss([(TITLES[0], web.url("/news/0"))]).encode(), content_type="application/rss+xml")
    code, out, err = run(capsys, site, "--feed", web.url("/"))
    assert code == 0, err
    assert out.splitlines()[-1].endswith("1 item(s): imported 1, skipped 0 (already held), failed 0")


def test_what_a_page_does_not_say_comes_from_the_feed(capsys, site, web):
    bare = (
        article_page("Tide tables change", published="", author="")
        .replace('<meta property="article:published_time" content="">', "")
        .replace('<meta name="author" content="">', "")
    )
    web.routes["/news/bare"] = Route(bare.replace("<p class=byline>By </p>", "").encode())
    web.routes["/feed.xml"] = Route(
        (
            '<?xml version="1.0"?><rss version="2.0"><channel><title>C</title><link>http://x.example/</link>'
            "<description>d</description><item><title>Tide tables change</title>"
            f"<link>{web.url('/news/bare')}</link><pubDate>Tue, 05 Mar 2024 09:30:00 +0100</pubDate>"
            "<dc:creator xmlns:dc='http://purl.org/dc/elements/1.1/'>Ola Berg</dc:creator></item></channel></rss>"
        ).encode(),
        content_type="application/rss+xml",
    )
    code, out, err = run(capsys, site, "--feed", web.url("/feed.xml"))
    assert code == 0, err
    [(name, meta)] = written(site).items()
    assert name.startswith("2024-03-05-")
    assert meta["source"]["authors"] == ["Ola Berg"]
    assert str(meta["source"]["published"]) == "2024-03-05 08:30:00+00:00"
    assert "the page gives no date: the date is the feed's" in out
