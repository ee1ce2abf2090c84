"""The importer's parts on small inputs: dates, credits, boilerplate, annotation, slugs."""

from __future__ import annotations

import builtins
from datetime import date

import pytest

from briefkit.importer import boilerplate, credits
from briefkit.importer.annotate import annotate, citation_keys
from briefkit.importer.article import Article
from briefkit.importer.dates import parse_date
from briefkit.importer.writer import briefing_filename, slug_for
from briefkit.model import Actor, ActorKind, Briefing, Content, Sanction


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Tuesday 20 February 2024 21:48 GMT", "2024-02-20T21:48:00+00:00"),
        ("Wed 19 Jun 2024 18.05 BST", "2024-06-19T18:05:00+01:00"),
        ("June 19, 2024 at 6:05 p.m. EDT", "2024-06-19T18:05:00-04:00"),
        ("Jan 3, 2024 9:30am ET", "2024-01-03T09:30:00-05:00"),
        ("Mon 3 June 2024 07.00 CEST", "2024-06-03T07:00:00+02:00"),
        ("Last modified on Wed 19 Jun 2024 20.30 BST", "2024-06-19T20:30:00+01:00"),
        ("2024-06-19T18:05:00Z", "2024-06-19T18:05:00+00:00"),
        ("Published: 2024-06-19T18:05:00+09:00", "2024-06-19T18:05:00+09:00"),
        ("19/06/2024", "2024-06-19"),
        ("06/19/2024", "2024-06-19"),
        # a slashed day that could be either: month first beside a North American zone, day first elsewhere
        ("06/11/2024 09:40 AM EDT", "2024-06-11T09:40:00-04:00"),
        ("03/04/2024 9:30 p.m. PT", "2024-03-04T21:30:00-08:00"),
        ("06/11/2024 09:40 AEST", "2024-11-06T09:40:00+10:00"),
        ("06/11/2024", "2024-11-06"),
        ("Thursday, June 20, 2024", "2024-06-20"),
        ("2024-06-19", "2024-06-19"),
    ],
)
def test_dates_as_publishers_print_them(text: str, iso: str) -> None:
    assert parse_date(text).isoformat() == iso


@pytest.mark.parametrize("text", ["Shweta Sharma", "Comments", "May 2024", "In 2018, he was seen", "32/13/2024", ""])
def test_lines_that_are_not_dates(text: str) -> None:
    assert parse_date(text) is None


def test_credit_forms() -> None:
    assert credits.credit_from_line("Photograph: Ed Jones/AFP/Getty Images") == "Ed Jones/AFP/Getty Images"
    assert credits.credit_from_line("Photo: AP") == "AP"
    assert credits.credit_from_line("Credit: Jane Roe for The Post") == "Jane Roe for The Post"
    assert credits.credit_from_line("© Reuters") == "Reuters"
    assert credits.credit_from_line("Image: Handout") == "Handout"
    assert credits.credit_from_line("Photographs are everywhere in this story. It goes on.") is None
    assert credits.split_trailing_credit("Kim at the station. Photograph: AP") == ("Kim at the station.", "AP")
    assert credits.split_paren_credit("A car at a show (AFP via Getty Images)") == ("A car at a show", "AFP via Getty Images")
    assert credits.split_paren_credit("He said it twice (in a letter to the editor of the paper)") is None


def test_appeal_blocks_go_whole_and_news_stays() -> None:
    blocks = [
        "Officials confirmed the delivery on Tuesday, the ministry said.",
        "We need you",
        "Our reporters work where few others go. We believe everyone should be able to read them.",
        "A one-off contribution or a monthly subscription keeps our journalism free for you.",
        "Thank you.",
        "The delegation returned to Moscow on Wednesday, according to state media.",
        "“We will continue to develop our relations,” the spokesperson said.",
    ]
    kept = boilerplate.filter_blocks(blocks).kept
    assert kept == [blocks[0], blocks[5], blocks[6]]


