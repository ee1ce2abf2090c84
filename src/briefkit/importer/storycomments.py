"""A story body whose class or id reads as a comment section to trafilatura, unmasked before it reads the page.

trafilatura takes any `div`, `section`, list or `details` whose class or id opens with "comment" (but for
"commentary") for the readers' comments, and with comments left out drops it whole. An opinion piece is a
"commento" in Italian, and some sites name its body so ("commento-corpo"): the page then imports as its
headline and standfirst alone. A readers' thread never stands right after the story's headline, so an element
of that name whose previous sibling holds the page's `<h1>` is the story's body: its class and id are given
a prefix that trafilatura's test does not match. Real threads, under the story, keep their names (and
`commentthreads` has already taken out those it recognises by their structure).
"""

from __future__ import annotations

from typing import Any

from briefkit.importer.lazyre import compile_later

# trafilatura 2.x's own test for a comment section's class or id (xpaths.REMOVE_COMMENTS_XPATH), restated:
# it is not exported, and an import of a private name would break on its next release
_COMMENT_NAME = compile_later(r"^[Cc]omment(?!ary)|(?:article|post)-comments")
_HOLDERS = ("div", "section", "details", "ul", "ol")
PREFIX = "story-"
HEADER_WORDS = 80  # a kicker, the headline, a standfirst and a byline; a story is longer


def unmask_story_body(tree: Any) -> None:
    """Rename the class and id of a comment-named element set right after the headline's block.

    The headline's block is the `<h1>` or a holder of it that holds little else (a header with a kicker, a
    standfirst, the byline: at most `HEADER_WORDS` words); a holder of the whole story (an `<article>` with
    the readers' thread after it) is never one, so a real thread after the story keeps its name."""
    h1 = next(tree.iter("h1"), None)
    holder = h1
    while holder is not None and holder.tag not in ("article", "main", "body"):
        if len(holder.text_content().split()) > HEADER_WORDS:
            return
        after = holder.getnext()
        while after is not None and not isinstance(after.tag, str):  # a comment node between them
            after = after.getnext()
        if after is not None and after.tag in _HOLDERS and _comment_named(after):
            for attr in ("class", "id"):
                value = after.get(attr)
                if value and _COMMENT_NAME.search(value):
                    after.set(attr, PREFIX + value)
            return
        holder = holder.getparent()


def _comment_named(el: Any) -> bool:
    return any(_COMMENT_NAME.search(el.get(attr) or "") for attr in ("class", "id"))
