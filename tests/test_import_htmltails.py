"""What a saved page prints under its story (readers' comments, form boxes) stays out of the body."""

from __future__ import annotations

import lxml.html
import pytest

import storytexts
from briefkit.importer.htmlpage import read_html
from briefkit.importer.commentthreads import drop_comment_threads
from briefkit.importer.htmltails import drop_form_boxes, drop_headed_furniture_boxes

STORY = storytexts.LIBRARY


def _page(after: str = "", before: str = "", lang: str = "en") -> str:
    paras = "".join(f"<p>{s}</p>" for s in STORY)
    return (
        f"<html lang='{lang}'><head><title>Library opens on Sundays</title></head><body>"
        f"<div class='top'>{before}</div><div class='col'><h1>Library opens on Sundays</h1>{paras}{after}</div>"
        "</body></html>"
    )


def test_a_comment_thread_under_a_heading_in_another_language_is_left_out() -> None:
    thread = (
        "<div class='x'><h3>4 comentarios</h3>"
        "<div><strong>vecina_22</strong> <em>12/03/2024 - 10:15</em>"
        "<p>Por fin una buena noticia para el barrio.</p></div>"
        "<div><strong>Juan M.</strong> <em>12/03/2024 - 11:40</em>"
        "<p>Habrá que ver si dura más de un año.</p></div></div>"
    )
    body = read_html(_page(thread, lang="es")).body
    assert STORY[-1] in body
    assert "buena noticia" not in body and "dure" not in body and "más de un año" not in body


def test_a_comment_thread_in_a_font_tag_layout_is_cut_from_its_heading_on() -> None:
    thread = (
        "<br><font size='2'><b>Reader Comments</b></font><br>"
        "<font size='1'><b>lakeside</b> wrote on 3/2/2009 9:10 AM:<br>About time somebody listened.</font>"
    )
    tree = lxml.html.document_fromstring(_page(thread))
    drop_comment_threads(tree)
    text = tree.text_content()
    assert all(s in text for s in STORY)
    assert "somebody listened" not in text and "lakeside" not in text


@pytest.mark.parametrize(
    "heading",
    ["Yorumlar (2)", "Komentarze 2", "Σχόλια (2)", "Коментарі (2)", "Diskuse (2 příspěvky)", "Discussion (2 posts)"],
)
def test_a_counted_comment_heading_in_the_further_languages_opens_a_thread(heading: str) -> None:
    thread = (
        f"<div class='x'><h3>{heading}</h3>"
        "<div><b>reader_7</b> <span>12.03.2024 10:15</span><p>A line a reader wrote under the story.</p></div>"
        "<div><b>M. K.</b> <span>12.03.2024 11:40</span><p>Another reader answered with a second line.</p></div></div>"
    )
    tree = lxml.html.document_fromstring(_page(thread))
    drop_comment_threads(tree)
    text = tree.text_content()
    assert all(s in text for s in STORY)
    assert "a reader wrote" not in text and "second line" not in text


def test_a_comment_count_above_the_story_leaves_the_story_alone() -> None:
    tree = lxml.html.document_fromstring(_page(before="<p><b>12 comments</b></p>"))
    drop_comment_threads(tree)
    text = tree.text_content()
    assert all(s in text for s in STORY)


def test_a_subheading_that_is_no_comment_count_stays() -> None:
    middle = "<h2>Comment from the council</h2><p>The mayor said the library is the town's living room.</p>"
    tree = lxml.html.document_fromstring(_page(middle))
    drop_comment_threads(tree)
    assert "living room" in tree.text_content()


def test_a_sign_up_box_with_an_email_field_is_left_out() -> None:
    box = "<div><h3>Our weekly letter</h3><p>Every Friday, the week's news in your inbox.</p><input type='email'></div>"
    tree = lxml.html.document_fromstring(_page(box))
    drop_form_boxes(tree)
    text = tree.text_content()
    assert all(s in text for s in STORY)
    assert "Every Friday" not in text and "weekly letter" not in text


def test_a_poll_beside_the_story_is_left_out_and_a_long_text_with_a_field_stays() -> None:
    poll = (
        "<b>Poll</b><br>Should the town keep the library open late?<br><input type='radio'> Yes<input type='radio'> No"
    )
    tree = lxml.html.document_fromstring(_page(before=poll))
    drop_form_boxes(tree)
    text = tree.text_content()
    assert "keep the library open late" not in text
    assert all(s in text for s in STORY)
    tree = lxml.html.document_fromstring(_page(after="<input type='text'>"))
    drop_form_boxes(tree)
    assert all(s in tree.text_content() for s in STORY)


