"""The boxes a page sets inside or under a copied story, once its span is found.

A copied page keeps a box's lines but loses its frame, so each box reads as a few short lines
between the story's paragraphs. What gives each away is a label or a line shape the story's own
text never has:

- an advertisement under its label ("Anzeige", "Sponsored", "Publicidad" on its own line): the
  label alone goes with the boilerplate pass, but the ad's copy under it is a short pitch (a
  price, an exclamation, a dash before the call to act) or a short title with such a pitch under
  it. A long paragraph under a bare label is the story's: the ad itself was a picture;
- the label glued to the copy in capitals ("SPONSORED Fast mapping – …"): one line, the ad's;
- a box of other stories' titles or of dated events inside the story ("Top stories", "Most read",
  "Termine", "What's on" and a few lines without a sentence's end), when the story's paragraphs go
  on under it: the titles go, and the last one stays when a paragraph follows it (the story's
  subheading, which a copied page prints right under the box), unless it is a dated entry;
- a teaser line that asks and then commands, with no full stop at its end ("Quiz: how well do you
  know …? Play now"), or an offer's label before a price ("Special offer: 1 € …"): the story's
  sentences end with their mark, its subheadings are one phrase;
- the link to the blog's previous and next post, a link under a shouted label ("MORE: …"), a button with
  its arrow ("Sign up free »");
- under the story, the author's name (a role after it) over a short bio: the box on its writer.
"""

from __future__ import annotations

import re

from briefkit.importer import (
    adlabels,
    authornotes,
    boilerplate,
    channelboxes,
    inlineboxes,
    pagewords,
    readerboxes,
    sharerows,
    showall,
    signups,
    supportboxes,
    teaserlines,
)
from briefkit.importer.blocktext import SENTENCE_END
from briefkit.importer.bylinebios import is_byline_bio
from briefkit.importer.lazyre import compile_later
from briefkit.importer.opinionnotes import without_closing_note

# an advertisement's or sponsor's label, alone on its line, in each language (`adlabels`)
_CONTENT = (
    r"(?:\s+(?:content|contents|stories|links|inhalte?|contenus?|contenidos?|contenuti|conteúdos?|inhoud|материалы))?"
)
_AD_LABEL = compile_later(
    rf"^(?:(?:contenus?|contenidos?|contenuti|conteúdos?|gesponserte|paid|partner)\s+)?(?:{adlabels.words()}){_CONTENT}\s*:?$",
    re.I,
)
# the label in capitals glued to the ad's line: "SPONSORED Fast mapping – …", "ANZEIGE Jetzt …"
_SHOUTED_AD = compile_later(rf"^(?:{adlabels.shouted_words()})\s+(?=[A-ZÀ-ÞА-Я0-9])")
# the label glued to the ad's line in ordinary case: only with a pitch's price or dash in the line
_TITLED_AD = compile_later(rf"^(?:{adlabels.titled_words()})\s+(?=[A-ZÀ-ÞА-Я0-9])")
AD_LINE_WORDS = 30
# what a pitch has that the story's sentences seldom have: an exclamation, a price, a share, a dash before
# the call to act
_PITCH = compile_later(r"!|[€$£¥₽]|\d\s?%|\s[–—]\s")
PITCH_WORDS = 20
TITLE_WORDS = 10

