"""Lines a site prints about itself around a story, told by their vocabulary in each language and by
their shape: a row of share buttons under its label, an appeal to share the piece, the design's
credit, a licence notice, the label of the issue a magazine piece appeared in, a blog post's footer
line, a service note with a number to call, the paywall's "continue reading with …" button, an
offer's price with the term it holds for.

The lines are written for these tests, in the shapes real pages give.
"""

from __future__ import annotations

import pytest

from briefkit.importer.boilerplate import is_interface_line


@pytest.mark.parametrize(
    "line",
    [
        "Enjoyed the read? Don't forget to share it!",
        "Beitrag gefallen? Vergessen Sie nicht, ihn zu teilen!",
        "Theme by Jane Roe and friends.",
        "Design von Jane Roe. Symbole von Sam Poe.",
        "Erschienen in:",
        "The texts on this blog are licensed under a Creative Commons licence.",
        "Posted on 4 May 2019 at 10:12 and filed under Gardening, Tools. Comments are closed.",
        "Nächste Termine: 3. und 10. Mai, jeweils 20 Uhr. Karten unter 0421 55120.",
        "Continue reading with Harbour+",  # the paywall's button
        "Beitrag teilen: Facebook WhatsApp E-Mail",  # a row of share buttons under its label
        "Two nights with breakfast from €180 per person. Valid until 31 March.",  # an offer's box
    ],
)
def test_a_sites_note_about_itself_is_furniture(line: str) -> None:
    assert is_interface_line(line)


@pytest.mark.parametrize(
    "line",
    [
        # the story's own sentences that share some of those words
        "The foundation behind Creative Commons said it would move its office to Berlin next year.",
        "Creative Commons Platforms",  # a heading on the licence body's own page
        "Umsatz: Der Verein nahm im vergangenen Jahr 1 050 000 Euro an Beiträgen ein.",
        "The design by the young architect won the city's competition in the spring of that year.",
        "Rooms cost €180 a night this winter, a price the owners said they could not hold for long.",
    ],
)
def test_the_storys_own_lines_stay(line: str) -> None:
    assert not is_interface_line(line)
