"""A box selling something in a copied story: a short paragraph over its button (`buttonboxes`)."""

from briefkit.importer.buttonboxes import box_at, without_button_boxes

PROSE = "The harbour board met on Tuesday and agreed to dredge the northern channel before the winter storms."


def test_priced_offer_with_heading_and_button_is_cut() -> None:
    blocks = [
        PROSE,
        "Read on without limits",
        "Every article for 2 euros a month.",
        "Take the offer",
        "A new quay",
        PROSE,
    ]
    assert without_button_boxes(blocks) == [PROSE, "A new quay", PROSE]


def test_priced_offer_in_another_currency_before_a_timestamp() -> None:
    blocks = [PROSE, "Habari kamili kwa Sh1,500 kwa mwezi.", "Jiunge leo", "10:45 Jane Roe", PROSE]
    assert without_button_boxes(blocks) == [PROSE, "10:45 Jane Roe", PROSE]


def test_house_voice_echoed_by_one_word_button_is_cut_even_before_prose() -> None:
    blocks = [PROSE, "We are funded by our readers. Donate to us so the reporting goes on.", "Donate", PROSE]
    assert without_button_boxes(blocks) == [PROSE, PROSE]


def test_subheading_after_a_priced_sentence_of_the_story_stays() -> None:
    blocks = [PROSE, "Tickets now cost 4 euros.", "Next season", PROSE]
    assert not box_at(blocks, 1)


def test_subheading_echoing_a_reader_instruction_stays() -> None:
    blocks = [PROSE, "Then import the helper into your script.", "import helper", "from helper load tools"]
    assert not box_at(blocks, 1)


def test_speaker_names_of_an_interview_are_no_buttons() -> None:
    blocks = ["Jane Roe", "We pay 5 euros for this, why?", "Sam Poe", PROSE, "Jane Roe", "And then?", "Sam Poe", PROSE]
    assert without_button_boxes(blocks) == blocks
