"""`briefkit import` end to end: fixtures in three publisher formats, a tiny registry, bad input."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
import yaml

from briefkit.cli import main

FIXTURES = Path(__file__).parent / "fixtures" / "import"

REGISTRY = {
    "site.yaml": """\
        title: Import test site
        base_url: https://example.org/
        importer:
          boilerplate:
            - Read our latest coverage of the peninsula
        """,
    "content/actors/vladimir-putin.md": "---\nname: Vladimir Putin\nkind: person\naliases: [Mr Putin]\n---\n",
    "content/actors/kim-jong-un.md": "---\nname: Kim Jong-un\nkind: person\naliases: [Kim Jong Un]\n---\n",
    "content/actors/kim-yo-jong.md": "---\nname: Kim Yo-jong\nkind: person\naliases: [Ms Kim]\n---\n",
    "content/actors/north-korea.md": "---\nname: North Korea\nkind: state\naliases: [DPRK, Pyongyang]\n---\n",
    "content/actors/russia.md": "---\nname: Russia\nkind: state\naliases: [Moscow, the Kremlin]\n---\n",
    "content/actors/china.md": "---\nname: China\nkind: state\n---\n",
    "content/actors/panel-of-experts.md": (
        "---\nname: UN Panel of Experts on North Korea\nkind: organisation\naliases: [Panel of Experts]\n---\n"
    ),
    "content/sanctions/unscr-1718.md": (
        "---\ntitle: UN Security Council resolution 1718 (2006)\nissuer: UN Security Council\n"
        "symbol: S/RES/1718 (2006)\naliases: [resolution 1718]\n---\n"
    ),
    "content/sanctions/unscr-2397.md": (
        "---\ntitle: UN Security Council resolution 2397 (2017)\nissuer: UN Security Council\n"
        "symbol: S/RES/2397 (2017)\n---\n"
    ),
    "content/sanctions/eu-2017-1509.md": (
        "---\ntitle: Council Regulation (EU) 2017/1509\nissuer: Council of the EU\n"
        "symbol: Regulation (EU) 2017/1509\n---\n"
    ),
    "content/briefings/2024-01-10-earlier.md": """\
        ---
        title: An earlier briefing
        summary: Gives the site its tag vocabulary.
        date: 2024-01-10
        tags: [sanctions, luxury goods, treaties]
        actors: [vladimir-putin]
        ---
        Vladimir Putin.
        """,
}


@pytest.fixture
def site(tmp_path: Path) -> Path:
    root = tmp_path / "site"
    for rel, text in REGISTRY.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    return root


def briefings(site: Path) -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted((site / "content" / "briefings").glob("*.md"))}


def split(document: str) -> tuple[dict, str]:
    _, front, body = document.split("---\n", 2)
    return yaml.safe_load(front), body


def run_stdout(capsys, site: Path, source: Path) -> tuple[dict, str, str]:
    code = main(["import", str(source), "--stdout", "--site", str(site)])
    out, err = capsys.readouterr()
    assert code == 0, err
    meta, body = split(out)
    return meta, body, out


EXPECTED = {
    "pagedump-putin-pyongyang.txt": dict(
        title="Putin and Kim sign mutual defence pact as Russian leader makes rare Pyongyang visit",
        summary_starts="Treaty commits each country to help the other",
        published="2024-06-19T17:30:00+01:00",
        authors=["Marta Kowalczyk"],
        publisher=None,
        images=[
            ("Kim Jong-un greets Vladimir Putin at the airport in Pyongyang", "Sputnik/Kremlin pool via Reuters"),
            ("Kim Jong-un and Vladimir Putin sign the partnership treaty", "KCNA via AP"),
        ],
        actors={"vladimir-putin", "kim-jong-un", "north-korea", "russia"},
        sanctions={"unscr-1718", "unscr-2397"},
        kept=["The visit came months after the two men met", "Mr Putin arrived before dawn"],
        gone=["Help us keep reporting", "paywall", "Please consider supporting", "Advertisement", "Comments",
              "Related North Korea", "commenting forum", "conversations", "registering", "logged in"],
    ),
    "dump-meridian-treaty.txt": dict(
        title="Russia's Pyongyang treaty puts sanctions monitors on alert",
        summary_starts="Experts say the pact signed by the two leaders",
        published="2024-06-19T18:05:00+01:00",
        authors=["Jane Marlow", "Tom Reyes"],
        publisher=None,
        images=[
            ("Vladimir Putin and Kim Jong-un at the signing ceremony in Pyongyang on Wednesday.",
             "Gavriil Grigorov/Sputnik/AFP"),
            ("Residents watch the motorcade pass through central Pyongyang", "Kim Won-jin/AFP/Getty Images"),
        ],
        actors={"vladimir-putin", "kim-jong-un", "north-korea", "russia"},
        sanctions={"unscr-2397", "eu-2017-1509"},
        kept=["Regulation (EU) 2017/1509", "The Kremlin said the treaty was defensive"],
        gone=["Sign up", "newsletter", "Privacy Notice", "Explore more", "Reuse this content", "Share",
              "Support us", "payment methods", "Remind me", "supporting our journalism", "Photograph"],
    ),
    "saved-page-panel-veto.html": dict(
        title="UN sanctions monitors on North Korea close shop after Russian veto",
        summary_starts="The expert panel that tracked breaches",
        published="2024-04-30T08:00:00+02:00",
        authors=["Ana Ruiz", "Lee Min-ho"],
        publisher="The Harbour Post",
        images=[
            ("Members of the Security Council vote on the renewal of the panel's mandate in March.",
             "Lena Ortiz/Harbour Post"),
            ("A tanker suspected of a ship-to-ship transfer, in a picture released by a UN member state",
             "Japan Ministry of Defense/Handout"),
            ("A page from one of the panel's final reports", "UN Photo"),
        ],
        actors={"north-korea", "russia", "china", "panel-of-experts"},
        sanctions={"unscr-1718"},
        kept=["## What the panel found", "- luxury vehicles shipped", "> Without the panel",
              "after Russia vetoed the renewal of its mandate in the Security Council"],
        gone=["cookies", "Accept all", "World", "Log in", "Advertisement", "Korea Weekly", "Share on",
              "Related stories", "All rights reserved", "Photograph:", "tanker suspected"],
    ),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_fixture_imports_with_metadata_images_and_annotations(capsys, site: Path, name: str) -> None:
    want = EXPECTED[name]
    meta, body, _ = run_stdout(capsys, site, FIXTURES / name)
    assert meta["title"] == want["title"]
    assert meta["summary"].startswith(want["summary_starts"])
    assert meta["source"]["published"].isoformat() == want["published"]
    assert meta["date"] == meta["source"]["published"]
    assert meta["source"]["authors"] == want["authors"]
    assert meta["source"].get("publisher") == want["publisher"]
    assert [(i["caption"], i["credit"]) for i in meta["images"]] == want["images"]
    assert set(meta.get("actors", [])) >= want["actors"]
    assert set(meta.get("sanctions", [])) == want["sanctions"]
    for text in want["kept"]:
        assert text in body
    for text in want["gone"]:
        assert text not in body, text
    for caption, credit in want["images"]:
        assert caption.rstrip(".") not in body
        assert credit not in body
    assert want["title"] not in body


def test_html_links_are_kept_beside_the_text_not_in_it(capsys, site: Path) -> None:
    """A link's Markdown would split its sentence; the analyst finds the address in a front-matter comment."""
    meta, body, out = run_stdout(capsys, site, FIXTURES / "saved-page-panel-veto.html")
    assert "](https://press.un.example" not in body
    head = out.split("\n---\n", 1)[0]
    assert "#   Russia vetoed the renewal of its mandate <https://press.un.example/2024/sc15641>" in head


