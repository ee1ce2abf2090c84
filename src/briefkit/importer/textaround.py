"""Who wrote a copied page, when the lines under its headline do not say: the byline inside a
longer line, a signature closing the story, an author box after it; and, when none of these names
a writer, what a personal site or a blog still shows of one (the site's name in its copyright
notice, the name answering the comments). `textdump` asks here; the date printed away from the
headline is `dumpdates`' to find.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection
from datetime import date, datetime

from briefkit.importer import (
    authorcards,
    authorlabels,
    boilerplate,
    cjkcredits,
    closingmarks,
    credits,
    creditsignoffs,
    pagewords,
    postbylines,
    releaseissuers,
    sharerows,
    signoffs,
    sourcelines,
    storyedges,
    storyspan,
    wiresignoffs,
    writerboxes,
)
from briefkit.importer.bylines import ORGANISATION, dash_signature, parse_byline
from briefkit.importer.bylineshapes import before_date
from briefkit.importer.caselessnames import CLOSING_LABEL
from briefkit.importer.creditwords import bracketed_text_credit
from briefkit.importer.dates import find_date, parse_date, unglued_name
from briefkit.importer.handles import handle_byline, poster_over_fields
from briefkit.importer.inlinebylines import find_byline
from briefkit.importer.lazyre import compile_later
from briefkit.importer.monthnames import MONTHS, WEEKDAYS
from briefkit.importer.notnames import NOT_NAMES
from briefkit.importer.sitebylines import name_before_outlet
from briefkit.importer.stopwords import FUNCTION_WORDS

# a report's own label ("Bericht: Jane Roe", "Crónica: …", "Report by …"), in the eight languages
_REPORT_LABEL = r"(?:bericht|crónica|cronaca|crônica|chronique|verslag|репортаж)\s*:|report(?:ed)?\s+by\s"
_SIGNATURE_LABEL = compile_later(
    r"^(?:(?:autor(?:in)?|autor(?:inn)?en|authors?|auteur|autore|autora|text|texte|texto|testo|tekst|автор|текст)\s*:|"
    # and the labels of the scripts with no capitals and of a few more languages ("Laporan:", "بقلم"): `caselessnames`
    rf"{_REPORT_LABEL}|{CLOSING_LABEL})",
    re.I,
)


# a story's closing credits ("Tekst: …" / "Foto: …") are often cut off from it as the page's tail; there
# only the text's own credit counts ("Author:" under a story is a box's field: a recipe card's, a profile's)
_PAST_END = 2
# (and the authors' credit, which names more than one: a card or a profile names its one author)
_TEXT_CREDIT = compile_later(
    r"^(?:(?:text|texte|texto|testo|tekst|текст|autor(?:inn)?en|authors|auteurs|autores|autori|авторы)\s*:|"
    rf"{_REPORT_LABEL}|{CLOSING_LABEL})",
    re.I,
)


# the desk that signs a story in the eight languages, alone on the line under the headline
DESK = compile_later(
    r"^(?:(?:die|la|le|el|de|the|a)\s+)?(?:redaktion|rédaction|redacción|redazione|redação|redactie|редакция|"
    r"newsroom|editorial team|editors|staff)$",
    re.I,
)


# a picture's credit closing a line ("(Foto: Jane Roe)", "(Photo: …)", "EPA/JANE ROE"): the line is a caption, and
# a keyword inside it ("di", "de", "by" before a place or a thing) opens no byline
_CAPTION_CREDIT = compile_later(
    r"\((?:foto|fotos|photo|photos|picture|image|bild|imagen|immagine|fotografia|фото|صورة|צילום)\s*[:/][^()]*\)\s*$"
    # or a wire's picture credit closing it, the agency in capitals and its photographer ("… EPA/JANE ROE")
    r"|(?-i:\b[A-Z]{2,8}/\s?[A-ZÀ-Þ][\w'’.-]*(?:\s[A-ZÀ-Þ][\w'’.-]*){0,3})\s*$"
    # or a sentence's stop, then the picture's label and its photographer closing the line ("… Bay. PHOTO: JANE ROE")
    r"|[.,]\s+(?:foto|fotos|photo|photos|picture|image|bild|imagen|immagine|fotografia|фото)\s*:\s*[^.:()]{2,60}$",
    re.I,
)


def authors_near(units: list[str], span: storyspan.Span, published: datetime | date | None = None) -> tuple[str, ...]:
    """A byline printed away from the headline's own lines: above it, inside a longer line, closing
    the story, in an author box after it."""
    near = list(range(max(0, span.title - 6), min(len(units), span.start + 4)))
    after = list(range(span.end, min(len(units), span.end + 60)))
    between = range(span.title + 1 + span.listed, min(len(units), span.start + 3))  # a contents list names no one
    # a signed byline ("Por Ana Roe") near the headline beats a bare name there (a picture's caption)
    signed = [
        i
        for i in near
        if i > span.title
        and parse_byline(boilerplate.plain(units[i]), bare=False)
        and not sharerows.is_share_row(units[i])  # "Send by WhatsApp …": a button's "by", no writer's
    ]
    # then one whose keyword stands inside the line ("Veröffentlicht am … von Jane Roe")
    signed += [
        i
        for i in near
        if i > span.title
        and len(units[i].split()) <= 15
        and find_byline(boilerplate.plain(units[i]))
        and not sharerows.is_share_row(units[i])
        and not _CAPTION_CREDIT.search(units[i])  # "… di Desa Roe. (Foto: …)": a caption's place after "di"
    ]
    # a signature closing the story ("Text: Jane Roe", "Erstellt von Jane Roe"), before what follows it,
    # or a byline line of its own inside the story ("Text: Jane Roe" over the sources)
    inside = {
        i: names
        for i in range(span.start + 4, span.end)
        if i not in near
        and len(units[i].split()) <= 8
        and (names := parse_byline(boilerplate.plain(units[i]), bare=False))
    }
    # but bylines of several people among the story's lines sign a list of teasers it ran into, not it
    teasers = set(inside) if len(set(inside.values())) > 1 else set()
    tail = [i for i in range(max(span.start + 4, span.end - 8), span.end) if i not in near and i not in teasers]
    tail += [i for i in inside if i < span.end - 8 and i not in teasers]
    below = [i for i in near if i > span.title]
    if not signed and (credited := labelled_signature(units, span, set(near))):
        return credited
    # "Jane Roe | Published 3 hours ago": a line that says it is the byline, further under the headline
    # than a bare name is read (past the pictures' captions and the topic labels)
    if not signed:
        for i in range(span.title + 1 + span.listed, min(len(units), span.start + 8)):
            if names := _published_by(boilerplate.plain(units[i]).strip()):
                return names

    def named(i: int) -> tuple[str, ...]:
        text = unglued_name(boilerplate.plain(units[i]).strip())  # "Jane Roe27/11/2026": the layout's glue
        cell = text.split("\t", 1)[0]  # "By Jane Roe<tab>Font size: A A+": a signed first cell, its tools beside it
        text = cell if cell != text and parse_byline(cell, bare=False) else text
        # (a post's footer under its last paragraph signs and dates it in one long line: "Author Jane Roe Posted on
        # 3 May 2025 Categories …"; a long line there is otherwise the story's)
        footer = i in tail and find_date(text) is not None and bool(find_byline(text))
        if (
            len(boilerplate.words(text)) > (8 if i in tail and not footer else 25)
            or "\t" in text
            and not _AUTHOR_LABEL.match(text)
        ):
            return ()  # (a line of tab-parted cells is a table's row: a field's name and value, "Type  Mill")
        if pagewords.SHARE_ROW.match(text) or sharerows.is_share_row(text) or _CAPTION_CREDIT.search(text):
            return ()  # a row of share buttons ("Facebook Twitter WhatsApp Telegram"), a caption: no writer's
        # a name is bare between the headline and the story, or beside a date in a line of fields
        fields = bool(re.search(r"\s[|·•—]\s", text)) and find_date(text) is not None
        # or right over the headline, unless the headline speaks of it (a topic label: "Jane Roe" over "Roe wins …")
        over = i == span.title - 1 and not set(_plain_words(text)) & set(_plain_words(span.headline))
        # nor when the story's first lines name it: a court, a place or a club the story is about ("The Court of X …")
        lead = " ".join(boilerplate.plain(u) for u in units[span.start : span.start + 6]).casefold()
        over = over and text.casefold() not in lead and not _all_parts_told(text, lead)
        if i in between and DESK.match(text) and i + 1 < len(units) and find_date(units[i + 1]) is not None:
            return (text,)  # the desk signs, its date under it: "Redaktion" over "3. Februar 2022"
        # a line in capitals once the story has begun is its crosshead ("RANGE OF OPTIONS"), no shouted name
        crosshead = i >= span.start and text.isupper()
        # a picture's credit after its copyright mark ("… © Agency | Jane Roe") names the photographer
        credit = "©" in text
        names = find_byline(text, bare=(i in between and not crosshead or fields or over) and not credit) or (
            handle_byline(text)
            or poster_over_fields(units, i)
            or name_before_outlet(units, i, text)
            or postbylines.name_before_post(text)  # "Jane Roe journalist", "Jane Roe (Radio Desk)": a card's line
            if i in between
            else ()
        )
        return tuple(n for n in names if not opens_dateline(n, units[span.start : span.start + 3]))

    if not signed and (names := closingmarks.closing_mark(units, span, reporter=True)):
        return names  # "Jane Roe (AGENCY)" under the last paragraph: the agency credits its reporter
    # (not the headline itself: "… buys the plant from Jane Roe" names whom the story is about)
    for i in [*signed[:1], *below, *(i for i in near if i < span.title), *tail]:
        if names := named(i):
            return names
    # a signature closing the story is read before the lines after it, where menus and teasers start
    if names := _closing_signature(units, span, published) or closingmarks.closing_mark(units, span):
        return names
    if names := signoffs.name_under_story(units, span) or creditsignoffs.closing_credits(units, span):
        return names
    # "（社会部・山田花子）" under the story; "〔記者王小明／台北報導〕" opening its lead
    if names := cjkcredits.closing_credit(units, span.start, span.end) or cjkcredits.opening_credit(units, span.start):
        return names
    if names := cjkcredits.trailing_credit(units, span.start, span.end):
        return names  # "…としている。（山田花子）": the credit closing the last paragraph's line
    # the readers' names under a comments heading sign their comments, not the story
    heading = next((k for k, i in enumerate(after) if storyedges.COMMENTS.match(units[i].strip())), len(after))
    for i in after[: min(12, heading)]:
        if names := named(i):
            return names
    return (
        _author_box(units, span)
        or signoffs.about_author(units, span)
        or signoffs.signed_bio(units, span)  # "Written by Jane Roe. Retired planner, …" in a box under the story
        or authorcards.card_author(units, span)
        or releaseissuers.issuer(units, span)
        or sourcelines.closing_source(units, span)  # "Quelle: Agency" closing the story: before the house
        or wiresignoffs.closing_wire(units, span)  # "dpa/lno" alone under the last paragraph
        or site_owner(units, span)
        or _answering_commenter(units, span)
        or signoffs.wire_signature(units, span)
        or sourcelines.story_source(units, span)
    )


def _all_parts_told(text: str, lead: str) -> bool:
    """Every word of a line over the headline opens a word of the story's first lines ("Harbour Town" over
    a lead on "the Town's harbour"): a topic label, inflected or reordered in the story, not a writer."""
    parts = [p for p in _plain_words(text) if len(p) > 2]
    words = set(_plain_words(lead))
    return bool(parts) and all(any(w.startswith(p) for w in words) for p in parts)


def _plain_words(text: str) -> list[str]:
    """A line's words, casefolded, without their punctuation ("report:") or accents: a topic label's word
    repeated in a headline or a lead where the grammar moves its accent ("έκθεση" in "έκθεσή του")."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(c))
    return re.findall(r"[^\W\d_]+", plain)


