"""Structured data: schema.org JSON-LD on every page (NewsArticle, Person/Organization/Country,
Legislation, WebSite) and OpenGraph/Twitter tags, with absolute URLs under base_url; writer text
can never break out of the script element."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from briefkit.build import build
from briefkit.jsonld import script_text

REPO = Path(__file__).resolve().parent.parent
SUB = "https://user.github.io/repo/"


class Head(HTMLParser):
    """JSON-LD blocks and <meta property|name> tags of a page."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.ld: list[dict] = []
        self.meta: dict[str, list[str]] = {}
        self._in_ld = False
        self._buf: list[str] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "script" and a.get("type") == "application/ld+json":
            self._in_ld, self._buf = True, []
        elif tag == "meta" and ("property" in a or "name" in a):
            self.meta.setdefault(a.get("property") or a["name"], []).append(a.get("content", ""))

    def handle_data(self, data):
        if self._in_ld:
            self._buf.append(data)

    def handle_endtag(self, tag):
        if tag == "script" and self._in_ld:
            self._in_ld = False
            self.ld.append(json.loads("".join(self._buf)))


SITE = {
    "content/actors/north-korea.md": """\
        ---
        name: North Korea
        kind: state
        country: KP
        ids: {wikidata: Q423}
        ---
        """,
    "content/briefings/a-gift.md": """\
        ---
        title: 'A car </script><script>alert(1)</script> for Kim'
        summary: One leader gives another a limousine.
        date: 2024-02-20T21:48:00+00:00
        authors: [Jane Doe]
        tags: [Cars]
        source:
          publisher: The Daily Example
          headline: Putin gifts car
          authors: [Sam Writer]
          published: 2024-02-20T09:00:00+00:00
          url: https://news.example/car
        actors:
          - {id: vladimir-putin, role: giver}
          - kim-jong-un
          - north-korea
        sanctions:
          - {id: unscr-1718, provision: op8-a-iii}
        images:
          - {caption: A limousine at a motor show, credit: AFP via Getty Images}
          - {src: images/car.jpg, alt: A black car, caption: The car, credit: 'Photo: KCNA / Reuters', license: CC BY 4.0}
        ---
        Vladimir Putin gave Kim Jong-un a car.
        """,
    "content/images/car.jpg": b"\xff\xd8\xff\xd9",
}


@pytest.fixture(scope="module")
def out(tmp_path_factory) -> Path:
    import textwrap

    from conftest import MINIMAL_SITE

    root = tmp_path_factory.mktemp("ld") / "site"
    for rel, text in {**MINIMAL_SITE, **SITE}.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):
            p.write_bytes(text)
        else:
            p.write_text(textwrap.dedent(text), encoding="utf-8")
    result = build(root, output=root.parent / "out", base_url=SUB)
    assert result.ok, [d.format() for d in result.diagnostics]
    return root.parent / "out"


def head(out: Path, rel: str) -> Head:
    return Head((out / rel).read_text(encoding="utf-8"))


def test_briefing_is_a_news_article(out: Path) -> None:
    h = head(out, "briefings/a-gift/index.html")
    [ld] = h.ld
    assert ld["@context"] == "https://schema.org" and ld["@type"] == "NewsArticle"
    assert ld["headline"] == "A car </script><script>alert(1)</script> for Kim"
    assert ld["url"] == ld["mainEntityOfPage"] == SUB + "briefings/a-gift/"
    assert ld["datePublished"] == ld["dateModified"] == "2024-02-20T21:48:00+00:00"
    assert ld["author"] == [{"@type": "Person", "name": "Jane Doe"}]
    assert ld["publisher"] == {"@type": "Organization", "name": "Test briefings", "url": SUB}
    assert ld["isBasedOn"] == {
        "@type": "NewsArticle", "headline": "Putin gifts car", "url": "https://news.example/car",
        "datePublished": "2024-02-20T09:00:00+00:00",
        "publisher": {"@type": "Organization", "name": "The Daily Example"},
        "author": [{"@type": "Person", "name": "Sam Writer"}],
    }
    # The actor with a role is what the article is about; the others are mentioned.
    assert [(a["@type"], a["name"]) for a in ld["about"]] == [("Person", "Vladimir Putin")]
    assert ld["about"][0]["sameAs"] == ["https://www.wikidata.org/wiki/Q7747"]
    assert ld["about"][0]["url"] == SUB + "actors/vladimir-putin/"
    assert [(a["@type"], a["name"]) for a in ld["mentions"]] == [("Person", "Kim Jong-un"), ("Country", "North Korea")]
    assert ld["mentions"][1]["sameAs"] == ["https://www.wikidata.org/wiki/Q423"]
    [law] = ld["citation"]
    assert law["@type"] == "Legislation" and law["legislationIdentifier"] == "S/RES/1718 (2006)"
    assert law["legislationDate"] == "2006-10-14" and law["url"] == SUB + "sanctions/unscr-1718/"
    assert [i["creditText"] for i in ld["image"]] == ["AFP via Getty Images", "Photo: KCNA / Reuters"]
    assert "contentUrl" not in ld["image"][0]
    assert ld["image"][1]["contentUrl"] == SUB + "images/car.jpg"
    assert ld["image"][1]["license"] == "CC BY 4.0" and ld["image"][1]["caption"] == "The car"


