"""Writers a copied page names where the story ends rather than under its headline.

Local papers and blogs often print no "By" line at all: the writer's name stands alone on the line
after the last paragraph, as a letter is signed, or a box "About the author" under the story opens
its first sentence with the writer's name ("Jane Roe is a lawyer and writes …"). The rules read the
shape of those lines (a name and nothing else, between the story's last sentence and the page's short
lines; a bio's opening words before its verb), never a publisher's wording.
"""

from __future__ import annotations

import re

from briefkit.importer import boilerplate, closingrows, sharerows, storyspan, worldcredits
from briefkit.importer.bylinecards import is_post
from briefkit.importer.bylines import TITLE_BEFORE_NAME, is_agency_byline, looks_like_name, parse_byline
from briefkit.importer.creditwords import WIRE_INITIALS
from briefkit.importer.dates import find_date
from briefkit.importer.inlinebylines import find_byline
from briefkit.importer.lazyre import compile_later

# the story's last paragraph is a paragraph: a sentence of some length that ends as one
_LAST_PARAGRAPH_WORDS = 12
_SENTENCE_ENDS = (".", "!", "?", "…", '"', "\u201c", "\u201d", "\u00bb", "\u00ab")
# the line under a signature is the page's again: a share row, a heading, a button, not a paragraph
_FURNITURE_WORDS = 10


# a letter's closing over the signature, in the eight languages: a mayor's or a chair's letter in a
# newsletter signs "Ihr / Jane Roe / Bürgermeisterin", "Yours sincerely / Jane Roe"
VALEDICTION = compile_later(
    r"^(?:ihr|ihre|euer|eure|yours(?:\s+(?:sincerely|truly|faithfully))?|sincerely|best\s+wishes|kind\s+regards|"
    r"mit\s+freundlichen\s+grüßen|herzliche?\s+grüße|viele\s+grüße|cordialement|bien\s+(?:à\s+vous|cordialement)|"
    r"votre|atentamente|un\s+saludo|cordiali\s+saluti|cordialmente|atenciosamente|"
    r"met\s+vriendelijke\s+groet(?:en)?|hartelijke\s+groet(?:en)?|с\s+уважением)\s*[,.]?$",
    re.I,
)


def name_under_story(units: list[str], span: storyspan.Span) -> tuple[str, ...]:
    """A name alone on its line in the story (whose end the page's own prose may hide), right under a
    paragraph of sentences and over a short line of the page's (or nothing): the writer signing the
    story. The name must not be one the story spoke of: a person the story is about is its subject."""
    for i in range(span.start + 2, min(len(units), span.end + 4)):
        text = boilerplate.plain(units[i]).strip()
        # the story's closing row of share buttons and its tags' line sit between it and the writer's card
        above = closingrows.rows_above(units, i, span.start)
        # (or signed with a dash, "— Jane Roe", which no heading or caption opens with: the story's end
        # may be cut a paragraph short, the signature under its last paragraph is still one)
        dashed = _SIGNATURE_DASH.match(text) is not None
        closing = VALEDICTION.match(boilerplate.plain(units[i - 1]).strip())
        if i > span.end and not closing and above == i and not dashed:
            break  # (past the story's end only under a letter's closing or the closing rows)
        names = () if sharerows.is_share_row(text) else _signing_names(text)  # "Facebook X WhatsApp E-mail"
        if not names or find_byline(text):
            continue  # (a line with its keyword, "Erstellt von Jane Roe", is a signed byline: read as one)
        prev = boilerplate.plain(units[above - 1]).strip()
        if VALEDICTION.match(prev) and above - 2 > span.start:  # "Ihr" over the name: a letter's closing
            prev = boilerplate.plain(units[above - 2]).strip()
        if len(boilerplate.words(prev)) < _LAST_PARAGRAPH_WORDS or not prev.endswith(_SENTENCE_ENDS):
            continue
        nxt = boilerplate.plain(units[i + 1]).strip() if i + 1 < len(units) else ""
        goes_on = len(boilerplate.words(nxt)) > _FURNITURE_WORDS or nxt.endswith(_SENTENCE_ENDS)
        # (nor a post's footer of parts, its date first: "3 May 2022 · 40 notes · #tag #tag")
        goes_on = goes_on and not (_FOOTER_PARTS.search(nxt) and find_date(nxt) is not None)
        if above == i and goes_on and not _TERMS_LINE.match(nxt):  # (not the story's tags: "Keywords: …")
            continue  # the story goes on under it: a heading or a caption, not a signature (a card's bio may)
        # (the story's own byline, "Par Jane Roe … Publié le …" in the span's first lines, tells no one)
        told = " ".join(
            _without_picture_credit(u) for u in units[span.start : i] if not find_byline(boilerplate.plain(u))
        )
        told = told.casefold()
        # (a word of the story opening with a part of the name: "Roe's", "Roeová"; not a word holding it, "Anh" in
        # "nhanh": the parts of a name in a language of short syllables are inside many words)
        told_words = set(re.findall(r"[\w'’-]+", told))
        if any(_syllable_name(name) for name in names):
            # a Vietnamese name's syllables are words of the language too ("Minh" in "chứng minh"): the story
            # speaks of the person by the given name, the last, capitalised as a word of its own
            if any(
                re.search(
                    rf"(?<!\w){re.escape(name.split()[-1])}(?!\w)",
                    " ".join(_without_picture_credit(u) for u in units[span.start : i]),
                )
                for name in names
            ):
                continue
            return names
        if any(
            len(part) > 2 and any(w.startswith(part.casefold()) for w in told_words)
            for name in names
            for part in name.split()
        ):
            continue
        return names
    return ()


