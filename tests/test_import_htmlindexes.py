"""A site's index of its pages under the story, and italic captions under loose pictures, stay out."""

from __future__ import annotations

from lxml import etree

import storytexts
from briefkit.importer.htmlpage import read_html

STORY = storytexts.LIBRARY


def _page(inner: str) -> str:
    return (
        "<html lang='en'><head><title>Library opens on Sundays</title></head><body>"
        f"<div class='col'><h1>Library opens on Sundays</h1>{inner}</div></body></html>"
    )


def _index(glosses: tuple[str, ...]) -> str:
    items = "".join(f"<li><a href='p{n}.htm'>Page {n}</a>{g}</li>" for n, g in enumerate(glosses))
    return f"<h2>Our services around the library</h2><ul>{items}</ul>"


def test_a_list_of_links_each_glossed_in_a_few_words_after_the_story_is_left_out() -> None:
    glosses = (" (this page)", " and its opening hours", " – a short guide", " for children")
    paras = "".join(f"<p>{s}</p>" for s in STORY)
    body = read_html(_page(paras + _index(glosses) + "<p>Library office, 4 Mill Lane, phone 0123 456</p>")).body
    assert STORY[-1] in body
    assert "this page" not in body and "short guide" not in body
    assert "Our services" not in body  # its heading, over nothing now, does not come back


def test_a_glossed_list_of_links_with_the_story_going_on_under_it_stays() -> None:
    from briefkit.importer.teaserlinks import drop_teaser_links

    def main(after: str) -> etree._Element:
        items = "".join(f"<item><ref target='p{n}'>Page {n}</ref> for children</item>" for n in range(4))
        root = etree.fromstring(f"<main><p>{STORY[0]}</p><head>Our services</head><list>{items}</list>{after}</main>")
        drop_teaser_links(root)
        return root

    assert [el.tag for el in main("<p>Library office, 4 Mill Lane</p>")] == ["p", "p"]
    assert [el.tag for el in main(f"<p>{STORY[1]} {STORY[2]}</p>")] == ["p", "head", "list", "p"]


def test_a_story_list_whose_items_open_with_a_link_but_say_something_stays() -> None:
    from briefkit.importer.teaserlinks import _link_led_list

    def items(*tails: str) -> etree._Element:
        return etree.fromstring(
            "<list>" + "".join(f"<item><ref target='x'>Item</ref>{t}</item>" for t in tails) + "</list>"
        )

    assert _link_led_list(items(" (this page)", " for children", " – a guide"))
    assert not _link_led_list(items(" opens on Sundays from next month.", " for children", " – a guide"))
    assert not _link_led_list(items(" (this page)", " for children"))  # two lines are no index
    sentence = etree.fromstring(
        "<list><item>Read <ref target='x'>a</ref></item><item><ref target='y'>b</ref></item>"
        "<item><ref target='z'>c</ref></item></list>"
    )
    assert not _link_led_list(sentence)


def test_an_italic_line_under_a_loose_picture_is_its_caption_not_the_story() -> None:
    caption = "The reading room before the new shelves came in."
    text = (
        f"<p>{STORY[0]}<br><br><img src='a.jpg'><br> <em>{caption}</em><br><br>{STORY[1]} "
        f"<em>Sunday</em> hours are new.<br>{STORY[2]}</p><p>{STORY[3]}</p><p>{STORY[4]}</p>"
    )
    article = read_html(_page(text))
    assert caption not in article.body
    assert STORY[1] in article.body and "hours are new" in article.body and "Sunday" in article.body
    assert any("reading room" in n for n in article.notes)


def test_an_italic_paragraph_not_under_a_picture_stays() -> None:
    lead = "The building reopens after a long winter of works on its roof."
    text = f"<p><em>{lead}</em></p>" + "".join(f"<p>{s}</p>" for s in STORY)
    assert lead in read_html(_page(text)).body
    pictured = f"<p><img src='a.jpg'></p><p><em>{lead}</em></p>" + "".join(f"<p>{s}</p>" for s in STORY)
    assert lead not in read_html(_page(pictured)).body


def test_a_list_of_linked_data_under_a_plain_label_stays() -> None:
    from briefkit.importer.teaserlinks import drop_teaser_links

    items = "".join(f"<item><ref target='p{n}'>Part {n}</ref> (spare)</item>" for n in range(4))
    root = etree.fromstring(f"<main><p>{STORY[0]}</p><p>Parts</p><list>{items}</list><p>Code</p></main>")
    drop_teaser_links(root)
    assert [el.tag for el in root] == ["p", "p", "list", "p"]


def test_a_publication_label_above_the_story_or_run_into_it_leaves_it() -> None:
    from briefkit.importer.htmlpage import _without_published_label

    first = STORY[0] + " " + STORY[1]
    assert _without_published_label("Publication:") == ""
    assert _without_published_label(f"Veröffentlichung: 2. Februar 2022 {first}") == first
    assert _without_published_label(f"Publié le : 3 mars 2024 {first}") == first
    # a few more fields after the date are left whole for the rules that read such lines
    assert _without_published_label("Published: 05.01.2020 Filed under:") == "Published: 05.01.2020 Filed under:"
    # the word inside a sentence, or without its colon, is the story's
    assert _without_published_label(f"Publication of the plan: {first}") == f"Publication of the plan: {first}"
    assert _without_published_label(f"Published in 2022, {first}") == f"Published in 2022, {first}"


def test_a_last_line_that_breaks_off_before_its_link_is_left_out() -> None:
    paras = "".join(f"<p>{s}</p>" for s in STORY)
    body = read_html(_page(paras + "<p>Want the weekly picks? Have a look at our</p>")).body
    assert "weekly picks" not in body and STORY[-1] in body
    ended = read_html(_page(paras + "<p>Want the weekly picks? Ask at the desk</p>")).body
    assert "weekly picks" in ended