def dateline_signers(part: str) -> tuple[str, ...]:
    """The writers a dateline under the headline names: after a byline keyword, or as two names or more
    joined right before its date ("Jane Roe en Sam Poe za 05 dec 2026"), which `storyspan.signed_dateline`
    tells. One capitalised pair before a date is as often a label ("All News 09:12 …"): `authors_near`'s."""
    signers = find_byline(before_date(part)) or find_byline(part)  # "Autoři: A, B neděle 6. prosince 2026"
    joined = () if signers or not storyspan.signed_dateline(part) else find_byline(part, bare=True)
    return signers or (joined if len(joined) > 1 else ()) or cjkcredits.reporter_names(part)


# how far down a page whose story was not located its post's dated byline may stand: under the menus
_TOP_UNITS = 40


def top_dated_byline(units: list[str]) -> tuple[str, ...]:
    """The names in the first line near the page's top that carries both a date and a byline ("am 3. Mai
    2024 von Jane Roe"), for a page whose story was not located (a post of links, of short lines): such
    a line stands under a post's headline alone, wherever the menus above it put that headline."""
    for unit in units[:_TOP_UNITS]:
        if storyspan.dated_byline(unit) and (names := find_byline(boilerplate.plain(unit).strip())):
            return names
    return ()


def labelled_signature(units: list[str], span: storyspan.Span, skip: Collection[int] = ()) -> tuple[str, ...]:
    """A labelled signature inside the story ("Autorin: Jane Roe, head of the office in Tunis.") or
    the text's credit just past its end ("Tekst: Jane Roe" over "Foto: …"): it beats a bare name
    between headline and story, which is as often a picture's caption or a department."""
    for i in range(span.start, min(len(units), span.end + _PAST_END)):
        text = units[i].strip()
        if i in skip or len(units[i].split()) > 15:
            continue
        if (_SIGNATURE_LABEL if i < span.end else _TEXT_CREDIT).match(text):
            plain = boilerplate.plain(units[i])
            # ("Text: Jane Roe / Fotos: Sam Poe": the writer's credit without the pictures' beside it)
            if names := parse_byline(plain, bare=False) or parse_byline(
                credits.without_other_credits(plain), bare=False
            ):
                return names
        # "Jane Roe (text), Sam Poe (photos)", "(Text) Jane Roe (Photo) Sam Poe": the team's credits
        if (name := bracketed_text_credit(boilerplate.plain(text))) and (names := parse_byline(name)):
            return names
    return ()


