"""Readers' posts under the story of a saved page, told by their signatures, not by a heading.

A comment thread whose heading no list of words knows ("Reply to this article" in any language, or
none at all) still has the shape every thread has: boxes of one kind in a row (the same tag and
class, a class the thread's styles give every post), each opening on a short line that dates it
and names its writer ("10 April 2019, by Jane R."), then a few short lines of the reader's words.
The writers differ from box to box.

A live page's entries have the shape too, but they are the story: they stamp a time of day (no
date) or one writer over and over, and they stand where the story does; a timeline's entries head
each with a date alone, among the story's paragraphs. So a run is cut only when every signature
names someone besides its date, at least two differ once their figures are set aside, every post
is short, no paragraph of prose stands beside the run or its box, and more of the page's words
stand before the run than in it (the thread is under the story). The
box holding the run goes with it when all it holds besides is a line or two (the thread's heading,
its rules) and a form.
"""

from __future__ import annotations

import re
from typing import Any

from briefkit.importer.dates import find_date
from briefkit.importer.lazyre import compile_later
from briefkit.importer.monthnames import MONTH_NAMES

_SIGNATURE_WORDS = 12
_POST_WORDS = 80  # a reader's comment: a few lines
_RUN = 2
_LEFT_WORDS = 30  # what the thread's box holds besides the posts: a heading, its rules
_SKIP = ("script", "style", "noscript", "template")
_POSTS = ("div", "li", "article", "section")
_MONTH = compile_later(rf"\b(?:{MONTH_NAMES})\b\.?", re.I)
_PROSE_WORDS = 20  # a paragraph of the story's: a sentence or more


def _text(el: Any) -> str:
    return re.sub(r"\s+", " ", el.text_content().replace("\u00a0", " ")).strip() if isinstance(el.tag, str) else ""


def _words(text: str) -> int:
    return len(re.findall(r"\w+", text))


def _signature(post: Any) -> str | None:
    """The post's dated signature line with its figures set aside, or None when it opens on none."""
    kids = [k for k in post if isinstance(k.tag, str)]
    if not 2 <= len(kids) <= 4 or (post.text or "").strip():
        return None
    line = _text(kids[0])
    if not 2 <= _words(line) <= _SIGNATURE_WORDS or find_date(line) is None:
        return None
    said = " ".join(_text(k) for k in kids[1:])
    if not 0 < _words(said) <= _POST_WORDS:
        return None
    name = re.sub(r"[\d\W_]+", " ", _MONTH.sub(" ", line)).strip().casefold()
    return name or None  # a date alone heads a timeline's entry, not a reader's post


def _key(el: Any) -> tuple[str, str]:
    return (el.tag, " ".join((el.get("class") or "").split()))


def _runs(parent: Any) -> list[list[Any]]:
    """The runs of two or more boxes of one kind in a row under `parent`, each a signed post."""
    runs: list[list[Any]] = []
    run: list[Any] = []
    names: list[str] = []
    for kid in [k for k in parent if isinstance(k.tag, str)]:
        name = _signature(kid) if kid.tag in _POSTS else None
        if name is not None and run and _key(kid) == _key(run[0]):
            run.append(kid)
            names.append(name)
            continue
        if len(run) >= _RUN and len(set(names)) >= 2:
            runs.append(run)
        run, names = ([kid], [name]) if name is not None else ([], [])
    if len(run) >= _RUN and len(set(names)) >= 2:
        runs.append(run)
    return runs


def _words_before(body: Any, stop: Any) -> int:
    count = 0
    for el in body.iter():
        if el is stop:
            return count
        if isinstance(el.tag, str) and el.tag not in _SKIP:
            count += _words(el.text or "")
            if not any(a is el for a in stop.iterancestors()):
                count += _words(el.tail or "")
    return count


def _beside_story(parent: Any, run: list[Any]) -> bool:
    """Whether a paragraph of prose stands beside the run (in its box, outside the posts) or beside its
    box: then the run is a box set into the story (a timeline, a chronicle), not a thread under it."""
    posts = {id(p) for p in run}
    near = [k for k in parent if id(k) not in posts]
    near += list(parent.itersiblings()) + list(parent.itersiblings(preceding=True))
    return any(isinstance(k.tag, str) and k.tag == "p" and _words(_text(k)) >= _PROSE_WORDS for k in near)


def drop_signed_posts(tree: Any) -> None:
    """Cut each run of readers' posts under the story (see the module's docstring)."""
    body = tree.find("body")
    if body is None:
        return
    parents: dict[int, Any] = {}
    for el in body.iter(*_POSTS):  # a post with a sibling of its kind, told by tag and class alone
        kind = el.get("class")
        after = el.getnext() if kind else None
        if after is not None and after.tag == el.tag and after.get("class") == kind:
            parent = el.getparent()
            parents.setdefault(id(parent), parent)
    for parent in parents.values():
        for run in _runs(parent):
            inside = sum(_words(_text(post)) for post in run)
            if _beside_story(parent, run) or _words_before(body, run[0]) < inside:
                continue
            for post in run:
                post.drop_tree()
            left = _words(" ".join(_text(k) for k in parent if isinstance(k.tag, str) and k.tag != "form"))
            if parent.getparent() is not None and parent.tag != "td" and left <= _LEFT_WORDS:
                parent.drop_tree()
