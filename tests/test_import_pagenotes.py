"""A page's notes about itself, one line each: they go; the story's sentences on the same subjects stay.

The lines are written for these tests in the eight languages, in the shapes pages print them.
"""

from __future__ import annotations

import pytest

from briefkit.importer.boilerplate import is_interface_line

NOTES = [
    "Para ver el vídeo de esta noticia necesitas activar JavaScript.",
    "Bitte aktivieren Sie JavaScript, um das Video zu sehen.",
    "Dit is een bericht van een sociaal netwerk. Om het te bekijken moet je cookies van derden toestaan.",
    "Cet article est paru dans le numéro 1187 de notre magazine, en kiosque le 3 mai.",
    "Dieser Artikel erschien zuerst in der Ausgabe 18/2021 unseres Wochenblatts.",
    "URL dieses Artikels: https://news.example.org/hafen/mole-1234.html",
    "(This story was auto-generated from a syndicated feed and not edited by our staff.)",
    "Zum Kommentieren müssen Sie angemeldet sein.",
    "You must be logged in to comment.",
    "Jetzt testen Bereits Abonnent? Hier anmelden",
    "Lesen Sie weiter mit Hafen+: 4 Wochen für 1 €, danach 7,99 € im Monat.",
    "Do you have an opinion on the issues raised in this article? Email us a letter of up to 250 words.",
    "Receba as notícias do porto no seu WhatsApp: entre no nosso canal",
    "Compartilhe no WhatsApp",
    "Télécharger le rapport (PDF, 2,4 Mo)",
    "View comments on the full site",
]
STORY = [
    "The harbour office now runs its booking site without JavaScript, so older phones can use it too.",
    "Cookies from the harbour bakery were handed out to the pilots at the opening.",
    "The first issue of the harbour's newsletter appeared in 1921, when the pier was built.",
    "Fishermen said they would comment on the plan once the board had logged in the final figures.",
    "The port's messages reach the crews on a radio channel that every boat keeps open.",
]


@pytest.mark.parametrize("line", NOTES)
def test_a_pages_note_about_itself_is_furniture(line: str) -> None:
    assert is_interface_line(line)


@pytest.mark.parametrize("line", STORY)
def test_the_storys_sentences_on_the_same_subjects_stay(line: str) -> None:
    assert not is_interface_line(line)
