"""A short paragraph of whole sentences in an inflected language is prose, though it holds few of
the function words listed: `proseruns` weighs it as story, so the story's run does not end over it."""

from __future__ import annotations

import pytest

from briefkit.importer import proseruns


@pytest.mark.parametrize(
    "line",
    [
        # Czech and Finnish, in the project's own words: two sentences, almost no listed function words
        "Rozhodnutí krajského soudu nabylo právní moci minulý týden. "
        "Obyvatelé sídliště mohou ještě podat ústavní stížnost.",
        "Kaupunginhallitus käsittelee asiaa uudelleen ensi kuussa. "
        "Asukkaiden kuuleminen järjestetään koululla tiistaina illalla.",
    ],
)
def test_two_sentences_without_listed_function_words_are_prose(line: str) -> None:
    assert proseruns._value(line, known_language=True) > 0


@pytest.mark.parametrize(
    "line",
    [
        # a tag cloud ends no sentence inside it
        "Doprava Praha Brno Ostrava parkování poplatky rezidenti zastupitelstvo vyhláška soud kasace stížnost",
        # an imprint set as sentences: its words open with capitals and digits
        "Vydavatel Novinky Morava s.r.o. Adresa: Hlavní třída 12, 602 00 Brno. Šéfredaktor Jan Novák. IČO 12345678.",
    ],
)
def test_rows_of_labels_keep_their_cost(line: str) -> None:
    assert proseruns._value(line, known_language=True) < 0
