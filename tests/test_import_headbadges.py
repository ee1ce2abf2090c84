"""A closed live page's badge and an edition chooser over the headline of a copied page: never its headline."""

from __future__ import annotations

from briefkit.importer.headbadges import badge_line
from briefkit.importer.textdump import read_text_dump

LEAD = "The river rose a metre overnight and the council closed the lower road to traffic before dawn on Monday."
MIDDLE = "Pumps were brought in from the next county, and volunteers filled sandbags at the fire station until noon."
CLOSE = "The forecast promises two dry days, though the council warned that the ground was still saturated."


def test_badges_and_choosers_are_told_in_several_languages() -> None:
    for line in ("Live coverage has ended", "Liveticker beendet", "Diretta terminata", "Choose your region"):
        assert badge_line(line)
    for line in ("Välj region", "Выберите регион", "Kies je regio"):
        assert badge_line(line)
    assert not badge_line("Live music returns to the harbour")
    assert not badge_line("Choose life")


def test_the_headline_under_a_closed_live_badge_is_the_title() -> None:
    lines = [
        "Home",
        "News",
        "Sport",
        "Live coverage has ended",
        "River floods the lower town: what we know after a night of rain",
    ]
    lines += [
        "Homes evacuated and the lower road closed as the river burst its banks overnight.",
        "Jane Roe and Sam Poe",
    ]
    lines += ["6:40am, 28 November 2025", LEAD, MIDDLE, CLOSE, LEAD + " " + MIDDLE, CLOSE]
    article = read_text_dump("\n\n".join(lines))
    assert article.title == "River floods the lower town: what we know after a night of rain"


def test_the_headline_under_a_region_chooser_is_the_title() -> None:
    lead = "The bakery has baked saffron buns for 38 years, but saffron prices across the region have doubled."
    lines = ["News", "Weather", "Traffic", "Choose region"]
    lines += ["Bakery in the old town stops baking saffron buns as saffron gets dear", "▶ Listen to the report 2 min"]
    lines += ["Jane Roereporter", "Published 5 Dec 2025 at 16:30 · Updated 3 hours ago"]
    article = read_text_dump("\n\n".join([*lines, lead, MIDDLE, CLOSE, lead + " " + MIDDLE, CLOSE]))
    assert article.title == "Bakery in the old town stops baking saffron buns as saffron gets dear"
