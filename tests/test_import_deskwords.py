"""A newsroom's name in an author field, in the languages beyond the first eight: kept only when no person signs."""

from __future__ import annotations

import json

from briefkit.importer.htmlpage import read_html

BODY = "<p>" + " ".join(["El consell va aprovar ahir la reforma del moll després d'un llarg debat al ple."] * 8) + "</p>"


def _page(desk: str, person: str) -> str:
    ld = {"@type": "NewsArticle", "headline": "El moll nou", "author": {"@type": "Person", "name": desk}}
    return (
        f"<!doctype html><html><head><title>El moll nou</title><meta name='author' content='{person}'>"
        f"<script type='application/ld+json'>{json.dumps(ld)}</script></head><body><article>"
        f"<h1>El moll nou</h1><div class='autor'>Per <b>{person}</b> (XYZ)</div>{BODY}</article></body></html>"
    )


def test_a_catalan_newsroom_in_the_json_ld_gives_way_to_the_printed_writer() -> None:
    assert read_html(_page("Redacció", "Marta Puig Soler")).authors == ("Marta Puig Soler",)


def test_a_portuguese_and_an_indonesian_newsroom_give_way_too() -> None:
    assert read_html(_page("Redação", "Marta Puig Soler")).authors == ("Marta Puig Soler",)
    assert read_html(_page("Redaksi Kabar Pantai", "Marta Puig Soler")).authors == ("Marta Puig Soler",)