def test_a_button_alone_makes_no_form_box() -> None:
    tree = lxml.html.document_fromstring(_page(before="<p>Share this page <button>Send</button></p>"))
    drop_form_boxes(tree)
    assert "Share this page" in tree.text_content()


MORE = [
    "The reading club meets in the back room every second Sunday and welcomes new members of any age.",
    "A small café corner with coffee and cake will be run by the parents' association on those days.",
    "The library's director hopes the longer hours bring back readers who work during the week.",
]


def _table_page(side: str, top: str) -> str:
    story = "".join(f"{s}<br><br>" for s in STORY + MORE)
    return (
        "<html lang='en'><head><title>Library opens on Sundays</title></head><body>"
        f"<table width='780'><tr><td colspan='2'><p>{top}</p></td></tr>"
        "<tr><td><font size='5'><b>Library opens on Sundays</b></font><br>"
        f"<font size='3'>{story}</font><p>End of story.</p></td>"
        f"<td width='150'><font size='2'><b>Top Stories</b><br>{side}</font></td></tr></table></body></html>"
    )


def test_a_table_laid_out_page_keeps_the_story_cell_not_its_side_column() -> None:
    side = "<p>Bus station gets new roof before winter (3/16/2009)</p><p>Ferry timetable changes in May</p>"
    top = "The town's paper since the year the railway came, printed every Tuesday and Friday."
    body = read_html(_table_page(side, top)).body
    assert all(s in body for s in STORY)
    assert "Bus station" not in body and "Ferry timetable" not in body


def test_the_frame_of_a_table_layout_goes_only_when_one_cell_holds_the_story() -> None:
    from lxml import etree

    from briefkit.importer.htmllayout import drop_layout_frame

    def xml(cells: str) -> etree._Element:
        return etree.fromstring(f"<main><table><row>{cells}</row></table></main>")

    long = " ".join(STORY + MORE)
    main = xml(f"<cell><p>{long}</p></cell><cell><p>Side column words.</p></cell>")
    drop_layout_frame(main)
    assert "Side column" not in "".join(main.itertext()) and STORY[0] in "".join(main.itertext())
    halves = xml(f"<cell><p>{' '.join(STORY + MORE[:1])}</p></cell><cell><p>{' '.join(STORY[3:] + MORE)}</p></cell>")
    drop_layout_frame(halves)
    assert all(s in "".join(halves.itertext()) for s in STORY)


def test_a_list_of_other_stories_with_their_dates_is_left_out() -> None:
    items = "".join(
        f"<li><a href='/n/{n}'>{t}</a> {d}</li>"
        for n, (t, d) in enumerate(
            [
                ("Swimming pool closes for a month of repairs", "02.06.2024"),
                ("New cycle lane along the canal is finished", "(3/14/2009)"),
                ("Market square gets more benches", "vor 5 Tagen"),
            ]
        )
    )
    body = read_html(_page(f"<ul>{items}</ul>")).body
    assert STORY[-1] in body
    assert "Swimming pool" not in body and "cycle lane" not in body and "benches" not in body


def test_a_list_whose_links_run_on_into_words_is_no_teaser_list() -> None:
    from lxml import etree

    from briefkit.importer.teaserlinks import _teaser_list

    def items(*tails: str) -> etree._Element:
        return etree.fromstring(
            "<list>"
            + "".join(f"<item><ref target='/{n}'>A title</ref> {t}</item>" for n, t in enumerate(tails))
            + "</list>"
        )

    assert _teaser_list(items("12.05.2024", "(3/14/2009)", "2 uur geleden"))
    assert not _teaser_list(items("meets on the first Sunday.", "opens at two in the afternoon."))
    assert not _teaser_list(items("since 12.05.2024 the rules have changed for everyone in town.", "12.05.2024"))


def test_a_note_on_the_columnist_under_the_column_is_left_out() -> None:
    meta = "<meta name='author' content='Hedda Vormann'>"
    note = (
        "<div><h3>About Hedda Vormann</h3><p>Hedda Vormann (1971) is a retired teacher and writes "
        "about village life every other week.</p></div>"
    )
    page = _page(note).replace("<head>", f"<head>{meta}")
    body = read_html(page).body
    assert STORY[-1] in body
    assert "retired teacher" not in body and "About Hedda" not in body


