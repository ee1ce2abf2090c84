"""A person who signs with the wire's copy ("Jane Roe/dpa", "Jane Roe avec AFP") is the author; a desk or
a paper signing with the wire stays as written. A label naming the article's own author ("Author of the
article:") is a byline keyword, in the eight languages.

Each line is written for the test (no publisher's text); each case is a shape real pages have.
"""

from __future__ import annotations

import storytexts
from briefkit.importer.bylines import parse_byline
from briefkit.importer.inlinebylines import find_byline
from briefkit.importer.textdump import read_text_dump

_STORY = storytexts.FERRY


def _dump(under_headline: str) -> str:
    return f"Home\nNews\nContact\nThe ferry runs again\n{under_headline}\n{_STORY}Imprint\n"


def test_a_person_signing_with_the_wire_is_the_author() -> None:
    assert parse_byline("Jana Roe/dpa") == ("Jana Roe",)
    assert parse_byline("Jeanne Roe avec AFP") == ("Jeanne Roe",)
    assert parse_byline("Giulia Roe con ANSA") == ("Giulia Roe",)
    assert find_byline("Jana Roe/APA 3. Mai 2025, 10:20", bare=True) == ("Jana Roe",)
    assert read_text_dump(_dump("Jeanne Roe avec AFP\n3 mai 2025")).authors == ("Jeanne Roe",)


def test_a_desk_or_a_paper_signing_with_the_wire_stays_as_written() -> None:
    assert parse_byline("HB mit dpa") == ("HB mit dpa",)
    assert parse_byline("Le Courrier avec AFP") == ("Le Courrier avec AFP",)


def test_the_label_naming_the_articles_author_is_a_byline_keyword() -> None:
    assert parse_byline("Author of the article: Sam Poe", bare=False) == ("Sam Poe",)
    assert parse_byline("Autor des Artikels: Jana Roe", bare=False) == ("Jana Roe",)
    assert parse_byline("Auteur de l'article : Jeanne Roe", bare=False) == ("Jeanne Roe",)
    assert parse_byline("Автор статьи: Иван Петров", bare=False) == ("Иван Петров",)
    text = (
        "Author of the article: Sam Poe\nPublished May 03, 2025\n"
        "A quay seen from the ferry. Photo by Ann Lee /Coast Daily"
    )
    assert read_text_dump(_dump(text)).authors == ("Sam Poe",)


def test_the_relative_day_and_hour_beside_a_name_are_not_the_name() -> None:
    assert parse_byline("Jana Roe Gestern um 18.45 Uhr") == ("Jana Roe",)
    assert parse_byline("Sam Poe Today at 9:40 am") == ("Sam Poe",)
    assert parse_byline("Иван Петров вчера в 14:20") == ("Иван Петров",)
    assert parse_byline("Gisteren om 18.45 uur") == ()
    assert read_text_dump(_dump("Lotte Roe Gisteren om 18.45 uur")).authors == ("Lotte Roe",)
