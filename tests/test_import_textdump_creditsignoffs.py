"""The credits line a wire's story closes on, every contribution on one line parted by semicolons
(`creditsignoffs`): the reporters are the authors, the editors and the photographers are not.

Each dump is written for the test (no publisher's text); each case is a shape real pages have.
"""

from __future__ import annotations

import storytexts
from briefkit.importer.creditsignoffs import credited_writers
from briefkit.importer.textdump import read_text_dump

_HEADLINE = "Harbour board votes to rebuild the old north pier"


def _page(under: list[str], story: list[str], after: list[str] = ()) -> str:  # type: ignore[assignment]
    return storytexts.dump(storytexts.MENU, [_HEADLINE], under, story, list(after), storytexts.TAIL)


def test_the_credits_line_closing_the_story_names_its_reporters() -> None:
    credits = "Reporting by Jane Roe and Sam Poe in Porthaven; Additional reporting by Ann Lee; Editing by Tom Fox"
    article = read_text_dump(_page(["3 May 2024, 10:15"], [*storytexts.PIER, credits]))
    assert article.authors == ("Jane Roe", "Sam Poe", "Ann Lee")


def test_credits_lines_in_other_languages() -> None:
    assert credited_writers("Reportage de Jeanne Roe à Lyon; édité par Paul Poe") == ("Jeanne Roe",)
    assert credited_writers("Reportaje de Ana Roe en Lima; edición de Luis Poe") == ("Ana Roe",)


def test_what_is_no_credits_line() -> None:
    assert credited_writers("Reporting by Jane Roe in Porthaven") == ()  # one part: a byline, read as one
    assert credited_writers("Editing by Tom Fox; Photos by Ann Lee") == ()  # no writer among the parts
    assert credited_writers("The board met on Monday; the vote was taken by hand.") == ()
