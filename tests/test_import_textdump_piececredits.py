"""Who wrote a copied page, told by the credit vocabulary of a kind of site: a broadcaster's piece
credited to its reporter with its crew after it, a regional paper's correspondent and "our reporter",
a data desk's research credit, a blog theme's pictograph before the name.

Each dump is written for the test (no publisher's text); each case is a shape real pages have.
"""

from __future__ import annotations

from briefkit.importer.bylines import parse_byline
from briefkit.importer.inlinebylines import find_byline
from briefkit.importer.textdump import read_text_dump
from storytexts import MENU, PIER, TAIL
from storytexts import dump as _dump

STORY = PIER[:4]


def test_a_broadcast_pieces_reporter_is_its_author_and_its_crew_is_not() -> None:
    assert parse_byline("Beitrag: Anna Beispiel · Kamera und Schnitt: Bernd Muster", bare=False) == ("Anna Beispiel",)
    assert parse_byline("Un sujet de Anne Exemple et Paul Modèle", bare=False) == ("Anne Exemple", "Paul Modèle")
    assert parse_byline("Servizio di Anna Esempio · Riprese di Paolo Modello", bare=False) == ("Anna Esempio",)
    assert parse_byline("Сюжет: Анна Пример, оператор Павел Образец", bare=False) == ("Анна Пример",)
    assert parse_byline("Reportagem de Ana Exemplo | Imagens: Paulo Modelo", bare=False) == ("Ana Exemplo",)
    assert parse_byline("Beitrag Anna Beispiel", bare=False) == ()  # no colon, no "von": a heading's word
    # the credit over the section's label and the headline: the reporter, not the place in the label
    head = ["Beitrag: Anna Beispiel · Kamera: Bernd Muster", "News · Northby Harbour"]
    head += ["Harbour board votes to rebuild the north pier", "Sendung vom 02.12.26 | Online seit 03.12.26, 09:20"]
    article = read_text_dump(_dump(MENU, head, STORY, TAIL))
    assert article.authors == ("Anna Beispiel",)


def test_a_correspondents_and_our_reporters_credit_name_the_writer() -> None:
    assert parse_byline("Correspondance : Anne Exemple", bare=False) == ("Anne Exemple",)
    assert parse_byline("Corresponsal: Ana Ejemplo", bare=False) == ("Ana Ejemplo",)
    assert parse_byline("Von unserem Redakteur Bernd Muster", bare=False) == ("Bernd Muster",)
    assert parse_byline("Door onze verslaggevers Anna Voorbeeld en Bram Proef", bare=False) == (
        "Anna Voorbeeld",
        "Bram Proef",
    )
    assert parse_byline("Par notre envoyée spéciale Anne Exemple", bare=False) == ("Anne Exemple",)
    assert parse_byline("By our reporter Ann Example", bare=False) == ("Ann Example",)
    head = ["Harbour board votes to rebuild the north pier", "Door onze verslaggever Anna Voorbeeld", "3 december 2026"]
    assert read_text_dump(_dump(MENU, head, STORY, TAIL)).authors == ("Anna Voorbeeld",)


def test_a_research_credit_names_the_writers_and_is_no_headline() -> None:
    credit = "Recherche und Daten: Anna Beispiel, Bernd Muster ·Grafik: Carla Probe"
    assert parse_byline(credit, bare=False) == ("Anna Beispiel", "Bernd Muster")
    assert find_byline("Research: the harbour's figures") == ()
    head = ["Harbour board votes to rebuild the north pier", "How the board counted the cost of the old pier."]
    head += [credit, "Erschienen am 1. Dezember 2026 · Lesezeit 8 Minuten"]
    article = read_text_dump(_dump(MENU, head, STORY, TAIL))
    assert (article.title, article.authors) == (head[0], ("Anna Beispiel", "Bernd Muster"))


def test_a_pictograph_before_a_name_is_its_label_and_a_copyright_sign_is_not() -> None:
    assert parse_byline("✍️ Anna Beispiel") == ("Anna Beispiel",)
    assert parse_byline("© Anna Beispiel") == ()  # a picture's owner


def test_a_contributors_credit_after_the_name_is_no_part_of_it() -> None:
    assert parse_byline("Ana Exemplo Especial para o Jornal") == ("Ana Exemplo",)
    assert parse_byline("By Ann Example Special to the Harbour Post", bare=False) == ("Ann Example",)
    assert parse_byline("Jane Au Yeung") == ("Jane Au Yeung",)  # a name's own word stays


def test_a_regional_papers_town_before_its_headline_is_left_off() -> None:
    menu = ["Actualité", "Northby", "Southby", "Sports", "Avis de décès", "Accueil › Région › Northby"]
    head = ["Northby. Conseil municipal : la jetée nord sera reconstruite en 2027", "Correspondance : Anne Exemple"]
    head += ["jeu. 3 déc. 2026 · 06:15"]
    story = [
        "La séance a duré près de trois heures, mardi soir, et le conseil a voté la reconstruction de la jetée nord.",
        "Le projet, présenté par l'adjointe aux travaux, prévoit un chantier en deux tranches au printemps.",
        "« La jetée a plus de cent ans et les tempêtes de l'hiver l'ont fragilisée », a expliqué le maire.",
        "L'opposition a voté pour, tout en demandant un plan de financement détaillé avant les travaux.",
    ]
    article = read_text_dump(_dump(menu, head, story, ["Les plus lus", "Mentions légales", "Confidentialité"]))
    assert article.title == "Conseil municipal : la jetée nord sera reconstruite en 2027"
    assert article.authors == ("Anne Exemple",)
