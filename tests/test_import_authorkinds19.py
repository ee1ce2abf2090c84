"""Saved pages whose writer loses to a weaker name: a CMS's default account in the author field, a
photographer's credit in a caption box, a desk's byline over the reporters the story's closing line
credits, an agency signing under the last paragraph, an official linked under a speech's title, a
forum poster's login, a writer's box under the story.

Small pages written for these tests, each with one of those shapes.
"""

from __future__ import annotations

from briefkit.importer.htmlpage import read_html

PROSE = " ".join(["The valley's new footbridge opened on Saturday after two years of work and a long argument."] * 3)


def page(head: str, body: str, title: str = "Footbridge opens in the valley") -> str:
    return (
        f"<!doctype html><html><head><title>{title} | Valley Courier</title>{head}</head><body>"
        f"<header><a href='/'>Valley Courier</a></header><main><article><h1>{title}</h1>{body}"
        "</article></main><footer><p>Valley Courier, all rights reserved</p></footer></body></html>"
    )


def paragraphs(n: int = 4) -> str:
    return "".join(f"<p>{PROSE}</p>" for _ in range(n))


def old_layout(head: str, byline: str) -> str:
    """A portal of tables: the headline a cell's text, no h1, the byline a small span over the date."""
    return (
        f"<!doctype html><html><head><title>Footbridge opens - Valley Club</title>{head}</head><body><table>"
        "<tr><td class='heading'>Footbridge opens in the valley</td></tr>"
        f"<tr><td><span class='small'>{byline}</span></td></tr><tr><td class='createdate'>lunes, 15 de marzo de 2021</td></tr>"
        f"<tr><td>{paragraphs()}</td></tr></table></body></html>"
    )


def test_a_cms_default_account_gives_way_to_the_printed_writer() -> None:
    for account in ("Super User", "Site Admin", "Web Administrator"):
        html = old_layout(f'<meta name="author" content="{account}">', "Escrito por Marta Quiroga Vidal")
        assert read_html(html).authors == ("Marta Quiroga Vidal",), account


def test_a_default_account_alone_is_still_kept() -> None:
    # no other place names anyone: the account stays the last resort it always was
    assert read_html(old_layout('<meta name="author" content="Super User">', "")).authors == ("Super User",)


def test_a_surname_that_is_a_word_is_still_a_name() -> None:
    html = page('<meta name="author" content="Tom Webster">', paragraphs())
    assert read_html(html).authors == ("Tom Webster",)


def test_a_photographer_credited_in_a_caption_box_is_not_the_writer() -> None:
    # the caption is a div its class names ("pie" de foto, "légende", "caption"), not a <figcaption>
    for caption in ("pie", "photo-legende", "image-caption", "didascalia"):
        html = page(
            "",
            "<div class='firma'><span class='autor'>Agencia Norte</span> | <span>Valletown</span></div>"
            f"<div class='foto'><img src='/bridge.jpg' alt=''><div class='{caption}'>The footbridge at dusk. "
            "<span class='autor-foto'>Rui Calado / Agencia Norte</span></div></div>" + paragraphs(),
        )
        assert read_html(html).authors == ("Agencia Norte",), caption


def test_a_portrait_captioned_with_the_name_alone_is_still_the_writer() -> None:
    html = page(
        "",
        "<div class='author-card'><img src='/roe.jpg' alt=''><div class='caption'><span class='author'>"
        "Nadia Ferreira Lopes</span></div></div>" + paragraphs(),
    )
    assert read_html(html).authors == ("Nadia Ferreira Lopes",)


def test_the_closing_credit_names_the_reporters_under_a_desk_byline() -> None:
    head = '<meta name="author" content="Courier Staff">'
    credit = (
        "<p class='credit'>Reporting by Oskar Lindqvist and Amara Obi in Geneva; Additional reporting by Dev Rao "
        "in Delhi; Editing by Clara Moss</p>"
    )
    assert read_html(page(head, paragraphs() + credit)).authors == ("Oskar Lindqvist", "Amara Obi")
    spanish = "<p>Información de Lucía Ferrán; editado por Tomás Oyarzún</p>"
    assert read_html(page(head, paragraphs() + spanish)).authors == ("Lucía Ferrán",)


def test_a_printed_byline_still_beats_the_closing_credit() -> None:
    byline = "<p class='byline'>By Hannah Steele</p>"
    credit = "<p>Reporting by Oskar Lindqvist; Editing by Clara Moss</p>"
    assert read_html(page("", byline + paragraphs() + credit)).authors == ("Hannah Steele",)


