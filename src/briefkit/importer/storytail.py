"""Where a copied page's story ends, told by the shape of what the page prints under it.

Two boxes follow a story on news sites of every language and age, and neither needs its
heading's words to be recognised:

- a list of the site's other stories, each a title with its date after it ("Title (3/16/2009)",
  "Title – 15/01/2024", "Title 2 hours ago", "Title 11.05.2024, by Jane Roe") or its comments
  counted ("Title (7)"): a story's own sentences end on a full stop, and its own lists of dated
  events put the date first;
- readers' comments, each under its writer's name and the day and time it was posted
  ("jane62 wrote on 3/17/2009 6:05 PM:", "Name (17.03.2009 13:05): text"), or only the day
  ("mila_k 19 Oca", "Piet vor 2 Stunden") when a short post stands between two such signatures.

Either one, under the story's bulk, ends the story: what follows it (a newsletter box, a tip box,
the footer) is the page's too. A box's heading right above it ("More news", "Reader comments")
goes with it.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from briefkit.importer import boilerplate, signups, worlddates
from briefkit.importer.blocktext import URLISH
from briefkit.importer.bylines import parse_byline
from briefkit.importer.datelabels import RELATIVE_DATE, UPDATED_LINE
from briefkit.importer.dates import CLOCK, find_date
from briefkit.importer.lazyre import compile_later

# a teaser's title has a few words of its own; a longer line is a sentence with a date at its end
TEASER_MIN_WORDS = 3
TEASER_MAX_WORDS = 18
# the date at a teaser's end: at most so many tokens ("ma 3 jun 2024", "(3/16/2009)")
DATE_TOKENS = 5
# a comment's signature: the writer's name (and "wrote on"), the date and the time, nothing longer
SIGNATURE_WORDS = 9
# a box's heading over the list: a label of a few words, no sentence
HEADING_WORDS = 4
_UPDATE_NOTE = compile_later(
    r"^(?:update|edit|nachtrag|ergänzung|correction|corrección|correzione|correção|correctie|rectificatif|"
    r"mise\s+à\s+jour|actualización|aggiornamento|atualização|обновление|поправка)\b",
    re.I,
)
_SENTENCE_CLOSE = (".", "!", "?", ":", ";", ",")
_DATE_EDGE = "()[]–—-|·,/ "
_FULL_STOP = compile_later(r"(?:[^\W\d_]{2}|\d{4})\.\s")  # a word or a year closing a sentence, not "4. Juni"
# "1. 12. 2026": a day and a month with a space after each point, as Czech, Slovak and Hungarian print
# dates; read as "1.12.2026" (only the last tokens of a teaser are read so)
_SPACED_NUMERIC = compile_later(r"^(\d{1,2})\.\s(\d{1,2})\.\s((?:19|20)\d\d)$")
# the abbreviated word for "year" Slavic languages print after a date's year: Russian and Bulgarian "г.",
# Ukrainian "р.", Polish "r." ("02.09.2025 г."); the date ends before it. Only after a date in figures, as
# a list prints it: a sentence closing on a date writes its month out ("… 1 сентября 2025 г.")
_YEAR_MARK = compile_later(r"(?<=\d\.\d\d\.\d{4})\s+(?:г|р|r)\.?$")


def _date_at_end(text: str) -> int:
    """How many of the line's last tokens are a date or a time relative to the reading (0: none)."""
    tokens = text.split()
    for k in range(1, min(DATE_TOKENS, len(tokens) - TEASER_MIN_WORDS) + 1):
        tail = _YEAR_MARK.sub("", " ".join(tokens[-k:])).strip(_DATE_EDGE)
        if not tail or not tail[-1:].isalnum():
            continue
        tail = _SPACED_NUMERIC.sub(r"\1.\2.\3", tail)
        if find_date(tail) is not None or RELATIVE_DATE.fullmatch(tail):
            return k if len(boilerplate.words(" ".join(tokens[:-k]))) >= TEASER_MIN_WORDS else 0
    return 0


