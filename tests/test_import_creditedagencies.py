"""An agency a byline credits after the writer's name: the copy's source, no second writer, even in the meta author."""

from __future__ import annotations

from briefkit.importer.htmlpage import read_html
from briefkit.importer.wirecredits import agency_name

BODY = "<p>" + " ".join(["The river's fish numbers recovered over two dry summers, a survey of the basin found."] * 8) + "</p>"


def _page(meta: str, byline: str) -> str:
    return (
        f"<!doctype html><html><head><title>Fish numbers recover</title><meta name='author' content='{meta}'></head>"
        f"<body><article><h1>Fish numbers recover in the river</h1><div class='story-byline'>{byline}</div>{BODY}"
        "</article></body></html>"
    )


def test_the_writer_printed_over_the_agency_credit_beats_the_agency_in_the_meta_author() -> None:
    byline = "<span class='author'>Dana Marlow</span> <span class='byline-agency'>Southern Associated Press</span>"
    assert read_html(_page("Southern Associated Press", byline)).authors == ("Dana Marlow",)


def test_the_agency_alone_still_signs_its_copy() -> None:
    byline = "<span class='byline-agency'>Southern Associated Press</span>"
    assert read_html(_page("Southern Associated Press", byline)).authors == ("Southern Associated Press",)


def test_a_press_cooperatives_name_is_an_agencys() -> None:
    assert agency_name("Southern Associated Press")
    assert agency_name("Northern Press Association")
    assert not agency_name("Dana Marlow")
