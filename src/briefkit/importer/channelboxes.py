"""A box inviting the reader to the site's channel on a messenger, set between a copied story's paragraphs.

The one-line call ("Get our news on WhatsApp: join the channel") is a page note (`pagenotes`); the box
spreads it over its lines: a heading that names the messenger, a sentence of pitch that names the
channel or asks the reader to join, and the button. Copied as text it reads as a subheading over a
short paragraph, so it is told by the two together, never by one line alone.
"""

from __future__ import annotations

from briefkit.importer import boilerplate
from briefkit.importer.pagenotes import CHANNEL, JOIN, MESSENGER

HEADING_WORDS = 10  # a box's heading, not a paragraph that mentions the messenger
PITCH_WORDS = 30
BUTTON_WORDS = 4


def _plain(block: str) -> str:
    return boilerplate.plain(block).strip()


def _count(text: str) -> int:
    return len(boilerplate.words(text))


def _heading(text: str) -> bool:
    return 0 < _count(text) <= HEADING_WORDS and not text.endswith(boilerplate.SENTENCE_END)


def without_channel_boxes(blocks: list[str]) -> list[str]:
    """The lines less each messenger channel's box: its heading naming the messenger, the pitch under it
    naming the channel or the call to join, and the button after it (a few words, no sentence)."""
    drop: set[int] = set()
    for i in range(len(blocks) - 1):
        head, pitch = _plain(blocks[i]), _plain(blocks[i + 1])
        if not (_heading(head) and MESSENGER.search(head)) or not 0 < _count(pitch) <= PITCH_WORDS:
            continue
        if not (CHANNEL.search(pitch) or JOIN.search(pitch)):
            continue
        drop.update((i, i + 1))
        button = _plain(blocks[i + 2]) if i + 2 < len(blocks) else ""
        if _heading(button) and _count(button) <= BUTTON_WORDS and (CHANNEL.search(button) or JOIN.search(button)):
            drop.add(i + 2)  # (a subheading of the story under the box names no channel)
    return [b for k, b in enumerate(blocks) if k not in drop]
