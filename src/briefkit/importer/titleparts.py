"""Reading a `<title>` that names no article: "Site: Section", and the masthead that prints the site's part.

Small sites (a town hall, a club, a parish, a blog on an old theme) set one `<title>` for a
whole section ("Town: News", "Club – Match report") and print the story's headline only in the
body, in a heading that shares no word with it. Metadata agreement then has nothing to go on, and
the `<title>`'s longest part is the site's name. The shapes here are structural: how many parts
the title has, how short they are, which heading prints which part.
"""

from __future__ import annotations

from typing import Any

from briefkit.importer.lazyre import compile_later
from briefkit.importer.markupmeta import Claim, Evidence
from briefkit.importer.sitenames import words

# the separators a title's parts stand between, and a colon after a word ("Site: Section")
_PARTS = compile_later(r"\s+(?:[|–—·•»/]|-{1,2}|::|//)\s+|\s*[|｜]\s*|(?<=\w):\s+")
_SECTION_WORDS = 2  # "News", "Aktuelles", "Match report": a section's name is one or two words
_HEADLINE_WORDS = 4  # fewer words rarely make a headline ("Contact", "Opening hours", "Descrizione")


def _words(text: str) -> list[str]:
    return words(text)


def title_parts(title: str) -> list[list[str]]:
    """The words of each part of a `<title>`, the empty parts dropped."""
    return [w for w in (_words(p) for p in _PARTS.split(title)) if w]


def menu_labels(tree: Any) -> set[str]:
    """The short entries of the page's lists and links ("News", "About us"): its sections' names.

    A link to the front page is the logo, which prints the site's name, not a section's.
    """
    from briefkit.importer.htmlevidence import links_home, shown_text

    labels: set[str] = set()
    for el in tree.xpath("//li[not(*[2])] | //a[@href or not(@*)]"):
        text = shown_text(el)
        if 0 < len(text) <= 40 and not (el.tag == "a" and el.get("href") and links_home(el, text)):
            labels.add(" ".join(_words(text)))
    return labels


def masthead_sites(ev: Evidence, tree: Any) -> list[str]:
    """The h1s that print the site's part of the `<title>`, above the heading that prints the story.

    "Blog: Post" with the blog's name in the h1 and the post's in an h2 after it, or "Section –
    Society" with the society's name in the h1 and the section's among the page's menu entries:
    the h1 is the site's name, not the headline. "Headline | Site" with the headline in the h1
    never matches: the site's name printed again in a heading stands after the story's prose (a
    sidebar, the footer), and the site's name is no section of its own menu.
    """
    if any(c.source != "title" for c in ev.titles if _words(c.value)):
        return []  # og:title or JSON-LD name the article: agreement handles those pages
    parts = title_parts(ev.title_tag)
    if len(parts) < 2:
        return []
    joined = [" ".join(p) for p in parts]
    found: list[str] = []
    menu: set[str] | None = None  # the page's menu entries, read once and only when a test needs them
    for i, h in enumerate(ev.headings):
        hw = " ".join(_words(h.value))
        if h.source != "h1" or hw not in joined:
            continue
        rest = [p for p in parts if " ".join(p) != hw]
        # the story's heading stands before the story: a heading after prose is a sidebar's or the footer's
        later = [
            _words(g.value)
            for g in ev.headings[i + 1 :]
            if g.source in ("h2", "itemprop", "headline-class")
            and not any(h.position < p < g.position for p in ev.prose)
        ]
        prints_rest = any(" ".join(g) in {" ".join(p) for p in rest} and len(g) >= _HEADLINE_WORDS for g in later)
        section_rest = (
            hw == joined[-1]
            and all(len(p) <= _SECTION_WORDS for p in rest)
            and any(len(g) >= _HEADLINE_WORDS and len(g) > max(map(len, parts)) for g in later)
            # the rest is a section of the menu
            and all(" ".join(p) in (menu := menu if menu is not None else menu_labels(tree)) for p in rest)
        )
        if prints_rest or section_rest:
            found.append(h.value)
    return found


