"""Lines that point the reader somewhere else: to another part of the same story, or to another story.

A long read split in chapters closes each with a link to the next ("Chapitre suivant : Une équipe de
cinq →", "Next: The money trail →"); a site sets a link to another story between the paragraphs
behind a pointer (">> Ecoponto da avenida passa a receber móveis", "► Mehr zum Thema …"). A saved
page's link and a copied page's line read the same: a few words with an arrow at one end and no
sentence's end. The story's own sentences never carry the arrow; its headings never end in one.

- an arrow at the end of a short line, with a label before a colon or with the words of a line the
  page prints elsewhere (the chapter's heading it points to): a pointer;
- a pointer's mark at the start (">>", "►", "▶", "→"), then a title's few words with no sentence's
  end: another story's headline. "»" is no pointer (German quotations open with it).
"""

from __future__ import annotations

from briefkit.importer.blocktext import SENTENCE_END, plain
from briefkit.importer.lazyre import compile_later

POINTER_WORDS = 16
# an arrow that closes a link's words, and the label a pointer opens with ("Chapitre suivant :", "Read next:")
_ARROW_END = compile_later(r"\s+(?:→|⟶|➔|➜|➝|›|>>|▸|▶)\s*$")  # apart: "‹Wir kommen›" closes a quote
_LABEL = compile_later(r"^[^\W\d_][^\s:]*(?:\s[^\s:]+){0,2}\s?:\s+(?=\S)")
# a pointer's mark before another story's title (a Markdown writer may have escaped the ">")
_MARK_START = compile_later(r"^\\?(?:>>|►|▶|→|➔|➜|▸|⇒)\s*(?=[^\W\d_])")


def _key(text: str) -> str:
    return " ".join(text.casefold().split())


def _arrowed(text: str, printed: dict[str, int]) -> bool:
    """A short line closed by an arrow: a label before its colon, or the words of another line."""
    core = _ARROW_END.sub("", text)
    if core == text or not core or core.endswith(SENTENCE_END) or len(core.split()) > POINTER_WORDS:
        return False
    label = _LABEL.match(core)
    return label is not None or printed.get(_key(core), 0) > 0


def _marked_title(block: str) -> bool:
    """ ">> Another story's title": the mark, then a few words that close no sentence."""
    mark = _MARK_START.match(block.strip())
    if mark is None:
        return False
    rest = block.strip()[mark.end() :]
    return 0 < len(rest.split()) <= POINTER_WORDS and not rest.endswith(SENTENCE_END) and "\n" not in rest


def pointer_lines(blocks: list[str]) -> list[int]:
    """The indexes of the lines that point elsewhere (see the module's note)."""
    texts = [plain(b) for b in blocks]
    printed: dict[str, int] = {}
    for text in texts:
        if len(text.split()) <= POINTER_WORDS:
            printed[_key(text)] = printed.get(_key(text), 0) + 1
    pairs = enumerate(zip(blocks, texts, strict=True))
    return [i for i, (block, text) in pairs if _marked_title(block) or _arrowed(text, printed)]


# the links to the stories before and after this one on one line, each behind its one-word label
# ("Previous: Title Next: Title?", "Előző: … Következő: …"): the labels are read by their form, in any language
# ("« Previous: Title | Next: Title »": the arrows a pager sets at its ends and the bar between them are no words)
_NEIGHBOURS = compile_later(
    r"^(?:[«‹←<]+\s*)?(?P<a>(?-i:[A-ZÀ-ÞА-ЯЁΑ-Ω])[^\W\d_]{2,15})\s?:\s+(?P<t1>\S.*?)(?:\s+[|·•])?\s+"
    r"(?P<b>(?-i:[A-ZÀ-ÞА-ЯЁΑ-Ω])[^\W\d_]{2,15})\s?:\s+(?P<t2>\S.*?)(?:\s*[»›→>]+)?$"
)
NEIGHBOUR_TITLE_WORDS = (2, 16)


def neighbours_line(unit: str) -> bool:
    """A line of two labelled titles, the first ending no sentence, the second no statement: the links to
    the neighbouring stories that a copy prints under the story's end."""
    m = _NEIGHBOURS.match(plain(unit).strip())
    if m is None or m["a"].casefold() == m["b"].casefold():
        return False
    least, most = NEIGHBOUR_TITLE_WORDS
    first, second = m["t1"].strip(), m["t2"].strip()
    return (
        all(least <= len(t.split()) <= most for t in (first, second))
        and not first.endswith(SENTENCE_END)
        and not second.endswith((".", ";", ","))
    )
