"""The link boxes, tag lines and comment headings of pages written in Catalan, Croatian, Serbian,
Slovene, Bulgarian, Lithuanian, Latvian, Estonian and Indonesian, and the few labels of the first
eight languages their lists lacked ("Lesetipp", "A lire aussi"): they go, the story's lines stay.

The lines are written for these tests, in the shapes pages print them.
"""

from __future__ import annotations

import pytest

import storytexts
from briefkit.importer.boilerplate import filter_blocks, is_interface_line
from briefkit.importer.pagedata import is_page_data
from briefkit.importer.pagewords import END_MARKER
from briefkit.importer.sitenotices import notice_line
from briefkit.importer.storyedges import COMMENTS

OPENING = storytexts.CANAL_OPENING
CLOSING = storytexts.CANAL_CLOSING


@pytest.mark.parametrize(
    "line",
    [
        "Et pot interessar: El port tindrà una grua nova a l'estiu",
        "Pročitajte još: Trajekt za otok vozi i zimi",
        "Preberite še: Pristanišče dobi nov žerjav",
        "Прочетете още: Пристанището получава нов кран",
        "Taip pat skaitykite: Uoste bus pastatytas naujas kranas",
        "Lasi vēl: Ostā uzstādīs jaunu celtni",
        "Loe ka: Sadam saab uue kraana",
        "Baca Juga: Pelabuhan Dapat Derek Baru Tahun Depan",
    ],
)
def test_a_pointer_to_another_story_is_furniture(line: str) -> None:
    assert is_interface_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Lesetipp Der Hafen bekommt im Sommer einen neuen Kran",
        "A lire aussi Le port aura une nouvelle grue cet été",
        "Approfondimento Il porto avrà una nuova gru in estate",
    ],
)
def test_a_label_run_into_the_other_storys_headline_is_a_notice(line: str) -> None:
    assert notice_line(line)


@pytest.mark.parametrize("line", ["Najčitanije", "Najbolj brano", "Най-четени", "Daugiau naujienų", "Loetumad"])
def test_the_heading_of_a_box_of_links_is_an_end_marker(line: str) -> None:
    assert END_MARKER.match(line)


@pytest.mark.parametrize(
    "line",
    [
        "Baca juga laporan keuangan yang dirilis pemerintah kemarin, katanya.",
        "Pročitajte još jednom pravila, rekla je predsjednica udruge.",
        "Lasi vēl vienu reizi, teica skolotāja.",
    ],
)
def test_a_sentence_that_opens_with_the_words_stays(line: str) -> None:
    assert not is_interface_line(line)


@pytest.mark.parametrize("line", ["Komentari (47)", "Komentarji (3)", "Коментари 12", "Comments 347", "Kommentare (8)"])
def test_a_comment_heading_with_its_count_opens_the_comments(line: str) -> None:
    assert COMMENTS.match(line)


def test_a_subheading_with_a_number_is_no_comment_heading() -> None:
    assert not COMMENTS.match("Comments from 2019")
    assert not COMMENTS.match("Komentari stručnjaka o reformi")


@pytest.mark.parametrize("line", ["Oznake: luka, ribarstvo, more", "Žymos: uostas, laivai", "Märksõnad: sadam"])
def test_the_tags_line_is_page_data(line: str) -> None:
    assert is_page_data(line)


def test_a_box_of_dated_titles_between_the_paragraphs_goes_and_the_story_under_it_stays() -> None:
    """The titles close with a date written "2. 12. 2026.", whose point ends no sentence; under
    the story's last paragraphs, the tags line the story's span ends with."""
    box = ["Povezane vijesti", "Luka dobiva novi gat za ribare 2. 12. 2026.", "Otok ograničava jahte 28. 11. 2026."]
    tail = ["Oznake: luka, ribarstvo"]
    kept = filter_blocks([*OPENING, *box, *CLOSING, *tail]).kept
    assert not set(box) & set(kept)
    assert kept[: len(OPENING)] == OPENING and kept[len(OPENING) : len(OPENING) + len(CLOSING)] == CLOSING


@pytest.mark.parametrize(
    ("label", "question", "answers"),
    [
        # the answers' buttons run together when copied, a yes and a no
        ("Stelling", "Moet het dorp een tweede haven krijgen?", "EensOneens"),
        # the button in Serbian, run into the last answer
        ("Anketa", "Da li biste koristili novi trajekt?", "Da NeGlasaj"),
        # the link to the results after the button
        ("Enquete", "Você usaria a nova balsa?", "Sim NãoVotarVer resultado parcial"),
    ],
)
def test_a_poll_between_the_paragraphs_goes(label: str, question: str, answers: str) -> None:
    from briefkit.importer.embeds import without_polls

    assert without_polls([*OPENING, label, question, answers, *CLOSING]) == OPENING + CLOSING


def test_a_question_of_the_story_over_a_paragraph_stays() -> None:
    from briefkit.importer.embeds import without_polls

    answer = "Nobody on the island knows yet, the mayor said on Monday."
    lines = [*OPENING, "Will the ferry run in winter?", answer, *CLOSING]
    assert without_polls(lines) == lines


@pytest.mark.parametrize(
    "line",
    ["Pratite nas i na društvenim mrežama: Fejsbuk, Instagram", "Seguinos en Google News", "Ikuti kami di Instagram"],
)
def test_the_call_to_follow_the_site_is_furniture(line: str) -> None:
    assert is_interface_line(line)
