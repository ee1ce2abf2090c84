"""The lines at the edges of a copied page's story: what stands between its header and its first
paragraph, the labels the page prints around it, and where the story ends (a comment section's
heading, a box of related links, a stretch of furniture; not a list or a table inside it).

`storyspan` finds where the story runs; inside that run a page still prints furniture next to the
story's own lines — a teaser list under the byline, a share row's buttons above and below the
text. What tells them apart is their shape (a sentence or not) and where else the page prints them.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from briefkit.importer import (
    appealvoice,
    boilerplate,
    farpagewords,
    inlineboxes,
    pagedata,
    pagewords,
    smallprint,
    storysheet,
    storytail,
)
from briefkit.importer.blocktext import URLISH
from briefkit.importer.boilerplate import SENTENCE_END
from briefkit.importer.bylines import parse_byline
from briefkit.importer.dates import CLOCK, find_date
from briefkit.importer.houseplugs import without_plugs
from briefkit.importer.lazyre import compile_later
from briefkit.importer.signups import closes_box
from briefkit.importer.stopwords import FUNCTION_WORDS
from briefkit.importer.threadheads import DISCUSSION
from briefkit.importer.writerboxes import about_someone, opens_box

# a comment section's heading ("12 Kommentare", "Leave a reply", "Antworten zu …", a blog's "45 thoughts on
# “Title”" in each language its software speaks): comments are prose too
COMMENTS = compile_later(
    r"^(?:\d+\s+)?(?:comments?|kommentare?|antworten|réponses?|commentaires?|comentarios?|respuestas?|commenti|"
    rf"risposte|comentários|reacties|reacties?|комментари[йия]|{farpagewords.COMMENTS})\b(?:\s+(?:zu|to|on|sur|à|a|en|on)\b.*)?[:.!]?$"
    r"|^(?:leave\s+a\s+(?:reply|comment)|schreibe?\s+einen\s+kommentar|kommentar\s+schreiben|"
    r"laisser\s+un\s+commentaire|deja\s+(?:un|tu)\s+comentario|lascia\s+un\s+commento|deixe\s+um\s+comentário|"
    rf"post\s+a\s+comment|add\s+a\s+comment|join\s+the\s+discussion|diskutieren\s+sie\s+mit|{DISCUSSION}|{farpagewords.COMMENT_COUNT}|"
    r"\d+\s+(?:thoughts|responses|replies)\s+(?:on|to)\b.*|"
    r"(?:\d+|one|ein(?:en)?|une?|uno|um|één|один)\s+(?:thought\s+on|response\s+to|reply\s+to|gedanken?\s+zu|antworten\s+(?:auf|zu)|"
    r"réflexions?\s+(?:sur|au\s+sujet\s+de)|réponses?\s+à|pensier[oi]\s+su|rispost[ae]\s+a|"
    r"(?:comentarios?|respuestas?)\s+(?:a|en|sobre)|(?:pensamentos|comentários?|respostas?)\s+(?:sobre|em|a|para)|"
    r"(?:gedachten?|reacties?)\s+(?:over|op)|(?:мысл\w*|комментари\w*|ответ\w*)\s+(?:о|к|на))\s+[\"„“”«»‘’‚'].*)[:.!]?$",
    re.I,
)
# "« Previous post", "→ Next": an arrow opens a link, a guillemet only when no » closes its quote on the line
SITE_NOTICE = compile_later(
    r"\b(?:javascript|cookies?|browser|newsletter|abonn\w*|subscribe\w*|"
    # the sign-up button of a site's top bar in the other listed languages ("… Iscriviti Accedi")
    r"iscriviti|suscr[ií]bete|inscr[ií]bete|inscreva-se|подпишитесь|подписаться)\b"
    rf"|^[←→‹›<>]|^«(?![^«»]{{2,120}}»)|^»(?!.*«\W*$)|{pagewords.FREE_READS}",
    re.I,
)


# the subscribers a headline of some length speaks of ("… what changes for the subscribers"), where a
# short line with the word is the site's sign-up notice ("For subscribers only")
SUBSCRIBERS = compile_later(r"\b(?:abonn[ée]e?s|abonnees|abonnenten)\b", re.I)
# a line's close as a sentence's, an ellipsis too ("Grace be with you…": a greeting trailing off)
_CLOSED = (*SENTENCE_END, "…")


def without_head_furniture(head: list[str], *, over_picture: bool = False) -> list[str]:
    """The lines between the header and the story's first paragraph, less those that are no
    sentence: a teaser list, a share row's labels, a section name the page put there.

    A short line that ends a sentence may be the story's first paragraph, a table's rows and the
    subheading right above the first paragraph are the story's; a label or two are left to the
    boilerplate pass, which knows them. A signed byline there is the header's, whatever it ends on.
    `over_picture`: the lead picture's caption stood under these lines (taken out as the picture's), so
    the last of them is no subheading over the first paragraph but the header's last label ("Views: 1342").
    """
    kept = []
    for i, unit in enumerate(head):
        text = boilerplate.plain(unit).strip()
        if len(text.split()) <= 12 and parse_byline(text, bare=False):
            continue  # "By Jane Roe (now) and Sam Poe (earlier)": a signed byline ending on ")" is no sentence
        if (
            text.endswith(_CLOSED)
            or "\t" in unit
            or (
                i == len(head) - 1
                and not over_picture
                and text[:1].isupper()
                and not boilerplate.is_interface_line(text)
            )
        ):
            kept.append(unit)
    return head if len(head) - len(kept) < 3 else kept


def without_repeated_labels(body: list[str], above: list[str], below: list[str]) -> list[str]:
    """The body less the short lines the page prints above and below the story too: a share row's
    buttons, a menu's entries; a sentence stays, and so does a subheading the story itself repeats
    or a table of contents above it names. A card on another story set into it goes too, its title
    printed again in the list below (`inlineboxes`), and the house's plug at its end (`houseplugs`)."""
    around = {u.strip().casefold() for u in above} & {u.strip().casefold() for u in below}
    body = inlineboxes.without_cards_listed_below(body, below)  # a related story's card, listed below too
    body = without_labelled_titles(body, below)
    body = without_plugs(body, above + below)  # the house's plug naming the site the page prints: `houseplugs`
    return [
        u
        for u in body
        if u.strip().casefold() not in around
        or u.strip().endswith(SENTENCE_END)
        or len(boilerplate.words(u)) > REPEATED_LABEL_WORDS
    ]


