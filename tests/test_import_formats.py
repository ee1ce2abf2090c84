"""`briefkit import` on publisher formats the importer was not written against.

Each fixture imitates one publisher family's page shape (a copied page-text dump, a saved HTML
page or a Markdown copy) in the project's own words. The assertions are what a new user checks,
inside a copy of the example site: headline, standfirst, date with its offset, authors, every
caption with its exact credit in order, no furniture and no caption left in the body, the
registry's actors and sanctions found, and a written briefing that passes `check`.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from briefkit.cli import main

REPO = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).parent / "fixtures" / "import"


@pytest.fixture
def example_site(tmp_path: Path) -> Path:
    """A copy of the repository's example site (site.yaml, content/, templates/)."""
    root = tmp_path / "site"
    root.mkdir()
    shutil.copy(REPO / "site.yaml", root / "site.yaml")
    shutil.copytree(REPO / "content", root / "content")
    if (REPO / "templates").is_dir():
        shutil.copytree(REPO / "templates", root / "templates")
    return root


def split(document: str) -> tuple[dict, str, str]:
    _, front, body = document.split("---\n", 2)
    return yaml.safe_load(front), body, front


def run_stdout(capsys, site: Path, source: Path) -> tuple[dict, str, str, str]:
    code = main(["import", str(source), "--stdout", "--site", str(site)])
    out, err = capsys.readouterr()
    assert code == 0, err
    meta, body, front = split(out)
    return meta, body, front, err


