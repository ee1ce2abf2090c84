"""The boxes that speak to the reader inside or under a copied story go; the story's own lines stay.

The dumps are written for these tests: a short report on a village bakery that reopens after a fire,
with the reader-facing shapes copied pages give (a call for the reader's question, a rating prompt,
a poll with its answers, a contest's call, an ad's label in ordinary case, a headline after a
"read also" label, a fact-checker's method note, the writer's bio under a byline with a title).
"""

from __future__ import annotations

from briefkit.importer import pagewords, readerboxes, storyboxes
from briefkit.importer.textdump import read_text_dump

HEAD = [
    "Skip to content",
    "News Region Sport",
    "Bakery on the green reopens three months after the fire",
    "By Dr. Lena Example · 4 May 2024",
]
STORY = [
    "The bakery on the village green opened its doors again on Saturday, three months after a fire in "
    "the oven room had forced the owners to close the shop.",
    "Neighbours queued from seven in the morning, and by ten the first trays of rolls had sold out, the "
    "owner said while her son carried in more bread from the back.",
    "The repairs cost more than the insurance paid, so the family borrowed from a local fund that the "
    "parish set up for small shops after the floods two years ago.",
]
LATER = [
    "The new oven uses less power than the old one, and the owners hope to bake on Sundays again once "
    "they have hired a second baker for the early shift.",
    "A party for the reopening is planned for the first weekend in June, with music on the green and a "
    "stall for the children of the village school.",
]
FOOT = ["Contact Imprint Privacy © Village Post 2024"]


def _body(*parts: list[str]) -> str:
    dump = "\n\n".join(line for part in parts for line in part) + "\n"
    return read_text_dump(dump).body


def test_a_call_for_the_readers_question_goes() -> None:
    calls = [
        "Got a question about your town? Send it to us for our weekly column.",
        "Une question sur votre commune ? Écrivez-nous via notre formulaire.",
        "Heb je een vraag over je dorp? Stuur hem in voor onze rubriek.",
    ]
    for call in calls:
        assert readerboxes.is_reader_call(call), call
    assert storyboxes.without_asides([*STORY, calls[0], *LATER]) == [*STORY, *LATER]
    # a question answered first, the request to get in touch only after the answer: a service page's own text
    assert not readerboxes.is_reader_call("Are dogs allowed? No, except guide dogs. Owners should contact us first.")
    # a question in the story, answered by the story, asks nobody to write in
    assert not readerboxes.is_reader_call("Why did the oven catch fire? The inspectors blame a worn cable.")


def test_a_rating_prompt_goes_and_a_question_in_the_story_stays() -> None:
    for prompt in ("Did you enjoy this recipe?", "Wie hat Ihnen der Artikel gefallen?", "¿Te ha gustado?"):
        assert readerboxes.is_rating_prompt(prompt), prompt
    assert not readerboxes.is_rating_prompt("Will the village like the new bread as much as the old?")
    assert not readerboxes.is_rating_prompt("Did you enjoy this recipe? We tested it three times before printing.")


def test_a_checkers_method_note_at_the_end_goes() -> None:
    note = ["Our method", "Every check is read by two editors before it is published."]
    assert readerboxes.without_reader_boxes([*STORY, *LATER, *note]) == [*STORY, *LATER]
    # the heading with a long report under it is the story's own section
    assert readerboxes.without_reader_boxes([*STORY, "Our method", *LATER, *LATER]) == [
        *STORY,
        "Our method",
        *LATER,
        *LATER,
    ]


def test_a_poll_with_its_answers_and_a_contests_call_go() -> None:
    poll = "Poll: Have you been to the bakery? Yes No"
    contest = "Prize draw: Now guess the number of rolls and win a cake!"
    assert storyboxes.without_asides([*STORY, poll, *LATER, contest]) == [*STORY, *LATER]
    # a subheading that exclaims without a call to act stays
    assert storyboxes.without_asides([*STORY, "Baker: what a morning!", *LATER]) == [
        *STORY,
        "Baker: what a morning!",
        *LATER,
    ]


