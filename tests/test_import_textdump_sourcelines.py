"""The agency a copied page names as its story's source when no person signs it (`sourcelines`), and
the rows of share buttons and the pictures' credits under a headline, which name no writer.

Each dump is written for the test (no publisher's text); each case is a shape real pages have.
"""

from __future__ import annotations

import storytexts
from briefkit.importer.sourcelines import dated_source, dateline_agency, source_name
from briefkit.importer.textdump import read_text_dump

_HEADLINE = "Harbour board votes to rebuild the old north pier"


def _page(under: list[str], story: list[str], after: list[str] = ()) -> str:  # type: ignore[assignment]
    return storytexts.dump(storytexts.MENU, [_HEADLINE], under, story, list(after), storytexts.TAIL)


def test_a_source_line_closing_the_story_names_its_agency() -> None:
    article = read_text_dump(_page(["3 May 2024, 10:15"], storytexts.PIER, ["Source: Wirenet"]))
    assert article.authors == ("Wirenet",)


def test_a_source_line_in_other_languages_and_scripts() -> None:
    for line, name in [("Quelle: nwa", "nwa"), ("Джерело: Вісник", "Вісник"), ("Fuente: Agencia Sur", "Agencia Sur")]:
        article = read_text_dump(_page(["3 May 2024, 10:15"], storytexts.PIER, [line]))
        assert article.authors == (name,), line


def test_the_date_line_names_the_source() -> None:
    article = read_text_dump(_page(["03.05.2024 – 10:15 Quelle: nwa-XT"], storytexts.PIER))
    assert article.authors == ("nwa-XT",)


def test_the_wire_in_brackets_in_the_opening_dateline_signs() -> None:
    story = ["Porthaven (nwa) - " + storytexts.PIER[0], *storytexts.PIER[1:]]
    article = read_text_dump(_page(["3 May 2024, 10:15"], story))
    assert article.authors == ("nwa",)


def test_a_person_signing_beats_the_agency() -> None:
    story = ["Porthaven (nwa) - " + storytexts.PIER[0], *storytexts.PIER[1:]]
    article = read_text_dump(_page(["By Jane Roe", "3 May 2024, 10:15"], story, ["Source: nwa"]))
    assert article.authors == ("Jane Roe",)


def test_what_is_no_source_line() -> None:
    assert source_name("Source: https://example.org/report") is None
    assert source_name("Source: the annual report of the harbour board, 2023") is None
    assert dated_source("Source: nwa") is None  # no date before it: `source_name`'s
    assert dateline_agency("Porthaven (nwa) - Short line.") is None  # a caption, not a story's opening
    assert dateline_agency("The board (chair) - said that the tender will be published next month now.") is None


def test_a_row_of_share_buttons_under_the_headline_names_no_one() -> None:
    for row in ["Facebook Twitter WhatsApp Telegram", "LinkedIn Xing E-Mail Drucken", "Twitter LinkedIn Email Print"]:
        article = read_text_dump(_page(["3 May 2024, 10:15", row], storytexts.PIER))
        assert article.authors == (), row


def test_a_pictures_credit_after_its_copyright_mark_names_no_writer() -> None:
    caption = "The north pier after the storm. © Picture Desk | Sam Poe"
    article = read_text_dump(_page(["3 May 2024, 10:15", caption], storytexts.PIER))
    assert "Sam Poe" not in article.authors