def test_interface_lines_and_cookie_banners() -> None:
    for line in ("Comments", "Advertisement", "Share on Facebook", "Related: Kim meets Putin", "Sign up to Asia Morning",
                 "Most viewed", "Reuse this content", "Skip past newsletter promotion"):
        assert boilerplate.is_interface_line(line), line
    assert boilerplate.is_cookie_banner("We use cookies to personalise content. Accept all to continue.")
    assert not boilerplate.is_interface_line("Share prices fell sharply in Seoul after the announcement was made on Friday.")


def _actor(id: str, name: str, kind: ActorKind = ActorKind.PERSON, aliases: tuple[str, ...] = ()) -> Actor:
    return Actor(id=id, path=f"content/actors/{id}.md", name=name, kind=kind, body="", body_line=1, aliases=aliases)


def _sanction(id: str, title: str, symbol: str | None = None, aliases: tuple[str, ...] = ()) -> Sanction:
    return Sanction(id=id, path=f"content/sanctions/{id}.md", title=title, issuer="x", body="", body_line=1,
                    symbol=symbol, aliases=aliases)


def _content(*actors: Actor, sanctions: tuple[Sanction, ...] = (), tags: tuple[str, ...] = ()) -> Content:
    briefing = Briefing(id="b", path="content/briefings/b.md", title="b", summary="b", date=None, date_only=True,
                        body="", body_line=1, tags=tags)
    return Content(briefings={"b": briefing}, actors={a.id: a for a in actors},
                   sanctions={s.id: s for s in sanctions})


def _article(body: str) -> Article:
    return Article(title="A story", body=body, summary="A summary.")


def test_honorific_resolved_through_the_other_persons_alias() -> None:
    content = _content(_actor("kim-jong-un", "Kim Jong-un"), _actor("kim-yo-jong", "Kim Yo-jong", aliases=("Ms Kim",)))
    found = annotate(_article("Mr Kim thanked the delegation."), content)
    assert found.actors == ("kim-jong-un",)
    assert found.ambiguous == ()


def test_honorific_with_two_candidates_is_left_out_and_reported() -> None:
    content = _content(_actor("kim-jong-un", "Kim Jong-un"), _actor("kim-yo-jong", "Kim Yo-jong"))
    found = annotate(_article("Mr Kim thanked the delegation."), content)
    assert found.actors == ()
    assert found.ambiguous == ("'Mr Kim' could be kim-jong-un or kim-yo-jong: left out",)


def test_actor_names_match_whole_words_only() -> None:
    content = _content(_actor("russia", "Russia", ActorKind.STATE), _actor("putin", "Vladimir Putin", aliases=("Putin",)))
    assert annotate(_article("Russian officials and Putinism were discussed."), content).actors == ()
    assert annotate(_article("Russia’s envoy met Putin's aides."), content).actors == ("russia", "putin")


def test_alias_shared_by_two_actors_is_reported() -> None:
    content = _content(_actor("a", "Alpha One", aliases=("the Chairman",)), _actor("b", "Beta Two", aliases=("the Chairman",)))
    found = annotate(_article("The Chairman spoke."), content)
    assert found.actors == ()
    assert found.ambiguous and "more than one actor" in found.ambiguous[0]


def test_sanctions_by_citation_patterns() -> None:
    assert citation_keys("resolutions 1718 and 2397") == [("un", "1718"), ("un", "2397")]
    assert citation_keys("S/RES/2397 (2017)") == [("un", "2397")]
    assert citation_keys("UNSCR 2270, Regulation (EU) No 269/2014 and Executive Order 13687") == [
        ("un", "2270"), ("eu-reg", "269/2014"), ("us-eo", "13687")]
    content = _content(sanctions=(
        _sanction("unscr-2397", "UN Security Council resolution 2397 (2017)", "S/RES/2397 (2017)"),
        _sanction("eu-2017-1509", "Council Regulation (EU) 2017/1509", "Regulation (EU) 2017/1509"),
    ))
    found = annotate(_article("It breaches UNSCR 2397 and Regulation 2017/1509, and resolution 1874 too."), content)
    assert found.sanctions == ("unscr-2397", "eu-2017-1509")
    assert found.suggested_sanctions == ("resolution 1874",)


