"""Bylines printed in a page's own elements: "Von Jane Doe", "Text: Jane Roe | Foto: Sam Poe", a name closing the story.

`htmlevidence` walks the page once and hands each short element here; what reads as a byline
becomes a claim for `authorpick` to weigh. Kept apart from the walk because the ways a page
prints its writer (a label, a dateline's part, a signature under the last paragraph) are many
and each has its own guard against the sentences and teasers that look alike.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import islice
from typing import Any

from briefkit.importer.aboutlabels import ABOUT_AUTHOR
from briefkit.importer.authorlabels import AUTHOR_LABEL, REPORTER_TRADE
from briefkit.importer.bylinedates import dated_first
from briefkit.importer.bylines import SPECIAL_TO, dash_signature, looks_like_name, parse_byline
from briefkit.importer.closingcredits import closing_credit
from briefkit.importer.compiledby import COMPILED_BY, compiled_by
from briefkit.importer.creditdates import credit_dateline
from briefkit.importer.creditlines import credit_lines
from briefkit.importer.credits import (
    CREDIT_LABEL,
    DESK_BESIDE,
    named_other_makers,
    other_credits,
    without_other_credits,
    writer_credit,
)
from briefkit.importer.creditwords import PIECE_CREDIT
from briefkit.importer.dates import find_date, parse_date
from briefkit.importer.elementtext import clean_text, shown_text
from briefkit.importer.inlinebylines import find_byline
from briefkit.importer.lazyre import compile_later
from briefkit.importer.markupmeta import Claim, Evidence
from briefkit.importer.signedroles import signed_with_role
from briefkit.importer.textsigned import signed_in_text, writes
from briefkit.importer.wirecredits import dateline_agency, source_claims
from briefkit.importer.worldbylines import BY_WORDS

# "Written by", "Verfasst von", "Autor", "Texte :" — a label whose value is the author
# "Von Jane Doe", "Text: Jane Doe", "Par Jean Dupont": a short line that opens with a byline word
_BYLINE_TEXT = compile_later(
    r"^(?:written by|verfasst von|geschrieben von|erstellt von|eingestellt von|gepostet von|von|by|par|por|di|door|"
    r"text|texte|autor(?:in|en|innen)?|authors?|auteurs?|autor[ei]|autores|verfasser(?:in)?|escrito por|"
    r"publicado por|publié par|scritto da|hosted by|report by|reported by|reporting by|"
    r"(?:bericht|crónica|cronaca|crônica|chronique|verslag|репортаж)(?=\s*[:：])|"
    # the reporter's trade as the label, only with its colon: "Reporter: Jane Roe", "Periodista: …"
    rf"(?:{REPORTER_TRADE})(?=\s*[:：])|(?:words|story)\s+by|"
    # a broadcast piece's reporter ("Un sujet de", "Servizio di", "Сюжет:"), a correspondent, a research team
    # (`creditwords`) and a paper's own staff ("Von unserem Redakteur", "De notre correspondant"): see
    # `authorlabels.KEYWORD_BYLINE` and `authorlabels.OUR_REPORTER`
    rf"{PIECE_CREDIT}|"
    r"(?:von|from|de|dal|dalla|do|del|van|от)\s+(?:unser(?:em|er)|our|notre|nostr[oa]|nuestr[oa]|noss[oa]|onze|"
    r"наш(?:его|ей))\s+\S+|"
    # the labels of a story's credits line in the other languages: "Texto:", "Tekst:", "Текст:", "Автор:"
    r"texto|testo|tekst|текст|автор|"
    # the byline words of the languages beyond the eight ("Piše:", "Yazar:", "Af", "Oleh"): `worldbylines`
    rf"{BY_WORDS}|"
    r"geschreven door)\s*[:：]?\s+\S",
    re.IGNORECASE,
)
BYLINE_START = compile_later(_BYLINE_TEXT.pattern.removesuffix(r"\s*[:：]?\s+\S") + r"\b", re.IGNORECASE)

# an author box, a comment's author or a list of the site's authors: not this article's byline
COMMENTS = compile_later(
    r"comment|kommentar|commentaire|comentario|commento|reactie|replies|disqus|forum-post|user-post",
    re.IGNORECASE,
)


def in_comments(el: Any) -> bool:
    """Whether the element stands inside a comment thread (an ancestor named for one).

    A box that holds the page's headline is the story's own, whatever its class says: an opinion
    piece is a "comment" ("publication--comment", "article-kommentar"), and its dateline is the story's.
    """
    return any(
        COMMENTS.search(f"{a.get('class') or ''} {a.get('id') or ''}") and not _holds_headline(a)
        for a in el.iterancestors()
        if a.tag not in ("html", "body")
    )


@lru_cache(maxsize=16)  # a few boxes per page; each key keeps its page alive until it is pushed out
def _holds_headline(box: Any) -> bool:
    """Whether a box holds an h1: asked once per box, not once per element of a long thread inside it."""
    return box.find(".//h1") is not None


def in_teaser_link(el: Any) -> bool:
    """Whether the element sits inside a link that also holds a heading or a picture: a teaser card.

    Sidebars and "more stories" rails wrap each card (picture, headline, "By Jane Roe") in one link
    to the other story; the byline in it names that story's writer, never this page's.
    """
    link = next(el.iterancestors("a"), None)
    return link is not None and bool(link.get("href")) and next(link.iter(*_CARD_PARTS), None) is not None


_CARD_PARTS = ("h2", "h3", "h4", "h5", "h6", "img", "picture")


def _teaser_byline(el: Any, order: int, ev: Evidence) -> None:
    """A teaser's "By Jane Roe": kept apart, a last resort for a page that names nobody (a section's page)."""
    text = shown_text(el)
    if 4 <= len(text) <= 90 and _BYLINE_TEXT.match(text):
        ev.authors.append(Claim(text, "teaser-byline", order))


_ROW_PARTS = ("span", "time", "a", "small", "em", "b", "strong")


def _meta_row(el: Any, order: int, ev: Evidence) -> bool:
    """ "<span>Jane Roe</span> <span>Dec 2, 2026</span> <span>♡ 48</span>": a row of the post's details under its
    headline, the writer's name beside its date, each in an element of its own and nothing else around them."""
    parts = [c for c in el if isinstance(c.tag, str)]
    if not 2 <= len(parts) <= 6 or any(c.tag not in _ROW_PARTS for c in parts) or (el.text or "").strip():
        return False
    above = islice((s for s in el.itersiblings(preceding=True) if isinstance(s.tag, str)), 2)
    if not any(s.tag == "h1" for s in above):  # the row under the headline (and its subtitle), not a teaser's
        return False
    texts = [clean_text(c.text_content()) for c in parts]
    # (two writers joined by "and" in one part: "Jane Roe and Sam Poe", "Jane Roe e Sam Poe")
    names = [t for t in texts if 2 <= len(t.split()) <= 4 and looks_like_name(t) or _joined_names(t)]
    if len(names) != 1 or not any(parse_date(t) is not None for t in texts):
        return False
    ev.authors.append(Claim(names[0], "byline-part", order))
    return True


