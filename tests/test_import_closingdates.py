"""A text dump's date where the head's reader misses it (fixtures in our own words).

A paper's closing note dates its story: "This article was published in the print edition on …" under
the last paragraph, the page's only date. A review's rating line between headline and byline stops the
head's reader; the byline's "Publié le 04/03/25" (a two-digit year under its label) still dates it.
"""

from __future__ import annotations

from datetime import date, datetime

from briefkit.importer.dumpdates import _date_of_line
from briefkit.importer.textdump import read_text_dump

_STORY = (
    "The old ferry crossed the estuary for the last time on a grey morning, with forty passengers and a brass "
    "band on its deck.\n\n"
    "For sixty years it carried farmers, schoolchildren and their bicycles between the two small harbours.\n\n"
    "The council says a new bridge upstream has made the crossing too expensive to keep running every day.\n\n"
    "Its captain, who began as a deckhand at sixteen, rang the bell one last time as it tied up at the quay.\n\n"
)


def test_a_closing_note_on_the_print_edition_dates_the_story() -> None:
    dump = (
        "Local lives\n\nThe last crossing of the estuary ferry\n\n"
        + _STORY
        + "Harriet Quayle\n\nThis article was published in the print edition on 9 March 2025.\n\n"
        "Local lives\n\nHas someone you love died recently? Write to us about them for Local lives.\n\n"
        "More from Local lives\nAda Pennock obituary 1931 – 2025\nSilas Wren obituary 1944 – 2025\n"
    )
    assert read_text_dump(dump).published == date(2025, 3, 9)
    # read inside the story too, where a sentence's date is otherwise what it tells of
    note = "This article was published in the print edition on 9 March 2025."
    assert _date_of_line(note, near=False, in_story=True) == date(2025, 3, 9)
    assert _date_of_line("The ferry was published in a guide on 9 March 2025.", near=False, in_story=True) is None


def test_a_labelled_two_digit_year_under_a_rating_line() -> None:
    dump = (
        "Théâtre\n\nUn dernier passage sur l'estuaire, joué à guichets fermés\n★★★☆☆ On aime\n\n"
        "Une pièce sur la fin d'un bac, drôle et mélancolique, créée cette semaine au théâtre du port.\n\n"
        "Critique par Odile Ferrand Publié le 04/03/25 à 08h30\n"
        "Le bac traverse l'estuaire une dernière fois, devant un public venu en nombre pour la première.\n\n"
        "Pendant deux heures, six comédiens font revivre les passagers, les écoliers et leurs vélos.\n\n"
        "La mise en scène, sobre, laisse toute la place au texte et à la musique d'une fanfare.\n\n"
        "Le capitaine, joué par un ancien marin, sonne la cloche une dernière fois au baisser de rideau.\n"
    )
    assert read_text_dump(dump).published == datetime(2025, 3, 4, 8, 30)
