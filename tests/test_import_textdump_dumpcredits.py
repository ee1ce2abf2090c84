"""Writers and dates as copied pages print them in shapes the header once misread: a share row under
one label word, a weekday's abbreviation before the date, a year with its full stop, a desk's name,
a wire in brackets or in a source line, a name and its post under the story, a writer run into an
outlet's name, and the credits of Chinese and Japanese pages.

The dumps are written for these tests, in the shapes real pages give.
"""

from __future__ import annotations

from datetime import date, datetime

import storytexts
from briefkit.importer.bylines import parse_byline
from briefkit.importer.bylineshapes import before_date
from briefkit.importer.cjkcredits import bracketed_credit, reporter_names
from briefkit.importer.dates import parse_date
from briefkit.importer.metaparts import meta_parts
from briefkit.importer.sharerows import is_share_row
from briefkit.importer.sourcelines import source_name
from briefkit.importer.textdump import read_text_dump

TITLE = "Lock repairs close the canal for the spring"
DECK = "The waterway stays shut to boats until the new gates are fitted in May."
OPENING = storytexts.CANAL_OPENING
CLOSING = storytexts.CANAL_CLOSING


def _dump(*header: str, tail: tuple[str, ...] = ()) -> str:
    return "\n".join([*storytexts.MENU, TITLE, DECK, *header, "", *OPENING, *CLOSING, *tail, *storytexts.TAIL]) + "\n"


def test_a_share_row_under_one_label_word_is_no_writer() -> None:
    assert is_share_row("Dela Facebook Twitter WhatsApp")
    assert is_share_row("Partilha Facebook X Email")
    assert not is_share_row("Mira Facebook")  # one network is no row
    article = read_text_dump(_dump("Mira Holt 4.3.2025 9:12 Updated 4.3.2025 11:40", "Dela Facebook Twitter WhatsApp"))
    assert article.authors == ("Mira Holt",)


def test_a_share_row_spelled_in_the_pages_script_is_no_writer() -> None:
    assert is_share_row("Фејсбук Твитер Вајбер Штампај")
    assert is_share_row("فيسبوك تويتر واتساب")
    assert not is_share_row("Петар Илић")


def test_a_weekday_abbreviation_before_the_date_is_not_part_of_the_names() -> None:
    assert before_date("Door Anna de Wit en Joost Maas za 04/03/2025 - 09:12") == "Door Anna de Wit en Joost Maas"
    article = read_text_dump(_dump("Door Anna de Wit en Joost Maas za 04/03/2025 - 09:12 Bijgewerkt om 11:40"))
    assert article.authors == ("Anna de Wit", "Joost Maas")
    assert article.published == datetime(2025, 3, 4, 9, 12)


def test_a_year_printed_with_its_full_stop_is_read() -> None:
    assert parse_date("5. mart 2024. 10:15") == datetime(2024, 3, 5, 10, 15)
    assert parse_date("05.03.2024.") == date(2024, 3, 5)


def test_a_serbian_cyrillic_label_names_the_writer_beside_a_dated_line() -> None:
    article = read_text_dump(_dump("Аутор: Петар Илић | 5. март 2024. 10:15 | Коментари: 4", "Фејсбук Твитер Вајбер"))
    assert article.authors == ("Петар Илић",)
    assert article.published == datetime(2024, 3, 5, 10, 15)


def test_a_news_desk_is_no_label_before_a_name() -> None:
    assert parse_byline("Haber Merkezi") == ("Haber Merkezi",)
    assert parse_byline("Haber: Ayşe Kaya", bare=False) == ("Ayşe Kaya",)


def test_a_source_line_keeps_the_wire_beside_the_house() -> None:
    assert source_name("Quelle: dpa/KXR") == "dpa"
    assert source_name("Source: Reuters") == "Reuters"
    assert source_name("Quelle: Stadt Nord/Presse") == "Stadt Nord/Presse"  # no wire in it: as printed
    article = read_text_dump(_dump("4 March 2025, 09:12", tail=("Quelle: dpa/KXR",)))
    assert article.authors == ("dpa",)


