"""A box of links between a story's paragraphs: the box goes, the paragraphs under it stay.

The dumps are written for these tests, in the shapes real pages give: a short report with a
"More on this" box after its third paragraph, and the same label over the page's tail.
"""

from __future__ import annotations

from briefkit.importer import inlineboxes
from briefkit.importer.boilerplate import filter_blocks
from briefkit.importer.textdump import read_text_dump

HEAD = [
    "Skip to content",
    "News Weather Sport Radio",
    "Home / Region / Valley",
    "Ferry to the island stops for three weeks of repairs",
    "By Ann Example",
    "14 March 2024, 09:10",
]
STORY = [
    "The ferry between the harbour and the island will not sail from Monday, because its landing stage "
    "needs new piles before the spring tides come.",
    "A smaller boat will carry people who live on the island twice a day, the operator said on Tuesday, "
    "but it cannot take cars or lorries.",
    "Shopkeepers on the island said they had filled their stores for a month, though fresh milk would be "
    "hard to come by.",
]
BOX = ["More on this story", "Harbour wall to be raised by a metre (10:12)", "Island school gets a new roof"]
LATER = [
    "The operator said the work had been planned for the quietest weeks of the year, when few visitors come.",
    "Whether the ferry sails again on the first of April depends on the weather, a spokesman added.",
]
FOOT = ["Contact Imprint Privacy © Valley News 2024"]


def _dump(*parts: list[str]) -> str:
    return "\n\n".join(line for part in parts for line in part) + "\n"


def test_the_paragraphs_under_a_box_inside_the_story_stay() -> None:
    body = read_text_dump(_dump(HEAD, STORY, BOX, LATER, FOOT)).body
    assert "depends on the weather" in body
    assert "quietest weeks of the year" in body
    assert "Harbour wall to be raised" not in body
    assert "Island school gets a new roof" not in body


def test_a_box_over_the_pages_tail_still_ends_the_story() -> None:
    # the label over a list of teasers, each title with its summary: the page's, not the story's
    teasers = [
        "More on this story",
        "Harbour wall to be raised by a metre",
        "The council wants the wall finished before the autumn storms reach the coast again.",
        "Island school gets a new roof",
        "Pupils will have lessons in the village hall while the builders are at work this summer.",
    ]
    kept = filter_blocks([*STORY, *LATER, *teasers]).kept
    assert kept == [*STORY, *LATER]


def test_a_box_with_a_line_of_furniture_under_it_is_no_box_inside_the_story() -> None:
    blocks = [*STORY, *BOX, LATER[0], "Share this page"]
    drop = [False] * len(blocks)
    assert inlineboxes.box_end(blocks, drop, len(STORY)) is None
    assert inlineboxes.box_end([*STORY, *BOX, *LATER], [False] * 8, len(STORY)) == len(STORY) + len(BOX)


def test_a_label_with_nothing_under_its_titles_heads_the_tail() -> None:
    assert inlineboxes.box_end([*STORY, *BOX], [False] * 6, len(STORY)) is None


def test_a_read_also_label_over_one_title_in_the_storys_second_half_keeps_the_rest() -> None:
    # the label's one title is dropped with it before the tail is read: the box is still a box
    longer = [*STORY, "The council had asked for the work in winter, but no crane could be found in time, it said."]
    for label in ("Lesen Sie auch", "Read also:", "Lees ook", "Читайте также", "Leer también"):
        body = read_text_dump(_dump(HEAD, longer, [label, BOX[1]], LATER, FOOT)).body
        assert "depends on the weather" in body, label
        assert "Harbour wall to be raised" not in body, label


def test_a_related_label_over_two_titles_takes_both_with_it() -> None:
    body = read_text_dump(_dump(HEAD, STORY, ["Related", *BOX[1:]], LATER, FOOT)).body
    assert "Island school gets a new roof" not in body
    assert "quietest weeks of the year" in body