CASES: dict[str, dict] = {
    "guardian-style-panel-veto.txt": dict(
        title="Russia vetoes renewal of UN panel monitoring North Korea sanctions",
        summary="Moscow's move ends 15 years of independent reporting on how Pyongyang evades measures imposed over its weapons programmes",
        published="2024-03-28T19:42:00+00:00",
        authors=["Helen Fairweather"],
        images=[
            ("Council members raise their hands during Thursday's vote in New York.", "Selma Varga/Reuters"),
            ("A satellite image of a vessel the panel said took part in a transfer of refined petroleum at sea.",
             "Maxar Technologies/AFP/Getty Images"),
        ],
        actors={"russia", "china", "north-korea", "panel-of-experts", "un-security-council"},
        sanctions={"unscr-1718", "unscr-2270", "unscr-2397"},
        kept=["Thirteen of the council's 15 members", "South Korea's foreign ministry called the vote regrettable"],
        gone=["This article is more than", "Sign up", "First Edition", "newsletter", "Privacy Notice",
              "reCaptcha", "after newsletter promotion", "Explore more", "Reuse this content", "Most viewed",
              "Share", "Last modified", "Photograph", "Asia Pacific", "\nnews\n"],
    ),
    "bbc-style-vostochny.txt": dict(
        title="Kim Jong Un and Putin hold talks at Russian space base",
        summary="North Korean leader Kim Jong Un has met Russian President Vladimir Putin at the Vostochny Cosmodrome",
        published="2023-09-13",
        authors=["Hana Lindqvist"],
        images=[
            ("Mr Kim was given a tour of the launch facilities before the talks began", "Getty Images"),
            ("The two leaders shook hands at the entrance of the cosmodrome", "Reuters"),
        ],
        actors={"kim-jong-un", "vladimir-putin", "russia", "north-korea", "dmitry-peskov", "un-security-council"},
        sanctions={"unscr-2270"},
        kept=["Moscow, for its part", "Resolution 2270, passed in 2016"],
        gone=["Image source", "Image caption", "Media caption", "Watch:", "Related topics", "More on this story",
              "Published", "Seoul correspondent", "Reporting from Seoul", "Share", "Save", "2 days ago",
              "What we know about Kim's armoured train"],
    ),
    "reuters-style-ratification.txt": dict(
        title="Putin signs law ratifying mutual defence pact with North Korea",
        summary="President Vladimir Putin signed into law on Saturday a treaty with North Korea",
        published="2024-11-09T13:22:00+03:00",
        authors=["Irina Volkova", "Daniel Marsh"],
        images=[
            ("Russian President Vladimir Putin and North Korean leader Kim Jong Un attend a signing ceremony in "
             "Pyongyang, North Korea, June 19, 2024.", "Sputnik/Gavriil Grigorov/Pool via REUTERS/File Photo"),
            ("Members of the State Duma vote during a session in Moscow, Russia, October 24, 2024.",
             "The State Duma/Handout via REUTERS"),
        ],
        actors={"vladimir-putin", "kim-jong-un", "north-korea", "russia"},
        sanctions={"unscr-2397"},
        # the contributors' credit closes the story: the wire's own attribution, kept as its last line
        kept=["MOSCOW, Nov 9 (Reuters) - President Vladimir Putin signed", "South Korean officials said they were watching",
              "Reporting by Irina Volkova; Additional reporting by Joyce Lee in Seoul; Writing by Daniel Marsh; Editing by"],
        gone=["Sign up here", "Reuters Daily Briefing", "Our Standards",
              "Trust Principles", "Suggested Topics", "Purchase Licensing Rights", "opens new tab", "Irina covers",
              "[1/2]", "Asia Pacific", "Updated 2 hours ago", "\nWorld\n", "Thomson Reuters"],
    ),
    "ap-style-monitoring-team.txt": dict(
        title="Allies launch a team to track North Korea sanctions violations after Russia ended UN panel",
        summary="The United States, South Korea, Japan and eight other countries launched a new multinational team",
        published="2024-10-16T06:05:00-04:00",
        authors=["Hyung-jin Park", "Mari Tanaka"],
        images=[
            ("FILE - Members of the U.N. Security Council vote on a draft resolution to extend the mandate of a panel "
             "of experts on North Korea sanctions, at U.N. headquarters, March 28, 2024.", "AP Photo/Mara Quintero, File"),
            ("FILE - North Korean leader Kim Jong Un, right, and Russian President Vladimir Putin talk during their "
             "meeting in Pyongyang, North Korea, June 19, 2024.",
             "Kristina Kormilitsyna, Sputnik, Kremlin Pool Photo via AP, File"),
        ],
        actors={"russia", "china", "north-korea", "panel-of-experts", "kim-jong-un", "vladimir-putin",
                "un-security-council"},
        sanctions={"unscr-1718", "unscr-2397"},
        kept=["The Multilateral Sanctions Monitoring Team will report", "Officials in Seoul said the team's first report"],
        # set apart under a rule ("___"), the credit goes with the rule
        gone=["Read More", "ADVERTISEMENT", "Copy", "Link copied", "Facebook", "Reddit", "Flipboard", "Print",
              "___", "contributed to this report", "Park covers", "HYUNG-JIN PARK", "World News", "\nX\n", "Email"],
    ),
    "nyt-style-hanoi.html": dict(
        title="Trump and Kim End Hanoi Summit Early, With No Deal on Sanctions",
        summary="The two leaders left the Vietnamese capital without signing an agreement",
        published="2019-02-28T04:11:00+00:00",
        authors=["Noah Whitfield", "Grace Okafor"],
        publisher="The New York Times",
        images=[
            ("President Trump and Kim Jong-un at the start of their talks in Hanoi on Thursday.",
             "Lucas Brandt for The New York Times"),
            ("Mr. Kim's motorcade leaving the Metropole hotel after the talks ended.", "Mira Castellanos/Reuters"),
        ],
        actors={"donald-trump", "kim-jong-un", "north-korea"},
        sanctions={"unscr-2270", "unscr-2397"},
        kept=["HANOI, Vietnam — President Trump and Kim Jong-un",
              "Mr. Trump said he and Mr. Kim had parted on good terms"],
        gone=["Credit", "Share full article", "comments", "Advertisement", "SKIP ADVERTISEMENT",
              "Sign up for The Morning", "inbox", "Related Content", "A version of this article appears in print",
              "Order Reprints", "Reporting from Hanoi", "Updated 6:44", "Skip to content", "Subscribe",
              "Asia Pacific", "Privacy Policy"],
    ),
    "lemonde-style-eu-listing.html": dict(
        title="EU freezes assets of Kremlin spokesman in new round of sanctions",
        summary="The Council of the EU added Dmitry Peskov and 25 other people to its asset-freeze list",
        published="2022-02-28T21:37:12+01:00",
        authors=["Claire Dumont"],
        publisher="Le Monde.example",
        images=[
            ("Kremlin spokesman Dmitry Peskov at a news conference in Moscow in December 2021.", "ANTON NOVIKOV / AFP"),
            ("European foreign ministers at an extraordinary meeting in Brussels, on February 27, 2022.",
             "JOHN THYS / AFP"),
        ],
        actors={"dmitry-peskov", "vladimir-putin", "russia"},
        sanctions={"eu-269-2014"},
        kept=["Officials said the freeze on the president was largely symbolic",
              "Council Regulation (EU) No 269/2014"],
        gone=["cookies", "Accept and continue", "Read more", "Subscribers only", "EU sanctions Putin and his foreign",
              "Sign up", "newsletter", "Reuse this content", "Contribute", "All rights reserved",
              "Translation of an original article", "Lire en français", "2 min read", "Ukraine war", "©"],
    ),
    "aljazeera-style-treaty-in-force.html": dict(
        title="Russia-North Korea defence treaty comes into force",
        summary="Moscow and Pyongyang exchange ratification documents",
        published="2024-12-04T10:15:42+00:00",
        authors=["Al Jazeera Staff"],
        publisher="Al Jazeera.example",
        images=[
            ("Russian President Vladimir Putin and North Korean leader Kim Jong Un exchange documents at a signing "
             "ceremony in Pyongyang in June", "Kristina Kormilitsyna/Sputnik via AP"),
            ("Russian lawmakers vote on the treaty's ratification in the State Duma in October",
             "State Duma/Handout via Reuters"),
        ],
        actors={"russia", "north-korea", "kcna", "vladimir-putin", "kim-jong-un"},
        sanctions={"unscr-2397"},
        kept=["The Comprehensive Strategic Partnership Treaty was signed",
              "Pyongyang has denied sending weapons to Russia"],
        gone=["Keep reading", "Putin signs law ratifying pact", "Read more", "What is in the Russia-North Korea treaty",
              "Sign up", "Week in the Middle East", "Privacy Policy", "Subscribe", "cookies", "Allow all",
              "Click here to share", "Source: Al Jazeera", "Media Network", "[File:", "Kormilitsyna"],
    ),
    "yonhap-style-designation.txt": dict(
        title="U.S. blacklists N. Korean leader's sister over rights abuses",
        summary="The United States has placed the younger sister of North Korean leader Kim Jong-un on its sanctions list",
        published="2017-01-12T09:12:00+09:00",
        authors=["Song Min-kyu"],
        publisher="Yonhap News Agency",
        images=[
            ("This file photo, released by the North's Korean Central News Agency, shows Kim Yo-jong (R) attending "
             "an event in Pyongyang.", "Yonhap"),
        ],
        actors={"kim-yo-jong", "kim-jong-un", "north-korea", "kcna"},
        sanctions={"us-eo-13687"},
        kept=["SEOUL, Jan. 12 (Yonhap) -- The United States has placed",
              "Ms Kim has appeared at her brother's side"],
        gone=["(END)", "yna.co.kr", "Keywords", "#N. Korea", "Articles with issue keywords", "Most Liked",
              "All Rights Reserved", "All News", "For Use Only", "No Redistribution"],
    ),
    "cnn-style-arrival.txt": dict(
        title="Putin arrives in North Korea for rare visit",
        summary="Russian President Vladimir Putin arrived in North Korea early Wednesday",
        published="2024-06-18T18:05:00-04:00",
        authors=["Jane Whitmore"],
        images=[
            ("Russian President Vladimir Putin is greeted by North Korean leader Kim Jong Un at an airport in Pyongyang "
             "on June 19, 2024.", "Gavriil Grigorov/Sputnik/AFP/Getty Images"),
        ],
        actors={"vladimir-putin", "kim-jong-un", "north-korea", "kcna", "russia", "un-security-council"},
        sanctions={"unscr-1718"},
        kept=["CNN — Russian President Vladimir Putin arrived", "Kim Jong Un greeted Putin at the airport",
              "CNN's John Roe contributed to this report."],
        gone=["minute read", "Link Copied", "Follow", "\nCNN\n", "Updated"],
    ),
    "kyodo-style-statement.txt": dict(
        title="Japan, S. Korea, U.S. condemn N. Korea-Russia arms deals",
        summary="Foreign ministers of Japan, South Korea and the United States on Thursday condemned",
        published="2024-06-20T11:02:00",  # printed without a zone and without a dateline city: left naive
        authors=["KYODO NEWS"],  # the wire's name alone in the byline's place, over its date: its own copy
        images=[
            ("Photo taken June 19, 2024, shows Russian President Vladimir Putin (L) and North Korean leader Kim Jong Un "
             "in Pyongyang.", "KCNA/Kyodo"),
        ],
        actors={"vladimir-putin", "kim-jong-un", "north-korea", "russia", "un-security-council"},
        sanctions={"unscr-2397"},
        kept=["Japanese officials said Tokyo would consider additional measures of its own."],
        gone=["==Kyodo", "Related coverage", "sign pact on mutual military aid", "KYODO NEWS", "World, All"],
    ),
    "markdown-copy-aurus.md": dict(
        title="Kim Jong-un takes Putin for a drive in a gifted Aurus limousine",
        summary="The second Russian-made car Mr Kim has received this year, experts say, sits uneasily with UN "
                "sanctions that ban luxury goods exports to North Korea.",
        published="2024-06-20T09:30:00+02:00",
        authors=["Lucia Brennan"],
        images=[
            ("Kim Jong-un and Vladimir Putin take turns at the wheel of an Aurus Senat in Pyongyang", "KCNA via Reuters"),
            ("Gifts exchanged by the two delegations", "Sputnik/Kremlin pool via AP"),
        ],
        actors={"kim-jong-un", "vladimir-putin", "north-korea", "russia", "aurus"},
        sanctions={"unscr-1718", "eu-2017-1509"},
        kept=["> Luxury vehicles of this kind", "## What the rules say",
              "- The UN ban on luxury goods dates from resolution 1718 of 2006.\n- Within the EU"],
        gone=["Share this article", "Facebook", "Subscribe", "newsletter", "Photo:", "![", "KCNA via Reuters",
              "Lucia Brennan", "CEST", "**"],
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_publisher_format_imports_as_a_reader_would_expect(capsys, example_site: Path, name: str) -> None:
    want = CASES[name]
    meta, body, _, _ = run_stdout(capsys, example_site, FIXTURES / name)
    assert meta["title"] == want["title"]
    assert meta["summary"].startswith(want["summary"])
    published = meta["source"]["published"]
    assert published.isoformat() == want["published"]
    assert meta["date"] == published
    assert meta["source"].get("authors") == want["authors"]
    if "publisher" in want:
        assert meta["source"].get("publisher") == want["publisher"]
    assert [(i["caption"], i["credit"]) for i in meta.get("images", [])] == want["images"]
    assert set(meta.get("actors", [])) >= want["actors"]
    assert set(meta.get("sanctions", [])) == want["sanctions"]
    for text in want["kept"]:
        assert text in body, text
    for text in want["gone"]:
        assert text not in body, text
    for caption, credit in want["images"]:
        assert caption.rstrip(".") not in body, caption
        paragraphs = [p.strip() for p in body.split("\n") if p.strip()]
        assert not any(p.endswith((credit, f"({credit})", f"{credit}*")) for p in paragraphs), credit
    assert want["title"] not in body
    if meta["source"].get("standfirst"):  # a printed standfirst is metadata, not the body's first line
        assert want["summary"][:40] not in body


def test_html_and_markdown_images_keep_src_and_alt(capsys, example_site: Path) -> None:
    meta, _, _, _ = run_stdout(capsys, example_site, FIXTURES / "nyt-style-hanoi.html")
    first, second = meta["images"]
    assert first["src"] == "https://static01.nyt.example/images/2019/02/28/world/28hanoi1.jpg"
    assert first["alt"] == "President Trump and Kim Jong-un seated across a table with their delegations"
    assert second["src"].endswith("28hanoi2.jpg")
    meta, _, _, _ = run_stdout(capsys, example_site, FIXTURES / "markdown-copy-aurus.md")
    first = meta["images"][0]
    assert first["src"] == "https://images.example.org/2024/06/aurus-drive.jpg"
    assert first["alt"] == "Kim Jong-un and Vladimir Putin in an Aurus limousine"
    meta, _, _, _ = run_stdout(capsys, example_site, FIXTURES / "aljazeera-style-treaty-in-force.html")
    assert meta["images"][0]["src"].startswith("https://www.aljazeera.example/wp-content/uploads/2024/12/treaty.jpg")


def test_usage_restriction_in_a_caption_becomes_the_image_license(capsys, example_site: Path) -> None:
    meta, _, _, _ = run_stdout(capsys, example_site, FIXTURES / "yonhap-style-designation.txt")
    assert meta["images"][0]["license"] == "For Use Only in the Republic of Korea. No Redistribution"


def test_honorifics_with_a_full_stop_resolve_to_the_registry_person(capsys, example_site: Path) -> None:
    """"Mr. Kim" (American style) is Kim Jong-un: the registry says "Ms Kim" is someone else."""
    meta, _, front, _ = run_stdout(capsys, example_site, FIXTURES / "nyt-style-hanoi.html")
    assert "kim-yo-jong" not in meta["actors"]
    assert "ambiguous" not in front


def test_sanctions_named_without_a_number_are_suggested_as_comments_only(capsys, example_site: Path) -> None:
    meta, _, front, _ = run_stdout(capsys, example_site, FIXTURES / "markdown-copy-aurus.md")
    comments = "\n".join(ln for ln in front.splitlines() if ln.startswith("#"))
    assert "unscr-1718" in comments and "op8-a-iii" in comments  # its provision is the luxury goods ban
    assert "luxury goods" in comments
    assert "unscr-2270" not in meta.get("sanctions", [])
    assert "unscr-2094" not in meta.get("sanctions", [])  # suggested maybe, never annotated


@pytest.mark.parametrize("name", sorted(CASES))
def test_imported_format_writes_a_briefing_that_passes_check(capsys, example_site: Path, name: str) -> None:
    from briefkit.build import Builder

    assert main(["import", str(FIXTURES / name), "--site", str(example_site)]) == 0
    out = capsys.readouterr().out
    assert "wrote content/briefings/" in out
    diags = Builder(example_site).check()
    assert not diags.errors, "\n".join(d.format() for d in diags.errors)


def test_stdout_document_ends_with_a_newline_before_the_report(capsys, example_site: Path) -> None:
    assert main(["import", str(FIXTURES / "bbc-style-vostochny.txt"), "--stdout", "--site", str(example_site)]) == 0
    out, err = capsys.readouterr()
    assert out.endswith("\n")
    assert err.lstrip().startswith(str(FIXTURES / "bbc-style-vostochny.txt"))
