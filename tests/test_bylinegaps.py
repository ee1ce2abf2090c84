"""Plural byline labels and the keywords of the further languages (`bylinegaps`)."""

from __future__ import annotations

from briefkit.importer.bylines import parse_byline


def test_plural_labels_name_every_writer() -> None:
    assert parse_byline("Toimetajad: Mari Tamm, Peeter Kask") == ("Mari Tamm", "Peeter Kask")
    assert parse_byline("Kirjoittajat: Liisa Virtanen ja Matti Koski") == ("Liisa Virtanen", "Matti Koski")
    assert parse_byline("Yazarlar: Ayşe Demir") == ("Ayşe Demir",)


def test_short_keywords_before_a_full_name() -> None:
    assert parse_byline("Per Marta Puig Roca") == ("Marta Puig Roca",)
    assert parse_byline("Na Amani Kombo") == ("Amani Kombo",)
    assert parse_byline("Ni Jose Reyes") == ("Jose Reyes",)


def test_a_short_keyword_before_one_word_is_a_first_name() -> None:
    # "Per" is also a first name: "Per Olsen" is a name, not a keyword and a surname
    assert parse_byline("Per Olsen") != ("Olsen",)


def test_labels_of_further_languages() -> None:
    assert parse_byline("Pewarta: Dewi Lestari") == ("Dewi Lestari",)
    assert parse_byline("द्वारा: सुनील कुमार") == ("सुनील कुमार",)
    assert parse_byline("Mwandishi: Halima Said") == ("Halima Said",)


def test_a_shows_host_in_the_eight_languages() -> None:
    assert parse_byline("Condotto da Paola Neri") == ("Paola Neri",)
    assert parse_byline("Présenté par Luc Martin") == ("Luc Martin",)
    assert parse_byline("Moderiert von Jana Roth") == ("Jana Roth",)


def test_keyword_inside_a_dated_line_beyond_the_eight() -> None:
    from briefkit.importer.inlinebylines import find_byline

    assert find_byline("Publisert 3. mars 2024 av Sigrid Lund · 4 kommentarer") == ("Sigrid Lund",)
    assert find_byline("Opublikowano 3 marca 2024 przez Anna Nowak") == ("Anna Nowak",)
    assert find_byline("3 marzo 2024 · 52 min · condotto da Paola Neri con Marco Riva") == ("Paola Neri",)
    # in prose the small word before a place is no byline
    assert find_byline("Det er en av landets eldste gårder") == ()


def test_special_to_after_a_bullet() -> None:
    # `bylines._TAIL`: the contributor's formula after a bullet, as after a space
    assert parse_byline("Author of the article: Maya Lind • Special to The Courier") == ("Maya Lind",)


def test_a_blogs_posted_by_beyond_the_eight() -> None:
    from briefkit.importer.inlinebylines import find_byline

    assert find_byline("Zveřejnil Petr Novák v 18:02") == ("Petr Novák",)
    assert find_byline("Upplagd av Karin Berg kl. 10:02") == ("Karin Berg",)
    assert parse_byline("Bejegyezte: Kovács Anna") == ("Kovács Anna",)
