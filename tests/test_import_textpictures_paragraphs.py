"""The story's last paragraph over a wire's credit, or a lead over a picture with no caption of its
own, stays the story's: a caption says what the picture shows in a sentence or two."""

from __future__ import annotations

from briefkit.importer.textpictures import extract_images

_PARAGRAPH = (
    "The harbour board rejected the plan on Tuesday evening after a long debate. Its chair said the "
    "port could not carry the cost of a second quay this decade. A new proposal is already being drawn up; "
    "the board expects to see it in the autumn."
)


def test_a_paragraph_over_a_bare_credit_stays_in_the_story() -> None:
    kept, images, notes = extract_images(["Opening paragraph of the story.", _PARAGRAPH, "With reporting by AP/AFP"])
    assert _PARAGRAPH in kept and not images
    assert "With reporting by AP/AFP" not in kept and notes


def test_a_short_caption_over_a_bare_credit_is_still_a_picture() -> None:
    kept, images, _ = extract_images(["The new quay at dawn.", "Jane Roe/AFP via Getty Images", _PARAGRAPH])
    assert [i.caption for i in images] == ["The new quay at dawn."] and kept == [_PARAGRAPH]
