"""A paragraph the extractor dropped from inside the story is put back where the page had it."""

from __future__ import annotations

import lxml.html
import pytest

from briefkit.importer.htmlrecall import restore_dropped

PAGE = """<html><body>
<nav><p>Home. World. Politics. Weather and traffic for the whole region today.</p></nav>
<article>
  <p>The harbour authority closed the northern quay on Monday after divers found cracks in two pillars.</p>
  <p>Engineers will spend the coming fortnight measuring how far the damage reaches below the water line.</p>
  <p>Fishing boats have been told to moor at the southern pier until the inspection has finished.</p>
  <div class="teasers"><p>Read more: a new ferry timetable starts in spring for all the island routes.</p></div>
  <p>The quay was last rebuilt in 1998, when storms had washed away part of its outer wall.</p>
</article>
<footer><p>Copyright the harbour paper. All rights reserved for every article on this site.</p></footer>
</body></html>"""


def _blocks_without_the_middle() -> list[str]:
    return [
        "The harbour authority closed the northern quay on Monday after divers found cracks in two pillars.",
        "Engineers will spend the coming fortnight measuring how far the damage reaches below the water line.",
        "The quay was last rebuilt in 1998, when storms had washed away part of its outer wall.",
    ]


def test_a_dropped_paragraph_between_kept_ones_returns_in_page_order() -> None:
    tree = lxml.html.document_fromstring(PAGE)
    out = restore_dropped(tree, _blocks_without_the_middle())
    assert out[2] == "Fishing boats have been told to moor at the southern pier until the inspection has finished."
    assert len(out) == 4


def test_nothing_outside_the_story_or_in_a_box_of_its_own_is_added() -> None:
    tree = lxml.html.document_fromstring(PAGE)
    text = "\n".join(restore_dropped(tree, _blocks_without_the_middle()))
    assert "ferry timetable" not in text  # a teaser box inside the story: not a sibling of its paragraphs
    assert "Weather and traffic" not in text  # before the story's first kept paragraph
    assert "All rights reserved" not in text  # after its last


def test_a_story_the_page_does_not_show_is_left_alone() -> None:
    tree = lxml.html.document_fromstring("<html><body><p>Something else entirely, written here.</p></body></html>")
    blocks = _blocks_without_the_middle()
    assert restore_dropped(tree, blocks) == blocks


@pytest.mark.parametrize(
    "box",
    [
        "<p class='article-lead'>{lead}</p>",  # its own element, named for it
        "<div class='chapo wide'><div><p>{lead}</p></div></div>",  # a box two levels up, named in French
    ],
)
def test_a_lead_printed_above_the_story_is_kept(box: str) -> None:
    from briefkit.importer.htmlpage import read_html

    para = (
        "<p>The council met on a wet morning and agreed the new harbour wall after a long debate about costs "
        "and the tides.</p>"
    )
    lead = "After ten years of storms the town finally agreed to build a wall that should protect the old harbour."
    html = (
        "<!doctype html><html><head><title>Harbour wall approved</title></head><body><nav><a href='/'>Home</a></nav>"
        "<div class='header'><h1>Harbour wall approved</h1>" + box.format(lead=lead) + "</div>"
        "<div class='share'>Share</div><article>"
        + para * 3
        + "<p>The work starts in spring and is expected to take two full years, the mayor said at the meeting.</p>"
        + para * 2
        + "</article><footer>Contact</footer></body></html>"
    )
    body = read_html(html).body
    assert body.startswith(lead)
    assert body.count(lead) == 1


def _page_with_lead(lead_box: str, story: str, crumbs: str = "") -> str:
    return (
        "<!doctype html><html><head><title>Harbour wall approved</title></head><body><nav><a href='/'>Home</a></nav>"
        f"{crumbs}<div class='header'><h1>Harbour wall approved</h1>{lead_box}</div>"
        f"<div class='share'>Share</div><article>{story}</article><footer>Contact</footer></body></html>"
    )


LEAD = "After ten years of storms the town finally agreed to build a wall that should protect the old harbour."
PARA = (
    "<p>The council met on a wet morning and agreed the new harbour wall after a long debate about costs "
    "and the tides.</p>"
)


