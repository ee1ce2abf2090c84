"""A picture's caption under the headline's date and the share buttons is no headline (`importer.underbylines`).

The dump is written for this test, in the shape real pages give.
"""

from __future__ import annotations

from briefkit.importer.textdump import read_text_dump
from briefkit.importer.underbylines import past_its_meta

MENU = ["Skip to content", "Home", "Economy", "Markets", "Energy", "Sport", "Economy"]
HEAD = [
    "Central bank holds its key rate at four percent to steady the currency",
    "Tuesday, 4 March 2025 14:10",
    "Facebook X WhatsApp Copy link",
    "The central bank governor speaks to reporters about the key rate and the currency on Tuesday. PHOTO/Desk",
]
STORY = [
    "The central bank kept its key rate at four percent on Tuesday, saying the currency needed support while"
    " markets abroad remain unsettled and the price of imports keeps rising.",
    "The governor told reporters that the rate would stay where it is as long as inflation keeps within the"
    " target band, and that the bank was ready to act if the currency fell further.",
    "Economists had expected the decision, though a few had argued for a small cut to help lending to small"
    " firms, which has slowed for three quarters in a row.",
]


def test_the_caption_under_the_date_and_the_share_row_yields_to_the_headline() -> None:
    dump = read_text_dump("\n\n".join([*MENU, *HEAD, *STORY]) + "\n")
    assert dump.title == HEAD[0]


def _meta(line: str) -> bool:
    return line.startswith("date")


def test_a_line_with_its_own_date_under_it_or_right_under_the_date_stays() -> None:
    units = ["A clear headline of some words", "date 1", "Share", "A caption of the picture", "story"]
    scored = [(2.0, 0, units[0]), (3.0, 3, units[3])]
    assert past_its_meta(units, scored, _meta) == [(2.0, 0, units[0])]
    units = ["A clear headline of some words", "date 1", "A second headline of words", "date 2"]
    scored = [(2.0, 0, units[0]), (3.0, 2, units[2])]
    assert past_its_meta(units, scored, _meta) == scored  # right under the date, with its own date under it
    short = [(2.0, 0, "Markets"), (3.0, 3, units[3])]
    assert past_its_meta(["Markets", "date 1", "Share", "x", "y"], short, _meta) == short  # a kicker's date
