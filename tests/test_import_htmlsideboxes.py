"""Boxes a saved page prints beside and under its story stay out of the body: the site's other
headlines under the story's credits, a sidebar's headed boxes, a CMS's list of fields over the
story, a pager to the neighbouring pages, and a newsletter's offer without a form."""

from __future__ import annotations

from lxml import etree

import storytexts
from briefkit.importer.htmlpage import read_html

STORY = storytexts.LIBRARY
PARAS = "".join(f"<p>{s}</p>" for s in STORY)


def _page(inner: str, after: str = "") -> str:
    return (
        "<html lang='en'><head><title>Library opens on Sundays</title></head><body>"
        f"<div class='col'><h1>Library opens on Sundays</h1>{inner}</div>{after}</body></html>"
    )


def test_headlines_listed_under_the_story_s_credit_are_other_stories() -> None:
    from briefkit.importer.teaserlinks import drop_teaser_links

    def main(credit: str, items: tuple[str, ...]) -> list[str]:
        listed = "".join(f"<item>{t}</item>" for t in items)
        root = etree.fromstring(f"<main><p>{STORY[0]}</p><p>{credit}</p><list>{listed}</list></main>")
        drop_teaser_links(root)
        return [el.tag for el in root]

    titles = ("Mayor opens the harbour festival", "Storm closes the coast road for a night")
    assert main("Text: Jane Roe", titles) == ["p", "p"]
    assert main("Reporting by Jane Roe", titles) == ["p", "p"]
    # a list of sentences, or one under a line of the story, stays
    assert main("Text: Jane Roe", ("The hall opens at nine.", "The bar closes at ten.")) == ["p", "p", "list"]
    assert main("Things to bring along", titles) == ["p", "p", "list"]


def test_a_sidebar_s_headed_boxes_after_the_story_are_left_out() -> None:
    side = (
        "<div><h4>League table</h4><table><tr><td>1.</td><td>Rovers</td><td>22</td></tr>"
        "<tr><td>2.</td><td>United</td><td>21</td></tr></table>"
        "<h4>Next dates</h4><p>26.10. Autumn fair<br>03.11. Annual meeting</p>"
        "<h4>Our sponsors</h4><p>Bakery Hill · Garage Stone · Savings Bank</p></div>"
    )
    body = read_html(_page(PARAS, side)).body
    assert STORY[-1] in body
    assert "Autumn fair" not in body and "Savings Bank" not in body and "League table" not in body


def test_a_story_s_last_headed_sections_in_sentences_stay() -> None:
    from briefkit.importer.htmlpage import _drop_trailing_headings

    blocks = [STORY[0], STORY[1], "## Opening hours", "Sundays from two to six.", "## Entry", "Free for all."]
    assert _drop_trailing_headings(blocks) == blocks
    boxed = [STORY[0], STORY[1], "## Next dates", "26.10. Autumn fair", "## Sponsors", "Bakery Hill · Garage"]
    assert _drop_trailing_headings(boxed) == [STORY[0], STORY[1]]


def test_a_list_of_the_story_s_fields_above_it_is_left_out() -> None:
    from briefkit.importer.htmlpage import _data_list

    fields = "- Details\n- Written by Jane Roe\n- Category: Town news\n- Published: 29 November 2024\n- Views: 418"
    assert _data_list(fields)
    assert not _data_list("- Flour\n- Two eggs\n- Milk\n- A pinch of salt")
    assert not _data_list("- Published: 29 November 2024\n- The hall opens at nine.\n- Bring a torch.")


def test_a_pager_to_the_neighbouring_pages_is_left_out() -> None:
    from briefkit.importer.htmlpage import _pager

    assert _pager("- « Back: Carol singers' dates\n- Next: Choir looks for tenors »")
    assert _pager("- Next: Choir looks for tenors ›")
    assert not _pager("- «The Sunday question», a play\n- The hall opens at nine")  # a quotation, marks at both ends
    assert not _pager("- Flour\n- Two eggs")
    pager = "<ul><li>« Back: Carol singers' dates</li><li>Next: Choir looks for tenors »</li></ul>"
    assert "tenors" not in read_html(_page(PARAS + pager)).body


def test_a_newsletter_offer_without_a_form_leaves_with_its_pitch() -> None:
    box = "<div><b>Sign up for our weekly newsletter</b><p>The best of the county, every Friday.</p></div>"
    body = read_html(_page(PARAS + box)).body
    assert STORY[-1] in body and "every Friday" not in body
    other = "<div><b>Opening hours this winter</b><p>The best of the county, every Friday.</p></div>"
    assert "every Friday" in read_html(_page(PARAS + other)).body
