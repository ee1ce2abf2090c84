"""A saved page's writer among the story's other makers: photographers, editors, scholarly metadata.

The writer's credit beats a photographer's or an editor's in every language, whichever stands
first and wherever the metadata names one of the others. Small pages written for these tests.
"""

from __future__ import annotations

import json

import pytest

from briefkit.importer.claimnames import claim_names
from briefkit.importer.credits import named_other_makers, other_credits, without_other_credits, writer_credit
from briefkit.importer.htmlpage import read_html
from briefkit.importer.markupmeta import Claim

BODY = (
    "<p>"
    + " ".join(["The lock keepers reopened the old canal to small boats after four years of repairs."] * 6)
    + "</p>"
)
HEAD = "<title>The old canal opens again to small boats</title>"
H1 = "<h1>The old canal opens again to small boats</h1>"


def page(head: str = "", body: str = "", after: str = "") -> str:
    return f"<!doctype html><html><head>{head}</head><body>{body}<article>{BODY}{after}</article></body></html>"


@pytest.mark.parametrize(
    "line",
    [
        "Story by Ilse Marquardt | Photos by Ruben Ostrowski",
        "Photos by Ruben Ostrowski | Story by Ilse Marquardt",
        "Von Ilse Marquardt, Fotos von Ruben Ostrowski",
        "Par Ilse Marquardt · photos de Ruben Ostrowski",
        "Texto de Ilse Marquardt · Fotografias de Ruben Ostrowski 7 Nov 2026, 09:12",
        "Testo di Ilse Marquardt, foto di Ruben Ostrowski",
        "Door Ilse Marquardt, foto's van Ruben Ostrowski",
        "Words by Ilse Marquardt. Photography by Ruben Ostrowski",
    ],
)
def test_a_byline_with_a_photographer_credit_names_the_writer(line: str) -> None:
    assert claim_names(Claim(line, "byline")) == ["Ilse Marquardt"]


def test_a_writer_who_took_the_pictures_too_is_kept() -> None:
    assert without_other_credits("Story and photos by Ilse Marquardt") == "Story and photos by Ilse Marquardt"
    assert without_other_credits("Photos by Ruben Ostrowski") == "Photos by Ruben Ostrowski"  # nothing else to keep


def test_the_byline_with_the_photographer_wins_on_a_page() -> None:
    body = f"{H1}<p class='byline'>Story by Ilse Marquardt | Photos by Ruben Ostrowski</p>"
    assert read_html(page(HEAD, body)).authors == ("Ilse Marquardt",)


def test_a_credits_line_names_the_editor_and_the_photographer_apart() -> None:
    line = "Текст: Ilse Marquardt Редактор: Tomas Vilkas Фото: Ruben Ostrowski"
    assert other_credits(line) == ["Tomas Vilkas", "Ruben Ostrowski"]
    assert writer_credit(line) == "Ilse Marquardt"  # the writer's credit ends where the editor's label begins
    assert writer_credit("Texto: Ilse Marquardt · Edición: Tomas Vilkas") == "Ilse Marquardt"
    assert other_credits("Text: Ilse Marquardt") == []
    assert other_credits("Foto: Ruben Ostrowski · Video: Tomas Vilkas") == []  # no writer credited: no claim


def test_the_editor_named_by_the_metadata_is_not_the_writer_the_credits_name() -> None:
    # the CMS's author field holds the editor who published it; the credits after a long story say who wrote it
    ld = {
        "@type": "Article",
        "headline": "The old canal opens again",
        "author": {"@type": "Person", "name": "Tomas Vilkas"},
    }
    long_story = "".join(
        f"<p>The keepers checked lock {n} twice before the first boats came through.</p>" for n in range(160)
    )
    after = long_story + (
        "<div class='credits'><p>Текст: <b>Ilse Marquardt</b></p><p>Редактор: Tomas Vilkas</p>"
        "<p>Фото: Ruben Ostrowski</p></div>"
    )
    head = f'<script type="application/ld+json">{json.dumps(ld)}</script>{HEAD}'
    assert read_html(page(head, H1, after)).authors == ("Ilse Marquardt",)


def test_scholarly_author_tags_give_every_author_given_name_first() -> None:
    head = (
        HEAD + '<meta name="citation_author" content="Marquardt, Ilse">'
        '<meta name="citation_author" content="van der Sloot, Kees">'
    )
    assert read_html(page(head, H1)).authors == ("Ilse Marquardt", "Kees van der Sloot")


def test_a_reporter_label_names_the_writer() -> None:
    body = f"{H1}<p class='meta'><span>Reporter:</span> <span>Ilse Marquardt</span></p>"
    assert read_html(page(HEAD, body)).authors == ("Ilse Marquardt",)


@pytest.mark.parametrize(
    "line",
    ["Reporter: Ilse Marquardt", "Periodista: Ilse Marquardt", "Корреспондент: Ilse Marquardt · 3 December 2026"],
)
def test_a_reporter_label_in_the_same_line_as_the_name_names_the_writer(line: str) -> None:
    assert read_html(page(HEAD, f"{H1}<p>{line}</p>")).authors == ("Ilse Marquardt",)


def test_a_reporter_word_without_its_colon_is_no_label() -> None:
    body = f"{H1}<p><span>Reporter</span> <span>Ilse Marquardt</span></p>"
    assert read_html(page(HEAD, body)).authors == ()


def test_a_photographer_the_metadata_names_as_author_is_not_the_writer_the_byline_names() -> None:
    # a CMS's author field holds whoever uploaded the story: here the photographer the byline credits beside the writer
    ld = {
        "@type": "Article",
        "headline": "The old canal opens again",
        "author": {"@type": "Person", "name": "Ruben Ostrowski"},
    }
    head = f'<script type="application/ld+json">{json.dumps(ld)}</script>{HEAD}'
    body = f"{H1}<p>Story by Ilse Marquardt | Photos by Ruben Ostrowski</p>"
    assert read_html(page(head, body)).authors == ("Ilse Marquardt",)


def test_the_other_makers_of_a_byline_are_only_those_it_credits_beside_a_writer() -> None:
    assert named_other_makers("Von Ilse Marquardt, Fotos von Ruben Ostrowski") == ["Ruben Ostrowski"]
    assert named_other_makers("Photos by Ruben Ostrowski") == []  # a picture's credit alone: no writer beside it
    assert named_other_makers("By Ilse Marquardt, photos: Ilse Marquardt") == []  # the writer took them herself
