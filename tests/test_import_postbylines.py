"""A byline card copied into one line (name then post, handle or house) and a writer's card under the
story's closing share row and tags."""

from __future__ import annotations

from briefkit.importer import closingrows, signoffs, storyspan
from briefkit.importer.postbylines import name_before_post


def test_name_then_post_in_several_languages() -> None:
    assert name_before_post("Mette Fjell journalist") == ("Mette Fjell",)
    assert name_before_post("Pablo Ortiz Vidal Corresponsal en Lisboa @portizv") == ("Pablo Ortiz Vidal",)
    assert name_before_post("Greta Baum Redakteurin") == ("Greta Baum",)
    assert name_before_post("Jānis Ozols (Reģionālo ziņu dienests)") == ("Jānis Ozols",)


def test_not_a_card() -> None:
    assert name_before_post("Mette Fjell") == ()  # a bare name is read elsewhere
    assert name_before_post("Lars Holm fotograf") == ()  # a photographer's card names no writer
    assert name_before_post("Floods close the valley road (video)") == ()
    assert name_before_post("The Harbour Board meets again on Monday to vote on the new fees for the moorings") == ()


def test_closing_rows() -> None:
    assert closingrows.is_closing_row("Facebook X WhatsApp E-mail")
    assert closingrows.is_closing_row("Tags: Harbour Fees Ferries")
    assert not closingrows.is_closing_row("The board will meet again in spring, the chair said.")


def _span(units: list[str], end: int) -> storyspan.Span:
    return storyspan.Span(0, 1, end)


def test_name_under_share_row_and_tags_signs_the_story() -> None:
    units = [
        "Ferry fares rise again",
        "The island's ferry company will raise its fares for the third time in two years from the spring.",
        "Commuters who cross every day say the rise will cost them more than a month's rent over a year.",
        "Facebook X WhatsApp E-mail",
        "Tags: Ferries Fares",
        "Oskar Lind",
        "Oskar covers transport and the islands for the paper, from the harbour office.",
        "Related Posts",
    ]
    assert signoffs.name_under_story(units, _span(units, 3)) == ("Oskar Lind",)


def test_share_row_alone_is_no_signature() -> None:
    units = [
        "Ferry fares rise again",
        "The island's ferry company will raise its fares for the third time in two years from the spring.",
        "Commuters who cross every day say the rise will cost them more than a month's rent over a year.",
        "Facebook X WhatsApp E-mail",
        "Related Posts",
    ]
    assert signoffs.name_under_story(units, _span(units, 3)) == ()
