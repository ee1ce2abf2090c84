"""The lines around a copied page's headline that only file, date or sign it: never the headline.

Each case is written for the test (no publisher's text); each is a shape real pages have.
"""

from __future__ import annotations

from briefkit.importer import boilerplate
from briefkit.importer.headstack import dated_field
from briefkit.importer.labellines import label_line
from briefkit.importer.titlelines import is_meta


def test_a_days_number_before_a_month_of_any_language_is_no_list_marker() -> None:
    assert boilerplate.plain("9. október 2023 kl. 08:15") == "9. október 2023 kl. 08:15"
    assert boilerplate.plain("4. juni 2019") == "4. juni 2019"
    assert is_meta("9. október 2023 kl. 08:15")
    assert boilerplate.plain("1. Pack the tent") == "Pack the tent"  # a list's item keeps losing its number


def test_a_name_with_its_mail_address_is_a_byline() -> None:
    assert is_meta("Mara Lindqvist mara@harbourpost.example")
    assert not is_meta("Send your tips to desk@harbourpost.example")
    assert not is_meta("Ferry fares rise again next spring desk@harbourpost.example")


def test_a_filing_line_is_never_the_headline() -> None:
    assert label_line("Tags: ferries, harbour, fares")
    assert label_line("Emneord: ferje, havn, priser")
    assert not label_line("Ferry fares rise again in spring")


def test_a_field_of_a_dated_line_is_never_the_headline() -> None:
    raw = "Posted: 03.02.2025 | Harbour Press Office"
    assert dated_field("Harbour Press Office", raw)
    assert not dated_field("Harbour Press Office", "Harbour Press Office | Ferries")
    assert not dated_field("Ferry fares rise", "Ferry fares rise")


def test_a_short_line_over_a_headline_with_its_own_standfirst_is_its_overline() -> None:
    from briefkit.importer.headstack import lone_deck

    units = [
        "Notes from the harbour desk",
        "Why the night ferry stopped running and who decided it",
        "For a year the island had no late boat. This is how that came about.",
        "Mara Lindqvist",
        "Follow",
    ]
    values = [-3, -3, 14, -2, -3]
    assert lone_deck(units, values, 1)
    units[3] = "Photo: Ann Lee/Harbour Post"  # a caption and its credit under a subtitle
    assert not lone_deck(units, values, 1)
    units[3], values[3] = "Mara Lindqvist", 20  # prose under it: the story's first paragraphs, not a standfirst
    assert not lone_deck(units, values, 1)


def test_a_shouted_line_over_a_longer_headline_yields_to_it() -> None:
    from briefkit.importer.kickerlines import under_kicker

    units = ["HARBOUR MASTER ANN LEE", "Why the night ferry will not come back", "Story text."]
    scored = [(2.0, 0, units[0]), (1.5, 1, units[1])]
    assert under_kicker(units, scored)[1:] == (1, units[1])
    units[0] = "Harbour master Ann Lee"  # in ordinary case: no overline, the best stays
    assert under_kicker(units, [(2.0, 0, units[0]), (1.5, 1, units[1])])[1] == 0
