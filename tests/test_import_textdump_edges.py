"""Single lines at a copied story's edges: a greeting under the header, a last list after the last
paragraph, a section of answers inside a post. Each is the story's, by the story's own shape.

The dumps are written for these tests, in the shapes real pages give.
"""

from __future__ import annotations

from briefkit.importer.storyedges import without_head_furniture
from briefkit.importer.textdump import read_text_dump


def _dump(*parts: list[str]) -> str:
    return "\n".join(line for part in parts for line in part) + "\n"


def test_a_line_trailing_off_in_an_ellipsis_under_the_header_stays() -> None:
    head = ["Read aloud", "Read aloud", "Print", "Peace be with all of you…", "Dear friends,"]
    kept = without_head_furniture(head)
    assert "Peace be with all of you…" in kept
    assert "Print" not in kept


LANTERNS = [
    (
        "Harbour lantern",
        "The harbour lantern is the heaviest of the three and is meant for boats that stay out all night.",
    ),
    ("Trail lantern", "The trail lantern folds flat, so that it fits into the side pocket of any walking pack."),
    ("Desk lantern", "The desk lantern is the one for reading, with a warm light that can be dimmed in five steps."),
]
FEATURES = {
    "Harbour lantern": ["Glass shade with a steel cage", "Runs for forty hours on one charge", "Hook for a mast"],
    "Trail lantern": ["Folds to two centimetres", "Weighs ninety grams", "Red light for the night"],
    "Desk lantern": ["Five steps of brightness", "Beech wood foot", "Cable of two metres in length"],
}


def _review(closing: list[str]) -> str:
    lines = [
        "Menu",
        "Shop",
        "Three new lanterns for the coming winter",
        "By Ann Example",
        "4 May 2021",
        "We tried the three lanterns the workshop brings out this winter, on boats, on trails and at the "
        "desk, and each of them does what it promises, though not all of them at the same price.",
    ]
    for name, text in LANTERNS:
        lines += [name, text, "Features:", *FEATURES[name]]
    return _dump(lines[:-3], closing)


def test_a_list_under_a_label_the_story_used_before_ends_the_story_with_it() -> None:
    tail = ["Tags:", "lanterns  winter  gear", "More from the shop:", "Boots for the wet season", "Comments"]
    body = read_text_dump(_review(["Features", *FEATURES["Desk lantern"], *tail])).body
    assert "Cable of two metres in length" in body
    assert "Beech wood foot" in body
    assert "lanterns  winter  gear" not in body
    assert "Boots for the wet season" not in body


def test_a_label_the_story_never_used_does_not_carry_a_list_into_it() -> None:
    tail = ["Popular", "Boots for the wet season", "Gloves for the boat", "A warm hat for the trail", "Comments"]
    body = read_text_dump(_review(["Also in the shop", "Boots for the wet season", *tail[1:]])).body
    assert "Gloves for the boat" not in body


STORY = [
    "In March I wrote to every member of the town council and asked them a single question about the "
    "new parking fees, and I promised to print here whatever answers came back:",
    "--- Letter ---",
    "Dear members of the council,",
    "why do residents of the old town pay twice as much for a parking permit as those who live by the "
    "station, when the old town has fewer spaces and the buses stop there less often?",
    "--- End of letter ---",
]
ANSWERS = ["Answers", "Answers by 30 April", "Greens", "2", "Liberals", "0", "Social Democrats", "1"]
SUMMING_UP = [
    "Only the Greens answered within a week, and both of their members agreed that the fees should be "
    "looked at again before the budget is set in the autumn.",
    "The Social Democrats sent one letter, which explained the fees with the cost of the new garage "
    "but said nothing about the difference between the two parts of the town.",
    "Nobody from the Liberals wrote back at all, although two of their members had promised at the "
    "last meeting that every letter from a resident would be answered within a month.",
]


def test_a_section_of_answers_inside_a_post_does_not_end_it() -> None:
    top = ["Home", "Blog", "A letter to the town council", "Town | Blog | Letters"]
    body = read_text_dump(_dump(top, STORY, [a.replace("Answers", "Antworten") for a in ANSWERS], SUMMING_UP)).body
    assert "Only the Greens answered within a week" in body
    assert "Nobody from the Liberals wrote back" in body


def test_a_reply_button_under_a_signed_comment_still_ends_the_story() -> None:
    top = ["Home", "Blog", "A letter to the town council", "Town | Blog | Letters"]
    comment = [
        "Jane Roe",
        "2 May 2021 at 10:15",
        "I had the same problem with the permit and wrote to the council too, but nobody answered me "
        "either, which is a shame for a town that likes to talk about its open doors.",
        "Antworten",
        "Sam Poe",
        "3 May 2021 at 08:40",
        "Thank you for asking the question that so many of us in the old town have been asking for a "
        "long time now, and for printing the answers here for everyone to read.",
        "Antworten",
    ]
    body = read_text_dump(_dump(top, STORY[:1], SUMMING_UP, comment)).body
    assert "Nobody from the Liberals wrote back" in body
    assert "Thank you for asking the question" not in body