def test_writer_text_cannot_close_the_script(out: Path) -> None:
    html = (out / "briefings/a-gift/index.html").read_text()
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    assert "<" not in block and "alert(1)" in block
    assert "<script>alert" not in html
    text = script_text({"x": "</script><!-- & -->"})
    assert "</" not in text and "<!--" not in text and json.loads(text) == {"x": "</script><!-- & -->"}


def test_briefing_social_tags(out: Path) -> None:
    m = head(out, "briefings/a-gift/index.html").meta
    assert m["og:title"] == ["A car </script><script>alert(1)</script> for Kim"]
    assert m["og:description"] == ["One leader gives another a limousine."]
    assert m["og:url"] == [SUB + "briefings/a-gift/"]
    assert m["og:type"] == ["article"] and m["og:site_name"] == ["Test briefings"]
    assert m["og:image"] == [SUB + "images/car.jpg"] and m["og:image:alt"] == ["A black car"]
    assert m["article:published_time"] == ["2024-02-20T21:48:00+00:00"] and m["article:tag"] == ["Cars"]
    assert m["twitter:card"] == ["summary_large_image"] and m["twitter:image"] == [SUB + "images/car.jpg"]


def test_actor_sanction_and_home_types(out: Path) -> None:
    [putin] = head(out, "actors/vladimir-putin/index.html").ld
    assert putin["@type"] == "Person" and putin["sameAs"] == ["https://www.wikidata.org/wiki/Q7747"]
    assert putin["alternateName"] == ["Mr Putin"]
    [nk] = head(out, "actors/north-korea/index.html").ld
    assert nk["@type"] == "Country" and nk["identifier"] == "KP"
    assert head(out, "actors/vladimir-putin/index.html").meta["og:type"] == ["profile"]
    [law] = head(out, "sanctions/unscr-1718/index.html").ld
    assert law["@type"] == "Legislation" and law["name"] == "UN Security Council resolution 1718 (2006)"
    assert law["legislationPassedBy"] == {"@type": "Organization", "name": "UN Security Council"}
    assert law["hasPart"][0]["url"] == SUB + "sanctions/unscr-1718/#provision-op8-a-iii"
    [site] = head(out, "index.html").ld
    assert site["@type"] == "WebSite" and site["url"] == SUB
    assert site["potentialAction"]["target"]["urlTemplate"] == SUB + "search/?q={search_term_string}"


def test_every_page_has_json_ld_and_opengraph(out: Path) -> None:
    for page in sorted(out.rglob("*.html")):
        h = Head(page.read_text(encoding="utf-8"))
        rel = page.relative_to(out).as_posix()
        assert len(h.ld) == 1, rel
        for key in ("og:title", "og:description", "og:url", "og:type", "og:site_name", "twitter:card"):
            assert h.meta.get(key), (rel, key)
        assert h.meta["og:url"][0].startswith(SUB), rel


def test_example_site_briefings_name_actors_and_credits(tmp_path: Path) -> None:
    """The acceptance check of issue 6 on the example site built at https://example.org/."""
    from briefkit.config import load_config
    from briefkit.diagnostics import Diagnostics
    from briefkit.loader import load_content

    out = tmp_path / "out"
    assert build(REPO, output=out, base_url="https://example.org/").ok
    config = load_config(REPO, Diagnostics(), base_url="https://example.org/")
    content = load_content(config, Diagnostics())
    credits_page = (out / "credits" / "index.html").read_text()
    timeline = (out / "timeline" / "index.html").read_text()
    assert content.briefings
    for b in content.briefings.values():
        h = head(out, f"briefings/{b.id}/index.html")
        [ld] = h.ld
        assert ld["@type"] == "NewsArticle"
        named = {a["name"] for a in ld.get("about", []) + ld.get("mentions", [])}
        assert named == {content.actors[r.id].name for r in b.actors}
        assert [i["creditText"] for i in ld.get("image", [])] == [i.credit for i in b.images]
        for key in ("og:title", "og:description", "og:url"):
            assert h.meta[key], key
        assert h.meta["og:url"] == [f"https://example.org/briefings/{b.id}/"]
        for image in b.images:
            assert _escaped(image.credit) in credits_page, image.credit
        assert f'href="/briefings/{b.id}/"' in timeline


def _escaped(text: str) -> str:
    from markupsafe import escape

    return str(escape(text))