def undated_title(unit: str) -> str:
    """A line of a list of other stories without the date printed after its title ("Title 6 hours ago")."""
    text = _YEAR_MARK.sub("", boilerplate.plain(unit).strip())
    k = _date_at_end(text)
    return " ".join(text.split()[:-k]).strip(_DATE_EDGE) if k else text


def dated_teaser(unit: str) -> bool:
    """Another story's title with its date after it (and maybe its writer's name after that)."""
    text = _YEAR_MARK.sub("", boilerplate.plain(unit).strip())
    if "\t" in unit or text.endswith(_SENTENCE_CLOSE):
        return False  # a sentence
    head, _, last = text.rpartition(",")
    if head and parse_byline(last.strip(), bare=False):
        text = head.strip()  # "… 11.05.2024, von Jane Roe"
    n = len(boilerplate.words(text))
    dated = _date_at_end(text) if TEASER_MIN_WORDS < n <= TEASER_MAX_WORDS + DATE_TOKENS else 0
    # a full stop before the date closes a sentence, or a reference's part ("Roe, Jane: Title. Online,
    # retrieved 29.09.2021"); the date's own ("Nov. 12, 2026") closes nothing
    return dated > 0 and _FULL_STOP.search(" ".join(text.split()[:-dated]) + " ") is None


# "Winter design and a new project (5)": a post's title with its comments counted, or a category
# with its posts: a count alone in brackets closes the line (four digits are a year: "Nature 574 (2019)" cites)
_COUNT_END = compile_later(r"\s\(\d{1,3}\)$")


def counted_teaser(unit: str) -> bool:
    """Another post's title (or a category) with a count in brackets after it, no sentence before it."""
    text = boilerplate.plain(unit).strip()
    found = _COUNT_END.search(text)
    if found is None or "\t" in unit:  # a table's row counts in brackets too
        return False
    title = text[: found.start()].rstrip()
    n = len(boilerplate.words(title))
    sentence = title.endswith(_SENTENCE_CLOSE) or _FULL_STOP.search(title) is not None
    return TEASER_MIN_WORDS <= n <= TEASER_MAX_WORDS and not sentence


def comment_signature(unit: str) -> bool:
    """A reader's comment under its writer's name, the day and the clock time it was posted: the
    signature alone on its line or the comment's text after it."""
    text = boilerplate.plain(unit).strip()
    clock = CLOCK.search(text)
    if clock is None or not text[:1].isalpha() or UPDATED_LINE.match(text) or _UPDATE_NOTE.match(text):
        return False  # "Update, 4 June 2024, 10:15: …": the story's own notes on its changes
    end = clock.end()
    meridiem = re.match(r"\s*(?:[AaPp]\.?[Mm]\.?|[صم](?!\w))", text[end:])  # Arabic: ص morning, م evening
    head = text[: end + (meridiem.end() if meridiem else 0)]
    if len(head.split()) > SIGNATURE_WORDS or find_date(head) is None:
        return False
    rest = text[len(head) :].strip()
    return not rest or rest[:1] in ":)" or rest.startswith("Uhr")


# a reader's signature printed with no clock: a name of one to three words (a handle: "mila_k"), then the
# day the comment was posted: a date, a day and a month's name ("19 Oca", "13 mrt"), or a time ago
READER_NAME_WORDS = 3
_DAY_MONTH = compile_later(r"^(?:\d{1,2}\.?\s+([^\W\d_]+)|([^\W\d_]+)\.?\s+\d{1,2})\.?$")


def _day_and_month(text: str) -> bool:
    found = _DAY_MONTH.match(text)
    return found is not None and worlddates.calendar_word(found.group(1) or found.group(2))


