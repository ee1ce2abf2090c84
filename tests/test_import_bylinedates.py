"""The date printed beside the byline, on a page whose headline no markup names (`metapick`).

A page laid out in tables prints the day's date in its masthead and the story's under its
byline; with no headline found, both stand equally far from it, and the byline's is the story's.
Small pages written for these tests.
"""

from __future__ import annotations

from briefkit.importer.htmlpage import read_html

PROSE = " ".join(["El ayuntamiento reparte agua en pipas a las colonias del norte desde el lunes por la tarde."] * 4)


def page(byline_cell: str) -> str:
    return (
        "<html><head><title>Reparten agua en las colonias del norte</title></head><body>"
        "<table><tr><td class='fecha-dia'>Lunes 23 de Agosto de 2021</td></tr></table>"
        "<table><tr><td class='titulo'>Reparten agua en las colonias del norte</td></tr>"
        f"{byline_cell}<tr><td><p>{PROSE}</p><p>{PROSE}</p><p>{PROSE}</p></td></tr></table></body></html>"
    )


def test_the_date_beside_the_byline_beats_the_masthead_s_day() -> None:
    cell = (
        "<tr><td><span class='small'>Por: Ana Puerto</span></td></tr>"
        "<tr><td class='fecha'>Sábado, 21 de Agosto de 2021 12:47</td></tr>"
    )
    assert str(read_html(page(cell)).published)[:10] == "2021-08-21"
