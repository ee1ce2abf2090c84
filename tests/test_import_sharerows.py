"""A row of share buttons under a post, copied as one line of commands ("Email This BlogThis! Share to
X"): no paragraph of the story, in each language.

The lines are written for the test; the shape is one real pages have.
"""

from __future__ import annotations

from briefkit.importer import storyboxes
from briefkit.importer.sharerows import is_share_row

STORY = [
    "The village bakery reopened on Saturday under a new owner, after standing empty for most of a year.",
    "Queues formed in front of the shop from seven o'clock, and the first trays were sold out by nine.",
]
LATER = ["Labels: bakery, village, bread"]


def test_a_row_of_share_buttons_goes() -> None:
    for row in (
        "Email This BlogThis! Share to X Share to Facebook",
        "Enviar por correo electrónico Escribe un blog Compartir en X",
        "Envoyer par e-mail BlogThis! Partager sur X",
    ):
        assert is_share_row(row), row
        assert storyboxes.without_asides([*STORY, row, *LATER]) == [*STORY, *LATER], row
    # one button alone is left to the other passes; a sentence about sharing is the story's
    assert not is_share_row("Share to X")
    assert not is_share_row("The baker said he would share on Sunday what the new bread costs.")
