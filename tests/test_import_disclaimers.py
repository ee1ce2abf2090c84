"""A disclaimer's paragraph under a copied story, opened by its label, is furniture (`disclaimers`)."""

from __future__ import annotations

from briefkit.importer.boilerplate import filter_blocks
from briefkit.importer.disclaimers import is_disclaimer


def test_labelled_disclaimers_in_several_languages() -> None:
    assert is_disclaimer("Disclaimer: the opinions of the analysts quoted here are theirs alone and not the site's.")
    assert is_disclaimer("(Legal disclaimer: this wire copy is supplied as it is, with no warranty whatsoever.)")
    assert is_disclaimer("Haftungsausschluss: Für die Inhalte fremder Seiten übernehmen wir keine Gewähr.")
    assert is_disclaimer("Aviso legal: los contenidos reproducidos proceden de otros medios de la región.")
    assert is_disclaimer("声明：本站文章来自网络，仅供参考，观点不代表本站立场。")


def test_the_same_words_inside_a_story_are_kept() -> None:
    # the word in a sentence, a bare heading, an editor's note: none opens with the label and says something
    assert not is_disclaimer("The bank added a disclaimer: forecasts can change.")
    assert not is_disclaimer("Disclaimer:")
    assert not is_disclaimer("Note: the figures were revised on Tuesday after the council's vote.")
    assert not is_disclaimer("Statement: the mayor will resign at the end of the month, her office said.")


def test_a_long_disclaimer_is_furniture_however_long() -> None:
    line = "Disclaimer: " + "the readers' remarks below are their own and the paper takes no part in them; " * 4
    assert filter_blocks(["The ferry runs again on Sundays, the operator said on Monday.", line]).kept == [
        "The ferry runs again on Sundays, the operator said on Monday."
    ]
