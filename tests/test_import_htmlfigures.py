"""Pictures taken out of a saved page, and the caption text that is the story itself."""

from __future__ import annotations

import lxml.html

from briefkit.importer.htmlfigures import take_figures
from briefkit.importer.htmlpage import read_html

IDEAS = [
    (
        "A paper lantern for the porch.",
        "Fold thick card into a tube, cut slits along its sides and set a small lamp inside it.",
    ),
    (
        "A wreath from the garden.",
        "Twist a few willow stems into a ring and tie dried leaves around it with garden string.",
    ),
    (
        "A runner for the table.",
        "Sew two old scarves end to end and fray their edges so the seam does not show at all.",
    ),
    (
        "Jars that glow at night.",
        "Paint the inside of clean jam jars with thinned glue and roll them in fine coloured sand.",
    ),
]


def _slide(number: int, lead: str, how: str, picture: str = "<img src='/p.jpg' alt=''>") -> str:
    return (
        f"<figure><h2>{number}. Idea</h2>{picture}"
        f"<figcaption><p>{lead}</p><p><strong>What it takes:</strong> {how}</p></figcaption></figure>"
    )


def test_a_gallery_slides_write_up_stays_when_its_uncredited_picture_goes() -> None:
    slides = "".join(_slide(i + 1, lead, how) for i, (lead, how) in enumerate(IDEAS))
    page = (
        "<html lang='en'><head><title>Four things to make this autumn</title></head><body>"
        f"<article><h1>Four things to make this autumn</h1>{slides}</article></body></html>"
    )
    article = read_html(page)
    for _lead, how in IDEAS:
        assert how in article.body
    assert not article.images  # the pictures themselves have no credit and stay out


def test_a_one_line_caption_still_leaves_with_its_picture() -> None:
    tree = lxml.html.fromstring(
        "<html><body><p>Before.</p><figure><img src='/p.jpg'><figcaption><p>A lamp on the porch.</p>"
        "</figcaption></figure><p>After.</p></body></html>"
    )
    images, notes = take_figures(tree, None)
    assert not images and notes
    assert "lamp" not in tree.text_content()


def test_one_notice_printed_twice_for_two_screens_is_no_write_up() -> None:
    tree = lxml.html.fromstring(
        "<html><body><figure><svg></svg><figcaption>"
        "<p>We may earn a small fee when you buy through the links on this page.</p>"
        "<p>We may earn a small fee when you buy through links marked with a cart.</p>"
        "</figcaption></figure><p>The story.</p></body></html>"
    )
    take_figures(tree, None)
    assert "small fee" not in tree.text_content()
