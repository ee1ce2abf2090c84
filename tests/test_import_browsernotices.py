"""A player's notice about the reader's browser, printed among a saved page's paragraphs, goes.

Lines written for these tests in the project's own words, in the eight languages; the story's
sentences about browsers, told in the third person, stay.
"""

from __future__ import annotations

import pytest

from briefkit.importer.browsernotices import browser_notice, without_browser_notices
from briefkit.importer.htmlpage import read_html

NOTICES = [
    "Please switch to another browser to watch this clip",
    "Your browser cannot play this video.",
    "Ihr Browser kann dieses Video leider nicht abspielen.",
    "Bitte aktivieren Sie JavaScript, um die Karte zu sehen.",
    "Votre navigateur ne permet pas de lire cette vidéo.",
    "Tu navegador no admite la reproducción de este vídeo.",
    "Il tuo browser non supporta la riproduzione del video.",
    "O seu navegador não suporta este leitor de vídeo.",
    "Uw browser ondersteunt deze speler niet.",
    "Ваш браузер не поддерживает воспроизведение видео.",
    "Включите JavaScript, чтобы увидеть карту",
]
STORY = [
    "Users should update their browser, the county's IT office said on Monday.",
    "The library's old computers run a browser that no longer gets updates, staff said.",
    "Der Browser der Stadtverwaltung unterstützt die neue Seite nicht, sagte ein Sprecher.",
    "El navegador del ayuntamiento no soporta la nueva sede electrónica, según la concejala.",
]


@pytest.mark.parametrize("line", NOTICES)
def test_a_notice_about_the_readers_browser_goes(line: str) -> None:
    assert browser_notice(line)


@pytest.mark.parametrize("line", STORY)
def test_a_storys_sentence_about_browsers_stays(line: str) -> None:
    assert not browser_notice(line)


def test_the_notice_goes_from_a_saved_pages_story() -> None:
    paras = "".join(f"<p>{s}</p>" for s in STORY)
    player = "<div class='player'><button>Play</button><p>Your browser cannot play this video.</p></div>"
    html = (
        f"<html lang='en'><body><article><h1>New computers for the library</h1>{player}{paras}</article></body></html>"
    )
    body = read_html(html).body
    assert "cannot play" not in body and all(s in body for s in STORY)


def test_a_story_of_notices_only_is_left_whole() -> None:
    assert without_browser_notices(NOTICES[:2]) == NOTICES[:2]