_PUBLISHED_BY = compile_later(
    r"^(?P<name>[^|·•]{3,60}?)\s+[|·•]\s+(?:published|posted|updated|veröffentlicht|aktualisiert|publié|"
    r"mis\s+à\s+jour|publicado|actualizado|atualizado|pubblicato|aggiornato|gepubliceerd|bijgewerkt|"
    r"опубликовано|обновлено)\b",
    re.I,
)


def _published_by(text: str) -> tuple[str, ...]:
    """The name before a "Published …" field: the line labels itself as the byline and dateline."""
    m = _PUBLISHED_BY.match(text)
    return parse_byline(m.group("name"), bare=True) if m and len(text.split()) <= 16 else ()


# "Posted by jdoe at 21:11", "Eingestellt von Jane Roe um 21:11": a blog's line under each post,
# its keyword, up to three words of name, and the hour
_POSTED_AT = compile_later(
    r"^(?:posted|eingestellt|veröffentlicht|geschrieben|publié|publicado|postado|pubblicato|geplaatst|опубликовано)\s+"
    r"(?:by|von|par|por|da|di|door|от)\s+(?P<name>\S+(?:\s+\S+){0,2}?)\s+"
    r"(?:at|um|à|a\s+las?|en|alle|às|om|в)\s+\d{1,2}[:.]\d{2}\b",
    re.I,
)


