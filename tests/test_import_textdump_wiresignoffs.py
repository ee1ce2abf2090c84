"""The wire signing a copied page's story where no person's byline stands (`wiresignoffs`): its initials
alone under the last paragraph, with a desk's letters after a slash; its initials between the header's
date and place, or its short name before the date; and a topic label over the headline that the story's
first lines use as words, which names no writer.

Each dump is written for the test (no publisher's text); each case is a shape real pages have.
"""

from __future__ import annotations

import storytexts
from briefkit.importer.textdump import read_text_dump
from briefkit.importer.wiresignoffs import header_wire, is_credited_caption, wire_first_dateline, wire_part

_HEADLINE = "Harbour board votes to rebuild the old north pier"


def _page(under: list[str], story: list[str], after: list[str] = (), over: list[str] = ()) -> str:  # type: ignore[assignment]
    return storytexts.dump(storytexts.MENU, list(over), [_HEADLINE], under, story, list(after), storytexts.TAIL)


def test_the_wire_alone_under_the_last_paragraph_signs() -> None:
    for line, wire in [("dpa", "dpa"), ("AFP/jm", "AFP"), ("dpa/lno", "dpa"), ("dpa/AFP", "dpa/AFP")]:
        article = read_text_dump(_page(["3 May 2024, 10:15"], storytexts.PIER, [line]))
        assert article.authors == (wire,), line


def test_a_person_signing_beats_the_wire_under_the_story() -> None:
    article = read_text_dump(_page(["By Jane Roe", "3 May 2024, 10:15"], storytexts.PIER, ["dpa"]))
    assert article.authors == ("Jane Roe",)


def test_the_wire_with_its_desk_in_the_opening_dateline_is_the_wire() -> None:
    story = ["Porthaven (dpa/xy) - " + storytexts.PIER[0], *storytexts.PIER[1:]]
    article = read_text_dump(_page(["3 May 2024, 10:15"], story))
    assert article.authors == ("dpa",)


def test_the_wire_between_the_date_and_the_place_under_the_headline() -> None:
    article = read_text_dump(_page(["03. 05. 2024 10:15 – ČTK – Porthaven"], storytexts.PIER))
    assert article.authors == ("ČTK",)


def test_what_is_no_wire_sign_off() -> None:
    assert wire_part("Ani") is None  # a capitalised short word is a word of the text
    assert wire_part("dpa said so on Monday.") is None
    assert wire_part("dpa/lno") == "dpa"
    assert header_wire("Lusa 3 May 2024 10:15") == "Lusa"  # a wire's short name with the date after it
    assert header_wire("03.05.2024 – 10:15 – AP") == "AP"
    assert header_wire("Efe said on 3 May 2024 that the board. It met") is None
    assert header_wire("Porthaven – AP – news") is None  # no date before it


def test_a_topic_label_over_the_headline_the_story_speaks_of_names_no_one() -> None:
    lead = "At the Porthaven docks, the " + storytexts.PIER[0][len("The ") :]
    article = read_text_dump(_page(["3 May 2024, 10:15"], [lead, *storytexts.PIER[1:]], over=["Docks Porthaven"]))
    assert article.authors == ()


def test_a_wire_opening_its_dateline_in_brackets_signs() -> None:
    story = ["(ANSA) - PORTHAVEN, 3 MAY - " + storytexts.PIER[0], *storytexts.PIER[1:]]
    article = read_text_dump(_page(["3 May 2024, 10:15"], story))
    assert article.authors == ("ANSA",)
    assert wire_first_dateline("(Ani) - said the board, which met on Monday to vote on the new pier plan.") is None


def test_the_house_s_desk_signing_yields_to_the_wire_it_ran() -> None:
    story = ["Porthaven (dpa) - " + storytexts.PIER[0], *storytexts.PIER[1:]]
    article = read_text_dump(_page(["Written by: Redaktion", "3 May 2024, 10:15"], story, ["Quelle: dpa"]))
    assert article.authors == ("dpa",)
    # named in the dateline only, the wire's copy was the desk's to rewrite: the desk signs
    article = read_text_dump(_page(["Written by: Redaktion", "3 May 2024, 10:15"], story))
    assert article.authors == ("Redaktion",)


def test_a_caption_credited_to_a_wire_s_photographer_names_no_writer() -> None:
    under = ["Lusa 3 May 2024 10:15", "Mill Row Porthaven, in the old town by the river. Ann Lee/Lusa"]
    article = read_text_dump(_page(under, storytexts.PIER))
    assert article.authors == ("Lusa",)
    assert is_credited_caption("Old pier of Porthaven, by the north dock. Ann Lee/EFE")
    assert not is_credited_caption("Jane Roe/EFE")  # a writer and the wire she files for: a byline
