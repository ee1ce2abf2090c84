"""How a page prints its headline, or a line near it, more than once.

A line the page repeats (in a list of its stories, in a trail of sections run into it, in a table
of contents that heads the story's sections) tells the headline from a standfirst or a teaser,
which the page prints once; `storyspan` weighs these repeats when it picks the headline. A part
of the headline line the page prints apart elsewhere (a section label, a kicker) is no part of it.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from briefkit.importer import boilerplate, stopwords
from briefkit.importer.dates import find_date, unglued_name
from briefkit.importer.inlinebylines import find_byline
from briefkit.importer.lazyre import compile_later
from briefkit.importer.stoppedheads import signed_dateline

# what stands between a trail's parts, or between a kicker and the headline it is run into
CRUMB_SPLIT = compile_later(r"\s*(?:»|›|>|\s→\s|\s/\s|\s\|\s|\s:\s)\s*")

_ORDINAL = compile_later(r"^\d{1,3}\.\s+(?=[^\W\d_])")


def with_ordinal(units: list[str], i: int, title: str) -> str:
    """ "15. Zukunftsforum …": a number before the headline is its ordinal, not a list's marker,
    when no other line beside it is numbered too (the headline printed twice is one line)."""
    line = units[i].strip()
    if not _ORDINAL.match(line) or _ORDINAL.sub("", line) != title:
        return title
    beside = [units[k].strip() for k in (i - 1, i + 1) if 0 <= k < len(units) and units[k].strip() != line]
    return title if any(re.match(r"^\d{1,3}[.)]\s", b) for b in beside) else line


def repeated(units: list[str], counts: dict[str, int], i: int, text: str) -> bool:
    """Whether the page prints `text` (line `i`, or a reading of it) on another line too."""
    return counts.get(text.casefold(), 0) >= (2 if text.casefold() == units[i].strip().casefold() else 1)


def printed_again(units: list[str], i: int, text: str) -> bool:
    """Whether another line of the page ends with `text` or opens with it: a headline printed again
    after a breadcrumb or before a site's name; a standfirst or a teaser the page prints once."""
    key = text.casefold()
    if len(boilerplate.words(text)) < 5:
        return False
    for j, unit in enumerate(units):
        other = boilerplate.plain(unit).strip().casefold()
        if j != i and other != key and (other.endswith(" " + key) or other.startswith(key + " ")):
            return True
    return False


def in_contents(units: list[str], i: int, start: int, sections: set[str]) -> bool:
    """Whether line `i` is an entry of a table of contents: it and a neighbour both head sections below."""
    if units[i].strip().casefold() not in sections:
        return False
    return any(units[k].strip().casefold() in sections for k in (i - 1, i + 1) if 0 <= k < start)


def kicker_apart(units: list[str], title: str) -> str | None:
    """The headline without the kicker run into it ("Topic: Headline"), when the page prints the
    same line again with the colon set apart by spaces ("Topic : Headline"): there the kicker
    and the headline are two elements a copy joined, not one title with a colon in it."""
    kicker, colon, rest = title.partition(": ")
    if not colon or not kicker.strip() or kicker != kicker.rstrip() or not rest.strip():
        return None  # "Topic : Headline" itself is how French sets any colon
    spaced = f"{kicker} : {rest}".casefold()
    return rest.strip() if any(boilerplate.plain(u).strip().casefold() == spaced for u in units) else None


