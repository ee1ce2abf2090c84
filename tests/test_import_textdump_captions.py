"""Captions, credits and controls of copied pages in the languages other than English.

A newsroom labels a picture's credit in its own language ("Foto:", "Bild:", "Fotografía:",
"Фото:") and names its listen, gift and share buttons in it too. The dumps here are written for
these tests.
"""

from __future__ import annotations

import pytest

from briefkit.importer import credits, titlelines
from briefkit.importer.boilerplate import is_interface_line
from briefkit.importer.textdump import read_text_dump
from briefkit.importer.textpictures import extract_images
from test_import_textdump_header import _FERRY_STORY

_STORY = _FERRY_STORY  # a story of plain prose under the header each test prints


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        ("Die Fähre am Anleger. Foto: Jane Roe/Agentur", "Die Fähre am Anleger.", "Jane Roe/Agentur"),
        ("Der Hafen am Abend. Bild: Agentur / Jane Roe", "Der Hafen am Abend.", "Agentur / Jane Roe"),
        ("El puerto al amanecer. Fotografía: Jane Roe", "El puerto al amanecer.", "Jane Roe"),
        ("Паром у причала. Фото: Джейн Роу / Агентство", "Паром у причала.", "Джейн Роу / Агентство"),
    ],
)
def test_a_caption_ends_in_its_credit_under_the_label_of_its_language(line: str, caption: str, credit: str) -> None:
    assert credits.split_trailing_credit(line) == (caption, credit)


def test_a_sentence_that_uses_a_credit_label_as_a_word_keeps_its_words() -> None:
    # "Bild" is also a picture spoken of in a sentence: what follows its colon is no name, so no credit
    assert credits.split_trailing_credit("Am Ende ergibt sich ein klares Bild: Die Fähre bleibt voll.") is None


def test_a_credited_caption_is_taken_out_of_the_story_as_its_picture() -> None:
    dump = (
        "Start\nHafen\nDie Fähre fährt wieder\nVon Jane Roe\n19. Juni 2024\n"
        "Die Fähre am Anleger. Foto: Sam Poe/Agentur\n" + _STORY + "Impressum\n"
    )
    article = read_text_dump(dump)
    assert [(i.caption, i.credit) for i in article.images] == [("Die Fähre am Anleger.", "Sam Poe/Agentur")]
    assert "Sam Poe" not in article.body


@pytest.mark.parametrize("line", ["Fotografía: Jane Roe", "Fotografia: Jane Roe", "Фото: Джейн Роу"])
def test_a_photographer_credit_line_is_no_headline(line: str) -> None:
    # a magazine signs text and photographs apart, under the headline: the credit is two capitalised words
    assert not titlelines.title_shaped(line)


@pytest.mark.parametrize(
    "line",
    [
        "Ouça este conteúdo",
        "Luister naar dit artikel",
        "Escuchar este artículo",
        "Ascolta l'articolo",
        "Прослушать статью",
        "Offrir cet article",
        "Artikel verschenken",
        "Поделиться",
    ],
)
def test_listen_gift_and_share_buttons_are_interface_lines(line: str) -> None:
    assert is_interface_line(line)


def test_a_sentence_about_listening_is_not_a_button() -> None:
    assert not is_interface_line("Ouça o que a ministra disse sobre o conteúdo do acordo")


@pytest.mark.parametrize("line", ["Fotografía: Jane Roe", "Fotografie: Jane Roe", "Imagem: Jane Roe", "Фото: Джейн Роу"])
def test_a_credit_line_alone_is_data_about_the_page(line: str) -> None:
    from briefkit.importer.pagedata import is_page_data

    assert is_page_data(line)


def test_a_magazines_separate_text_and_photo_credits_stay_out_of_the_story() -> None:
    dump = (
        "Revista\nCiencia\nLos pulpos sueñan de colores\nTexto: Jane Roe\nFotografía: Sam Poe\n19/06/2024\n"
        + _STORY
        + "Aviso legal\n"
    )
    article = read_text_dump(dump)
    assert article.title == "Los pulpos sueñan de colores"
    assert "Sam Poe" not in article.body


def test_a_deck_between_the_dateline_and_the_byline_is_the_standfirst_opening_the_body() -> None:
    # a broadcaster prints the date, then the deck, then who wrote it: the story starts under the byline,
    # and the byline is no line of the story
    deck = "Die Fähren zu den Inseln fahren wieder nach Plan. Die Reederei verspricht mehr Abfahrten."
    dump = (
        "Start\nHafen\nDie Fähre fährt wieder\nStand: 19.06.2024 18:05 Uhr\n"
        + deck
        + "\nVon Jane Roe, Hafenfunk\n"
        + _STORY
        + "Impressum\n"
    )
    article = read_text_dump(dump)
    # the standfirst opens the body, as a saved page's lead does (and is then no separate field)
    assert article.body.startswith(deck + "\n\nNach dem Ende")
    assert article.authors == ("Jane Roe",)
    assert "Von Jane Roe" not in article.body


@pytest.mark.parametrize(("line", "data"), [("Beeld ANP", True), ("Foto Jane Roe", True), ("Beeld van de week", False)])
def test_a_credit_without_its_colon_is_page_data(line: str, data: bool) -> None:
    # Dutch papers print "Beeld ANP" under a picture; "Beeld van …" goes on as a sentence's words
    from briefkit.importer.pagedata import is_page_data

    assert is_page_data(line) is data


