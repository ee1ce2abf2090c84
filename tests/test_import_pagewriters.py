"""The writer a reader sees on a saved page where the base read someone else, or no one.

Small pages written for these tests, one per kind of page: an office's news item closed by "prepared
by" its press service; a release whose markup files the newswire's name as the author and declares
the issuing company the author's Organization; a comment thread whose poster's name uses the byline's
class; a desk named with a word that is also a byline label ("Haber Merkezi"); a byline box whose
second line is the labelled date; an old table page whose dateline names the wire after the date; a
"Source:" line naming the wire and the house's own initials; a dated line going on to its writer; a
forum post whose author box prints the member's name beside the login; Chinese and Japanese bylines.
"""

from __future__ import annotations

import json

from briefkit.importer.bylinedates import date_line, dated_first
from briefkit.importer.cjkbylines import cjk_names
from briefkit.importer.compiledby import compiled_by
from briefkit.importer.displaynames import display_name
from briefkit.importer.htmlpage import read_html
from briefkit.importer.wirecredits import agency_source

HEADLINE = "The river bridge reopens to cyclists after the repairs"
PROSE = " ".join(["Cyclists can cross the old river bridge again from Monday, the town's engineers said."] * 5)


def page(top: str = "", end: str = "", head: str = "", after: str = "", title: str = HEADLINE) -> str:
    return (
        f"<!doctype html><html><head><title>{title}</title>{head}</head><body><article>"
        f"<h1>{HEADLINE}</h1>{top}<p>{PROSE}</p><p>{PROSE}</p>{end}</article>{after}</body></html>"
    )


def ld(obj: dict[str, object]) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


def test_an_office_that_prepared_the_item_signs_it_when_no_person_does() -> None:
    html = page(end="<p><em>Information prepared by the Harbour Board Press Service</em></p>")
    assert read_html(html).authors == ("the Harbour Board Press Service",)


def test_a_person_who_prepared_the_item_is_its_writer() -> None:
    html = page(end="<p><em>Przygotowała Halina Zaremba</em></p>")
    assert read_html(html).authors == ("Halina Zaremba",)


def test_prepared_by_in_the_languages_of_news() -> None:
    assert compiled_by("Informācija sagatavoja Ilze Berga") == "Ilze Berga"
    assert compiled_by("Parengė Rūta Vaitkė") == "Rūta Vaitkė"
    assert compiled_by("Připravila Jana Nováková.") == "Jana Nováková"
    assert compiled_by("Zusammengestellt von Erik Lange") == "Erik Lange"
    assert compiled_by("The council prepared by itself a plan for the bridge") is None


def test_the_issuing_company_beats_the_newswire_named_in_the_author_field() -> None:
    head = '<meta name="author" content="Wirepoint Releases">' + ld(
        {
            "@type": "NewsArticle",
            "headline": HEADLINE,
            "publisher": {"@type": "Organization", "name": "Wirepoint Releases"},
            "author": {"@type": "Organization", "name": "Valley Water Works"},
        }
    )
    html = page(head=head, title=f"{HEADLINE} | Wirepoint Releases")
    assert read_html(html).authors == ("Valley Water Works",)


def test_a_comment_poster_in_the_bylines_markup_is_not_the_writer() -> None:
    comments = (
        '<div class="comentarios"><h3>Comentários</h3><div class="comentario">'
        '<p class="autor">Tomas Lindqvist · 12/03/2024 às 10:02</p><p>Finally some good news.</p></div></div>'
    )
    top = "<p class='byline'>Escrito por <span>Lusa</span></p>"
    assert read_html(page(top=top, after=comments)).authors == ("Lusa",)


def test_a_desk_named_with_a_byline_word_keeps_its_first_word() -> None:
    top = "<div class='meta'><span>Haber Merkezi</span><span>06 Şubat 2024 10:45</span></div>"
    head = ld(
        {"@type": "NewsArticle", "headline": HEADLINE, "author": {"@type": "Organization", "name": "Haber Merkezi"}}
    )
    assert read_html(page(top=top, head=head)).authors == ("Haber Merkezi",)