_AND_WORD = compile_later(r"\s(?:and|und|et|y|e|en|и|&)\s")


def _joined_names(text: str) -> bool:
    """Names and the word that joins the last two, nothing else: "Jane Roe and Sam Poe", "Jane Roe, Sam Poe
    and Ann Poe" (the writers of one post)."""
    if len(text) > 100 or len(_AND_WORD.findall(text)) != 1:
        return False
    return all(2 <= len(n.split()) <= 4 and looks_like_name(n) for n in _AND_WORD.split(text.replace(", ", " & ")))


def byline_text(el: Any, order: int, ev: Evidence) -> None:
    """A byline printed as plain text: "Von Jane Doe", or a "Text:" label and the name after it."""
    first = next((t for t in el.itertext() if t.strip()), "").lstrip()
    if el.tag == "div" and BYLINE_START.match(first) and (writers := credit_lines(el)):
        # "Reporting by Jane Roe" over "Data analysis by Sam Poe", in a box no class names a byline
        ev.authors.append(Claim("; ".join(writers), "credit", order))
        return
    if len(el) == 0 and el.tag in ("p", "div") and _closing_signature(el, first.strip()):
        ev.authors.append(Claim(first.strip(), "signature", order))
        return
    if el.tag == "p" and (signer := signed_with_role(el)):
        ev.authors.append(Claim(signer, "signature", order))  # "<b>Jane Roe</b><br>blog editor"
        return
    if _meta_row(el, order, ev):
        return
    if el.tag == "p" and writes(first) and (writer := signed_in_text(el, shown_text(el))):
        ev.authors.append(Claim(writer, "text-signed", order))  # "Γράφει ο …" opening the story: its writer
        return
    signed = el.tag == "p" and len(el) == 1
    if not (
        signed
        or first[:1].isdigit()
        or _PART_SEPARATOR.search(first)
        or _DATELINE_START.match(first)  # "Posted on 2 May in <a>News</a> · by …": parted after its link
        or BYLINE_START.match(first)
        or COMPILED_BY.match(first.strip())
        or AUTHOR_LABEL.match(first.strip())
        or ABOUT_AUTHOR.match(first.strip())
        or CREDIT_LABEL.match(first)
        # a row of labelled fields parted by bars: "Section: <a>Town</a> | Author: Jane Roe | Posted: 7. 9. 2021"
        or _FIELD_LABEL.match(first)
        and _PART_SEPARATOR.search(el.text_content()[:_LONG_DATELINE_MAX]) is not None
        or len(el) <= 3
        and _special_to(el.text_content()[:120])
    ):
        return  # most elements: their first words already say they are no byline (cheaper than their whole text)
    if in_teaser_link(el):
        _teaser_byline(el, order, ev)
        return
    if _PART_SEPARATOR.search(first) and dateline_agency(el, first, shown_text(el), order, ev):
        return  # "PTI | Bengaluru<br>Published: …": the wire signs in the byline's place
    nodes = [t.strip() for t in el.itertext() if t.strip()]
    boxed = len(nodes) >= 2 and (AUTHOR_LABEL.match(nodes[0]) or ABOUT_AUTHOR.match(nodes[0]))
    if boxed and len(nodes[1].split()) <= 4 and looks_like_name(nodes[1]):
        # "<b>Autorin</b><br>Jane Roe<br><small>Redakteurin für …</small>": an author box, the label apart from the name
        # (or its heading, "About the author", over the name and the bio)
        ev.authors.append(Claim(nodes[1], "credit", order))
        return
    text = shown_text(el)
    if len(text) <= 120 and (compiled := compiled_by(text)):
        # "A cura di Jane Roe e Sam Poe"; "Information prepared by the Press Service": a desk, a last resort
        # (a dateline's parts may follow: "a cura di Jane Roe · 3 marzo 2024 · 5 minuti")
        desk = _PART_SEPARATOR.split(compiled)[0].strip()
        ev.authors.append(
            Claim(compiled, "byline-text", order) if parse_byline(desk) else Claim(desk, "desk-signature", order)
        )
        return
    if len(text) <= 120 and len(parts := _PART_SEPARATOR.split(text)) >= 3 and looks_like_name(parts[0].strip()):
        # "Jane Roe | Oviedo | 12/05/2026 - 06:00h": the byline's parts end in the day it was filed
        if parse_date(parts[-1]) is not None:
            ev.dates.append(Claim(parts[-1].strip(), "dateline", order))
    # each text node apart: a credits line often breaks its lines with <br> ("Tekst: Jane Roe<br>Foto: …")
    line = clean_text(" ".join(el.itertext()))
    writer = writer_credit(line) if len(text) <= 160 else None
    if writer:  # "Text: Jane Roe | Foto: Sam Poe": the writer, never the photographer
        ev.authors.append(Claim(writer, "credit", order))
        ev.other_makers += other_credits(line)
        credit_dateline(line, order, ev)  # "Text: Jane Roe · Oldtown, 12.03.2024": the day the credit ends on
    elif len(text) <= 160 and (crew := named_other_makers(line)) and _BYLINE_TEXT.match(without_other_credits(line)):
        # "Servizio di Jane Roe · Riprese di Sam Poe", "By Jane Roe | Photos by Sam Poe": a credits line with
        # prepositions for labels, as strong a witness as one with colons
        ev.authors.append(Claim(without_other_credits(line), "credit", order))
        ev.other_makers += crew
    elif 4 <= len(text) <= 90 and _BYLINE_TEXT.match(text):
        ev.authors.append(Claim(text, "byline-text", order))
        credit_dateline(text, order, ev)
    elif len(text) <= 90 and (special := _special_to(text)) and looks_like_name(special.group("name")):
        ev.authors.append(Claim(special.group("name"), "byline-text", order))  # "Jane Roe, Special to the Post"
    elif len(text) <= 90 and DESK_BESIDE.search(text) and looks_like_name(DESK_BESIDE.sub("", text)):
        ev.authors.append(Claim(text, "byline-text", order))  # "Redazione | Jane Roe": the desk, then its writer
    elif el.tag == "p" and len(el) == 1 and el[0].tag in ("b", "strong", "i", "em") and not (el.text or "").strip():
        # a story signed at its end: a paragraph that is only a name in bold or italics
        after = el.getnext()
        last = after is None or after.tag != "p" or not shown_text(after)  # a bold subheading has text after it
        name = text if looks_like_name(text) else dash_signature(text)  # "— Jane Roe, Operations Manager"
        if last and name and not (el[0].tail or "").strip():
            ev.authors.append(Claim(name, "signature", order))
    elif el.tag == "p" and len(el) == 1 and el[0].tag == "br" and _signed_and_dated(el):
        # a post signed at its end with the name over the day it was written: "Jane<br>10. September 2017"
        ev.authors.append(Claim((el.text or "").strip(), "signature", order))
    elif _dateline_length(text) and _PART_SEPARATOR.search(text) and re.search(r"\d", text):
        # "04.02.2022 | 13:10 Uhr | Jane Doe", "Publié le 04/06/2024 · Rédigé par Jane Roe, chargée de …":
        # a dateline that names its author; the name (or the byline) is a part of its own
        parts = [p.strip() for p in _PART_SEPARATOR.split(text) if not re.search(r"\d", p)]
        # a labelled part anywhere in the line ("… | Erste Herren | Bericht: Jane Roe") beats a bare name before it
        labelled = [p for p in parts if _BYLINE_VERB.match(p) or _BYLINE_TEXT.match(p) and parse_byline(p, bare=False)]
        # "… · Words & photos by Jane Roe", "a cura di Jane Roe · 19 febbraio": the byline's keyword inside its part
        signed = next((found for p in parts if (found := find_byline(p))), ())
        # "Eingetragen am 15.09.2024 um 21:47 von Jane Roe (Abt. Handball) | 312 x gelesen": the dated part's writer
        dated = [p.strip() for p in _PART_SEPARATOR.split(text) if find_date(p) is not None]
        signed = signed or next((found for p in dated if (found := find_byline(p))), ())
        if labelled or signed:
            ev.authors.append(Claim(labelled[0] if labelled else ", ".join(signed), "byline-text", order))
        elif bare := next((p for p in parts if looks_like_name(p)), None):
            # a name by its shape alone, no label (a department's name has the same shape): weaker
            ev.authors.append(Claim(bare, "byline-part", order))
    elif len(text) <= 120 and (_DATELINE_START.match(text) or dated_first(text)) and (posted := find_byline(text)):
        # "Publié le mardi 9 avril 2026, par Jane Roe, correspondante", "Posted on May 2, 2026 by Jane Roe":
        # a publication line that goes on to its writer after the date, no separator between
        ev.authors.append(Claim(", ".join(posted), "byline-text", order))
    elif AUTHOR_LABEL.match(text) and el.tag in ("strong", "b", "span", "em", "i", "dt"):
        after = (el.tail or "").strip()
        nxt = el.getnext()
        if not after and nxt is not None:
            after = shown_text(nxt)
        if 2 <= len(after) <= 60:
            ev.authors.append(Claim(after, "byline-text", order))


