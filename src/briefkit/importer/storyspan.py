"""Where the story stands in a page's copied text: below the menus, above the footer.

A page copied with select-all gives hundreds of lines of navigation before the headline and
as many of footer, related links and comments after the story. No publisher's words are known
here, so the story is found by its shape: prose lines (long, with sentence punctuation) come in
one dense run, furniture in runs of short lines. The densest run (`proseruns`) is the story; the
headline is the title-shaped line (`titlelines`) just above it that shares the most words with it.
Comment sections, which are prose too, are cut at their heading ("12 Kommentare", "Leave a reply",
"Antworten zu …").
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from briefkit.importer import (
    bannerruns,
    boilerplate,
    dateheads,
    headlinerepeats,
    quotedheads,
    signups,
    stopwords,
    storycontents,
    storyedges,
    storyname,
    underbylines,
)
from briefkit.importer.blocktext import letter_runs, syllable_weight
from briefkit.importer.bylines import parse_byline
from briefkit.importer.doctypeheads import under_doc_type
from briefkit.importer.headlinerepeats import shared_stems
from briefkit.importer.headstack import dated_field, has_deck, over_its_meta, overline_kind, upper_headline
from briefkit.importer.kickerlines import menu_kicker, trail_end, under_kicker
from briefkit.importer.kickerprefix import kicker_cut
from briefkit.importer.labellines import boxed_point, label_line, over_key_points
from briefkit.importer.lazyre import compile_later
from briefkit.importer.longheads import long_headline
from briefkit.importer.menurows import past_menu_rows
from briefkit.importer.metaheads import over_its_meta_line
from briefkit.importer.nameheads import not_headline_cost
from briefkit.importer.overlines import is_overline, over_its_subtitle
from briefkit.importer.proseruns import SENTENCE, comment_thread, densest_runs, line_values
from briefkit.importer.shortlabels import short_label
from briefkit.importer.stoppedheads import dated_byline, stopped_headline
from briefkit.importer.stoppedheads import signed_dateline as signed_dateline  # `dumpheader` asks
from briefkit.importer.titlelines import dated_headline, is_meta, title_readings, title_shaped

_STOP = frozenset(
    "der die das und the and les des une los las con para del per che een het van voor "
    "mit für von with for from that this dans pour sur aus auf bei nach wie was ist sind are were".split()
)


@dataclass(frozen=True, slots=True)
class Span:
    """Line indexes: the headline, the story's first prose line, and the end (exclusive) of the story."""

    title: int
    start: int
    end: int
    headline: str = ""  # the headline as read from its line (a breadcrumb's last part, a date stripped)
    listed: int = 0  # lines under the headline that list the story's sections: no header, no story


def _content_words(text: str) -> set[str]:
    """A text's content words, cut to their first six letters: "Pilotjahr" and "Pilotjahres" meet."""
    found = (w.casefold() for w in letter_runs(text.replace("\u00ad", "")))  # soft hyphens split no word
    return {w[:6] for w in found if syllable_weight(w) >= 4 and w not in _STOP and w not in stopwords.FUNCTION_WORDS}


CRUMB_MARK = compile_later(r"\s*(?:»|›|>|\s/\s)\s*")  # what only a breadcrumb puts between its parts
_CRUMB_SPLIT = headlinerepeats.CRUMB_SPLIT
_RUNNING_TIME = compile_later(r"\s\d{1,2}:\d{2}$")  # "… plan 2:41": a video's title and its length
MASTHEAD_LINES = 5  # the site's name opens the page: its bar, its name, then its menu
_LABELLED = compile_later(r"^[^\W\d_]{3,15}\s?:\s")  # "Autor: …", "Datum: …": a field, not a teaser


