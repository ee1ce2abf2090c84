"""A copied page's headline among the labels and credits printed around it: a box of key points
under its label, a caption with its credit in brackets, a picture's credit with no colon, a press
release's number, a trail whose last part names the section or opens the headline.

Each dump is written for the test (no publisher's text); each case is a shape real pages have.
"""

from __future__ import annotations

from briefkit.importer.labellines import boxed_point, credit_line, label_line
from briefkit.importer.titlelines import is_meta, title_shaped
from briefkit.importer.textdump import read_text_dump
from storytexts import MENU, PIER, TAIL
from storytexts import dump as _dump

STORY = PIER[:4]
HEADLINE = "Fishermen count the cost of the storm that wrecked the north pier days before the season"


def test_the_points_in_a_labelled_box_under_the_byline_are_not_the_headline() -> None:
    head = [HEADLINE, "By Ann Example and Bo Sample", "Posted Thu 5 May 2026 at 8:40am"]
    box = [
        "Key points:",
        "The harbour board voted to rebuild the old north pier before the season",
        "The posts under the deck will be replaced with concrete ones",
        "The town will ask the regional fund for half of the cost",
    ]
    article = read_text_dump(_dump(MENU, head, box, STORY, TAIL))
    assert article.title == HEADLINE
    assert article.authors == ("Ann Example", "Bo Sample")


def test_a_box_needs_its_label_and_three_points() -> None:
    units = ["Key points:", "Board votes for the pier", "Posts to be replaced", "Fund to pay half", STORY[0]]
    assert all(boxed_point(units, i, title_shaped, is_meta) for i in (1, 2, 3))
    # a kicker with a colon over a headline with its date under it: no box
    units = ["Harbour works:", "Board votes for the pier", "5 May 2026", "Fund to pay half", STORY[0]]
    assert not boxed_point(units, 1, title_shaped, is_meta)
    # a heading with a colon over entries, no byline or date over it: a menu's, its last entry may be the headline
    units = ["Topics:", "Harbour and ferries", "Schools and sport", "Board votes for the pier", "5 May 2026"]
    assert not boxed_point(units, 3, title_shaped, is_meta)
    # any short label with a colon under the date heads a box
    units = ["5 May 2026", "Worth knowing:", "Board votes for the pier", "Posts to be replaced", "Fund to pay half"]
    assert boxed_point(units + [STORY[0]], 2, title_shaped, is_meta)
    assert not boxed_point(units[1:] + [STORY[0]], 1, title_shaped, is_meta)
    # the box's label without its colon, in its words
    units = [
        "Das Wichtigste in Kürze",
        "Board votes for the pier",
        "Posts to be replaced",
        "Fund to pay half",
        STORY[0],
    ]
    assert boxed_point(units, 2, title_shaped, is_meta)
    # three short lines under no label: the live page's points, read elsewhere
    units = ["Harbour works", "Board votes for the pier", "Posts to be replaced", "Fund to pay half", STORY[0]]
    assert not boxed_point(units, 1, title_shaped, is_meta)


def test_a_caption_with_its_credit_in_brackets_is_not_the_headline() -> None:
    head = [HEADLINE, "By Ann Example", "Posted Thu 5 May 2026 at 8:40am"]
    caption = ["The broken deck of the north pier. (Harbour Post: Bo Sample)"]
    box = ["Key points:", "Board votes for the pier", "Posts to be replaced", "Fund to pay half"]
    article = read_text_dump(_dump(MENU, head, caption, box, STORY, TAIL))
    assert article.title == HEADLINE
    assert not title_shaped("The broken deck of the north pier. (Harbour Post: Bo Sample)")
    assert title_shaped("Pier works (part two) begin in May")


def test_a_picture_credit_without_a_colon_is_neither_headline_nor_author() -> None:
    headline = "Pier houses: the boom in holiday lets emptied the harbour of its residents"
    head = [headline, "In ten years the harbour's beds for visitors grew fivefold. The town shrank."]
    credits = ["Texto Ana Exemplo", "Fotografia Bruno Amostra", "5 maio 2026 15:02"]
    article = read_text_dump(_dump(MENU, head, credits, STORY, TAIL))
    assert article.title == headline
    assert article.authors == ("Ana Exemplo",)
    assert credit_line("Fotografia Bruno Amostra") and credit_line("Photography Bo Sample")
    assert not credit_line("Photo Finish Decides Derby")  # English title case: only the craft's word is a label
    assert not credit_line("Fotografia: a new school on the quay")


def test_a_press_release_number_over_its_headline_is_a_label() -> None:
    headline = "Harbour board votes two million to rebuild the old north pier before the fishing season"
    head = ["Home / News / Press releases", "Press release No. 1187", headline]
    subtitle = ["The board's chair: \u00abthe first works will start before the spring\u00bb"]
    fields = ["Date:", "02/05/2026", "Topics:", "Works, Civil protection"]
    article = read_text_dump(_dump(MENU, head, subtitle, fields, STORY, TAIL))
    assert article.title == headline
    assert label_line("Comunicato stampa n. 1187") and label_line("Pressemitteilung Nr. 41")
    assert not label_line("Press release draws fire from harbour fishermen")


def test_a_trails_last_part_two_lines_over_a_long_headline_names_its_section() -> None:
    # the trail's last part, a label under it, then the headline: the section the page is filed in
    headline = "Harbour board votes two million to rebuild the old north pier before the fishing season"
    head = [
        "Home / News / Harbour notices",
        "Press release No. 88",
        headline,
        "The board's chair: \u00abwe start in spring\u00bb",
    ]
    article = read_text_dump(_dump(MENU, head, ["Date:", "02/05/2026"], STORY, TAIL))
    assert article.title == headline


def test_a_trail_whose_last_part_opens_the_headline_leaves_it_whole() -> None:
    headline = "Northport to rebuild its north pier after the winter storms damaged the deck"
    head = ["News » Regions » Northport", headline, "Ann Example", "5 May 2026"]
    article = read_text_dump(_dump(MENU, head, STORY, TAIL))
    assert article.title == headline
