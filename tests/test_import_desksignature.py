"""A wire's name with an editor's initials under the last paragraph signs the story: no picture credit."""

from briefkit.importer.textpictures import extract_images

LAST = "The shares rose by more than three percent in early trading. Analysts had expected the cut."


def test_wire_and_initials_under_the_last_paragraph_keep_it_as_story() -> None:
    kept, images, _ = extract_images(["The plant will close next spring.", LAST, "AFP/kb"])
    assert LAST in kept and not images
    kept, images, _ = extract_images([LAST, "Reuters / mt"])
    assert LAST in kept and not images


def test_a_photographer_and_an_agency_still_credit_the_caption_above() -> None:
    caption = "Workers leave the rolling mill after the last shift on Friday"
    kept, images, _ = extract_images(["The plant will close next spring.", caption, "Jane Roe/AFP via Getty Images"])
    assert caption not in kept and images and images[0].caption.startswith("Workers leave")