def dated_name(unit: str) -> bool:
    """A short line that is a name and a day, nothing else: how a thread signs each reader's comment."""
    text = boilerplate.plain(unit).strip()
    if "\n" in text or "\t" in unit or text.endswith(_SENTENCE_CLOSE) or not text[:1].isalpha():
        return False
    tokens = text.split()
    for k in range(1, min(DATE_TOKENS, len(tokens) - 1) + 1):
        if len(tokens) - k > READER_NAME_WORDS or any(worlddates.calendar_word(t.strip(",.")) for t in tokens[:-k]):
            continue  # "Monday, 3 June": a diary's day, not a reader
        tail = " ".join(tokens[-k:]).strip(_DATE_EDGE)
        if _day_and_month(tail) or RELATIVE_DATE.fullmatch(tail) or find_date(tail) is not None:
            return True
    return False


# a reader's post under its signature: so many lines at most (its text, a row of its likes and "Reply")
POST_LINES = 3


def _signed_posts(body: list[str]) -> list[bool]:
    """The signatures of readers' comments that have no clock, known by their rhythm: a name and a day,
    a short post of a line or a few under it, the next name and day. A lone dated line (a dateline, a
    list's entry) or a list of dated lines with no post between them is not one."""
    named = [dated_name(u) for u in body]
    out = [False] * len(body)
    for i in range(len(body) - 2):
        if not named[i] or named[i + 1] or len(boilerplate.words(boilerplate.plain(body[i + 1]))) < 2:
            continue
        nxt = next((k for k in range(i + 2, min(len(body), i + 2 + POST_LINES)) if named[k]), None)
        words = sum(len(boilerplate.words(boilerplate.plain(u))) for u in body[i + 1 : nxt or i])
        if nxt is not None and _signer(body[i]) != _signer(body[nxt]) and words <= POST_WORDS:
            out[i] = out[nxt] = True
    return out


def _heading(unit: str) -> bool:
    text = boilerplate.plain(unit).strip()
    n = len(boilerplate.words(text))
    return 1 <= n <= HEADING_WORDS and not text.endswith(_SENTENCE_CLOSE[:3]) and find_date(text) is None


# a thread of readers' comments under the story, longer than it may be: so many signatures within so
# many lines, so much of the story's prose above
THREAD = (3, 8, 150)
# the thread's heading with its count in brackets ("Comments (16)", "Discussion (16 posts)"), a line of
# its rules maybe under it, a few lines over the first signature
_COUNTED_HEADING = compile_later(r"^[^\W\d_][\w'’-]*(?:\s+[\w'’-]+){0,2}\s+\(\d{1,5}(?:\s+[^\W\d_]+)?\)$")


def thread_start(units: list[str], values: list[int], start: int, end: int) -> int | None:
    """Where a thread of readers' comments opens inside the run `start`..`end`: its counted heading, or
    its first signature with more close under it, the story's prose above. None when there is none."""
    prose = 0
    for i in range(start, end):
        prose += max(0, values[i])
        if prose < THREAD[2] or not CLOCK.search(units[i]) or not comment_signature(units[i]):
            continue
        signed = [k for k in range(i, min(end, i + THREAD[1])) if comment_signature(units[k])]
        if len(signed) >= THREAD[0] or _two_readers(units, signed):
            counted = [k for k in range(max(start, i - 3), i) if _COUNTED_HEADING.match(boilerplate.plain(units[k]))]
            return counted[0] if counted else i
    return None


# two signatures make a thread when they name two writers and the post between them is a reader's few lines
POST_WORDS = 60


def _signer(unit: str) -> str:
    """The name a signature opens with: what stands before its date's first figure ("mima99 12.1.2022")."""
    text = boilerplate.plain(unit).strip()
    m = re.search(r"\s\d|\d{1,2}[./]\d", text)
    return text[: m.start()].strip().casefold() if m else ""


def _two_readers(units: list[str], signed: list[int]) -> bool:
    """Two readers' comments, the page's shortest thread: two signatures naming two writers, a short post
    between them (a live page's entries sign one reporter, or none, and run longer)."""
    if len(signed) != 2:
        return False
    names = {_signer(units[k]) for k in signed}
    posts = units[signed[0] + 1 : signed[1]]
    return (
        len(names) == 2
        and all(re.search(r"[^\W\d_]", n) for n in names)
        and 1 <= len(posts) <= 3
        and sum(len(boilerplate.words(boilerplate.plain(u))) for u in posts) <= POST_WORDS
    )