def test_the_wires_in_brackets_closing_the_last_paragraph_sign_the_story() -> None:
    closing = [*CLOSING[:-1], CLOSING[-1].rstrip(".") + ". (APA)"]
    text = "\n".join([*storytexts.MENU, TITLE, DECK, "4 March 2025, 09:12", "", *OPENING, *closing, *storytexts.TAIL])
    assert read_text_dump(text + "\n").authors == ("APA",)


def test_a_name_and_its_post_under_the_last_paragraph_sign_the_story() -> None:
    article = read_text_dump(_dump("4 March 2025, 09:12", tail=("Mira Holt, special correspondent",)))
    assert article.authors == ("Mira Holt",)


def test_a_writer_run_into_an_outlets_name_before_the_dates_label() -> None:
    parts = meta_parts("Mira Holt Valley News Service Updated March 4 2025 - 3:05pm, first published 11:48am")
    assert parts == ["Mira Holt", "Updated March 4 2025 - 3:05pm"]
    assert meta_parts("Maria de la Cruz Valley Press Published May 3, 2025")[0] == "Maria de la Cruz"


def test_the_chinese_reporter_keyword_inside_a_dated_data_line() -> None:
    assert reporter_names("2025-03-04 08:10来源：某某晚报记者 周小川 通讯员 林芳字号：大 中 小") == ("周小川",)
    assert reporter_names("记者 周小川、林芳 编辑 王强") == ("周小川", "林芳")
    assert reporter_names("记者了解到，运河将在五月重新开放。") == ()


def test_a_bracketed_credit_closes_a_cjk_story() -> None:
    assert bracketed_credit("（運河支局・中村花子）") == "中村花子"
    assert bracketed_credit("（本报记者 周小川）") == "周小川"
    assert bracketed_credit("(박서연 기자)") == "박서연"
    assert bracketed_credit("（完）") is None


def test_a_publication_line_under_the_story_beats_an_as_of_date_under_the_headline() -> None:
    tail = ("Veröffentlicht am 03.03.2025 um 07:10 Uhr. Mehr dazu am Abend im Fernsehen.",)
    article = read_text_dump(_dump("Von Mira Holt Stand: 04.03.2025, 09:15 Uhr", tail=tail))
    assert article.published == datetime(2025, 3, 3, 7, 10)


def test_a_later_publication_line_under_the_story_changes_nothing() -> None:
    tail = ("Published on 5 March 2025 at 07:10. More on the evening bulletin.",)
    article = read_text_dump(_dump("By Mira Holt 4 March 2025, 09:15", tail=tail))
    assert article.published == datetime(2025, 3, 4, 9, 15)


def test_a_forum_posts_header_names_the_poster_not_the_user_name() -> None:
    text = "\n".join(
        ["Welcome to the town board! Be kind.", TITLE, "mira_h Mira Holt March 4, 2025, 9:12am 1", ""]
        + [*OPENING, *CLOSING, "Reply", "2 Replies"]
    )
    article = read_text_dump(text + "\n")
    assert article.authors == ("Mira Holt",)
    assert article.published == datetime(2025, 3, 4, 9, 12)


def test_a_release_wires_shouted_source_label_names_the_issuer() -> None:
    assert source_name("SOURCE Acme Water") == "Acme Water"
    assert source_name("FUENTE Aguas del Norte") == "Aguas del Norte"
    assert source_name("Source Acme Water") is None  # a capitalised word of the text, no label


def test_a_release_under_news_provided_by_is_its_issuers() -> None:
    lines = ["Release Wire", "News provided by", "Acme Water", "4 Mar, 2025, 09:00 CET", TITLE, DECK]
    lines += [*OPENING, *CLOSING, "About Acme Water", "Acme Water runs eleven treatment plants along the canal."]
    lines += ["SOURCE Acme Water", "More from this company", "© 2025 Release Wire. All rights reserved."]
    assert read_text_dump("\n".join(lines) + "\n").authors == ("Acme Water",)