REPEATED_LABEL_WORDS = 4
# a link to another story set into the story: that story's title, which the page lists again under the
# story, with a pointer's marks beside it ("« Title Title »") or, when the list below dates it as a teaser
# ("Title 6 hours ago"), a label's few words before it ("Related Title")
LINK_LABEL_WORDS = 2
LISTED_TITLE_WORDS = 3


def without_labelled_titles(body: list[str], below: list[str]) -> list[str]:
    """The body less its lines that hold the titles of other stories listed under the story and only
    a pointer's marks besides (a post's "previous / next" row), or a short label before a title the
    list below prints with its date (a "Related" link). A subheading that names a topic the page
    lists among its tags has words of its own around it; a title alone on its line is left to
    `inlineboxes`, which reads it with its summary."""
    listed: dict[str, bool] = {}  # each title, and whether the list below dates it
    for unit in below:
        title = storytail.undated_title(unit).casefold()
        if len(boilerplate.words(title)) >= LISTED_TITLE_WORDS:
            listed[title] = listed.get(title, False) or title != boilerplate.plain(unit).strip().casefold()
    if not listed:
        return body
    return [u for u in body if not _links_listed(boilerplate.plain(u).strip().casefold(), listed)]


def _links_listed(text: str, listed: dict[str, bool]) -> bool:
    rest, dated = text, []
    for title in sorted(listed, key=len, reverse=True):
        if title in rest:
            dated.append(listed[title])
            rest = rest.replace(title, " ")
    if not dated or not rest.strip() or rest.strip().endswith(SENTENCE_END):
        return False
    label = boilerplate.words(rest)
    if not label:
        return not re.search(r"\d", rest)  # "«", "»", "|": a pointer's marks; "7": a contents' number
    # one dated title, its label before it: "Related Title"
    return dated == [True] and len(label) <= LINK_LABEL_WORDS and text.startswith(rest.strip())


