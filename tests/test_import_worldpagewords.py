"""The link boxes and the "goes on below the ad" notes of pages written in the languages beyond the
first eight (Swedish, Danish, Norwegian, Polish, Czech, Turkish, Romanian, Hungarian, Greek,
Ukrainian, Finnish): they go, the story's own subheadings and sentences stay.

The lines are written for these tests, in the shapes pages print them.
"""

from __future__ import annotations

import pytest

import storytexts
from briefkit.importer.boilerplate import filter_blocks, is_interface_line
from briefkit.importer.pagewords import END_MARKER
from briefkit.importer.readwalls import without_walls

OPENING = storytexts.CANAL_OPENING
CLOSING = storytexts.CANAL_CLOSING

POINTERS = [
    "Läs också: Nya båtar till skärgården redan i vår",
    "Læs også: Havnen får ny kran til sommer",
    "LÆS OGSÅ: Færgen sejler igen efter stormen",
    "Les også: Brua stengd for tungtrafikk",
    "Zobacz także: Nowy most na Wiśle w przyszłym roku",
    "Czytaj również: Port w Gdyni z nowym nabrzeżem",
    "Čtěte také: Přístav dostane nové jeřáby",
    "Mohlo by vás zajímat: Most přes řeku otevřou v létě",
    "Bunu da okuyun: Limana yeni vinçler geliyor",
    "Citește și: Portul primește macarale noi",
    "ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ Λιμάνι: Νέοι γερανοί τον Μάιο",
    "Читайте також: У порту встановлять нові крани",
    "Lue myös: Satamaan tulee uusia nostureita",
]


@pytest.mark.parametrize("line", POINTERS)
def test_a_pointer_to_another_story_is_furniture(line: str) -> None:
    assert is_interface_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Mest läst",
        "Mest læste",
        "Najczęściej czytane",
        "Související",
        "Çok Okunanlar",
        "İLGİLİ HABERLER",
        "Cele mai citite",
        "Kapcsolódó cikkek",
        "Τα πιο δημοφιλή",
        "Стрічка новин",
        "Luetuimmat",
    ],
)
def test_the_heading_of_a_box_of_links_is_an_end_marker(line: str) -> None:
    assert END_MARKER.match(line)


@pytest.mark.parametrize(
    "line",
    [
        # a subheading of the story, a sentence that reads on, a quote: the story's
        "Svävare från januari",
        "Läs också vad kommunen skriver i sitt svar, säger hon.",
        "Politiet søger vidner",
        "Dobrovolníci za výčepem",
        "Mest läst av alla var boken om ön, säger bibliotekarien.",
    ],
)
def test_the_storys_own_lines_in_those_languages_stay(line: str) -> None:
    assert not is_interface_line(line)
    assert not END_MARKER.match(line)


@pytest.mark.parametrize(
    "line",
    [
        "Artikeln fortsätter under annonsen",
        "Článek pokračuje pod reklamou",
        "Dalszy ciąg materiału pod wideo",
        "Artikkeli jatkuu mainoksen jälkeen",
    ],
)
def test_the_note_that_the_story_goes_on_past_an_ad_is_furniture(line: str) -> None:
    assert is_interface_line(line)


def test_a_sentence_on_a_story_that_goes_on_stays() -> None:
    assert not is_interface_line("Jednání o prodeji hospody pokračuje pod vedením starosty i příští týden.")


def test_a_box_of_links_set_between_the_paragraphs_goes_and_the_story_under_it_stays() -> None:
    blocks = [*OPENING, "Kapcsolódó cikkek", "Bezár a városi uszoda télen", "Napelemek az iskolán: megérte?"]
    blocks += CLOSING
    kept = filter_blocks(blocks).kept
    assert "Kapcsolódó cikkek" not in kept and "Bezár a városi uszoda télen" not in kept
    assert kept[: len(OPENING)] == OPENING and kept[-len(CLOSING) :] == CLOSING


@pytest.mark.parametrize(
    "line",
    [
        "Urmărește Gazeta Portului și pe Google News",
        "Ακολουθήστε το Λιμάνι στο Google News",
        "Liman Haber'i Google News'ten takip edin",
    ],
)
def test_the_call_to_follow_the_site_on_google_news_is_furniture_in_any_language(line: str) -> None:
    assert is_interface_line(line)


def test_a_sentence_or_a_headline_about_the_aggregator_stays() -> None:
    assert not is_interface_line("Traffic from Google News fell by half after the change, the editor said.")
    assert not is_interface_line("Google News changes how it ranks local stories")


def test_an_embedded_posts_placeholder_naming_its_network_goes_with_its_button() -> None:
    for note, button in [
        ("Här visas ett inlägg från Instagram när du har godkänt sociala medier.", "Visa inlägget"),
        ("Dieser Abschnitt bindet einen Beitrag von Instagram ein, Daten gehen an Meta.", "Inhalt laden"),
        ("Tutaj znajduje się wpis z serwisu Instagram.", "Pokaż treść"),
    ]:
        blocks = [*OPENING, note, button, *CLOSING]
        assert without_walls(blocks) == OPENING + CLOSING


def test_a_sentence_naming_a_network_over_a_subheading_stays() -> None:
    note = "Kommunen la ut bilderna på Instagram i går kväll."
    blocks = [*OPENING, note, "Svar från regionen", *CLOSING]
    assert note in without_walls(blocks)


def test_a_teaser_dated_with_spaces_after_the_points_is_a_teaser() -> None:
    from briefkit.importer.storytail import dated_teaser

    assert dated_teaser("Sladovna na Hané kupuje konkurenta v Polsku 1. 12. 2026")
    assert not dated_teaser("Obec koupila hospodu a otevře ji znovu 1. 12. 2026.")
