"""A menu run into one line over the headline, and a caption closed by its picture's credit."""

from __future__ import annotations

from briefkit.importer.textdump import read_text_dump

_STORY = (
    "The old ferries between the two villages made its last crossing on Sunday after ninety years of"
    " service on the estuary, and the boatmen said they would miss the regulars most of all.\n\n"
    "The county stopped paying for the crossing last spring, and the trust that ran it since then "
    "could not find the money for a new hull, its chair told a meeting in the chapel hall on Friday "
    "evening.\n\n"
    "Walkers on the coast path now face a detour of eleven miles around the head of the estuary, "
    "which the trust says will keep many of them away from the pubs and cafés on the far bank this "
    "summer.\n\n"
    "A campaign to buy a second-hand boat has raised a third of what it needs, and its organisers "
    "hope to have the crossing running again by the autumn half-term if the harbour board agrees to "
    "the mooring.\n"
)


def test_menu_row_over_the_headline_is_not_the_title() -> None:
    # the row's items share words with the story, and it stands two lines over the headline
    page = "Estuary Notes\nArchive Crossings Ferries Imprint\nArchive › 2024 › 06\n" + (
        "Crossings: why the last ferry over the estuary stopped sailing\n\n" + _STORY
    )
    assert read_text_dump(page).title == "Crossings: why the last ferry over the estuary stopped sailing"


def test_title_cased_headline_at_the_top_stays_the_title() -> None:
    # every word capitalised, but no line of a headline's length in ordinary case right under it
    page = "Estuary Notes\nWhy The Last Ferry Across The Estuary Stopped Sailing\nA county's budget and an old hull.\n"
    page += "\nPosted in\nLocal\n\n" + _STORY
    assert read_text_dump(page).title == "Why The Last Ferry Across The Estuary Stopped Sailing"


def test_title_cased_headline_over_its_standfirst_stays_the_title() -> None:
    # every word capitalised and a line in ordinary case right under it: but that line is a sentence, the
    # standfirst, with its full stop; a headline under a menu row has none
    page = "Senate Passes Estuary Ferry Rescue\nThe trust that ran the crossing gets the money for a new hull.\n"
    page += "By Ana Ribeiro\n3 June 2024\n\n" + _STORY
    assert read_text_dump(page).title == "Senate Passes Estuary Ferry Rescue"


def test_caption_closed_by_a_picture_word_is_not_the_title() -> None:
    page = "Write Sign in\n\nWhat I learned sitting by a slipway for a month\nAna Ribeiro · Follow\n"
    page += "6 min read · 3 June 2024\nSave Listen Share\n"
    page += "The old ferries at the slipway on the estuary, after ninety years of crossing. Imagem do autor\n\n"
    assert read_text_dump(page + _STORY).title == "What I learned sitting by a slipway for a month"


def test_caption_closed_by_a_picture_word_becomes_the_picture() -> None:
    page = "Write Sign in\n\nWhat I learned sitting by a slipway for a month\nAna Ribeiro · Follow\n"
    page += "6 min read · 3 June 2024\nSave Listen Share\n"
    page += "The old ferries at the slipway on the estuary, after ninety years of crossing. Imagem do autor\n\n"
    article = read_text_dump(page + _STORY)
    assert [(image.caption, image.credit) for image in article.images] == [
        ("The old ferries at the slipway on the estuary, after ninety years of crossing.", "Imagem do autor")
    ]
    assert "Imagem do autor" not in article.body