def run_end(units: list[str], values: list[int], start: int, end: int) -> int:
    """Where a comment section's heading or a box of related links with little prose after it ends the run
    (moved past a list or a table first, to the prose under it; past a box set before the last paragraph)."""
    span = (start, _run_end(units, values, start, end))
    return inlineboxes.past_box(units, values, span, boilerplate.is_box_label, lambda k: _control(units[k]))


def _control(unit: str) -> bool:
    text = boilerplate.plain(unit).strip()
    return bool(COMMENTS.match(text)) or about_someone(text) or boilerplate.is_interface_line(text)


def _run_end(units: list[str], values: list[int], start: int, end: int) -> int:
    above = {u.strip().casefold() for u in units[:start]}  # the menu's lines, and what else the page printed over it
    end = _bridged(units, values, start, end, above)
    end = _labelled_list(units, values, start, _announced_list(units, values, start, end, above), above)
    end = storysheet.past_sheet(units, values, end, lambda k: _ends_story(units[k], values[k], above))
    cap = min(end, storytail.thread_start(units, values, start, end) or end)  # a thread of signed comments
    for i in range(start + 1, end):
        text = boilerplate.plain(units[i]).strip()
        related = pagewords.END_MARKER.match(text) and i > start + 2
        if (about_someone(text) or opens_box(units, values, start, i)) and i > start + 2:
            # an author box, its note on the author's work under it: the story ends above it, at the latest
            before = sum(v for v in values[start:i] if v > 0)
            if sum(v for v in values[i:end] if v > 0) <= before // 3:
                return min(i, furniture_gap(units, values, start, end), cap)
        if related:  # a box of links inside the story does not end it; one with little prose after it does,
            # or one whose prose comes a line at a time: each teaser's summary under its title
            before = sum(v for v in values[start:i] if v > 0)
            if cap == end and _teaser_summaries(units, values, i, end):
                cap = furniture_gap(units, values, start, i)  # the story ends over the list at the latest
            related = sum(v for v in values[i:end] if v > 0) <= before // 3
        # "44 Kommentare" beside the byline (under a standfirst and a caption at most): a link to the comments,
        head = i <= start + 6 or i <= start + 12 and sum(1 for v in values[start:i] if v > 0) <= 2
        if COMMENTS.match(text) and head:  # not their heading, when the story follows
            before = sum(v for v in values[start:i] if v > 0)
            if before * 4 < sum(v for v in values[start:end] if v > 0):
                continue
        if COMMENTS.match(text) and _answers_heading(units, start, i):
            continue
        if COMMENTS.match(text) or related or (i > start + 2 and smallprint.is_legal_heading(text)):
            return min(furniture_gap(units, values, start, i), cap)
    return min(furniture_gap(units, values, start, end), cap)


def _teaser_summaries(units: list[str], values: list[int], i: int, end: int) -> bool:
    """Whether the prose lines between `i` and `end` are a list of other stories: each stands alone
    between lines of furniture (a teaser's title, its date), or most open with their date
    ("01.01.2022 - Title Summary …"). A story's paragraphs follow one another, undated; readers'
    comments under their section's heading are no teasers' summaries (the heading ends the story there)."""
    end = next((k for k in range(i + 1, end) if COMMENTS.match(boilerplate.plain(units[k]).strip())), end)
    prose = [k for k in range(i + 1, end) if values[k] > 0]
    if len(prose) < TEASER_SUMMARIES:
        return False
    paired = sum(1 for k in prose if values[k - 1] > 0 or (k + 1 < end and values[k + 1] > 0))
    dated = sum(1 for k in prose if _opens_with_date(boilerplate.plain(units[k]).strip()))
    return paired * 3 <= len(prose) or dated * 3 >= len(prose) * 2


def _opens_with_date(text: str) -> bool:
    return text[:1].isdigit() and find_date(text[:DATE_CHARS]) is not None


DATE_CHARS = 20
TEASER_SUMMARIES = 4


def past_credits(units: list[str], end: int) -> int:
    """The story's end moved past the line crediting its other hands, right under its last paragraph
    ("Additional reporting by …; Editing by …"): the story's close, as the saved page prints it inside
    the article, though it is no sentence and its names weigh as furniture."""
    if end < len(units) and boilerplate.CLOSING_CREDIT.match(boilerplate.plain(units[end]).strip()):
        return end + 1
    if end < len(units) and (_closing_sentence(units, end) or closes_box(units, end)):
        return end + 1  # (or a sign-up box's button, which tells the box over it: `signups`)
    return end