def test_a_lead_is_kept_when_the_headline_also_stands_in_the_breadcrumbs_above_it() -> None:
    from briefkit.importer.htmlpage import read_html

    crumbs = "<nav class='crumbs'><ol><li><a href='/'>Start</a></li><li>Harbour wall approved</li></ol></nav>"
    story = PARA * 3 + "<p>The work starts in spring and is expected to take two years, the mayor said.</p>"
    html = (
        "<!doctype html><html><head><title>Harbour wall approved</title></head><body><nav><a href='/'>Home</a></nav>"
        f"<article>{crumbs}<div class='intro'><h1>Harbour wall approved</h1><div class='date'>25 January 2022</div>"
        f"<div class='teaser-text'><p>{LEAD}</p></div></div><div class='content text'>{story}</div></article>"
        "<footer>Contact</footer></body></html>"
    )
    body = read_html(html).body
    assert LEAD in body and body.index(LEAD) < body.index("The council met")


def test_a_lead_is_kept_above_a_story_printed_as_one_paragraph() -> None:
    from briefkit.importer.htmlpage import read_html

    story = "<p>" + " ".join(["The council met on a wet morning and agreed the new wall after a debate."] * 8) + "</p>"
    body = read_html(_page_with_lead(f"<div class='teaser-text'><p>{LEAD}</p></div>", story)).body
    assert body.startswith(LEAD)


@pytest.mark.parametrize(
    ("page", "sentence"),
    [
        ("d085.html.gz", "Der integrierte Anti-Keylogger und"),  # text after a figure
        ("d214.html.gz", "1997 Medientechnik-Studium"),  # a paragraph of bold runs
    ],
)
def test_text_trafilatura_drops_with_formatting_on_is_kept(page: str, sentence: str) -> None:
    # two real pages (read from ../shared, never copied here) where trafilatura, asked for bold and
    # italics, loses a paragraph it keeps without them
    import gzip

    import realimports

    pytest.importorskip("trafilatura")
    path = realimports.SHARED / "realpages" / page
    if not path.is_file():
        pytest.skip("../shared/realpages is not here")
    from briefkit.importer.htmlpage import read_html
    from briefkit.importer.sources import decode

    article = read_html(decode(gzip.decompress(path.read_bytes()), html=True))
    assert sentence in article.body.replace("*", "")


def test_the_dated_headline_other_stories_titles_and_a_picture_credit_leave_the_story() -> None:
    from briefkit.importer.htmlpage import read_html

    para = "The council met on a wet morning and agreed the new harbour wall after a long debate in the town hall."
    html = (
        "<html lang='en'><head><title>Harbour wall approved</title></head><body><article>"
        "<h2>05.03.2023Harbour wall approved</h2>"
        + "".join(f"<p>{para} It was vote number {n}.</p>" for n in range(5))
        + "<p>Titelbild: Jane Roe / Example Agency</p>"
        "<h3>Ferry timetable changes for the winter</h3><h3>New school opens in the old mill</h3>"
        "</article></body></html>"
    )
    body = read_html(html).body
    assert "It was vote number 4." in body
    for furniture in ("05.03.2023", "Titelbild", "Ferry timetable", "old mill"):
        assert furniture not in body


def _story_with_box(box: str) -> str:
    para = "<p>The ferry company told the island council on Tuesday that it will change the winter timetable.</p>"
    return (
        "<html><body><nav><p>Home. Islands. Ferries and weather for the coast.</p></nav><div class='body'>"
        + para
        + "<p>Three crossings a day will be cut from November, the company's manager said at the meeting.</p>"
        + box
        + "<p>The council will discuss the plan again at its next meeting in the old school on the hill.</p>"
        "</div><footer><p>All rights reserved by the island paper for every story.</p></footer></body></html>"
    )


_KEPT = [
    "The ferry company told the island council on Tuesday that it will change the winter timetable.",
    "Three crossings a day will be cut from November, the company's manager said at the meeting.",
    "The council will discuss the plan again at its next meeting in the old school on the hill.",
]


