"""A saved story's foot and head: its correction kept, the pager and a long thread left out, its whole headline.

- a correction printed under the story's last paragraph is the story's own record and stays; set
  between its paragraphs it is a notice across the page and goes (as before);
- "« Previous: Title | Next: Title »" under the story, and a box's bare label after it, go;
- a readers' thread under its counted heading goes even when it is longer than the story;
- a `<title>` cut to fit ("Site - Section - Opening words") under a printed headline that carries
  those words on: the printed headline is the title, and the cut part names no publisher.

The pages are written for these tests in the shapes pages print them, in the project's own words.
"""

from __future__ import annotations

from briefkit.importer import editornotes
from briefkit.importer.htmlpage import read_html
from briefkit.importer.navlines import neighbours_line
from briefkit.importer.textdump import read_text_dump

STORY = [
    "The river authority will dredge the lower harbour channel this autumn, its board decided on Thursday.",
    "Silt carried down by the spring floods has left the channel too shallow for the larger ferries at low tide.",
    "The work is expected to take six weeks and will be paid for from the authority's maintenance reserve.",
    "Ferry operators said they would run a reduced timetable while the dredgers are working at night.",
    "Residents along the quay will be told of the noisy nights by letter two weeks before the work starts.",
]
CORRECTION = (
    "Correction: An earlier version of this article gave the wrong length for the works. "
    "It has been corrected to six weeks."
)


def _page(after: str = "", middle: str = "", title: str = "Harbour channel to be dredged this autumn") -> str:
    paras = "".join(f"<p>{s}</p>" for s in STORY[:2]) + middle + "".join(f"<p>{s}</p>" for s in STORY[2:])
    return (
        f"<html lang='en'><head><title>{title}</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article>"
        f"<h1>Harbour channel to be dredged this autumn</h1><div class='text'>{paras}{after}</div></article>"
        "<footer><p>All rights reserved.</p></footer></body></html>"
    )


def test_a_correction_under_the_last_paragraph_stays() -> None:
    body = read_html(_page(after=f"<p><em>{CORRECTION}</em></p>")).body
    assert "An earlier version of this article" in body and STORY[-1] in body


def test_a_correction_between_the_paragraphs_still_goes() -> None:
    body = read_html(_page(middle=f"<p>{CORRECTION}</p>")).body
    assert "An earlier version" not in body and STORY[2] in body


def test_a_copied_story_keeps_its_closing_correction() -> None:
    dump = "\n\n".join(["Harbour News", "Harbour channel to be dredged this autumn", "By Ann Example", "4 May 2026"])
    dump += "\n\n" + "\n\n".join(STORY) + "\n\n" + CORRECTION + "\n\nTopics: Harbour Ferries\n"
    assert "An earlier version of this article" in read_text_dump(dump).body


def test_closing_correction_needs_prose_over_it_and_none_under_it() -> None:
    texts = [STORY[0], CORRECTION, "Topics: Harbour"]
    assert editornotes.closing_correction(texts, 1)
    assert not editornotes.closing_correction([STORY[0], CORRECTION, STORY[1]], 1)
    assert not editornotes.closing_correction([CORRECTION, STORY[1]], 0)
    assert not editornotes.closing_correction([STORY[0], "The harbour master corrected the tide tables."], 1)


def test_the_pager_and_the_label_under_it_leave_the_story() -> None:
    pager = (
        "<p>&laquo; <a href='/s/1'>Previous: Lifeboat crew rescues two kayakers</a> | "
        "<a href='/s/3'>Next: Quay market opens on Saturdays</a> &raquo;</p><p><b>More Harbour News</b></p>"
    )
    body = read_html(_page(after=pager)).body
    assert "Previous:" not in body and "More Harbour News" not in body and STORY[-1] in body


def test_neighbours_line_reads_the_arrows_and_bar_around_it() -> None:
    assert neighbours_line("« Previous: Lifeboat crew rescues two kayakers | Next: Quay market opens on Saturdays »")
    assert neighbours_line("Vorher: Rettungsboot holt zwei Kajakfahrer · Danach: Markt am Kai öffnet samstags")
    assert not neighbours_line("Note: the quay is closed. Reason: the works on the wall go on until May.")


def test_a_thread_longer_than_the_story_goes_under_its_counted_heading() -> None:
    posts = "".join(
        f"<div class='p'><span>reader{i}</span><div>I have lived on the quay for twenty years and the channel "
        f"has never been this shallow, so the dredging is long overdue and welcome news {i}.</div>"
        "<div class='act'><a href='#'>Odpovedať</a> <span>+3 / −1</span></div></div>"
        for i in range(12)
    )
    thread = f"<section><h2>Diskusia (12 príspevkov)</h2>{posts}</section>"
    page = _page().replace("</article>", f"{thread}</article>")
    body = read_html(page).body
    assert "long overdue" not in body and "Diskusia" not in body and STORY[-1] in body


def test_a_printed_headline_carrying_the_cut_title_on_is_the_title() -> None:
    page = (
        "<html><head><title>Harbour Radio - Local News - Harbour channel to be dredged</title></head><body>"
        "<table><tr><td><a href='/'>Home</a></td><td>"
        "<span class='headline'>Harbour channel to be dredged before the winter ferries</span>"
        "<p>Posted 4 May 2026 by Ann Example</p>"
        + "".join(f"<p>{s}</p>" for s in STORY)
        + "</td></tr></table></body></html>"
    )
    article = read_html(page)
    assert article.title == "Harbour channel to be dredged before the winter ferries"
    assert article.publisher != "Harbour channel to be dredged"


def test_a_writers_bio_whose_name_the_extractor_left_out_goes_with_its_card() -> None:
    card = (
        "<div class='card'><img src='/w.jpg' alt=''><div><strong>Ann Example</strong>"
        "<p>Lives on the quay with two dogs and a boat that rarely leaves the harbour.</p></div></div>"
    )
    page = _page().replace("<div class='text'>", "<p class='by'>By Ann Example</p><div class='text'>")
    tags = "<div class='tags'><a href='/t/harbour'>harbour</a> <a href='/t/ferries'>ferries</a></div>"
    body = read_html(page.replace("</div></article>", f"</div>{tags}{card}</article>")).body
    assert "two dogs" not in body and STORY[-1] in body


def test_a_last_paragraph_in_the_story_naming_no_card_stays() -> None:
    page = _page().replace("<div class='text'>", "<p class='by'>By Ann Example</p><div class='text'>")
    assert STORY[-1] in read_html(page).body
