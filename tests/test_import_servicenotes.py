"""Notes a publication prints about its own service inside or under a saved page's story: they go,
the story's sentences on the same subjects stay.

The note on the print issue with the issue's number after its sign, a pointer to another piece of a
news service with that piece's length, a call to subscribe that names journalism, the box that tells
how to cite a paper, the press contacts under a release, and a blog's description over its posts.
The lines are written for these tests, in the eight languages, in the shapes pages print them.
"""

from __future__ import annotations

import pytest

from briefkit.importer import pagewords
from briefkit.importer.boilerplate import is_interface_line
from briefkit.importer.htmlpage import read_html

NOTES = [
    # the print issue, by its number after the sign
    "Cet article est paru dans Le Quai n° 318 du 4 mars 2026.",
    "Dieser Beitrag erschien in Hafenblatt Nr. 22 vom 5. Juni 2026.",
    "This article first appeared in Harbour Weekly No. 77.",
    "Questo articolo è uscito sul Molo n. 12 del 2026.",
    "Este artigo foi publicado no Cais n.º 41.",
    "Эта статья вышла в журнале «Причал» № 9.",
    # another piece of the service, with its length, where its clients find it
    "Hintergrund: „Wie die Schleuse arbeitet“ (Dossier, 2.400 Zeichen) steht Kunden im Bereich Dossiers zur Verfügung.",
    'Background: "How the lock works" (explainer, 600 words) is available to clients in the archive.',
    "Le décryptage « Comment fonctionne l'écluse » (1 800 signes) est disponible pour les abonnés du service.",
    "El análisis «Cómo funciona la esclusa» (500 palabras) está disponible en el área de clientes.",
    "Справка «Как работает шлюз» (3 000 знаков) доступна клиентам в разделе досье.",
    # an audio player's label
    "Hören Sie diesen Artikel",
    "Diesen Beitrag anhören",
    # a call to subscribe that names the journalism it pays for
    "Gostou deste artigo? O jornalismo de qualidade tem um custo. Assine o Diário do Cais e apoie a informação.",
    "Guter Journalismus hat seinen Preis. Abonnieren Sie das Hafenblatt.",
    "Le journalisme indépendant a un coût. Abonnez-vous au Quai.",
]
STORY = [
    "The print run of the harbour paper's issue no. 1 appeared in 1921, when the pier was built.",
    "The harbour's new rules (12 pages) are available at the town hall from Monday.",
    "Each radio message may hold 160 characters, and the service is available to every boat.",
    "The editor said quality journalism costs money, and the number of subscribers rose by 4 % this year.",
    "Abonnenten des Hafenblatts lesen seit Jahren die Berichte über die Schleuse.",
]


@pytest.mark.parametrize("line", NOTES)
def test_a_services_note_about_itself_is_furniture(line: str) -> None:
    assert is_interface_line(line)


@pytest.mark.parametrize("line", STORY)
def test_the_storys_sentences_on_the_same_subjects_stay(line: str) -> None:
    assert not is_interface_line(line)


@pytest.mark.parametrize(
    "heading",
    [
        "Zitiervorschlag",
        "Suggested citation",
        "Cite this paper",
        "How to cite this article:",
        "Pour citer cet article",
        "Cómo citar este artículo",
        "Come citare",
        "Como citar",
        "Citeerwijze",
        "Как цитировать",
        "Contacts presse",
        "Pressekontakte",
    ],
)
def test_a_citation_box_or_press_contacts_heading_ends_the_story(heading: str) -> None:
    assert pagewords.END_MARKER.match(heading)


@pytest.mark.parametrize("heading", ["Citations from the archive", "Kontakte zur Presse in der Stadt", "Cite"])
def test_a_subheading_with_a_word_of_citing_does_not(heading: str) -> None:
    assert not pagewords.END_MARKER.match(heading)


_PARA = (
    "<p>The lock keepers met on a wet morning and agreed the new opening hours after a long debate about "
    "costs and the tides of the estuary.</p>"
)


