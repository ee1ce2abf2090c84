"""A copied page's date in the forms its byline line prints it: a Latin American paper's month first
with "de" before the year, glued by the layout to the writer's name; a blog theme's pictographs as
the date's and the name's labels.

Each dump is written for the test (no publisher's text); each case is a shape real pages have.
"""

from __future__ import annotations

from datetime import date, datetime

from briefkit.importer.dates import find_date, parse_date
from briefkit.importer.textdump import read_text_dump
from storytexts import PIER

STORY = PIER[:4]
MENU = ["Inicio", "Región", "Deportes", "Cultura", "Opinión", "Clasificados"]
TAIL = ["Lo más leído", "Suben las tarifas del ferry", "Aviso legal", "Privacidad"]


def _dump(*parts: list[str]) -> str:
    return "\n".join(line for part in parts for line in part) + "\n"


def _day(when: datetime | date | None) -> date | None:
    return when.date() if isinstance(when, datetime) else when


def test_a_month_first_date_with_de_before_its_year_is_read() -> None:
    assert _day(parse_date("diciembre 05 de 2026 - 07:40 p. m.")) == date(2026, 12, 5)
    assert _day(parse_date("diciembre 05 2026")) == date(2026, 12, 5)
    assert parse_date("diciembre de 2026") is None  # a month, no day


def test_a_byline_glued_to_its_date_gives_both_over_the_top_bars_day() -> None:
    top = ["Northby, sábado 6 de diciembre de 2026  24 °C  Suscríbase"]
    head = [
        "La junta del puerto reconstruirá el muelle norte",
        "Por: Ana Ejemplo Muestradiciembre 05 de 2026 - 07:40 p. m.",
    ]
    article = read_text_dump(_dump(top, MENU, head, STORY, TAIL))
    assert article.authors == ("Ana Ejemplo Muestra",)
    assert _day(article.published) == date(2026, 12, 5)


def test_a_blog_themes_pictographs_label_the_date_and_the_name() -> None:
    assert parse_date("📅 2026-11-27") == date(2026, 11, 27)
    assert parse_date("© 2026-11-27") is None  # not a pictograph: the copyright sign
    head = ["Harbour board votes to rebuild the north pier", "Notes from the meeting of 26 November 2026, item 7"]
    head += ["📅 2026-11-27 · ✍️ Anna Beispiel · ⏱ 7 min · #harbour"]
    article = read_text_dump(_dump(["Harbour notes", "Notes", "Calendar", "About", "RSS"], head, STORY, TAIL))
    assert (article.authors, _day(article.published)) == (("Anna Beispiel",), date(2026, 11, 27))


def test_a_year_run_into_the_label_after_it() -> None:
    # a dateline's "Updated" label glued to the year by the copy: the day is still the first date
    assert find_date("Mar. 4, 2025Updated 8:15 p.m. ET") == date(2025, 3, 4)
    assert find_date("Windows 2000Server") is None
