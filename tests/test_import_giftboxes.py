"""A donation box set under a copied story: its question, its sentences naming the gift (in the
house's voice or not) and its button go together with the appeal that anchors it.

The lines are written for the test; the shape is one real pages have.
"""

from __future__ import annotations

from briefkit.importer import supportboxes

STORY = [
    "The village bakery reopened on Saturday under a new owner, after standing empty for most of a year.",
    "Queues formed in front of the shop from seven o'clock, and the first trays were sold out by nine.",
]


def test_the_lines_of_a_donation_box_go_with_its_appeal() -> None:
    box = [
        "Was this report useful to you?",
        "The Village Post lives on the gifts of its readers. A gift of 10 € pays for an hour of reporting.",
        "Support the Village Post",
        "Your donation is tax-deductible.",
    ]
    kept, removed = supportboxes.without_support_boxes([*STORY, *box])
    assert kept == STORY and removed == box
    # a question of the story next to no appeal stays, and so does the story's own line on a gift
    said = "The baker gave a donation of bread to the school last spring, the head teacher said."
    assert supportboxes.without_support_boxes([*STORY, "Why now?", said])[0] == [*STORY, "Why now?", said]


def test_a_membership_box_closed_by_its_call_to_join_goes() -> None:
    box = ["Not a member yet?", "Only members get strike pay and legal advice. Join online now!"]
    kept, _ = supportboxes.without_support_boxes([*STORY, *box, STORY[0]])
    assert kept == [*STORY, STORY[0]]
    assert supportboxes.is_join_call("Nur Mitglieder bekommen Streikgeld. Jetzt online beitreten!")
    # the story's sentence about joining ends on a full stop, and a question alone stays
    said = "Forty workers decided to join the union last month, the organiser said."
    assert supportboxes.without_support_boxes([*STORY, "Why now?", said])[0] == [*STORY, "Why now?", said]
