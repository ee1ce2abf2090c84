"""Boxes set between a saved story's paragraphs that point to other stories, and what stays."""

from __future__ import annotations

from briefkit.importer.htmlpage import read_html

STORY = [
    "The ferry company added a second boat to the island route on Monday after a summer of long queues.",
    "Islanders had waited up to three hours at the harbour during the busiest weeks of August this year.",
    "The new boat carries forty cars and will sail every two hours until the end of the autumn holidays.",
    "The harbour master said the pier could take both boats at once once the dredging work is finished.",
    "Fares stay the same for residents, while visitors will pay two pounds more for a return ticket.",
]


def _page(middle: str) -> str:
    paras = "".join(f"<p>{s}</p>" for s in STORY[:3]) + middle + "".join(f"<p>{s}</p>" for s in STORY[3:])
    return (
        "<html lang='en'><head><title>A second ferry for the island</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article>"
        f"<h1>A second ferry for the island</h1><div class='body'>{paras}</div></article>"
        "<footer><p>All rights reserved.</p></footer></body></html>"
    )


def test_a_label_and_one_headline_link_set_into_the_story_are_left_out_whatever_the_label() -> None:
    for box in (
        "<div class='x'><b>TOP IN THE REGION</b><a href='/n/9'>Coastal path reopens after the spring landslip</a></div>",
        "<div class='y'><span>Sur le même sujet</span> <a>Le port de pêche accueille un nouveau chalutier</a></div>",
        "<div class='z'>Noticia relacionada <a>El puerto estrena una grúa para los barcos de pesca</a></div>",
    ):
        body = read_html(_page(box)).body
        assert "Coastal path" not in body and "nouveau chalutier" not in body and "grúa" not in body, box
        assert "TOP IN" not in body and "même sujet" not in body and "relacionada" not in body, box
        assert STORY[2] in body and STORY[3] in body


def test_a_headline_link_alone_or_in_its_own_paragraph_under_a_label_is_a_pointer() -> None:
    for box in (
        "<div class='t'><a href='/n/4'>Harbour dredging will start in the first week of March</a></div>",
        "<div class='t'><p>Read next</p><p><a href='/n/5'>Harbour dredging will start in March</a></p></div>",
        "<div class='t'><h4>More news</h4><ul><li><a href='/n/6'>Harbour dredging will start in March</a></li></ul>"
        "<time>3 March</time></div>",
    ):
        body = read_html(_page(box)).body
        assert "dredging will start" not in body and STORY[2] in body and STORY[3] in body, box


def test_a_paragraph_of_a_bold_label_and_a_headline_link_is_a_pointer_but_a_sentence_with_a_link_stays() -> None:
    pointer = "<p><strong>Top of the week</strong> <a href='/n/7'>Harbour dredging will start in March</a></p>"
    body = read_html(_page(pointer)).body
    assert "dredging will start" not in body and STORY[3] in body
    sentence = "<p>According to <a href='/r'>the council's latest report on the harbour works</a></p>"
    assert "latest report on the harbour" in read_html(_page(sentence)).body


def test_a_short_link_alone_stays_for_the_other_rules_to_judge() -> None:
    body = read_html(_page("<div class='t'><a href='/map'>Harbour map</a></div>")).body
    assert STORY[3] in body


def test_a_related_label_over_a_list_of_unlinked_headlines_is_left_out() -> None:
    box = (
        "<h2>Neue Fähren</h2><div class='box'><b>Mehr zum Thema</b> <ul><li>Reederei bestellt zwei neue Fähren</li>"
        "<li>Inselbewohner klagen über lange Wartezeiten am Hafen</li></ul></div>"
        "<table><tr><th>Jahr</th><th>Fahrgäste</th></tr><tr><td>2025</td><td>41.000</td></tr></table>"
    )
    body = read_html(_page(box)).body
    assert "Reederei bestellt" not in body and "Wartezeiten" not in body and STORY[3] in body


def test_a_box_of_the_story_own_data_or_a_link_inside_a_sentence_stays() -> None:
    facts = "<div class='box'><b>The new boat</b><ul><li>Length: 62 metres</li><li>Cars: 40</li></ul></div>"
    body = read_html(_page(facts)).body
    assert "Length: 62 metres" in body
    told = "<div class='note'><b>Note</b> <a href='/t'>Harbour works start in May</a> and run for a year</div>"
    assert "Harbour works start" in read_html(_page(told)).body


def test_a_paragraph_closed_by_the_wire_it_was_written_with_is_no_caption() -> None:
    last = "The company plans a third boat for the route if the numbers keep growing next summer. (with Reuters)"
    page = _page("").replace(f"<p>{STORY[-1]}</p>", f"<p>{STORY[-1]}</p><p>{last}</p>")
    article = read_html(page)
    assert "plans a third boat" in article.body
    assert not any("third boat" in image.caption for image in article.images)
