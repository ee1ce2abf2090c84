"""A box of links printed inside the story, between two of its paragraphs.

News pages set a "More on this" or "Related" box after the third or fourth paragraph: its label,
the titles of a few other stories, then the story goes on to its end. The label reads as the
heading that ends a story (after it, on most pages, comes nothing but furniture), so a short
story's last paragraphs were cut with the box. What tells the two apart is what follows the
box's titles: only whole paragraphs to the end of the story's text, no further title, label or
control. A list of teasers alternates titles and summaries, and a tail of furniture has lines
that are no sentences.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from briefkit.importer.blocktext import SENTENCE_END, plain, words
from briefkit.importer.lazyre import compile_later

# a box inside a story names a few other stories; a longer list is the page's own
BOX_ENTRIES = 6
# a title of another story, or under it its writer's name or its date: a few words, no sentence
ENTRY_WORDS = (1, 16)
TITLE_WORDS = 3  # the box's first line is a title: a name, a street or a phone number opens a contact box
# a bracket closing the title: its time, date or source ("(10:12)", "(dpa)")
_BRACKETED = compile_later(r"\s*\([^()]{1,20}\)$")
# a day's date after the title, closed by a point in the languages that write "2. 12. 2026.": no sentence's end
_DATED = compile_later(r"\s+\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{4}|\d{2})\.?$")
# a paragraph of the story: a whole sentence of some length
PARAGRAPH_WORDS = 8


def _entry(block: str, first: bool = False) -> bool:
    """A title of another story: a line of a few words that ends no sentence ("Storm closes the ferry (10:12)",
    its time or date in brackets after it); under the first, a shorter line (its writer's name). A
    subheading the saved page marked as one ("## …") is the story's own: the extractor had already
    cut the box's links, and the story goes on under its label."""
    if block.lstrip().startswith("#"):
        return False
    text = _DATED.sub("", _BRACKETED.sub("", plain(block).strip()))
    n = len(words(text))
    least = TITLE_WORDS if first else ENTRY_WORDS[0]
    return least <= n <= ENTRY_WORDS[1] and not text.endswith(SENTENCE_END) and "@" not in text


def is_headline_link(block: str) -> bool:
    """A short line with no full stop: the title of another story (under a "Read more" label), not a
    sentence of this one; not a subheading the saved page marked as one ("## …"), the story's own."""
    if block.lstrip().startswith("#"):
        return False
    text = plain(block)
    return 0 < len(words(text)) <= ENTRY_WORDS[1] and not text.rstrip().endswith((".", "!", "?", "”", '"', ":"))


def _paragraph(block: str) -> bool:
    text = plain(block).strip()
    return len(words(text)) >= PARAGRAPH_WORDS and text.endswith(SENTENCE_END)


def box_end(
    blocks: list[str], drop: list[bool], label: int, ends: Callable[[str], bool] = lambda _: False
) -> int | None:
    """Where the box that the line `label` heads ends, when it stands inside the story: one to
    `BOX_ENTRIES` titles under the label, then only the story's paragraphs, and its subheadings
    over them, up to the end or to the next label that `ends` names (the page's tail). None when
    the label heads the page's tail instead (nothing after the titles, a line that is no
    sentence, or titles that go on)."""
    n = len(blocks)
    j = label + 1
    while j < n and (drop[j] or _entry(blocks[j], first=j == label + 1)):
        j += 1  # a title already dropped (the one a "Read also" label links to) is the box's too
    stop = next((k for k in range(j, n) if not drop[k] and ends(plain(blocks[k]).strip())), n)
    rest = [k for k in range(j, stop) if not drop[k]]
    if not 1 <= j - label - 1 <= BOX_ENTRIES or not rest or not _story_lines(blocks, rest):
        return None
    before = [plain(blocks[k]) for k in range(label) if not drop[k] and _paragraph(blocks[k])]
    return j if _goes_on(before, [plain(blocks[k]) for k in rest]) else None


# "Más información", "More information", "Mehr Informationen": a label over links to other stories, alone on its line
_MORE_INFO = compile_later(
    r"^(?:more\s+information|mehr\s+informationen|plus\s+d['’]informations?|en\s+savoir\s+plus|"
    r"m[aá]s\s+informaci[oó]n|maggiori\s+informazioni|per\s+saperne\s+di\s+più|mais\s+informaç[oõ]es|saiba\s+mais|"
    r"meer\s+informatie|подробнее)\s*:?$",
    re.I,
)
INFO_TITLES = 3


def more_info_titles(blocks: list[str], i: int) -> int:
    """How many titles of other stories the line `i` heads when it is a "more information" label set
    between the story's paragraphs (0 when it is not): one to three titles, each opening on a capital,
    with the story's paragraph above the label and right under the titles (or its line that opens a
    list, "The goods include:"). Under such a label in a
    press release stand an address, a number, a name: no paragraph follows them."""
    if not (_MORE_INFO.match(plain(blocks[i]).strip()) and i > 0 and _paragraph(blocks[i - 1])):
        return 0
    j = i + 1
    while j < len(blocks) and j - i <= INFO_TITLES and _entry(blocks[j], first=True) and plain(blocks[j])[:1].isupper():
        j += 1
    below = plain(blocks[j]).strip() if j < len(blocks) else ""
    # a paragraph, or the story's line that opens a list under it ("The goods include:"), shorter but never a title
    under = j < len(blocks) and _paragraph(blocks[j]) and (len(words(below)) >= LAST_WORDS or below.endswith(":"))
    return j - i - 1 if under else 0


# "Roe, J. (2026): Title. Paper 11/2026, Publisher, City.": the reference a citation box prints, naming its year
_REFERENCE = compile_later(r"\b(?:1[89]|20)\d\d\b")
REFERENCE_WORDS = 60


def cited_box_end(
    blocks: list[str], drop: list[bool], label: int, ends: Callable[[str], bool] = lambda _: False
) -> int | None:
    """Where a citation box ("Suggested citation" over the paper's reference) ends when the story goes
    on under it: a think tank sets it between two sections of a post, and its label, which closes a
    paper's page, would cut the sections after it. The reference is one line naming its year; under it
    the story's subheadings and paragraphs, which speak of what the story spoke of. None otherwise."""
    n = len(blocks)
    j = next((k for k in range(label + 1, n) if not drop[k]), n)
    if j >= n:
        return None
    reference = plain(blocks[j])
    if not _REFERENCE.search(reference) or len(words(reference)) > REFERENCE_WORDS:
        return None
    stop = next((k for k in range(j + 1, n) if not drop[k] and ends(plain(blocks[k]).strip())), n)
    rest = [k for k in range(j + 1, stop) if not drop[k]]
    if not rest or not _story_lines(blocks, rest, heading_first=True):
        return None
    before = [plain(blocks[k]) for k in range(label) if not drop[k] and _paragraph(blocks[k])]
    return j + 1 if _goes_on(before, [plain(blocks[k]) for k in rest]) else None


def _story_lines(blocks: list[str], rest: list[int], heading_first: bool = False) -> bool:
    """Whether the lines under a box are the story's: paragraphs, and subheadings each over a paragraph
    longer than a teaser's summary (a list of teasers sets a short summary under each title), the
    paragraphs first and most (unless `heading_first`: under a citation box a section of the story opens,
    each of its subheadings over a paragraph, where a list of teasers would set a title over each summary).
    Before the next label only: the page's tail is under that."""
    if not heading_first and not _paragraph(blocks[rest[0]]):
        return False
    heads = 0
    for a, b in zip(rest, [*rest[1:], None], strict=True):
        if _paragraph(blocks[a]):
            continue
        if b is None or not _entry(blocks[a]) or len(words(plain(blocks[b]))) < LAST_WORDS or not _paragraph(blocks[b]):
            return False
        heads += 1
    return heads == 0 or heading_first or len(rest) - heads >= 2 * heads + 1


def _goes_on(story: list[str], after: list[str]) -> bool:
    """Whether the paragraphs under a box go on with the story: together they speak of what the
    story spoke of (an author's note or a notice under the box does not)."""
    return len(_stems(" ".join(after)) & _stems(" ".join(story))) >= SHARED_STEMS


def past_box(
    units: list[str],
    values: list[int],
    span: tuple[int, int],
    label: Callable[[str], bool],
    control: Callable[[int], bool],
) -> int:
    """The story's end moved past a box of links that `label` heads right at its end, when the story's
    last paragraphs follow the box's titles (and maybe their writers' names): they speak of what the
    story spoke of, and furniture, not another title with its summary, follows them. A line that
    `control` names (a button, a comment section's or an author box's heading) is no title."""
    start, end = span
    if end >= len(units) or not label(plain(units[end])):
        return end
    j = end + 1
    while (
        j < len(units)
        and j - end <= BOX_ENTRIES
        and values[j] <= 0
        and _entry(units[j], j == end + 1)
        and not control(j)
    ):
        j += 1
    k = j
    while k < len(units) and values[k] > 0 and _paragraph(units[k]) and len(words(plain(units[k]))) >= LAST_WORDS:
        k += 1
    if j == end + 1 or k == j or any(v > 0 for v in values[k : k + TEASER_GAP]):
        return end  # no titles, no paragraph under them, or a teaser list: a summary under each title
    story = [plain(units[m]) for m in range(start, end) if values[m] > 0]
    return k if _goes_on(story, [plain(units[m]) for m in range(j, k)]) else end


def _stems(text: str) -> set[str]:
    """A text's longer words cut to their first six letters ("Kunden" and "Kundinnen" meet)."""
    return {w.casefold()[:6] for w in words(text) if len(w) >= STEM_LETTERS}


LAST_WORDS = 15  # a paragraph under the box, longer than any title (a teaser's title may ask a question)
TEASER_GAP = 3  # lines of furniture under the last paragraph before any other prose
SHARED_STEMS = 2
STEM_LETTERS = 5


# a related story's card set into the story: its title, then at most one short sentence of summary
CARD_SUMMARY_WORDS = 30


def without_cards_listed_below(body: list[str], below: list[str]) -> list[str]:
    """The story less a card on another story set between its paragraphs: a title-shaped line (no
    sentence's end) that the page prints again under the story, in its list of other stories, with
    the one short sentence of summary under it. A subheading of the story is printed once."""
    listed = {plain(u).strip().casefold() for u in below if 0 < len(words(plain(u))) <= ENTRY_WORDS[1]}
    drop: set[int] = set()
    for i, unit in enumerate(body):
        text = plain(unit).strip()
        if text.casefold() not in listed or text.endswith(SENTENCE_END) or len(words(text)) < TITLE_WORDS:
            continue
        drop.add(i)
        summary = plain(body[i + 1]).strip() if i + 1 < len(body) else ""
        if summary.endswith(SENTENCE_END) and len(words(summary)) <= CARD_SUMMARY_WORDS and i + 2 < len(body):
            drop.add(i + 1)
    return [u for k, u in enumerate(body) if k not in drop]