def unprefixed(units: list[str], i: int, raw: str, counts: dict[str, int]) -> list[str]:
    """The headline without a short prefix the page shows apart: a section label or a breadcrumb's
    last part run into it ("Home Climate Title" where "Title" is a line of its own further down;
    "Site » Section" above "Section Title"; "Home/Section/Title", a trail the copy joined with bare slashes)."""
    words = raw.split()
    out = []
    for k in range(1, min(5, len(words) - 2)):
        rest = " ".join(words[k:])
        if counts.get(rest.casefold(), 0) >= 1 and len(rest) >= 0.6 * len(raw) and not rest[0].islower():
            out.append(rest)
            break
    # a trail copied with its slashes and no spaces ("Home/News/Title"): each step a word or two
    steps = raw.split("/")
    for k in range(1, min(5, len(steps))):
        rest = "/".join(steps[k:]).strip()
        if any(not 0 < len(step.split()) <= 3 for step in steps[:k]):
            break
        if rest and not rest[0].islower() and counts.get(rest.casefold(), 0) >= 1 and len(rest) >= 0.6 * len(raw):
            out.append(rest)
            break
    if i > 0:
        crumbs = [p for p in CRUMB_SPLIT.split(boilerplate.plain(units[i - 1]).strip()) if p.strip()]
        last = crumbs[-1].strip() if len(crumbs) > 1 else ""
        # (not when the rest opens in lower case: the crumb is the headline's subject, "Kerala to pilot …")
        cut = raw[len(last) :].strip()
        # or with a full stop ("Northby. Council …"): a regional paper's town before the headline of its page
        cut = cut[2:] if cut.startswith(". ") else cut
        if last and raw.startswith((last + " ", last + ". ")) and len(cut) >= 0.5 * len(raw) and _opens_title(cut):
            out.append(cut)
    return out


def _opens_title(cut: str) -> bool:
    """Whether what is left after a crumb could open a headline: not a word in lower case (the crumb
    is the headline's subject, "Kerala to pilot …"), nor a colon, comma or dash ("Northby : council
    votes …", the place and the event of one headline); an opening quote or bracket may."""
    if not cut or cut[0].islower():
        return False
    kind = unicodedata.category(cut[0])
    return not kind.startswith("P") or kind in ("Ps", "Pi")


def headline_apart(units: list[str], i: int, title: str) -> str | None:
    """The headline without the subtitle run into it, when the page prints the two again as two
    lines one under the other ("Title Subtitle" at the top, "Title" / "Subtitle" further down);
    not a headline the page wraps over two lines elsewhere ("Boats get their" / "pier back")."""
    key = title.casefold()
    for j in range(len(units) - 1):
        if j in (i - 1, i):
            continue
        first, second = boilerplate.plain(units[j]).strip(), boilerplate.plain(units[j + 1]).strip()
        if len(first.split()) < 2 or len(second.split()) < 2 or f"{first} {second}".casefold() != key:
            continue
        # a headline wrapped over two lines breaks mid-phrase: after a function word, before a small letter
        if second[:1].isupper() and first.split()[-1].casefold() not in stopwords.FUNCTION_WORDS:
            return first
    return None


_COPYRIGHT = compile_later(r"©|\(c\)\s*(?:19|20)\d\d|\bcopyright\b", re.I)
# the definite article a name starts with, in the languages served (lower case)
_ARTICLE = compile_later(r"^(?:the|der|die|das|le|la|les|l'|el|los|las|il|lo|gli|i|de|het|o|os|a|as)\s*(?<=\s|')")


def names_owner(units: list[str], end: int, text: str) -> bool:
    """Whether the line names whom a copyright line under the story (from `end` on) names: the site or
    its publisher ("© 2024 Ministry of …" in the footer, its name over the menu), never the headline.

    A paper's name over its menu has its article ("The Daily Example"); the company that owns
    it drops it in the notice ("© 2024 Daily Example Media Ltd").
    """
    key = text.strip().casefold()
    keys = [k for k in dict.fromkeys((key, _ARTICLE.sub("", key))) if len(k) >= 6]
    owners = _copyright_lines(tuple(units[end:]))
    return any(k in line and k != line.strip() for k in keys for line in owners)


@lru_cache(maxsize=4)
def _copyright_lines(lines: tuple[str, ...]) -> tuple[str, ...]:
    """The copyright lines among `lines`, plain and casefolded: read once for the page, not once per
    line `names_owner` is asked about (some thirty headline candidates over a long page's footer)."""
    return tuple(boilerplate.plain(u).casefold() for u in lines if _COPYRIGHT.search(u))


def in_menu(units: list[str], i: int, text: str) -> bool:
    """Whether `text` is printed elsewhere on the page as an entry of its menu.

    A section's name is printed over the story's headline as its kicker and in the menu above it, among other
    entries of a few words each; a headline printed twice sits in a list of other headlines, or in the trail of
    links at the page's foot.
    """
    key = text.casefold()
    for j, unit in enumerate(units[:i]):  # the menu at the top; a trail at the foot names the story itself
        if unit.strip().casefold() != key:
            continue
        # three entries each side; a menu that opens the page has none above it, so its window reaches further down
        low = max(0, j - 3)
        around = [u for u in units[low : max(j, 3) + 4] if u is not unit]
        if sum(1 for u in around if 0 < len(boilerplate.words(u)) <= 4) >= 4:
            return True
    return False


