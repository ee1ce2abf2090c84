"""Picking a page's title and date from its claims (`authorpick` its authors): weights, agreement, position, shape.

Every claim carries a source weight (how often that place is right on real pages: JSON-LD and
`article:published_time` rarely lie about a date, a `dateline`-classed element near the
headline often does); claims that agree add up, so two weak places saying the same thing beat
one strong place alone. The weights were set on real saved pages of many publishers; they
name no publisher.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from briefkit.importer.datelabels import UPDATE_LABEL
from briefkit.importer.dates import find_date as text_find_date
from briefkit.importer.dates import parse_date
from briefkit.importer.lazyre import compile_later
from briefkit.importer.localtwins import as_printed
from briefkit.importer.lowheads import over_story
from briefkit.importer.markupmeta import Claim, Evidence
from briefkit.importer.monthonly import invented_day, months_only
from briefkit.importer.sitenames import SEPARATORS, logo_suffix, meta_core, site_keys, words
from briefkit.importer.titleparts import section_headline

_HEADING_BASE = {"h1": 1.0, "itemprop": 0.9, "h1-part": 0.7, "headline-class": 0.4, "h2": 0.3}
_HEADLINE_WORDS = 4  # fewer words rarely make a headline ("Contact", "More stories")
_TITLE_WEIGHT = {"jsonld": 1.0, "meta": 0.8, "title": 0.8}
_DATE_WEIGHT = {
    "jsonld": 3.0,
    "meta": 3.0,
    # citation_* tags date the paper a page presents (a post about a report, a PDF): often not the page's own day
    "citation": 2.5,
    "microdata": 2.5,
    "time-pub": 3.5,
    "htmldate": 2.0,
    "url": 2.0,
    "time": 3.5,
    "dateline": 3.0,
    "jsonld-created": 1.0,
    "own-teaser": 2.5,
    "date-line": 1.5,
    "updated": 0.5,  # a date the page labels as its last change: it dates the page only when nothing else does
}
_ECHOES = ("htmldate", "updated")  # claims that may only repeat the last change: no other witness of its day
VISIBLE: tuple[str, ...] = ("time", "time-pub", "dateline", "byline", "rel-author", "byline-text", "author-link")
VISIBLE += ("credit", "byline-part", "member-link")  # a labelled credits line; a dateline's part shaped like a name


# --- title -------------------------------------------------------------------------------------


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
    strongest = 2 * max((_TITLE_WEIGHT.get(m.source, 0.5) for m in metas), default=0.0)
    if best[2] and (best[1] >= 0.5 * strongest or not metas):
        ev.headline_pos = best[3]
        fuller = _fuller(ev, best[2], best[3])
        return (fuller or _trim_to_meta(best[2], metas, sites)).replace("\u00ad", "")
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
        ev.headline_pos = section.position
        return _without_site(section.value, sites).replace("\u00ad", "")
    # "Post - Blog - Its tagline" under a logo that prints "Blog - Its tagline": the logo's parts are the site's
    logo_parts = {" ".join(words(p)) for h in ev.headings if h.source == "logo" for p in logo_suffix(h.value, metas)}
    core = meta_core(metas, sites | logo_parts)
    if core:
        return core.replace("\u00ad", "")
    # a personal page whose name is its title: the site's name is then all there is, and better than no headline
    fallback = first_h1 or next((h for h in ev.headings if words(h.value)), None)
    return _without_site(fallback.value, set()) if fallback else (ev.title_tag or None)


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
        # a two-word title is cut from the heading only where a colon ends the kicker before it ("Topic: Two words")
        if found and (len(pw) >= 3 or heading.endswith(found) and heading[: -len(found)].rstrip().endswith(":")):
            return found
    return heading


# " – so it works without …": a dash, then a clause of four words or more, one of them lower case
_SUBTITLE_TAIL = compile_later(r"^\s+[–—]\s+(?=(?:\S+\s+){3}\S)(?=.*\s[^\W\d_]*[a-zà-ÿа-я])")


def _goes_on(tail: str) -> bool:
    """The heading's words after the metadata's short headline carry its sentence on (", while", " as", " с")."""
    return bool(re.match(r"\s*[,:;]\s+\S", tail) or re.match(r"\s+[^\W\d_]", tail) and tail.lstrip()[0].islower())


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


# --- date --------------------------------------------------------------------------------------


def pick_date(ev: Evidence, *, today: date | None = None) -> datetime | date | None:
    """The publication day most places agree on, with the most precise value printed for it."""
    latest = (today or date.today()) + timedelta(days=2)
    votes: dict[tuple[date, str], float] = {}
    values: dict[date, list[tuple[float, datetime | date]]] = {}
    modified = _modified_days(ev)
    teaser_days = {_day(found) for value in ev.teasers if (found := find_date(value)) is not None}
    parsed_claims = [(claim, found) for claim in ev.dates if (found := find_date(claim.value)) is not None]
    parsed_claims = _either_order(parsed_claims)
    parsed_claims = _beside_headline(ev, parsed_claims)
    echo_of_modified: datetime | date | None = None
    # the dateline nearest the headline is the article's; the farther ones belong to lists and sidebars
    anchor = ev.headline_pos or 0
    visible = sorted((c for c, _ in parsed_claims if c.source in VISIBLE), key=lambda c: abs(c.position - anchor))
    rank = {id(c): i for i, c in enumerate(visible)}
    parsed_claims = as_printed(parsed_claims, visible[:3], VISIBLE)
    months = months_only(c.value for c in ev.dates)  # "2026/11": htmldate gives it today's day of the month
    attested = {_day(d) for c, d in parsed_claims if c.source != "htmldate"}
    for claim, parsed in parsed_claims:
        weight = _DATE_WEIGHT.get(claim.source, 1.0)
        if claim.source in VISIBLE:
            if rank[id(claim)] >= 6:
                continue
            weight *= nearness(ev, claim) / (1 if rank[id(claim)] < 3 else rank[id(claim)] - 1)
        day = _day(parsed)
        if not date(1990, 1, 1) <= day <= latest:
            continue
        if claim.source == "htmldate" and invented_day(day, months, attested, today or date.today()):
            continue
        if claim.source == "htmldate" and day in teaser_days:
            continue  # htmldate read a date off a list of other stories
        if claim.source == "htmldate" and day in modified:
            echo_of_modified = echo_of_modified or parsed
            continue  # htmldate falls back on the modified date when it finds nothing else
        # one vote per place, not per tag (a line that is only a date is often a dateline too)
        family = "visible" if claim.source in (*VISIBLE, "date-line") else claim.source
        family = "meta" if family == "citation" else family  # one <meta> vote, whichever tags say the day
        votes[day, family] = max(votes.get((day, family), 0.0), weight)
        precision = 2 if isinstance(parsed, datetime) and parsed.tzinfo else 1 if isinstance(parsed, datetime) else 0
        values.setdefault(day, []).append((weight + precision, parsed))
    if not votes:
        # nothing else dates the page: the day it was last changed is the best reading left (a press
        # release is often changed the day it is issued), better than no date
        return echo_of_modified
    totals: dict[date, float] = {}
    for (day, family), weight in votes.items():
        # htmldate reads the same <meta> and JSON-LD first: where they speak, it echoes them, not a second witness
        # (JSON-LD's dateCreated and uploadDate among them: a lone one is echoed as the page's date)
        echo = family == "htmldate" and any((day, f) in votes for f in ("meta", "jsonld", "jsonld-created"))
        totals[day] = totals.get(day, 0.0) + (0.0 if echo else weight)
    day = max(totals, key=lambda d: totals[d])
    return _in_page_zone(max(values[day], key=lambda wv: wv[0])[1], ev)


def _beside_headline(ev: Evidence, claims: list[tuple[Claim, datetime | date]]) -> list[tuple[Claim, datetime | date]]:
    """Of the lines that are only a date, the one nearest the headline, if it stands by it; none of the others.

    A line such as "21.01.2022" over the headline dates the story; the same line in a list of
    teasers dates another one, so only the nearest counts, and none when no headline is known.
    """
    lines = [(c, d) for c, d in claims if c.source == "date-line"]
    rest = [(c, d) for c, d in claims if c.source != "date-line"]
    anchor = _headline_anchor(ev)
    if not lines or anchor is None:
        return rest
    nearest = min(lines, key=lambda cd: abs(cd[0].position - anchor))
    return [*rest, nearest] if -150 <= nearest[0].position - anchor <= 150 else rest


def _headline_anchor(ev: Evidence) -> int | None:
    """Where the headline stands: the title's pick, or a heading printing the metadata's title word for word
    (one the pick set aside as a link home)."""
    if ev.headline_pos is not None:
        return ev.headline_pos
    titles = {" ".join(words(c.value)) for c in ev.titles} - {""}
    found = next((h.position for h in ev.headings if " ".join(words(h.value)) in titles), None)
    if found is not None or ev.headings:
        return found
    # a page with no heading at all (a table layout of the 2000s) prints its headline in bold or a font
    # tag: the line that is the <title>'s longest part, "Site :: Headline", word for word
    pieces = [" ".join(words(piece)) for piece in SEPARATORS.split(ev.title_tag)]
    longest = max(pieces, key=lambda piece: len(piece.split()), default="")
    if len(longest.split()) < 4:
        return None
    return next((b.position for b in ev.bold_lines if " ".join(words(b.value)) == longest), None)


_EITHER_ORDER = compile_later(r"^\s*(\d{1,2})/(\d{1,2})/((?:19|20)\d{2})\b")


def _either_order(claims: list[tuple[Claim, datetime | date]]) -> list[tuple[Claim, datetime | date]]:
    """A "11/01/2023" field, read day first, as month first when only that reading agrees with another claim.

    Slashed dates are written month first by some CMSs and day first by others; when both numbers
    can be a month, the page's other dates say which one it is.
    """
    others = {_day(d) for c, d in claims if c.source != "htmldate" and not _EITHER_ORDER.match(c.value)}
    out = []
    for claim, parsed in claims:
        m = _EITHER_ORDER.match(claim.value)
        if m and int(m[1]) <= 12 and int(m[2]) <= 12 and m[1] != m[2] and _day(parsed) not in others:
            day = _day(parsed)
            try:
                swapped = day.replace(month=day.day, day=day.month)
            except ValueError:
                swapped = day
            if swapped in others:
                parsed = parsed.replace(month=swapped.month, day=swapped.day)
        out.append((claim, parsed))
    return out


def _in_page_zone(when: datetime | date, ev: Evidence) -> datetime | date:
    """A UTC time as the page gives it in its own zone elsewhere: the day it printed (late evening
    in New York is the next morning in UTC).

    Only the same instant counts: another claim's other time is another event (an update).
    """
    if not isinstance(when, datetime) or when.utcoffset() != timedelta(0):
        return when
    for text in (*(c.value for c in ev.dates), *ev.modified):
        other = find_date(text)
        if isinstance(other, datetime) and other.utcoffset() and other == when:
            return other
    return when


def opening_post_date(ev: Evidence) -> datetime | date | None:
    """A discussion thread's opening post, dated right under the headline: the page's own date.

    A forum page is a thread; its story is the first post, and the page names it in the markup
    as a comment like the replies under it. Only when nothing else dates the page, and only a post
    dated just below the headline, with no paragraph of prose outside the thread between them: an
    article's comments come after its text.
    """
    top = ev.headline_pos
    if top is None:
        return None
    for claim in sorted(ev.thread, key=lambda c: c.position):
        if 0 < claim.position - top <= 40 and not any(top < p < claim.position for p in ev.prose):
            found = find_date(claim.value)
            if found is not None and date(1990, 1, 1) <= _day(found) <= date.today():
                return found
    return None


def only_modified(ev: Evidence, when: datetime | date | None) -> bool:
    """Whether the page's only dating of that day is its last change (`pick_date`'s last resort)."""
    if when is None:
        return False
    others = {_day(d) for c in ev.dates if c.source not in _ECHOES and (d := find_date(c.value)) is not None}
    return _day(when) in _modified_days(ev) and _day(when) not in others


def _day(when: datetime | date) -> date:
    return when.date() if isinstance(when, datetime) else when


def _modified_days(ev: Evidence) -> set[date]:
    """The days the page says it was last changed."""
    return {_day(d) for d in map(find_date, ev.modified) if d is not None}


_NUMERIC_IN_TEXT = compile_later(
    r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
    r"|\d{1,2}[./]\s?\d{1,2}[./]\s?(?:19|20)\d{2}(?:,?\s*(?:um\s+|à\s+|a las\s+|-\s*)?\d{1,2}[:.h]\d{2}(?:\s*Uhr)?)?"
    r"|\d{4}/\d{1,2}/\d{1,2}"
)
_WORDY_IN_TEXT = compile_later(
    r"\d{1,2}\.?\s*(?:de\s+)?[^\W\d_]{3,12}\.?,?\s+(?:de\s+)?(?:19|20)\d{2}"
    r"|[^\W\d_]{3,12}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{2}"
)


# a two-digit year the page's layout glued to the time after it (`dates` reads it so in a text dump)
_SHORT_YEAR_GLUED = compile_later(r"(?<![\d.])\d{1,2}\.\d{1,2}\.\d{2}(?=\d{1,2}:\d{2}(?!\d))")
_GLUED = compile_later(r"^[^\W\d_]*?[^\W\d_A-ZÀ-ÞА-ЯЁ](?=[A-ZÀ-ÞА-ЯЁ])")


def find_date(text: str) -> datetime | date | None:
    """A date inside a line such as "Veröffentlicht am 19.06.2024, 18:05 Uhr von …", or None.

    `parse_date` reads a whole date string; a dateline element holds words around it, so the
    date-shaped spans are cut out first. Month names `parse_date` does not know go to dateparser
    (many languages, and strict: no relative dates, all of day, month and year required).
    """
    whole = parse_date(text)
    if whole is not None:
        return whole
    if len(text) > 300:
        return None
    if _SHORT_YEAR_GLUED.search(text):  # "28.09.1912:44" is 28.09.19 at 12:44, not 28.09.1912
        return text_find_date(text)
    # "Actualizado 20/06/2024 09:30 Publicado 19/06/2024": a date labelled as the last change counts only
    # when the line has no other
    updates: list[datetime | date] = []
    for m in _NUMERIC_IN_TEXT.finditer(text):
        span = re.sub(r"\s*Uhr$", "", m.group(0))
        span = re.sub(r"(\d{4}),?\s*(?:um|à|a las|-)\s*", r"\1 ", span)
        span = re.sub(r"^(\d{1,2})[./]\s?(\d{1,2})[./]\s?", r"\1.\2.", span)
        found = parse_date(span) or parse_date(span.replace("h", ":"))
        if found is None and re.fullmatch(r"\d{1,2}\.\d{1,2}\.\d{4} \d{1,2}[:.]\d{2}", span):
            found = parse_date(span.replace(" ", ", "))
        if found is not None:
            if not UPDATE_LABEL.search(text[max(0, m.start() - 30) : m.start()]):
                return found
            updates.append(found)
    for m in _WORDY_IN_TEXT.finditer(text):
        span = m.group(0)
        # "RedaktionNov 3, 2023": a page's layout glued the month to the word before it
        unglued = _GLUED.sub("", span)
        if unglued != span:
            found = parse_date(unglued)
        else:
            found = parse_date(span) or _dateparser(span)
        if found is not None:
            if not UPDATE_LABEL.search(text[max(0, m.start() - 30) : m.start()]):
                return found
            updates.append(found)
    if updates:
        return updates[0]
    # a date badge whose parts the page's layout glued ("Feb 182009"): the text dumps' reading
    return text_find_date(text)


def nearness(ev: Evidence, claim: Claim) -> float:
    """A dateline or byline just under the headline is the article's; one far from it belongs to something else."""
    if ev.headline_pos is None:
        return 0.7
    distance = claim.position - ev.headline_pos
    return 1.0 if -40 <= distance <= 120 else 0.5 if -150 <= distance <= 600 else 0.25


# Restricting dateparser to the languages news is mostly written in keeps a miss cheap: with every
# locale it compiles 200 locales' patterns (seconds) before saying "not a date".
_DATEPARSER_LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl", "ru")


def _dateparser(text: str) -> date | None:
    try:
        import dateparser
    except ImportError:
        return None
    try:
        found = dateparser.parse(
            text,
            languages=list(_DATEPARSER_LANGUAGES),
            settings={
                "STRICT_PARSING": True,
                "REQUIRE_PARTS": ["day", "month", "year"],
                "PREFER_DAY_OF_MONTH": "first",
            },
        )
    except Exception:  # noqa: BLE001 — dateparser raises a zoo of errors on odd input
        return None
    return found.date() if found else None
