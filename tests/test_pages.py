"""pages: which pages exist, in what order, and what their views say (URLs, display strings)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta, timezone

from test_assemble import briefing, make_site, sample_content

from briefkit.model import Content, Image
from briefkit.pages import plan_pages
from briefkit.views import date_view


def plans_by_path(**kw):
    site, _ = make_site(**kw)
    return {p.path: p for p in plan_pages(site)}


def test_every_page_planned_in_stable_order():
    site, _ = make_site()
    paths = [p.path for p in plan_pages(site)]
    assert paths == [p.path for p in plan_pages(site)]
    assert paths[:2] == ["index.html", "briefings/index.html"]
    assert paths[-3:] == ["timeline/index.html", "credits/index.html", "404.html"]
    for expected in (
        "briefings/limousine/index.html", "actors/index.html", "actors/lonely/index.html",
        "sanctions/index.html", "sanctions/unscr-2397/index.html", "tags/index.html",
        "tags/north-korea/index.html",
    ):
        assert expected in paths
    assert "briefings/draft-one/index.html" not in paths
    assert "briefings/draft-one/index.html" in [p.path for p in plan_pages(make_site(drafts=True)[0])]
    assert len(paths) == len(set(paths))


def test_briefing_view_urls_honour_sub_path():
    view = plans_by_path(base_url="https://user.github.io/repo/")["briefings/limousine/index.html"].view
    assert view.page.url == "/repo/briefings/limousine/"
    assert view.page.canonical == "https://user.github.io/repo/briefings/limousine/"
    assert [a.url for a in view.actors] == ["/repo/actors/vladimir-putin/", "/repo/actors/kim-jong-un/"]
    assert view.sanctions[0].provision_url == "/repo/sanctions/unscr-2397/#provision-op7"
    assert view.sanctions[0].provision_label == "OP 7"
    assert [t.text for t in view.tags] == ["North Korea", "Russia", "luxury goods"]
    assert view.previous.id == "summit" and view.next is None


def test_images_local_remote_and_credit_only():
    content = sample_content()
    b = content.briefings["limousine"]
    images = (
        Image(caption="Local", credit="A", src="images/car.jpg", alt="A car"),
        Image(caption="Remote", credit="B", src="https://cdn.example/x.png", alt="X", license="CC BY 4.0",
              source_url="https://commons.example/x"),
        Image(caption="Credit only", credit="C"),
    )
    content.briefings["limousine"] = replace(b, images=images)
    site, _ = make_site(base_url="https://example.org/briefs/", content=content)
    view = {p.path: p for p in plan_pages(site)}["briefings/limousine/index.html"].view
    assert [f.src for f in view.figures] == ["/briefs/images/car.jpg", "https://cdn.example/x.png", None]
    assert view.figures[1].license == "CC BY 4.0"


def test_dates_display_and_iso():
    assert date_view(date(2017, 12, 22)).text == "22 December 2017"
    d = datetime(2024, 2, 20, 21, 48, tzinfo=timezone.utc)
    v = date_view(d)
    assert (v.text, v.iso) == ("20 February 2024, 21:48 UTC", "2024-02-20T21:48:00+00:00")
    midnight = datetime(2024, 3, 1, tzinfo=timezone(timedelta(hours=9)))
    assert date_view(midnight, date_only=True) == date_view(date(2024, 3, 1))
    assert date_view(d, timezone="Asia/Seoul").text == "21 February 2024, 06:48 KST"


def test_actor_view_external_ids_backlinks_and_co_actors():
    content = sample_content()
    a = content.actors["kim-jong-un"]
    content.actors["kim-jong-un"] = replace(a, ids=(
        ("wikidata", "Q56226"), ("opensanctions", "NK-abc"), ("website", "https://kim.example/"), ("isni", "0000 1"),
    ))
    site, _ = make_site(content=content)
    view = {p.path: p for p in plan_pages(site)}["actors/kim-jong-un/index.html"].view
    assert [link.url for link in view.external] == [
        "https://www.wikidata.org/wiki/Q56226", "https://www.opensanctions.org/entities/NK-abc/",
        "https://kim.example/",
    ]
    assert view.external_text == ("Isni: 0000 1",)
    assert [(ap.briefing.id, ap.role) for ap in view.appearances] == [
        ("limousine", "recipient"), ("summit", "guest"), ("missile", None),
    ]
    assert [(c.text, c.count) for c in view.co_actors] == [("Vladimir Putin", 2), ("North Korea", 1)]
    assert [(s.text, s.count) for s in view.sanctions] == [("Resolution 2397", 2), ("Resolution 1718", 1)]


def test_sanction_view_groups_citations_by_provision():
    view = plans_by_path()["sanctions/unscr-2397/index.html"].view
    assert [(p.anchor, [c.briefing.id for c in p.citations]) for p in view.provisions] == [
        ("provision-op7", ["limousine"]), ("provision-op8", []),
    ]
    assert [c.briefing.id for c in view.general] == ["summit"]
    assert view.briefing_count == 2


def test_indexes_group_by_kind_and_issuer():
    plans = plans_by_path()
    actors = plans["actors/index.html"].view
    assert [g.heading for g in actors.groups] == ["People", "States"]
    assert [e.title for e in actors.groups[0].entries] == ["Kim Jong-un", "Lonely Person", "Vladimir Putin"]
    sanctions = plans["sanctions/index.html"].view
    assert [g.heading for g in sanctions.groups] == ["UN Security Council"]


def test_timeline_groups_by_year_then_month_newest_first():
    content = Content(
        {
            "a": briefing("a", 0),  # 2024-02-20
            "b": briefing("b", 25),  # 2024-01-26
            "c": briefing("c", 400),  # 2023
        },
        {}, {},
    )
    site, _ = make_site(content=content)
    view = {p.path: p for p in plan_pages(site)}["timeline/index.html"].view
    assert [(y.year, [m.heading for m in y.months]) for y in view.years] == [
        (2024, ["February 2024", "January 2024"]), (2023, ["January 2023"]),
    ]


def test_home_lists_latest_most_cited_and_tags():
    view = plans_by_path()["index.html"].view
    assert [c.id for c in view.latest] == ["limousine", "summit", "missile"]
    assert [(a.text, a.count) for a in view.actors][0] == ("Kim Jong-un", 3)
    assert "Lonely Person" not in [a.text for a in view.actors]
    assert view.tags[0].text == "North Korea" and view.tags[0].count == 3


def test_credits_list_every_image_with_its_briefing():
    view = plans_by_path()["credits/index.html"].view
    assert [(c.figure.credit, c.briefing.id) for c in view.credits] == [("KCNA via Example", "limousine")]
