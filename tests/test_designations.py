"""Designations (the measures listing an actor) and country names, as the writer and the reader see them."""

from __future__ import annotations

from pathlib import Path

from briefkit.build import Builder
from briefkit.config import load_config
from briefkit.diagnostics import Diagnostics
from briefkit.loader import load_content


def actor(extra: str, name: str = "Kim Jong-un", country: str = "") -> str:
    return (f"---\nname: {name}\nkind: person\n" + (f"country: {country}\n" if country else "")
            + extra + "---\nA person.\n")


def messages(root: Path) -> list[str]:
    diags = Diagnostics()
    config = load_config(root, diags)
    assert config is not None
    load_content(config, diags)
    return [d.format() for d in diags.sorted()]


def test_unknown_sanction_provision_and_date_are_reported_where_written(make_site):
    root = make_site({"content/actors/kim-jong-un.md": actor(
        "designations:\n"
        "  - {sanction: unscr-1781, date: 2016-11-30}\n"
        "  - {sanction: unscr-1718, provision: op8-a-ii}\n"
        "  - {sanction: unscr-1718, date: 30 Nov 2016}\n")})
    msgs = messages(root)
    assert "content/actors/kim-jong-un.md:5:16: error: unknown sanction 'unscr-1781' in a designation\n" \
           "  hint: did you mean 'unscr-1718'?" in msgs
    assert "content/actors/kim-jong-un.md:6:39: error: unknown provision 'op8-a-ii' of sanction 'unscr-1718'\n" \
           "  hint: did you mean 'op8-a-iii'?" in msgs
    assert any(m.startswith("content/actors/kim-jong-un.md:7:34: error: 'date' is not a date") for m in msgs)


def test_listing_shows_on_actor_sanction_and_briefing_pages(make_site):
    root = make_site({
        "content/actors/kim-jong-un.md": actor(
            "designations:\n"
            "  - {sanction: unscr-1718, provision: op8-a-iii, date: 2016-11-30, note: A test listing.}\n",
            country="KP"),
        "content/actors/north-korea.md": "---\nname: North Korea\nkind: state\ncountry: KP\n---\n",
    })
    result = Builder(root).build()
    assert result.ok, [d.format() for d in result.diagnostics.sorted()]
    out = root / "output"
    page = (out / "actors/kim-jong-un/index.html").read_text(encoding="utf-8")
    assert "<dt>Listed under</dt>" in page
    assert '<a href="/sanctions/unscr-1718/">UN Security Council resolution 1718 (2006)</a> · OP 8(a)(iii)' \
           ' · since <time datetime="2016-11-30">30 November 2016</time>' in page
    assert '<dt>Country</dt><dd><a href="/actors/north-korea/">North Korea</a></dd>' in page
    sanction = (out / "sanctions/unscr-1718/index.html").read_text(encoding="utf-8")
    assert '<h2>Actors listed under it</h2>' in sanction
    assert '<a href="/actors/kim-jong-un/">Kim Jong-un</a> <span class="meta">since' in sanction
    assert "A test listing." in sanction
    briefing = (out / "briefings/a-gift/index.html").read_text(encoding="utf-8")
    assert "Listed under UN Security Council resolution 1718 (2006)" in briefing
    # The state itself shows its country as a name, not a link to itself.
    state = (out / "actors/north-korea/index.html").read_text(encoding="utf-8")
    assert "<dt>Country</dt><dd>North Korea</dd>" in state


def test_a_code_missing_from_the_table_is_shown_as_written(make_site):
    root = make_site({"content/actors/kim-jong-un.md": actor("", country="XK")})
    assert Builder(root).build().ok
    page = (root / "output/actors/kim-jong-un/index.html").read_text(encoding="utf-8")
    assert "<dt>Country</dt><dd>XK</dd>" in page


def test_adding_a_designation_reaches_the_sanction_page_on_an_edit_build(make_site):
    root = make_site()
    assert Builder(root).build().ok
    page = root / "output/sanctions/unscr-1718/index.html"
    assert "Actors listed under it" not in page.read_text(encoding="utf-8")
    (root / "content/actors/kim-jong-un.md").write_text(
        actor("designations:\n  - {sanction: unscr-1718, date: 2016-11-30}\n"), encoding="utf-8")
    assert Builder(root).build().ok
    assert '<a href="/actors/kim-jong-un/">Kim Jong-un</a>' in page.read_text(encoding="utf-8")


def test_json_ld_says_who_is_listed_both_ways(make_site):
    import json
    import re

    root = make_site({"content/actors/kim-jong-un.md": actor(
        "designations:\n  - {sanction: unscr-1718, date: 2016-11-30}\n")})
    (root / "content/sanctions/eu-2016-1.md").write_text(
        "---\ntitle: A test regulation\nissuer: EU\n---\nA measure that lists no one.\n", encoding="utf-8")
    result = Builder(root).build()
    assert result.ok, [d.format() for d in result.diagnostics.sorted()]

    def ld(page: str) -> dict:
        html = (root / "output" / page).read_text(encoding="utf-8")
        return json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))

    person = ld("actors/kim-jong-un/index.html")
    assert [(s["@type"], s["name"]) for s in person["subjectOf"]] == [
        ("Legislation", "UN Security Council resolution 1718 (2006)")]
    measure = ld("sanctions/unscr-1718/index.html")
    assert [(a["@type"], a["name"]) for a in measure["about"]] == [("Person", "Kim Jong-un")]
    assert "about" not in ld("sanctions/eu-2016-1/index.html") and "subjectOf" not in ld("actors/vladimir-putin/index.html")
