"""LinkIndex: link targets and name terms built from the content model."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest

from briefkit.config import SiteConfig
from briefkit.diagnostics import Diagnostics, Pos, Severity
from briefkit.linking import LinkIndex
from briefkit.markdown import render_body
from briefkit.model import Actor, ActorKind, ActorRef, Briefing, Content, DocKind, Sanction


def actor(actor_id: str, name: str, *aliases: str) -> Actor:
    return Actor(
        id=actor_id,
        path=f"content/actors/{actor_id}.md",
        name=name,
        kind=ActorKind.PERSON,
        body="",
        body_line=4,
        aliases=aliases,
    )


def briefing(briefing_id: str, body: str, *actor_ids: str) -> Briefing:
    return Briefing(
        id=briefing_id,
        path=f"content/briefings/{briefing_id}.md",
        title=f"Briefing {briefing_id}",
        summary="s",
        date=datetime(2024, 6, 19, tzinfo=timezone.utc),
        date_only=True,
        body=body,
        body_line=8,
        actors=tuple(ActorRef(a) for a in actor_ids),
    )


SANCTION = Sanction(
    id="unscr-2397", path="content/sanctions/unscr-2397.md", title="Resolution 2397", issuer="UN", body="", body_line=3
)


def make_content(*items: Actor | Briefing) -> Content:
    return Content(
        briefings={b.id: b for b in items if isinstance(b, Briefing)},
        actors={a.id: a for a in items if isinstance(a, Actor)},
        sanctions={SANCTION.id: SANCTION},
    )


@pytest.fixture
def config(tmp_path: Path) -> SiteConfig:
    return SiteConfig(root=tmp_path, title="T", base_url="https://user.github.io/repo/")


def test_targets_for_every_document_under_base_path(config: SiteConfig) -> None:
    content = make_content(actor("kim-jong-un", "Kim Jong-un"), briefing("gift", "x"))
    index = LinkIndex.from_content(content, config, Diagnostics())
    assert index.targets["kim-jong-un"].url == "/repo/actors/kim-jong-un/"
    assert index.targets["kim-jong-un"].title == "Kim Jong-un"
    assert index.targets["kim-jong-un"].kind is DocKind.ACTOR
    assert index.targets["gift"].url == "/repo/briefings/gift/"
    assert index.targets["gift"].title == "Briefing gift"
    assert index.targets["unscr-2397"].url == "/repo/sanctions/unscr-2397/"
    assert index.targets["unscr-2397"].kind is DocKind.SANCTION


def test_briefing_context_autolinks_annotated_actors_and_detects_all(config: SiteConfig) -> None:
    body = "Kim Jong-un gave Putin a gift; Lavrov watched."
    b = briefing("gift", body, "kim-jong-un", "sergei-lavrov")
    content = make_content(
        actor("kim-jong-un", "Kim Jong-un", "Kim"),
        actor("vladimir-putin", "Vladimir Putin", "Putin"),
        actor("sergei-lavrov", "Sergei Lavrov", "Lavrov"),
        b,
    )
    diags = Diagnostics()
    index = LinkIndex.from_content(content, config, diags)
    ctx = index.context_for_briefing(b, config)
    assert set(ctx.autolink_terms) == {"kim-jong-un", "sergei-lavrov"}
    assert ctx.autolink_terms["kim-jong-un"] == ("Kim Jong-un", "Kim")
    assert set(ctx.mention_terms) == {"kim-jong-un", "vladimir-putin", "sergei-lavrov"}
    assert ctx.autolink == "first" and ctx.allow_html is False

    rendered = render_body(b.body, ctx, pos=Pos(b.path, b.body_line), diags=diags)
    assert 'href="/repo/actors/kim-jong-un/" class="ref ref-actors autolink">Kim Jong-un</a>' in rendered.html
    assert 'class="ref ref-actors autolink">Lavrov</a>' in rendered.html
    assert "Putin</a>" not in rendered.html
    assert rendered.mentions == ("kim-jong-un", "vladimir-putin", "sergei-lavrov")
    assert not diags.items


def test_config_autolink_and_allow_html_carry_over(tmp_path: Path) -> None:
    config = SiteConfig(root=tmp_path, title="T", base_url="https://x.org/", autolink="all", allow_html=True)
    b = briefing("gift", "Kim and Kim. <kbd>k</kbd>", "kim-jong-un")
    index = LinkIndex.from_content(make_content(actor("kim-jong-un", "Kim Jong-un", "Kim"), b), config, Diagnostics())
    ctx = index.context_for_briefing(b, config)
    html = render_body(b.body, ctx, pos=Pos(b.path, 8), diags=Diagnostics()).html
    assert html.count('href="/actors/kim-jong-un/" class="ref ref-actors autolink"') == 2
    assert "<kbd>k</kbd>" in html


def test_registry_context_links_ids_but_never_autolinks(config: SiteConfig) -> None:
    content = make_content(actor("kim-jong-un", "Kim Jong-un"), actor("kim-yo-jong", "Kim Yo-jong"))
    index = LinkIndex.from_content(content, config, Diagnostics())
    ctx = index.context_for_registry(config)
    assert ctx.autolink == "none"
    diags = Diagnostics()
    rendered = render_body("Sister of Kim Jong-un; see [[unscr-2397]].", ctx, pos=Pos("content/actors/kim-yo-jong.md", 6), diags=diags)
    assert "autolink" not in rendered.html
    assert '<a href="/repo/sanctions/unscr-2397/" class="ref ref-sanctions">Resolution 2397</a>' in rendered.html
    assert rendered.mentions == ("kim-jong-un",)
    assert rendered.links == ("unscr-2397",)


def test_shared_alias_is_dropped_for_both_with_one_warning(config: SiteConfig) -> None:
    b = briefing("meeting", "The Chairman met the Chairman. Kim Jong-un smiled.", "kim-jong-un", "kim-il-sung")
    content = make_content(
        actor("kim-jong-un", "Kim Jong-un", "Chairman", "Marshal"),
        actor("kim-il-sung", "Kim Il-sung", "Chairman"),
        b,
    )
    diags = Diagnostics()
    index = LinkIndex.from_content(content, config, diags)
    (w,) = diags.items
    assert w.severity is Severity.WARNING
    assert "'Chairman'" in w.message and "kim-jong-un" in w.message and "kim-il-sung" in w.message
    # Files in path order: kim-il-sung.md comes before kim-jong-un.md, so the second is kim-jong-un.
    assert w.pos == Pos("content/actors/kim-jong-un.md", 1)
    assert w.hint
    assert index.terms["kim-jong-un"] == ("Kim Jong-un", "Marshal")
    assert index.terms["kim-il-sung"] == ("Kim Il-sung",)

    ctx = index.context_for_briefing(b, config)
    rendered = render_body(b.body, ctx, pos=Pos(b.path, 8), diags=diags)
    assert "Chairman</a>" not in rendered.html
    assert 'class="ref ref-actors autolink">Kim Jong-un</a>' in rendered.html


def test_name_equal_to_another_actors_alias_is_shared_too(config: SiteConfig) -> None:
    content = make_content(actor("korea-dprk", "North Korea", "DPRK"), actor("dprk-govt", "DPRK"))
    diags = Diagnostics()
    index = LinkIndex.from_content(content, config, diags)
    assert len(diags.warnings) == 1
    assert "dprk-govt" not in index.terms
    assert index.terms["korea-dprk"] == ("North Korea",)


def test_unknown_id_in_briefing_hints_at_real_ids(config: SiteConfig) -> None:
    b = briefing("gift", "Intro.\n\nSee [[unscr-2379]].", "kim-jong-un")
    index = LinkIndex.from_content(make_content(actor("kim-jong-un", "Kim Jong-un"), b), config, Diagnostics())
    diags = Diagnostics()
    render_body(b.body, index.context_for_briefing(b, config), pos=Pos(b.path, b.body_line), diags=diags)
    (e,) = diags.items
    assert e.format() == (
        "content/briefings/gift.md:10:5: error: unknown link target 'unscr-2379'\n  hint: did you mean 'unscr-2397'?"
    )
