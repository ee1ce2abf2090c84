"""Who wrote a copied page, told by the credits printed around the story: a reporter's credit,
a blog's footer under the post, the authors' credit after a news agency's sign-off code; and a
caption's sentence that ends before its credit names no one.

Each dump is written for the test (no publisher's text); each case is a shape real pages have.
"""

from __future__ import annotations

from briefkit.importer.bylines import parse_byline
from briefkit.importer.inlinebylines import find_byline
from briefkit.importer.textdump import read_text_dump
from storytexts import MENU, PIER, TAIL
from storytexts import dump as _dump

STORY = PIER[:4]


def test_a_reporters_credit_under_the_headline_names_the_writer() -> None:
    assert parse_byline("Reporter: Ann Example", bare=False) == ("Ann Example",)
    assert parse_byline("Periodista: Ana Ejemplo", bare=False) == ("Ana Ejemplo",)
    assert parse_byline("Reporter Ann Example", bare=False) == ()  # no colon: a heading's word, not a credit
    head = ["Harbour board votes to rebuild the north pier", "Reporter: Ann Example", "Thursday 3rd December 2026"]
    caption = ["The north pier after the storm. Picture: Bo Sample"]
    article = read_text_dump(_dump(MENU, head, caption, STORY, TAIL))
    assert article.authors == ("Ann Example",)


def _blog(footer: str) -> str:
    head = ["Harbour notes", "A blog by a harbour reporter.", "jueves, 3 de diciembre de 2026"]
    return _dump(head, ["Lo que el muelle norte no cuenta"], STORY, [footer, "2 comentarios:", "Archivo del blog"])


def test_a_blogs_footer_under_the_post_signs_it_in_each_language() -> None:
    footer = "Publicado por Ana Ejemplo Muestra en 19:48 2 comentarios Etiquetas: puerto, muelle"
    assert read_text_dump(_blog(footer)).authors == ("Ana Ejemplo Muestra",)
    assert read_text_dump(_blog("Postado por Ana Exemplo às 19:48")).authors == ("Ana Exemplo",)
    assert read_text_dump(_blog("Publicado por el puerto en 2026")).authors == ()


def test_the_authors_credit_after_an_agency_sign_off_names_them() -> None:
    head = ["Domestic Prio 2 05.05.2026 · 07:58", "Harbour board votes to rebuild the north pier"]
    tail = ["hpa abc/def xyzz", "Autoren: Anna Beispiel, Bernd Muster", "#harbour", *TAIL]
    article = read_text_dump(_dump(MENU, head, STORY, tail))
    assert article.authors == ("Anna Beispiel", "Bernd Muster")


def test_a_name_never_runs_past_a_captions_full_stop() -> None:
    assert find_byline("Il pendio sopra la frazione di Northby. Foto: Ufficio stampa") == ()
    assert find_byline("Text by Ann R. Example") == ("Ann R. Example",)
    assert find_byline("Ein Bericht von Prof. Dr. Anna Beispiel") == ("Prof. Dr. Anna Beispiel",)


def test_a_bare_name_under_a_signed_byline_is_its_desk_not_another_writer() -> None:
    head = ["Harbour board votes to rebuild the north pier", "By Ann Example and Bo Sample", "Northport Harbour Desk"]
    article = read_text_dump(_dump(MENU, head, ["Posted Thu 5 May 2026 at 8:40am"], STORY, TAIL))
    assert article.authors == ("Ann Example", "Bo Sample")
    # a bare name alone under the headline still signs
    article = read_text_dump(_dump(MENU, head[:1], ["Ann Example", "5 May 2026"], STORY, TAIL))
    assert article.authors == ("Ann Example",)
