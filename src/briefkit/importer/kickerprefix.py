"""A kicker run into the headline's line of a copied page, cut off again.

A page sets its kicker (a topic of a word or three, a Dachzeile) and its headline as two elements
of one heading, often with a separator only screen readers get ("<span>Topic</span> <span
class=sr-only>:</span><span>Headline</span>"). A copy of the page's text joins them into one line
with the colon stuck to the headline's first word and parted from the kicker by a space ("Topic
:Headline"): no language sets a colon so (French parts it by a space on both sides), so the join
is told from a headline that has a colon of its own ("Topic: Headline" stays whole, and so does a
trail's shortened title printed over its headline, "Topic" over "Topic: Headline"). The headline
is what follows: the kicker is the section's or the topic's, not the story's.
"""

from __future__ import annotations

from briefkit.importer import boilerplate
from briefkit.importer.lazyre import compile_later

KICKER_WORDS = 5  # a kicker is a topic of a few words
HEAD_WORDS = 3  # what is left must read as a headline, not a fragment

_STUCK_COLON = compile_later(r"^(?P<kicker>[^:]{2,60}?) :(?=[^\s:])(?P<rest>.+)$")


def _headline_rest(kicker: str, rest: str) -> str | None:
    rest = rest.strip()
    if len(kicker.split()) > KICKER_WORDS or len(boilerplate.words(rest)) < HEAD_WORDS:
        return None
    first = rest[0]
    return rest if first.isalpha() and not first.islower() or first in "\"'«„“‘¿¡" or first.isdigit() else None


def unstuck(title: str) -> str:
    """The headline without a kicker joined to it by a stuck colon ("Topic :Headline"), else the title:
    a saved page's heading gives the same join when its separator is hidden from the eye."""
    stuck = _STUCK_COLON.match(title)
    return (_headline_rest(stuck["kicker"], stuck["rest"]) or title) if stuck else title


def kicker_cut(title: str) -> str | None:
    """The headline without a kicker joined to it by a stuck colon, or None when the line holds none."""
    stuck = _STUCK_COLON.match(title)
    return _headline_rest(stuck["kicker"], stuck["rest"]) if stuck else None
