"""Picking a page's date from its claims (`titlepick` its title, `authorpick` its authors): weights, agreement.

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
from briefkit.importer.markupmeta import DATE_METAS, Claim, Evidence
from briefkit.importer.monthonly import invented_day, months_only
from briefkit.importer.pagelanguage import in_page_language
from briefkit.importer.printedechoes import echoed_days
from briefkit.importer.sitenames import SEPARATORS, words
from briefkit.importer.weekdayorder import in_weekday_order

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
    "pub-label": 3.5,  # a line whose own words say it gives the publication ("Published:", "Δημοσιεύθηκε:")
    "jsonld-created": 1.0,
    # a JSON-LD record whose headline shares no word with the page's (`markupmeta.FOREIGN`): a template's
    # placeholder date or the section's, below any dateline the page prints
    "jsonld-foreign": 1.0,
    "own-teaser": 2.5,
    "date-line": 1.5,
    "lead-dateline": 3.5,  # "Fresnillo, Zac., 3 de marzo de 2024.- …" opening the story's first paragraph
    "updated": 0.5,  # a date the page labels as its last change: it dates the page only when nothing else does
}
_ECHOES = ("htmldate", "updated")  # claims that may only repeat the last change: no other witness of its day
VISIBLE: tuple[str, ...] = ("time", "time-pub", "dateline", "byline", "rel-author", "byline-text", "author-link")
VISIBLE += ("credit", "byline-part", "member-link")  # a labelled credits line; a dateline's part shaped like a name
VISIBLE += ("pub-label", "own-page-link")  # a date under its own label; a name linked to the page its address spells


def pick_date(ev: Evidence, *, today: date | None = None) -> datetime | date | None:
    """The publication day most places agree on, with the most precise value printed for it."""
    latest = (today or date.today()) + timedelta(days=2)
    votes: dict[tuple[date, str], float] = {}
    values: dict[date, list[tuple[float, datetime | date]]] = {}
    modified = _modified_days(ev)
    # (a date in the page's own language, when it is none of the eight: "6 grudnia 2026")
    teaser_days = {_day(found) for value in ev.teasers if (found := _read(value, ev.lang)) is not None}
    parsed_claims = [(claim, found) for claim in ev.dates if (found := _read(claim.value, ev.lang)) is not None]
    parsed_claims = _either_order(parsed_claims)
    parsed_claims = _beside_headline(ev, parsed_claims)
    echo_of_modified: datetime | date | None = None
    # the dateline nearest the headline is the article's; the farther ones belong to lists and sidebars
    anchor = ev.headline_pos or 0
    visible = sorted((c for c, _ in parsed_claims if c.source in VISIBLE), key=lambda c: abs(c.position - anchor))
    rank = {id(c): i for i, c in enumerate(visible)}
    parsed_claims = as_printed(parsed_claims, visible[:3], VISIBLE, text_find_date, lambda c: nearness(ev, c) == 1.0)
    months = months_only(c.value for c in ev.dates)  # "2026/11": htmldate gives it today's day of the month
    attested = {_day(d) for c, d in parsed_claims if c.source != "htmldate"}
    bare, echoes = _bare_date_fields(ev, parsed_claims)
    # the days the page prints under a publication label: one day is the story's, several are a list's
    labelled = {_day(d) for c, d in parsed_claims if c.source == "pub-label"}
    # the dateline beside the story's byline is the story's (a masthead prints the day's as near the headline)
    signed = [c.position for c in ev.authors if c.source in _BYLINES]
    echoed = echoed_days(parsed_claims, ev.headline_pos)  # a list's or a masthead's day htmldate read
    for claim, parsed in parsed_claims:
        weight = _DATE_WEIGHT.get(claim.source, 1.0)
        if claim.source == "meta" and claim.value in bare:
            # a bare "date" field: less sure than a printed dateline; none when it holds the printed update's day
            weight = _DATE_WEIGHT["updated"] if claim.value in echoes else _BARE_FIELD
        if claim.source == "pub-label" and len(labelled) == 1:
            pass  # the page's one publication line, wherever it stands (under the story as well as over it)
        elif claim.source in VISIBLE:
            if rank[id(claim)] >= 6:
                continue
            weight *= nearness(ev, claim) / (1 if rank[id(claim)] < 3 else rank[id(claim)] - 1)
            weight *= _BESIDE_BYLINE if any(-2 <= claim.position - p <= _BYLINE_REACH for p in signed) else 1.0
        day = _day(parsed)
        if not date(1990, 1, 1) <= day <= latest:
            continue
        if claim.source == "htmldate" and invented_day(day, months, attested, today or date.today()):
            continue
        if claim.source == "htmldate" and day in echoed:
            continue  # htmldate read the date a list or a masthead prints: that line votes already
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
        echo = family == "htmldate" and any(
            (day, f) in votes for f in ("meta", "jsonld", "jsonld-created", "jsonld-foreign")
        )
        totals[day] = totals.get(day, 0.0) + (0.0 if echo else weight)
    day = max(totals, key=lambda d: totals[d])
    return _in_page_zone(max(values[day], key=lambda wv: wv[0])[1], ev)


# A page prints the day's date in its masthead as well as the story's under its byline; both can stand
# as near the headline (or as far from a headline no one found, in a table layout). The one printed
# beside a byline ("Por: Jane Roe" over "Sábado, 21 de agosto de 2021 12:47") dates the story.
_BYLINES = ("byline", "byline-text", "credit", "byline-part")
_BYLINE_REACH = 4  # elements from the byline to its date under it (its spans, the cell after it); 2 before it
_BESIDE_BYLINE = 1.2

# the <meta> names that date a page without saying what happened that day (Dublin Core's bare "date")
_PLAIN_DATE_METAS = ("dc.date", "dcterms.date", "date")
_BARE_FIELD = 2.5  # such a field's weight: below a dateline printed by the headline (3.0), as `citation`


def _bare_date_fields(ev: Evidence, claims: list[tuple[Claim, datetime | date]]) -> tuple[set[str], set[str]]:
    """The values of bare date fields no field named for the publication repeats, and of those the ones
    giving the day the page prints under an update's label while it prints another day as its own (a press
    release's "du 3 décembre" over "Mis à jour le 04/12").

    A government's, a university's or a court's CMS fills Dublin Core's `date` with the day the page was
    last changed or put online as often as with the release's own: the day printed by the headline beats
    it, and an update's line naming its day says what it is.
    """
    named = {ev.metas.get(k) for k in DATE_METAS if k not in _PLAIN_DATE_METAS}  # a publication field's day
    bare = {v for k in _PLAIN_DATE_METAS if (v := ev.metas.get(k)) and v not in named}
    updated = {_day(d) for c, d in claims if c.source == "updated"}
    printed = {_day(d) for c, d in claims if c.source in (*VISIBLE, "date-line")} - updated
    if not updated or not printed:
        return bare, set()
    return bare, {v for v in bare if (d := find_date(v)) is not None and _day(d) in updated}


def _read(value: str, lang: str) -> datetime | date | None:
    return find_date(value) or in_page_language(value, lang)


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
    # a page with no heading at all (a table layout of the 2000s) prints its headline in bold, a font tag or a
    # styled span or cell: the line that is the <title>'s longest part, "Site :: Headline", or the metadata's
    # title, word for word
    pieces = [" ".join(words(piece)) for piece in SEPARATORS.split(ev.title_tag)]
    longest = max(pieces, key=lambda piece: len(piece.split()), default="")
    wanted = {t for t in (longest, *titles) if len(t.split()) >= 4}
    return next((b.position for b in ev.bold_lines if " ".join(words(b.value)) in wanted), None)


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
            found = in_weekday_order(found, text[: m.start()], m.group(0))  # "Mon, 10/02/2023 - 09:15": 2 October
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