def locate(units: list[str]) -> Span | None:
    """The story's span, or None when the text has no run of prose long enough to be one.

    The densest run of prose is usually the story, but not always: a disclaimer, a comment thread
    or a teaser list can outweigh a short post. The three densest runs are each read with the
    headline above them, and a run whose headline is clear (a byline or date under it, words the
    story repeats) can win over a longer one whose headline is not.
    """
    if len(units) < 3:
        return None
    values = list(line_values(tuple(units)))
    counts: dict[str, int] = {}
    for u in units:
        key = u.strip().casefold()
        counts[key] = counts.get(key, 0) + 1
        crumbs = [p for p in CRUMB_MARK.split(u.strip()) if p.strip()]
        if len(crumbs) > 1:  # a breadcrumb's last part is the page's title printed again
            key = crumbs[-1].strip().casefold()
            counts[key] = counts.get(key, 0) + 1
    best: tuple[float, Span] | None = None
    densest = 0
    runs = densest_runs(values, 3)
    posts = [r for r in runs if not comment_thread(units, r[0], r[1])]
    if posts and posts[0][2] >= 40:
        runs = posts  # the densest prose is the readers' thread under a shorter post
    for start, end, total in runs:
        if not densest:
            if total < 40:
                return _contents(units, values, None)
            densest = total
        elif total < 25:
            break
        end = signups.past_inset_box(units, values, end)  # a newsletter's box set into the story
        end = storyedges.card_end(units, values, start, storyedges.run_end(units, values, start, end))
        end = storyedges.past_credits(units, end)
        start = bannerruns.past_banner(units, values, (start, end), lambda j: _dated_title(units, j))
        found = _with_headline(units, values, counts, start, end)
        if found is None or (densest != total and not _is_dated(units, found[1].title)):
            continue  # a lesser run wins only under a headline with its byline or date
        score = found[0] + 1.5 * total / densest
        if best is None or score > best[0]:
            best = (score, found[1])
    span = _named(units, values, _headline_again(units, values, best[1])) if best else None
    quoted = quotedheads.quoted_headline(units, values, (span.start, span.title), title_shaped) if span else None
    # (a headline found with its date or byline beside it stands: a quoted line without one under it, among
    # the page's first lines over its menu, is the site's name its footer or an appeal quotes, not a post's title)
    masthead = quoted is not None and quoted[0] < MASTHEAD_LINES and not _is_dated(units, quoted[0])
    if span and quoted and not (masthead and _dated_near(units, span.title)):
        span = Span(quoted[0], quoted[1], span.end, quoted[2])  # the line a comment heading quotes
    return _contents(units, values, span)


def _named(units: list[str], values: list[int], span: Span) -> Span:
    """The page's name under its menu as the headline, the page's short lines under it its story."""
    i = storyname.named_page(units, values, span.title, is_meta)
    return span if i is None else Span(i, i + 1, span.end, boilerplate.plain(units[i]).strip())


def _contents(units: list[str], values: list[int], span: Span | None) -> Span | None:
    """The span a table of contents names (see `storycontents`), when no prose was found or the
    prose found lies among its sections: a page of short lines, whose densest prose (if any) is a
    piece of one section."""
    found = storycontents.sections(units, values)
    if found is None or span is not None and not found[1][0] <= span.start < found[2]:
        return span
    first, heads, end = found
    named = _content_words(" ".join(boilerplate.plain(units[h]) for h in heads))
    for i in range(first - 1, max(-1, first - 1 - storycontents.HEADLINE_LINES), -1):
        text = boilerplate.plain(units[i]).strip()
        if title_shaped(text) and shared_stems(_content_words(text), named):
            end = max(end, span.end) if span else end
            return Span(title=i, start=heads[0], end=end, headline=text, listed=heads[0] - i - 1)
    return span


def _headline_again(units: list[str], values: list[int], span: Span) -> Span:
    """The span ended where the page lists its stories again, this one among them: the headline
    printed a second time below the story's bulk opens a teaser list, not a part of the story."""
    own = boilerplate.plain(units[span.title]).strip().casefold()
    total = sum(v for v in values[span.start : span.end] if v > 0)
    before = 0
    for i in range(span.start, span.end):
        before += max(0, values[i])
        if boilerplate.plain(units[i]).strip().casefold() == own and total - before <= before // 2:
            return replace(span, end=storyedges.furniture_gap(units, values, span.start, i))
    return span


def story_end(units: list[str]) -> int | None:
    """Where the densest run of prose ends, for a text whose headline `locate` could not place:
    the story is still there, and the page's tail after it is still furniture."""
    values = list(line_values(tuple(units)))
    runs = densest_runs(values, 1)
    if not runs or runs[0][2] < 40:
        return None
    start, end, _ = runs[0]
    end = signups.past_inset_box(units, values, end)
    return storyedges.card_end(units, values, start, storyedges.run_end(units, values, start, end))


def _dated_title(units: list[str], i: int) -> bool:
    """A title-shaped line with a byline or date under it."""
    return title_shaped(boilerplate.plain(units[i]).strip()) and _is_dated(units, i)