# a label over a box of other stories or of coming events, not already among the page's end markers
_BOX_WORDS = (
    r"top[\s-]?(?:themen|stories|news|nachrichten|artikel)|à\s+la\s+une|trending(?:\s+now)?|tendances|"
    r"(?:en\s+)?tendencia|di\s+tendenza|em\s+alta|populair|популярное|"
    r"termine|veranstaltungen|veranstaltungstipps|what['’]s\s+on|(?:upcoming\s+)?events|agenda|kalender|calendar|"
    r"rendez-vous|sorties|eventos|appuntamenti|eventi|evenementen|uitagenda|афиша|"
    r"(?:meist|most|más|les\s+plus|più|mais|meest)\s+\w+"
)
_BOX_LABEL = compile_later(
    rf"^(?:{_BOX_WORDS})(?:\s+(?:in|im|am|on|at|en|à|a|di|em|op|bei|de|du|в)\s+(?:(?![.!?](?:\s|$)).){{1,40}})?\s*:?$",
    re.I,
)
LABEL_WORDS = 6
BOX_ENTRIES = 6
MARKED_ENTRIES = 3
ENTRY_WORDS = 16
JOINED_WORDS = 40  # a row of titles copied as one line: long, yet no sentence's mark anywhere in it
PARAGRAPH_WORDS = 15
# a dated entry of a calendar ("16.05. Flea market", "3/14 Choir") is never the story's subheading
_DATED = compile_later(r"^\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?\.?\s")

# a line of a question, then a call to act with no mark of its end: a teaser's ("… do you know them? Play now")
_ASK_THEN_CALL = compile_later(r"\?\s+(?P<call>[A-ZÀ-ÞА-Я][^.!?…:@\d\t]*)$")
# the call's first word, in each listed language: "now", "click", "read on", "play", "tell us", "find out"
_CALL_WORD = compile_later(
    r"^(?:jetzt|now|click|klick(?:en|e)?|play|spiel(?:en)?|mit(?:machen|raten|spielen|reden)|weiterlesen|read|lesen|"
    r"check|find\s+out|tell\s+us|take\s+(?:the|our)|join|vote|stimmen\s+sie|stimm\s+ab|testen\s+sie|"
    r"sagen\s+sie|sag\s+uns|schreiben\s+sie|schreib\s+uns|lire|jouez|découvrez|participez|cliquez|dites|votez|"
    r"leggi|gioca|scopri|partecipa|clicca|dicci|vota|lee|juega|descubre|participa|haz|cuéntanos|leia|jogue|"
    r"descubra|participe|clique|conte-nos|laat|lees|speel|doe\s+mee|ontdek|klik|stem|читайте|играйте|узнайте|"
    r"голосуйте|расскажите)\b",
    re.I,
)
# a poll's answers under its question, nothing else ("Yes No", "Sí No Votar")
_ANSWERS = compile_later(
    r"^(?:(?:ja|nein|yes|no|oui|non|sí|si|sim|não|nee|да|нет|vote|votar|votez|abstimmen|stem|голосовать)"
    r"\s*){2,4}$",
    re.I,
)
CALL_WORDS = 8
# a contest's call under its short label, exclaimed ("Quiz: Play now and win a ticket!")
_LABELLED_CALL = compile_later(r"^[^\s:]+(?:\s[^\s:]+)?\s?:\s+(?P<call>[^:]+!)$")
ASK_WORDS = 3  # a poll's question over its answers: a few words at least
TEASER_LEAST = 10
TEASER_MOST = 20
# "Special offer: 1 € the first month …": a price for a time of reading, no sentence's end
_OFFER = compile_later(r"(?:[€$£₽]\s?\d|\d\s?[€$£₽]).*\b(?:month|monat|mois|mes|mese|mês|maand|месяц)", re.I)
OFFER_WORDS = 20

