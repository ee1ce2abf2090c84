"""The lines stacked over a copied story that read as titles but are none.

Each dump is written for the test (no publisher's text); each case is a shape real pages have.
"""

from __future__ import annotations

import storytexts
from briefkit.importer.boilerplate import is_cookie_banner
from briefkit.importer.labellines import CREDITED
from briefkit.importer.textdump import read_text_dump

_HEADLINE = "Ferry to the outer islands runs three times a day again after the pier repairs"


def _title(*head: str, top: tuple[str, ...] = ()) -> str:
    page = storytexts.dump(list(top), storytexts.MENU, list(head), [storytexts.FERRY], storytexts.TAIL)
    return read_text_dump(page).title


def test_a_consent_banner_that_names_trackers_is_no_story() -> None:
    banners = (
        "Nous utilisons des traceurs pour mesurer l'audience et vous proposer des contenus adaptés. En savoir plus",
        "Fem servir galetes pròpies i de tercers per analitzar el trànsit i mostrar-vos publicitat personalitzada.",
    )
    for banner in banners:
        assert is_cookie_banner(banner)
        assert _title(_HEADLINE, "By Jane Roe", top=("Skip to the article", banner, "Accept Refuse")) == _HEADLINE
    # a story's paragraph that speaks of trackers is no banner, nor a long one naming them
    assert not is_cookie_banner("The rangers fitted trackers to twelve seals to follow them along the coast.")
    long = "We use trackers on the seals, the rangers said, " + "and the data show where they feed " * 6 + "."
    assert not is_cookie_banner(long)


# a story that names its two writers, who counted the passengers themselves
_COUNT = [
    "Sam Poe and Jane Roe spent two nights on the ferry counting the passengers who board at the islands pier.",
    "Roe counted the commuters with a clicker while Poe kept the tally of bicycles, dogs and the crates on deck.",
    "On the second night the count doubled, because the last bus to the harbour had been cancelled without notice.",
]


def test_the_writers_names_without_by_are_no_headline() -> None:
    headline = "A winter crossing, counted by hand"
    standfirst = "Two crossings with a clicker and a thermos of tea."
    head = [headline, standfirst, "Jane Roe, Sam Poe", "Mar 4, 2025 • 6 min read"]
    page = storytexts.dump(storytexts.MENU, head, _COUNT, storytexts.TAIL)
    assert read_text_dump(page).title == headline


def test_a_photographers_credit_line_is_no_headline() -> None:
    for credit in ("Photography by Sam Poe", "Fotografie von Sam Poe", "Fotografía de Sam Poe"):
        assert CREDITED.search(credit)
    assert not CREDITED.search("Photography by the sea: a course for beginners")  # no name after it
