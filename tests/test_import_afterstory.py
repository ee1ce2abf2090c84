"""Small boxes a saved page prints after its story's body stay out; the story's own parts stay in."""

from __future__ import annotations

import lxml.html

from briefkit.importer.afterstory import drop_boxes_after_story, story_body

PARAS = [
    "The town library will open its doors on Sundays from next month, the council decided on Tuesday evening.",
    "Volunteers from the reading club have offered to staff the front desk for the first three months of the trial.",
    "The council expects about two hundred visitors on an ordinary Sunday, most of them families with children.",
    "A review of the trial is planned for the spring, when the council sets next year's budget for the library.",
]


def _page(after: str, wrap: str = "{body}") -> str:
    body = "<div class='text'>" + "".join(f"<p>{p}</p>" for p in PARAS) + "</div>"
    return (
        "<html><body><header><a href='/'>Home</a></header><main><h1>Library opens on Sundays</h1>"
        + wrap.format(body=body)
        + after
        + "</main></body></html>"
    )


def _after(html: str) -> str:
    tree = lxml.html.document_fromstring(html)
    drop_boxes_after_story(tree)
    return " ".join(tree.text_content().split())


def test_a_disclaimer_and_an_app_promotion_after_the_body_are_cut() -> None:
    after = (
        "<div class='note'><p>This notice is given for information only and the site accepts no liability for it.</p></div>"
        "<section class='x'><h3>On the go</h3><p>Get our free app for the latest news on your phone.</p></section>"
    )
    text = _after(_page(after))
    assert all(p in text for p in PARAS)
    assert "no liability" not in text and "free app" not in text


def test_a_side_column_box_after_the_story_column_is_cut() -> None:
    side = "<div class='side'><div><h3>Letters</h3><p>Have the day's news sent to your inbox each evening.</p></div></div>"
    text = _after(_page(side, wrap="<div class='main'>{body}</div>"))
    assert "inbox" not in text and PARAS[-1] in text


def test_a_body_continued_after_a_picture_keeps_both_parts_and_cuts_only_the_box_after_them() -> None:
    more = "<div class='text'><p>" + PARAS[0].replace("town", "county") + "</p></div>"
    box = "<div class='card'><p>Jane Roe has covered the town hall for the paper since last spring.</p></div>"
    text = _after(_page("<figure><img src='a.jpg'></figure>" + more + box))
    assert "county library" in text and "town hall for the paper" not in text


def test_a_long_part_of_another_kind_after_the_body_carries_the_story_on() -> None:
    more = "<div class='rest'>" + "".join(f"<p>{p.replace('town', 'city')}</p>" for p in PARAS[:2]) + "</div>"
    text = _after(_page(more))
    assert "city library" in text


def test_paragraphs_each_in_a_box_of_their_own_give_no_body_and_nothing_is_cut() -> None:
    html = (
        "<html><body><main>"
        + "".join(f"<div class='para'><p>{p}</p></div>" for p in PARAS)
        + "<div class='note'><p>This notice is given for information only and no liability is accepted.</p></div>"
        "</main></body></html>"
    )
    tree = lxml.html.document_fromstring(html)
    assert story_body(tree) is None
    assert drop_boxes_after_story(tree) == 0
