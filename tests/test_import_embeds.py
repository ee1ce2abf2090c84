"""A readers' poll and a pointer to a podcast or a video inside a copied story: they go, the story stays.

The dumps are written for these tests, in the shapes pages print them: a poll's label, its question
and its answers run into one line with the button; an episode's title with its length in brackets.
"""

from __future__ import annotations

from briefkit.importer import embeds
from briefkit.importer.textdump import read_text_dump

HEAD = ["Valley News", "Region", "Weather", "Library opens its doors on Sundays", "By Ann Example", "4 May 2026"]
STORY = [
    "The county library will open on Sunday afternoons from next month, after the council agreed to pay "
    "for a self-service desk and a camera at the door.",
    "Readers can borrow and return books with their library card, and a member of staff will be on call "
    "by telephone for the first half year.",
    "The council had closed the building on Sundays four years ago to save on heating costs, and parents "
    "had asked for the change in a letter signed by three hundred people.",
    "The opening hours will be checked again after the summer, when the first visitor numbers are in and "
    "the costs of the new desk are known.",
]


def _dump(*parts: list[str]) -> str:
    return "\n\n".join(line for part in parts for line in part) + "\n"


def test_a_poll_between_the_paragraphs_goes_in_each_of_its_shapes() -> None:
    for poll in (
        ["Poll", "Would you visit the library on a Sunday?", "Yes  Maybe  No Vote 312 votes"],
        ["Umfrage: Würden Sie sonntags in die Bücherei gehen? Jetzt abstimmen"],
        ["ENCUESTA ¿Iría usted a la biblioteca el domingo?  Sí  No Votar"],
    ):
        body = read_text_dump(_dump(HEAD, STORY[:2], poll, STORY[2:])).body
        assert "Vote" not in body and "abstimmen" not in body and "Votar" not in body, poll
        assert "visit the library on a Sunday" not in body, poll
        assert STORY[1][:40] in body and STORY[2][:40] in body, poll


def test_a_sentence_about_a_vote_is_the_storys() -> None:
    assert embeds.without_polls(["The council met on Monday.", "Most members will vote"]) == [
        "The council met on Monday.",
        "Most members will vote",
    ]
    assert embeds.without_polls(["Die Bürger konnten im März darüber abstimmen."]) != []


def test_a_pointer_to_an_episode_or_a_video_with_its_length_goes() -> None:
    for line in (
        "🎧 Listen to our podcast “Valley Talk”: episode 12 – Who runs the library? (27 min)",
        "Luister ook: podcast Dorpsgesprekken, aflevering 48 – De bibliotheek (31 min)",
        "GUARDA IL VIDEO La biblioteca aperta la domenica 01:34",
    ):
        assert embeds.is_media_pointer(line), line
        body = read_text_dump(_dump(HEAD, STORY[:2], [line], STORY[2:])).body
        assert "min)" not in body and "01:34" not in body, line
    assert not embeds.is_media_pointer("The video was posted at 14:30 and seen by thousands.")


def test_a_polls_question_and_answers_on_one_line_go() -> None:
    for poll in (
        "Statement: Should the library open on Sundays? Agree Disagree",
        "Stelling: Moet de bibliotheek op zondag open zijn? Eens Oneens",
        "Would you visit the library on a Sunday? Yes / No",
    ):
        body = read_text_dump(_dump(HEAD, STORY[:2], [poll], STORY[2:])).body
        assert "Sunday?" not in body and "zondag" not in body, poll
        assert STORY[1][:40] in body and STORY[2][:40] in body, poll
    # a question in the story, answered by a sentence, stays
    kept = ["Will it pay off? No one can say yet, the council admits.", "More follows."]
    assert embeds.without_polls(kept) == kept



def test_a_reaction_box_under_the_story_goes_with_its_question() -> None:
    box = ["How did this story leave you?", "Happy", "Sad", "Angry 12", "Surprised", "Don't care"]
    card = ["Ann Example", "Ann Example writes about the county and its schools for the Valley News since 2019."]
    article = read_text_dump(_dump(HEAD, STORY, ["Library Sundays County council"], box, card))
    assert "Happy" not in article.body and "leave you" not in article.body
    assert STORY[-1] in article.body


def test_a_list_of_things_under_a_question_is_the_storys() -> None:
    # a question over short lines that are no feelings: the story's own list, kept
    blocks = ["What does the stall sell?", "Bread", "Cheese", "Honey", "Eggs"]
    assert embeds.without_polls(blocks) == blocks
    # and three feelings are no reaction box yet
    few = ["How did the town take it?", "Happy", "Sad", "Angry"]
    assert embeds.without_polls(few) == few
