"""Dates, bylines and copied pages in the languages news is written in (fixtures in our own words)."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from briefkit.importer.bylines import parse_byline
from briefkit.importer.dates import find_date, parse_date
from briefkit.importer.inlinebylines import find_byline
from briefkit.importer.textdump import read_text_dump


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("19. Juni 2024", date(2024, 6, 19)),
        ("le 19 juin 2024", date(2024, 6, 19)),
        ("19 de junio de 2024", date(2024, 6, 19)),
        ("19 giugno 2024", date(2024, 6, 19)),
        ("19 de junho de 2024", date(2024, 6, 19)),
        ("19 juni 2024", date(2024, 6, 19)),
        ("19 июня 2024", date(2024, 6, 19)),
        ("19.06.2024, 18:05 Uhr", datetime(2024, 6, 19, 18, 5)),
        ("Mittwoch, 19. Juni 2024, 18:05 Uhr MESZ", datetime(2024, 6, 19, 18, 5, tzinfo=timezone(timedelta(hours=2)))),
        ("Wed 19 Jun 2024 18.05 BST", datetime(2024, 6, 19, 18, 5, tzinfo=timezone(timedelta(hours=1)))),
        ("publié le 3 mars 2023 à 18h05", datetime(2023, 3, 3, 18, 5)),
        ("Veröffentlicht am 20.11.2022", date(2022, 11, 20)),
    ],
)
def test_dates_in_many_languages(text: str, want: date) -> None:
    assert parse_date(text) == want


@pytest.mark.parametrize("text", ["vor 2 Stunden", "2 hours ago", "il y a 3 heures", "hace 2 horas", "gestern"])
def test_relative_dates_are_never_a_publication_date(text: str) -> None:
    assert parse_date(text) is None
    assert find_date(text) is None


def test_a_date_inside_a_longer_line_and_an_update_only_when_alone() -> None:
    assert find_date("Geschrieben von Lena Roth am 4. März 2023 um 09:12 Uhr") == datetime(2023, 3, 4, 9, 12)
    assert find_date("Aktualisiert am 21.11.2022, erstellt am 20.11.2022") == date(2022, 11, 20)
    assert find_date("Aktualisiert am 21.11.2022") == date(2022, 11, 21)


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Von Anna Keller und Jonas Brandt", ("Anna Keller", "Jonas Brandt")),
        ("Par Claire Morel et Luc Girard", ("Claire Morel", "Luc Girard")),
        ("Por Marta Ruiz y Pablo Gil", ("Marta Ruiz", "Pablo Gil")),
        ("Autorin: Lena Roth", ("Lena Roth",)),
        ("Staff and agencies in Seoul", ("Staff and agencies in Seoul",)),
        # the studio, desk or post a name writes from is no second author
        ("Von Julia Roe, ARD-Studio Tokio", ("Julia Roe",)),
        ("Von Jane Roe, Redaktion Wirtschaft", ("Jane Roe",)),
        ("Por Ana Roe, corresponsal en Pekín", ("Ana Roe",)),
        ("Par Claire Roe, envoyée spéciale à Séoul", ("Claire Roe",)),
    ],
)
def test_bylines_in_many_languages(line: str, names: tuple[str, ...]) -> None:
    assert parse_byline(line, bare=False) == names


def test_a_byline_inside_a_line() -> None:
    assert find_byline("Geschrieben von Lena Roth am 4. März 2023") == ("Lena Roth",)
    assert find_byline("Veröffentlicht vonJonas Brandt 3. März 2023") == ("Jonas Brandt",)
    assert find_byline("04.03.2023 | 09:12 Uhr | Lena Roth", bare=True) == ("Lena Roth",)


MENU = "\n".join(["Startseite", "Politik", "Wirtschaft", "Sport", "Kultur", "Wetter", "Suche", "Anmelden",
                  "Regionales", "Podcasts", "Newsletter", "Kontakt"])
STORY_DE = """Neue Fähre verbindet die Inseln ab dem Frühjahr
Die Verbindung soll Pendlern zwei Stunden Fahrt am Tag ersparen.
4. März 2023
Von Lena Roth
Die Reederei hat am Freitag bekannt gegeben, dass eine neue Fähre ab April zwischen den beiden Inseln pendeln soll. Bisher mussten Reisende über das Festland fahren.
Das Schiff bietet Platz für dreihundert Fahrgäste und vierzig Autos. Es fährt mit einem Hybridantrieb, der im Hafen ausschließlich elektrisch arbeitet.
Der Bürgermeister sprach von einem guten Tag für die Region. Die Gemeinden hatten seit Jahren eine direkte Verbindung gefordert und dafür Unterschriften gesammelt.
Die Fahrkarten sollen ab Mitte März verkauft werden, sowohl online als auch an den Schaltern in beiden Häfen.
Mehr zum Thema
Hafenfest lockt tausende Besucher
Neue Radwege für die Altstadt
Impressum
Datenschutz
© 2023 Inselbote"""
STORY_FR = """Accueil
Actualités
Régions
Sport
Culture
Rechercher
Se connecter
Le nouveau pont ouvrira ses voies aux cyclistes dès l'été
Par Claire Morel
Publié le 12 mai 2023 à 08h30
La mairie a confirmé jeudi que le pont reliant les deux rives accueillera une piste cyclable séparée de la route à partir du mois de juillet.
Les travaux ont commencé en janvier et se déroulent la nuit afin de ne pas bloquer la circulation pendant la journée.
Selon les services techniques, la piste fera trois mètres de large et sera éclairée sur toute sa longueur.
Les associations de cyclistes saluent une décision attendue depuis longtemps, tout en demandant des parkings pour vélos aux deux extrémités.
Lire aussi
Le marché du samedi change de place
Partager
Mentions légales"""
STORY_ES = """Inicio
Nacional
Internacional
Deportes
Buscar
Iniciar sesión
La biblioteca municipal amplía su horario durante los exámenes
Por Marta Ruiz
19 de junio de 2024
La biblioteca central abrirá hasta la medianoche a partir del lunes para que los estudiantes puedan preparar sus exámenes finales.
El ayuntamiento ha contratado a cuatro personas más para cubrir los turnos de noche durante las próximas tres semanas.
Los responsables recuerdan que las salas de estudio en grupo deben reservarse con antelación a través de la página web.
La medida se repetirá en enero si la afluencia de estudiantes justifica el gasto adicional.
Noticias relacionadas
El museo de la ciudad renueva su sala principal
Compartir
Aviso legal"""


@pytest.mark.parametrize(
    ("dump", "title", "when", "author", "first", "gone"),
    [
        # the line under the headline is the story's start, as a saved page's importer keeps it
        (MENU + "\n" + STORY_DE, "Neue Fähre verbindet die Inseln ab dem Frühjahr", date(2023, 3, 4), "Lena Roth",
         "Die Verbindung soll Pendlern zwei Stunden Fahrt am Tag ersparen.\n\nDie Reederei hat am Freitag", ["Hafenfest", "Startseite", "Impressum", "Inselbote"]),
        (STORY_FR, "Le nouveau pont ouvrira ses voies aux cyclistes dès l'été", datetime(2023, 5, 12, 8, 30),
         "Claire Morel", "La mairie a confirmé", ["Le marché du samedi", "Accueil", "Mentions légales"]),
        (STORY_ES, "La biblioteca municipal amplía su horario durante los exámenes", date(2024, 6, 19), "Marta Ruiz",
         "La biblioteca central abrirá", ["El museo de la ciudad", "Iniciar sesión", "Aviso legal"]),
    ],
)
def test_a_copied_page_between_menus_and_footer(
    dump: str, title: str, when: date, author: str, first: str, gone: list[str]
) -> None:
    article = read_text_dump(dump)
    assert article.title == title
    assert article.published == when
    assert article.authors == (author,)
    assert article.body.startswith(first)
    for text in gone:
        assert text not in article.body, text


@pytest.mark.parametrize(("text", "lang"), [
    ("Die Stadt hat am Montag mitgeteilt, dass die Brücke nicht vor dem Sommer fertig wird und sich "
     "die Kosten auch deshalb erhöhen, weil der Stahl mit dem Schiff kommt und das dauert.", "de"),
    ("The council said on Monday that the bridge is not expected to open before the summer and that "
     "the cost was rising with the price of steel, which is shipped from abroad for this work.", "en"),
    ("Le conseil a dit lundi que le pont ne sera pas prêt pour l'été et que les travaux dans la ville "
     "sont plus chers, car les prix de l'acier sont en hausse pour une part des contrats.", "fr"),
    ("Bridge closed", None),  # too little to tell
])
def test_the_language_of_an_undeclared_page_is_guessed(text: str, lang: str | None) -> None:
    from briefkit.importer.stopwords import guess_language

    assert guess_language(text) == lang