def test_the_date_line_of_a_byline_box_names_no_one() -> None:
    top = (
        "<div class='byline'>\n<p class='byline__source'>NTB</p>\n"
        "<p class='byline__time'>Publisert 3. mars 2024 kl. 08.15</p>\n</div>"
    )
    assert read_html(page(top=top)).authors == ("NTB",)
    assert date_line("Publisert 3. mars 2024 kl. 08.15")
    assert date_line("Published on 3 March 2024")
    assert not date_line("Published by Jane Roe")


def test_the_wire_after_the_date_in_an_old_table_pages_dateline() -> None:
    html = (
        f"<!doctype html><html><head><title>{HEADLINE}</title></head><body><table><tr><td>"
        f"<h1>{HEADLINE}</h1><p class='infos'>Mis en ligne le mardi 5 mars 2019, 09:10 | ATS | "
        "<a href='/print'>Imprimer</a></p></td></tr></table>"
        f"<table><tr><td><p>{PROSE}</p><p>{PROSE}</p></td></tr></table></body></html>"
    )
    assert read_html(html).authors == ("ATS",)


def test_a_source_line_naming_the_wire_and_the_houses_initials() -> None:
    assert agency_source("Quelle: dpa/KZN") == "dpa"
    assert agency_source("Source: AFP, XYZ") == "AFP"
    assert agency_source("Quelle: Landesamt für Statistik/KZN") is None
    head = '<meta name="author" content="Kreiszeitung Nord">'
    html = page(head=head, end="<p class='source'>Quelle: dpa/KZN</p>", title=f"{HEADLINE} | Kreiszeitung Nord")
    assert read_html(html).authors == ("dpa",)


def test_a_source_line_naming_the_paper_says_the_author_field_is_the_house() -> None:
    top = "<div class='info'><span class='source'>来源：江南晨报</span><span class='editor'>记者 周明远</span></div>"
    head = '<meta name="author" content="江南晨报">'
    assert read_html(page(top=top, head=head)).authors == ("周明远",)


def test_a_dated_line_that_goes_on_to_its_writer() -> None:
    top = "<p class='date'>le 3 mars 2021, par <b>Marie-Claude Bertin</b></p>"
    assert read_html(page(top=top)).authors == ("Marie-Claude Bertin",)
    assert dated_first("March 3, 2021 by Jane Roe")
    assert not dated_first("Reported from the valley by Jane Roe")


def test_a_forum_posts_display_name_beside_the_login() -> None:
    top = (
        '<div class="post-meta"><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">'
        '\n<a itemprop="url" href="/u/tlind"><span itemprop="name">tlind_42</span></a>\n'
        '<span class="full-name">Tove Lindgren</span>\n</span></div>'
    )
    assert read_html(page(top=top)).authors == ("Tove Lindgren",)


def test_display_names_only_for_logins() -> None:
    assert display_name("tlind_42", ["tlind_42 Tove Lindgren"]) == "Tove Lindgren"
    assert display_name("tlind", ["Tove Lindgren (@tlind)"]) == "Tove Lindgren"
    assert display_name("Tove Lindgren", ["Tove Lindgren, Staff"]) is None
    assert display_name("tlind", ["tlind 12 May 2024"]) is None


def test_chinese_japanese_and_korean_bylines() -> None:
    assert cjk_names("记者 周明远 通讯员 李华") == ["周明远"]
    assert cjk_names("本报记者 周明远 陈静") == ["周明远", "陈静"]
    assert cjk_names("（経済部・佐藤花子）") == ["佐藤花子"]
    assert cjk_names("（ロンドン＝佐藤花子）") == ["佐藤花子"]
    assert cjk_names("（大阪支局・ジョン・スミス）") == ["ジョン・スミス"]
    assert cjk_names("(부산=연합뉴스) 박서연 기자") == ["박서연"]
    assert cjk_names("周明远") is None
    assert cjk_names("Jane Roe") is None


def test_a_japanese_story_signed_in_brackets_at_its_end() -> None:
    end = "<p class='writer'>（経済部・佐藤花子）</p>"
    assert read_html(page(end=end)).authors == ("佐藤花子",)
