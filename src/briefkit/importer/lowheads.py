"""A headline set as an h3: the last fallback of `metapick.pick_title` for a page without h1 or h2 over its story.

Some CMS templates (a municipality's or a school's news module) keep h1 and h2 for the site's
name and its sections and print each news item's headline as an h3. That h3 then stands right
over the story's first paragraph, with no h1 or h2 between them; the h3s after the story's start
are its subheadings, and those in a sidebar, menu or footer were never collected.
"""

from __future__ import annotations

from briefkit.importer.markupmeta import Claim, Evidence
from briefkit.importer.sitenames import words


def top_h3(ev: Evidence) -> Claim | None:
    """The h3 right over the story on a page with no h1 and no h2 above the story's first paragraph."""
    if not ev.prose or ev.permalinks or any(h.source == "h1" for h in ev.headings):
        return None
    start = min(ev.prose)
    above = [h for h in ev.low_heads if h.position < start and words(h.value)]
    if not above or any(h.source in ("h2", "h1-part") and h.position < start for h in ev.headings):
        return None
    return above[-1]
