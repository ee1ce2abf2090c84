"""The last pass over a copied page's story, once its span is found and the furniture the
boilerplate pass knows is gone: lines that sit inside the story's run but are the page's, told
by their shape alone.

- the headline printed again under it: a picture's caption or a list of the site's stories that
  names this one; the briefing has the headline as its title already, so the line adds nothing;
- a caption run into its photographer's name, the two printed without a space between them
  ("… ist verboten" and "Jane Roe" become "… ist verbotenJane Roe"): the story's own sentences
  never glue a word in small letters to a capitalised name;
- a list of teasers cut off mid-title ("Minister opens the new bri…", three or more in a row): the
  page's list of other stories, which a copied page prints under the story and (on a page that
  loads the next story as one scrolls) before the next one. The story ends above it, as it does
  above a list of dated teasers or readers' comments (see `storytail`);
- short lines ending in a colon at the story's very end: "Share it on:", "Choose your access:",
  a label whose links or form were not copied. A story ends on a sentence, not on an announcement;
- a line of short fields split by "·" or "|" (a product card: name · price · rating; a wiki's
  categories; a tasting note's data) or an advertisement's line under its label ("Anzeige · …"):
  the story writes sentences, the page's template prints fields.
"""

from __future__ import annotations

import re
import unicodedata

from briefkit.importer import (
    adlabels,
    boilerplate,
    houselines,
    readwalls,
    sitenotices,
    storytail,
    tagrows,
    timedlists,
)
from briefkit.importer.buttonboxes import without_button_boxes
from briefkit.importer.datedlists import without_calendar_lines
from briefkit.importer.datedruns import without_dated_runs
from briefkit.importer.lazyre import compile_later
from briefkit.importer.navlines import neighbours_line

# a word in small letters (and its sentence's mark), then with no space a name of two or three words
_GLUED_CREDIT = compile_later(
    r"(?:^|\s)[a-zà-öø-ÿß]{2,}[.!?)]?[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿß]+(?:[ -][A-ZÀ-ÖØ-Þ][\w'’-]+){1,2}\s*$"
)
# the caption before the glued name has a few words of its own: not a list's bare entry
CAPTION_WORDS = 4
# a teaser cut off where the list's width ended: a short line whose last word runs into an ellipsis
_CUT_OFF = compile_later(r"[^\W\d_](?:\.\.\.|…)$")
TEASER_WORDS = 14
# so many cut-off lines in a row are a list of teasers; the story's own line trailing off stands alone
TEASER_RUN = 3
# a label that ends the story is short; a long line ending in a colon introduces a list that was lost
LABEL_WORDS = 15


# a field is a few words; so many of them in a row, split by a dot or a bar, are the template's
FIELD_WORDS = 6
FIELDS = 3
_FIELD_SPLIT = compile_later(r"\s+[·|•]\s+")
_AD_LABEL = compile_later(rf"^(?:{adlabels.words()})\s*[·|:–—-]\s+\S", re.IGNORECASE)  # `adlabels`
AD_WORDS = 30


def field_line(unit: str) -> bool:
    """A line of the page's fields rather than the story's sentences: three or more short parts
    split by "·" or "|", none of them a sentence, or a line under an advertisement's label."""
    text = boilerplate.plain(unit).strip()
    if "\n" in text or text.startswith("|"):  # a table's rows or a list: the story's own content
        return False
    if _AD_LABEL.match(text) and len(text.split()) <= AD_WORDS:
        return True
    parts = [p.strip() for p in _FIELD_SPLIT.split(text)]
    if len(parts) < FIELDS:
        return False
    for part in parts:
        n = len(part.split())
        # a field is a name, a label, a figure; a part in small letters is a command in a pipeline or prose
        if not part or n > FIELD_WORDS or part[0].islower() or (re.search(r"[.!?…]$", part) and n > 3):
            return False
    return True


NOTICE_WORDS = 25
_LAST_SENTENCE = compile_later(r"^(.*[.!?…])\s+(\S.*)$", re.S)


# a licence's name is the same in every language; a short line naming one is the site's notice of terms
_LICENCE = compile_later(r"\bcreative\s+commons\b|\bcc[ -]by\b|\bgnu\s+free\s+documentation\b", re.IGNORECASE)


def footer_line(unit: str) -> bool:
    """A line of fields, a short notice ended by a run of fields ("You get this letter because …
    Unsubscribe · Preferences · Forward") or a short line naming the text's licence: a mailing's or a
    site's footer, never the story's close."""
    if field_line(unit):
        return True
    text = boilerplate.plain(unit).strip()
    if _LICENCE.search(text) and "\n" not in text and len(text.split()) <= NOTICE_WORDS:
        return True
    found = _LAST_SENTENCE.match(boilerplate.plain(unit).strip())
    return (
        found is not None
        and len(found.group(1).split()) <= NOTICE_WORDS
        and len(_FIELD_SPLIT.split(found.group(2))) >= FIELDS
        and field_line(found.group(2))
    )


def trimmed(body: list[str], headline: str) -> list[str]:
    """The story's lines less its headline printed again, captions run into their credit, and the
    labels left at its end."""
    title = _key(headline)
    body = body[: min(_teasers_start(body), storytail.tail_start(body))]
    kept = [u for u in body if not (title and _key(u) == title) and not glued_caption(u) and not field_line(u)]
    kept = houselines.without_house_lines(readwalls.without_walls(without_calendar_lines(kept)))
    kept = without_button_boxes(kept)  # an offer's paragraph over its button
    kept = timedlists.without_timed_lists(sitenotices.without_notices(kept))
    kept = without_dated_runs(kept)  # other stories' titles with their days, newest first
    kept = tagrows.without_row_tail(kept)  # the tag or share row closing it, the calls under it
    while len(kept) > 1 and (_closing_label(kept[-1]) or footer_line(kept[-1]) or neighbours_line(kept[-1])):
        kept.pop()
    return kept if kept else body


def glued_caption(unit: str) -> bool:
    """A picture's caption with its photographer's name run into its last word."""
    text = boilerplate.plain(unit).strip()
    found = _GLUED_CREDIT.search(text)
    return found is not None and len(text[: found.start()].split()) >= CAPTION_WORDS


def _teasers_start(body: list[str]) -> int:
    """Where the first run of cut-off teasers starts (the body's length when there is none); a run at
    the very top is left alone, there is no story above it to end."""
    cut = [_cut_off(u) for u in body]
    for i in range(1, len(body) - TEASER_RUN + 1):
        if all(cut[i : i + TEASER_RUN]):
            return i
    return len(body)


def _cut_off(unit: str) -> bool:
    text = boilerplate.plain(unit).strip()
    return _CUT_OFF.search(text) is not None and len(text.split()) <= TEASER_WORDS


def _closing_label(unit: str) -> bool:
    text = boilerplate.plain(unit).strip()
    return text.endswith(":") and len(boilerplate.words(text)) <= LABEL_WORDS


def _key(text: str) -> str:
    """A line as compared with the headline: its words only, in one case."""
    text = unicodedata.normalize("NFKC", boilerplate.plain(text)).casefold()
    return " ".join(re.findall(r"[^\W_]+", text))
