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


# What a page discloses of itself and what it asks of its reader, one line each, in the eight languages.
DISCLOSURES_AND_CALLS = [
    "Sie lesen gerade einen von 5 kostenlosen Artikeln in diesem Monat.",
    "You have 2 free articles left this month.",
    "Questo contenuto è riservato agli abbonati.",
    "Assine a revista do porto a partir de 2,50 € por mês.",
    "Offre découverte : 1 € le premier mois pour lire tous nos articles sur la côte",
    "Hier sehen Sie einen externen Inhalt von YouTube. Zum Anzeigen bitte laden",
    "Embedded content from mastodon.social is not available in this view",
    "Artikel anhören 3:05 Min. · Gesprochen von einer KI-Stimme",
    "Escuchar este artículo 6 min",
    "Cet article contient des liens d'affiliation : nous touchons une petite commission.",
    "Este artículo contiene enlaces de afiliados.",
    "Точка зрения автора может не совпадать с позицией редакции.",
    "Die Meinung des Gastautors gibt nicht unbedingt die Meinung der Redaktion wieder.",
    "This report is free to read as a public service.",
    "Regional Court Reporting is public interest journalism funded by a trust for local media.",
    "Para comentar, ingresá con tu cuenta.",
    "Per commentare accedi con il tuo account.",
    "Conforme a los criterios de la Red de Periodismo Fiable. Conocé más",
    "Ver galeria em ecrã inteiro 12 fotografias",
    "Bildergalerie im Vollbild öffnen",
    "Zur Merkliste hinzufügen",
    "Ajouter à la liste de courses",
    "Ausgabe 12/2025 jetzt im Shop bestellen – versandkostenfrei",
    "Tippspiel: Jetzt den 4. Spieltag tippen und ein Trikot gewinnen!",
    "Steun onafhankelijke natuurjournalistiek en word lid vanaf 4 euro per maand.",
    "Support independent harbour journalism: become a member today.",
    "Sponsored Segeljacken im Zweierpack – jetzt für 89,90 €",
    "Sondage : Prenez-vous encore le ferry le dimanche ? Oui Non",
    "Wie hat Ihnen dieses Rezept geschmeckt?",
    "Beoordeel dit recept",
    "Read the full timetable for the winter ferries →",
    "Haben Sie eine Frage zur Fähre? Schreiben Sie uns über unser Formular.",
]
STORY_ON_THE_SAME_SUBJECTS = [
    "The paper gave readers five free articles a month before the harbour board's vote, its editor said.",
    "Subscribers to the ferry pass pay 39 € per month, up from 35 € last year.",
    "The pilots said the external content of the report had been checked by the coast guard.",
    "The skipper read the letter aloud by the quay, and his voice broke at the end.",
    "The company earns a commission on every ticket its affiliate agencies sell.",
    "The mayor's opinion does not necessarily match that of the council, she told the meeting.",
    "Support for the new breakwater grew after the storm, according to the survey.",
    "Residents can now order firewood at the village shop, which opens on Saturdays.",
    "Fans who bet on the derby hoped to win back what they lost last season.",
    "The museum will add a second gallery for the harbour photographs next spring.",
    "The court's records are free to read for anyone who asks at the desk.",
    "Wie hat Ihnen die Fähre gefallen, fragten die Reporter die Passagiere am Kai.",
    "The ferry runs from the quay to the island → and back twice a day.",
    "Who answers the islanders' letters? The harbour master said he would write to us next week.",
]


@pytest.mark.parametrize("line", DISCLOSURES_AND_CALLS)
def test_a_pages_disclosure_or_call_is_furniture(line: str) -> None:
    assert is_interface_line(line)


@pytest.mark.parametrize("line", STORY_ON_THE_SAME_SUBJECTS)
def test_the_storys_sentences_on_calls_and_disclosures_stay(line: str) -> None:
    assert not is_interface_line(line)
