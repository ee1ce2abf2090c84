"""A copied story's furniture set inside it, which ends only itself, and the lines around a headline
that are never one: a newsletter's sign-up box between two paragraphs, a share row under its label,
a picture's caption lent "courtesy of" its owner.

The dumps are written for these tests, in the shapes real pages give.
"""

from __future__ import annotations

from briefkit.importer import signups, storyedges
from briefkit.importer.labellines import CREDITED
from briefkit.importer.proseruns import line_values
from briefkit.importer.textdump import read_text_dump
from briefkit.importer.titlelines import title_shaped

MENU = ["Skip to content", "Home", "Region", "Weather", "Sport", "Opinion", "Home", "Region"]
HEAD = [
    "Orchard growers count the cost of a late spring frost",
    "By Ada Quill",
    "Published April 9, 2025 at 8:10 a.m.",
    "Share this story Facebook X WhatsApp Email Copy link Print",
]
STORY = [
    "Apple and pear growers across the valley lost much of their blossom to two nights of hard frost last week,"
    " the regional growers' association said on Tuesday.",
    "The association estimated that a third of this year's crop was gone, with the worst damage on low-lying"
    " farms near the river where cold air settles overnight.",
    "Some growers ran wind machines and lit burners through the night, but many smaller farms have neither and"
    " could only wait for the sun to come up.",
    "“We have had frost in April before, but never two nights this hard so late,” said one grower near the old mill.",
    "The association has asked the ministry for emergency help to cover the wages of seasonal pickers who were"
    " already hired for the summer.",
]
BOX = ["Get the Valley Brief", "Our top stories of the day, sent to your inbox every evening.", "Sign up"]
LAST = "A ministry spokesperson said officials would visit the worst-hit farms before deciding on any payments."
TAIL = ["Tags: Farming Weather Valley", "Next story", "Bridge repairs to close the river road for a week"]


def _import(lines: list[str]) -> str:
    return read_text_dump("\n\n".join(lines) + "\n").body


def test_a_signup_box_between_paragraphs_ends_only_itself() -> None:
    body = _import([*MENU, *HEAD, *STORY, *BOX, LAST, *TAIL])
    assert "pickers who were already hired" in body
    assert "visit the worst-hit farms" in body  # the paragraph under the box is the story's
    assert "sent to your inbox" not in body and "Get the Valley Brief" not in body
    assert "Bridge repairs" not in body  # and the furniture after the story still goes


def test_a_signup_box_after_the_story_still_goes_with_the_tail() -> None:
    body = _import([*MENU, *HEAD, *STORY, LAST, *TAIL[:1], *BOX, "Bridge repairs to close the river road"])
    assert "visit the worst-hit farms" in body
    assert "sent to your inbox" not in body and "Bridge repairs" not in body


def test_a_whole_box_is_told_from_a_stretch_with_other_furniture() -> None:
    assert signups.is_whole_box(BOX)
    assert signups.is_whole_box(["Our top stories of the day, sent to your inbox every evening.", "Sign up"])
    assert not signups.is_whole_box([*BOX, "Tags: Farming Weather Valley"])
    assert not signups.is_whole_box(["Tags: Farming Weather Valley", "Share"])
    assert not signups.is_whole_box([])
    assert not signups.is_whole_box([*BOX, "Ada Quill"])  # the writer's name over her bio is no box's line


def test_a_writers_bio_under_a_signup_box_after_the_story_still_goes() -> None:
    bio = "Orchard keeper by day, writing about farms and weather in the valley since the dry summer of 2019."
    body = _import([*MENU, *HEAD, *STORY, LAST, *BOX, "Ada Quill", bio, "3 comments", "Bridge repairs to close"])
    assert "visit the worst-hit farms" in body and "Orchard keeper by day" not in body


def test_a_share_row_under_its_label_is_no_headline() -> None:
    assert not title_shaped("Share this story Facebook X WhatsApp Email Copy link Print")
    assert not title_shaped("Artikel teilen Facebook WhatsApp E-Mail Drucken")
    assert title_shaped("Regulator fines the owner of Facebook and WhatsApp")
    assert title_shaped("Why the billionaire renamed Twitter X")
    headline = read_text_dump("\n\n".join([*MENU, *HEAD, *STORY, LAST, *TAIL]) + "\n").title
    assert headline == HEAD[0]


def test_a_caption_lent_courtesy_of_its_owner_is_credited() -> None:
    assert CREDITED.search("Pickers at work on a farm near the mill. Photo courtesy of the Growers' Association")
    assert CREDITED.search("Los recolectores en la finca. Foto cortesía de la asociación")
    assert CREDITED.search("Les cueilleurs au verger. Photo gracieuseté de l'association")
    assert not CREDITED.search("Growers ask the ministry for help with the cost of pickers")


def test_readers_comments_under_their_heading_are_no_teasers_summaries() -> None:
    story = [
        *MENU,
        *HEAD[:3],
        STORY[0],
        STORY[1],
        "READ ALSO:",
        "Wind machines sell out across the valley",
        "Seasonal pickers hired earlier than ever",
        STORY[2],
        "Help asked",
        STORY[3],
        "wages of the pickers already hired;",
        "repairs to damaged nets;",
        "fuel for the burners.",
        STORY[4],
        "Comments",
        "Tom Reed 10/04/2025 08:12",
        "We lost the whole top orchard, nothing left on the trees at all.",
        "Ann Bell 10/04/2025 09:40",
        "Frost is part of farming, the ministry should not pay for it.",
        "Most read",
        "Bridge repairs to close the river road for a week",
    ]
    body = _import(story)
    assert "lit burners through the night" in body and "pickers who were already hired" in body
    assert "nothing left on the trees" not in body and "Bridge repairs" not in body
    # the lone paragraphs under the box are the story's between its subheadings, the comments' are past their heading
    units = [line for line in story if line]
    values = list(line_values(tuple(units)))
    box = units.index("READ ALSO:")
    assert not storyedges._teaser_summaries(units, values, box, len(units))