_DATELINE_MAX = 90
_LONG_DATELINE_MAX = 160
_DATELINE_PART_MAX = 40  # "Autor: Jane Roe", "Citiri: 1.207", "Trimite unui prieten": a detail or a button


def _dateline_length(text: str) -> bool:
    """Short enough for a dateline: 90 characters, or up to 160 when every part is a detail of its own.

    An old page prints the date, the writer, the count of readings and the print and send buttons
    in one line parted by bars; it is longer than a byline, yet each part is short, as no sentence's is.
    """
    if 8 <= len(text) <= _DATELINE_MAX:
        return True
    return len(text) <= _LONG_DATELINE_MAX and all(
        len(p.strip()) <= _DATELINE_PART_MAX for p in _PART_SEPARATOR.split(text)
    )


# a contributor from outside the staff, named before the paper's formula for one: "Jane Roe, Special to the
# Courier", "Especial para o Diário", "Speciale per il Giornale", "Специально для «Вестника»"
_FORMULA = rf"(?:{SPECIAL_TO}|специально\s+для|exclusivo\s+para|exclusive\s+to|exklusiv\s+für)\s+\S"
_SPECIAL_TO = compile_later(rf"^(?P<name>[^\d,|·•]{{4,60}}?)\s*[,|·•–—-]?\s+{_FORMULA}[^\d]{{0,50}}$", re.IGNORECASE)
# the formula alone, after a space: every line `_SPECIAL_TO` reads has it. Asked first, it spares the other
# lines that pattern's slow failure (its name, spaces allowed, tried at each of its 60 lengths against each
# split of the spaces after it: ten milliseconds for an element of indented blank lines, seconds a page)
_FORMULA_AFTER_SPACE = compile_later(rf"\s{_FORMULA}", re.IGNORECASE)


