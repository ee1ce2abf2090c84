"""Text dumps as people make them, in the languages news is written in.

Each dump is what select-all and copy gives on a news page: menu and breadcrumb lines before the
headline (the headline once already in a teaser list), the byline and dateline, the story, then
related links and the footer. The dumps are written for these tests; `test_realtext_rates` guards
the rates reached on the shared real dumps, when they are present beside the checkout.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from briefkit.importer import headlinerepeats, proseruns, storyspan, titlelines
from briefkit.importer.article import ImportProblem
from briefkit.importer.bylines import parse_byline
from briefkit.importer.dates import find_date, parse_date
from briefkit.importer.inlinebylines import find_byline
from briefkit.importer.textdump import read_text_dump

GERMAN = """Startseite
Politik
Wirtschaft
Sport
Kultur
Suche
Anmelden
Meistgelesen
Stadtrat beschließt neue Radwege für die Innenstadt
Hitzewelle: Freibäder verlängern ihre Öffnungszeiten
Startseite » Lokales » Stadtrat beschließt neue Radwege für die Innenstadt
Stadtrat beschließt neue Radwege für die Innenstadt
Von Anna Beispiel
19. Juni 2024, 18:05 Uhr
Der Stadtrat hat am Mittwochabend mit großer Mehrheit beschlossen, dass in den kommenden zwei Jahren \
zwölf Kilometer neue Radwege in der Innenstadt entstehen sollen.
Die Kosten für das Vorhaben liegen nach Angaben der Verwaltung bei rund vier Millionen Euro, von denen \
das Land einen großen Teil übernehmen will.
Kritik kam von den Händlern in der Altstadt, die um Parkplätze für ihre Kundschaft fürchten und eine \
bessere Anbindung an den Nahverkehr fordern.
Die ersten Arbeiten sollen nach den Sommerferien an der Ringstraße beginnen, wie die Bürgermeisterin \
nach der Sitzung ankündigte.
Mehr zum Thema
Neue Buslinie fährt ab Herbst
Baustellen im Überblick
Impressum
Datenschutz
Kontakt
"""

FRENCH = """Accueil
International
Économie
Culture
Se connecter
Les plus lus
La mairie ouvre trois nouvelles bibliothèques de quartier
Accueil > Société > La mairie ouvre trois nouvelles bibliothèques de quartier
La mairie ouvre trois nouvelles bibliothèques de quartier
Par Marie Exemple et Jean Modèle
Publié le 19 juin 2024 à 18h05
La municipalité a annoncé mercredi l'ouverture de trois bibliothèques dans des quartiers qui en étaient \
jusqu'ici dépourvus, un projet attendu depuis plusieurs années par les habitants.
Les nouveaux lieux proposeront des horaires élargis le soir et le dimanche, afin d'accueillir les \
familles et les étudiants qui travaillent en semaine.
Le budget de l'opération s'élève à deux millions d'euros, financés pour moitié par la région et pour \
moitié par la ville elle-même.
Les premiers travaux doivent commencer à l'automne, selon l'adjointe chargée de la culture.
Lire aussi
Le festival d'été dévoile son programme
Mentions légales
Contact
"""

SPANISH = """Portada
Nacional
Deportes
Cultura
Iniciar sesión
Lo más leído
El ayuntamiento amplía el horario de los parques públicos
Inicio / Local / El ayuntamiento amplía el horario de los parques públicos
El ayuntamiento amplía el horario de los parques públicos
Por Lucía Ejemplo y Pablo Modelo
19 de junio de 2024
El ayuntamiento aprobó este miércoles una medida para que los parques públicos permanezcan abiertos \
hasta la medianoche durante los meses de verano.
La decisión responde a las peticiones de los vecinos, que buscan lugares frescos para pasear cuando \
bajan las temperaturas al final del día.
El plan incluye más vigilancia y nuevas fuentes de agua potable, con un coste que la concejalía \
estima en medio millón de euros.
La medida entrará en vigor la próxima semana y se revisará al terminar el verano.
Noticias relacionadas
El puerto recibe un nuevo crucero
Aviso legal
Contacto
"""

CASES = [
    (GERMAN, "Stadtrat beschließt neue Radwege für die Innenstadt", ("Anna Beispiel",),
     "die ersten Arbeiten sollen nach den Sommerferien", ["Hitzewelle", "Neue Buslinie fährt ab Herbst", "Impressum"]),
    (FRENCH, "La mairie ouvre trois nouvelles bibliothèques de quartier", ("Marie Exemple", "Jean Modèle"),
     "les premiers travaux doivent commencer", ["Le festival d'été dévoile son programme", "Mentions légales"]),
    (SPANISH, "El ayuntamiento amplía el horario de los parques públicos", ("Lucía Ejemplo", "Pablo Modelo"),
     "la medida entrará en vigor", ["El puerto recibe un nuevo crucero", "Aviso legal"]),
]


@pytest.mark.parametrize(("dump", "title", "authors", "kept", "left_out"), CASES, ids=["de", "fr", "es"])
def test_dump_with_menus_and_footer(dump: str, title: str, authors: tuple[str, ...], kept: str,
                                    left_out: list[str]) -> None:
    article = read_text_dump(dump)
    assert article.title == title
    assert article.authors == authors
    assert article.published is not None and article.published.isoformat()[:10] == "2024-06-19"
    assert kept.casefold() in article.body.casefold()
    for line in left_out:
        assert line not in article.body


def test_menu_without_a_story_is_refused() -> None:
    with pytest.raises(ImportProblem, match="not an article"):
        read_text_dump("Startseite\nPolitik\nSport\nKultur\nImpressum\nKontakt\n")


@pytest.mark.parametrize(("text", "expected"), [
    ("19. Juni 2024", date(2024, 6, 19)),
    ("le 19 juin 2024", date(2024, 6, 19)),
    ("19 de junio de 2024", date(2024, 6, 19)),
    ("19 июня 2024", date(2024, 6, 19)),
    ("19 giugno 2024", date(2024, 6, 19)),
    ("19 de junho de 2024", date(2024, 6, 19)),
    ("19 juni 2024", date(2024, 6, 19)),
    ("19.06.2024, 18:05 Uhr", datetime(2024, 6, 19, 18, 5)),
    ("Wed 19 Jun 2024 18.05 BST", "2024-06-19T18:05:00+01:00"),
    ("June 19, 2024 at 6:05 p.m. EDT", "2024-06-19T18:05:00-04:00"),
    ("19.06.2024 18:05 MESZ", "2024-06-19T18:05:00+02:00"),
    ("19 juin 2024 18:05 CET", "2024-06-19T18:05:00+01:00"),
])
def test_dates_in_many_languages(text: str, expected: object) -> None:
    got = parse_date(text)
    assert (got.isoformat() if isinstance(expected, str) and got is not None else got) == expected


@pytest.mark.parametrize("text", ["vor 2 Stunden", "2 hours ago", "il y a 3 heures", "hace 2 horas"])
def test_relative_dates_are_never_publication_dates(text: str) -> None:
    assert parse_date(text) is None
    assert find_date(f"Aktualisiert {text}") is None


def test_date_glued_to_its_label_is_read() -> None:
    assert find_date("Erstellt am09.02.2022") == date(2022, 2, 9)


def test_updated_date_gives_way_to_the_published_one() -> None:
    assert find_date("Aktualisiert am 20. Juni 2024 · Veröffentlicht am 19. Juni 2024") == date(2024, 6, 19)


@pytest.mark.parametrize(("line", "names"), [
    ("Von Anna Beispiel und Karl Muster", ("Anna Beispiel", "Karl Muster")),
    ("Von Anna Beispiel, Berlin", ("Anna Beispiel",)),
    ("Par Marie Exemple, à Paris", ("Marie Exemple",)),
    ("Por Lucía Ejemplo y Pablo Modelo", ("Lucía Ejemplo", "Pablo Modelo")),
    ("Di Giulia Esempio", ("Giulia Esempio",)),
    ("Door Sanne Voorbeeld", ("Sanne Voorbeeld",)),
    ("Автор: Иван Петров", ("Иван Петров",)),
    ("Авторы: Иван Петров, Ольга Смирнова", ("Иван Петров", "Ольга Смирнова")),  # the plural label
    ("Autora: Lucía Ejemplo", ("Lucía Ejemplo",)),  # the feminine label (es, pt)
    ("Geschreven door juf Sanne Voorbeeld en meester Piet Model", ("Sanne Voorbeeld", "Piet Model")),  # teachers
    ("Подготовила: Ольга Смирнова, пресс-секретарь", ("Ольга Смирнова",)),  # "prepared by"
    ("Staff and agencies in Seoul", ("Staff and agencies in Seoul",)),
    ("By Jane Roe, Seoul correspondent", ("Jane Roe",)),
])
def test_bylines_in_many_languages(line: str, names: tuple[str, ...]) -> None:
    assert parse_byline(line) == names


@pytest.mark.parametrize(("line", "names"), [
    ("Par Marie Exemple C. le 14.09.2020 à 11h46", ("Marie Exemple C.",)),  # an initial keeps its full stop
    ("Posted by Jane Roe. 12.03.2024", ("Jane Roe",)),  # a sentence's full stop goes
    ("Posted on3. Mai 20243. Mai 2024AuthorJane Roe2 Kommentare", ("Jane Roe",)),  # the layout glued it all
    ("1.11.24 20:19 von Jane Roe Lesezeit: 4 Min.", ("Jane Roe",)),
    ("Autora: Lucía Ejemplo · Fuente: Gabinete de Prensa", ("Lucía Ejemplo",)),  # the source's field after it
])
def test_a_byline_inside_a_dateline(line: str, names: tuple[str, ...]) -> None:
    assert find_byline(line) == names


def test_a_split_byline_is_joined() -> None:
    dump = GERMAN.replace("Von Anna Beispiel\n", "Von\nAnna Beispiel\n")
    assert read_text_dump(dump).authors == ("Anna Beispiel",)


_STORY = (
    "Die Fähre zwischen den beiden Inseln fährt ab dem kommenden Monat wieder dreimal täglich, "
    "wie die Reederei am Montag mitteilte; der Verkehr zwischen den Häfen war seit Januar eingeschränkt, "
    "und die Inseln waren im Winter oft nur mit dem kleinen Ersatzschiff zu erreichen, das bei Sturm "
    "im Hafen bleiben musste.\n"
    "Im Winter hatte ein Schaden an der Rampe den Betrieb für mehrere Wochen unterbrochen, "
    "was vor allem Pendler und Lieferanten traf.\n"
    "Die Gemeinden auf beiden Seiten begrüßten die Rückkehr zum gewohnten Fahrplan und kündigten "
    "zusätzliche Parkplätze am Hafen an.\n"
)


@pytest.mark.parametrize(
    ("head", "title"),
    [
        # a breadcrumb printed without spaces, the headline its last piece
        ("Startseite\nNachrichten\nForum>Verkehr>Fähre fährt wieder dreimal täglich\n", "Fähre fährt wieder dreimal täglich"),
        # a date glued to the headline by the page's layout
        ("Startseite\nNachrichten\n03.02.2025Fähre fährt wieder dreimal täglich\n", "Fähre fährt wieder dreimal täglich"),
        ("Startseite\nNachrichten\n03.02.2025 Fähre fährt wieder dreimal täglich\n", "Fähre fährt wieder dreimal täglich"),
        # a separator left before the headline
        ("Startseite\nNachrichten\n|Fähre fährt wieder dreimal täglich\n", "Fähre fährt wieder dreimal täglich"),
    ],
)
def test_headline_freed_from_what_the_layout_glued_to_it(head: str, title: str) -> None:
    assert read_text_dump(head + _STORY + "Impressum\nKontakt\n").title == title


def test_a_dateline_opening_the_first_paragraph_dates_the_article() -> None:
    dump = (
        "Startseite\nPresse\nFähre fährt wieder dreimal täglich\n"
        "Mitteilung vom 3. Februar 2025 | Kiel – " + _STORY + "Impressum\n"
    )
    assert read_text_dump(dump).published == date(2025, 2, 3)


def test_long_lines_without_function_words_are_not_story() -> None:
    # a tag cloud and a ticker repeating itself are long, but no prose; a sentence is
    cloud = (
        "Alltag Architektur Auto Bahn Baustelle Beton Brücke Fahrrad Fassade Garten Hafen Herbst Himmel "
        "Kirche Kran Licht Markt Nebel Regen Schiff Schnee Sonne Stadt Straße Turm Wald Wasser Wind Winter"
    )
    ticker = "+++ Brücke gesperrt +++ Brücke gesperrt +++ Brücke gesperrt +++ Brücke gesperrt +++ Brücke gesperrt"
    prose = (
        "Am Abend stand die Sonne so tief über dem Hafen, dass die Kräne nur noch als schwarze Umrisse "
        "vor dem Himmel zu sehen waren, und ich habe die Kamera auf das Geländer gelegt."
    )
    lines = [prose, cloud, ticker, prose]
    assert proseruns._known_language(lines)
    assert [proseruns._value(line, known_language=True) > 0 for line in lines] == [True, False, False, True]


@pytest.mark.parametrize(
    "heading",
    ["Die meistgelesenen Artikel bei Beispiel.de", "Themen in diesem Artikel", "Über den Autor", "About the author"],
)
def test_the_furniture_after_a_story_goes_from_its_heading(heading: str) -> None:
    after = "Die Redaktion berichtet seit vielen Jahren über den Verkehr an der Küste und auf den Inseln.\n"
    dump = "Startseite\nNachrichten\nFähre fährt wieder dreimal täglich\n" + _STORY + heading + "\n" + after + "Kiel\n"
    body = read_text_dump(dump).body
    assert "Rückkehr zum gewohnten Fahrplan" in body
    assert heading not in body and "seit vielen Jahren" not in body


def test_a_short_post_is_imported_with_a_note() -> None:
    dump = (
        "Blog\nArchiv\nGlatteis am Morgen\n23. Dezember 2024\n"
        "Wer als Nächstes ausrutscht, wollte sie wissen, und ich wettete auf sie, bevor ich selbst "
        "der Länge nach auf dem Gehweg lag.\nTeilen Sie dies mit:\nImpressum\n"
    )
    article = read_text_dump(dump)
    assert article.title == "Glatteis am Morgen"
    assert any("words of article text found" in note for note in article.notes)


@pytest.mark.parametrize(("line", "names"), [
    ("Jane RoeNovember 6, 2024", ("Jane Roe",)),  # a name glued to the date after it
    ("Jane Roe Zuletzt geändert am 06.11.2024", ("Jane Roe",)),
    ("Jane Roe, Staff Attorney, Racial Justice Program", ("Jane Roe",)),
    ("The Harbour Times 02/10/2024 Jane Roe", ("Jane Roe",)),  # outlet, date, name in one line
])
def test_a_bare_byline_under_the_headline(line: str, names: tuple[str, ...]) -> None:
    assert find_byline(line, bare=True) == names


def test_an_article_after_by_is_no_byline() -> None:
    # "por la Premier League": Spanish "for the", a league, not an author
    assert find_byline("Brighton goleó al Manchester United por la Premier League | LÍBERO") == ()


@pytest.mark.parametrize(("line", "expected"), [
    ("1.11.24 20:19 von Jane Roe Lesezeit: 4 Min.", datetime(2024, 11, 1, 20, 19)),  # a two-digit year, a time after
    ("janeroe28.09.2412:44", datetime(2024, 9, 28, 12, 44)),  # the layout glued name, date and time
    ("miércoles, 4 de mayo de 202400:00 hs", datetime(2024, 5, 4, 0, 0)),
    ("Version 1.11.23 released", None),  # no time after it: a version number, not a date
    ("Published on 19. Juni 202419. Juni 2024 von Jane Roe", date(2024, 6, 19)),  # published and updated glued
    ("Anglertalkhejfish7. Januar 20240", date(2024, 1, 7)),  # a comment count glued to the year
    ("19 June 2024 5 people were hurt", date(2024, 6, 19)),  # a bare number is no time of day
    ("Mar 142023", date(2023, 3, 14)),  # a blog's date badge: day and year glued
    ("Posted on28. Juli 202328. Juli 2023", date(2023, 7, 28)),  # year first: not 20 July 1928
])
def test_dates_the_layout_glued_together(line: str, expected: object) -> None:
    assert find_date(line) == expected


@pytest.mark.parametrize(("line", "shaped"), [
    ("Wetterbericht Österreich Jahresrückblick 2024", True),  # a headline with a year in it
    ("Archiv 2024", False),
    ("Ausgabe 3/2024", False),
    ("Der Hafen im Abendlicht. Credit: Jane Roe/Agentur", False),  # a caption with its credit
    ("«Gute Löhne allein reichen nicht»", True),  # a quoted headline, in guillemets
    ("« Vorheriger Beitrag", False),  # a link to the previous post
    ("Anna Roe und Tom Poe (von links) im Gespräch über die Pläne", False),  # a picture's caption
])
def test_title_shapes(line: str, shaped: bool) -> None:
    assert titlelines.title_shaped(line) is shaped


@pytest.mark.parametrize(("line", "data"), [
    ("Lesezeit: 4 Min.", True),
    ("21 minutes - 4312 words", True),
    ("KategorienAktuellFreizeit und Hobby", True),
    ("Foto: Jane Roe", True),
    ("(jroe / iStock.com)", True),
    ("Aktualisiert am 17.01.2025.", True),
    ("10. September 2024", True),
    ("Die Fähre fährt seit dem 3. Februar 2025 wieder dreimal täglich.", False),  # a sentence with a date in it
    ("Kategorien der Fähren", False),
    ("Fähre fährt wieder", False),
])
def test_data_about_the_story_is_not_story(line: str, data: bool) -> None:
    from briefkit.importer.pagedata import is_page_data

    assert is_page_data(line) is data


def test_a_short_dated_story_wins_over_a_longer_block_of_site_prose() -> None:
    # a video page: one paragraph of story under a headline with its byline; the site's long
    # self-description further down is denser prose but stands under no dated headline
    about = (
        "Über uns\n"
        + "Das Hafenblatt ist eine unabhängige Zeitung für die Küste, die seit vielen Jahren über Politik, "
        "Wirtschaft und Kultur in der Region berichtet und dabei auf gründliche Recherche setzt.\n" * 4
    )
    dump = (
        "Startseite\nVideo\nSport\nSturm legt den Fährverkehr lahm\nVon Jane Roe\n"
        "Der Sturm hat am Montag den gesamten Fährverkehr zwischen den Inseln und dem Festland zum "
        "Erliegen gebracht, wie die Reederei am Abend mitteilte. Erst am Mittwoch sollen die Schiffe "
        "wieder nach dem gewohnten Fahrplan fahren.\n2 min\n04.04.2024\n"
        "Video herunterladen\nMehr Videos\n" + "".join(f"Sendung {n}\n" for n in range(40)) + about + "Impressum\n"
    )
    article = read_text_dump(dump)
    assert article.title == "Sturm legt den Fährverkehr lahm"
    assert article.authors == ("Jane Roe",)


@pytest.mark.parametrize(("text", "name"), [
    ("Ursula von der Leyen", True),
    ("Edilson La Rosa", True),
    ("Ana de la Cruz", True),
    ("Zukunft der Arbeit", False),  # a topic, its "der" no name's particle
    ("Die Redaktion", False),
    ("In den Berufen", False),
    ("Unser Partner", False),
    ("JANE ROE", True),  # a byline in capitals
    ("BREAKING NEWS", False),
    ("Jane ROEHL Roe", False),  # one shouted word among others
])
def test_what_reads_as_a_name(text: str, name: bool) -> None:
    from briefkit.importer.bylines import looks_like_name

    assert looks_like_name(text) is name


def test_a_role_after_the_name_is_not_a_second_author() -> None:
    assert parse_byline("Autorin: Jane Roe, Projektleiterin der Stiftung in Tunis.") == ("Jane Roe",)


@pytest.mark.parametrize(("line", "appeal"), [
    ("Unterstützen Sie unseren unabhängigen Journalismus mit einem Abonnement.", True),
    ("Abonnez-vous pour soutenir notre rédaction indépendante.", True),
    ("HIER KOSTENLOS ANMELDEN", False),  # no reader addressed: the interface rules judge it
    ("Die Stadt will die Fähre mit Spenden der Anwohner unterstützen, sagte der Bürgermeister.", False),
    ("Du kannst deinem Hund im Schnee mit Suchspielen eine Freude machen.", False),
])
def test_appeals_in_other_languages(line: str, appeal: bool) -> None:
    from briefkit.importer.appealvoice import is_appeal

    assert is_appeal(line) is appeal


@pytest.mark.parametrize("line", [
    "PDF version", "Dieses Skript als PDF herunterladen", "Print Recipe", "Ausgabe kaufen", "Zum Inhalt springen",
    "Télécharger au format EPUB", "Nos siga no Instagram", "Folgen Sie uns auf Mastodon",
])
def test_print_download_and_follow_labels_are_furniture(line: str) -> None:
    from briefkit.importer.boilerplate import is_interface_line

    assert is_interface_line(line)


def test_a_table_of_contents_under_the_headline_is_not_the_headline() -> None:
    questions = [
        "Wann fährt die Fähre wieder regelmäßig?", "Was kostet die Überfahrt jetzt?", "Atmen die Pendler auf?"
    ]
    answers = [
        "Die Reederei will ab Montag wieder dreimal täglich fahren, sofern der Wind bis dahin nachlässt und "
        "die Rampe im Hafen repariert ist.",
        "Die Preise bleiben nach Angaben der Reederei unverändert, nur für Wohnmobile wird ein Zuschlag "
        "fällig, der im Sommer steigen soll.",
        "Eine Buchung ist nicht nötig, doch an Wochenenden empfiehlt die Reederei, früh am Hafen zu sein, "
        "weil die Fähre dann oft voll ist.",
    ]
    dump = (
        "Startseite\nMagazin\nFähre nach der Sturmpause\nInhalt\n" + "\n".join(questions) + "\nMagazin, News\n"
        "7. Januar 2025\n"
        "Nach zwei Wochen Sturmpause soll die Fähre zwischen Hafen und Insel wieder regelmäßig fahren, "
        "teilte die Reederei am Freitag mit, und die Pendler atmen auf.\n"
        + "".join(f"{q}\n{a}\n" for q, a in zip(questions, answers, strict=True))
        + "Impressum\n"
    )
    assert read_text_dump(dump).title == "Fähre nach der Sturmpause"


def test_a_line_of_fields_above_the_headline_names_the_author() -> None:
    dump = "Startseite\nNews\n04.02.2025 | 13:10 Uhr | Jane Roe\nFähre fährt wieder dreimal täglich\n" + _STORY + "Impressum\n"
    assert read_text_dump(dump).authors == ("Jane Roe",)


def test_a_comment_count_beside_the_byline_does_not_end_the_story() -> None:
    lead = "Nach dem Sturm fährt die Fähre wieder, und die Pendler auf der Insel atmen auf.\n"
    dump = "Startseite\nNews\nFähre fährt wieder dreimal täglich\n" + lead + "Jane Roe\n44 Kommentare\n" + _STORY
    dump += "Impressum\n"
    body = read_text_dump(dump).body
    assert "Rückkehr zum gewohnten Fahrplan" in body


def test_a_short_headline_word_meets_the_longer_words_of_the_story() -> None:
    story = storyspan._content_words("Der Klimaschutz kostet die Banken viel Geld")
    assert headlinerepeats.shared_stems(storyspan._content_words("Klima und Geld"), story) == 2


_POWER_STORY = (
    "Die Stadtwerke bieten allen Haushalten ab sofort eine kostenlose Prüfung des Stromverbrauchs an, "
    "wie sie am Dienstag mitteilten. Wer mitmacht, erfährt, welche Geräte im Haushalt am meisten Strom "
    "verbrauchen und wie sich die Rechnung senken lässt.\n"
    "Die Prüfung dauert etwa eine Stunde und wird von geschulten Beratern der Stadtwerke durchgeführt, "
    "die dafür nach Hause kommen und die Zähler und Geräte gemeinsam mit den Bewohnern ansehen.\n"
)


@pytest.mark.parametrize("dump", [
    # the breadcrumb's last part run into the headline under it
    "Startseite\nHaustechnik\nStartseite » Energie » Stadtwerke Nord\n"
    "Stadtwerke Nord Kostenloser Stromcheck für alle Haushalte\n" + _POWER_STORY + "Impressum\n",
    # a section label run into the headline, which the page shows alone further down
    "Startseite\nEnergie sparen Kostenloser Stromcheck für alle Haushalte\n" + _POWER_STORY
    + "Mehr zum Thema\nKostenloser Stromcheck für alle Haushalte\nImpressum\n",
])
def test_a_prefix_the_page_shows_apart_leaves_the_headline(dump: str) -> None:
    assert read_text_dump(dump).title == "Kostenloser Stromcheck für alle Haushalte"


def test_a_headline_ending_like_another_line_keeps_its_lower_case_start() -> None:
    # "zur Stadtmitte" alone further down is a link, not the headline's end
    dump = "Start\nNeuer Radweg zur Stadtmitte\n" + _POWER_STORY + "Weitere Wege\nzur Stadtmitte\nImpressum\n"
    assert read_text_dump(dump).title == "Neuer Radweg zur Stadtmitte"


@pytest.mark.parametrize(("line", "names"), [
    ("Por Ana Roe aroe@example.com", ("Ana Roe",)),
    ("By Jane Roe (@janeroe)", ("Jane Roe",)),
    ("Von Anna Beispiel <anna@example.de>", ("Anna Beispiel",)),
])
def test_a_byline_with_its_contact(line: str, names: tuple[str, ...]) -> None:
    assert find_byline(line) == names


def test_a_signed_byline_beats_a_picture_caption_name_above_it() -> None:
    dump = (
        "Portada\nPolítica\nLos gremios anuncian un paro por los salarios\nPolítica 04 mayo 2024 - 00:00\n"
        "El sindicato reclama un aumento. En la capital, Juan Pérez amenaza con ir al paro esta noche.\n"
        "Juan Pérez.\nPor Ana Roe aroe@example.com\n"
        "La subida de los precios tensiona las negociaciones salariales de este año y los gremios de la "
        "alimentación advierten que pararán si no reciben una oferta mejor antes del viernes.\n"
        "El gobierno dijo que estudiará la propuesta y que convocará a las partes la semana próxima para "
        "seguir con el diálogo.\n"
    )
    assert read_text_dump(dump).authors == ("Ana Roe",)


_LAUNCH = (
    "North Korea fired two ballistic missiles into the sea on Wednesday, the South Korean military said, "
    "days after Pyongyang warned that joint drills would be answered.\n"
    "The missiles flew about 600km before falling outside Japan's economic zone, officials in Tokyo said, "
    "and no damage to ships or aircraft was reported.\n"
    "Security Council resolutions forbid the North any use of ballistic missile technology, but it has "
    "launched dozens of them since the start of last year.\n"
)


@pytest.mark.parametrize(("header", "authors", "furniture"), [
    # a share panel's control between the dateline and the byline, the correspondent's post under it
    ("Published\n19 June 2024\nShare\nclose panel\nBy Jean Roe\nSeoul correspondent\n", ("Jean Roe",),
     ("close panel", "correspondent")),
    # a relative "updated" time under the byline and dateline
    ("By Ana Roe and Tom Poe\nJune 19, 2024 6:05 PM GMT+1\nUpdated 2 hours ago\n", ("Ana Roe", "Tom Poe"),
     ("Updated",)),
    # the desk signs with the wire it used; a reading time and a subscriber label
    ("Le Journal avec AFP\nPublié le 19 juin 2024 à 18h05\nTemps de Lecture 2 min.\nArticle réservé aux abonnés\n",
     ("Le Journal avec AFP",), ("Lecture", "abonnés")),
    # a listen-to-this-article control under the byline
    ("Von Anna Beispiel, Seoul\n19.06.2024, 18.05 Uhr\nArtikel zum Hören\n", ("Anna Beispiel",), ("Hören",)),
    # the day with its update in brackets, then a listen control
    ("di Anna Rossi\n19 giugno 2024 (modifica il 19 giugno 2024 | 20:10)\nAscolta l'articolo\n", ("Anna Rossi",),
     ("modifica", "Ascolta")),
    # a month name between full stops, a separate update line
    ("Por Ana Souza\n19.jun.2024 às 18h05\nAtualizado: 19.jun.2024 às 20h10\nOuvir o texto\n", ("Ana Souza",),
     ("Atualizado", "Ouvir")),
    # share controls naming the network or the mail, and a copy-link control
    ("Lucía Roe\nActualizado Miércoles, 19 junio 2024 - 18:05\nCompartir en Facebook\nEnviar por email\n"
     "Copiar enlace\n", ("Lucía Roe",), ("Facebook", "email", "enlace")),
    # a listen control with its player's position and length, and a copy-link control
    ("Par Claire Roe\nPublié le 19/06/2024 à 18:05\nÉcouter cet article\n00:00/03:12\nCopier le lien\n",
     ("Claire Roe",), ("Écouter", "03:12", "lien")),
    # a reading time in Italian and a comment count in German
    ("di Marco Roe\n19 Giugno 2024 alle 18:05\n2 minuti di lettura\n11 Kommentare\n", ("Marco Roe",),
     ("lettura", "Kommentare")),
    # the series the story belongs to, under the byline
    ("Von Anna Roe\nAktualisiert am 19. Juni 2024, 18:05 Uhr\nAus der Serie: Krisen in Ostasien\n", ("Anna Roe",),
     ("Serie", "Ostasien")),
    # the correspondent's role with a handle, a listen control in Portuguese
    ("Tom Roe\nAsia correspondent @tomroe\n19 June 2024 18:05\nOuça este artigo\n", ("Tom Roe",),
     ("@tomroe", "Ouça")),
])
def test_newsroom_headers(header: str, authors: tuple[str, ...], furniture: tuple[str, ...]) -> None:
    dump = "Home\nNews\nWorld\nAsia\nNorth Korea fires two ballistic missiles into the sea\n" + header + _LAUNCH
    article = read_text_dump(dump)
    assert article.title == "North Korea fires two ballistic missiles into the sea"
    assert article.authors == authors
    assert article.published is not None and article.published.isoformat()[:10] == "2024-06-19"
    assert article.summary.startswith("North Korea fired two ballistic missiles")
    for word in furniture:
        assert word not in article.body


def test_dates_of_events_citations_and_comments_do_not_date_the_story() -> None:
    dump = (
        "Start\nVerein\nStammtisch im Winter\n"
        "Der nächste Stammtisch findet am Mittwoch, 5. Februar 2025 ab 19 Uhr im Café am Hafen statt.\n"
        "Wie immer sind alle Mitglieder und Gäste herzlich willkommen, und wer mag, bringt eigene Fotos von den "
        "Ausfahrten des letzten Jahres mit, die wir gemeinsam ansehen wollen.\n"
        "In: Hafenblatt; Vol. 12, pp. 3 - 4, 15. Januar 2025\n"
        "Jane Roe 23. Januar 2025 um 12:33 Antworten\n"
        "Diese Seite wurde zuletzt am 29. Januar 2025 um 13:22 Uhr geändert.\n"
        "Impressum\n"
    )
    published = read_text_dump(dump).published
    assert published is not None and published.isoformat()[:10] == "2025-01-29"


@pytest.mark.parametrize("box", [
    "Jane Roe\nJane Roe writes about harbours, ferries and the people who work on them for the paper.\n",
    "Entwicklung dieses Beitrags:\nJane Roe\nzu allen Beiträgen der Autorin\n",
])
def test_an_author_box_after_the_story_names_the_author(box: str) -> None:
    dump = (
        "Start\nHafen\nDie Fähre fährt wieder dreimal täglich\n"
        "Nach dem Ende der Bauarbeiten am Anleger fährt die Fähre zu den Inseln ab Montag wieder dreimal am Tag, "
        "wie die Reederei mitteilte.\n"
        "Die Fahrpläne hängen ab sofort in den Häfen aus, und die Tickets gibt es wie bisher an Bord und im "
        "Büro der Reederei am Markt.\n"
        "Teilen\n" + box + "Impressum\n"
    )
    assert read_text_dump(dump).authors == ("Jane Roe",)


def test_a_note_on_the_author_under_the_story_is_not_story() -> None:
    dump = (
        "Home\nWorld\nNorth Korea fires two ballistic missiles into the sea\nBy Jean Roe\n19 June 2024\n"
        + _LAUNCH
        + "Jean Roe is the paper's correspondent in Seoul and has covered the peninsula since 2019.\nShare\n"
    )
    article = read_text_dump(dump)
    assert article.authors == ("Jean Roe",)
    assert "correspondent in Seoul" not in article.body
    assert article.body.rstrip().endswith("since the start of last year.")


def test_a_press_releases_number_names_no_one() -> None:
    assert find_byline("Pressemitteilung Nr. 12/2024 vom 3. Mai 2024", bare=True) == ()
