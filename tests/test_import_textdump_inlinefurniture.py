"""What a copied story carries inside it that is not the story: a box of links between two of its
paragraphs (the paragraphs under it stay), a download link with its file size, an app's promotion, a
raffle's box, a "read also" label with a full stop before the other story's headline.

The lines are written for these tests, in the shapes real pages give.
"""

from __future__ import annotations

import storytexts
from briefkit.importer.boilerplate import filter_blocks, is_interface_line

OPENING = storytexts.CANAL_OPENING
CLOSING = storytexts.CANAL_CLOSING


def test_a_box_of_links_inside_the_story_goes_and_the_paragraphs_under_it_stay() -> None:
    more = ["The lower basin has room for forty boats, the harbour master said.", "Anglers will keep their pitches."]
    blocks = [*OPENING, *more, "Related stories", "Storm damage along the coast", "Water board elects a new chair"]
    blocks += CLOSING
    kept = filter_blocks(blocks).kept
    assert "Related stories" not in kept and "Storm damage along the coast" not in kept
    assert kept[-2:] == CLOSING


def test_a_box_of_links_under_the_story_still_ends_it_with_its_teasers() -> None:
    blocks = [
        *OPENING,
        *CLOSING,
        "Related stories",
        "Storm damage along the coast",
        "The sea broke through a dyke in two places.",
        "Water board elects a new chair",
        "The board met on Tuesday for the first time since the summer.",
    ]
    kept = filter_blocks(blocks).kept
    assert kept == OPENING + CLOSING


def test_a_promotion_for_the_publishers_app_is_furniture() -> None:
    assert is_interface_line("Download the Harbour News app for alerts on your phone.")
    assert is_interface_line("Laden Sie sich die Nachrichten-App herunter, um nichts zu verpassen.")
    # a sentence about an app is the story's
    assert not is_interface_line("The council said the app had been downloaded 40,000 times since its launch in May.")


def test_a_download_link_with_its_file_size_is_furniture() -> None:
    assert is_interface_line("The report as audio (3,4 MB | MP3) · 4:05 min.")
    assert not is_interface_line("The report, a file of 3.4 MB, was sent to every member of the council on Monday.")


def test_a_raffles_box_is_furniture() -> None:
    assert is_interface_line("Giveaway: we have two tickets for Friday! Write to us by Sunday.")


def test_a_read_also_label_over_a_headline_after_a_full_stop_is_furniture() -> None:
    assert is_interface_line("LIRE AUSSI. Le port rouvre ses quais ?")
    assert is_interface_line("LEGGI ANCHE Porto, riapre la banchina nord")  # the label in capitals, then a space
    assert not is_interface_line("Lire aussi les mémoires du capitaine, conseille-t-elle.")
    assert not is_interface_line("Leggi anche Marco Polo, suggerisce la guida")