def test_the_box_on_how_to_cite_a_paper_leaves_with_what_follows_it() -> None:
    html = (
        "<!doctype html><html><head><title>Opening hours for the lock</title></head><body>"
        "<article><h1>Opening hours for the lock</h1>"
        + _PARA
        * 6
        + "<p>The new hours start in spring, the board said at the meeting.</p>"
        "<div class='cite'><h3>Suggested citation</h3><p>Marlow, J./Ferris, K. (2026): Opening hours for "
        "the lock. Estuary Papers 4/2026, Harwick.</p></div>"
        "<div class='cards'><p><b>Jo Marlow</b> heads the estuary programme at the institute.</p></div>"
        "</article></body></html>"
    )
    body = read_html(html).body
    assert "the board said at the meeting" in body
    assert "Estuary Papers 4/2026" not in body and "Suggested citation" not in body


def test_a_blogs_description_over_the_post_title_is_no_lead() -> None:
    description = "A notebook by Jo Marlow, reporter. Small stories from the estuary and the people who live by it."
    html = (
        "<!doctype html><html><head><title>Estuary notebook: The lock</title></head><body>"
        f"<header class='blog-header'><h2>Estuary notebook</h2><p class='description'>{description}</p></header>"
        "<div class='posts'><h2 class='date-header'>Thursday, 3 December 2026</h2><div class='post'>"
        "<h3 class='post-title'>The lock keepers' long night</h3><div class='post-body'>"
        + _PARA * 6
        + "</div></div></div></body></html>"
    )
    body = read_html(html).body
    assert "The lock keepers met" in body
    assert "A notebook by Jo Marlow" not in body


@pytest.mark.parametrize(
    "line",
    [
        "Zitiervorschlag: Marlow, J./Ferris, K. (2026): Öffnungszeiten der Schleuse. Estuary Papers 4/2026.",
        "Suggested citation: Marlow, J. (2026). Opening hours for the lock. Estuary Papers 4.",
        "Pour citer cet article : Marlow, J. (2025), « L'écluse », Revue de l'estuaire, n° 3.",
        "Cómo citar: Marlow, J. (2024). La esclusa. Cuadernos del estuario, 7.",
    ],
)
def test_the_line_that_tells_how_to_cite_the_piece_is_furniture(line: str) -> None:
    assert is_interface_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Come citare le fonti: una guida per chi scrive la tesi sull'estuario e vuole evitare errori.",
        "Cite as many sources as you can, the editor told the students in 2019.",
    ],
)
def test_a_sentence_on_citing_stays(line: str) -> None:
    assert not is_interface_line(line)


def test_a_pictures_caption_printed_again_over_the_story_leaves_it() -> None:
    caption = "The old lock at dawn."
    html = (
        "<!doctype html><html><head><title>Opening hours for the lock</title></head><body><article>"
        f"<h1>Opening hours for the lock</h1><div class='description'><p>{caption}</p></div>"
        f"<figure><img src='https://img.example.org/lock.jpg' alt=''><figcaption>{caption} Photo: Jo Marlow"
        "</figcaption></figure>" + _PARA * 6 + "</article></body></html>"
    )
    article = read_html(html)
    assert [i.caption for i in article.images] == [caption]
    assert caption not in article.body and "The lock keepers met" in article.body


def test_a_caption_that_is_only_the_alt_text_takes_no_line_from_the_story() -> None:
    lead = "The lock keepers agreed on new opening hours."
    html = (
        "<!doctype html><html><head><title>Opening hours for the lock</title></head><body><article>"
        f"<h1>Opening hours for the lock</h1><figure><img src='https://img.example.org/lock.jpg' alt='{lead}'>"
        f"</figure><p>{lead}</p>" + _PARA * 6 + "</article></body></html>"
    )
    assert lead in read_html(html).body


@pytest.mark.parametrize(
    "line",
    [
        "Voor vragen van journalisten: bel het persnummer van de rechtbank.",
        "Media enquiries: the press office, 0161 555 0199",
        "Für Presseanfragen: Pressestelle des Landgerichts",
        "Pour les demandes des médias : service de communication",
        "Para consultas de prensa: gabinete de comunicación",
        "Per richieste della stampa: ufficio comunicazione",
        "Para pedidos da imprensa: assessoria de comunicação",
        "Для СМИ: пресс-служба суда",
    ],
)
def test_the_line_for_the_presss_questions_is_furniture(line: str) -> None:
    assert is_interface_line(line)


def test_a_story_on_questions_from_the_press_stays() -> None:
    assert not is_interface_line("Questions from the press were not allowed, the spokesman said on Monday.")
    assert not is_interface_line("Die Presseanfragen häuften sich: 40 an einem Tag, sagte der Sprecher.")