def section_headline(ev: Evidence, sites: set[str]) -> Claim | None:
    """The headline under a "Site: Section" `<title>` that no heading agrees with.

    Only the `<title>` names the page, one of its parts is a section's short name, and none of
    them is the story's: the first heading that reads as a headline (longer than any part of the
    title, not the site's name, with prose after it) is the story's. A microdata headline comes first, then the h1,
    then an h2 when the page has no h1, then an element classed as a title when it has no heading at all.
    """
    metas = [c for c in ev.titles if _words(c.value)]
    # an og:title that copies the <title> word for word says nothing more about the page than it does
    if not metas or any(c.source != "title" and _words(c.value) != _words(ev.title_tag) for c in metas):
        return None
    if any(h.source == "logo" and _words(h.value) == _words(ev.title_tag) for h in ev.headings):
        return None  # the logo prints the whole title: it is the site's name, the page a front page
    parts = title_parts(ev.title_tag)
    # two parts, one a section's name, or the site's short name alone ("Town Magazine"); a third part
    # ("Headline - Section - Site") leaves room for the headline
    site_and_section = len(parts) == 2 and any(len(p) <= _SECTION_WORDS for p in parts)
    site_alone = len(parts) == 1 and len(parts[0]) <= _SECTION_WORDS
    if not (site_and_section or site_alone):
        return None
    longest = max(map(len, parts))
    has_h1 = any(h.source == "h1" and _words(h.value) and " ".join(_words(h.value)) not in sites for h in ev.headings)
    order: tuple[str, ...] = ("itemprop", "h1") if has_h1 else ("itemprop", "h1", "h2")
    if not any(h.source in ("h1", "h2") for h in ev.headings):
        order += ("headline-class",)  # a page of divs: its headline is only named so ("title", "titulo")
    for source in order:
        for h in ev.headings:
            hw = _words(h.value)
            if h.source != source or " ".join(hw) in sites:
                continue
            # over the story: prose follows it (a newsletter box or a footer's heading stands after the story)
            if len(hw) >= _HEADLINE_WORDS and len(hw) > longest and any(p > h.position for p in ev.prose):
                return h
    return None


_SITE_WORDS = 5  # a paper's or a blog's name: "Mid Valley Chronicle", "Le Journal de la Région"


def printed_as_masthead(ev: Evidence) -> list[str]:
    """The metadata title that names only the site: printed in the header over the story's own headline.

    A small paper's template fills `og:title` (and `<title>`) with its own name on every page, a blog
    platform fills `og:title` with the blog's name and `<title>` with "Blog: Post"; both print that
    name in a heading above the one that prints the story's headline. The name is short, the
    heading under it is a headline of its own with the story after it, and either it is the h1 or
    the `<title>` holds it as its other part: the short text is the masthead, not the headline.
    """
    texts = {" ".join(_words(c.value)) for c in ev.titles if c.source != "title" and _words(c.value)}
    if len(texts) != 1:
        return []
    name = next(iter(texts))
    parts = [" ".join(p) for p in title_parts(ev.title_tag)]
    if parts and name not in parts:
        return []
    # a longer name ("The services of the State in the county") only as the <title>'s last part after the
    # headline an h1 prints: "Headline / Section / Home - Name" is the site's own pattern for every page
    h1s = {" ".join(_words(h.value)) for h in ev.headings if h.source == "h1"}
    if len(name.split()) > _SITE_WORDS and not (len(parts) >= 2 and name == parts[-1] and parts[0] in h1s):
        return []
    top = next((h for h in ev.headings if h.source != "h1" and " ".join(_words(h.value)) == name), None)
    if top is None:
        return []
    for h in sorted(ev.headings + ev.low_heads, key=lambda c: c.position):
        hw = " ".join(_words(h.value))
        if h.position <= top.position or len(hw.split()) < _HEADLINE_WORDS or hw == name:
            continue
        if not any(p > h.position for p in ev.prose):
            break  # the story's headline stands over the story
        if h.source == "h1" or hw in parts:
            return [next(c.value for c in ev.titles if " ".join(_words(c.value)) == name)]
    return []