def _closing_sentence(units: list[str], end: int) -> bool:
    """A short last sentence under the story's last paragraph ("That remains to be seen."): a whole
    sentence in the story's language, no notice, control or credit, and no other text under it."""
    text = boilerplate.plain(units[end]).strip()
    found = boilerplate.words(text)
    if not CLOSING_WORDS[0] <= len(found) <= CLOSING_WORDS[1] or not text.endswith((".", "!")) or text.endswith(".."):
        return False
    if not text[:1].isupper() or any(c.isdigit() or c in "@©|/:?" for c in text) or _PROMPT.search(text):
        return False
    if not any(w.casefold() in FUNCTION_WORDS for w in found) or _ends_story(units[end], 0, set()):
        return False
    if appealvoice.is_appeal(text) or boilerplate.is_legal(text) or pagewords.END_MARKER.match(text):
        return False
    below = boilerplate.plain(units[end + 1]).strip() if end + 1 < len(units) else ""
    return not (len(boilerplate.words(below)) >= CLOSING_WORDS[1] and below.endswith(SENTENCE_END))


CLOSING_WORDS = (3, 12)
# what a page says to its reader under a story, not the story's close: a link ("more here"), an
# address ("example.com"), the reader addressed ("you", "du", "vous", "вы") in each listed language
_PROMPT = compile_later(
    r"\b(?:here|hier|ici|aquí|aqui|qui|здесь|тут|you|your|du|dich|dir|dein\w*|euch|vous|votre|tu|ton|ta|tes|"
    r"usted\w*|vos|você|voi|vostr\w|jij|jou|jouw|je|uw|вы|ваш\w*|ты|твой)\b|\w\.\w",
    re.I,
)


# "Antworten", "Réponses": the word alone is a reply button under a comment as often as a heading
_REPLIES = compile_later(r"^(?:antworten|réponses?|respuestas?|risposte)$", re.I)


def _answers_heading(units: list[str], start: int, i: int) -> bool:
    """A bare "Answers" that heads a section of the story (the replies its author got), not a comment's
    reply button: no comment's signature (a short line with a date or a time) stands over it."""
    if not _REPLIES.match(boilerplate.plain(units[i]).strip()):
        return False
    for unit in units[max(start, i - SIGNATURE_LINES) : i]:
        text = boilerplate.plain(unit).strip()
        if len(boilerplate.words(text)) <= 10 and (CLOCK.search(text) or find_date(text) is not None):
            return False
    return True


SIGNATURE_LINES = 8


def card_end(units: list[str], values: list[int], start: int, end: int) -> int:
    """The story's end moved past a recipe's card under it (see `storysheet.past_card`)."""
    above = {u.strip().casefold() for u in units[:start]}

    def closes(k: int) -> bool:  # a comment section, a box of related links, a notice
        text = boilerplate.plain(units[k]).strip()
        return bool(COMMENTS.match(text) or pagewords.END_MARKER.match(text)) or values[k] <= -4

    return storysheet.past_card(units, values, end, lambda k: _ends_story(units[k], values[k], above), closes)


def _bridged(units: list[str], values: list[int], start: int, end: int, above: set[str]) -> int:
    """The run's end moved past a stretch of short lines to the prose under it, up to the first line of
    furniture: a list, a table or a row of figures inside the story costs the run more than its prose
    is worth, but it carries no control, label, notice or menu entry, and the story goes on below it."""
    story = sum(v for v in values[start:end] if v > 0)
    added, i = 0, end
    while True:
        k = next((j for j in range(i, min(len(units), i + BRIDGED_LINES + 1)) if values[j] > 0), None)
        if k is None or added + values[k] > story // 2:
            return i  # no prose close below, or more than half the story: another text (comments, an article)
        if any(_ends_story(units[j], values[j], above) for j in range(i, k)):
            return i
        while k < len(units) and values[k] > 0 and added + values[k] <= story // 2:
            added, k = added + values[k], k + 1
        i = k


