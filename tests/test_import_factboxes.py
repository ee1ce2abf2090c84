"""A headed box of the story's own facts set among its paragraphs comes back; boxes of furniture there stay out."""

from __future__ import annotations

import lxml.html
import pytest

from briefkit.importer.factboxes import story_box
from briefkit.importer.htmlrecall import restore_dropped

_KEPT = [
    "The ferry company told the island council on Tuesday that it will change the winter timetable.",
    "Three crossings a day will be cut from November, the company's manager said at the meeting.",
    "The council will discuss the plan again at its next meeting in the old school on the hill.",
]


def _story_with_box(box: str) -> str:
    return (
        "<html><body><nav><p>Home. Islands. Ferries and weather for the coast.</p></nav><div class='body'>"
        f"<p>{_KEPT[0]}</p><p>{_KEPT[1]}</p>{box}<p>{_KEPT[2]}</p>"
        "</div><footer><p>All rights reserved by the island paper for every story.</p></footer></body></html>"
    )


def _restored(box: str) -> list[str]:
    return restore_dropped(lxml.html.document_fromstring(_story_with_box(box)), list(_KEPT))


@pytest.mark.parametrize(
    "box",
    [
        # an aside of figures under its heading, with its source line
        "<aside class='facts'><h3>Facts: the ferry line</h3><ul><li>Founded in 1952 by four fishermen.</li>"
        "<li>Six boats, two of them electric</li></ul><p>Source: the company</p></aside>",
        # a div whose heading stands in a wrapper of its own and whose list is wrapped too
        "<div class='box'><div class='box-head'><h4>Facts: the ferry line</h4></div><div class='box-body'><ul>"
        "<li>Founded in 1952 by four fishermen.</li><li>Six boats, two of them electric</li></ul></div></div>",
    ],
)
def test_a_headed_fact_box_between_the_paragraphs_comes_back_where_it_stood(box: str) -> None:
    out = _restored(box)
    assert out[:2] == _KEPT[:2]
    assert out[2:4] == [
        "## Facts: the ferry line",
        "- Founded in 1952 by four fishermen.\n- Six boats, two of them electric",
    ]
    assert out[4] == _KEPT[2]


@pytest.mark.parametrize(
    "box",
    [
        # a box of other stories: its text is link text
        "<aside><h3>More from the islands</h3><ul><li><a href='/a'>A new school opens its doors</a></li>"
        "<li><a href='/b'>The harbour wall is approved at last</a></li></ul></aside>",
        # a sign-up box: it holds a form's controls
        "<div class='signup'><h3>The island letter</h3><p>Every Friday morning, the week's news in one e-mail.</p>"
        "<input type='email'><button>Send</button></div>",
        # no heading over it: nothing says it is a box of the story's facts
        "<aside><ul><li>Founded in 1952 by four fishermen.</li><li>Six boats, two of them electric</li></ul></aside>",
    ],
)
def test_boxes_of_furniture_among_the_paragraphs_stay_out(box: str) -> None:
    assert _restored(box) == _KEPT


def test_a_fact_box_outside_the_storys_container_stays_out() -> None:
    page = _story_with_box("").replace(
        "<footer>",
        "<aside><h3>Facts: the ferry line</h3><ul><li>Founded in 1952 by four fishermen.</li>"
        "<li>Six boats, two of them electric</li></ul></aside><footer>",
    )
    out = restore_dropped(lxml.html.document_fromstring(page), list(_KEPT))
    assert out == _KEPT


def test_a_box_is_judged_by_its_structure() -> None:
    box = lxml.html.fragment_fromstring(
        "<section><h3>Key figures</h3><p>Sixty crossings a week in summer, forty in winter.</p></section>"
    )
    assert story_box(box)
    assert not story_box(lxml.html.fragment_fromstring("<nav><h3>Key figures</h3><p>Sixty crossings a week.</p></nav>"))


@pytest.mark.parametrize(
    "box",
    [
        # the writers' cards: a heading to each card, under the box's own
        "<section><h2>About the writers</h2><div><h3>Jo Hart</h3><p>Jo has covered the islands since 2009.</p></div>"
        "<div><h3>Ben Ode</h3><p>Ben writes about ferries and the weather.</p></div></section>",
        # one card with its portrait
        "<aside><h3>The writer</h3><img src='/jo.jpg' alt=''>"
        "<p>Jo Hart has covered the islands since 2009.</p></aside>",
    ],
)
def test_a_box_of_cards_is_no_fact_box(box: str) -> None:
    assert _restored(box) == _KEPT
