"""A short line over an audio or video player set into a saved story is the player's caption, not the story.

Small pages written for these tests (`storyfringe.drop_player_lines`).
"""

from __future__ import annotations

from briefkit.importer.htmlpage import read_html

PROSE = "The lighthouse keepers' association asked the county for a grant to repaint the tower before summer."


def page(box: str) -> str:
    paragraphs = "".join(f"<p>{PROSE} Part {k} of the request.</p>" for k in range(3))
    return (
        "<!doctype html><html><head><title>Tower repaint</title></head><body><article>"
        f"<h1>Keepers ask for a grant to repaint the tower</h1>{paragraphs}{box}{paragraphs}</article></body></html>"
    )


def test_a_line_over_an_audio_player_is_left_out() -> None:
    box = "<div class='listen'><p>Hear the keepers on the morning programme «Coast Hour»</p><audio controls></audio></div>"
    assert "morning programme" not in read_html(page(box)).body


def test_a_line_over_a_box_holding_only_a_player_is_left_out() -> None:
    box = (
        "<div><p>Hear the harbour master on the evening news bulletin</p><div class='wrap'><audio></audio></div></div>"
    )
    assert "evening news bulletin" not in read_html(page(box)).body


def test_a_paragraph_beside_a_player_stays() -> None:
    long = "The keepers said the paint had peeled on the seaward side and that salt had got into the iron frame, " * 2
    box = f"<div><p>{long.strip()}</p><audio controls></audio></div>"
    assert "salt had got into the iron frame" in read_html(page(box)).body