def test_html_figures_keep_src_made_absolute_and_alt(capsys, site: Path) -> None:
    meta, _, _ = run_stdout(capsys, site, FIXTURES / "saved-page-panel-veto.html")
    first, second, third = meta["images"]
    assert first["src"] == "https://harbourpost.example/images/2024/security-council-vote.jpg"
    assert first["alt"].startswith("Ambassadors raise their hands")
    assert second["src"] == "https://cdn.harbourpost.example/img/tanker.jpg"  # lazy-loaded, not the data: URI
    assert third["src"] == "https://harbourpost.example/world/2024/04/img/panel-report.jpg"
    assert meta["source"]["url"] == "https://harbourpost.example/world/2024/04/30/un-panel-north-korea"


def test_the_seed_shapes_are_handled_without_its_sentences(capsys, site: Path, tmp_path: Path) -> None:
    """A dump whose appeal, furniture and captions are worded unlike any fixture."""
    text = textwrap.dedent("""\
        Kim Jong Un inspects a new limousine at a Pyongyang ceremony

        The car arrived weeks after a summit and is likely to breach the UN ban on luxury goods

        By Priya Nair
        Tuesday 20 February 2024 21:48 GMT
        Comments

        Your support keeps our newsroom going

        Every month we send reporters to places others leave behind. If you value that, a donation of any size helps.

        Thank you for standing with us.

        Mr Kim was shown inspecting the vehicle in pictures released on Tuesday, standing beside Ms Kim and several officials.

        The vehicle was presented as a personal gift and delivered by a foreign delegation, state media said, without naming the sender's government.

        Read our latest coverage of the peninsula

        Kim Jong Un at the ceremony in Pyongyang
        Kim Jong Un at the ceremony in Pyongyang (KCNA/EPA)

        Experts said the delivery would be a breach of resolution 1718 whatever the car's origin, since the ban covers every luxury vehicle sent to the country.

        Join the conversation in our reader forum

        Log in to keep reading
        """)
    source = tmp_path / "dump.txt"
    source.write_text(text, encoding="utf-8")
    meta, body, _ = run_stdout(capsys, site, source)
    assert meta["source"]["authors"] == ["Priya Nair"]
    assert meta["images"] == [{"caption": "Kim Jong Un at the ceremony in Pyongyang", "credit": "KCNA/EPA"}]
    assert set(meta["actors"]) >= {"kim-jong-un", "kim-yo-jong", "north-korea"}
    assert meta["sanctions"] == ["unscr-1718"]
    for gone in ("newsroom", "donation", "standing with us", "Read our latest", "forum", "Log in", "Comments"):
        assert gone not in body, gone
    assert body.count("Kim Jong Un at the ceremony") == 0