def _announced_list(units: list[str], values: list[int], start: int, end: int, above: set[str]) -> int:
    """The run's end moved past the list its last sentence announces ("… the full list:"): the list
    is the story's, however long, up to the first line no list holds (see `_ends_story`) or prose.
    A list has at least three items, each printed once on the page: one or two short lines under
    "click here:" are a button, and a box of teasers or offers prints its entries twice (a picture's
    link and a title's, or the same offer for two kinds of reader)."""
    last = next((j for j in range(end - 1, start - 1, -1) if values[j] > 0), None)
    if last is None or not boilerplate.plain(units[last]).rstrip().endswith(":"):
        return end
    # a row of links ("Imprint | Privacy | …") ends it too
    listed = _list_end(units, values, end, end + ANNOUNCED_LINES, above, lambda text: text.count(" | ") >= 2)
    return end if listed is None else listed


ANNOUNCED_LINES = 150


def _list_end(
    units: list[str], values: list[int], first: int, until: int, above: set[str], stops: Callable[[str], bool]
) -> int | None:
    """Where a list that starts at `first` ends: at the first line no list holds (see `_ends_story`),
    a box's label, prose, a line `stops` names, or `until`. None when it is no list of the story's:
    fewer than three lines is a button and a footer; lines printed twice are a box's entries."""
    i = first
    while i < min(len(units), until) and values[i] <= 0:
        text = boilerplate.plain(units[i]).strip()
        if _ends_story(units[i], values[i], above) or pagewords.END_MARKER.match(text) or stops(text):
            break
        i += 1
    items = [u.strip().casefold() for u in units[first:i]]
    elsewhere = Counter(u.strip().casefold() for u in units)
    if len(items) < 3 or any(elsewhere[item] > 1 for item in items):
        return None
    return i


def _labelled_list(units: list[str], values: list[int], start: int, end: int, above: set[str]) -> int:
    """The run's end moved past a list under a label the story has already used for one of its own
    ("Specifications:" over each product's items): the section goes on in the story's own shape,
    though no prose follows it. The list ends at the first line no list holds, at a new label (a line
    ending in a colon) or at prose; it has three items or more, each printed once on the page."""
    if end >= len(units) or values[end] > 0:
        return end
    label = boilerplate.plain(units[end]).strip().rstrip(":").strip().casefold()
    if not 1 <= len(label.split()) <= LABEL_WORDS or COMMENTS.match(label) or is_furniture(units[end]):
        return end  # a comment section's heading, a box's label ("Related"), a button ("Share")
    used = any(
        values[j] <= 0
        and values[j + 1] <= 0
        and boilerplate.plain(units[j]).strip().rstrip(":").strip().casefold() == label
        for j in range(start, end - 1)
    )
    if not used or units[end].strip().casefold() in above:
        return end  # a label the story never used, or the menu's
    listed = _list_end(units, values, end + 1, end + ANNOUNCED_LINES, above, lambda text: text.endswith(":"))
    return end if listed is None else listed


LABEL_WORDS = 4


def _ends_story(unit: str, value: int, above: set[str]) -> bool:
    """A line that no list or table inside the story holds: a control or a label, a line of the menu
    printed above the story, a notice, a link, a comment section's heading or a signature."""
    if value <= -4 or unit.strip().casefold() in above and "\t" not in unit:
        return True
    text = boilerplate.plain(unit).strip()
    if COMMENTS.match(text) or SITE_NOTICE.search(text) or URLISH.match(text) or about_someone(text):
        return True
    return is_furniture(unit) or boilerplate.is_cookie_banner(text) or bool(parse_byline(text, bare=False))


BRIDGED_LINES = 25