def _closing_signature(
    units: list[str], span: storyspan.Span, published: datetime | date | None = None
) -> tuple[str, ...]:
    """The writer signing where the story ends: a blog's "Posted by … at 21:11" line, or a name
    alone on its line with only a date under it ("Jane Roe" over "10 May 2017"), as a letter is signed.
    A first name alone signs too when the date under it is the page's own: a heading over a date
    ("Programme" over the day of an event) dates something else."""
    for i in range(max(span.start, span.end - 2), min(len(units) - 1, span.end + 2)):
        text = boilerplate.plain(units[i]).strip()
        if storyedges.COMMENTS.match(text):
            break  # the names under a comments heading sign the readers' comments
        posted = _POSTED_AT.match(text)
        if posted:
            name = posted.group("name").strip(" ,")
            first = name.split()[0].casefold()
            if first not in NOT_NAMES and not re.search(r"\d", name):
                return (name.title() if name.isupper() else name,)
        if i < span.end + 1 and (name := dash_signature(text)):
            return (name,)  # "— Jane Roe, Operations Manager": the story's last line signs it
        when = parse_date(boilerplate.plain(units[i + 1]).strip())
        if when is None:
            continue
        if len(text.split()) > 1 and (names := parse_byline(text)):
            return names
        if _first_name(text) and published is not None and _day(when) == _day(published):
            return (text,)
    return ()


