"""What a news page sets between a copied story's paragraphs, beside the story and not of it: the
newsroom's notes on the story (a correction, a machine-made summary, the pointer to its live page), a
service box closed by its link to the whole list, a poll's statement with its answers, the title over a
video's stand-in, a box of links headed "more information" run into its first title, and the one
title under a label naming its topic. Each goes; the story's own sentences on the same things stay.

The dumps are written for these tests in the shapes pages print them, in the project's own words.
"""

from __future__ import annotations

import pytest

import storytexts
from briefkit.importer import editornotes, embeds, inlineboxes, showall
from briefkit.importer.blocktext import words
from briefkit.importer.textdump import read_text_dump

HEAD = ["Valley News", "Region", "Weather", "Library opens its doors on Sundays", "By Ann Example", "4 May 2026"]
STORY = storytexts.LIBRARY


def _body(*inserted: str) -> str:
    lines = HEAD + STORY[:2] + list(inserted) + STORY[2:]
    return read_text_dump("\n\n".join(lines) + "\n").body


def _kept_story(body: str) -> bool:
    return all(line[:40] in body for line in STORY)


NOTES = [
    # a correction, in each of its shapes
    "Correction: An earlier version of this article gave the wrong opening hour. It has been corrected.",
    "Hinweis: In einer früheren Version dieses Artikels stand ein falscher Termin. Wir haben ihn korrigiert.",
    "Une version précédente de cet article indiquait une mauvaise date.",
    "Una versión anterior de este artículo daba un horario equivocado.",
    "Una versione precedente di questo articolo riportava un orario sbagliato.",
    "Uma versão anterior desta reportagem informava um horário errado.",
    "In een eerdere versie van dit artikel stond een verkeerde datum.",
    "В предыдущей версии этой статьи была указана неверная дата.",
    "Berichtigung: Die Bücherei öffnet um 14 Uhr, nicht um 13 Uhr. Der Fehler wurde korrigiert.",
    # the summary made by a machine
    "This summary was generated with AI and checked by our editors.",
    "Diese Zusammenfassung wurde mithilfe von KI erstellt und redaktionell geprüft.",
    "Ce résumé a été généré par une IA et relu par la rédaction.",
    "Este resumen fue elaborado con inteligencia artificial.",
    "Il riassunto è stato generato con l'intelligenza artificiale.",
    "Deze samenvatting is gemaakt met behulp van AI.",
    # the pointer to the live page
    "Follow our live coverage of the council vote here",
    "Verfolgen Sie alle Entwicklungen in unserem Liveblog",
    "Suivez notre direct sur le vote du conseil",
    "Sigue en directo la votación del pleno",
    "Segui la diretta del consiglio comunale",
    "Acompanhe ao vivo a votação na câmara",
    "Volg het liveblog over de gemeenteraad",
    "Следите за онлайн-трансляцией заседания",
]
STORY_LINES = [
    "The council published an earlier version of the plan in March, with fewer opening hours.",
    "An earlier version of the bill was rejected by the regional parliament last year.",
    "Die Zusammenfassung des Gutachtens wurde dem Rat am Montag vorgelegt.",
    "The summary of the report was written by the library's director, not by the council.",
    "Researchers say AI tools are now used to write summaries of court rulings.",
    "Follow the path along the river and you reach the library in ten minutes.",
    "Thousands followed the vote live on the local radio station.",
    "The correction of the budget was approved by the council on Tuesday.",
    "An earlier version of this report was shown to the council in March.",
    "Une version précédente de ce texte avait été rejetée par le Sénat.",
]


@pytest.mark.parametrize("line", NOTES)
def test_the_newsrooms_note_on_its_story_goes(line: str) -> None:
    assert editornotes.is_editors_note(line, len(words(line)))
    body = _body(line)
    assert line[:30] not in body and _kept_story(body)


@pytest.mark.parametrize("line", STORY_LINES)
def test_the_storys_sentences_on_versions_summaries_and_live_broadcasts_stay(line: str) -> None:
    assert not editornotes.is_editors_note(line, len(words(line)))


def test_a_service_box_closed_by_its_link_to_the_whole_list_goes() -> None:
    for box in (
        [
            "Apotheken-Notdienst heute",
            "Linden-Apotheke, Nordstadt, bis 8 Uhr",
            "Markt-Apotheke, Altstadt",
            "Alle Notdienste anzeigen",
        ],
        ["Next departures", "Bus 12 to the station 14:05", "Bus 4 to the hospital 14:12", "Show all departures"],
        ["Pharmacies de garde", "Pharmacie du Centre, jusqu'à 20 h", "Voir toutes les pharmacies"],
    ):
        body = _body(*box)
        assert box[1][:12] not in body and box[-1] not in body, box
        assert _kept_story(body)


def test_a_list_introduced_by_a_sentence_and_a_lone_link_stay() -> None:
    lines = ["The library lends:", "Books and magazines", "Board games", "Show all"]
    assert showall.without_listed_boxes(lines) == lines  # one entry under a sentence: no box
    lines = ["The reading club meets on Sundays.", "Show all events"]
    assert showall.without_listed_boxes(lines) == lines


def test_a_polls_statement_with_its_answers_goes() -> None:
    for poll in (
        ["Stelling", "De bibliotheek moet ook op zondag open zijn.", "Eens Oneens"],
        ["The statement", "The library should open on Sundays.", "Agree  Disagree"],
        ["Il sondaggio", "Aprireste la biblioteca la domenica?", "Sì  No Vota"],
    ):
        body = _body(*poll)
        assert poll[1][:20] not in body and poll[0] not in body and poll[2] not in body, poll
        assert _kept_story(body)


def test_a_line_of_yes_and_no_in_the_story_is_no_poll() -> None:
    lines = ["The vote was close.", "Yes, no, maybe: the members could not agree."]
    assert embeds.without_polls(lines) == lines


def test_the_title_over_a_videos_stand_in_goes() -> None:
    for video in (
        ["La biblioteca aperta la domenica: il video", "Per vedere il video abilita JavaScript"],
        ["Inside the new reading room", "To watch this video, please enable JavaScript"],
    ):
        body = _body(*video)
        assert video[0] not in body and "JavaScript" not in body, video
        assert _kept_story(body)


def test_a_box_of_links_headed_more_information_run_into_its_title_goes() -> None:
    line = "Más informaciónLa biblioteca abre los domingosLos vecinos piden más horas"
    body = _body(line)
    assert "La biblioteca abre" not in body and _kept_story(body)


def test_the_title_under_a_label_naming_its_topic_goes() -> None:
    for label, title in (
        ("Read more on libraries", "Your Library Card Can Do More. Here Is What It Offers."),
        ("Read more on libraries", "Why the reading club wants longer hours"),
    ):
        body = _body(label, title)
        assert title[:20] not in body and _kept_story(body), title


def test_a_more_information_label_over_other_stories_titles_goes_and_a_contact_box_stays() -> None:
    for label in ("Más información", "More information", "Mehr Informationen", "Meer informatie"):
        body = _body(label, "Why the reading club wants longer hours", "Volunteers sign up for the front desk")
        assert "reading club wants" not in body and "Volunteers sign up" not in body, label
        assert label not in body and _kept_story(body), label
    blocks = [STORY[0], "More information", "Library office, Market Square 4", "Tel. 0800 123 456"]
    assert inlineboxes.more_info_titles(blocks, 1) == 0
