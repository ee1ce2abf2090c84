"""A byline's "written by" set as a participle and its agent, in the languages beside the first eight:
Polish "Napisane przez", Danish and Norwegian "Skrevet af/av", Swedish "Skrivet av", Romanian "Scris de",
Czech "Napsal(a)", Slovak "Napísal(a)". Names and lines are written for the test.
"""

from __future__ import annotations

import pytest

from briefkit.importer.bylines import parse_byline


@pytest.mark.parametrize(
    "line",
    [
        "Napisane przez: Jana Roewska",
        "Skrevet af Jana Roewska",
        "Skrevet av Jana Roewska",
        "Skrivet av Jana Roewska",
        "Scris de Jana Roewska",
        "Napsala Jana Roewska",
        "Napísal Jana Roewska",
    ],
)
def test_a_written_by_label_names_the_writer(line: str) -> None:
    assert parse_byline(line, bare=False) == ("Jana Roewska",)


def test_the_words_inside_a_sentence_sign_nothing() -> None:
    assert parse_byline("Skrevet av hånd i fjor, sa hun til avisen om brevet.", bare=False) == ()