# the blog's links to its neighbouring posts, in each listed language
_POST_NAV = compile_later(
    r"^[«‹←<\s]*(?:previous|next|older|newer)\s+(?:post|article|entry|story)|^[«‹←<\s]*(?:vorheriger|nächster|"
    r"älterer|neuerer)\s+(?:beitrag|artikel|eintrag)|^[«‹←<\s]*(?:article|billet)\s+(?:précédent|suivant)|"
    r"^[«‹←<\s]*(?:entrada|art[ií]culo|artigo|post)\s+(?:anterior|siguiente|seguinte)|"
    r"^[«‹←<\s]*(?:articolo|post)\s+(?:precedente|successivo)|^[«‹←<\s]*(?:vorig|volgend)e?\s+(?:bericht|artikel)|"
    r"^[«‹←<\s]*(?:предыдущая|следующая)\s+(?:запись|статья)",
    re.I,
)
NAV_WORDS = 30
# a link to another story under a short label: "MORE: …", "More from the Herald: …" (the shouted label alone,
# in each listed language; "more from" names the site)
_LINKED = compile_later(
    r"^(?:(?-i:MORE|ALSO|PLUS|SEE\s+ALSO|MEHR|AUCH|AUSSI|MÁS|TAMBIÉN|ANCHE|MAIS|TAMBÉM|OOK|ЕЩЁ|ЕЩЕ|ТАКЖЕ)|"
    r"more\s+from\s+(?:\S+\s+){0,3}?\S+|mehr\s+von\s+(?:\S+\s+){0,3}?\S+)\s?:\s+\S",
    re.I,
)
LINK_WORDS = 24
# a button: a few words, then the arrow that points on ("Sign up free »", "Next ›"); a quote's closing
# guillemet has its opening one before it
_BUTTON = compile_later(r"^[^«‹]+\s(?:»|›|→|>>)$")
BUTTON_WORDS = 5
# a small letter run into a capital: where two buttons' labels meet when a page's row is copied
_GLUED = compile_later(r"(?<=[a-zà-öø-ÿ])(?=[A-ZÀ-ÖØ-Þ])")
GLUED_WORDS = 10

# the box on the author under the story: a few words of role after the name, a bio of a few lines
ROLE_WORDS = 4
BIO_LINES = 2
BIO_WORDS = 60
# what a bio says of its writer: the trade, or that they write or report (a story's paragraph under a name
# that only opens with the name is no bio: it speaks of someone else)
_WRITER = compile_later(
    r"\b(?:\w*redakteur\w*|redaktor\w*|\w*editor\w*|journalist\w*|reporter\w*|\w*korrespondent\w*|"
    r"correspondent\w*|autor\w*|author|writer|columnist|kolumnist\w*|schreibt|writes|wrote|reports?|reported|"
    r"covers|écrit|rédact\w*|journaliste|chroniqueu\w*|escribe|redactor\w*|periodista|corresponsal|scrive|"
    r"redattor\w*|giornalista|escreve|redator\w*|jornalista|schrijft|redacteur|verslaggever|пишет|журналист\w*|"
    r"корреспондент\w*|редактор\w*)\b",
    re.I,
)


def _text(unit: str) -> str:
    return boilerplate.plain(unit).strip()


def _count(unit: str) -> int:
    return len(boilerplate.words(_text(unit)))


def _pitch(unit: str) -> bool:
    """An ad's copy: short, with an exclamation, a price or a dash before its call to act, or a short
    line with no sentence's end (another title)."""
    text, n = _text(unit), _count(unit)
    return 0 < n <= PITCH_WORDS and (_PITCH.search(text) is not None or not text.endswith(SENTENCE_END))


def _ad_copy(lines: list[str], i: int) -> int:
    """How many lines under the bare ad label at `i` are the ad's: a pitch, a short title over one, or
    a line with no sentence's end over the page's furniture (the ad's title; over a paragraph it is
    the story's subheading, the ad itself a picture that was not copied)."""
    nxt = lines[i + 1] if i + 1 < len(lines) else ""
    text = _text(nxt)
    titled = 0 < _count(nxt) <= TITLE_WORDS and not text.endswith(SENTENCE_END)
    if titled and i + 2 < len(lines) and _pitch(lines[i + 2]) and _PITCH.search(_text(lines[i + 2])):
        return 2
    if _pitch(nxt) and _PITCH.search(text):
        return 1
    over = lines[i + 2] if i + 2 < len(lines) else ""
    return 1 if _pitch(nxt) and not text.endswith(SENTENCE_END) and not _paragraph(over) else 0


