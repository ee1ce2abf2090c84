"""The lead a page prints between its headline's date line and the story, while its description is
a shorter rewording of it (see `headlinelead.lead_over_story`): it opens the story.

Pages written for these tests, in the project's own words.
"""

from __future__ import annotations

import lxml.html

from briefkit.importer.headlinelead import lead_over_story
from briefkit.importer.htmlpage import read_html

LEAD = (
    "The town council voted on Monday to open the library on Sundays. The change costs forty "
    "thousand a year and starts in March."
)
PARAS = [
    "Readers had asked for longer opening hours for years, the head librarian told the meeting on Monday evening.",
    "Two more staff will be hired for the weekend shifts, and volunteers from the reading club will help at the desk.",
    "The children's corner will hold a story hour every Sunday morning, starting with books about the river.",
    "Councillors from the opposition said the money would be better spent on the roof, which still leaks in winter.",
    "The library's board will report on the first six months in the autumn, with the numbers of visitors each day.",
]


def _page(lead_box: str, description: str = "Library to open on Sundays from March.") -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAS)
    return (
        "<html><head><title>Library opens on Sundays</title>"
        f"<meta property='og:description' content='{description}'></head><body><main><div class='news'>"
        "<h1>Library opens on Sundays</h1>"
        "<div class='meta'><span>12 March 2024, 09:40</span> <span>Views: 1 204</span></div>"
        f"{lead_box}<figure><img src='/l.jpg' alt=''><figcaption>The reading room.</figcaption></figure>"
        f"<div class='text'>{body}</div></div></main></body></html>"
    )


def test_the_lead_under_the_date_line_is_read() -> None:
    assert lead_over_story(lxml.html.document_fromstring(_page(f"<div class='lead'>{LEAD}</div>"))) == LEAD
    wrapped = _page(f"<div class='perex'><p><strong>{LEAD}</strong></p></div>")
    assert lead_over_story(lxml.html.document_fromstring(wrapped)) == LEAD


def test_a_picture_or_a_sentence_of_the_byline_first_ends_the_search() -> None:
    picture_first = _page("").replace("<figure>", f"<figure>{LEAD}", 1)
    assert lead_over_story(lxml.html.document_fromstring(picture_first)) is None
    two_heads = _page(f"<div>{LEAD}</div>").replace("</main>", "<h1>Another story</h1></main>")
    assert lead_over_story(lxml.html.document_fromstring(two_heads)) is None


def test_the_printed_lead_opens_the_story_when_the_description_rewords_it() -> None:
    article = read_html(_page(f"<div class='lead'>{LEAD}</div>"))
    assert article.body.startswith(LEAD)
    assert all(p in article.body for p in PARAS)


def test_a_lead_the_story_repeats_is_not_printed_twice() -> None:
    article = read_html(_page(f"<div class='lead'>{PARAS[0]}</div>"))
    assert article.body.count(PARAS[0]) == 1
