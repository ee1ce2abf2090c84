"""A line of a copied story that points to another story by its headline: a label in capitals with its
colon or arrow, or a label run into the headline with no space between. The story's own lines that
look alike stay: a subheading, an interview's speaker in capitals, a sentence that opens on a dateline,
a brand's name written as one word with a capital inside, printed again in the story. A label in
ordinary case ("See also:") is told by its words, which every site of the language prints.

The lines are written for these tests, in the shapes real pages give.
"""

from __future__ import annotations

import pytest

from briefkit.importer.boilerplate import filter_blocks, is_interface_line
from briefkit.importer.relatedlines import glued_pointer, shouted_pointer
from briefkit.importer.sitenotices import notice_line

_PARAGRAPH = (
    "The harbour board met on Tuesday evening and agreed to spend the reserve on the north quay, "
    "which has been closed to lorries since the storm in March."
)
_NEXT = "Work is to start in the spring and should take eighteen months, the board's chair told the meeting."


@pytest.mark.parametrize(
    "line",
    [
        "SEE ALSO: Ferry timetable changes for the winter months",
        "LIES AUCH: Neue Brücke über den Kanal wird im Mai eröffnet",
        "À LIRE → Le marché couvert rouvre après deux ans de travaux",
        "▶ RELACIONADO: Vecinos piden más autobuses hacia el hospital",
        "ΔΙΑΒΑΣΤΕ: Νέα γραμμή λεωφορείου για το λιμάνι από τον Ιανουάριο",
    ],
)
def test_a_label_in_capitals_over_another_headline_points_away(line: str) -> None:
    assert shouted_pointer(line)


@pytest.mark.parametrize(
    "line",
    [
        "BACKGROUND",  # a subheading in capitals, no headline after it
        "THE QUAY IN NUMBERS: FOUR DECADES OF CARGO",  # capitals throughout: the story's own subheading
        "MAYOR: We will not close the quay while I hold this office.",  # an interview's speaker, a sentence
        "EU: Ministers agree on new rules for ports",  # a short acronym names the subject
        "LONDON: The harbour board met on Tuesday and agreed to spend its reserve.",  # a dateline's sentence
        "Background: the quay's long decline",  # a subheading's label in ordinary case
    ],
)
def test_the_storys_own_capitals_stay(line: str) -> None:
    assert not shouted_pointer(line)


@pytest.mark.parametrize(
    "line",
    [
        "More on the topicFerry timetable changes for the winter months",
        "Das könnte Sie auch interessierenNeue Brücke über den Kanal wird im Mai eröffnet",
        "Другие материалыНовая линия автобуса пойдёт к порту с января",
    ],
)
def test_a_label_run_into_another_headline_points_away(line: str) -> None:
    assert glued_pointer(line, line)


def test_a_brand_written_as_one_word_is_a_name_when_the_story_prints_it_again() -> None:
    line = "New routes from easyJet to Bergen and Tromsø"
    assert glued_pointer(line, line)  # alone, the shape is a glue's
    story = f"{line}\n\nThe airline easyJet said the routes would run twice a week from April."
    assert not glued_pointer(line, story)


@pytest.mark.parametrize(
    "line",
    [
        "The iPhone maker opened a new store on the quay",  # one lower-case letter is a brand's, not a label's
        "Port sales rise again, the board saysNew figures",  # a sentence's end before the glue
        "More on the topicFerry",  # no headline after the label
        "harbour boardMet on Tuesday to agree the plan for the quay",  # a label opens with a capital
    ],
)
def test_lines_without_a_glued_label_stay(line: str) -> None:
    assert not glued_pointer(line, line)


def test_the_pointer_goes_and_the_story_around_it_stays() -> None:
    blocks = [
        _PARAGRAPH,
        "SEE ALSO: Ferry timetable changes for the winter months",
        _NEXT,
        "Why the quay matters",
        _NEXT,
    ]
    kept = filter_blocks(blocks).kept
    assert "SEE ALSO: Ferry timetable changes for the winter months" not in kept
    assert kept == [_PARAGRAPH, _NEXT, "Why the quay matters", _NEXT]
    glued = [_PARAGRAPH, "Related storiesFerry timetable changes for the winter months", _NEXT]
    assert filter_blocks(glued).kept == [_PARAGRAPH, _NEXT]


@pytest.mark.parametrize(
    "line",
    [
        "Läs mer: Färjan till ön går oftare i vinter",  # Swedish "read more", Danish "read more"
        "Læs mere: Ny cykelsti langs fjorden åbner til foråret",
        "Zie ook: Gemeente zoekt nieuwe plek voor de weekmarkt",  # Dutch "see also"
        "Te recomendamos: Abren nueva ruta de autobús hacia el puerto",  # Spanish "we recommend"
        "Ранее мы писали: В порту построят новый причал для паромов",  # Russian "earlier we wrote"
        "Раніше ми писали: У порту збудують новий причал для поромів",  # Ukrainian "earlier we wrote"
        "Σχετικό: Νέο δρομολόγιο πλοίου για το νησί από τον Μάρτιο",  # Greek "related"
    ],
)
def test_a_read_also_label_with_a_colon_over_another_headline_is_furniture(line: str) -> None:
    assert is_interface_line(line)


def test_a_related_label_run_into_its_headline_is_a_notice() -> None:
    assert notice_line("İlgili Haber Limanda yeni feribot iskelesi için ihale açıldı")  # Turkish "related story"


@pytest.mark.parametrize(
    "line",
    [
        "Раніше ми писали, що міст закриють на ремонт до кінця зими.",  # the story's own sentence
        "Zie ook de website van de gemeente voor de nieuwe dienstregeling.",
        "Läs mer om projektet på kommunens webbplats.",
        "Te recomendamos llegar temprano, dijo la directora del museo.",
    ],
)
def test_a_sentence_opening_with_those_words_stays(line: str) -> None:
    assert not is_interface_line(line)
    assert not notice_line(line)
