"""An advertisement's label in any language the importer reads takes its ad out, on a saved page and in a
copied page's lines, and one list of labels serves every pass (`adlabels`)."""

from __future__ import annotations

import re

import storytexts
from briefkit.importer import adlabels, storyboxes
from briefkit.importer.htmlpage import read_html

STORY = storytexts.LIBRARY


def _page(box: str, lang: str) -> str:
    paras = [f"<p>{s}</p>" for s in STORY]
    return (
        f"<html lang='{lang}'><head><title>Library opens on Sundays</title></head><body><div class='col'>"
        f"<h1>Library opens on Sundays</h1>{''.join(paras[:2])}{box}{''.join(paras[2:])}</div></body></html>"
    )


def test_a_box_under_a_label_in_a_language_beside_the_eight_goes_on_a_saved_page() -> None:
    for label, copy, lang in (
        ("Inzercia", "Predám garáž pri stanici, 12 m², tel. 0900 000 000", "sk"),
        ("Oglasno sporočilo", "Zimska ponudba: kolesa -20 % v trgovini ob mostu", "sl"),
        ("Reklāma", "Ziemas riepas ar atlaidi līdz 30 % – tikai šonedēļ!", "lv"),
        ("Iklan", "Diskon 25 % untuk semua sepatu lari, hanya minggu ini!", "id"),
    ):
        body = read_html(_page(f"<div class='x'><span>{label}</span><p>{copy}</p></div>", lang)).body
        assert copy.split()[0] not in body, label
        assert STORY[0] in body and STORY[-1] in body


def test_a_copied_ads_pitch_under_its_label_goes_in_each_language() -> None:
    lines = [*STORY[:2], "Oglasno sporočilo", "Zimska ponudba: kolesa -20 % v trgovini ob mostu!", *STORY[2:]]
    assert storyboxes.without_asides(lines) == list(STORY)


def test_a_word_that_also_opens_a_sentence_is_a_label_only_alone_on_its_line() -> None:
    # Italian "ad" before a vowel, a Polish sentence on advertising: never an ad glued to its label
    for line in ("Ad Ancona il mercato coperto riapre – lo ha detto il sindaco", "Reklama w radiu kosztuje 20 % mniej"):
        assert storyboxes._TITLED_AD.match(line) is None and storyboxes._SHOUTED_AD.match(line) is None
    assert re.fullmatch(adlabels.words(), "reklama", re.I)
    assert re.fullmatch(adlabels.shouted_words(), "ΔΙΑΦΗΜΙΣΗ")  # Greek capitals drop the accents


def test_the_longest_label_is_tried_first() -> None:
    found = re.match(adlabels.words(), "gesponserter inhalt")
    assert found is not None and found.group(0) == "gesponserter inhalt"  # not "gesponserter"
