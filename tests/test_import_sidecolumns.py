"""A page laid out with tables: the side column and the frame's link bars beside the story's cell stay out."""

from __future__ import annotations

import lxml.html

from briefkit.importer.htmllayout import drop_side_columns

_PARAS = [
    "The river rose by two metres overnight and flooded the lower streets of the market town again.",
    "Firefighters pumped water out of twenty cellars while volunteers filled sandbags at the school.",
    "The mayor said the new dam upstream would have spared the town if it had been finished in time.",
    "Forecasters expect the water to fall slowly over the weekend as the rain moves off to the east.",
    "Shopkeepers on the main square carried their goods upstairs before the water reached the doors.",
    "The railway line to the city stayed closed because the embankment near the bridge was soaked.",
    "Insurers sent assessors on Sunday, and the council opened the sports hall for families to sleep.",
]


def _page(side: str) -> str:
    rows = "".join(f"<tr><td class='t'><p>{p}</p></td></tr>" for p in _PARAS)
    return (
        "<html><body><table>"
        "<tr><td colspan='2'><a href='/'>Home</a> <a href='/news'>News</a> <a href='/sport'>Sport</a></td></tr>"
        f"<tr><td><table><tr><td><h1>Flood in the market town</h1></td></tr>{rows}</table></td>"
        f"<td>{side}</td></tr>"
        "<tr><td colspan='2'><a href='/about'>About us</a> | <a href='/terms'>Terms</a> | "
        "<a href='/contact'>Contact</a> | (c) Valley Paper</td></tr>"
        "</table></body></html>"
    )


def test_the_side_column_and_the_link_bars_around_the_story_go() -> None:
    side = (
        "<table><tr><td><b>LIVE</b></td></tr><tr><td>Cup final</td><td>2-1</td></tr>"
        "<tr><td><a href='/live'>All the scores</a></td></tr></table>"
    )
    tree = lxml.html.document_fromstring(_page(side))
    drop_side_columns(tree)
    text = tree.text_content()
    assert all(p in text for p in _PARAS) and "Flood in the market town" in text
    for furniture in ("Cup final", "All the scores", "Sport", "Terms"):
        assert furniture not in text


def test_a_second_column_of_as_much_prose_stays() -> None:
    side = "".join(f"<p>{p.replace('town', 'village')}</p>" for p in _PARAS)
    tree = lxml.html.document_fromstring(_page(side))
    drop_side_columns(tree)
    assert "flooded the lower streets of the market village" in tree.text_content()


def test_a_page_without_tables_is_left_alone() -> None:
    html = "<html><body><div>" + "".join(f"<p>{p}</p>" for p in _PARAS) + "</div></body></html>"
    tree = lxml.html.document_fromstring(html)
    drop_side_columns(tree)
    assert all(p in tree.text_content() for p in _PARAS)


def test_a_footer_row_opening_on_the_copyright_sign_goes_with_its_notes() -> None:
    html = _page("<p><a href='/top'>Most read</a></p>").replace(
        "<tr><td colspan='2'><a href='/about'>About us</a>",
        "<tr><td colspan='2'>© 1999-2024 Valley Paper Ltd | <a href='/contact'>Contact</a> | "
        "No part of these pages may be copied without the consent of the editors.</td></tr>"
        "<tr><td colspan='2'><a href='/about'>About us</a>",
    )
    tree = lxml.html.document_fromstring(html)
    drop_side_columns(tree)
    text = tree.text_content()
    assert all(p in text for p in _PARAS)
    assert "without the consent of the editors" not in text
