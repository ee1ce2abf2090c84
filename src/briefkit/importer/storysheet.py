"""A data sheet or a recipe's card under a story: a product's facts in short lines after the prose
that presents it ("ACCURACY" / "class 0.5", "• Supply voltage: 230 V", "Weight: 2 kg"); a dish's
ingredients and the steps to make it after the post that tells of it.

Each of those lines costs the prose run more than it is worth, and no prose follows them, so the
run ends above them; yet they carry no control, label or notice, and their shape is a sheet's,
not a menu's: a list's marker, a label and its value, a label in capitals. The story runs on to
the last line of that shape, when such lines follow the prose at once and make most of the stretch.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from briefkit.importer import boilerplate
from briefkit.importer.lazyre import compile_later
from briefkit.importer.textmarkdown import LIST_ITEM

# "Supply voltage: 230 V", "GENERAL:": a label of a few words and its colon
_LABELLED = compile_later(r"^[^\W\d_][^:]{0,40}:(?:\s+\S|\s*$)")
# how many lines apart two lines of the sheet may stand (a value wrapped over two lines, a label's value)
SHEET_GAP = 3
# the least items (a list's, a label's and its value) a sheet holds, and the least share of its
# lines that are items or labels
SHEET_LINES = 6
SHEET_SHARE = 0.5


def _sheet_line(unit: str) -> str | None:
    """What line of a data sheet this is: "item" (a list item, a label and its value), "label"
    (a label in capitals over its value), or None."""
    text = boilerplate.plain(unit).strip()
    n = len(boilerplate.words(text))
    if not 1 <= n <= 16:
        return None
    if LIST_ITEM.match(text) or _LABELLED.match(text) and len(text.split(":", 1)[0].split()) <= 4:
        return "item"
    letters = [c for c in text if c.isalpha()]
    return "label" if n <= 4 and len(letters) >= 3 and all(c.isupper() for c in letters) else None


def past_sheet(units: list[str], values: list[int], end: int, ends_story: Callable[[int], bool]) -> int:
    """The run's end moved past a data sheet that follows its prose (see the module's docstring),
    up to the sheet's last line; `ends_story(k)` tells a line no sheet holds (a control, a notice)."""
    if end >= len(units) or not any(_sheet_line(units[k]) for k in range(end, min(len(units), end + 2))):
        return end
    last, shaped, items, k = end, 0, 0, end
    while k < len(units) and k - last <= SHEET_GAP and values[k] <= 0 and not ends_story(k):
        kind = _sheet_line(units[k])
        if kind is not None:
            last, shaped, items = k + 1, shaped + 1, items + (kind == "item")
        k += 1
    # labels in capitals alone are a menu's ("NEWS", "SPORT", …): a sheet gives values, most of them labelled
    if items < SHEET_LINES or shaped < SHEET_SHARE * (last - end):
        return end
    return last


# "Ingredients", "Zutaten für 4 Personen", "Ingrédients :": a recipe's list opens under its heading
_INGREDIENTS = compile_later(
    r"^(?:ingredients?|zutaten|ingrédients|ingredientes|ingredienti|ingrediënten|ingredienten|ингредиенты)\b"
    r"[^.!?]{0,40}$",
    re.I,
)
# how far under the story's end a recipe's card may start, and how long it may run
CARD_LINES = 30
CARD_MAX = 120


def past_card(
    units: list[str], values: list[int], end: int, ends_story: Callable[[int], bool], closes: Callable[[int], bool]
) -> int:
    """The story's end moved past the recipe's card under it: the dish's ingredients and its steps.

    The card opens with the headline again and a few figures (servings, times), and those lines
    read as furniture; its ingredients' heading says what it is. It ends at a comment section, a
    box of related links or a notice (`closes(k)`), or at the first line of furniture after the steps'
    prose (`ends_story(k)`)."""
    heading = None
    for k in range(end, min(len(units), end + CARD_LINES)):
        text = boilerplate.plain(units[k]).strip()
        if closes(k):
            return end
        if _INGREDIENTS.match(text) and len(text.split()) <= 5:
            heading = k
            break
    if heading is None:
        return end
    told = False
    k = heading + 1
    while k < min(len(units), heading + CARD_MAX):
        text = boilerplate.plain(units[k]).strip()
        if not boilerplate.words(text):
            k += 1
            continue  # an empty line the page's layout left
        if closes(k):
            break
        if values[k] > 0:
            told = True
        elif told and ends_story(k):
            break
        k += 1
    return k if told else end
