"""A line of a copied story that points to another story: a label and that story's headline.

A page sets a link to one of its other stories between the story's paragraphs, under a label ("Read
also:", "Related", "We recommend"). Copied, label and headline are one line, and the headline is
shaped like a subheading: short, no full stop. The label's words differ in every language, but two
ways of setting it show on the line itself, whatever its language:

- a label in capitals, its colon or arrow, then a headline in ordinary case: "SEE ALSO: Council
  backs the new bridge". A subheading in capitals is capitals throughout; a caps word opening a
  story's sentence (an interview's speaker, a dateline) opens a sentence that ends on its mark.
- a label glued to the headline, no space between, since the page sets the label and the link as
  two inline boxes: "More on the topicCouncil backs the new bridge". A lower-case word runs into a
  capital that opens the headline's first word. A brand's name is written the same way ("easyJet"),
  but a story that names a brand names it again: a glued word the page prints elsewhere is a name.
"""

from __future__ import annotations

import re

from briefkit.importer.lazyre import compile_later

_MOST_WORDS = 24  # a label and a headline; a story's paragraph runs longer
_HEADLINE_WORDS = 4  # a headline says who did what: a few words at least
_END_MARKS = (".", "!", "?", "…", ":", ";", ",")
_POINTERS = r"[\s(\[➤►▶▸→➔»>•■]*"
# a label of one to three words in capitals, then its colon or an arrow, then the headline
_SHOUTED = compile_later(
    rf"^{_POINTERS}(?P<label>[^\W\d_]+(?:[ '’-][^\W\d_]+){{0,2}})\s*(?::|→|►|▶|»|›)\s*(?P<headline>\S.*)$"
)
_LABEL_LETTERS = 5  # "VIDEO:", "SEE ALSO:"; a shorter single word may be an acronym naming the subject ("EU:")
_LABEL_MOST_WORDS = 5  # "Ezt is ajánljuk a témában": a label's few words before the glue
_LOWER_LETTERS = 2  # the glued word's lower-case part: "topic", not the "i" of "iPhone"
_WORD = compile_later(r"[^\W\d_]+")


def _headline_shaped(headline: str) -> bool:
    """A headline: words in ordinary case (not a row of capitals), enough of them, no sentence's end."""
    text = headline.strip()
    return (
        len(_WORD.findall(text)) >= _HEADLINE_WORDS
        and text != text.upper()
        and not text.endswith(_END_MARKS)
        and (text[:1].isupper() or text[:1] in "«„\"“'‘")
    )


def shouted_pointer(text: str) -> bool:
    """ "SEE ALSO: Council backs the new bridge": a label in capitals over another story's headline."""
    text = text.strip()
    m = _SHOUTED.match(text)
    if m is None or len(text.split()) > _MOST_WORDS:
        return False
    label = m.group("label")
    letters = sum(c.isalpha() for c in label)
    shouted = label == label.upper() and label != label.lower()
    return shouted and (" " in label or letters >= _LABEL_LETTERS) and _headline_shaped(m.group("headline"))


def _glue(text: str) -> int | None:
    """Where a label's last word, in lower case, runs into the capital of the headline's first word."""
    label_words = text.split()[:_LABEL_MOST_WORDS]
    if not label_words or not label_words[0][:1].isupper():
        return None
    at = 0
    for word in label_words:
        at = text.index(word, at)
        lower = 0
        for k, c in enumerate(word):
            if c.islower():
                lower += 1
            elif c.isupper() and lower >= _LOWER_LETTERS and lower == k and k + 1 < len(word) and word[k + 1].islower():
                return at + k  # the word's lower-case start, glued to a capitalised word
            else:
                break
        at += len(word)
    return None


def glued_pointer(text: str, page: str) -> bool:
    """ "More on the topicCouncil backs the new bridge": a label run into another story's headline, the
    run-together word printed nowhere else on the page (`page`: the story's lines, this one among them)."""
    text = text.strip().lstrip("➤►▶▸→➔»>•■ ")
    glue = _glue(text)
    if glue is None or len(text.split()) > _MOST_WORDS or not _headline_shaped(text[glue:]):
        return False
    start = text.rfind(" ", 0, glue) + 1
    end = text.find(" ", glue)
    token = text[start : end if end >= 0 else len(text)]
    return len(re.findall(rf"(?<!\w){re.escape(token)}(?!\w)", page)) <= 1