def test_tags_come_from_the_existing_vocabulary() -> None:
    content = _content(tags=("luxury goods", "cars", "elections"))
    found = annotate(_article("The ban on luxury goods covers every car sold to the country."), content)
    assert set(found.tags) == {"luxury goods", "cars"}


def test_slug_is_short_and_readable() -> None:
    assert slug_for("Putin gifts petrol head Kim Jong-un a new luxury car for his collection") == \
        "putin-gifts-petrol-head-kim-jong-un"
    assert briefing_filename("Russia's treaty", date(2024, 6, 19)) == "2024-06-19-russia-treaty.md"


def test_html_without_trafilatura_falls_back_and_says_so(monkeypatch) -> None:
    from pathlib import Path

    from briefkit.importer.htmlpage import read_html

    real_import = builtins.__import__

    def no_trafilatura(name, *args, **kwargs):
        if name == "trafilatura":
            raise ImportError("No module named 'trafilatura'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_trafilatura)
    page = (Path(__file__).parent / "fixtures/import/saved-page-panel-veto.html").read_text(encoding="utf-8")
    article = read_html(page)
    assert any("trafilatura is not installed" in n for n in article.notes)
    assert "## What the panel found" in article.body
    assert "cookies" not in article.body and "Related stories" not in article.body
    assert "Korea Weekly" not in article.body


def test_credit_forms_of_other_publishers() -> None:
    assert credits.credit_from_line("Credit...Jane Roe for The Daily Example") == "Jane Roe for The Daily Example"
    assert credits.split_paren_credit("Leaders meet in June [File: Jane Roe/Sputnik via AP]") == (
        "Leaders meet in June", "Jane Roe/Sputnik via AP")
    assert credits.split_bare_credit("Officials vote in Moscow, October 24, 2024. Jane Roe/Pool via REUTERS") == (
        "Officials vote in Moscow, October 24, 2024.", "Jane Roe/Pool via REUTERS")
    # a sentence ending in a plain clause is not a caption with a credit
    assert credits.split_bare_credit("He spoke on Tuesday. Talks went on for hours") is None
    assert credits.split_usage_note("A photo of a ship. (Editorial Use Only. No Sales)") == (
        "A photo of a ship.", "Editorial Use Only. No Sales")
    # a link is never a credit
    assert credits.split_paren_credit("Share it on [X](https://x.example/share)") is None


def test_dateline_city_gives_a_zone_to_a_time_printed_without_one() -> None:
    from datetime import datetime

    from briefkit.importer.dates import localise

    when, note = localise(datetime(2024, 6, 19, 9, 12), "TOKYO, June 19 (Kyodo) -- Officials said")
    assert when.isoformat() == "2024-06-19T09:12:00+09:00" and "TOKYO" in note
    when, note = localise(datetime(2024, 1, 5, 9, 0), "WASHINGTON — Officials said")
    assert when.isoformat() == "2024-01-05T09:00:00-05:00"
    # a sentence's first word is not a dateline; a time with a zone keeps it
    assert localise(datetime(2024, 6, 19, 9, 12), "Seoul, officials said, would respond.")[1] is None
    aware = parse_date("June 19, 2024 6:05 PM GMT+1Updated 2 hours ago")
    assert aware.isoformat() == "2024-06-19T18:05:00+01:00"
    assert localise(aware, "SEOUL, June 19 -- x")[0] == aware


def test_furniture_of_other_publishers_goes_and_news_stays() -> None:
    blocks = [
        "Officials confirmed the delivery on Tuesday, the ministry said in a statement to reporters.",
        "This article is more than 2 years old",
        "Facebook",
        "Reporting by Jane Roe; Editing by John Doe",
        "Associated Press writer Ann Poe in Tokyo contributed to this report.",
        "Read more",
        "Inside the talks that failed",
        "Get the week's biggest stories delivered straight to your inbox.",
        "(C) Example News Agency. All Rights Reserved",
        "jane.roe@news.example",
        "The talks will resume next month, diplomats said, without naming a venue.",
    ]
    kept = boilerplate.filter_blocks(blocks).kept
    assert kept == [blocks[0], blocks[-1]]


def test_a_section_label_above_the_headline_is_not_the_headline() -> None:
    from briefkit.importer.textdump import read_text_dump

    body = "Officials in the capital said the new rules would apply from next month to all ships. " * 3
    article = read_text_dump(f"Asia Pacific\nSeoul widens its shipping blacklist to four more vessels\nBy Jane Roe\n{body}\n")
    assert article.title == "Seoul widens its shipping blacklist to four more vessels"
    short = read_text_dump(f"Kim meets Putin\nBy Jane Roe\n2024-06-19\n{body}\n")
    assert short.title == "Kim meets Putin"


def test_sanctions_described_without_a_number_are_only_suggested() -> None:
    from briefkit.importer.provisions import suggest_provisions
    from briefkit.model import Provision

    def sanction(sid: str, issuer: str, key: str, label: str) -> Sanction:
        return Sanction(id=sid, path=f"{sid}.md", title=sid, issuer=issuer, body="", body_line=1,
                        provisions=(Provision(key=key, label=label),))

    registry = {s.id: s for s in (
        sanction("un-lux", "UN Security Council", "lux", "Luxury goods ban"),
        sanction("eu-lux", "Council of the EU", "art10", "Luxury goods (annex)"),
        sanction("un-arms", "UN Security Council", "arms", "Arms embargo on all arms"),
    )}
    hints = suggest_provisions("The gift may breach UN sanctions that ban luxury goods.", registry, [])
    assert [(h.sanction, h.provision) for h in hints] == [("un-lux", "lux")]  # the sentence says UN
    assert suggest_provisions("It breaches resolution 1718, which bans luxury goods.", registry, []) == []
    assert suggest_provisions("The two leaders discussed luxury goods.", registry, []) == []  # no sanctions word


def test_one_support_word_in_a_long_paragraph_is_no_appeal() -> None:
    from briefkit.importer.boilerplate import filter_blocks

    story = (
        "You might call this a measure of a person's social sense, and we found that the groups in which "
        "many of the members scored high on it were, on average, better at solving problems together "
        "than the other groups in the study."
    )
    appeal = "Become a member: support our journalism and we will keep you informed."
    assert filter_blocks([story]).kept == [story]
    assert filter_blocks([appeal]).kept == []


def test_small_print_after_the_story_goes() -> None:
    from briefkit.importer.boilerplate import filter_blocks

    story = ["The council met on Monday and agreed the budget for the new bridge after a long debate."] * 6
    legal = (
        "All content © Copyright 2000 - 2024 Example TV. The station files reports with the regulator "
        "on its programmes for children, which the public may read on its website."
    )
    follow = "Follow us on Telegram, Instagram and Facebook to get our updates as they happen"
    assert filter_blocks([*story, follow, legal]).kept == story


def test_a_caption_with_a_picture_library_credit_becomes_an_image_and_a_cited_source_stays() -> None:
    from briefkit.importer.textpictures import extract_images

    cited = "Die Arbeitslosigkeit stieg im Mai um zwei Prozent. (Quelle: Statistisches Bundesamt)"
    caption = "Das Hermelin ist im Winter mit seinem weißen Fell gut getarnt. (Jane Roe / iStock.com)"
    kept, images, _ = extract_images([cited, caption])
    assert kept == [cited]  # a sentence citing its source is story, not a picture
    assert [(i.caption, i.credit) for i in images] == [
        ("Das Hermelin ist im Winter mit seinem weißen Fell gut getarnt.", "Jane Roe / iStock.com")
    ]


def test_filing_labels_and_credit_lines_are_not_story() -> None:
    from briefkit.importer.boilerplate import filter_blocks

    story = "The council met on Monday and agreed the budget for the new bridge after a long debate."
    furniture = ["Kategorie: News", "Filed under: Politics, Asia", "## Quelle: jroe / Fotolia.com"]
    assert filter_blocks([story, *furniture, story]).kept == [story, story]
