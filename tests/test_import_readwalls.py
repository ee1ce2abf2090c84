"""The walls, placeholders, podcast plugs and reuse terms a page sets across a copied story: they
go, with the buttons and the prices under them; the story's sentences on the same subjects stay.

The lines are written for these tests in the eight languages, in the shapes pages print them.
"""

from __future__ import annotations

import pytest

from briefkit.importer.readwalls import button_line, wall_line, without_walls

WALLS = [
    # a call to register for free and read on
    "Kostenlos registrieren und den Beitrag weiterlesen",
    "Register for free to continue reading",
    "Inscrivez-vous gratuitement pour lire la suite",
    "Regístrate gratis y sigue leyendo",
    "Registrati gratis per continuare a leggere",
    "Cadastre-se gratuitamente e continue lendo",
    "Registreer gratis en lees verder",
    "Зарегистрируйтесь бесплатно, чтобы продолжить чтение",
    # the button that opens the rest
    "CONTINUE READING THE STORY",
    "Weiterlesen",
    "Lire la suite",
    "Continua a leggere l'articolo",
    # a feature for registered readers only
    "Diese Funktion steht nur für registrierte Nutzer zur Verfügung",
    "Esta opción es solo para registrados",
    "Fonction réservée aux utilisateurs inscrits",
    # the one article sold
    "Buy this article for 1.50 £",
    "Dieses Stück? Den Artikel einzeln kaufen",
    "Acheter cet article pour 0,80 €",
    "Compra questo articolo",
    "Koop dit artikel voor 1 euro",
    "Купить эту статью за 49 рублей",
    # a placeholder for an embedded video or post
    "To view this video, you need to accept cookies from the video platform.",
    "An dieser Stelle steht ein externer Inhalt. Um ihn anzuzeigen, müssen Sie zustimmen.",
    "Pour afficher ce contenu, vous devez accepter les cookies du réseau social.",
    "Para ver este vídeo debes aceptar las cookies de terceros.",
    "Per visualizzare questo contenuto è necessario accettare i cookie.",
    "Om deze video te bekijken moet u toestemming geven voor cookies.",
    "Чтобы посмотреть это видео, примите условия использования cookie.",
    # the house's podcast under its label, or a call to listen to an episode
    "Podcast-Tipp: Die Woche am Hafen – Folge 31",
    "PODCAST | Ouça o episódio sobre o porto",
    "Écoutez l'épisode consacré au port",
    "Escucha el episodio «El muelle» con la autora",
    # the terms on which the text may be reused
    "Weiterverbreitung nur mit schriftlicher Genehmigung des Verlags.",
    "Reproduction interdite sans autorisation.",
    "При цитировании материалов гиперссылка на издание обязательна.",
    "Overname alleen met bronvermelding.",
    # a news quiz's call to the reader
    "Testen Sie Ihr Wissen über die Woche am Hafen",
    "Test your knowledge of the week's news in ten questions",
    "Pon a prueba tus conocimientos sobre el puerto",
    "Проверьте свои знания о порте",
    # a call to buy the story's photo
    "Foto bestellen",
    "Buy this photo",
    "Фотобанк: купить фото к материалу",
]
STORY = [
    "Residents who register for the new ferry pass can read the timetable online, the operator said.",
    "The council said it would continue reading the submissions until the end of the month.",
    "Only registered fishing boats may use the inner harbour, the harbour master said.",
    "Visitors can buy tickets for the island ferry at the kiosk on the pier.",
    "The video showed the ferry hitting the pier, the operator said.",
    "Residents were asked to consent to the works before the council would show the plans.",
    "She listened to the radio as the boats came in.",
    "The podcast about the harbour has been downloaded a million times, the station said.",
    "The newspaper bought the photo from a local fisherman.",
    "Reproduction of the old harbour map now hangs in the town hall.",
    "The exam will test the knowledge of every new ferry captain, the authority said.",
]


@pytest.mark.parametrize("line", WALLS)
def test_a_wall_a_placeholder_or_a_plug_goes(line: str) -> None:
    assert wall_line(line)


@pytest.mark.parametrize("line", STORY)
def test_the_storys_sentences_on_the_same_subjects_stay(line: str) -> None:
    assert not wall_line(line)


PARAGRAPHS = [
    "The lock between the two lakes will close to boats from Monday while the old gates are repaired.",
    "Owners of houseboats moored along the towpath have been told to move to the lower basin this week.",
    "The lock keeper said the gates had leaked badly since a storm in November loosened their hinges.",
]


def test_a_wall_goes_with_the_prices_and_buttons_under_it() -> None:
    body = [
        PARAGRAPHS[0],
        "Diesen Artikel einzeln kaufen für 0,79 €",
        "Oder: 4 Wochen lesen für 1 € – danach 8,99 € im Monat.",
        "Artikel kaufenAbo wählen",
        *PARAGRAPHS[1:],
    ]
    assert without_walls(body) == PARAGRAPHS


def test_a_placeholder_goes_with_its_buttons() -> None:
    body = [
        PARAGRAPHS[0],
        "Zum Anzeigen des Videos müssen Sie der Datenverarbeitung durch die Plattform zustimmen.",
        "Inhalt einmalig ladenEinstellungen verwalten",
        *PARAGRAPHS[1:],
    ]
    assert without_walls(body) == PARAGRAPHS


def test_a_button_line_is_buttons_only() -> None:
    assert button_line("EscucharReproducir")
    assert button_line("Load content Manage settings")
    assert not button_line("The ferry will play music on the way to the island.")
    assert not button_line("Der Inhalt des Vertrags bleibt geheim.")