def _day(when: datetime | date) -> date:
    return when.date() if isinstance(when, datetime) else when


_FIRST_NAME = compile_later(r"^[^\W\d_][^\W\d_'’-]{2,14}$")


def _first_name(text: str) -> bool:
    """A first name alone, as a writer signs a personal letter or post ("Jane" over its date): one word,
    capitalised, letters only, and no word a page's furniture or a sentence uses."""
    key = text.casefold()
    return bool(
        _FIRST_NAME.match(text)
        and text[0].isupper()
        and not text.isupper()
        and key not in NOT_NAMES
        and key not in FUNCTION_WORDS
        and key not in MONTHS
        and key not in WEEKDAYS
    )


def opens_dateline(name: str, below: list[str]) -> bool:
    """Whether a name-shaped line part is the place of the story's dateline: a wire story opens with
    it ("Santiago de Chile, 19 jun (Agency).-"), where no writer's name stands."""
    key = name.strip().casefold()
    return any(
        len(text) > 60 and text.casefold().startswith(key) and text[len(key) : len(key) + 1] == ","
        for text in (boilerplate.plain(u).strip() for u in below)
    )


# "Über den Autor", "Autorin:", "vom Autor", "about the author": a label beside a bare name
_AUTHOR_LABEL = compile_later(
    r"\b(?:autor(?:in)?|author|auteur|autore|autora|redakteur(?:in)?|verfasser(?:in)?)\b", re.I
)
# the label alone over the cards of a story's several authors ("Autoren", "Authors", "Auteurs", "Авторы"); a
# menu's entry has the same word, under another entry, so only the line right under it is its card
_CARDS_LABEL = compile_later(r"^(?:autor(?:inn)?en|authors|auteurs|autori|autores|авторы)\s*:?$", re.I)


def _author_box(units: list[str], span: storyspan.Span) -> tuple[str, ...]:
    """A name the page gives its author away from the byline's place, after the story first:
    an author box ("Jane Roe" over "Jane Roe writes about …"), or a name beside an author label."""
    order = list(range(span.end, len(units))) + list(range(span.end - 1, span.start, -1)) + list(range(span.title))
    told = " ".join(units[span.start : span.end])
    for i in order:
        text = boilerplate.plain(units[i]).strip()
        # the box's heading: "About Jane Roe" over "Jane Roe writes …"; a box about whom the story itself
        # names is about its subject (the company a press release is about), not its writer
        about = writerboxes.ABOUT.match(text) if i >= span.end else None
        text = about.group("name") if about and about.group("name") not in told else text
        long = authorlabels.LONG_AUTHOR_LABEL.match(
            text
        )  # "Author of the first version: Jane Roe", in a footer the story ran into
        names = parse_byline(text[long.end() if long else 0 :]) if len(text.split()) <= 5 or long else ()
        if len(names) != 1:
            continue
        nxt = boilerplate.plain(units[i + 1]).strip() if i + 1 < len(units) else ""
        prev = boilerplate.plain(units[i - 1]).strip() if i > 0 else ""
        bio = nxt.startswith(names[0] + " ") and len(nxt.split()) >= 8
        # or "About Jane Roe" over "I'm Jane, …": the box's heading, then its owner's greeting by the first name
        intro = _SELF_INTRO.search(nxt) if about else None
        bio = bio or bool(intro and intro.group("name") == names[0].split()[0])
        # or "About Jane Roe" over a few sentences on her that go on without the name ("Engineer, father of two.
        # Writes here since 2016 …"): the heading names the card's writer, the card need not name her again
        bio = bio or bool(
            about
            and text == about.group("name") == names[0]  # (a name the story tells is whom it is about: `told`)
            and writerboxes.BIO_MIN_WORDS <= len(nxt.split()) <= writerboxes.BIO_MAX_WORDS
            and not parse_byline(nxt)
        )
        # a label beside the name, or on the name's own line ("Autor: Jane Roe"); a label line that
        # names someone itself ("Autor Jane Roe" under "Nächster Beitrag") labels no neighbour
        own_label = bool(_AUTHOR_LABEL.match(text)) and bool(parse_byline(text, bare=False))
        labelled = own_label or any(
            len(x.split()) <= 8 and _AUTHOR_LABEL.search(x) and not parse_byline(x, bare=False) for x in (prev, nxt)
        )
        if bio or long or labelled and not span.start <= i < span.end:
            return names
        if i - 1 >= span.end and _CARDS_LABEL.match(prev):
            return _cards(units, i)
    return ()


