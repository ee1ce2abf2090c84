"""What a byline search must not read as a name (a caption's "Photo by", a clock's "PM ET"); a Filipino particle.

Fixtures in the project's own words.
"""

from __future__ import annotations

from briefkit.importer.bylines import parse_byline
from briefkit.importer.inlinebylines import find_byline


def test_a_captions_photo_credit_is_no_byline() -> None:
    caption = "DOCKS. Port workers unload the first cargo on May 2, 2025. Photo by Ramon Villar/Harbour Daily"
    assert find_byline(caption) == ()
    assert find_byline("Foto von Sam Poe") == ()
    assert find_byline("Text by Jane Roe, photos by Sam Poe") == ("Jane Roe",)  # the writer's credit first
    assert find_byline("Posted in Walks · Words and pictures by Jane Roe") == ("Jane Roe",)  # both hers


def test_a_filipino_surnames_particle() -> None:
    assert parse_byline("Ma. Luisa delos Reyes") == ("Ma. Luisa delos Reyes",)
    assert parse_byline("By Andres dela Rosa", bare=False) == ("Andres dela Rosa",)
    assert parse_byline("Dela artikeln", bare=True) == ()  # a capitalised "Dela" opens no name


def test_a_clocks_half_of_the_day_and_zone_are_no_name() -> None:
    assert find_byline("05/02/2025 08:15 PM ET · Updated 09:40 PM ET · REF-0042", bare=True) == ()
    assert find_byline("05/02/2025 08:15 · Jane Roe", bare=True) == ("Jane Roe",)
