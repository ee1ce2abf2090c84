"""A copied page's headline told by the line under the story that quotes it: a comment section's
heading ("2 thoughts on “Title”") or a form's note, in any language's quotation marks.

Each dump is written for the test (no publisher's text); each case is a shape real pages have.
"""

from __future__ import annotations

import storytexts
from briefkit.importer.quotedheads import quoted_headline
from briefkit.importer.textdump import read_text_dump

_MENU = "\n".join(storytexts.MENU) + "\n"
_TITLE = "Ferry timetable for the islands"
# a timetable of short lines between the headline and the story's prose, longer than the reach of the
# headline's search above the story
_TABLE = "".join(f"Crossing {n}\n{6 + n}:15\nPier {n % 3 + 1}\n" for n in range(1, 13))
_BOX = "Most read\nHarbour fees go up in spring\nNew bus line to the lighthouse\n"
_COMMENTS = (
    "Jane Roe\nThanks, this saved my morning: the bus was late again and I nearly missed the boat to work.\nReply\n"
)


def _values(units: list[str]) -> list[int]:
    return [len(u.split()) if u.endswith(".") else -2 for u in units]  # prose, or a short line's cost


def _shaped(text: str) -> bool:
    return 2 <= len(text.split()) <= 12 and not text.endswith(".")


def test_a_comment_heading_quoting_a_line_over_the_story_names_the_headline() -> None:
    dump = f"{_MENU}{_TITLE}\n{_TABLE}{_BOX}{storytexts.FERRY}2 thoughts on “{_TITLE}”\n{_COMMENTS}Imprint\n"
    assert read_text_dump(dump).title == _TITLE


def test_the_quotation_works_in_other_languages_marks() -> None:
    units = [
        "Start",
        "Fährplan für die Inseln",
        "Abfahrt 7:15",
        "Die Fähre fährt wieder.",
        "2 Kommentare zu „Fährplan für die Inseln“",
    ]
    assert quoted_headline(units, _values(units), (3, 2), _shaped) == (1, 3, "Fährplan für die Inseln")
    units[-1] = "3 réponses à « Fährplan für die Inseln »"
    assert quoted_headline(units, _values(units), (3, 2), _shaped) == (1, 3, "Fährplan für die Inseln")


def test_a_quoted_button_or_a_story_sentence_names_no_headline() -> None:
    units = [
        "Start",
        "Send back",
        "Ferry news",
        "Body text.",
        "Click “Send back” and choose the parcel to send back",
    ]
    assert quoted_headline(units, _values(units), (3, 2), _shaped) is None  # two words inside the line: a button's name
    long = "The operator said that passengers who read “Return an item” on the old signs " * 2
    units[-1] = long.strip()
    assert quoted_headline(units, _values(units), (3, 2), _shaped) is None  # a story's sentence, not a heading
    units[-1] = "One thought on “Ferry news”"
    assert quoted_headline(units, _values(units), (3, 2), _shaped) is None  # the headline found already


def test_two_quoted_lines_that_disagree_name_none() -> None:
    units = [
        "Ferry timetable now",
        "Harbour fees go up",
        "Body text.",
        "1 reply to “Ferry timetable now”",
        "2 replies to “Harbour fees go up”",
    ]
    assert quoted_headline(units, _values(units), (2, 5), _shaped) is None


def test_a_trails_marks_are_no_quotation() -> None:
    units = ["Home", "Ferry news today", "Body text.", "You are here: Home » Ferry news today » Timetables"]
    assert quoted_headline(units, _values(units), (2, 0), _shaped) is None


def test_the_sites_name_quoted_in_its_copyright_notice_is_no_headline() -> None:
    units = [
        "Slow Harbour Reads",
        "Ferry timetable for the islands",
        "Body text.",
        "The pier at dawn. Photo: Ann Lee / «Slow Harbour Reads»",
        "© 2019–2024 «Slow Harbour Reads». All rights kept.",
    ]
    assert quoted_headline(units, _values(units), (2, 1), _shaped) is None
    units[-1] = "Site map"  # without the notice the credit's quotation still names a line over the story
    assert quoted_headline(units, _values(units), (2, 1), _shaped) == (0, 2, "Slow Harbour Reads")
