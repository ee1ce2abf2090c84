"""The overline over a headline: a short label the page prints above it, which a copy sets on a line
of its own right over the headline, so that it reads as a title too.

Two shapes are never the headline, whatever words they share with the story:
- a short line in capitals over a headline in ordinary case ("THE WORKS ARE DONE" over "Market hall
  reopens after three years"): an overline ("occhiello", "surtitre", "Dachzeile") shouts; a page whose
  headlines are set in capitals sets the line under it in capitals too;
- the last part of a trail of links ("Home » News » Farming") right over a headline with its
  dateline or byline under it: the section the story is filed in, named by the trail.

And one shape of two title-like lines is the headline over its subtitle though the headline is the
longer: the two right over the byline or the dateline, the lower a sentence's length (ten words or more:
a subtitle tells the story, a headline of a few words does not), the upper no more than a few words
longer (a page that sets a subtitle under the headline sets both as sentences of about one length; a
caption copied over a short headline is longer than it and no headline).
"""

from __future__ import annotations

from briefkit.importer.blocktext import words

OVERLINE_WORDS = 5  # an overline says a few words; a headline set in capitals says more


def _shouted(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters)


def shouted_overline(text: str, headline: str) -> bool:
    """A short line in capitals over a headline that is not in capitals, longer than it."""
    n = len(words(text))
    return 1 <= n <= OVERLINE_WORDS and _shouted(text) and not _shouted(headline) and len(words(headline)) > n


def trail_section(text: str, raw: str, dated: bool) -> bool:
    """The last part of a trail of links (`text` read from the line `raw`) over a headline with its
    dateline under it (`dated`): the section's name, not the story's headline."""
    return dated and text != raw and raw.endswith(text)


def is_overline(text: str, headline: str, raw: str, dated: bool) -> bool:
    """Whether `text` (read from the line `raw`) right over `headline` is its overline, either shape."""
    return shouted_overline(text, headline) or trail_section(text, raw, dated)


SUBTITLE_SLACK = 2  # words a headline may run past the subtitle under it
SUBTITLE_WORDS = 10  # a subtitle is a sentence


def over_its_subtitle(upper: int, lower: int, text: str, subtitle: str, dated: bool) -> bool:
    """Whether `text`, on line `upper`, is the headline over its `subtitle` on line `lower` right under it,
    the pair over its byline or dateline (`dated`), though the headline is the longer one."""
    n = len(subtitle.split())
    return dated and upper == lower - 1 and SUBTITLE_WORDS <= n and len(text.split()) <= n + SUBTITLE_SLACK