def test_import_writes_a_briefing_that_passes_check(capsys, site: Path) -> None:
    from briefkit.build import Builder

    for name in EXPECTED:
        assert main(["import", str(FIXTURES / name), "--site", str(site)]) == 0
    out = capsys.readouterr().out
    written = briefings(site)
    assert "2024-06-19-putin-kim-sign-mutual-defence-pact.md" in written
    assert "wrote content/briefings/2024-06-19-putin-kim-sign-mutual-defence-pact.md" in out
    assert len(written) == 4
    diags = Builder(site).check()
    assert not diags.errors, "\n".join(d.format() for d in diags.errors)


def test_unknown_names_are_suggested_as_comments_never_as_ids(capsys, site: Path) -> None:
    meta, _, out = run_stdout(capsys, site, FIXTURES / "pagedump-putin-pyongyang.txt")
    assert "Choe Son-hui (person)" in out
    comment_lines = [ln for ln in out.split("---\n")[1].splitlines() if ln.startswith("#")]
    assert any("Choe Son-hui" in ln for ln in comment_lines)
    assert not any("choe" in a for a in meta["actors"])


def test_ambiguous_honorific_is_reported_not_guessed(capsys, site: Path, tmp_path: Path) -> None:
    (site / "content/actors/kim-yo-jong.md").write_text("---\nname: Kim Yo-jong\nkind: person\n---\n", encoding="utf-8")
    source = tmp_path / "ambiguous.txt"
    source.write_text(
        "A leader's motorcade and a question of sanctions\n\n"
        "Officials weigh what the new cars mean for the luxury goods ban\n\nBy Ana Ruiz\n2024-03-01\n\n"
        + "Mr Kim travelled in a new car on Friday, officials said, and the convoy drove through the capital. " * 4
        + "\n\nIt was the second such car seen this year, according to people who follow the country's leadership.\n",
        encoding="utf-8",
    )
    meta, _, out = run_stdout(capsys, site, source)
    assert "kim-jong-un" not in meta.get("actors", [])
    assert "kim-yo-jong" not in meta.get("actors", [])
    assert "'Mr Kim' could be kim-jong-un or kim-yo-jong" in out


