"""One writer named in two forms on one page, and a writer's name printed on its own under a headline.

Small pages written for these tests: a blog whose metadata keeps the writer's first name only, a
byline whose grammar bends the name while the metadata files it plainly, and text dumps whose
author card or column signature stands between the headline and the story.
"""

from __future__ import annotations

import json

from briefkit.importer.htmlpage import read_html
from briefkit.importer.nameforms import fuller, uninflected
from briefkit.importer.textdump import read_text_dump

BODY = " ".join(["The ferry crossed the bay twice on Sunday while the harbour board met in the old customs house."] * 6)


def page(ld_author: str, byline: str, head: str = "") -> str:
    ld = json.dumps(
        {"@context": "https://schema.org", "@type": "NewsArticle", "author": {"@type": "Person", "name": ld_author}}
    )
    return (
        "<!doctype html><html><head><title>Ferry timetable</title>"
        f'<script type="application/ld+json">{ld}</script>{head}'
        f'</head><body><article><h1>Ferry timetable changes for winter</h1><div class="byline">{byline} '
        '<time datetime="2025-03-03T10:00:00+02:00">03.03.2025</time></div>'
        f"<p>{BODY}</p></article></body></html>"
    )


def test_a_first_name_in_the_metadata_gives_way_to_the_full_printed_name() -> None:
    assert fuller("Tove", ["Tove Brandsæter"]) == "Tove Brandsæter"
    assert fuller("Tove", ["Tove Brandsæter", "Tove Lind"]) == "Tove"  # two people it may be: unchanged
    assert fuller("Tove Lind", ["Tove Lindqvist"]) == "Tove Lind"


def test_a_bent_byline_name_is_filed_as_the_metadata_writes_it() -> None:
    assert uninflected("Ελένης Παππά", ["Ελένη Παππά"]) == "Ελένη Παππά"
    assert uninflected("Ελένης Παππά", ["Ελένη Ρήγα"]) == "Ελένης Παππά"  # another surname: another person
    assert uninflected("Jan Bo", ["Jana Bo"]) == "Jan Bo"  # words too short to tell an ending from a name


def test_a_saved_page_names_its_blogger_in_full_and_its_bent_byline_as_filed() -> None:
    article = read_html(page("Tove", "<span>Tove Brandsæter</span>", '<meta name="author" content="Tove">'))
    assert article.authors == ("Tove Brandsæter",)
    article = read_html(
        page("Ελένη Παππά", '<span class="author">Της <a href="/author/eleni-pappa">Ελένης Παππά</a></span>')
    )
    assert article.authors == ("Ελένη Παππά",)


LEAD = "The harbour board met on Sunday in the old customs house and agreed to order two new ferries for the bay."
MIDDLE = "The ferries will run on batteries and charge at the quay while passengers board, the board said on Monday."
CLOSE = "Fishermen said the quieter boats would be welcome, though some asked who would pay for the new charging quay."


def test_a_writer_name_on_its_own_line_under_the_headline_is_no_title() -> None:
    lines = ["Home", "Walks", "About", "Four days along the northern coast path, hut to hut"]
    lines += [
        "Three nights in huts and sheep as far as the eye can see: our route across the high moor.",
        "Torvald Eskelund",
    ]
    lines += ["3 March 2025 · 8 min read", "The moor above the village at dusk. Photo: Torvald Eskelund"]
    article = read_text_dump("\n\n".join([*lines, LEAD, MIDDLE, CLOSE, LEAD + " " + MIDDLE, CLOSE]))
    assert article.title == "Four days along the northern coast path, hut to hut"
    assert article.authors == ("Torvald Eskelund",)


def test_a_crosshead_in_capitals_inside_the_story_signs_nothing() -> None:
    lines = [
        "Home",
        "News",
        "Harbour board orders two electric ferries for the bay",
        "2025-03-03 08:15 UTC · 400 words",
    ]
    lines += ["OSLO, March 3 (NPA) - " + LEAD, MIDDLE, "FERRY CROSSINGS", CLOSE, LEAD, MIDDLE, CLOSE + " " + LEAD]
    lines += ["(Reporting by Torvald Eskelund; Editing by Mira Sandvik)", "Related items"]
    article = read_text_dump("\n\n".join(lines))
    assert article.authors == ("Torvald Eskelund",)


def test_a_copied_page_names_its_writer_as_the_author_box_prints_the_name() -> None:
    lines = ["Αρχική", "Κοινωνία", "Το λιμάνι αποκτά δεύτερη μονάδα αφαλάτωσης πριν από το καλοκαίρι"]
    lines += ["Της Ελένης Παππαδάκη | 04.12.2025 • 11:20"]
    lines += [LEAD, MIDDLE, CLOSE, LEAD + " " + MIDDLE, CLOSE, "Ελένη Παππαδάκη", "Δημοσιογράφος του ρεπορτάζ."]
    article = read_text_dump("\n\n".join(lines))
    assert article.authors == ("Ελένη Παππαδάκη",)
