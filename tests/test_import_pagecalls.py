"""The calls a page makes to its reader in one line (see `pagecalls`): a promotion under its
"don't miss" label, a back link opened by its arrow, a donation call with the sum it asks for. The
story's sentences on the same subjects stay.
"""

from __future__ import annotations

import pytest

from briefkit.importer.boilerplate import is_interface_line
from briefkit.importer.pagecalls import is_donation_call


@pytest.mark.parametrize(
    "line",
    [
        "DON'T MISS: A free calendar with Saturday's edition – find out more",
        "Nicht verpassen: Die besten Wanderwege der Region im Überblick",
        "À ne pas manquer : le marché de Noël ouvre ses portes",
        "No te pierdas: las rutas de otoño por la sierra",
        "← Back to all news",
        "‹ Zurück zur Übersicht",
    ],
)
def test_a_promotion_under_its_label_and_a_back_link_are_furniture(line: str) -> None:
    assert is_interface_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Don't miss the chance to see the comet this week, astronomers said on Monday.",
        "Nicht verpassen wollte die Feuerwehr den Termin: Sie kam schon am Morgen.",
        "← Wind from the west brought rain. The harbour closed for two days.",
    ],
)
def test_the_storys_sentences_with_the_same_words_stay(line: str) -> None:
    assert not is_interface_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Support the hall: text HALL 5 to 70070 to donate £5",
        "Adotta un libro: con 20 euro contribuisci al restauro della biblioteca",
        "Helfen Sie mit: Mit 10 € spenden Sie eine Mahlzeit",
        "Ajudar a escola: doação de 15 euros pelo site",
    ],
)
def test_a_donation_call_with_its_sum_under_a_label_is_furniture(line: str) -> None:
    assert is_donation_call(line)


@pytest.mark.parametrize(
    "line",
    [
        # the story's sentences: they end as sentences, or name no sum, or have no label
        "The appeal: residents gave £4,000 to the hall fund over the summer.",
        "Hall appeal: residents are asked to donate what they can",
        "Residents can text HALL 5 to 70070 to donate £5 to the appeal",
        "Donald Smith: the tariff of $50 per tonne stands",
    ],
)
def test_the_storys_lines_about_donations_stay(line: str) -> None:
    assert not is_donation_call(line)