def _is_dated(units: list[str], title: int) -> bool:
    return any(is_meta(u) for u in units[title + 1 : title + 3])


def _over_deck(units: list[str], values: list[int], i: int) -> bool:
    """A line over its standfirst with its byline or date under that, or under the writer's bare name or
    a video's title with its running time between them: no other longer line stands between the two."""
    if not has_deck(units, values, i, is_meta, title_shaped):
        return False
    between = boilerplate.plain(units[i + 2]).strip()
    return is_meta(between) or len(boilerplate.words(between)) <= 4 or _RUNNING_TIME.search(between) is not None


def _dated_near(units: list[str], title: int) -> bool:
    """A byline or date right under the line, or its date right over it."""
    return _is_dated(units, title) or title > 0 and is_meta(units[title - 1])


def _with_headline(
    units: list[str], values: list[int], counts: dict[str, int], start: int, end: int
) -> tuple[float, Span] | None:
    """The run's headline and how clear it is, or None when no line above the run reads as one."""
    prose = [i for i in range(start, end) if values[i] > 0]
    lead_words = _content_words(" ".join(boilerplate.plain(units[i]) for i in prose[:2]))
    story_words = _content_words(" ".join(boilerplate.plain(units[i]) for i in prose[:12]))
    scored: list[tuple[float, int, str]] = []
    closest_taken = False
    sections = {units[j].strip().casefold() for j in range(start + 1, end)}
    # The headline stands above the run, or inside its first part when furniture read as prose opened the run
    mass, top = max(1, sum(v for v in values[start:end] if v > 0)), start
    seen = 0
    while top + 1 < end and seen + max(0, values[top]) < min(mass // 4, 80):
        seen += max(0, values[top])
        top += 1
    # a headline with its signed and dated byline under it inside the run's first part: the prose
    # above it (a site's tagline that ends in a full stop) is the page's, and tells nothing of the story
    inner = next((i for i in range(start + 1, min(top + 1, end - 1)) if dated_headline(units, i)), None)
    if inner is not None and any(j > inner for j in prose):
        prose = [j for j in prose if j > inner]
        lead_words = _content_words(" ".join(boilerplate.plain(units[i]) for i in prose[:2]))
        story_words = _content_words(" ".join(boilerplate.plain(units[i]) for i in prose[:12]))
    shaped_below = 0  # title-shaped lines in a row between the candidate and the story: a list of teasers
    after_teaser = False
    # deeper in the run, a line printed twice in a row with a date under it (a menu's prose ran into the story)
    deeper = [
        i
        for i in range(top + 1, min(end - 1, top + 60))
        if values[i] < 0 and units[i].strip() in (u.strip() for u in units[i - 3 : i]) and is_meta(units[i + 1])
    ]
    for i in range(deeper[-1] if deeper else top, max(0, start - 30) - 1, -1):
        if i > top and i not in deeper:
            continue
        raw = boilerplate.plain(units[i]).strip()
        shaped_here = False
        if "\u00ad" in raw and i > 0 and raw.replace("\u00ad", "") == boilerplate.plain(units[i - 1]).strip():
            continue  # the line above, printed again with its hyphenation points: one headline, read once
        stopped = stopped_headline(units, i, raw, title_shaped, SENTENCE)
        if (
            i >= start
            and values[i] > 0
            and (raw.rstrip().endswith(".") and not stopped or len(boilerplate.words(raw)) > 20)
            and not long_headline(units, i, start, is_meta)  # a live page's long headline (`longheads`)
        ):
            continue
        if i > start and not (
            _is_dated(units, i)
            or dateheads.under_its_date(units, values, i)
            or _over_deck(units, values, i)  # its standfirst, then its byline or date
        ):
            continue  # inside the run only a headline with its byline or date under it, or its date over it
        for text in title_readings(raw):
            if not title_shaped(text) and not (stopped and text == raw) or label_line(text):
                continue  # (a dateline, a docket's file label or a kicker pair is shaped like a title)
            if i < start and boxed_point(units, i, title_shaped, is_meta):
                continue  # nor a point in a box under its label ("Key points:")
            shaped_here = True
            own = _content_words(text)
            if not own:
                continue
            n = len(boilerplate.words(text))
            if i in prose[:12]:  # a headline that opens the run: the story's words, not its own
                others = [j for j in prose if j != i]
                lead = _content_words(" ".join(boilerplate.plain(units[j]) for j in others[:2]))
                told = _content_words(" ".join(boilerplate.plain(units[j]) for j in others[:12]))
                hits, lead_hits = shared_stems(own, told), shared_stems(own, lead)
            else:
                hits, lead_hits = (
                    shared_stems(own, story_words),
                    shared_stems(own, lead_words),
                )
            score = (lead_hits + 0.5 * hits) / len(own) ** 0.5
            skipped = sum(v for v in values[start:i] if v > 0)
            score -= 0.02 * abs(start - i) + (0.3 if n > 20 else 0.0) + (0.15 if text != raw else 0.0)
            score -= 2.0 * skipped / mass + 0.1 * shaped_below
            score += (0.3 if n >= 4 else 0.0) + (0.2 if counts.get(units[i].strip().casefold(), 0) >= 2 else 0.0)
            if i + 1 < end and is_meta(units[i + 1]):
                score += 0.4 + (0.6 if dated_byline(units[i + 1]) else 0.0)
            elif i + 2 < end and is_meta(units[i + 2]):
                score += 0.25
            elif values[i + 1] > 0 and _over_deck(units, values, i):
                score += 0.4  # its standfirst's prose under it, then its byline or date: as clear as a byline under it
            if hits and not closest_taken:
                score += 0.3  # the nearest title-shaped line that speaks of the story
            if i < start and headlinerepeats.in_contents(units, i, start, sections):
                score -= 1.0  # a table of contents' entry: the same line heads a section of the story
            score -= not_headline_cost(units, i, end, text, title_shaped)  # the site's name, the author's
            scored.append((score, i, text))
            closest_taken = closest_taken or bool(hits)
        teaser = shaped_here and i < start and not is_meta(units[i]) and not _LABELLED.match(raw)
        # a table of contents' entries head sections of the story below: no teasers
        teaser = teaser and not parse_byline(raw) and units[i].strip().casefold() not in sections
        if teaser and after_teaser:  # a list: title-shaped lines one under the other
            shaped_below += 1
        after_teaser = teaser
    if not scored:
        return None
    scored = past_menu_rows(units, scored)  # a menu's links run into one line (`menurows`)
    scored = underbylines.past_its_meta(units, scored, is_meta)  # a caption under the byline (`underbylines`)
    top_score, best, title = under_kicker(units, scored)  # the best, or the headline under a section's name
    best, title = over_its_meta_line(units, scored, (top_score, best, title), is_meta)  # not a caption under it
    # a headline and its standfirst both read as titles: the headline is the shorter, nearest one above
    above = sorted((i, score, text) for score, i, text in scored if best - 2 <= i < best)
    near = above[-1] if above else None
    # a line the page prints twice (in a list of its stories, its title) over one it prints once is the headline
    echoed = near is not None and headlinerepeats.repeated(units, counts, near[0], near[2])
    echoed = echoed and not headlinerepeats.repeated(units, counts, best, title)
    # a contents list's entry is printed again as the subheading it names, not as the headline
    echoed = echoed and not (near is not None and headlinerepeats.in_contents(units, near[0], start, sections))
    long_below = len(title.split()) >= 12 or len(title.split()) >= 9 and near is not None and len(near[2].split()) >= 4
    # a short subtitle under the headline: the story follows it, no byline or date in between
    long_below = long_below or (
        len(title.split()) >= 5
        and near is not None
        and len(near[2].split()) >= 4
        and not is_meta(units[best + 1])
        and not headlinerepeats.in_contents(units, near[0], start, sections)
    )
    # the page prints the headline again run into a trail ("Home Climate Title"): the line above is no headline
    if (
        near is not None
        and headlinerepeats.printed_again(units, best, title)
        and not headlinerepeats.printed_again(units, near[0], near[2])
    ):
        long_below = False
    # a short headline right over its subtitle, named again by the trail at the page's foot
    footed = near is not None and near[0] == best - 1 and echoed and len(near[2].split()) >= 2
    footed = footed and near is not None and any(u.strip().casefold() == near[2].casefold() for u in units[end:])
    if near is not None and (long_below or footed or echoed and len(near[2].split()) >= 4):
        i, _, text = near
        # a kicker ("Natur & Umwelt") over a headline with its dateline under it stays a kicker
        dated = any(is_meta(u) for u in units[best + 1 : best + 3])
        kicker = dated and (len(text.split()) <= 3 or i < best - 1) or " | " in text  # or a page title
        kicker = kicker or i < best - 1 and text != boilerplate.plain(units[i]).strip()  # a trail's last part
        kicker = kicker or dated_field(text, boilerplate.plain(units[i]).strip())  # a dateline's field
        kicker = kicker or trail_end(units, i, best)  # or one printed a part a line (`kickerlines`)
        kicker = kicker or len(text.split()) <= 4 and len([p for p in _CRUMB_SPLIT.split(text) if p.strip()]) > 1
        kicker = kicker or menu_kicker(units, i, text)  # a section's name, a trail, a section and its tag
        own = _content_words(text)
        # a topic label that only repeats the headline's own words ("North Korea" over "North Korea fires …")
        kicker = kicker or bool(own) and own <= _content_words(title) and len(text.split()) <= 4
        kicker = kicker or headlinerepeats.label_over(units, best, text, title)
        kicker = kicker or is_overline(text, title, boilerplate.plain(units[i]).strip(), dated)  # `overlines`
        kicker = kicker or overline_kind(units, values, (i, best), text, (is_meta, title_shaped))  # a label
        kicker = kicker or short_label(text, title, i, best) and not echoed  # `shortlabels`
        shorter = len(text.split()) < len(title.split()) or upper_headline(text, i, best)  # none is an overline
        # a long subtitle right under a headline of a few words: the headline may be a figure of speech;
        # not a line the page prints twice (a menu's) nor one over a headline with its dateline under it
        close = i == best - 1 and len(title.split()) >= 12 and len(text.split()) >= 4 and not dated
        close = close and not headlinerepeats.repeated(units, counts, i, text)
        # a headline and its subtitle stacked right over a signed and dated byline: the words the headline
        # shares with the story count for less (a figure of speech over a story that tells it plainly)
        stacked = i == best - 1 and len(text.split()) >= 4 and dated_byline(units[best + 1])
        shared = len(own & story_words) / len(own) >= (0.2 if stacked else 0.3) if own else False
        subtitled = over_its_subtitle(i, best, text, title, dated)  # a headline a few words longer: `overlines`
        if not kicker and own and (close or shared) and (shorter or echoed or subtitled):
            best, title = i, text
    best, title = over_key_points(units, (best, title), title_shaped, is_meta)  # a live page's points
    best, title = under_doc_type(units, scored, (best, title, start), is_meta)  # a release's title (`doctypeheads`)
    # a line printed twice is the headline, not a standfirst
    if not headlinerepeats.repeated(units, counts, best, title):
        best, title = over_its_meta(units, scored, (story_words, best, title, start), is_meta, _content_words)
    repeated = headlinerepeats.repeated(units, counts, best, title)
    best, title = storyedges.one_word_name(units, counts, (best, title, start), repeated, is_meta)
    best, title = dateheads.below_its_date(units, (best, title, start), is_meta, title_shaped)
    # a shortened headline, its dateline, then the headline in full ("Title - Part 4" over "Title - Part 4 – More");
    # or the headline in full right under its shortened form (a trail's last part), a line or two over the byline
    for j in range(best + 1, min(best + 3, start)):
        longer = boilerplate.plain(units[j]).strip()
        dated = any(is_meta(u) for u in units[best + 1 : j] or units[j + 1 : min(j + 3, start)])
        if longer.startswith((title + " ", title + ", ")) and title_shaped(longer) and dated:
            best, title = j, longer
            break
    # the page itself shows where a prefix run into the headline ends: a word count cannot
    apart = (
        headlinerepeats.unprefixed(units, best, title, counts)
        if title == boilerplate.plain(units[best]).strip()
        else []
    )
    if apart and title_shaped(apart[0]):
        title = apart[0]
    title = headlinerepeats.with_ordinal(units, best, title)
    # a kicker or a subtitle run into the headline, which the page prints apart elsewhere
    cut = [headlinerepeats.kicker_apart(units, title), headlinerepeats.headline_apart(units, best, title)]
    cut.append(kicker_cut(title))  # a kicker set apart only for screen readers (`kickerprefix`)
    title = next((part for part in cut if part and title_shaped(part)), title)
    if best >= start:  # the headline stood inside the run: the story starts below it
        start = next((j for j in range(best + 1, end) if values[j] > 0), best + 1)
    return top_score, Span(title=best, start=start, end=end, headline=title)
