"""The dateline that opens a story's first paragraph, in copied pages: over a masthead's day, under an update.

The dumps are written for these tests in the project's own words.
"""

from __future__ import annotations

from datetime import date

from briefkit.importer.datelabels import named_update
from briefkit.importer.leaddatelines import lead_dateline, yearless_lead
from briefkit.importer.textdump import read_text_dump

PARAGRAPH = (
    "The harbour board met late into the evening and agreed to rebuild the northern pier before the winter "
    "storms, after engineers found its piles worn through in several places."
)


def test_the_lead_dateline_beats_the_day_the_masthead_prints() -> None:
    dump = "\n".join(
        [
            "Portview Courier",
            "Portview, Thursday 9 October 2025",
            "Home",
            "Local",
            "Harbour board votes to rebuild the northern pier",
            "",
            "By Ana Kovac",
            "",
            f"Portview, Westshire, 7 October 2025.- {PARAGRAPH}",
            "",
            PARAGRAPH,
            "",
            PARAGRAPH,
        ]
    )
    assert read_text_dump(dump).published == date(2025, 10, 7)


def test_a_lead_dateline_closed_by_a_full_stop_beats_the_sites_update_under_the_story() -> None:
    dump = "\n".join(
        [
            "Ministry of Harbours",
            "News",
            "Harbour board votes to rebuild the northern pier before the winter",
            "",
            "The works will start in November and close the pier for three months.",
            "",
            f"Portview, 7 de octubre de 2025. {PARAGRAPH}",
            "",
            PARAGRAPH,
            "",
            PARAGRAPH,
            "",
            "Última actualización del sitio: 12 de enero de 2026",
        ]
    )
    assert read_text_dump(dump).published == date(2025, 10, 7)


def test_a_yearless_wire_dateline_under_an_update_gives_the_day_filed() -> None:
    dump = "\n".join(
        [
            "Harbour board votes to rebuild the northern pier",
            "",
            "The works will start in November and close the pier for three months.",
            "",
            "Wire Actualizado 08/10/2025 09:15",
            "",
            f"Portview, 7 oct (Wire).- {PARAGRAPH}",
            "",
            PARAGRAPH,
            "",
            PARAGRAPH,
        ]
    )
    assert read_text_dump(dump).published == date(2025, 10, 7)


def test_lead_datelines_and_what_is_none() -> None:
    assert lead_dateline("SEATTLE, March 4, 2026 /Harbor Wire/ -- The port opened a new terminal") == "March 4, 2026"
    assert lead_dateline("Portview, 7 de octubre de 2025. El consejo aprobó") == "7 de octubre de 2025"
    assert lead_dateline("yesterday, 7 October 2025. The board met") is None  # no place: not capitalised
    assert lead_dateline("The board, which met on 7 October 2025 - a Tuesday - agreed") is None
    assert yearless_lead("Portview, 7 oct (Wire).- El consejo", date(2026, 1, 3)) == date(2025, 10, 7)
    assert yearless_lead("Portview, 7 oct.- El consejo", date(2026, 1, 3)) is None  # no agency: not a wire's


def test_a_dateline_naming_its_source_before_the_update_label_is_an_update() -> None:
    assert named_update("Wire Actualizado 08/10/2025 09:15")
    assert named_update("Jane Roe · Updated 8 October 2025")
    assert not named_update("Jane Roe · 7 October 2025, updated 8 October 2025")
    assert not named_update("Published 7 October 2025 · Updated 8 October 2025")