def tail_start(body: list[str]) -> int:
    """Where the boxes under the story start (the body's length when there are none): the first of two
    dated teasers or two comment signatures close together, or one teaser under a box's heading,
    with more of the story's words above it than below. A list that the line above announces
    ("… three times since it opened:") is the story's, whatever its lines end on."""
    sizes = [len(boilerplate.words(boilerplate.plain(u))) for u in body]
    total = sum(sizes)
    teaser = _back_dated([dated_teaser(u) or counted_teaser(u) for u in body], body)
    signed = [a or b for a, b in zip([comment_signature(u) for u in body], _signed_posts(body), strict=True)]
    for i in range(1, len(body)):
        above = sum(sizes[:i])
        if above * 2 < total:
            continue
        if teaser[i] and (any(teaser[i + 1 : i + 3]) or _heading(body[i - 1])):
            first = i
            while first > 0 and teaser[first - 1]:
                first -= 1
            if first > 0 and boilerplate.plain(body[first - 1]).rstrip().endswith(":"):
                continue  # the list the story announces ("… since the route opened:"): its own
            if _goes_on_under_teasers(body, i, teaser, signed):
                continue  # a box of links set into the story ("More on this"), the story going on under it
            return i - 1 if _heading(body[i - 1]) else i
        if signed[i] and any(signed[i + 1 : i + 5]):
            return i - 1 if _heading(body[i - 1]) else i
    return len(body)


def _entry_day(unit: str) -> date | None:
    """The date closing a line that ends on no sentence's mark (a title may hold a full stop inside:
    "The ferry is back. Not for long 3 May 2025"), or None."""
    text = _YEAR_MARK.sub("", boilerplate.plain(unit).strip())
    n = len(boilerplate.words(text))
    if "\t" in unit or text.endswith(_SENTENCE_CLOSE) or not TEASER_MIN_WORDS < n <= TEASER_MAX_WORDS + DATE_TOKENS:
        return None
    k = _date_at_end(text)
    found = find_date(" ".join(text.split()[-k:]).strip(_DATE_EDGE)) if k else None
    return found.date() if isinstance(found, datetime) else found


def _back_dated(teaser: list[bool], body: list[str]) -> list[bool]:
    """The teasers, and the lines of a run of dated titles going back in time, newest first, as an
    archive lists them: a title with a full stop inside is one of them there (a story's own dated
    lines count forward, and its sentences end on their stop)."""
    days = [_entry_day(u) for u in body]
    out = list(teaser)
    i = 0
    while i < len(body):
        j = i
        while j + 1 < len(body) and _goes_back(days[j], days[j + 1]):
            j += 1
        if j > i and days[i] != days[j]:
            out[i : j + 1] = [True] * (j + 1 - i)
        i = j + 1
    return out


def _goes_back(upper: date | None, lower: date | None) -> bool:
    return upper is not None and lower is not None and lower <= upper


# A box set into the story (a list of teasers, a newsletter's sign-up between two paragraphs) has
# the story's own paragraphs under it: so many, each a sentence of at least so many words (a
# teaser's summary under its title is one line; a list's lines are shorter)
PARAGRAPHS_AFTER = 2
PROSE_WORDS = 15  # under a list of teasers
PARAGRAPH_WORDS = 10  # under a stretch of furniture, up to the run's end


def _paragraph(unit: str, min_words: int) -> bool:
    text = boilerplate.plain(unit).rstrip()
    # a quotation closes the sentence in its language's own mark too: German „…“, French and Russian «…»
    return len(boilerplate.words(text)) >= min_words and text.endswith((*boilerplate.SENTENCE_END[:5], "“", "»"))