def _special_to(text: str) -> re.Match[str] | None:
    """`_SPECIAL_TO.match(text)`, answered at once for a line without the formula."""
    return _SPECIAL_TO.match(text) if _FORMULA_AFTER_SPACE.search(text) else None


_DATELINE_START = compile_later(r"(?i:posted|published|publié|veröffentlicht|publicado|pubblicato|geplaatst)\b")
# a field's label and its colon opening a line, one word ("Rubrik:", "Section:")
_FIELD_LABEL = compile_later(r"^[^\W\d_]{2,20}\s?:(?:\s|$)")
# what parts a dateline: "|" anywhere, a middle dot or bullet with space around it
_PART_SEPARATOR = compile_later(r"\s*\|\s*|\s+[·•]\s+")
# "Written by", "Rédigé par", "Redactado por": the verb a line prints before its author's name
_BYLINE_VERB = compile_later(
    r"^(?:written|posted|verfasst|geschrieben|rédigé|écrit|redactado|escrito|redatto|scritto|redigido|"
    r"geschreven)\s+(?:by|von|par|por|da|door)\s+\S",
    re.IGNORECASE,
)
_FIRST_NAME = compile_later(r"[A-ZÀ-ÞА-ЯЁ][a-zß-ÿа-яё]{1,19}")


