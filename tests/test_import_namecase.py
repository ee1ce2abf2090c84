"""Names printed in capitals, written as names again, in every script (`namecase`).

Python's `lower` turns the Turkish dotted capital İ into "i" and a combining dot, a name that no longer
matches itself typed; a Turkish name's plain capital I is the dotless ı. Names made up for these tests.
"""

from __future__ import annotations

import json

from briefkit.importer.htmlpage import read_html
from briefkit.importer.namecase import uncapitalised

BODY = "<p>" + " ".join(["The orchard growers met at the market hall and agreed to share one cold store."] * 6) + "</p>"


def test_a_turkish_name_in_capitals_keeps_its_dotted_and_dotless_letters() -> None:
    assert uncapitalised("EMİNE ÇELİK") == "Emine Çelik"
    assert uncapitalised("SELİN ILGAZ") == "Selin Ilgaz"
    assert uncapitalised("ILGAZ ŞAHİN") == "Ilgaz Şahin"
    assert "\u0307" not in uncapitalised("EMİNE ÇELİK")  # no combining dot left over


def test_a_shouted_surname_among_ordinary_words_is_written_as_a_name() -> None:
    assert uncapitalised("Marta KOWALCZYK") == "Marta Kowalczyk"
    assert uncapitalised("SOO-AH LIM") == "Soo-ah Lim"  # a romanised given name, as wires write it
    assert uncapitalised("ΜΑΡΙΑ ΠΑΠΑΔΑΚΗΣ") == "Μαρια Παπαδακης"  # the final sigma as Greek writes it


def test_initials_numerals_and_agency_letters_stay() -> None:
    assert uncapitalised("AJ Brennan") == "AJ Brennan"
    assert uncapitalised("Henry Ford III") == "Henry Ford III"
    assert uncapitalised("EFE") == "EFE"
    assert uncapitalised("Jane Roe") == "Jane Roe"


def test_an_author_field_in_capitals_gives_the_name_as_a_name() -> None:
    ld = json.dumps(
        {
            "@type": "NewsArticle",
            "headline": "Growers share a cold store",
            "author": {"@type": "Person", "name": "EMİNE ÇELİK"},
        }
    )
    html = (
        f'<html><head><script type="application/ld+json">{ld}</script></head>'
        f"<body><article><h1>Growers share a cold store</h1>{BODY}</article></body></html>"
    )
    assert read_html(html).authors == ("Emine Çelik",)