LONG = [
    *STORY,
    "The council had asked for the work to be done in winter, but the contractor could not find a crane "
    "in time, and the piles that were ordered in autumn only reached the harbour last week, a councillor said.",
    "Engineers will drive the new piles from a barge, which means that the landing stage has to be closed "
    "to every boat while they work, even the fishing boats that use it at night.",
    "The operator said the work had been planned for the quietest weeks of the year, when few visitors come "
    "to the island and most of the holiday homes stand empty until Easter.",
]
CLOSING = (
    "Whether the ferry sails again to the island on the first of April depends on the weather and on the "
    "piles, the operator's spokesman added."
)


def test_the_last_paragraph_under_a_box_with_its_writers_name_stays() -> None:
    # a long story, a box of one title and its writer's name, then the story's one last paragraph
    box = ["More on this story", "Harbour wall to be raised by a metre before the storms", "John Doe"]
    tail = ["Share this page", "Print", "Contact Imprint Privacy © Valley News 2024"]
    body = read_text_dump(_dump(HEAD, LONG, box, [CLOSING], tail)).body
    assert "depends on the weather" in body
    assert "Harbour wall to be raised" not in body
    assert "John Doe" not in body


def test_a_teaser_list_under_the_story_is_not_its_last_paragraph() -> None:
    # each title with its summary under it: the first summary is another story's, not this one's close
    teasers = [
        "More on this story",
        "Harbour wall to be raised by a metre before the storms",
        "The council wants the harbour wall finished before the autumn storms reach the island and its ferry.",
        "Island school gets a new roof",
        "Pupils on the island will have lessons in the village hall while the builders are at work this summer.",
    ]
    body = read_text_dump(_dump(HEAD, LONG, teasers, ["Contact Imprint Privacy © Valley News 2024"])).body
    assert "holiday homes stand empty" in body
    assert "autumn storms reach the island" not in body


def test_the_storys_subheadings_under_a_box_and_the_tail_under_the_next_label_do_not_stop_it() -> None:
    subhead = ["Shops stock up for a month"]
    more = [
        "The island's two shops ordered extra flour, tinned food and animal feed last week, and the baker "
        "said he would bake every day as long as his flour lasts.",
        "Farmers on the island have been told they can send animals to market on the small boat in pens, "
        "though only four at a time and only in calm weather.",
    ]
    tail = ["Most read", "Storm closes the coast road", "Lifeboat crew honoured by the town"]
    body = read_text_dump(_dump(HEAD, STORY, BOX, LATER, subhead, more, tail, FOOT)).body
    assert "Harbour wall to be raised" not in body and "Island school gets a new roof" not in body
    assert "quietest weeks of the year" in body and "only four at a time" in body
    assert "Storm closes the coast road" not in body
    # a teaser list under the label: a short summary under each title, so the label opens the page's tail
    teasers = ["Harbour wall to be raised by a metre", "Works start in May.", "Island school gets a new roof"]
    body = read_text_dump(_dump(HEAD, STORY, ["More on this story"], teasers, ["Works end in June."], FOOT)).body
    assert "Works start in May" not in body


CITED = [
    "How to cite",
    "Example, A. (2024): Ferries and tides. Policy paper 2/2024, Valley Institute, Harbourtown.",
]
SECTION = [
    "What the operator says",
    "The operator said the landing stage of the ferry had carried more cars each year than it was built "
    "for, and that the island's harbour needed a second one.",
    "A second landing stage for the ferry would cost the island about four million, the harbour board said.",
]


def test_a_citation_box_between_the_storys_sections_goes_and_the_section_under_it_stays() -> None:
    kept = filter_blocks([*STORY, *CITED, *SECTION]).kept
    assert kept[: len(STORY)] == STORY
    assert SECTION[1] in kept and SECTION[2] in kept
    assert CITED[1] not in kept


def test_a_citation_box_with_an_authors_note_under_it_still_ends_the_text() -> None:
    note = "Ann Example leads the institute's research on inland waterways and lives on a houseboat."
    kept = filter_blocks([*STORY, *LATER, *CITED, "Copy", note, *FOOT]).kept
    assert kept == [*STORY, *LATER]