def test_a_credit_of_helpers_only_names_no_writer() -> None:
    head = '<meta name="author" content="Courier Staff">'
    helpers = "<p>Additional reporting by Dev Rao; Editing by Clara Moss</p>"
    assert read_html(page(head, paragraphs() + helpers)).authors == ("Courier Staff",)
    # the credit inside the story, prose after it, is not its close
    inside = "<p>Reporting by Oskar Lindqvist; Editing by Clara Moss and a long list of others at the desk.</p>"
    assert read_html(page(head, paragraphs(2) + inside + paragraphs(2))).authors == ("Courier Staff",)


def test_an_agency_alone_under_the_last_paragraph_signs_the_story() -> None:
    html = page('<meta name="author" content="">', paragraphs() + "<p class='sig'>AFP</p><div>Share this story</div>")
    assert read_html(html).authors == ("AFP",)


def test_an_agency_named_in_a_short_line_inside_the_story_does_not() -> None:
    html = page('<meta name="author" content="Lena Hoffmann">', paragraphs(2) + "<p>Reuters</p>" + paragraphs(2))
    assert read_html(html).authors == ("Lena Hoffmann",)


def speech(line: str) -> str:
    return (
        "<!doctype html><html><head><title>Prices and the policy rate | Central Bank</title></head><body>"
        "<header><a href='/'>Central Bank</a></header><main><span>Speech</span><h1>Prices and the policy rate</h1>"
        f"<div class='meta'>{line}<p>Autumn meeting, Port Ellis</p><p>Published 3 October 2022</p></div>"
        f"{paragraphs()}</main></body></html>"
    )


def test_a_speaker_named_after_the_office_under_the_title_is_the_author() -> None:
    for line, name in (
        ("<p><a href='/about/board/ines-halvorsen/'>Deputy Governor Ines Halvorsen</a></p>", "Ines Halvorsen"),
        (
            "<p><a href='/ministerium/leitung/karl-otto-brenner'>Staatssekretär Karl Otto Brenner</a></p>",
            "Karl Otto Brenner",
        ),
    ):
        assert read_html(speech(line)).authors == (name,)


def test_an_office_linked_elsewhere_in_a_sentence_names_no_author() -> None:
    line = "<p>Read the speech by <a href='/about/board/ines-halvorsen/'>Deputy Governor Ines Halvorsen</a></p>"
    assert read_html(speech(line)).authors == ()


def test_a_thread_opener_linked_to_a_short_user_address_is_the_author() -> None:
    post = (
        "<div class='post'><div class='meta'><span class='names'><a href='/u/{0}' class='username'>{0}</a></span> "
        "<span class='when'>3 Feb 2023</span></div><div class='cooked'><p>{1}</p></div></div>"
    )
    html = (
        "<!doctype html><html><head><title>Night buses cut? - Town Talk Forum</title></head><body>"
        "<div id='topic-title'><h1><a href='/t/night-buses/77'>Night buses cut?</a></h1></div>"
        + post.format("harbourwatcher", PROSE)
        + post.format("pia_r", "Thanks for the summary, very useful.")
        + "</body></html>"
    )
    assert read_html(html).authors == ("harbourwatcher",)


def test_a_bare_name_beside_the_date_under_the_headline_is_the_byline() -> None:
    node = (
        "<div class='node'><div class='submitted'><span class='field-x'>Orla Ní Mhurchú</span> "
        f"<span class='date-one'>Tuesday, 14 March 2023</span></div><div class='body'>{paragraphs()}</div></div>"
    )
    assert read_html(page("", node)).authors == ("Orla Ní Mhurchú",)


def test_a_name_beside_a_date_in_a_reader_thread_is_not() -> None:
    thread = (
        "<div class='comments'><div class='c'><span>Pat Keane</span> <span>15 March 2023</span></div>"
        "<p>Grand news.</p></div>"
    )
    head = '<meta name="author" content="Courier Staff">'
    assert read_html(page(head, paragraphs() + thread)).authors == ("Courier Staff",)


def test_a_writer_box_under_the_story_names_its_writer() -> None:
    box = (
        "<section class='writer-card'><img src='/w.jpg' alt=''><div><h4>Yusuf Adeyemi Clarke</h4>"
        "<p>Yusuf Adeyemi Clarke is a freelance reporter who covers rivers and local councils.</p></div></section>"
    )
    head = '<meta name="author" content="Valley Courier">'
    assert read_html(page(head, paragraphs() + box)).authors == ("Yusuf Adeyemi Clarke",)
    # a printed byline by the headline still names the writer; the box may be a guest's
    byline = "<p class='byline'>By Hannah Steele</p>"
    assert read_html(page(head, byline + paragraphs() + box)).authors == ("Hannah Steele",)


def test_a_heading_over_a_paragraph_not_opening_with_it_is_no_writer_box() -> None:
    box = "<h3>Yusuf Adeyemi Clarke</h3><p>The council's chair answered questions for an hour.</p>"
    assert read_html(page('<meta name="author" content="Valley Courier">', paragraphs() + box)).authors == (
        "Valley Courier",
    )
