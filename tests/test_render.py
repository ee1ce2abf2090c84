"""render + theme: the HTML a reader gets — links both ways, anchors, base path, escaping, overrides."""

from __future__ import annotations

from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

import jinja2
import markupsafe
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markupsafe import Markup
from test_assemble import make_site, sample_content

from briefkit.model import Image
from briefkit.pages import plan_pages
from briefkit.render import Renderer


class Page(HTMLParser):
    """What a test needs from a page: links, ids, h1 count, image srcs, text."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.hrefs: list[str] = []
        self.ids: list[str] = []
        self.srcs: list[str] = []
        self.h1 = 0
        self.anchors_without_href = 0
        self.text: list[str] = []
        self.lang: str | None = None
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "html":
            self.lang = a.get("lang")
        if tag == "a":
            if "href" in a:
                self.hrefs.append(a["href"])
            else:
                self.anchors_without_href += 1
        if tag == "link" and "href" in a:
            self.hrefs.append(a["href"])
        if tag == "img":
            self.srcs.append(a["src"])
        if "id" in a:
            self.ids.append(a["id"])
        if tag == "h1":
            self.h1 += 1

    def handle_data(self, data):
        self.text.append(data)

    @property
    def plain(self) -> str:
        return " ".join(" ".join(self.text).split())


def render_all(root: Path, base_url: str = "https://example.org/", **kw) -> dict[str, str]:
    site, _ = make_site(root, base_url, **kw)
    renderer = Renderer(site.config)
    return {plan.path: renderer.render(plan) for plan in plan_pages(site)}


@pytest.fixture
def pages(tmp_path: Path) -> dict[str, str]:
    return render_all(tmp_path)


def test_briefing_links_to_actors_sanctions_tags_and_they_link_back(pages):
    b = Page(pages["briefings/limousine/index.html"])
    for href in ("/actors/vladimir-putin/", "/actors/kim-jong-un/", "/sanctions/unscr-2397/",
                 "/sanctions/unscr-2397/#provision-op7", "/sanctions/unscr-1718/#provision-op8-a-iii",
                 "/tags/north-korea/", "/tags/russia/", "/tags/luxury-goods/"):
        assert href in b.hrefs, href
    for target in ("actors/vladimir-putin/", "actors/kim-jong-un/", "sanctions/unscr-2397/",
                   "sanctions/unscr-1718/", "tags/north-korea/", "tags/luxury-goods/"):
        assert "/briefings/limousine/" in Page(pages[target + "index.html"]).hrefs, target


def test_roles_notes_and_provisions_shown(pages):
    b = Page(pages["briefings/limousine/index.html"]).plain
    assert "Vladimir Putin giver Gave the car." in b
    assert "OP 7 Vehicles are banned." in b
    actor = Page(pages["actors/vladimir-putin/index.html"]).plain
    assert "· giver Gave the car." in actor and "· host" in actor
    assert "Appears with Kim Jong-un (2)" in actor
    assert "Sanctions in these briefings Resolution 2397 (2) Resolution 1718 (1)" in actor


def test_sanction_page_has_provision_anchors_and_groups_citations(pages):
    html = pages["sanctions/unscr-2397/index.html"]
    page = Page(html)
    assert "provision-op7" in page.ids and "provision-op8" in page.ids
    op7 = html.split('id="provision-op7"')[1].split('id="provision-op8"')[0]
    assert "/briefings/limousine/" in op7 and "/briefings/summit/" not in op7
    whole = html.split("The instrument as a whole")[1]
    assert "/briefings/summit/" in whole
    assert "S/RES/2397 (2017)" in page.plain and '<time datetime="2017-12-22">22 December 2017</time>' in html


def test_tag_collision_shows_most_frequent_spelling(pages):
    tags = Page(pages["tags/index.html"]).plain
    assert "North Korea (3)" in tags and "north korea" not in tags
    tag = Page(pages["tags/north-korea/index.html"])
    assert "<h1>North Korea</h1>" in pages["tags/north-korea/index.html"]
    assert [h for h in tag.hrefs if h.startswith("/briefings/") and h != "/briefings/"] == [
        "/briefings/limousine/", "/briefings/summit/", "/briefings/missile/",
    ]


def test_related_in_rank_order_and_previous_next(pages):
    html = pages["briefings/limousine/index.html"]
    related = html.split("Related briefings")[1].split("</section>")[0]
    assert related.index("/briefings/summit/") < related.index("/briefings/missile/")
    summit = pages["briefings/summit/index.html"]
    pager = summit.split('class="pager"')[1]
    assert 'href="/briefings/missile/" rel="prev"' in pager
    assert 'href="/briefings/limousine/" rel="next"' in pager
    assert 'rel="next"' not in pages["briefings/limousine/index.html"]


def test_sub_path_base_url_in_every_link(tmp_path):
    pages = render_all(tmp_path, "https://user.github.io/repo/")
    for path, html in pages.items():
        page = Page(html)
        for href in page.hrefs + page.srcs:
            assert href.startswith(("/repo/", "https://", "#")), (path, href)
        assert page.anchors_without_href == 0, path
    b = pages["briefings/limousine/index.html"]
    assert '<link rel="canonical" href="https://user.github.io/repo/briefings/limousine/">' in b
    assert '<link rel="stylesheet" href="/repo/static/style.css">' in b
    assert '<link rel="canonical"' not in pages["404.html"]


def test_accessible_structure_on_every_page(pages):
    for path, html in pages.items():
        page = Page(html)
        assert page.lang == "en", path
        assert page.h1 == 1, path
        assert len(page.ids) == len(set(page.ids)), path
        assert "bk.main" in page.ids and "#bk.main" in page.hrefs, path
        assert "<main" in html and "<nav" in html, path


def test_hostile_strings_are_escaped(tmp_path):
    content = sample_content()
    evil = '<script>alert("x")</script>'
    b = content.briefings["limousine"]
    content.briefings["limousine"] = replace(
        b, title=f"Title {evil}", summary=f"Sum {evil}",
        images=(Image(caption=f"Cap {evil}", credit=f'Cred "><img src=x onerror=1>', src="images/a.jpg",
                      alt='alt" onload="x'),),
    )
    a = content.actors["kim-jong-un"]
    content.actors["kim-jong-un"] = replace(a, name=f"Kim {evil}")
    site, _ = make_site(tmp_path, content=content)
    renderer = Renderer(site.config)
    for plan in plan_pages(site):
        html = renderer.render(plan)
        assert "<script>" not in html, plan.path
        assert "<img src=x" not in html and 'onload="x' not in html, plan.path
    html = renderer.render(next(p for p in plan_pages(site) if p.path == "briefings/limousine/index.html"))
    assert "Title &lt;script&gt;" in html and "Cap &lt;script&gt;" in html


def test_figures_local_remote_and_credit_only(tmp_path):
    content = sample_content()
    b = content.briefings["limousine"]
    content.briefings["limousine"] = replace(b, images=(
        Image(caption="Local pic", credit="Alice", src="images/car.jpg", alt="A black limousine"),
        Image(caption="Remote pic", credit="Bob", src="https://cdn.example/x.png", alt="X",
              license="CC BY-SA 4.0", source_url="https://commons.example/x"),
        Image(caption="Not cleared", credit="KCNA"),
    ))
    pages = render_all(tmp_path, "https://example.org/briefs/", content=content)
    html = pages["briefings/limousine/index.html"]
    assert '<img src="/briefs/images/car.jpg" alt="A black limousine"' in html
    assert '<img src="https://cdn.example/x.png"' in html
    assert html.count("<figure") == 3 and html.count("<img") == 2
    plain = Page(html).plain
    for text in ("Local pic Alice", "Remote pic Bob · CC BY-SA 4.0 · source", "Not cleared KCNA"):
        assert text in plain
    credits = Page(pages["credits/index.html"]).plain
    assert "Not cleared KCNA In Putin gives Kim a limousine" in credits


def test_source_box_and_dates(pages):
    html = pages["briefings/limousine/index.html"]
    assert '<a href="https://news.example/car" rel="noopener">Putin gifts car</a>' in html
    assert "Example News" in html
    assert '<time datetime="2024-02-20T21:48:00+00:00">20 February 2024, 21:48 UTC</time>' in html


def test_actor_external_ids_link_out(pages):
    html = pages["actors/kim-jong-un/index.html"]
    assert 'href="https://www.wikidata.org/wiki/Q56226"' in html


def test_timeline_and_indexes_render(pages):
    timeline = Page(pages["timeline/index.html"])
    assert "y2024" in timeline.ids and "m2024-02" in timeline.ids
    assert "January 2024" in timeline.plain
    actors = Page(pages["actors/index.html"]).plain
    assert actors.index("People") < actors.index("States")
    assert "Kim Jong-un 3 briefings" in actors
    home = Page(pages["index.html"]).plain
    assert "Most-cited actors Kim Jong-un (3)" in home


def test_site_template_override_wins_and_changes_fingerprint(tmp_path):
    site, _ = make_site(tmp_path)
    before = Renderer(site.config).fingerprint()
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "base.html").write_text(
        '<!DOCTYPE html><html lang="en"><title>x</title><p class="custom">{{ site.title }}</p>'
        "{% block content %}{% endblock %}</html>\n"
    )
    renderer = Renderer(site.config)
    html = renderer.render(next(p for p in plan_pages(site) if p.path == "briefings/limousine/index.html"))
    assert '<p class="custom">Test briefings</p>' in html
    assert "Putin gives Kim a limousine" in html  # the theme's briefing.html still fills the block
    assert renderer.fingerprint() != before


def test_undefined_names_fail_loudly(tmp_path):
    site, _ = make_site(tmp_path)
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "404.html").write_text("{{ view.no_such_field }}")
    plan = next(p for p in plan_pages(site) if p.path == "404.html")
    with pytest.raises(jinja2.UndefinedError):
        Renderer(site.config).render(plan)


def test_rendering_is_deterministic(tmp_path):
    assert render_all(tmp_path) == render_all(tmp_path)


class _HasHtml:
    def __init__(self, html: object) -> None:
        self.html = html

    def __html__(self) -> object:
        return self.html


class _StrSub(str):
    pass


_ESCAPABLE = st.one_of(
    st.text(), st.integers(), st.floats(allow_nan=False), st.none(), st.booleans(),
    st.text().map(Markup), st.text().map(_StrSub),
    st.text().map(_HasHtml), st.text().map(lambda t: _HasHtml(Markup(t))),
)


@settings(max_examples=500, deadline=None)
@given(_ESCAPABLE)
def test_the_renderers_escape_gives_what_markupsafe_gives(value: object) -> None:
    from briefkit.render import escape

    got, want = escape(value), markupsafe.escape(value)
    assert got == want and type(got) is Markup


def test_templates_escape_with_the_renderers_escape(tmp_path: Path) -> None:
    # Every template, whether compiled now or loaded from the bytecode cache, calls it.
    from briefkit import render
    from briefkit.config import SiteConfig

    calls: list[object] = []

    def counting(value: object) -> Markup:
        calls.append(value)
        return markupsafe.escape(value)

    config = SiteConfig(root=tmp_path, title="T", base_url="https://example.org/")
    for _ in range(2):  # the second Renderer reads the templates from the bytecode cache
        calls.clear()
        env = Renderer(config, keep_compiled=True).env
        with pytest.MonkeyPatch.context() as mp:
            mp.setattr(render, "escape", counting)
            html = env.from_string("<p>{{ x }}</p>").render(x="<b>&</b>")
            page = env.get_template("_macros.html").module.time(type("D", (), {"iso": "2024", "text": "<T>"})())
        assert html == "<p>&lt;b&gt;&amp;&lt;/b&gt;</p>" and "&lt;T&gt;" in page
        assert "<b>&</b>" in calls and "<T>" in calls


def test_card_list_and_figure_write_what_card_and_credit_line_would(tmp_path: Path) -> None:
    # card_list and figure write cards and credit lines out instead of calling the macros
    # (speed), copied by `{% inline %}` from the macros: the markup must be the same as theirs.
    from briefkit.config import SiteConfig
    from briefkit.views import BriefingCard, DateView, FigureView

    env = Renderer(SiteConfig(root=tmp_path, title="T", base_url="https://example.org/")).env
    m = env.get_template("_macros.html").module
    cards = [BriefingCard("a", "/a/", "T <1>", "S & s", DateView("2024-01-01", "1 January 2024"), True),
             BriefingCard("b", "/b/", "T2", "S2", DateView("2025-01-02", "2 January 2025"))]
    for heading in ("h2", "h3"):
        each = "".join(f"  <li>{m.card(c, heading)}</li>\n" for c in cards)
        assert str(m.card_list(cards, heading)) == f'<ol class="cards">\n{each}</ol>\n'
    for f in (FigureView("Cap <x>", "Cred & co", "/i.jpg", "alt", "CC BY 4.0", "https://e.org/s"),
              FigureView("c", "d"), FigureView("c", "d", license="L"), FigureView("c", "d", source_url="https://x")):
        assert f"    {m.credit_line(f)}\n  </figcaption>" in str(m.figure(f))
