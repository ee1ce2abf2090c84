"""The newsroom's question for tips, "something we should write about?", with a way to reach it (`tipcalls`)."""

from __future__ import annotations

import pytest

from briefkit.importer.boilerplate import filter_blocks
from briefkit.importer.tipcalls import is_tip_call


@pytest.mark.parametrize(
    "line",
    [
        "Know of something we should write about? Mail desk@example.org or text 40 400.",
        "Wissen Sie etwas, worüber wir berichten sollten? Schreiben Sie an hinweise@example.de",
        "Vet du något vi borde skriva om? Ring oss på 08 123 45 67.",
        "Macie coś, o czym powinniśmy napisać? Piszcie na redakcja@example.pl",
        "Got a story? We pay for newstips: call 0800 123 456.",
    ],
)
def test_a_call_for_tips_with_a_way_to_send_them_is_furniture(line: str) -> None:
    assert is_tip_call(line, len(line.split()))
    assert filter_blocks([line]).kept == []


def test_a_story_sentence_about_writing_or_tips_stays() -> None:
    # no question, or no way to reach anyone, or a sentence of the story
    assert not is_tip_call("The council said it should write to every household by May.", 11)
    assert not is_tip_call("Should the club write to its members before the vote? The chair thinks so.", 14)
    assert not is_tip_call("Fishermen shared their best tips at the fair on the quay.", 11)