def test_a_list_between_the_kept_paragraphs_returns_whole_with_its_heading() -> None:
    box = (
        "<h3>The crossings that go</h3><ol><li>North harbour, early morning</li><li>South pier, noon</li>"
        "<li>Lighthouse bay (the last boat of the day)</li></ol>"
    )
    out = restore_dropped(lxml.html.document_fromstring(_story_with_box(box)), list(_KEPT))
    assert out[2:4] == [
        "## The crossings that go",
        "1. North harbour, early morning\n2. South pier, noon\n3. Lighthouse bay (the last boat of the day)",
    ]
    assert out[4] == _KEPT[2]


def test_a_list_of_links_between_the_kept_paragraphs_stays_out() -> None:
    box = (
        "<h3>More from the islands</h3><ul><li><a href='/a'>New school opens</a></li>"
        "<li><a href='/b'>Harbour wall approved</a></li><li><a href='/c'>Storm closes the bridge</a></li></ul>"
    )
    out = restore_dropped(lxml.html.document_fromstring(_story_with_box(box)), list(_KEPT))
    assert out == _KEPT


def test_an_index_of_the_sites_pages_stays_out_when_each_link_is_wrapped() -> None:
    box = (
        "<h3>Our services around tree surveys</h3><ul>"
        "<li><span class='read'><a href='/a'>Tree surveys</a> (this page)</span></li>"
        "<li><span class='read'><a href='/b'>Valuing hedges</a> by the standard method</span></li>"
        "<li><span class='read'><a href='/c'>Oak</a> a description of the tree</span></li></ul>"
    )
    out = restore_dropped(lxml.html.document_fromstring(_story_with_box(box)), list(_KEPT))
    assert out == _KEPT


_RUNS = (
    "<html><body><table><tr><td><a href='/'>Home</a><br><ul><li><a href='/a'>News</a></li>"
    "<li><a href='/b'>Sport</a></li></ul></td>"
    "<td>The mill on the river reopened on Saturday after two years of repairs to its wheel.<br><br>"
    "Visitors can see flour ground in three ways:<br><ul><li>By hand, with a quern</li><li>By the water wheel</li>"
    "<li>By a small electric motor</li></ul>The mill is open every weekend until the end of October this year.<br><br>"
    "Entry is free for children under twelve, the volunteers who run the mill said on Saturday.</td></tr></table>"
    "</body></html>"
)
_RUN_BLOCKS = [
    "The mill on the river reopened on Saturday after two years of repairs to its wheel.",
    "Visitors can see flour ground in three ways:",
    "The mill is open every weekend until the end of October this year.",
    "Entry is free for children under twelve, the volunteers who run the mill said on Saturday.",
]


def test_a_list_between_the_runs_of_a_story_printed_as_bare_text_comes_back() -> None:
    out = restore_dropped(lxml.html.document_fromstring(_RUNS), list(_RUN_BLOCKS))
    assert out[:2] == _RUN_BLOCKS[:2]
    assert out[2] == "- By hand, with a quern\n- By the water wheel\n- By a small electric motor"
    assert out[3:] == _RUN_BLOCKS[2:]
    assert "Sport" not in "\n".join(out)  # the menu's list stands among no story text


def test_a_list_the_extractor_kept_between_the_runs_is_not_printed_twice() -> None:
    kept = [
        *_RUN_BLOCKS[:2],
        "- By hand, with a quern\n- By the water wheel\n- By a small electric motor",
        *_RUN_BLOCKS[2:],
    ]
    assert restore_dropped(lxml.html.document_fromstring(_RUNS), list(kept)) == kept


def test_a_list_of_links_between_the_runs_stays_out() -> None:
    page = _RUNS.replace(
        "<li>By hand, with a quern</li><li>By the water wheel</li>",
        "<li><a href='/q'>The quern, explained</a></li><li><a href='/w'>How the wheel turns</a></li>",
    )
    out = restore_dropped(lxml.html.document_fromstring(page), list(_RUN_BLOCKS))
    assert out == _RUN_BLOCKS