def furniture_gap(units: list[str], values: list[int], start: int, end: int) -> int:
    """Where a stretch of furniture after the story's bulk ends the run: a share bar, tags, an author
    box or a teaser list's labels, with less prose after them than the story before them.

    A stretch of short lines inside a story (a list, subheadings, a picture's caption) carries no
    furniture; one that holds a control, a label or a line of page data is the page around the story.
    """
    total = sum(v for v in values[start:end] if v > 0)
    # a line the page printed above the story too (a menu's entry, a teaser's title) is furniture there
    above = {u.strip().casefold() for u in units[:start]}
    before = 0
    i = start
    while i < end:
        if values[i] > 0:
            before += values[i]
            i += 1
            continue
        j = i
        while j < end and values[j] <= 0:
            j += 1
        # two different pieces of furniture, not only dates (a dated list is the story's): one label
        # said twice ("Read also:") is an inline box
        marked = [k for k in range(i, j) if is_furniture(units[k]) or _named_above(units, values, k, above)]
        marks = {units[k].strip().casefold() for k in marked}
        undated = any(find_date(m) is None for m in marks)
        after = total - before
        # one piece of furniture is enough when little prose is left after it, if it is furniture
        # by its own words and not only by being printed above too
        single = len(marks) == 1 and any(is_furniture(units[k]) for k in marked)
        enough = len(marks) >= 2 or (single and after <= before // 3)
        # a filing line ("Tags: …") alone is enough: it closes the story, never stands inside it
        filed = any(pagedata.is_filing_line(units[k]) for k in range(i, j))
        if (
            (j - i >= GAP_LINES or filed)
            and enough
            and undated
            and before >= total // 2
            and after <= before // 2
            and not storytail.story_goes_on(units, values, i, j, end)
        ):
            # a long list before the first piece of furniture is the story's (a timeline, a table)
            first = marked[0]
            return i if first - i <= LIST_LINES else first
        i = j
    return end


GAP_LINES = 2
LIST_LINES = 10


def _named_above(units: list[str], values: list[int], k: int, above: set[str]) -> bool:
    """A line the page printed above the story too, with no prose under it: a menu's entry, another
    story's title; a subheading that a table of contents above names has its section under it."""
    if units[k].strip().casefold() not in above or "\t" in units[k]:
        return False
    return not (k + 1 < len(values) and (values[k + 1] > 0 or "\t" in units[k + 1]))  # prose or a table


# a picture's or a video's label inside the story ("Media caption, …", "Watch: …"): an embed, not its end
_INLINE_MEDIA = compile_later(
    r"^(?:(?:image|media|video|audio|photo|picture)\s+(?:caption|source|credit)\b|(?:watch|listen|video|audio|gallery)\s*:)",
    re.I,
)


def is_furniture(unit: str) -> bool:
    text = boilerplate.plain(unit).strip()
    if _INLINE_MEDIA.match(text):
        return False
    return (
        boilerplate.is_interface_line(text)
        or pagedata.is_page_data(text)
        or boilerplate.is_login_line(text)
        or pagedata.is_filing_line(text)
        or bool(pagewords.END_MARKER.match(text) or pagewords.CONTROL_ROW.match(text))
    )


_ONE_WORD = compile_later(r"^[^\W\d_][^\W\d_]{3,}(?:-[^\W\d_]+)?$")


def one_word_name(
    units: list[str],
    counts: dict[str, int],
    found: tuple[int, str, int],
    repeated: bool,
    is_meta: Callable[[str], bool],
) -> tuple[int, str]:
    """A small site's page is named in one word ("Einzeltraining") that its menu prints too, right
    over the story, or over the line read as headline (a standfirst, a quote, a row of links). With
    no byline or date under either it names the page; a news kicker has its headline's dateline."""
    best, title, start = found
    lead = boilerplate.plain(units[start]).casefold() if start < len(units) else ""
    for i in (best - 1, start - 1):
        if i < 0 or i == best or i == start - 1 and best >= start - 3:
            continue
        raw = boilerplate.plain(units[i]).strip()
        if not _ONE_WORD.match(raw) or not raw[0].isupper() or counts.get(raw.casefold(), 0) < 2:
            continue
        if boilerplate.is_interface_line(raw) or any(is_meta(u) for u in units[i + 1 : max(i, best) + 3]):
            continue
        if i == best - 1 and (repeated or not _not_a_headline(title)):
            continue  # a headline printed twice is the headline, the word over it a section's
        if i == start - 1 and (not repeated or raw.casefold() not in lead):
            continue  # far over the story, only a line the menu prints too gives way, to a word the story opens with
        return i, raw
    return best, title


def _not_a_headline(text: str) -> bool:
    """A short standfirst ("Training just for you"), a quotation, or a row of links."""
    quoted = text.rstrip("0123456789").endswith(("\u201d", '"', "\u00bb", "."))
    return len(text.split()) <= 4 or quoted or text.count(" - ") >= 2
