"""A saved story's numbered notes and its list of sources are its apparatus, not its text."""

from __future__ import annotations

from briefkit.importer.htmlpage import read_html

STORY = [
    "The regional grid operator connected four storage plants to the network this autumn, a record for a year.",
    "Developers say the wait for a connection study still runs to two years in the busiest parts of the region.",
    "The operator has promised to publish its queue every month from the spring, in a form anyone can read.",
    "Consumer groups welcomed the promise but asked for a deadline on each study, not only on the publication.",
    "The regulator will hear the operator and the developers at a public session at the end of January.",
]


def _page(middle: str = "", tail: str = "", mark: str = "") -> str:
    paras = [f"<p>{s}</p>" for s in STORY]
    paras[1] = f"<p>{STORY[1][:-1]}{mark}.</p>"
    body = "".join(paras[:3]) + middle + "".join(paras[3:])
    return (
        "<html lang='en'><head><title>Storage plants join the grid</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/energy'>Energy</a></nav><article>"
        f"<h1>Storage plants join the grid</h1><div class='text'>{body}</div>{tail}</article>"
        "<footer><p>All rights reserved.</p></footer></body></html>"
    )


def test_the_notes_the_text_links_to_are_left_out_with_their_marks() -> None:
    mark = "<sup><a href='#n1'>1</a></sup>"
    tail = (
        "<section class='x'><h2>Notes</h2><ol><li id='n1'>Queue data as published by the operator in its "
        "autumn report, page 14.</li></ol></section>"
    )
    body = read_html(_page(tail=tail, mark=mark)).body
    assert "Queue data as published" not in body and "Notes" not in body
    assert STORY[1] in body and STORY[-1] in body


def test_a_list_under_a_sources_heading_after_the_story_is_left_out_in_each_language() -> None:
    for heading in ("Sources", "Quellen", "Fuentes", "Источники"):
        tail = (
            f"<div class='y'><h3>{heading}</h3><ul><li>Annual report of the grid operator, 2026</li>"
            "<li>Interview with the consumer group's spokesman, 3 December</li></ul></div>"
        )
        body = read_html(_page(tail=tail)).body
        assert "Annual report of the grid operator" not in body and heading not in body, heading
        assert STORY[-1] in body


def test_a_notes_list_no_link_points_to_or_a_sources_list_inside_the_story_stays() -> None:
    tips = "<h3>Notes</h3><ul><li>Two plants use second-hand batteries from buses</li><li>One plant is a school's</li></ul>"
    assert "second-hand batteries" in read_html(_page(tail=tips)).body
    middle = (
        "<h3>Sources</h3><ul><li>The operator's queue report lists 212 projects</li>"
        "<li>Half of them are solar parks with batteries</li></ul>"
    )
    assert "212 projects" in read_html(_page(middle=middle)).body