def test_a_sentence_of_the_story_about_someone_else_stays() -> None:
    last = "<p>Hedda Vormann (1971) is the head of the reading club and will open the doors at two.</p>"
    page = _page(last).replace("<head>", "<head><meta name='author' content='Jon Barlow'>")
    assert "head of the reading club" in read_html(page).body


def test_a_closing_box_of_data_or_of_a_request_to_the_reader_is_left_out() -> None:
    from briefkit.importer.htmltails import without_closing_box

    story = [*STORY, *MORE]
    assert without_closing_box([*story, "## Chemists open tonight", "Northgate: Park Chemist, 4 Mill Lane"]) == story
    assert without_closing_box([*story, "## Press office", "Telephone 020 000 0000, press@example.org"]) == story
    tip = "Did you see it happen? Send your photos to the newsroom."
    assert without_closing_box([*story, "### Seen something?", tip]) == story


def test_a_last_section_written_in_sentences_stays() -> None:
    from briefkit.importer.htmltails import without_closing_box

    story = [*STORY, *MORE]
    ending = [*story, "## What comes next", "Our volunteers will paint the reading room in August."]
    assert without_closing_box(ending) == ending
    cut = [*story, "## The rooms", "The back room and the reading room open on Sundays, the archive and the study"]
    assert without_closing_box(cut) == cut  # a sentence of the story whose end the page lost
    short = ["## Opening", "Sundays, two to six"]
    assert without_closing_box(short) == short  # no story above it: nothing to close


def test_a_short_box_ending_in_a_button_is_left_out() -> None:
    from briefkit.importer.htmltails import drop_button_boxes

    box = (
        "<div><div>Keep the library open</div><div>A small monthly gift pays for the Sunday heating.</div>"
        "<a href='/give'>Give now</a></div>"
    )
    tree = lxml.html.document_fromstring(_page(box))
    drop_button_boxes(tree)
    text = tree.text_content()
    assert all(s in text for s in STORY)
    assert "monthly gift" not in text and "Give now" not in text


def test_a_paragraph_with_a_link_in_its_sentence_is_no_button_box() -> None:
    from briefkit.importer.htmltails import drop_button_boxes

    para = "<div><p>The timetable is on the council's page.</p><p>It lists <a href='/t'>all hours</a></p></div>"
    long = f"<div><p>{STORY[0]} {STORY[1]}</p><p>{STORY[2]}</p><a href='/more'>More</a></div>"
    tree = lxml.html.document_fromstring(_page(para + long))
    drop_button_boxes(tree)
    text = tree.text_content()
    assert "timetable is on the council" in text and STORY[2] in text


def test_a_list_of_dated_titles_without_links_is_a_box_of_other_stories() -> None:
    # the site printed its other stories as plain text: each line a title with the day or hour it went up
    box = (
        "<div><h3>From the newsroom</h3><ul><li>04.11.2024 · Bus lanes on the ring road</li>"
        "<li>Schools close early for the storm (09:45)</li><li>New mayor sworn in</li></ul></div>"
    )
    body = read_html(_page(after=box)).body
    assert STORY[-1] in body
    assert "Bus lanes" not in body and "Schools close" not in body and "New mayor" not in body


def test_a_list_of_facts_without_dates_is_the_storys_own() -> None:
    from lxml import etree

    from briefkit.importer.teaserlinks import _dated_list

    def items(*lines: str) -> etree._Element:
        return etree.fromstring("<list>" + "".join(f"<item>{t}</item>" for t in lines) + "</list>")

    assert _dated_list(items("Ferry cancelled in the gale (10:12)", "Harbour: dredging to start – 3 days ago"))
    assert not _dated_list(items("Two new pumps", "A higher wall", "A gate at the mill (1998)"))
    assert not _dated_list(items("12.05.2024 – the council voted for the plan, and work began.", "Gates open (10:12)"))


def test_a_heading_and_a_line_after_the_other_stories_box_go_with_it() -> None:
    from lxml import etree

    from briefkit.importer.teaserlinks import drop_teaser_links

    def main(after: str) -> etree._Element:
        root = etree.fromstring(
            f"<main><p>{STORY[0]}</p><head>Read next</head><list><item>Bridge repairs start – 12/02/2025</item>"
            f"<item>Harbour dredging – 2 weeks ago</item></list>{after}</main>"
        )
        drop_teaser_links(root)
        return root

    boxed = main("<head>Get our letter</head><p>Walks, maps and news every Friday.</p>")
    assert [el.tag for el in boxed] == ["p"]
    more_story = main(f"<head>What comes next</head><p>{STORY[1]} {STORY[2]}</p>")
    assert [el.tag for el in more_story] == ["p", "head", "p"]


