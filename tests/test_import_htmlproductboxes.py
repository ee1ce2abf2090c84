"""Paid boxes set into a saved story: under a partner's label, or a product with its price and affiliate note.

Small pages written for these tests (`htmltails.drop_ad_boxes`, `affiliateboxes`).
"""

from __future__ import annotations

from briefkit.importer.htmlpage import read_html

PROSE = "The allotment society voted to plant a shared orchard on the old railway land behind the station."


def page(box: str) -> str:
    paragraphs = "".join(f"<p>{PROSE} Point {k} of the plan.</p>" for k in range(3))
    return (
        "<!doctype html><html><head><title>Orchard plan</title></head><body><article>"
        f"<h1>Society plants a shared orchard</h1>{paragraphs}{box}{paragraphs}</article></body></html>"
    )


def test_a_box_under_a_partner_label_is_left_out() -> None:
    for label in ("Materiał partnera", "Partner content", "Contenu partenaire", "Партнёрский материал"):
        box = f"<div class='p'><span>{label}</span><p>Fruit trees from our nursery – see the autumn offer</p></div>"
        assert "autumn offer" not in read_html(page(box)).body, label
