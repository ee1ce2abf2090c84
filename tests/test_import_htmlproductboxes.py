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


def test_a_product_with_its_price_and_affiliate_note_is_left_out() -> None:
    box = (
        "<div class='tip'><span>Our pick</span><p>A folding pruning saw with a beech handle, seen at a garden shop "
        "for 24,90 €*</p><small>*Affiliate link: we earn a commission on a purchase.</small></div>"
    )
    body = read_html(page(box)).body
    assert "pruning saw" not in body
    assert "Point 2 of the plan" in body


def test_a_price_in_the_story_without_an_affiliate_note_stays() -> None:
    box = "<div><p>The saplings cost the society 24,90 € each.</p><p>Members paid for them in spring.</p></div>"
    assert "24,90" in read_html(page(box)).body