def test_site_yaml_boilerplate_phrases_are_removed(capsys, site: Path) -> None:
    _, body, _ = run_stdout(capsys, site, FIXTURES / "pagedump-putin-pyongyang.txt")
    assert "Read our latest coverage" not in body


def test_existing_briefing_is_not_overwritten_without_force(capsys, site: Path) -> None:
    source = str(FIXTURES / "dump-meridian-treaty.txt")
    assert main(["import", source, "--site", str(site)]) == 0
    target = site / "content/briefings/2024-06-19-russia-pyongyang-treaty-puts-sanctions-monitors.md"
    assert target.is_file()
    target.write_text(target.read_text(encoding="utf-8") + "\nAnalyst's notes.\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["import", source, "--site", str(site)]) == 1
    err = capsys.readouterr().err
    assert "already exists" in err and "--force" in err
    assert "Analyst's notes." in target.read_text(encoding="utf-8")
    assert main(["import", source, "--site", str(site), "--force"]) == 0
    assert "Analyst's notes." not in target.read_text(encoding="utf-8")


def test_dry_run_writes_nothing_and_says_what_it_would_write(capsys, site: Path) -> None:
    before = briefings(site)
    assert main(["import", str(FIXTURES / "saved-page-panel-veto.html"), "--dry-run", "--site", str(site)]) == 0
    out = capsys.readouterr().out
    assert "would write content/briefings/2024-04-30-un-sanctions-monitors-north-korea-close.md" in out
    assert briefings(site) == before


def test_folder_imports_every_article_in_it(capsys, site: Path) -> None:
    assert main(["import", str(FIXTURES), "--site", str(site)]) == 0
    sources = [p for p in FIXTURES.iterdir() if p.suffix in (".txt", ".md", ".html")]
    assert len(sources) >= 3
    assert len(briefings(site)) == 1 + len(sources)


BAD = {
    "empty.txt": (b"", "empty"),
    "blank.md": (b"  \n\n \n", "empty"),
    "picture.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "not a text file"),
    "latin1.txt": ("Caf\xe9 owners protest\n\nA long story follows here.\n".encode("latin-1"), "undecodable bytes"),
    "menu.txt": (b"Home\nNews\nWorld\nSport\nLog in\nSubscribe\n", "not an article"),
    "nohead.html": (b"<html><body><div>" + b"Words without any title. " * 40 + b"</div></body></html>", "no headline"),
    "short.html": (b"<html><head><title>Search results</title></head><body><h1>Search</h1><p>No results.</p></body></html>",
                   "not an article"),
}


@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_input_exits_1_names_the_file_and_writes_nothing(capsys, site: Path, tmp_path: Path, name: str) -> None:
    data, expected = BAD[name]
    source = tmp_path / name
    source.write_bytes(data)
    before = briefings(site)
    assert main(["import", str(source), "--site", str(site)]) == 1
    err = capsys.readouterr().err
    assert f"{source}: error:" in err
    assert expected in err
    assert "Traceback" not in err
    assert briefings(site) == before


def test_good_sources_still_import_when_another_fails(capsys, site: Path, tmp_path: Path) -> None:
    bad = tmp_path / "empty.txt"
    bad.write_text("", encoding="utf-8")
    code = main(["import", str(bad), str(FIXTURES / "dump-meridian-treaty.txt"), str(tmp_path / "missing.html"),
                 "--site", str(site)])
    assert code == 1
    err = capsys.readouterr().err
    assert "empty.txt: error: the file is empty" in err
    assert "missing.html: error: no such file or folder" in err
    assert "2024-06-19-russia-pyongyang-treaty-puts-sanctions-monitors.md" in briefings(site)


def test_stdout_without_a_site_still_imports(capsys, tmp_path: Path) -> None:
    assert main(["import", str(FIXTURES / "dump-meridian-treaty.txt"), "--stdout", "--site", str(tmp_path)]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("---\ntitle: Russia's Pyongyang treaty")
    assert "without a registry" in err
    assert main(["import", str(FIXTURES / "dump-meridian-treaty.txt"), "--site", str(tmp_path)]) == 1
    assert "no site.yaml" in capsys.readouterr().err


def test_wire_style_dump_with_caps_byline_and_updated_time_first(capsys, site: Path, tmp_path: Path) -> None:
    source = tmp_path / "wire.txt"
    source.write_text(textwrap.dedent("""\
        North Korea and Russia pledge closer ties at rare summit
        By JANE ROE and TOM POE
        Updated 6:05 PM EDT, June 19, 2024
        SEOUL, South Korea (AP) — The two leaders signed an agreement on Wednesday that both sides described as a new stage in their relations, during a visit criticised in Washington.
        The leaders attend a ceremony in Pyongyang on Wednesday, June 19, 2024. (Gavriil Grigorov, Sputnik, Kremlin Pool Photo via AP)
        The two leaders spoke for several hours, according to the Kremlin, which said talks covered trade as well as security.
        ADVERTISEMENT
        Officials in Seoul said they were studying the text, which the state news agency published the following day.
        ___
        """), encoding="utf-8")
    meta, body, _ = run_stdout(capsys, site, source)
    assert meta["source"]["authors"] == ["Jane Roe", "Tom Poe"]
    assert meta["source"]["published"].isoformat() == "2024-06-19T18:05:00-04:00"
    assert meta["summary"].startswith("The two leaders signed an agreement")
    assert "standfirst" not in meta["source"]
    assert meta["images"] == [{"caption": "The leaders attend a ceremony in Pyongyang on Wednesday, June 19, 2024.",
                               "credit": "Gavriil Grigorov, Sputnik, Kremlin Pool Photo via AP"}]
    assert "ADVERTISEMENT" not in body and "___" not in body and "Kremlin Pool" not in body


def test_markdown_source_keeps_its_structure(capsys, site: Path, tmp_path: Path) -> None:
    source = tmp_path / "notes.md"
    source.write_text(
        "# Seoul widens its sanctions list\n\nFour people and two ships are added to the list.\n\n*By Min-ji Park*\n\n"
        "Published: 12 March 2024\n\n"
        "South Korea added four people and two vessels to its [list](https://example.org/list) on Tuesday, "
        "officials said, citing their role in procuring missile parts for the North.\n\n## Who is on it\n\n"
        "- two shipping managers based abroad\n- two bankers who moved funds\n\n"
        "The measures are largely symbolic, officials said, but are meant to back resolution 1718.\n",
        encoding="utf-8",
    )
    meta, body, _ = run_stdout(capsys, site, source)
    assert meta["title"] == "Seoul widens its sanctions list"
    assert meta["source"]["authors"] == ["Min-ji Park"]
    assert str(meta["date"]) == "2024-03-12"
    assert "- two shipping managers based abroad\n- two bankers who moved funds" in body
    assert "## Who is on it" in body and "[list](https://example.org/list)" in body
    assert meta["sanctions"] == ["unscr-1718"]


def test_html_credit_beside_the_caption_and_caption_labels(capsys, site: Path, tmp_path: Path) -> None:
    paragraphs = "".join(
        f"<p>Paragraph {n} of a report on shipping and sanctions enforcement in the seas around the peninsula, "
        "with enough words to count as text.</p>" for n in range(5))
    source = tmp_path / "page.htm"
    source.write_text(
        "<html><head><meta property='og:url' content='https://news.example/asia/1'>"
        "<meta property='article:published_time' content='2024-05-02T10:00:00+01:00'></head><body><article>"
        "<h1>Ships slip through a thinning net</h1><figure><div><img src='/i/ship.jpg' alt='A cargo ship'>"
        "<span role='text'><span>Image source, </span>Reuters</span></div>"
        "<figcaption><span>Image caption, </span>A cargo ship at anchor</figcaption></figure>"
        f"{paragraphs}<p class='caption'>Dock workers load a vessel. Photograph: Jane Roe/AP</p>"
        "<p>A closing paragraph about what officials plan to do next about the ships and their owners.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    meta, body, _ = run_stdout(capsys, site, source)
    assert meta["images"] == [{"src": "https://news.example/i/ship.jpg", "alt": "A cargo ship",
                               "caption": "A cargo ship at anchor", "credit": "Reuters"},
                              {"caption": "Dock workers load a vessel.", "credit": "Jane Roe/AP"}]
    assert "Image source" not in body and "cargo ship at anchor" not in body
    assert "Dock workers" not in body and "A closing paragraph" in body