def _without_picture_credit(unit: str) -> str:
    """A line of the story without the credit closing its caption ("… Ảnh: Jane Roe"): the writer who took
    the pictures too is credited there, which is not the story speaking of the writer."""
    split = worldcredits.split_world_credit(boilerplate.plain(unit))
    return split[0] if split else unit


# a name closed by an e-mail address or by a comma and a short agency's mark ("STA", "dpa"), or by the
# word "with" and the agency whose copy the writer worked in ("Jane Roe avec ATS", "Jane Roe mit dpa"), in the
# eight languages
_ADDRESS_OR_WIRE = compile_later(
    r"^(?P<name>[^,@]{3,60}?)(?:\s+\S+@[\w.-]+\.\w+|(?:,\s*|\s+(?:with|mit|avec|con|com|met|с)\s+)(?P<wire>[\w/]{2,12}))$"
)
# how many words a line of writers signing the story together may hold, with their place and post
_SIGNERS_WORDS = 12


# the letters only Vietnamese writes among the Latin scripts (a vowel with its tone and its shape's marks, "đ")
_VIETNAMESE = compile_later(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.IGNORECASE)
# the story's tags under it: a label of one or two words and its colon, then terms, no sentence ("Từ khóa: …")
_TERMS_LINE = compile_later(r"^[^\W\d_]{2,20}(?:\s[^\W\d_]{2,20})?\s*:\s+[^.!?:]{1,120}$")


# a footer's parts, parted by a middle dot, a bullet or a bar with spaces around it
_FOOTER_PARTS = compile_later(r"\s[\u00b7\u2022|]\s")
# the dash before a signature's name: an em or en dash, or two hyphens, then a space
_SIGNATURE_DASH = compile_later(r"^(?:[\u2014\u2013]|--)\s+")


def _syllable_name(name: str) -> bool:
    """A name of one-syllable parts written with Vietnamese letters ("Trần Thị Hoa")."""
    return bool(_VIETNAMESE.search(name)) and all(len(part) <= 7 for part in name.split())


def _signing_names(text: str) -> tuple[str, ...]:
    """The names of a line that is only a name (or a name and its post), or only writers' names joined
    ("Jane Roe and Sam Poe (Lyon, correspondent)": their place and post in brackets), or () when the line
    is something else."""
    # "— Jane Roe": a blog's post signed as a letter is, the name after a dash of its own
    text = _SIGNATURE_DASH.sub("", text, count=1)
    if looks_like_name(text) and parse_byline(text) == (text,):
        return (text,)
    # "Jane Roe jroe@example.com", "Jane Roe, AP": the name with the writer's address or the agency after it
    signed = _ADDRESS_OR_WIRE.match(text)
    if signed and looks_like_name(name := signed.group("name")) and parse_byline(name) == (name,):
        wire = signed.group("wire")
        if wire is None or wire.isupper() or is_agency_byline(wire):
            return (name,)
    # "Jane Roe, special correspondent": the name and the writer's post after its comma
    name, _, post = text.partition(", ")
    if post and is_post(post.rstrip(".")) and looks_like_name(name) and parse_byline(name) == (name,):
        return (name,)
    names = parse_byline(text)
    if len(names) < 2 or len(text.split()) > _SIGNERS_WORDS or not text.startswith(names[0]):
        return ()
    return names if all(n in text and looks_like_name(n) for n in names) else ()


