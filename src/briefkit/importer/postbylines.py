"""A byline that prints the writer's post or house right after the name, with no comma or label.

Many sites set the byline as a card copied into one line: the name, then the writer's post in a
smaller type ("Jane Roe journalist", "Jane Roe Senior Correspondent in Lyon"), a handle after it
("… @janeroe"), or the desk or house the writer works for in brackets ("Jane Roe (Radio News
Desk)"). Copied, the card's parts lose the layout that parted them, so the line is neither a bare
name nor a signed byline. The shape is read, not the words: a name of two to four capitalised words
opening the line, and after it only a post (`bylinecards.is_post`, in the languages news is written
in), a handle, or a short bracket. A photographer's card ("Sam Poe photographer") names no post a
writer holds, so it is not read as one.
"""

from __future__ import annotations

from briefkit.importer.bylinecards import is_post
from briefkit.importer.bylines import looks_like_name, parse_byline
from briefkit.importer.lazyre import compile_later

# "… @janeroe": a handle closing the card
_HANDLE = compile_later(r"\s+@[\w.]{2,30}$")
# "… (Radio News Desk)": the writer's house or desk in brackets closing the card, a few words long
_BRACKET = compile_later(r"\s+\((?P<house>[^()]{2,60})\)$")
_BRACKET_WORDS = 6
_NAME_WORDS = (2, 3, 4)
_LINE_WORDS = 12


def name_before_post(text: str) -> tuple[str, ...]:
    """The writer's name opening a byline card copied into one line, or () when the line is no such
    card: the name's words must be followed by a post, a handle or a bracketed house, and nothing else."""
    text = text.strip()
    if not text or len(text.split()) > _LINE_WORDS:
        return ()
    rest = _HANDLE.sub("", text)
    marked = rest != text  # a handle or a bracket tells the line is a card
    bracket = _BRACKET.search(rest)
    if bracket and len(bracket.group("house").split()) <= _BRACKET_WORDS:
        rest, marked = rest[: bracket.start()], True
    words = rest.split()
    # the longest name first ("Ana Ruiz Gil Correspondent", not "Ana Ruiz"), its last word no post's own
    for k in sorted(_NAME_WORDS, reverse=True):
        if k > len(words) or is_post(words[k - 1]):
            continue
        name, post = " ".join(words[:k]), " ".join(words[k:])
        if not looks_like_name(name) or parse_byline(name) != (name,):
            continue
        if post and is_post(post) or not post and marked:
            return (name,)
    return ()
