"""Readers' comment threads under a saved page's story, cut from the parsed page before the story
is extracted.

The extractor knows a comment section by its markup's English names; a page whose comments sit in
a box named in another language, or in a 2009 layout table of `<font>` tags, comes through with
the readers' words run into the story's end. The heading over them is what every such page
prints, in each language ("3 comentarios", "Reacties (3)", "Reader Comments"): it, and what
follows it in its container, is the thread.
"""

from __future__ import annotations

import re
from typing import Any

from briefkit.importer import farpagewords
from briefkit.importer.elementtext import element_text
from briefkit.importer.lazyre import compile_later

_COUNT = r"(?:\d{1,5}\s+)?"
# the heading over the readers' comments, in each language, with or without their count
_COMMENTS_HEADING = compile_later(
    rf"^(?:{_COUNT}(?:(?:readers?['’]?|user|visitor)\s+)?comments(?:\s*\(\d{{1,5}}\))?|\d{{1,5}}\s+comment|"
    rf"{_COUNT}(?:leser)?kommentare(?:\s*\(\d{{1,5}}\))?|\d{{1,5}}\s+kommentar|"
    rf"{_COUNT}commentaires(?:\s*\(\d{{1,5}}\))?|\d{{1,5}}\s+(?:commentaire|réactions?)|réactions\s*\(\d{{1,5}}\)|"
    rf"{_COUNT}comentarios(?:\s*\(\d{{1,5}}\))?|\d{{1,5}}\s+comentario|"
    rf"{_COUNT}comentários(?:\s*\(\d{{1,5}}\))?|\d{{1,5}}\s+comentário|"
    rf"{_COUNT}commenti(?:\s*\(\d{{1,5}}\))?|\d{{1,5}}\s+commento|"
    rf"{_COUNT}reacties(?:\s*\(\d{{1,5}}\))?|\d{{1,5}}\s+reactie|"
    rf"{_COUNT}комментари(?:и|ев|я|й)(?:\s*\(\d{{1,5}}\))?|"
    r"отзывы\s+(?:посетителей|читателей|пользователей)|"
    # the form's heading, which asks the reader to write one
    r"(?:leave|post|add|write)\s+a\s+(?:comment|reply)|(?:einen\s+)?kommentar\s+(?:verfassen|hinterlassen|schreiben)|"
    r"(?:laisser|ajouter|écrire)\s+un\s+commentaire|(?:deja|deje|escribe|añade)\s+(?:un|tu|su)\s+comentario|"
    r"(?:lascia|scrivi|aggiungi)\s+un\s+commento|(?:deixe|deixar|escreva)\s+(?:um|seu|o\s+seu)\s+comentário|"
    r"(?:plaats|schrijf)\s+(?:een|je|uw)\s+reactie|(?:оставить|оставьте|написать|добавить)\s+комментарий|"
    # the word in the other languages read, counted ("Yorumlar (2)", "Σχόλια (3)", "3 comentarii"): a count
    # names the section, which a story's subheading never counts
    rf"{farpagewords.COMMENT_COUNT}|{farpagewords.DISCUSSION_COUNT}|\d{{1,5}}\s+(?:{farpagewords.COMMENTS})"
    r")\s*[:.]?$",
    re.I,
)
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
# elements a page sets a box's heading in when it has no <h…> (a 2009 page's <font><b>, a builder's <div>)
_TITLE_TAGS = ("b", "strong", "font", "div", "p", "span", "dt", "legend", "header", "td")


def _words(text: str) -> int:
    return len(re.findall(r"\w+", text))


def _in_link(el: Any) -> bool:
    """A heading that is a link ("12 comments" in the byline, jumping down) is no heading of a thread."""
    return any(a.tag == "a" for a in el.iterancestors()) or next(el.iter("a"), None) is not None


def _wrapper(el: Any) -> Any:
    """The outermost element holding just this heading's text (`<font><b>Comments</b></font>`)."""
    own = element_text(el)
    while True:
        parent = el.getparent()
        if parent is None or parent.tag in ("body", "html") or element_text(parent) != own:
            return el
        el = parent


def _comment_headings(body: Any) -> list[Any]:
    found = []
    for el in body.iter(*_HEADINGS, *_TITLE_TAGS):
        if el.tag not in _HEADINGS and len((el.text or "").strip()) < 6:
            continue  # a box's title element carries its words itself
        text = element_text(el)
        if not text or len(text) > 60 or not _COMMENTS_HEADING.match(text) or _in_link(el):
            continue
        if el.tag not in _HEADINGS and any(isinstance(c.tag, str) and element_text(c) == text for c in el):
            continue  # the innermost element carries it; its wrapper is found from there
        found.append(_wrapper(el))
    return found


def drop_comment_threads(tree: Any) -> None:
    """Each readers' comment thread after the story: its heading and what follows it in its container.

    A thread stands under the story, so at least as many words of the page come before its
    heading as the heading and its followers hold, or the story's paragraphs stand over it (a
    long thread under a short story); a comment count near the top of a page (a link, or a line
    above the story) is left alone.
    """
    body = tree.find("body")
    if body is None:
        return
    for heading in _comment_headings(body):
        parent = heading.getparent()
        if parent is None or not _holds(body, heading):
            continue  # inside a thread already taken out
        after = [heading, *heading.itersiblings()]
        dropped = sum(_words(element_text(e)) + _words(e.tail or "") for e in after)
        before = _words_before(body, heading)
        if dropped > before and not _under_paragraphs(body, heading):
            continue
        for el in after:  # with their tails: an old page's comments are text between <br>s, no element's own
            el.tail = None
            if isinstance(el.tag, str):
                el.drop_tree()


def _words_before(body: Any, stop: Any) -> int:
    """Words of the page's text before an element, in reading order."""
    count = 0
    for el in body.iter():
        if el is stop:
            return count
        if isinstance(el.tag, str) and el.tag not in ("script", "style", "noscript", "template"):
            count += _words(el.text or "")
        count += _words(el.tail or "") if el is not body and not _holds(el, stop) else 0
    return count


_STORY_PARAGRAPHS = 3
_PARAGRAPH_WORDS = 15  # a sentence of prose, not a menu line


def _under_paragraphs(body: Any, stop: Any) -> bool:
    """Whether a heading (an `<h…>`) stands under three paragraphs of prose: under a story, not over it."""
    if stop.tag not in _HEADINGS:
        return False
    found = 0
    for el in body.iter("p", *_HEADINGS):
        if el is stop:
            return False
        found += _words(element_text(el)) >= _PARAGRAPH_WORDS
        if found >= _STORY_PARAGRAPHS:
            return True
    return False


def _holds(el: Any, other: Any) -> bool:
    return any(a is el for a in other.iterancestors())
