"""Who wrote the story when the page says so in a credit rather than a plain byline: a labelled
credit run into the dateline, a desk named before its writer, a name glued to the date, an author
box's heading, the text's credit closing the story. The writer, never the photographer.

Each dump is written for the test (no publisher's text); each case is a shape real pages have.
"""

from __future__ import annotations

from briefkit.importer.bylines import parse_byline
from briefkit.importer.inlinebylines import find_byline
from briefkit.importer.storyspan import Span
from briefkit.importer.textaround import labelled_signature
from briefkit.importer.textdump import read_text_dump

_STORY = [
    "The ferry to the islands runs three times a day again from Monday, now that the work on the pier "
    "is done, the operator said on Tuesday. Passengers had to take the bus for months.",
    "The new timetables are posted in the harbours, and tickets are sold on board as before and at the "
    "operator's office on the market square, where commuters also buy their season passes.",
    "A fourth crossing in the evening is planned for the summer if enough passengers come, the manager "
    "said when the timetables were presented at the town hall last week.",
]
_RELATED = ["Read more", "Harbour dredging starts in the autumn", "By Sam Sample · 12 March 2021", "Imprint"]


def _dump(head: list[str], tail: list[str] = _RELATED) -> str:
    return "\n".join(["Home", "News", "Contact", *head, *_STORY, *tail]) + "\n"


def test_a_text_credit_run_into_the_dateline_names_the_writer() -> None:
    line = "Texte : Ann Example Publié le mardi 4 mai 2021 à 10h00 Lecture : 5 min"
    assert find_byline(line) == ("Ann Example",)
    article = read_text_dump(_dump(["The ferry runs again", "Photos : Bob Sample", line]))
    assert article.authors == ("Ann Example",)


def test_the_desk_named_before_its_writer_is_no_part_of_the_name() -> None:
    assert parse_byline("Redacción / Ann Example") == ("Ann Example",)
    article = read_text_dump(_dump(["The ferry runs again", "Redacción / Ann Example 04/05/2021 - 10:00"]))
    assert article.authors == ("Ann Example",)


def test_a_name_glued_to_the_date_after_it_is_read_apart() -> None:
    article = read_text_dump(_dump(["The ferry runs again", "Ann Example4 mayo 2021"]))
    assert article.authors == ("Ann Example",)


def test_an_author_box_heading_names_the_writer() -> None:
    box = ["About Ann Example", "Ann Example (1984) teaches geography and writes about the harbour every two weeks."]
    article = read_text_dump(_dump(["Column", "The ferry runs again", "4 May 2021"], [*box, "Imprint"]))
    assert article.authors == ("Ann Example",)


def test_the_text_credit_closing_the_story_beats_a_department_in_the_fields() -> None:
    head = ["The ferry runs again", "04-05-2021 | Science | Faculty Sciences"]
    article = read_text_dump(_dump(head, ["Text: Ann Example", "Photo: Bob Sample", *_RELATED]))
    assert article.authors == ("Ann Example",)


def test_an_author_field_under_the_story_is_a_box_not_the_text_credit() -> None:
    # past the story's end only the text's own credit signs: "Author:" there is a box's field (a recipe card's)
    units = ["Home", "The ferry runs again", *_STORY]
    span = Span(title=1, start=2, end=5, headline="The ferry runs again")
    assert labelled_signature([*units, "Author: Bob Sample", "Imprint"], span) == ()
    assert labelled_signature([*units, "Text: Ann Example", "Imprint"], span) == ("Ann Example",)


def test_a_blog_signed_only_by_its_owner_greeting_and_copyright_is_the_owners() -> None:
    # the menu over the headline is no name, a reader under the comments heading signs a comment only;
    # the owner says hello by the first name and holds the copyright in full
    head = ["harbour notes", "Archive About Projects", "The ferry runs again", "4 May 2021 • 6 min read"]
    tail = ["2 comments", "Sam Sample · 5 May 2021", "Good news for the island, thanks for writing it up."]
    tail += ["Hi, I'm Ann. I write here about boats and harbours.", "© 2021 Ann Example · Built with a static site"]
    article = read_text_dump(_dump(head, tail))
    assert article.authors == ("Ann Example",)