_MAX_CARDS = 4


def _cards(units: list[str], first: int) -> tuple[str, ...]:
    """The names of the author cards under their label, one a line, from the first card's line on."""
    names: list[str] = []
    for unit in units[first : first + _MAX_CARDS]:
        card = parse_byline(boilerplate.plain(unit).strip()) if len(unit.split()) <= 5 else ()
        if len(card) != 1:
            break
        names.append(card[0])
    return tuple(names)


# "© 2017 Jane Roe", "Copyright Jane Roe | Impressum": the holder the notice names, up to a bar, a
# full stop or the notice's "all rights reserved" words
_COPYRIGHT_HOLDER = compile_later(
    r"(?:©|\(c\)|\bcopyright\b)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?"
    r"(?P<holder>[^|©·•\d]{3,60}?)\s*(?:\d{4}\s*)?(?:[|·•.]|$)",
    re.I,
)
_TOP_LINES = 3
_SELF_INTRO = compile_later(
    r"(?:^|[,.!]\s+)(?:i'?m|i\s+am|ich\s+bin|je\s+suis|soy|sono|sou(?:\s+[oa])?|ik\s+ben|меня\s+зовут|я)\s+"
    r"(?P<name>(?-i:[A-ZÀ-ÞА-Я])[^\W\d_]+)[.,!]",
    re.I,
)


def site_owner(units: list[str], span: storyspan.Span) -> tuple[str, ...]:
    """The person a one-person site is: the copyright notice names one person, and the site's name
    over everything else carries that name ("jane roe photography" at the top, "© Jane Roe" at the
    foot). Who owns such a site writes its pages. A person named by a notice alone is as often a
    picture's photographer, and a company's notice names no person, so both marks are needed."""
    top = [
        boilerplate.plain(units[i]).strip().casefold()
        for i in range(min(_TOP_LINES, len(units)))
        if i != span.title and len(units[i].split()) <= 6
    ]
    # or the site's owner greets its readers by the first name under the post ("Hi, I'm Jane. I write …")
    greeted = {m.group("name").casefold() for u in units[span.end :] if (m := _SELF_INTRO.search(u))}
    if not top and not greeted:
        return ()
    for unit in units:
        for m in _COPYRIGHT_HOLDER.finditer(boilerplate.plain(unit)):
            holder = m.group("holder").strip(" ,-–")
            names = () if ORGANISATION.search(holder) else parse_byline(holder)
            known = len(names) == 1 and names[0].split()[0].casefold() in greeted
            if known or len(names) == 1 and any(names[0].casefold() in line for line in top):
                return names
    return ()


# "Jane Roe says:", "Jane Roe sagt:": the line over each comment in a blog's comments, in the eight languages
_COMMENT_HEAD = compile_later(
    r"^(?P<name>[^\W\d_][\w .'’-]{1,40}?)\s+(?:says|sagt|schreibt|dit|dice|diz|zegt|scrive|говорит)\s*:$", re.I
)
_MIN_ANSWERS = 3


def _answering_commenter(units: list[str], span: storyspan.Span) -> tuple[str, ...]:
    """The writer of a blog post that prints no byline, as its comments show: a blog's author answers
    the readers under the post, so one name heads a third or more of the comments (three at least),
    more than any reader's. A reader who comments as often is rare in a blog's thread; a count of two
    is a conversation, not an author answering."""
    heads = [m.group("name").strip() for u in units[span.end :] if (m := _COMMENT_HEAD.match(u.strip()))]
    counts: dict[str, int] = {}
    for name in heads:
        counts[name] = counts.get(name, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: kv[1], reverse=True)
    if not ranked or ranked[0][1] < _MIN_ANSWERS or ranked[0][1] * 3 < len(heads):
        return ()
    if len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return ()
    names = parse_byline(ranked[0][0])
    return names if len(names) == 1 else ()