def test_a_box_opened_by_an_advertisements_label_goes_with_its_copy() -> None:
    ad = "<div class='x'><small>Anzeige</small><p>Bienenfutter direkt vom Hersteller – jetzt Rabatt sichern!</p></div>"
    body = read_html(_page(after=ad)).body
    assert "Bienenfutter" not in body and "Anzeige" not in body
    assert STORY[0] in body and STORY[-1] in body
    # a story's paragraph that speaks of an advertisement is no box of one
    own = "<p>Advertisement boards along the road were taken down by the council last spring.</p>"
    assert "Advertisement boards" in read_html(_page(after=own)).body


def test_a_box_s_first_line_is_counted_as_its_lines_read_it() -> None:
    """`_opens_short` (the cheap test before an author box's lines are read) says what `_box_lines` says."""
    from briefkit.importer import htmltails

    page = lxml.html.document_fromstring(
        "<html><body>"
        "<div><p>Autorin</p><p>Jane Roe</p><p>Reporter</p></div>"
        "<div> <!-- c --> <br>  <b> </b>Written by<br>Jane Roe</div>"
        "<div><div><p>" + "A long paragraph of the story itself. " * 5 + "</p></div><p>Autor</p></div>"
        "<div>\u00a0<span>Von</span>\u00a0<i>Jane</i></div>"
        "<div><p> </p><p><!-- hidden words --></p></div>"
        "</body></html>"
    )
    for box in page.iter("div", "p"):
        lines = htmltails._box_lines(box)
        for most in (0, 5, 10, 40):
            assert htmltails._opens_short(box, most) == (bool(lines) and len(lines[0].replace(" ", "")) <= most)


def test_a_box_whose_lines_are_all_furniture_goes_with_its_heading() -> None:
    middle = (
        "<div class='note'><h4>Broadcast note</h4><p>The full report will be repeated on Sunday at 9.30pm.</p></div>"
        "<div class='press'><h3>Press office</h3><p>Media enquiries: the council's press office, 0161 555 0199</p></div>"
    )
    tree = lxml.html.document_fromstring(_page(middle))
    drop_headed_furniture_boxes(tree)
    text = tree.text_content()
    assert all(s in text for s in STORY)
    assert "Broadcast note" not in text and "Press office" not in text and "repeated" not in text


def test_a_section_with_a_line_of_the_story_under_its_heading_stays() -> None:
    middle = (
        "<section><h2>Sunday hours</h2><p>The reading room opens at noon and closes at five.</p>"
        "<p>Media enquiries: the council's press office, 0161 555 0199</p></section>"
    )
    tree = lxml.html.document_fromstring(_page(middle))
    drop_headed_furniture_boxes(tree)
    assert "Sunday hours" in tree.text_content() and "opens at noon" in tree.text_content()


def _with_box(box: str) -> str:
    """The library story with a box set between its second and third paragraph."""
    paras = [f"<p>{s}</p>" for s in STORY]
    return (
        "<html lang='en'><head><title>Library opens on Sundays</title></head><body><article>"
        f"<h1>Library opens on Sundays</h1>{''.join(paras[:2])}{box}{''.join(paras[2:])}</article></body></html>"
    )


def test_a_box_of_a_read_also_label_and_a_link_inside_the_story_is_left_out() -> None:
    from briefkit.importer.htmltails import drop_link_boxes

    for box in (
        "<div class='more'><b>Lesen Sie auch:</b> <a href='/x'>Bücherbus fährt wieder ins Umland</a></div>",
        "<div><span>Читайте также</span><a href='/x'>Библиотека продлила часы работы</a></div>",
        "<div><span>More on this</span><a href='/x'>Reading club looks for new members</a>"
        "<a href='/y'>Town hall closes for repairs</a></div>",
    ):
        tree = lxml.html.document_fromstring(_with_box(box))
        drop_link_boxes(tree)
        text = tree.text_content()
        assert all(s in text for s in STORY)
        assert "Bücherbus" not in text and "часы работы" not in text and "Reading club looks" not in text
        assert "Bücherbus" not in read_html(_with_box(box)).body


