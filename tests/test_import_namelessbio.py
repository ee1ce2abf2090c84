"""The rest of a writer's box under a copied story, its name line gone with the byline: a line that
opens with since what year the writer has been there and closes on a social handle.

The lines are written for the test; the shape is one real pages have (two writers, a box each).
"""

from __future__ import annotations

from briefkit.importer import readerboxes, storyboxes

STORY = [
    "The village bakery reopened on Saturday under a new owner, after standing empty for most of a year.",
    "Queues formed in front of the shop from seven o'clock, and the first trays were sold out by nine.",
    "The new owner plans to bake rye bread again, as the old baker did for forty years before he retired.",
]


def test_a_bio_opening_with_its_year_and_closing_on_a_handle_goes() -> None:
    bio = "Since 2016 on the county desk, covering the council and transport. Instagram: @jane.example"
    other = ["Sam Example Trainee", "Writes about building sites and the wine villages."]
    body, _ = storyboxes.without_boxes([*STORY, bio, *other], ("Jane Example", "Sam Example"))
    assert body == STORY
    assert readerboxes.is_nameless_bio("Seit 2016 in der Lokalredaktion, zuständig für Verkehr. X: @jane_example")
    # the story's own last sentence about a year, with no handle, stays
    assert not readerboxes.is_nameless_bio("Since 2016 the bakery has been closed on Mondays.")
    kept = [*STORY, "Since 2016 the bakery has been closed on Mondays, and it will stay so."]
    assert storyboxes.without_boxes(kept, ("Jane Example",))[0] == kept