def _entry(unit: str) -> bool:
    """Another story's title or an event's line: no sentence's end; a long one has no mark at all."""
    text, n = _text(unit), _count(unit)
    if not 0 < n <= JOINED_WORDS or text.endswith(SENTENCE_END) or "@" in text:
        return False
    return n <= ENTRY_WORDS or not re.search(r"[.!?]", text)


def _paragraph(unit: str) -> bool:
    text = _text(unit)
    return _count(unit) >= PARAGRAPH_WORDS and text.endswith(SENTENCE_END)


def _box_label(unit: str) -> bool:
    text = _text(unit)
    return _count(unit) <= LABEL_WORDS and bool(
        _BOX_LABEL.match(text) or _AD_LABEL.match(text) or pagewords.END_MARKER.match(text)
    )


def _box_entries(lines: list[str], i: int) -> list[int]:
    """The titles of the box that the label at `i` heads inside the story (none when the story does
    not go on under them): its paragraphs stand above the label and right under the titles.

    Under a label that also ends a page's story ("Most read", "More on this") the boilerplate pass
    weighs the box (`inlineboxes`) and a short one (a title and its writer's name, an author's box
    over a bio); here only three or more titles with no control among them, where that pass finds
    no box (the story's list or its subheading under the titles)."""
    if not any(_paragraph(u) for u in lines[:i]):
        return []
    j = i + 1
    while j < len(lines) and j - i <= BOX_ENTRIES + 1 and _entry(lines[j]):
        j += 1
    entries = list(range(i + 1, j))
    if len(entries) < 2 or j >= len(lines) or not _paragraph(lines[j]):
        return []
    if boilerplate.is_box_label(_text(lines[i])) and (
        len(entries) < MARKED_ENTRIES
        or any(boilerplate.is_interface_line(lines[k]) for k in entries)
        or inlineboxes.box_end(lines, [False] * len(lines), i, boilerplate.is_box_label) is not None
    ):
        return []
    if not _DATED.match(_text(lines[entries[-1]])):
        entries.pop()  # the story's subheading over its next paragraph
    return entries


def _teaser(unit: str) -> bool:
    """A teaser's line: a question or claim, then a call to act with no full stop; or an offer's price."""
    text, n = _text(unit), _count(unit)
    if "\n" in text or "\t" in text:
        return False
    labelled = _LABELLED_CALL.match(text) if n <= TEASER_MOST else None
    if labelled and _CALL_WORD.match(labelled.group("call")):
        return True
    if text.endswith((*SENTENCE_END, "…")):
        return False
    call = _ASK_THEN_CALL.search(text)
    if call and _ANSWERS.match(call.group("call").strip()) and ASK_WORDS <= n <= TEASER_MOST:
        return True
    if call and TEASER_LEAST <= n <= TEASER_MOST and len(call.group("call").split()) <= CALL_WORDS:
        return bool(_CALL_WORD.match(call.group("call")) or _ANSWERS.match(call.group("call").strip()))
    return bool(_OFFER.search(text)) and n <= OFFER_WORDS


def _link_line(unit: str) -> bool:
    """A link to another story under its label, a button with its arrow, or a row of buttons copied with
    no space between them ("Jump to recipePrint recipe"): not a sentence of the story."""
    text, n = _text(unit), _count(unit)
    linked = _LINKED.match(text) is not None and n <= LINK_WORDS and not text.endswith((".", "!", "?"))
    glued = _GLUED.split(text) if n <= GLUED_WORDS else []
    buttons = len(glued) >= 2 and all(boilerplate.is_interface_line(part) for part in glued)
    return linked or buttons or (_BUTTON.match(text) is not None and 0 < n <= BUTTON_WORDS)


