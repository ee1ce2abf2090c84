"""The example site as a reader clicks through it, at a root and at a sub-path base_url.

Every internal link and asset resolves to a built file (fragments included); every briefing
links to each of its actors, sanctions and tags, each of those pages links back, and every
image credit is shown on its briefing page.
"""

from __future__ import annotations

import html
import shutil
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pytest

from briefkit.build import build
from briefkit.config import load_config
from briefkit.diagnostics import Diagnostics
from briefkit.loader import load_content
from briefkit.urls import slugify

REPO = Path(__file__).resolve().parent.parent


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if a.get("id"):
            self.ids.add(a["id"])
        for key in ("href", "src"):
            if a.get(key) and not (tag == "link" and a.get("rel") in ("canonical", "alternate")):
                self.urls.append(a[key])


def parse(path: Path) -> _Links:
    p = _Links()
    p.feed(path.read_text(encoding="utf-8"))
    return p


@pytest.fixture(scope="module", params=["https://example.org/", "https://example.org/briefs/"])
def built(request, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("site")
    site = tmp / "site"
    shutil.copytree(REPO, site, ignore=shutil.ignore_patterns(
        "output", ".briefkit-cache", ".git", "tests", "bench", "src", "*.egg-info", "__pycache__"))
    out = tmp / "out"
    result = build(site, output=out, base_url=request.param)
    assert result.ok, [d.format() for d in result.diagnostics]
    return request.param, out, site


def _resolve(base_url: str, out: Path, page_url: str, ref: str) -> tuple[Path, str] | None:
    absolute = urljoin(page_url, ref)
    parts = urlsplit(absolute)
    if f"{parts.scheme}://{parts.netloc}" != "https://example.org" or not absolute.startswith(base_url):
        return None  # external
    rel = unquote(parts.path[len(urlsplit(base_url).path):])
    target = out / rel
    if rel == "" or rel.endswith("/"):
        target = target / "index.html"
    return target, parts.fragment


def test_every_internal_link_resolves(built):
    base_url, out, _ = built
    base_path = urlsplit(base_url).path
    pages = sorted(out.rglob("*.html"))
    assert len(pages) > 30
    id_cache: dict[Path, set[str]] = {}
    broken = []
    for page in pages:
        rel = page.relative_to(out).as_posix()
        page_url = base_url + (rel[: -len("index.html")] if rel.endswith("index.html") else rel)
        for ref in parse(page).urls:
            if ref.startswith(("mailto:", "https://www.wikidata.org", "http://", "https://")) and not ref.startswith(base_url):
                continue
            if ref.startswith("/") and not ref.startswith(base_path):
                broken.append((rel, ref, "outside the base path"))
                continue
            found = _resolve(base_url, out, page_url, ref)
            if found is None:
                continue
            target, fragment = found
            if not target.is_file():
                broken.append((rel, ref, "no such file"))
            elif fragment and target.suffix == ".html":
                ids = id_cache.setdefault(target, parse(target).ids)
                if html.unescape(fragment) not in ids:
                    broken.append((rel, ref, "no such anchor"))
    assert broken == []


def _page(out: Path, path: str) -> str:
    return (out / path / "index.html").read_text(encoding="utf-8")


def test_briefings_and_terms_link_both_ways_and_show_credits(built):
    base_url, out, site = built
    base_path = urlsplit(base_url).path
    diags = Diagnostics()
    content = load_content(load_config(site, diags), diags)
    assert content.briefings
    for b in content.briefings.values():
        page = _page(out, f"briefings/{b.id}")
        back = f'href="{base_path}briefings/{b.id}/"'
        for ref in b.actors:
            assert f'href="{base_path}actors/{ref.id}/"' in page, (b.id, ref.id)
            assert back in _page(out, f"actors/{ref.id}"), (ref.id, b.id)
        for ref in b.sanctions:
            assert f'href="{base_path}sanctions/{ref.id}/' in page, (b.id, ref.id)
            assert back in _page(out, f"sanctions/{ref.id}"), (ref.id, b.id)
        for tag in b.tags:
            assert f'href="{base_path}tags/{slugify(tag)}/"' in page, (b.id, tag)
            assert back in _page(out, f"tags/{slugify(tag)}"), (tag, b.id)
        for img in b.images:
            assert html.escape(img.credit, quote=False) in page, (b.id, img.credit)
            assert html.escape(img.credit, quote=False) in _page(out, "credits")
