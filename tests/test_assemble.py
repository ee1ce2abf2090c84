"""assemble: indexes, backlinks, co-occurrence, related ranking, previous/next, warnings.

Content is built directly from the model types (no files), so each test states exactly the
relations it checks. `make_site` is shared with test_pages and test_render.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from briefkit.assemble import ActorBacklink, SanctionBacklink, assemble
from briefkit.config import SiteConfig
from briefkit.diagnostics import Diagnostics
from briefkit.markdown import RenderedBody
from briefkit.model import (
    Actor,
    ActorKind,
    ActorRef,
    Briefing,
    Content,
    Image,
    Provision,
    Sanction,
    SanctionRef,
    Source,
)

T0 = datetime(2024, 2, 20, 21, 48, tzinfo=timezone.utc)


def config(root: Path | None = None, base_url: str = "https://example.org/") -> SiteConfig:
    return SiteConfig(root=root or Path("/nonexistent-site"), title="Test briefings", base_url=base_url)


def briefing(bid: str, days_ago: int = 0, **kw) -> Briefing:
    defaults = dict(
        id=bid, path=f"content/briefings/{bid}.md", title=kw.pop("title", bid.replace("-", " ").title()),
        summary=kw.pop("summary", f"Summary of {bid}."), date=T0 - timedelta(days=days_ago),
        date_only=False, body="", body_line=5,
    )
    defaults.update(kw)
    return Briefing(**defaults)


def actor(aid: str, name: str, kind: ActorKind = ActorKind.PERSON, **kw) -> Actor:
    return Actor(id=aid, path=f"content/actors/{aid}.md", name=name, kind=kind, body="", body_line=4, **kw)


def sanction(sid: str, title: str, issuer: str = "UN Security Council", **kw) -> Sanction:
    return Sanction(id=sid, path=f"content/sanctions/{sid}.md", title=title, issuer=issuer, body="",
                    body_line=4, **kw)


def body(html: str = "<p>Body.</p>", mentions: tuple[str, ...] = (), links: tuple[str, ...] = ()) -> RenderedBody:
    return RenderedBody(html=html, toc=(), links=links, mentions=mentions)


def sample_content() -> Content:
    """Three briefings over two actors, two sanctions and colliding tag spellings."""
    actors = {
        "kim-jong-un": actor("kim-jong-un", "Kim Jong-un", ids=(("wikidata", "Q56226"),)),
        "vladimir-putin": actor("vladimir-putin", "Vladimir Putin", ids=(("wikidata", "Q7747"),)),
        "north-korea": actor("north-korea", "North Korea", ActorKind.STATE, country="KP"),
        "lonely": actor("lonely", "Lonely Person"),
    }
    sanctions = {
        "unscr-2397": sanction(
            "unscr-2397", "Resolution 2397", symbol="S/RES/2397 (2017)", adopted=date(2017, 12, 22),
            provisions=(Provision("op7", "OP 7", "Transportation vehicles"),
                        Provision("op8", "OP 8", "Other")),
        ),
        "unscr-1718": sanction(
            "unscr-1718", "Resolution 1718", provisions=(Provision("op8-a-iii", "OP 8(a)(iii)", "Luxury goods"),),
        ),
    }
    briefings = {
        "limousine": briefing(
            "limousine", 0, title="Putin gives Kim a limousine",
            tags=("North Korea", "Russia", "luxury goods"),
            actors=(ActorRef("vladimir-putin", "giver", "Gave the car."), ActorRef("kim-jong-un", "recipient")),
            sanctions=(SanctionRef("unscr-2397", "op7", "Vehicles are banned."),
                       SanctionRef("unscr-1718", "op8-a-iii")),
            images=(Image(caption="The car", credit="KCNA via Example"),),
            source=Source(publisher="Example News", headline="Putin gifts car", url="https://news.example/car",
                          published=T0),
        ),
        "summit": briefing(
            "summit", 10, title="Summit in Vostochny", tags=("north korea", "Russia"),
            actors=(ActorRef("kim-jong-un", "guest"), ActorRef("vladimir-putin", "host")),
            sanctions=(SanctionRef("unscr-2397"),),
        ),
        "missile": briefing(
            "missile", 20, title="Missile test", tags=("North Korea",),
            actors=(ActorRef("kim-jong-un"), ActorRef("north-korea", "launcher")),
        ),
        "draft-one": briefing(
            "draft-one", -5, draft=True, actors=(ActorRef("kim-jong-un"),), tags=("Draft only",),
        ),
    }
    return Content(briefings=briefings, actors=actors, sanctions=sanctions)


def make_site(root: Path | None = None, base_url: str = "https://example.org/", *, drafts: bool = False,
              content: Content | None = None, bodies: dict | None = None):
    content = content or sample_content()
    bodies = bodies if bodies is not None else {bid: body() for bid in content.briefings}
    diags = Diagnostics()
    return assemble(config(root, base_url), content, bodies, diags, drafts=drafts), diags


def test_published_newest_first_and_drafts_only_on_request():
    site, _ = make_site()
    assert site.briefings == ("limousine", "summit", "missile")
    site, _ = make_site(drafts=True)
    assert site.briefings == ("draft-one", "limousine", "summit", "missile")


def test_equal_instants_order_by_id():
    content = Content({b: briefing(b, 3) for b in ("b", "c", "a")}, {}, {})
    site, _ = make_site(content=content)
    assert site.briefings == ("a", "b", "c")


def test_tag_collision_merges_and_shows_most_frequent_spelling():
    site, _ = make_site()
    tag = site.tags["north-korea"]
    assert tag.name == "North Korea"  # 2× "North Korea" vs 1× "north korea"
    assert tag.briefings == ("limousine", "summit", "missile")
    assert "draft-only" not in site.tags  # drafts contribute nothing unless built
    assert list(site.tags) == sorted(site.tags)


def test_backlinks_carry_role_and_provision():
    site, _ = make_site()
    assert site.actor_backlinks["vladimir-putin"] == (
        ActorBacklink("limousine", "giver", "Gave the car."), ActorBacklink("summit", "host", None),
    )
    assert site.sanction_backlinks["unscr-2397"] == (
        SanctionBacklink("limousine", "op7", "Vehicles are banned."), SanctionBacklink("summit", None, None),
    )
    assert site.citation_count("kim-jong-un") == 3


def test_co_actors_and_sanctions_with_counts():
    site, _ = make_site()
    # Putin shares two briefings with Kim; North Korea only one: descending count, then name.
    assert site.co_actors["kim-jong-un"] == (("vladimir-putin", 2), ("north-korea", 1))
    assert site.actor_sanctions["kim-jong-un"] == (("unscr-2397", 2), ("unscr-1718", 1))
    assert "lonely" not in site.co_actors


def test_related_ranking_weights_and_ties():
    site, _ = make_site()
    # limousine~summit: 2 actors (6) + 1 sanction (2) + 2 tags (2) = 10; limousine~missile: 3 + 1 = 4.
    assert site.related["limousine"] == ("summit", "missile")
    # missile: summit and limousine both score 3+1=4 -> newest first.
    assert site.related["missile"] == ("limousine", "summit")


def test_related_keeps_top_five_and_skips_unrelated():
    content = Content(
        {f"b{i}": briefing(f"b{i}", i, tags=("x",) if i < 7 else ("y",)) for i in range(8)}, {}, {},
    )
    site, _ = make_site(content=content)
    assert site.related["b0"] == ("b1", "b2", "b3", "b4", "b5")
    assert site.related["b7"] == ()


def test_related_equals_a_plain_pairwise_ranking_on_random_sites():
    """The bitset scoring against the definition: every pair scored, best first, ties newest first."""
    import random

    from briefkit.assemble import ACTOR_WEIGHT, RELATED_LIMIT, SANCTION_WEIGHT, TAG_WEIGHT, _all_related

    for seed in range(200):
        rnd = random.Random(seed)
        order = tuple(f"b{i}" for i in range(rnd.randint(0, 70)))
        pools = [[f"{kind}{k}" for k in range(rnd.randint(1, 9))] for kind in "ast"]
        held = [{b: tuple(rnd.sample(pool, rnd.randint(0, min(4, len(pool))))) for b in order} for pool in pools]
        weights = (ACTOR_WEIGHT, SANCTION_WEIGHT, TAG_WEIGHT)
        expected = {}
        for i, b in enumerate(order):
            scored = []
            for j, other in enumerate(order):
                score = sum(w * len(set(h[b]) & set(h[other])) for w, h in zip(weights, held))
                if j != i and score:
                    scored.append((-score, j))
            expected[b] = tuple(order[j] for _, j in sorted(scored)[:RELATED_LIMIT])
        assert _all_related(order, *held) == expected, seed


def test_previous_and_next_by_date():
    site, _ = make_site()
    assert site.previous["limousine"] == "summit" and site.next["limousine"] is None
    assert site.previous["summit"] == "missile" and site.next["summit"] == "limousine"
    assert site.previous["missile"] is None


def test_warnings_for_unannotated_mention_and_unused_entries():
    content = sample_content()
    bodies = {bid: body() for bid in content.briefings}
    bodies["missile"] = body(mentions=("kim-jong-un", "vladimir-putin"))  # Putin not annotated here
    site, diags = make_site(content=content, bodies=bodies)
    texts = [d.format() for d in diags]
    assert any(
        t.startswith("content/briefings/missile.md:5: warning: actor 'Vladimir Putin' (vladimir-putin) is named")
        and "actors:" in t for t in texts
    ), texts
    assert any(t.startswith("content/actors/lonely.md:1: warning:") for t in texts)
    assert not any("kim-jong-un" in t for t in texts)  # annotated where mentioned, and used
    assert not any("unscr" in t for t in texts)
    assert not diags.errors


def test_body_link_counts_as_reference():
    content = sample_content()
    bodies = {bid: body() for bid in content.briefings}
    bodies["summit"] = body(links=("lonely",))
    _, diags = make_site(content=content, bodies=bodies)
    assert not any("lonely" in d.message for d in diags)