# "About the author", "Über die Autorin", "À propos de l'auteur": a box's heading with no name in it
_ABOUT_AUTHOR = compile_later(
    r"^(?:about\s+the\s+authors?|über\s+(?:den|die)\s+autor(?:in)?|zu[rm]\s+autor(?:in)?|"
    r"(?:à\s+propos\s+de\s+l['’]|sur\s+l['’])auteur(?:e)?|(?:sobre|acerca\s+del?)\s+(?:el\s+|la\s+|o\s+|a\s+)?autor(?:a)?|"
    r"(?:sull['’]|l['’])autore|(?:informazioni\s+)?sull['’]autrice|over\s+de\s+auteur|об\s+авторе)\s*:?$",
    re.I,
)
_NAME_WORDS = 4


def about_author(units: list[str], span: storyspan.Span) -> tuple[str, ...]:
    """The writer an author box under the story names: its heading ("About the author"), then a
    sentence that opens with the name ("Jane Roe is a lawyer …"), read up to the first word that is
    not capitalised."""
    for i in range(span.end - 1, min(len(units) - 1, span.end + _BOX_LINES)):
        if not _ABOUT_AUTHOR.match(boilerplate.plain(units[i]).strip()):
            continue
        bio = TITLE_BEFORE_NAME.sub("", boilerplate.plain(units[i + 1]).strip())
        head: list[str] = []
        for token in bio.split()[: _NAME_WORDS + 1]:
            if not token[:1].isupper():
                break
            head.append(token.rstrip(","))
            if token.endswith(","):
                break  # "Jane Roe, lawyer, …": the name ends at its comma
        for k in range(min(len(head), _NAME_WORDS), 1, -1):
            name = " ".join(head[:k])
            if looks_like_name(name) and len(bio.split()) > k + 2:
                return (name,)
    return ()


_BOX_LINES = 8
# "Written by Jane Roe. Retired planner, writes here since 2014.": the signed byline as a box's first sentence
_SIGNED_SENTENCE = compile_later(r"^(?P<byline>.{5,80}?[^\W\d_]{3})\.\s+(?=[^\W\d_])")
_BIO_WORDS = 60


def signed_bio(units: list[str], span: storyspan.Span) -> tuple[str, ...]:
    """The writer a box under the story signs in its first sentence, a bio after it: "Written by Jane Roe.
    Retired planner, writing here since 2014." A byline with its keyword, then a line or three on the
    writer; a sentence of the story is no such line (its first sentence names no writer with a keyword)."""
    for i in range(span.end, min(len(units), span.end + _BOX_LINES)):
        text = boilerplate.plain(units[i]).strip()
        head = _SIGNED_SENTENCE.match(text)
        if head is None or len(boilerplate.words(text)) > _BIO_WORDS:
            continue
        names = parse_byline(head.group("byline"), bare=False)
        if names and all(looks_like_name(n) for n in names):
            return names
    return ()


# "… sagte er. (FR mit dpa)": a paragraph of the story closing on its desk and the wire it used
_WIRE_SIGNATURE = compile_later(r"\(([^()]{2,60})\)\s*$")
_PROSE_CHARS = 100


def wire_signature(units: list[str], span: storyspan.Span) -> tuple[str, ...]:
    """The desk and its wire that sign a story in brackets at the end of a paragraph ("(FR mit dpa)"),
    as a paper prints a story it built on an agency's report; the one nearest the story's end counts.
    The wires alone in the brackets sign it too ("(APA)", "(dpa/AFP)"), as a paper prints a wire's copy.
    It names no person, so it is the last thing read: any name the page gives its writer beats it."""
    for i in range(min(len(units), span.end + 1) - 1, span.start - 1, -1):
        text = boilerplate.plain(units[i]).strip()
        wire = _WIRE_SIGNATURE.search(text) if len(text) >= _PROSE_CHARS else None
        if wire and (is_agency_byline(wire.group(1)) or _bare_wires(wire.group(1))):
            return (wire.group(1).strip(),)
    return ()


# "(APA)", "(dpa/AFP)", "(AFP, Reuters)": the wires' initials alone in the brackets
_WIRES_ALONE = compile_later(rf"^(?:{WIRE_INITIALS})(?:\s*[/,]\s*(?:{WIRE_INITIALS}))*$", re.I)


def _bare_wires(text: str) -> bool:
    """The wires alone in the brackets, printed as a wire prints its initials: in capitals or small letters
    ("APA", "dpa"), not a capitalised word of the text ("(Ana)", "(Sid)")."""
    text = text.strip()
    return (text.isupper() or text.islower()) and bool(_WIRES_ALONE.match(text))