def test_a_label_and_a_link_with_words_of_the_story_around_them_stay() -> None:
    from briefkit.importer.htmltails import drop_link_boxes

    # a label that introduces no other story, and a link that a sentence of the story's own runs on from
    for box, kept in (
        ("<p><b>Opening hours:</b> <a href='/x'>Sunday from noon to five</a></p>", "Sunday from noon to five"),
        (
            "<p><b>Read also</b> <a href='/x'>the council's minutes</a> for the costs of heating the hall.</p>",
            "the council's minutes",
        ),
    ):
        tree = lxml.html.document_fromstring(_with_box(box))
        drop_link_boxes(tree)
        assert kept in tree.text_content()


def test_a_box_under_a_sponsors_label_goes_with_its_link() -> None:
    from briefkit.importer.htmltails import drop_ad_boxes

    for label in ("Sponsored content", "Contenido patrocinado", "Gesponserter Inhalt"):
        box = f"<div class='x'><span>{label}</span> <a>Save on garden furniture in the winter sale today</a></div>"
        tree = lxml.html.document_fromstring(_with_box(box))
        drop_ad_boxes(tree)
        assert "garden furniture" not in tree.text_content() and all(s in tree.text_content() for s in STORY)


def test_a_link_box_whose_label_is_its_own_text_is_left_out() -> None:
    from briefkit.importer.htmltails import drop_link_boxes

    # the label is the paragraph's own text, not an element of its own, and one link follows it
    for box in (
        "<p class='read-more'>Leia também <a href='/x'>Biblioteca amplia o horário aos domingos</a></p>",
        "<p>Lees ook <a href='/x'>Bibliotheek verlengt de openingstijden</a></p>",
    ):
        tree = lxml.html.document_fromstring(_with_box(box))
        drop_link_boxes(tree)
        text = tree.text_content()
        assert all(s in text for s in STORY)
        assert "aos domingos" not in text and "openingstijden" not in text
    # a sentence that opens with words of its own before a link stays
    kept = "<p>Read the council's minutes on <a href='/x'>the town's page</a></p>"
    tree = lxml.html.document_fromstring(_with_box(kept))
    drop_link_boxes(tree)
    assert "the town's page" in tree.text_content()


def test_a_service_box_of_a_label_a_short_list_and_a_button_is_left_out() -> None:
    from briefkit.importer.htmltails import drop_button_boxes

    box = (
        "<div class='duty'><b>Pharmacies on duty today</b><ul><li>Mill Street Pharmacy, until 9 am</li>"
        "<li>Harbour Pharmacy</li></ul><a>Show all pharmacies</a></div>"
    )
    tree = lxml.html.document_fromstring(_with_box(box))
    drop_button_boxes(tree)
    text = tree.text_content()
    assert all(s in text for s in STORY)
    assert "Mill Street" not in text and "Show all" not in text


def test_a_readers_poll_with_answer_buttons_between_the_paragraphs_is_left_out() -> None:
    from briefkit.importer.htmltails import drop_choice_boxes

    for box in (
        "<div class='poll'><b>Stelling</b><p>De bibliotheek moet ook op zondag open zijn.</p>"
        "<button>Eens</button> <button>Oneens</button></div>",
        "<div><p>Should the library open on Sundays?</p><button>Yes</button><button>No</button></div>",
    ):
        tree = lxml.html.document_fromstring(_with_box(box))
        drop_choice_boxes(tree)
        text = tree.text_content()
        assert all(s in text for s in STORY)
        assert "zondag open" not in text and "Should the library" not in text


def test_buttons_in_the_header_beside_the_standfirst_leave_it_in_place() -> None:
    from briefkit.importer.htmltails import drop_choice_boxes

    header = (
        "<div class='head'><p class='lead'>The town's library will open on Sundays from March.</p>"
        "<button>Listen</button><button>Share</button></div>"
    )
    page = _page(before=header)
    tree = lxml.html.document_fromstring(page)
    drop_choice_boxes(tree)
    assert "open on Sundays from March" in tree.text_content()


def test_a_data_sheets_list_with_its_more_link_and_no_label_stays() -> None:
    from briefkit.importer.htmltails import drop_button_boxes

    cell = "<div class='value'><ul><li>Reading lamp, 40 W, pack of 2</li></ul><a href='#'>More details</a></div>"
    tree = lxml.html.document_fromstring(_with_box(cell))
    drop_button_boxes(tree)
    assert "pack of 2" in tree.text_content()