def test_a_credit_under_its_label_is_no_second_author() -> None:
    from briefkit.importer.bylines import looks_like_name

    assert not looks_like_name("Beeld Illustratie Jane Roe")
    assert looks_like_name("Jane Roe")


def test_a_wire_caption_names_the_agency_before_its_archive() -> None:
    from briefkit.importer.textpictures import extract_images

    kept, images, _ = extract_images(["El puerto de Valparaíso al amanecer. AFP/Archivo", "Texto."])
    assert kept == ["Texto."]
    assert [(i.caption, i.credit) for i in images] == [("El puerto de Valparaíso al amanecer.", "AFP/Archivo")]


def test_the_place_of_a_wire_dateline_is_no_author() -> None:
    # "Place | date | Agencias" over a story that opens "Place, 19 jun (Agency).-": the place is where
    # the story was filed from, however much it reads like a name
    story = (
        "Puerto Montt, 19 jun (Agencia).- El puerto reabrió este miércoles tras dos semanas de obras en el muelle "
        "principal, informó la autoridad portuaria en un comunicado.\n"
        "Los transbordadores volverán a salir tres veces al día hacia las islas del sur a partir del lunes.\n"
        "La autoridad portuaria prevé un cuarto viaje en verano, cuando aumente el número de pasajeros.\n"
    )
    dump = "Portada\nNacional\nEl puerto reabre tras las obras\nPuerto Montt | 19/06/2024 18:05 | Agencias\n" + story
    article = read_text_dump(dump + "Aviso legal\n")
    assert article.authors == ()
    assert "Puerto Montt" not in article.authors


@pytest.mark.parametrize("notice", ["© 2024 Todos los derechos reservados", "© RIPRODUZIONE RISERVATA"])
def test_all_rights_reserved_names_no_publisher(notice: str) -> None:
    from briefkit.importer.textdump import guess_publisher

    assert guess_publisher([notice, notice]) is None


def test_a_live_pages_shift_notes_leave_the_names() -> None:
    from briefkit.importer.bylines import parse_byline

    assert parse_byline("By Jane Roe (now) and Sam Poe (earlier)", bare=False) == ("Jane Roe", "Sam Poe")
    assert parse_byline("Von Jane Roe (jetzt) und Sam Poe (zuvor)", bare=False) == ("Jane Roe", "Sam Poe")


def test_a_signed_byline_between_headline_and_story_is_not_the_story() -> None:
    from briefkit.importer.storyedges import without_head_furniture

    head = ["Key events", "Live feed", "By Jane Roe (now) and Sam Poe (earlier)", "Updated at 22.10"]
    assert "By Jane Roe (now) and Sam Poe (earlier)" not in without_head_furniture(head)


def test_a_one_word_credit_after_a_foreign_label_is_a_credit() -> None:
    assert credits.split_trailing_credit("Fietsers op de brug. Foto: Redactie") == ("Fietsers op de brug.", "Redactie")
    assert credits.split_trailing_credit("Am Ende blieb ein Bild: Chaos.") is None


def test_the_newsroom_signing_beside_the_dateline_is_not_the_story() -> None:
    dump = "Start\nHafen\nDie Fähre fährt wieder\n19. Juni 2024, 18:05\nRedaktion\n" + _STORY + "Impressum\n"
    article = read_text_dump(dump)
    assert article.body.startswith("Nach dem Ende der Bauarbeiten")


@pytest.mark.parametrize(
    ("line", "credit"),
    [("A praça do porto numa edição anterior. Divulgação", "Divulgação"), ("Der Anleger im Winter. Archiv", "Archiv")],
)
def test_a_caption_closed_by_the_word_for_a_handout_gives_its_credit(line: str, credit: str) -> None:
    from briefkit.importer.textpictures import extract_images

    kept, images, _ = extract_images([line])
    assert kept == []
    assert images[0].credit == credit


def test_a_story_sentence_ending_on_an_ordinary_word_is_no_caption() -> None:
    assert credits.split_handout_credit("Die Fähre fährt wieder. Endlich") is None


def test_a_line_over_the_story_closed_by_a_bare_name_is_the_lead_pictures_caption() -> None:
    from briefkit.importer.textpictures import extract_images

    line = "Obras en el muelle del puerto, este miércoles. Jane Roe"
    kept, images, _ = extract_images([line, "Texto."], head=1)
    assert kept == ["Texto."]
    assert [(i.caption, i.credit) for i in images] == [("Obras en el muelle del puerto, este miércoles.", "Jane Roe")]
    # inside the story the same shape is left alone, and a teaser signed by its writer is no caption
    assert extract_images([line])[0] == [line]
    signed = "Das Licht des Hafens im Winter, als die Fähre stillstand. Von Jane Roe"
    assert extract_images([signed], head=1)[0] == [signed]


def test_a_long_paragraph_over_a_lone_credit_line_stays_in_the_story() -> None:
    # a picture printed with its credit only, under a paragraph of two long sentences: no caption says so much
    paragraph = (
        "I am writing a guide to the rivers and lakes of the north at the moment, with every water that a "
        "visitor may fish from the shore. While working on it I came to know a number of small lakes that I would like "
        "to fish for a whole season, if only the guide left me the time for it."
    )
    kept, images, _ = extract_images(["Which water do you like best?", paragraph, "© Jane Roe", "What is next?"])
    assert paragraph in kept
    assert not images
    caption = "The north pier at low tide, a week before the repairs began."
    kept, images, _ = extract_images([caption, "© Jane Roe"])
    assert [image.caption for image in images] == [caption]
