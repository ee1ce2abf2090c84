"""The small print under an opinion piece setting the writer's views apart from the house's."""

from briefkit.importer.opinionnotes import is_opinion_note, without_closing_note

STORY = [
    "The river authority will raise the dikes along the lower valley by next autumn.",
    "Farmers upstream have asked for compensation for the land the works will take.",
    "The council meets on Tuesday to decide how the cost is shared between the towns.",
    "Whatever it decides, the next flood will not wait for the paperwork.",
]


def test_the_note_in_several_languages() -> None:
    assert is_opinion_note("Opinion pieces reflect the views of their authors, not necessarily those of the editors.")
    assert is_opinion_note("Kommentare geben die Meinung der Verfasser wieder, nicht unbedingt die der Redaktion.")
    assert is_opinion_note("Les tribunes ne reflètent pas nécessairement le point de vue de la rédaction.")
    assert is_opinion_note("Las columnas no reflejan necesariamente la opinión de la redacción.")


def test_a_story_sentence_with_one_of_the_two_signs_is_no_note() -> None:
    assert not is_opinion_note("The mayor said the dikes are not necessarily the cheapest answer.")
    assert not is_opinion_note("The editors of the local paper met the minister on Friday.")
    assert not is_opinion_note("That is not necessarily the view of the minister, she added.")


def test_the_note_closing_the_story_goes_and_the_story_stays() -> None:
    note = "Guest columns reflect the authors' views, not necessarily the editors'."
    assert without_closing_note([*STORY, note], str) == STORY
    assert without_closing_note([*STORY, note, "Jane Roe teaches law."], str) == [*STORY, "Jane Roe teaches law."]
    assert without_closing_note(STORY[:2] + [note], str) == STORY[:2] + [note]  # too short to tell