def test_an_ads_label_in_ordinary_case_glued_to_its_pitch_goes() -> None:
    ad = "Sponsored Baking trays in a set of six – now at a shop near you for 19.99 €"
    assert storyboxes.without_asides([*STORY, ad, *LATER]) == [*STORY, *LATER]
    # with no price or dash it may be the story's sentence that opens with the word
    story_line = "Sponsored By the parish fund the repairs went ahead"
    assert storyboxes.without_asides([*STORY, story_line, *LATER]) == [*STORY, story_line, *LATER]


def test_a_headline_after_a_read_also_label_goes() -> None:
    assert pagewords.spaced_read_also("Lees ook Waarom bakkers zo vroeg opstaan")
    assert pagewords.spaced_read_also("Leggi anche Forni, cosa cambia con le nuove regole")
    assert pagewords.read_on_glued("Seguí leyendoLos panaderos del pueblo, en tres fotos")
    line = "Lees ook Waarom bakkers zo vroeg opstaan"
    assert storyboxes.without_asides([*STORY, line, *LATER]) == [*STORY, *LATER]
    # with no paragraph under it the line is left to the other passes
    assert storyboxes.without_asides([*STORY, line]) == [*STORY, line]
    # a sentence that opens with the words ends with its mark
    assert not pagewords.spaced_read_also("Lees ook De Krant van gisteren, zei de bakker.")
    body = _body(HEAD, STORY, ["Read also Why bakers rise so early in the morning"], LATER, FOOT)
    assert "Why bakers rise" not in body and "party for the reopening" in body


def test_the_writers_bio_under_the_story_goes_though_the_byline_has_a_title() -> None:
    bio = "Lena Example is a biologist and has written for the Village Post since 2015."
    assert readerboxes.is_unnamed_bio(bio, writes=True)
    body = _body(HEAD, STORY, LATER, [bio], FOOT)
    assert "biologist" not in body and "party for the reopening" in body
    # a last paragraph on someone in the story, with one sign only, stays
    assert not readerboxes.is_unnamed_bio("Anna Baker has run the shop since 1998 with her son.", writes=False)


def test_a_polls_question_under_its_label_on_one_line_is_furniture() -> None:
    from briefkit.importer import embeds
    from briefkit.importer.boilerplate import is_interface_line

    assert embeds.is_labelled_poll("Umfrage: Soll der Dorfplatz autofrei werden?")
    assert is_interface_line("Poll: Have you been to the new bakery?")
    # a question in the story that names a poll is no poll's box
    assert not embeds.is_labelled_poll("The poll asked whether the green should close to cars?")


def test_a_most_read_heading_and_a_shopping_list_button_are_furniture() -> None:
    from briefkit.importer.boilerplate import is_interface_line

    assert pagewords.END_MARKER.match("Las más leídas")
    assert is_interface_line("Zur Einkaufsliste hinzufügen")
    assert is_interface_line("Add to shopping list")
    assert not is_interface_line("She added flour to the shopping list she had pinned to the fridge.")


def test_a_headline_after_a_more_on_the_topic_label_goes() -> None:
    # "more on this topic" introduces one more story on the subject set into this one, in each language
    assert pagewords.spaced_read_also("Mehr zum Thema Backstuben: Warum immer mehr Bäcker schließen")
    assert pagewords.spaced_read_also("More on this Village bakery finds a new owner at last")
    assert pagewords.spaced_read_also("Plus sur ce sujet Boulangeries : la farine coûte plus cher")
    assert pagewords.spaced_read_also("Ler mais Padarias: o preço da farinha sobe outra vez")
    line = "Mehr zum Thema Backstuben: Warum immer mehr Bäcker schließen"
    assert storyboxes.without_asides([*STORY, line, *LATER]) == [*STORY, *LATER]
    # the story's own sentence that opens with the words ends with its mark
    assert not pagewords.spaced_read_also("Mehr zum Thema Brot sagt der Bäcker nichts.")
