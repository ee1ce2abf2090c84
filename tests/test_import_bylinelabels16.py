"""Bylines whose keyword is followed by more than the name: a post, a mail address, a colon."""

from __future__ import annotations

import pytest

from briefkit.importer.bylines import parse_byline


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Af Ellen Krogh Økonomisk reporter", ("Ellen Krogh",)),  # a Danish writer's post after the name
        ("Av Nils Berg Utrikes korrespondent", ("Nils Berg",)),
        ("By Mary Stone Senior Political Editor", ("Mary Stone",)),
        ("Oleh Siti Rahmah Ismail - srahmah@paper.example", ("Siti Rahmah Ismail",)),  # the desk's mail after a dash
        ("By Tom Gale | tgale@example.org", ("Tom Gale",)),
        ("Γράφει: Ελένη Μαρκου", ("Ελένη Μαρκου",)),  # "writes:" as the label, with its colon
        ("By Anna Lind and Per Holm", ("Anna Lind", "Per Holm")),  # two writers, no post: unchanged
    ],
)
def test_signed_byline_keeps_only_the_names(line: str, names: tuple[str, ...]) -> None:
    assert parse_byline(line, bare=False) == names


def test_the_writes_verb_alone_is_no_label() -> None:
    assert parse_byline("Γράφει η ιστορία", bare=False) != ("Ιστορία",)
