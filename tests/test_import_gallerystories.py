"""A gallery page tells its story in its captions: they stay in the story as well as with the pictures."""

from __future__ import annotations

import lxml.html

from briefkit.importer.gallerystories import is_gallery_story
from briefkit.importer.htmlpage import read_html

CAPTIONS = [
    "The harbour wall gave way on Monday night, and the water reached the first row of houses by dawn.",
    "Fishermen moved their boats to the inner basin; two small ones sank before they could be reached.",
    "Volunteers filled sandbags at the school gym until the army trucks arrived in the afternoon.",
    "By Wednesday the water had gone down, leaving a line of mud a metre up every front door.",
]


def _page(captions: list[str], paragraphs: int = 1) -> str:
    intro = "".join(
        "<p>The storm that hit the coast this week left the old harbour town with damage it has not seen in decades.</p>"
        for _ in range(paragraphs)
    )
    figures = "".join(
        f"<figure><img src='/p{i}.jpg' alt=''><figcaption>{c} <small>Photo: Sam Poe</small></figcaption></figure>"
        for i, c in enumerate(captions)
    )
    return (
        "<html><head><title>In pictures: the harbour after the storm</title></head><body><article>"
        f"<h1>In pictures: the harbour after the storm</h1>{intro}<div class='slides'>{figures}</div>"
        "</article></body></html>"
    )


def test_captions_that_tell_the_story_stay_in_it_and_with_their_pictures() -> None:
    article = read_html(_page(CAPTIONS))
    assert all(c in article.body for c in CAPTIONS)
    assert len(article.images) == len(CAPTIONS)


def test_a_story_with_a_few_captioned_pictures_is_no_gallery() -> None:
    tree = lxml.html.document_fromstring(_page(CAPTIONS[:2], paragraphs=6))
    assert not is_gallery_story(tree)
    assert CAPTIONS[0] not in read_html(_page(CAPTIONS[:2], paragraphs=6)).body


def test_short_labels_under_pictures_make_no_gallery() -> None:
    assert not is_gallery_story(lxml.html.document_fromstring(_page(["The harbour.", "Boats.", "Sandbags.", "Mud."])))
