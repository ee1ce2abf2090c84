"""Picking a page's title from its claims: the headings it prints, weighed against the titles its metadata gives.

A heading's place (an h1, an itemprop headline, a heading-classed element) gives its weight; the
titles the metadata gives (JSON-LD, og:title, `<title>`) vote for the heading whose words they share,
without the site's name they carry; a heading over the story beats a heading under it. `metapick`
picks the date the same way, `authorpick` the authors.
"""

from __future__ import annotations

import re

from briefkit.importer.accentedtitles import accented
from briefkit.importer.kickerprefix import unstuck
from briefkit.importer.lazyre import compile_later
from briefkit.importer.lowheads import over_story
from briefkit.importer.markupmeta import Claim, Evidence
from briefkit.importer.sitenames import SEPARATORS, logo_suffix, meta_core, site_keys, words
from briefkit.importer.titleparts import section_headline
from briefkit.importer.worldcredits import CJK

_HEADING_BASE = {"h1": 1.0, "itemprop": 0.9, "h1-part": 0.7, "headline-class": 0.4, "h2": 0.3}
_HEADLINE_WORDS = 4  # fewer words rarely make a headline ("Contact", "More stories")
# a title in Chinese, Japanese or Korean this long is a headline's main line, though it splits into few "words"
_CJK_CORE_CHARS = 8
# its second part: a space (an ideographic one or a plain one), then the part in the same script
_CJK_PART = compile_later(r"^[\s\u3000]+[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_TITLE_WEIGHT = {"jsonld": 1.0, "meta": 0.8, "title": 0.8}

_DANGLING = compile_later(r"\s[-|–—·:»]\s*$|^\s*[-|–—·:»]\s")
# "« Words »": French typography sets its guillemets apart with spaces, so a quoted headline ends in " »" like
# a title whose headline part is empty ("Site »"); the guillemets it opens and closes are no separator
_GUILLEMETS = compile_later(r"«[^«»]*»")


def pick_title(ev: Evidence) -> str | None:
    """The headline as the page shows it: the heading that agrees best with the metadata titles.

    Headings are what the reader sees (no site name, no SEO variant); the metadata says which
    heading is the article's rather than the logo's or a sidebar's.
    """
    sites = site_keys(ev)
    metas = [c for c in ev.titles if words(c.value)]
    # "National Rail Enquiries -": a title whose headline part is empty names only the site
    dangling = [c for c in metas if _DANGLING.search(_GUILLEMETS.sub("q", c.value))]
    sites |= {" ".join(words(_DANGLING.sub("", c.value))) for c in dangling}
    metas = [c for c in metas if c not in dangling]
    best: tuple[float, float, str, int] = (0.0, 0.0, "", 0)
    first_h1 = next((h for h in ev.headings if h.source == "h1" and words(h.value)), None)
    title_words = words(ev.title_tag)
    # "Blog – Its tagline" as the <title>, the blog's name in the header and the post's own h1 under it: a
    # heading above the h1 that prints one whole part of a <title> the h1 is no part of is the site's name
    parts = {" ".join(words(p)) for p in SEPARATORS.split(ev.title_tag)} - {""}
    named_apart = first_h1 is not None and len(parts) >= 2 and " ".join(words(first_h1.value)) not in parts
    for rank, h in enumerate(ev.headings):
        printed = words(h.value)
        h = Claim(_without_site(h.value, sites), h.source, h.position)
        hw = words(h.value)
        if not hw or " ".join(hw) in sites or len(hw) > 60 or h.source == "logo":
            continue
        if named_apart and first_h1 is not None and h.position < first_h1.position and " ".join(printed) in parts:
            continue
        if _under_the_story(ev, first_h1, h, sites):
            continue
        agreement = 2 * sum(_TITLE_WEIGHT.get(m.source, 0.5) * _agreement(hw, m.value, sites) for m in metas)
        if printed != hw and printed == title_words:
            # the <title> printed as a heading, site name and all (a header's hidden copy): it agrees with every
            # metadata title because it is one of them, not because the reader sees it over the story
            agreement /= 2
        score = agreement + _HEADING_BASE.get(h.source, 0.3) - rank * 0.01
        if score > best[0]:
            best = (score, agreement, h.value, h.position)
    article_head = _prints_article_title(ev, best[2], metas, sites)
    if article_head is not None:
        best = (best[0], best[1], article_head.value, article_head.position)
    strongest = 2 * max((_TITLE_WEIGHT.get(m.source, 0.5) for m in metas), default=0.0)
    section = section_headline(ev, sites) if best[2] and len(words(best[2])) < _HEADLINE_WORDS else None
    if section is not None and section.source == "itemprop" and not set(words(section.value)) & set(words(best[2])):
        # a section's name ("Business") agrees with a "Section | Site" <title> that names no article, while the
        # page's microdata names a headline of its own, on another subject, over the story: that one is the story's
        return _section_title(ev, section, sites)
    if best[2] and (best[1] >= 0.5 * strongest or not metas):
        ev.headline_pos = best[3]
        fuller = _fuller(ev, best[2], best[3])
        return unstuck(fuller or _trim_to_meta(best[2], metas, sites)).replace("\u00ad", "")  # `kickerprefix`
    first_h1 = first_h1 or over_story(ev)
    if first_h1 is not None:
        ev.headline_pos = first_h1.position
        h1_words = words(first_h1.value)
        # a headline of its own under an SEO title: the h1 shares some words with the metadata, and reads as a headline
        related = any(set(h1_words) & set(words(m.value)) for m in metas)
        generic = all(len(words(m.value)) <= 2 for m in metas)  # "Home", "News": a title that names no article
        # the page's one h1, a sentence's length, over the story, under metadata that shares none of its words (a
        # newsletter's or a series' name): the headline the reader sees
        alone = len(h1_words) >= 6 and sum(1 for h in ev.headings if h.source == "h1") == 1
        alone = alone and first_h1.position < min(ev.prose, default=first_h1.position + 1)  # over the story
        if len(h1_words) >= 3 + (not generic) and " ".join(h1_words) not in sites and (related or generic or alone):
            return _without_site(first_h1.value, sites).replace("\u00ad", "")
    logos = sites | {" ".join(words(h.value)) for h in ev.headings if h.source == "logo"}
    if ev.permalinks and metas and all(" ".join(words(m.value)) in logos for m in metas):
        # the metadata names only the site: a blog's front page, whose newest post is the first linked to itself
        ev.headline_pos = ev.permalinks[0].position
        return ev.permalinks[0].value
    section = section_headline(ev, sites)  # "Site: Section": the <title> names no article
    if section is not None:
        return _section_title(ev, section, sites)
    # "Post - Blog - Its tagline" under a logo that prints "Blog - Its tagline": the logo's parts are the site's
    logo_parts = {" ".join(words(p)) for h in ev.headings if h.source == "logo" for p in logo_suffix(h.value, metas)}
    core = meta_core(metas, sites | logo_parts)
    if core:
        longer = _printed_longer(ev, core)
        if longer is not None:
            return longer.replace("\u00ad", "")
        return accented(core, ev).replace("\u00ad", "")  # the page's spelling of an ASCII <title>
    # a personal page whose name is its title: the site's name is then all there is, and better than no headline
    fallback = first_h1 or next((h for h in ev.headings if words(h.value)), None)
    return _without_site(fallback.value, set()) if fallback else (ev.title_tag or None)


def _prints_article_title(ev: Evidence, picked: str, metas: list[Claim], sites: set[str]) -> Claim | None:
    """The heading that prints the article's own title word for word, over a pick only the `<title>` backs.

    og:title and JSON-LD name the article; the `<title>` also carries the site's or the section's name
    ("Press notes: Ministry of Roads"), which the h1 of a press office or an agency prints over every story.
    That h1 agrees with the `<title>` alone and shares no word with the article's title: the heading that
    prints the article's title whole, a headline's length, over the story's prose, is the headline.
    """
    own = [m for m in metas if m.source != "title" and " ".join(words(m.value)) not in sites]  # not the masthead
    if not picked or not own or any(_agreement(words(picked), m.value, sites) for m in own):
        return None
    wanted = {" ".join(words(m.value)) for m in own if len(words(m.value)) >= _HEADLINE_WORDS}
    for h in ev.headings:
        if h.source != "logo" and " ".join(words(h.value)) in wanted and any(p > h.position for p in ev.prose):
            return h
    return None


def _section_title(ev: Evidence, section: Claim, sites: set[str]) -> str:
    """The headline `section_headline` found, placed where the page prints it.

    A microdata headline carries no place of its own: the heading that prints the same words gives it.
    """
    position = section.position
    if section.source == "itemprop":
        printed = (h.position for h in ev.headings if h.source != "itemprop" and words(h.value) == words(section.value))
        position = next(printed, position)
    ev.headline_pos = position
    return _without_site(section.value, sites).replace("\u00ad", "")


def _printed_longer(ev: Evidence, core: str) -> str | None:
    """The headline the page prints whose first words are the `<title>`'s, its sentence going on after them.

    A title field cut to fit ("Site - Section - Wells win funding") under the printed headline ("Wells win
    funding for the valley's repairs"): the heading agrees with the title only in part, too little to be picked
    by agreement, yet it is the same headline, whole. Only a heading over the story's prose counts, and only
    when its words after the title's carry the sentence on (a lower-case word, a comma), not a new part.
    Chinese, Japanese and Korean headlines know no lower case: they set a main line and its second part
    apart with a space ("Main line　its second part"), and a short title field keeps the main line only.
    """
    cw = words(core)
    cjk = len(CJK.findall(core)) >= _CJK_CORE_CHARS
    if len(cw) < 3 and not cjk:
        return None
    first_prose = min(ev.prose, default=None)
    # a page with no heading sets its headline in a styled cell or a bold line (`htmlevidence` reads those then)
    for h in ev.headings or ev.bold_lines:
        if h.source == "logo" or first_prose is not None and h.position > first_prose:
            continue
        hw = words(h.value)
        if hw[: len(cw)] != cw or not 1 <= len(hw) - len(cw) <= 12:
            continue
        found = _find_words(h.value, cw)
        tail = h.value[len(found) :] if found else ""
        if found and h.value.startswith(found) and (_goes_on(tail) or cjk and _CJK_PART.match(tail)):
            return h.value.strip()
    return None


def _under_the_story(ev: Evidence, first_h1: Claim | None, h: Claim, sites: set[str]) -> bool:
    """A heading with the story's prose between it and a headline-shaped h1: a subheading's or a sidebar's.

    "More stories" under a section's `<title>` ("Stories | Site") agrees with it better than the
    story's own h1 does; but the story's paragraphs stand between the h1 and it.
    """
    if first_h1 is None or h.position <= first_h1.position:
        return False
    h1_words = words(first_h1.value)
    if len(h1_words) < _HEADLINE_WORDS or " ".join(h1_words) in sites:
        return False
    return sum(1 for p in ev.prose if first_h1.position < p < h.position) >= 2


def _fuller(ev: Evidence, heading: str, position: int) -> str | None:
    """The headline printed again just under itself with its subtitle ("Series, part 49 – Its subject"): the fuller one.

    The metadata titles are often cut to the short form, so agreement alone picks the shorter.
    """
    hw = words(heading)
    for h in ev.headings:
        if position < h.position <= position + 8:
            extra = words(h.value)[len(hw) :]
            if (
                words(h.value)[: len(hw)] == hw
                and 2 <= len(extra) <= 12
                and re.match(r"\s*[–—:-]\s", h.value[len(heading) :] if h.value.startswith(heading) else "")
            ):
                return h.value
    return None


def _without_site(heading: str, sites: set[str]) -> str:
    """A heading without the site part it repeats ("Headline | Site") and without a stray opening "[>"."""
    parts = SEPARATORS.split(heading)
    if len(parts) > 1:
        kept = [p for p in parts if " ".join(words(p)) not in sites]
        if kept and len(kept) < len(parts):
            heading = _find_words(heading, words(" ".join(kept))) or heading
    heading = re.sub(r"^[^\w\"'„“«‘¿¡(]+", "", heading).strip()
    # "27.01.2022 Headline", "1. Februar 2022 Headline": the date printed in the heading is not the headline
    dated = re.match(
        r"^(\d{1,2}\.\s?(?:\d{1,2}\.|[^\W\d_]{3,9})\s?\d{4}|\d{4}-\d{2}-\d{2})\s*[|:–-]?\s*(?=\D)", heading
    )
    if dated and len(heading[dated.end() :].split()) >= 3:
        heading = heading[dated.end() :]
    return heading


def _agreement(heading: list[str], title: str, sites: set[str]) -> float:
    """How far a heading is the metadata title, the title read with and without its site part."""
    parts = SEPARATORS.split(title)
    whole = _overlap(heading, words(title))
    variants = [" ".join(p for p in parts if " ".join(words(p)) not in sites)]
    if len(parts) > 1:
        variants += [" ".join(parts[:-1]), *parts[:-1]] + ([" ".join(parts[1:])] if len(parts) > 2 else [])
    # a heading that is the whole title beats one that is a part of it ("News" of "News - Site"); a heading
    # that is only the last part ("Headline | Site") is most often the site's logo
    last = 0.7 * _overlap(heading, words(parts[-1])) if len(parts) > 1 else 0.0
    return max(whole, 0.9 * max(_overlap(heading, words(v)) for v in variants), last)


def _overlap(a: list[str], b: list[str]) -> float:
    """How far two titles say the same: the share of each one's words the other holds, multiplied."""
    sa, sb = set(a), set(b)
    common = len(sa & sb)
    return (common / len(sa)) * (common / len(sb)) if sa and sb else 0.0


def _trim_to_meta(heading: str, metas: list[Claim], sites: set[str]) -> str:
    """ "Kicker Headline" printed in one element: keep the part every metadata title names.

    Only words no metadata title holds are cut (a kicker, a date), so a headline whose own
    dash or colon the metadata also prints stays whole.
    """
    hw = words(heading)
    # one title holding every word: the headline's own dash or colon; two titles that each hold a part
    # ("SEO title" + "headline" printed in one h1) are two headlines run together
    if any(all(w in set(words(m.value)) for w in hw) for m in metas):
        return heading
    for m in metas:
        parts = [p for p in SEPARATORS.split(m.value) if " ".join(words(p)) not in sites]
        pw = words(" ".join(parts))
        if len(pw) < 2 or len(pw) >= len(hw) or len(hw) - len(pw) > 8:
            continue
        found = _find_words(heading, pw)
        if found and found[:1].islower():
            continue  # "Topic: what the work showed of the painting": a title cut from mid-sentence is no headline
        if found and heading.startswith(found) and _SUBTITLE_TAIL.match(heading[len(found) :]):
            return heading  # the metadata's short headline, the page's with its subtitle after a dash
        if found and heading.startswith(found) and _goes_on(heading[len(found) :]):
            # "Short headline | Site" as the <title>, the h1 carrying the sentence on (" as …", ", while …",
            # ": 'a quote'"): the title field was cut to fit, the h1 is the headline; a date or a row of
            # categories after it starts with a digit or a symbol and is still cut
            return heading
        if found and _cut_short(heading, found):
            return heading
        if found and heading.startswith(found) and _afterthought(heading[len(found) :], sites):
            return heading
        # a two-word title is cut from the heading only where a colon ends the kicker before it ("Topic: Two words")
        if found and (len(pw) >= 3 or heading.endswith(found) and heading[: -len(found)].rstrip().endswith(":")):
            return found
    return heading


# " – so it works without …": a dash, then a clause of four words or more, one of them lower case
_SUBTITLE_TAIL = compile_later(r"^\s+[–—]\s+(?=(?:\S+\s+){3}\S)(?=.*\s[^\W\d_]*[a-zà-ÿа-я])")


# a sentence of its own after the one the metadata prints: a capital, then three words or more, one in lower case
_NEXT_SENTENCE = compile_later(
    r"^\s+(?=[^\W\d_])(?=\S*[A-ZÀ-ÞА-ЯЁΑ-Ω])(?=(?:\S+\s+){2}\S)(?=.*\s[^\W\d_]*[a-zà-ÿа-яё])"
)


def _cut_short(heading: str, found: str) -> bool:
    """The metadata's title is the heading cut short, not the heading less a kicker: the heading's first
    sentence, a second one after it ("Fee rise passed. Residents pay a third more"), or the heading's
    middle, its sentence going on after it ("Cracks found: pool repair delayed by a year")."""
    at = heading.find(found)
    if at < 0:
        return False
    tail = heading[at + len(found) :]
    if found.endswith((".", "!", "?")) and _NEXT_SENTENCE.match(tail):
        return True
    return at > 0 and _goes_on(tail)


def _goes_on(tail: str) -> bool:
    """The heading's words after the metadata's short headline carry its sentence on (", while", " as", " с")."""
    return bool(re.match(r"\s*[,:;]\s+\S", tail) or re.match(r"\s+[^\W\d_]", tail) and tail.lstrip()[0].islower())


# " – for now", " — again": a dash, then a lower-case word
_DASHED_LOWER = compile_later(r"^\s+[–—]\s+[^\W\d_]")


def _afterthought(tail: str, sites: set[str]) -> bool:
    """A dash and a word or two in lower case after the metadata's short headline: the headline's own last word.

    A site's or a section's name after a dash is capitalised ("– Local", "— The Gazette"), a date starts with a
    digit; the social title drops the afterthought ("– for now") that the printed headline keeps.
    """
    rest = words(tail)
    return bool(_DASHED_LOWER.match(tail)) and tail.lstrip(" –—")[0].islower() and " ".join(rest) not in sites


def _find_words(text: str, target: list[str]) -> str | None:
    """The span of `text` whose words are `target`, as `text` prints it."""
    spans = [(m.start(), m.end()) for m in re.finditer(r"\w+", text.replace("\u00ad", " "))]
    low = words(text.replace("\u00ad", " "))
    if len(low) != len(spans):
        return None
    for i in range(len(low) - len(target) + 1):
        if low[i : i + len(target)] == target:
            start, end = spans[i][0], spans[i + len(target) - 1][1]
            # keep quotes and closing punctuation that belong to the headline
            while start > 0 and text[start - 1] in "\"'„“«‘¿¡":
                start -= 1
            while end < len(text) and text[end] in "\"'“”»’?!.…)":
                end += 1
            return text[start:end].strip()
    return None
