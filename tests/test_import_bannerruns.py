"""A banner's prose opening a copied page, its menu under it, then the headline (`importer.bannerruns`).

The dumps are written for these tests, in the shapes real pages give.
"""

from __future__ import annotations

from briefkit.importer.bannerruns import past_banner
from briefkit.importer.textdump import read_text_dump

BANNER = [
    "We value the privacy of our readers",
    "Together with our partners we keep and read small files on your device and handle personal data such as"
    " device identifiers and browsing details, so that we can show tailored adverts and measure how they do.",
    "With your agreement we and our partners may also use precise location data and scan the device to identify"
    " it. You may agree, refuse, or look at each purpose in detail and change your choice before you decide.",
    "Some of this handling may not need your agreement, yet you have the right to object to it. Your choices"
    " apply to this site only and you can change them at any time from the link at the foot of each page.",
    "Agree More choices",
]
MENU = ["The Hill Courier", "Thursday, 9 May 2024", "Local", "County", "Business", "Sport", "Culture", "Letters"]
HEAD = [
    "Ferry link to the islands will run all winter for the first time",
    "Written by Ida Marsh",
    "Published 8 May 2024",
]
STORY = [
    "The council agreed on Wednesday to keep the small ferry to the two islands running through the winter,"
    " ending years of complaints from the families who live there all year.",
    "A second boat will be leased from a neighbouring harbour, and the timetable will drop to three crossings a"
    " day between November and March.",
    "Shopkeepers on the larger island said the winter service would let them stock fresh food every day instead"
    " of twice a week, as they have had to for as long as anyone can remember.",
    "The harbour master warned that crossings would still be cancelled in storms, as they are in summer, and"
    " asked passengers to check the notice board before they set out.",
    "The cost of the lease and the extra crew will be shared between the council and the regional transport"
    " fund for the first two winters, after which the service will be reviewed.",
]


def test_a_banner_over_the_menu_is_not_the_story_and_its_heading_no_headline() -> None:
    text = "\n\n".join([*BANNER, *MENU, *HEAD, *STORY]) + "\n"
    dump = read_text_dump(text)
    assert dump.title == HEAD[0]
    assert "small ferry" in dump.body and "tailored adverts" not in dump.body


def _values(shape: str) -> list[int]:
    """P a prose unit, s a short line, as `line_values` weighs them."""
    return [40 if c == "P" else -2 for c in shape]


def test_the_run_starts_past_the_menu_under_a_dated_headline() -> None:
    values = _values("PPssssssssHsPPPPPPPP")
    units = ["x"] * len(values)
    assert past_banner(units, values, (0, len(values)), lambda i: i == 10) == 12


def test_a_story_lead_over_a_list_inside_it_keeps_its_place() -> None:
    values = _values("PPssssssssPPPPPPPP")
    units = ["x"] * len(values)
    assert past_banner(units, values, (0, len(values)), lambda i: False) == 0  # no headline under the list
    heavy = _values("PPPPPsssssssHPPP")  # five paragraphs over the list: the story's own opening
    assert past_banner(["x"] * len(heavy), heavy, (0, len(heavy)), lambda i: i == 12) == 0
    short = _values("PPsssHPPPPPP")  # three short lines: no menu
    assert past_banner(["x"] * len(short), short, (0, len(short)), lambda i: i == 5) == 0