def _closing_signature(el: Any, text: str) -> bool:
    """A story signed at its end by a line that is its writer's name and nothing else, no "Von", no label.

    Local papers close a report that way ("Jane Roe" under the last paragraph). The line must
    follow a paragraph of prose and be followed by no further paragraph of text: a name between
    two paragraphs is a subheading or a quoted speaker, a name over a list is an author box.
    """
    if not looks_like_name(text) or len(text) > 40:
        return False
    before = el.getprevious()
    if before is None or before.tag != "p" or len(clean_text(before.text_content())) < 80:
        return False
    after = el.getnext()
    return after is None or after.tag != "p" or not shown_text(after)


def _signed_and_dated(el: Any) -> bool:
    """The story's last paragraph as a name (a first name will do) over a date, and nothing else."""
    name, day = (el.text or "").strip(), (el[0].tail or "").strip()
    after = el.getnext()
    last = after is None or after.tag != "p" or not shown_text(after)
    return (
        last
        and (looks_like_name(name) or bool(_FIRST_NAME.fullmatch(name)))
        and len(day) <= 40
        and parse_date(day) is not None
    )


# the letters NFKD leaves whole, as a CMS spells them in an address ("Aydın" -> "aydin", "Łukasz" -> "lukasz")
_SLUG_LETTERS = str.maketrans(
    {"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "æ": "ae", "œ": "oe", "ß": "ss"}
)


def name_slug(text: str) -> str:
    """ "Jane Roe-Poe" as a CMS writes it into an address: "jane-roe-poe"."""
    bare = unicodedata.normalize("NFKD", text.casefold().translate(_SLUG_LETTERS)).encode("ascii", "ignore").decode()
    return "-".join(re.findall(r"[a-z0-9]+", bare))


def named_beside_own_page(el: Any, order: int, ev: Evidence) -> None:
    """A name printed on its own, beside a link to that name's page ("/experts/jane-roe"): an author box.

    The box prints the writer's name as text and, after it, a link to all their stories whose address
    ends in the name; the link's words ("All articles") never name them. A name the address spells is
    no department or heading.
    """
    if len(el) or not el.text or el.getparent() is None:
        return
    text = clean_text(el.text)
    if not 2 <= len(text.split()) <= 4 or not looks_like_name(text):
        return
    for sibling in islice((s for s in el.itersiblings() if isinstance(s.tag, str)), 2):
        href = (sibling.get("href") or "").split("?")[0].split("#")[0].rstrip("/")
        # (a name in another script spells no slug: an empty one matches the empty address of a link-less <a>)
        slug = name_slug(text)
        if sibling.tag == "a" and slug and href.rsplit("/", 1)[-1] == slug and not in_comments(el):
            if not in_teaser_link(el):
                ev.authors.append(Claim(text, "own-page-link", order))
            return


def short_element(el: Any, order: int, ev: Evidence) -> None:
    """Every byline claim a short element of the page may make (`htmlevidence` asks once per element)."""
    byline_text(el, order, ev)
    named_beside_own_page(el, order, ev)
    closing_credit(el, order, ev)  # "Reporting by Jane Roe; Editing by …" under the last paragraph
    if el.tag == "a":
        named_in_author_box(el, order, ev)
        named_in_own_line(el, order, ev)
    if len(el) <= 1 and el.text and len(el.text) <= 80:
        source_claims(el, clean_text(el.text_content()), order, ev)


def _address(link: Any) -> str:
    return (link.get("href") or "").split("?")[0].split("#")[0].rstrip("/")


# an address's last part after the name it spells: an id, a file's extension ("jane-roe-1234", "jane-roe.html")
_AFTER_SLUG = compile_later(r"(?:[-_]\d+)?(?:\.\w{2,5})?")


def named_in_author_box(el: Any, order: int, ev: Evidence) -> None:
    """A name linked to that person's page, in a box that links there once more: an author box.

    The box under (or beside) a story prints the writer's portrait, name and bio, and links the name
    and an "all their stories" button (or the portrait) to one page whose address ends in the name.
    The box links nowhere else and holds no heading: a teaser card links to its story, a tag's link
    ("/tag/jane-roe") is printed once.
    """
    text = clean_text(el.text_content())
    href = _address(el)
    if not href or not 2 <= len(text.split()) <= 4 or len(el) or not looks_like_name(text):
        return
    slug = name_slug(text)
    last = href.rsplit("/", 1)[-1]
    if not slug or not last.startswith(slug) or not _AFTER_SLUG.fullmatch(last[len(slug) :]):
        return
    box = el.getparent()
    for _ in range(3):  # the name's own element, the box's column, the box
        if box is None or box.tag in ("body", "html"):
            return
        links = [a for a in box.iter("a") if a.get("href")]
        if len(links) >= 2:
            if {_address(a) for a in links} != {href} or next(box.iter(*_HEADINGS), None) is not None:
                return
            if not in_comments(el) and not in_teaser_link(el):
                ev.authors.append(Claim(text, "own-page-link", order))
            return
        box = box.getparent()


_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


_PLACE_WORDS = 3  # "İstanbul", "New Delhi", "Rio de Janeiro": where the writer filed from
_NAME_PARTICLES = {"van", "von", "de", "der", "den", "da", "di", "del", "dos", "du", "la", "le", "bin", "binti", "al"}


def _capitalised(text: str) -> bool:
    """Words of letters, each capitalised but a name's particles ("van", "de", "bin"): a name's shape, no more."""
    tokens = text.split()
    return (
        all(t.isalpha() or re.fullmatch(r"[^\W\d_][\w'’.-]*", t) for t in tokens)
        and all(t[:1].isupper() or t in _NAME_PARTICLES for t in tokens)
        and tokens[0][:1].isupper()
    )


def named_in_own_line(el: Any, order: int, ev: Evidence) -> None:
    """A name linked to that person's page, alone in its line but for the place it was filed from: a byline.

    "<a href="/reporter/jane-roe">Jane Roe</a> | Oviedo": the line holds one link, the address ends in
    the name it prints, and the rest is a separator and a place (a few words, no digit). A tag's link
    stands in a row of links, a mention in a paragraph's sentence: neither is alone in its line.
    """
    box = el.getparent()
    text = clean_text(el.text_content())
    href = _address(el)
    # (the address is the witness: "Mert", "An" are function words somewhere, so no `looks_like_name`)
    if box is None or not href or len(el) or not 2 <= len(text.split()) <= 4 or not _capitalised(text):
        return
    slug = name_slug(text)
    last = href.rsplit("/", 1)[-1]
    if not slug or not last.startswith(slug) or not _AFTER_SLUG.fullmatch(last[len(slug) :]):
        return
    rest = (el.tail or "").strip()
    if sum(1 for a in box.iter("a") if a.get("href")) != 1 or clean_text(box.text_content()) != clean_text(
        f"{(box.text or '')} {text} {el.tail or ''}"
    ):
        return  # another link, or text in other elements of the line: a row or a sentence
    if (box.text or "").strip() or not rest or not _PART_SEPARATOR.match(rest):
        return
    place = _PART_SEPARATOR.sub("", rest, count=1).strip()
    if not place or len(place.split()) > _PLACE_WORDS or re.search(r"\d", place) or not place[:1].isupper():
        return
    if not in_comments(el) and not in_teaser_link(el):
        ev.authors.append(Claim(text, "own-page-link", order))