def without_asides(lines: list[str]) -> list[str]:
    """The story's lines less the boxes set into it (see the module's note), then less a service box
    closed by its link to the whole list (`showall`), a messenger channel's box (`channelboxes`) and the
    sign-up boxes with their form's button (`signups`)."""
    drop: set[int] = set()
    for i, unit in enumerate(lines):
        text = _text(unit)
        if _AD_LABEL.match(text):
            drop.update(range(i, i + 1 + _ad_copy(lines, i)))
        entries = _box_entries(lines, i) if _box_label(unit) else []
        drop.update([i, *entries] if entries else [])  # the label with its box: the story goes on under it
        titled_ad = _TITLED_AD.match(text) is not None and _PITCH.search(text) is not None
        teaser = i > 0 and (_teaser(unit) or teaserlines.is_read_now_teaser(text))  # `teaserlines`
        teaser = teaser or sharerows.is_share_row(text)  # and a row of share buttons: `sharerows`
        if ((_SHOUTED_AD.match(text) or titled_ad) and _count(unit) <= AD_LINE_WORDS) or teaser:
            drop.add(i)
        if _POST_NAV.match(text) and _count(unit) <= NAV_WORDS:
            drop.add(i)
        if _link_line(unit) or (pagewords.spaced_read_also(text) and i + 1 < len(lines) and _paragraph(lines[i + 1])):
            drop.add(i)  # a read-also link set into the story: the story goes on under it
    kept = readerboxes.without_reader_boxes([u for k, u in enumerate(lines) if k not in drop])
    return signups.without_buttoned_boxes(channelboxes.without_channel_boxes(showall.without_listed_boxes(kept)))


def _bio_box(body: list[str], authors: tuple[str, ...]) -> int | None:
    """Where the box on the author starts among the story's last lines: a line that is a byline's name
    with at most a role after it, then one or two lines of bio, short, to the end."""
    for i in range(max(1, len(body) - BIO_LINES - 1), len(body) - 1):
        text = _text(body[i])
        named = next((a for a in authors if len(a) > 3 and text.startswith(a)), None)
        if named is None or text.endswith(SENTENCE_END):
            continue
        if _count(text[len(named) :]) > ROLE_WORDS or sum(_count(u) for u in body[i + 1 :]) > BIO_WORDS:
            continue
        bio = " ".join(_text(u) for u in body[i + 1 :])
        if _WRITER.search(text[len(named) :] + " " + bio) or bio.startswith(tuple(named.split())):
            return i
    return None


def _bio_line(unit: str, authors: tuple[str, ...]) -> bool:
    """The story's last line as its writer's bio: it opens with a byline's first or last name and says
    what the writer does ("Jane has covered courts since …"), in few words."""
    text = _text(unit)
    parts = {p for a in authors for p in a.split() if len(p) > 2}
    first = text.split(" ", 1)[0]
    return first in parts and _count(unit) <= BIO_WORDS and _WRITER.search(text) is not None


def without_boxes(kept: list[str], authors: tuple[str, ...]) -> tuple[list[str], list[str]]:
    """The story less the boxes under or in it that hold no story (sign-up, support, the author's);
    with the lines of the sign-up and support boxes, which may name the publisher."""
    kept, boxed = signups.without_signup_boxes(kept)
    kept, gifts = supportboxes.without_support_boxes(kept)
    body = authornotes.without_author_box(kept, authors)
    bio = _bio_box(body, authors) if authors and len(body) >= 4 else None
    if bio is None and len(body) >= 4 and (_bio_line(body[-1], authors) or is_byline_bio(_text(body[-1]), authors)):
        bio = len(body) - 1
    last = _text(body[-1]) if bio is None and len(body) >= 4 else ""
    if last and readerboxes.is_unnamed_bio(last, _WRITER.search(last) is not None):
        bio = len(body) - 1
    body = without_closing_note(body if bio is None else body[:bio], _text)  # "views not necessarily the editors'"
    if len(body) >= 4 and readerboxes.is_nameless_bio(_text(body[-1])):  # the box over the one cut
        body = body[:-1]
    return body, boxed + gifts