def menu_run(units: list[str], i: int, text: str) -> bool:
    """Whether `text` is two entries of the page's menu run together ("Business Companies & Markets"):
    a trail over the headline whose links the copy printed without their separators."""
    words = text.split()
    for k in range(1, len(words)):
        if in_menu(units, i, " ".join(words[:k])) and in_menu(units, i, " ".join(words[k:])):
            return True
    return False


TAG_WORDS = 2  # the story's topic tag run after its section's name: a word or two, never a headline's length


def section_tag(units: list[str], i: int, text: str) -> bool:
    """Whether `text` is an entry of the page's menu with the story's topic tag run after it ("Science
    Drought" over the headline): the kicker names the section as the menu does, and the copy joined the
    tag, printed beside it, to it. The menu's entry says most of the line; a headline is no menu's entry."""
    words = text.split()
    for k in range(len(words) - 1, 0, -1):
        rest = len(words) - k
        if rest > TAG_WORDS or k <= rest:
            break
        if in_menu(units, i, " ".join(words[:k])):
            return True
    return False


def shared_stems(own: set[str], other: set[str]) -> int:
    """How many of `own`'s stems the other text has, a short word meeting a longer one that starts
    with it ("Klima" in the headline, "Klimaschutz" in the story)."""
    count = 0
    for stem in own:
        if stem in other or (len(stem) < 6 and any(o.startswith(stem) for o in other)):
            count += 1
    return count


def label_over(units: list[str], best: int, label: str, title: str) -> bool:
    """A label of a few words over a long headline that has its standfirst, a full sentence, right
    under it: a section's or a series' name (or a button row) over the headline, not the headline
    over its subtitle. A subtitle under a short headline reads as a title, with no full stop, and
    the standfirst, when there is one, stands under it, not under the short line's neighbour. A byline
    or dateline follows the standfirst closely: a story's lead has more of the story under it."""
    if best + 1 >= len(units) or signed_under(units, best, label, title):
        return best + 1 < len(units)
    if len(label.split()) > 3 and not _RUBRIC.match(label) or len(title.split()) < 8:
        return False
    below = boilerplate.plain(units[best + 1]).strip()
    if not below.endswith((".", "!", "?", "…")) or (stopwords.share(below) or 0.0) < 0.15:
        return False
    # the standfirst's byline or dateline under it: a story's first sentence has the story under it instead
    return any(find_date(boilerplate.plain(u)) is not None for u in units[best + 2 : best + 5])


# a series' or a dossier's name over the headline, with its label and colon, in the eight languages
_RUBRIC = compile_later(
    r"^(?:dossiers?|series|serie|série|reeks|thema|schwerpunkt|spezial|special|spécial|especial|speciale|"
    r"серия|спецпроект|тема)\s*:\s",
    re.I,
)


def signed_under(units: list[str], best: int, label: str, title: str) -> bool:
    """A long headline with its byline right under it, and over it the post's categories run into one
    line ("Industry Army" where the menu prints "Industry" and "Army"): the categories, not a headline
    over its subtitle. A short headline over a long subtitle and its byline is common (a column's), so
    the line over it must be made of the menu's own entries, at its start and at its end."""
    if len(label.split()) > 6 or len(title.split()) < 12 or title.endswith((".", "!", "?", "…", ":")):
        return False
    below = unglued_name(boilerplate.plain(units[best + 1]).strip())
    if len(below.split()) > 20 or not (find_byline(below) or signed_dateline(below)):
        return False
    return _menu_entries(units, best - 1, label)


def _menu_entries(units: list[str], i: int, label: str) -> bool:
    """Whether `label` starts with an entry the page prints alone above it, and ends with another."""
    tokens = label.split()
    entries = {u.strip().casefold() for u in units[:i] if 0 < len(u.split()) <= 4}
    heads = [k for k in range(1, len(tokens)) if " ".join(tokens[:k]).casefold() in entries]
    tails = [k for k in range(1, len(tokens)) if " ".join(tokens[k:]).casefold() in entries]
    return bool(heads and tails)
