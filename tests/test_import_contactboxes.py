"""A contact box set into a saved page's story: a contact heading over the office's number or address."""

from __future__ import annotations

import lxml.html
import pytest

from briefkit.importer.contactboxes import contact_box
from briefkit.importer.htmltails import drop_headed_furniture_boxes

STORY = [
    "The water board will replace the old sluice gate at the mill pond before the spring floods arrive.",
    "Engineers found that the oak beams of the gate had rotted through below the waterline last summer.",
]


def _page(box: str) -> str:
    paragraphs = "".join(f"<p>{s}</p>" for s in STORY)
    return f"<html><body><main><div class='story'><h1>A new gate</h1>{paragraphs}{box}</div></main></body></html>"


@pytest.mark.parametrize(
    ("heading", "line"),
    [
        ("Contact", "Press office of the Water Board<br>Telephone 030 123 45 67"),
        ("Kontakt", "Wasserverband, Referat Kommunikation, presse@wasser.example"),
        ("Contacts", "Service communication · +33 1 23 45 67 89"),
        ("Contatti", "Ufficio stampa del Consorzio, tel. 02 555 1234"),
    ],
)
def test_a_contact_heading_over_the_offices_number_is_left_out(heading: str, line: str) -> None:
    tree = lxml.html.document_fromstring(_page(f"<div class='box'><h3>{heading}</h3><p>{line}</p></div>"))
    drop_headed_furniture_boxes(tree)
    text = tree.text_content()
    assert all(s in text for s in STORY)
    assert heading not in text and line.split()[-1] not in text


def test_a_contact_heading_over_the_storys_prose_stays() -> None:
    box = (
        "<section><h2>Contact</h2><p>The two divers lost touch with the boat for 40 minutes "
        "before the crew found them near the buoy.</p></section>"
    )
    tree = lxml.html.document_fromstring(_page(box))
    drop_headed_furniture_boxes(tree)
    assert "lost touch" in tree.text_content()


def test_the_box_needs_its_heading_and_a_way_to_reach_the_office() -> None:
    assert contact_box("Kontakt", ["Stadtwerke, Telefon 0711 555 2020"])
    assert contact_box("Contacto", ["Gabinete de comunicación, prensa@agua.example"])
    assert not contact_box("Kontakt", ["Die Stadtwerke antworten bis Freitag."])  # no number
    assert not contact_box("Results", ["Hotline 0800 555 1234"])  # not a contact heading
    assert not contact_box("Contact", ["In 2024 the board met 12 times."])  # a year and a count, no number


def test_a_heading_that_names_the_press_is_left_to_the_pass_that_ends_the_story_there() -> None:
    # "Pressekontakt" closes the story with all under it (a back link, a list of other releases)
    assert not contact_box("Pressekontakt", ["Stadtwerke, Telefon 0711 555 2020"])
