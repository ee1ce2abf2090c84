"""The one-line calls a page prints to its reader around a copied story (see `readercalls`), in the
eight languages and the twelve more: sharing the article with a friend, joining the comments, a
blocked post's stand-in, a broadcast report to listen to, a live broadcast to watch, the address for
corrections, an offer's button, the tip jar, the appeal for the house's journalism, the count of
paying readers, following the author, the house's crossword and the disclosure note. The story's
sentences on the same subjects stay, and a call between two paragraphs does not end the story.
"""

from __future__ import annotations

import pytest

from briefkit.importer.blocktext import words
from briefkit.importer.readercalls import is_reader_call
from briefkit.importer.textdump import read_text_dump


def _call(line: str) -> bool:
    return is_reader_call(line, len(words(line)))


@pytest.mark.parametrize(
    "line",
    [
        "Bookmark articleShare this article with a friend for free",
        "Spara artikelnDela artikeln med en vän",
        "Udostępnij artykuł znajomemu",
        "Sdílejte článek s přítelem",
        "Opinie (12) – dołącz do dyskusji",
        "Zapojte se do diskuse (57 příspěvků)",
        "Tartışmaya katılın",
        "Tento obsah z Instagramu nelze zobrazit. Povolte soubory cookie sociálních sítí.",
        "Acest conținut de pe YouTube nu poate fi afișat. Acceptă cookie-urile.",
        "Sisältöä ei voida näyttää, koska evästeet on estetty.",
        "Écoutez l'émission du samedi (12 min) :",
        "Ακούστε τη συνέντευξη στην εκπομπή «Πρωινή Ζώνη»",
        "Kuuntele koko haastattelu Aamuohjelmasta",
        "Hyvää joulua! Katso suora lähetys torilta klo 18",
        "Sledujte živě slavnostní ceremoniál od 20 hodin",
        "Found a typo? Write to fixes@example.org",
        "Znalazłeś błąd? Napisz na poprawki@example.pl",
        "Leasing ciągników od 1 proc. – sprawdź ofertę partnera",
        "Nie mamy reklam. Postaw nam kawę, jeśli możesz.",
        "Like our work? Buy us a coffee – every cup counts.",
        "Wesprzyj lokalne dziennikarstwo",
        "Podpořte nezávislou redakci",
        "Join 3,200 readers who keep this newsletter free.",
        "Folgen Sie der Autorin, um keinen Artikel zu verpassen.",
        "Obserwuj autora",
        "Yazarı takip et",
        "Play today's quick crossword",
        "Löse das Kreuzworträtsel der Woche",
        "Disclosure: The Harbour Post receives a grant from the port foundation.",
    ],
)
def test_a_call_to_the_reader_is_furniture(line: str) -> None:
    assert _call(line)


@pytest.mark.parametrize(
    "line",
    [
        "The council will share the article's findings with a friend of the mayor, the clerk said.",
        "Autor del artículo",
        "A reportagem dela ganhou um prémio.",
        "El autor sigue en prisión.",
        "Stöd till lokaljournalistik",
        "Se transmitirá en directo por la televisión regional.",
        "Do crosswords keep the brain young?",
        "The debate went on for hours, and residents joined the discussion late at night.",
        "Update: the search works again. Errors can be reported to admin@example.org",
        "Listen to the report, the minister told the chamber.",
        "Readers of the crossword page wrote in by the hundred.",
        "The festival will be shown live on the square, organisers said.",
    ],
)
def test_the_storys_sentences_on_the_same_subjects_stay(line: str) -> None:
    assert not _call(line)


def test_a_call_between_paragraphs_goes_and_the_story_goes_on() -> None:
    dump = "\n\n".join(
        [
            "Harbour ferry returns after a winter in dry dock",
            "By Ada Marsh",
            "12 March 2026",
            "The little ferry that links the two halves of the old harbour is back in service after four months "
            "in dry dock, its hull patched and its engine replaced by a quieter electric one.",
            "Crews worked through the coldest weeks of the year to have the boat ready before the spring markets, "
            "when the crossing carries most of its passengers and the stalls on both quays open again.",
            "Found an error? Write to fixes@example.org",
            "The operator says the new engine halves the cost of a crossing and lets the ferry run later in the "
            "evening, which shop owners on the north quay have asked for since the boat was first laid up.",
            "Timetables for the summer will be published in May, once the harbour master has agreed the new hours "
            "with the fishing cooperative that shares the inner basin with the ferry.",
        ]
    )
    article = read_text_dump(dump)
    assert "fixes@example.org" not in article.body
    assert "shop owners on the north quay" in article.body
    assert "fishing cooperative" in article.body
