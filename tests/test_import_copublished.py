"""The note that a story is published together with a partner newsroom goes; sentences on partnerships stay.

Lines written for these tests in the project's own words, in the eight languages.
"""

from __future__ import annotations

import pytest

from briefkit.importer.copublished import copublication_note, without_copublication_notes

NOTES = [
    "This story was co-published with the Lakeside Courier.",
    "This investigation was produced in partnership with River Radio.",
    "Dieser Artikel erscheint in Kooperation mit dem Seeboten.",
    "Cet article est publié en partenariat avec La Voix du lac.",
    "Este reportaje se publica en colaboración con Radio del Lago.",
    "Questo articolo è pubblicato in collaborazione con Il Lago.",
    "Esta matéria foi publicada em parceria com a Rádio do Lago.",
    "Dit artikel verschijnt in samenwerking met De Meerbode.",
    "Этот материал подготовлен совместно с «Озёрным вестником».",
]
STORY = [
    "The report was produced in partnership with the university, the council said.",
    "This year the library worked in partnership with two schools on the reading club.",
    "This story began with a letter from a reader about the closed library.",
    "The lake's ferry runs in cooperation with the bus company from May.",
]


@pytest.mark.parametrize("line", NOTES)
def test_a_note_on_the_joint_publication_goes(line: str) -> None:
    assert copublication_note(line)


@pytest.mark.parametrize("line", STORY)
def test_a_storys_sentence_on_a_partnership_stays(line: str) -> None:
    assert not copublication_note(line)


def test_the_note_goes_from_the_storys_blocks() -> None:
    assert without_copublication_notes([NOTES[0], *STORY]) == STORY
