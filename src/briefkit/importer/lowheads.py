"""A headline set one or two levels down: the fallback of `titlepick.pick_title` for a page without an h1.

Some CMS templates keep the h1 for the site's name, or print none, and set the headline as an
h2 (a university's or a press office's news page); some (a municipality's or a school's news
module) keep h1 and h2 for the site's name and its sections and print each item's headline as
an h3. Either stands right over the story's first paragraph: the headings after the story's
start are its subheadings, and those in a sidebar, menu or footer were never collected.
"""

from __future__ import annotations

from briefkit.importer.lazyre import compile_later
from briefkit.importer.markupmeta import Claim, Evidence
from briefkit.importer.sitenames import words

# "Home / News / Title": a breadcrumb set as a heading
_TRAIL_STEP = compile_later(r"\s[/>»›]\s")


def over_story(ev: Evidence) -> Claim | None:
    """The heading right over the story on a page with no h1: the last h2 above its first paragraph,
    or the last h3 when no h2 stands there; none for a blog's list of posts (headings that link to
    their own pages, see `pick_title`) or when the h2 there is a trail or part of a heading."""
    if not ev.prose or ev.permalinks or any(h.source == "h1" for h in ev.headings):
        return None
    start = min(ev.prose)
    above = [h for h in ev.headings if h.source in ("h2", "h1-part") and h.position < start]
    if above:
        last = above[-1]
        usable = last.source == "h2" and len(_TRAIL_STEP.findall(last.value)) < 2 and words(last.value)
        return last if usable else None
    low = [h for h in ev.low_heads if h.position < start and words(h.value)]
    return low[-1] if low else None
