"""A box selling something in a copied story: a short paragraph over a button of one to three words.

A page sets its offers into a story as a box: an optional heading, one short paragraph (the
subscription at a price, a call to support the site) and a button ("Subscribe now", "Jetzt
abonnieren", "Поддержать"). Copied as text, the button is a line of one to three words with no
punctuation, which a story's subheading is as well; so the box is told by more than its shape. Its
paragraph names a price, or speaks in the house's voice and the button repeats one of its words
(the verb the paragraph asks with: "Support us …" over "Support"); and what stands under the
button is not the story's prose going on, unless the button is one word taking up the paragraph's
own verb ("Поддержите нас …" over "Поддержать"), which no subheading does. A line the page prints
more than once is no button but a label: an interview's speaker, a section's name. The words are
no list: a price, a pronoun of the house (`appealvoice`) and a word shared by two lines work in
every language.
"""

from __future__ import annotations

from collections import Counter

from briefkit.importer.appealvoice import house_voice
from briefkit.importer.blocktext import SENTENCE_END, plain, words
from briefkit.importer.lazyre import compile_later
from briefkit.importer.pagenotes import AMOUNT

BUTTON_WORDS = 3
PARAGRAPH_WORDS = 35
HEADING_WORDS = 8
PROSE_WORDS = 12
STEM = 5
# a price in a currency `AMOUNT` does not know: "Sh2,000", "KSh 100", "49 kr", "9,99 zł", "₹199"
_PRICE = compile_later(
    r"(?:\b(?:K?Sh|TSh|USh|Rs\.?|R\$|kr|zł|Kč|Ft|lei|CHF|USD|EUR)\s?\d|[₹₦₺₽¥₩₱฿]\s?\d"
    r"|\d(?:[.,]\d+)*\s?(?:kr|zł|Kč|Ft|lei|CHF|USD|EUR|[₹₦₺₽¥₩₱฿])(?!\w))"
)
_LETTERS = compile_later(r"^[^\W\d_]+(?:[\s'’-][^\W\d_]+)*$")


def _button(block: str) -> bool:
    """One to three words of letters only, no punctuation, no digits: a button's label."""
    text = plain(block).strip()
    return 0 < len(words(text)) <= BUTTON_WORDS and _LETTERS.match(text) is not None


def _sentences(text: str) -> bool:
    return text.rstrip().endswith(SENTENCE_END)


def _prose(block: str) -> bool:
    text = plain(block).strip()
    return len(words(text)) >= PROSE_WORDS and _sentences(text)


def _priced(text: str) -> bool:
    return AMOUNT.search(text) is not None or _PRICE.search(text) is not None


def _echoed(button: str, text: str) -> bool:
    """Whether a word of the button opens like a word of the paragraph ("Поддержать" under "Поддержите нас")."""
    stems = {w.casefold()[:STEM] for w in words(text) if len(w) > STEM}
    return any(len(w) > STEM and w.casefold()[:STEM] in stems for w in words(plain(button)))


def _heading(block: str) -> bool:
    text = plain(block).strip()
    return 0 < len(words(text)) <= HEADING_WORDS and not _sentences(text)


def box_at(blocks: list[str], i: int, printed: Counter[str] | None = None) -> bool:
    """Whether blocks[i] is a box's paragraph with its button right under it (`printed`: how often
    each line stands in `blocks`, counted once by the caller that asks of every line)."""
    if i + 1 >= len(blocks) or not _button(blocks[i + 1]):
        return False
    printed = printed if printed is not None else _printed(blocks)
    if printed[plain(blocks[i + 1]).strip().casefold()] > 1:
        return False  # a line printed again and again is a speaker's name or a section's label, no button
    text = plain(blocks[i]).strip()
    if not 0 < len(words(text)) <= PARAGRAPH_WORDS or not _sentences(text):
        return False
    echoed = house_voice(text) and _echoed(blocks[i + 1], text)
    if not (_priced(text) or echoed):
        return False
    after = blocks[i + 2] if i + 2 < len(blocks) else ""
    if not after or not _prose(after):
        return True
    # the story going on under it: only a one-word button that takes up the paragraph's own verb
    return echoed and len(words(plain(blocks[i + 1]))) == 1


def _printed(blocks: list[str]) -> Counter[str]:
    return Counter(plain(b).strip().casefold() for b in blocks)


def without_button_boxes(blocks: list[str]) -> list[str]:
    """The lines less each box's paragraph, its button, and the short heading right over it."""
    drop = [False] * len(blocks)
    printed = _printed(blocks)
    for i in range(len(blocks)):
        if not box_at(blocks, i, printed):
            continue
        drop[i] = drop[i + 1] = True
        if i > 0 and _heading(blocks[i - 1]):
            drop[i - 1] = True
    kept = [b for b, d in zip(blocks, drop, strict=True) if not d]
    return kept if kept else blocks
