"""Links to other stories set into a copied story, whose titles the page lists again under it
(`storyedges.without_labelled_titles`): a label before a title the list dates ("Related …"), a post's
"« previous | next »" row; and the lines that only look like them (a subheading around a tag's words,
a table of contents' numbered entry, a title alone on its line).

Each dump is written for the test (no publisher's text); each case is a shape real pages have.
"""

from __future__ import annotations

import storytexts
from briefkit.importer.storyedges import without_labelled_titles
from briefkit.importer.textdump import read_text_dump

_STORY = [
    "The harbour board voted on Tuesday to rebuild the old north pier, which storms damaged badly last winter.",
    "Work is to start in the autumn and to last two years, the board's chair told the meeting.",
]
_LIST = [
    "More from the coast",
    "Ferry fares go up again in the spring 6 hours ago",
    "New lifeboat station opens at the point 12.05.2025",
    "Harbour and ferries",
    "Quiet winter for the fishing fleet",
]


def test_a_label_before_a_title_the_list_dates_goes() -> None:
    body = [_STORY[0], "See also Ferry fares go up again in the spring", _STORY[1]]
    assert without_labelled_titles(body, _LIST) == _STORY


def test_a_previous_next_row_of_listed_titles_goes() -> None:
    body = [*_STORY, "« Quiet winter for the fishing fleet New lifeboat station opens at the point »"]
    assert without_labelled_titles(body, _LIST) == _STORY


def test_a_subheading_around_a_listed_topic_stays() -> None:
    body = [_STORY[0], "Money for harbour and ferries", _STORY[1]]
    assert without_labelled_titles(body, [*_LIST, "Money for"]) == body


def test_a_label_before_an_undated_title_stays() -> None:
    body = [_STORY[0], "Again a quiet winter for the fishing fleet", _STORY[1]]
    assert without_labelled_titles(body, _LIST) == body


def test_a_numbered_contents_entry_stays() -> None:
    body = [_STORY[0], "3 Quiet winter for the fishing fleet", _STORY[1]]
    assert without_labelled_titles(body, _LIST) == body


def test_a_title_alone_on_its_line_and_a_sentence_stay() -> None:
    said = "Ferry fares go up again in the spring, he said."
    body = [_STORY[0], "Quiet winter for the fishing fleet", said, _STORY[1]]
    assert without_labelled_titles(body, _LIST) == body


def test_an_imported_page_loses_a_row_of_listed_titles_and_keeps_the_story() -> None:
    row = "« Quiet winter for the fishing fleet New lifeboat station opens at the point »"
    page = storytexts.dump(
        storytexts.MENU,
        ["Harbour board votes to rebuild the old north pier", "3 May 2024"],
        [*storytexts.PIER[:2], row, *storytexts.PIER[2:]],
        _LIST,
        storytexts.TAIL,
    )
    body = read_text_dump(page).body
    assert "Quiet winter" not in body
    assert all(line in body for line in storytexts.PIER)
