"""A release's timing line under its type ("For immediate release") is no title."""

from __future__ import annotations

from briefkit.importer.textdump import read_text_dump

_RELEASE = (
    "Harbour Board\nHome\nNews\nReleases\n\n"
    "NEWS RELEASE\n\n"
    "FOR IMMEDIATE RELEASE\n"
    "June 3, 2026\n\n"
    "Harbour Board Approves $4 Million for New Estuary Ferry\n\n"
    "The hull will be built at the yard on the north quay and carry forty passengers\n\n"
    "PORT ELLIS — The harbour board on Tuesday approved $4 million to replace the estuary ferry, which "
    "stopped running last spring after its hull failed a survey, the board's chair said in a statement.\n\n"
    "The new boat will be built at the yard on the north quay over the winter and is expected to enter "
    "service next summer, carrying up to forty passengers and their bicycles on each crossing.\n\n"
    "“The crossing is how half of this town gets to work, and we owe them a boat that will last,” the chair "
    "said, adding that the board would publish the builder's schedule once the contract was signed.\n\n"
    "The trust that ran the crossing since the county stopped paying for it will operate the new ferry "
    "under a ten-year lease, with the board keeping the boat and the moorings.\n"
)


def test_timing_line_under_the_type_is_not_the_title() -> None:
    assert read_text_dump(_RELEASE).title == "Harbour Board Approves $4 Million for New Estuary Ferry"
