"""A newsletter's sign-up box and a readers' poll in the twelve languages beyond the first eight (see
`worldsignups`): the reader's mailbox, the letter's call, the button under a pitch; a poll's label,
its yes and no and the count of votes under them. The story's sentences stay.
"""

from __future__ import annotations

import pytest

from briefkit.importer import embeds, signups


@pytest.mark.parametrize(
    "line",
    [
        "Veckans viktigaste nyheter i din inkorg varje fredag.",
        "Haftanın özeti her cuma e-postanıza gelsin.",
        "Saat tiedot joka aamu sähköpostiisi.",
        "Iratkozzon fel hírlevelünkre, és minden héten megkapja a programajánlót!",
        "Zapisz się na nasz biuletyn i czytaj o regionie co rano.",
    ],
)
def test_the_mailbox_or_the_letters_call_anchors_a_box(line: str) -> None:
    assert signups.is_anchor(line)


@pytest.mark.parametrize(
    "line",
    [
        "Kommunen skickade ett brev till alla hushåll i veckan.",
        "Belediye, yeni otobüs hattını pazartesi günü açacak.",
        "A hírlevél szerkesztője szerint a lap tavasszal megújul.",
    ],
)
def test_the_storys_sentences_anchor_nothing(line: str) -> None:
    assert not signups.is_anchor(line)


def test_a_box_told_by_its_button_in_another_language_goes() -> None:
    lines = ["Ett stycke av artikeln.", "Morgonbrevet", "Få veckans nyheter före frukost.", "Anmäl", "Sista stycket."]
    assert signups.without_buttoned_boxes(lines) == ["Ett stycke av artikeln.", "Sista stycket."]


def test_a_poll_with_its_count_of_votes_goes() -> None:
    lines = [
        "Radnice chce o změně rozhodnout do konce roku.",
        "Anketa",
        "Měl by se park v noci zavírat?",
        "Ano Ne",
        "Hlasovalo 1 302 čtenářů",
        "Zastupitelé o návrhu jednají v pondělí.",
    ]
    assert embeds.without_polls(lines) == [lines[0], lines[-1]]


def test_a_count_of_votes_away_from_a_poll_stays() -> None:
    lines = ["Hlasovalo 14 zastupitelů", "Návrh prošel těsně."]
    assert embeds.without_polls(lines) == lines
