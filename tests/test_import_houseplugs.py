"""The house's plug at a copied story's end, told by its title case and the site's name the page
prints outside the story. Each line is written for the test (no publisher's text).
"""

from __future__ import annotations

import storytexts
from briefkit.importer.houseplugs import is_plug, without_plugs

_AROUND = {"The Tide Post Monday, 3 March 2025 | E-Paper", "Copyright © 2025 The Tide Post Media Ltd."}


def test_a_title_case_plug_naming_the_site_goes_in_brackets_or_not() -> None:
    plug = "Catch all the Harbour News, Ferry Updates and Latest Sailings on The Tide Post."
    assert is_plug(plug, _AROUND)
    assert is_plug(f"({plug})", _AROUND)
    assert is_plug(f"{plug} Download the Tide Post App to get Daily Harbour Updates.", _AROUND)
    body = [*storytexts.PIER, plug, "Topics Harbour Piers Ferries"]
    assert without_plugs(body, sorted(_AROUND)) == [*storytexts.PIER, "Topics Harbour Piers Ferries"]


def test_a_storys_sentence_naming_the_paper_is_no_plug() -> None:
    assert not is_plug("The board's plans were first reported by The Tide Post.", _AROUND)
    # title case, but naming no site the page prints elsewhere
    assert not is_plug("Catch all the Harbour News, Ferry Updates and Latest Sailings on Other Name.", _AROUND)


def test_german_prose_with_its_capitalised_nouns_is_no_plug() -> None:
    line = "Die Fähre fährt wieder dreimal täglich, sagte der Betreiber am Dienstag der Zeitung Tide Post."
    assert not is_plug(line, _AROUND | {"Tide Post"})