def _goes_on_under_teasers(body: list[str], i: int, teaser: list[bool], signed: list[bool]) -> bool:
    """Whether, past the list of teasers at `i`, the story goes on: `PARAGRAPHS_AFTER` paragraphs of
    sentences before another teaser, signature or heading."""
    j = i
    while j < len(body) and teaser[j]:
        j += 1
    prose = 0
    for k in range(j, len(body)):
        if teaser[k] or signed[k] or _heading(body[k]):
            break
        if _paragraph(body[k], PROSE_WORDS):
            prose += 1
            if prose >= PARAGRAPHS_AFTER:
                return True
    return False


# a person's name opening a line: two or three capitalised words
_OPENING_NAME = compile_later(r"^([^\W\d_a-zà-ÿа-я][^\W\d_]+(?:[ -][^\W\d_a-zà-ÿа-я][^\W\d_'’]+){1,2})\s")
# a line over the story that signs it is short: a byline, a name run into its date
SIGNING_WORDS = 8


def signed_above(body: list[str], head: list[str]) -> tuple[str, ...]:
    """The names that open the story's last two lines and that a short line over the story prints
    too: the writer the page signs at the top, however the byline came out ("Jane Roe4 Jun 2024"),
    whom a note under the story presents ("Jane Roe is a novelist …")."""
    short = [boilerplate.plain(u) for u in head if len(boilerplate.words(boilerplate.plain(u))) <= SIGNING_WORDS]
    names = []
    for unit in body[-2:]:
        found = _OPENING_NAME.match(boilerplate.plain(unit).strip())
        if found and any(found.group(1) in line for line in short):
            names.append(found.group(1))
    return tuple(names)


_COPYRIGHT = compile_later(r"\s*(?:©|\(c\)\s|copyright\b)", re.I)


def story_goes_on(units: list[str], values: list[int], i: int, j: int, end: int) -> bool:
    """Whether the stretch of furniture `i`..`j` is a box set into the story: `PARAGRAPHS_AFTER`
    paragraphs of sentences follow it and end the run, and no footer (a copyright line, an address
    on the web) stands from the box on; no story goes on under a footer, whatever prose is there.
    A teaser's summary under its title is one line, not paragraphs that follow one another; a note of
    the page's own closing the run ("Found a mistake? Our corrections are here.") is no paragraph
    of the story and does not stop it going on above it."""
    if j < end and signups.is_whole_box(units[i:j]) and _paragraph(units[j], PARAGRAPH_WORDS):
        return True  # a newsletter's box set between two paragraphs: the story goes on under it
    last = end
    while last > j + PARAGRAPHS_AFTER and values[last - 1] > 0 and boilerplate.is_interface_line(units[last - 1]):
        last -= 1
    k = j
    while k < last and values[k] > 0:
        if not _paragraph(units[k], PARAGRAPH_WORDS):
            return False
        k += 1
    # the paragraphs end the run's prose: only furniture (a like count, a closing call) may stand under them
    if k - j < PARAGRAPHS_AFTER and not _entry_close(units, values, i, j) or any(v > 0 for v in values[k:last]):
        return False
    return not any(
        boilerplate.is_legal(units[m])
        or _COPYRIGHT.match(units[m])
        or URLISH.match(boilerplate.plain(units[m]).strip())
        or "@" in units[m]
        for m in range(i, end)
    )


def _entry_close(units: list[str], values: list[int], i: int, j: int) -> bool:
    """A live page's entry closed by the bar it prints under every entry ("Share"): the stretch opens
    with the line that already stood right under `ENTRY_BARS` earlier paragraphs of the run, so its
    last entry under it (the page's first, newest-first) is the story's, though it is one paragraph."""
    bar = boilerplate.plain(units[i]).strip().casefold()
    if j <= i or not bar or values[i - 1] <= 0:
        return False
    seen = [k for k in range(max(1, i - ENTRY_LOOKBACK), i) if values[k - 1] > 0 and values[k] <= 0]
    return sum(1 for k in seen if boilerplate.plain(units[k]).strip().casefold() == bar) >= ENTRY_BARS


ENTRY_BARS = 2  # earlier entries closed by the same bar: a layout, not a chance
ENTRY_LOOKBACK = 40  # lines above the stretch where those entries stand
