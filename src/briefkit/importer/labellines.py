"""Short lines over or under a headline that name, place or file the story but never tell it.

A text dump keeps the lines a page sets around its headline: a dateline of a time and a place
("09:15 Springfield, County Down"), a docket label that ends on a file number ("Ruling of the
district court – case no. 24/00317"), and a kicker of two section names joined by a separator
("Club life · Annual meeting"). Each is short and title-shaped, so `storyspan` could take it for
the headline; their shape, not their words, says that they are labels. Only the shape is used:
a clock at the head of a line of names, a number sign before a reference with a slash or dash in
it, two or three parts of a few words each around a middle dot or a bullet. Beside them the few
labels every site of a kind prints, in the eight languages: a press release's number, a picture's
credit (with no colon, or in brackets after its caption), the writers' names with their editor's
credit after them (`bylinecards`), a day and an hour printed without the year (`yearless`), and a
box of points under its label ("Key points:"), whose points are each shaped like a headline.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime

from briefkit.importer import boilerplate
from briefkit.importer.bylinecards import unglued_card, without_editor
from briefkit.importer.bylines import looks_like_name, parse_byline
from briefkit.importer.headbadges import badge_line
from briefkit.importer.headshapes import not_a_head
from briefkit.importer.lazyre import compile_later
from briefkit.importer.pagedata import is_filing_line
from briefkit.importer.stopwords import FUNCTION_WORDS
from briefkit.importer.yearless import yearless_date

# a time of day opening the line ("11:37", "9.05 Uhr", "10h30"), a numeric date before it or not, then the rest
_CLOCK_HEAD = compile_later(
    r"^\s*(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}[,\s–—|-]*)?(?:[0-2]?\d[:.h][0-5]\d)(?:\s*(?:uhr|h|hrs|am|pm|a\.m\.|p\.m\.))?\b[\s,–—-]*(.*)$",
    re.I,
)
# a file or case number closing the line: a number sign, then a reference with a slash, dash or dot
# between digits ("n° 25/01873", "No. 2:24-cv-118", "Nr. 12-3456", "№ 2-117/2025", "Az. 3 K 45/24")
_FILE_NUMBER = compile_later(
    r"(?:\bn[°ºo]\.?|\bnr\.?|\bno\.|№|#|\baz\.|\bn\.º)\s*:?\s*[\w ]{0,4}?\d[\w]*[/:.-]\d[\w/:.-]*\s*\)?$",
    re.I,
)
# what joins a kicker's parts: a middle dot or a bullet (a breadcrumb's marks are read elsewhere)
_KICKER_JOIN = compile_later(r"\s+[·•]\s+")


def dateline(text: str) -> bool:
    """A time and a place, no headline nor prose: a clock opens the line (a date may stand before
    it) and the rest is a few names with commas and abbreviations between them ("11:37 Springfield,
    Lkr. North"), no function word nor verb in lower case among them."""
    found = _CLOCK_HEAD.match(text)
    if found is None:
        return False
    rest = found.group(1).strip()
    words = [w for w in re.split(r"[\s,/()–—-]+", rest) if w]
    if not words or len(words) > 6:
        return not words
    return all(w[:1].isupper() or w.endswith(".") and len(w) <= 5 for w in words) and not any(
        w.casefold() in FUNCTION_WORDS for w in words
    )


def file_label(text: str) -> bool:
    """A line that ends on a case or file number ("… – case no. 24/00317"): a docket's label,
    which a court's or a police release prints near its headline; a headline tells, it files nothing. So does
    a line naming only a series and the piece's number in it ("Working Paper No. 12")."""
    if len(boilerplate.words(text)) <= 5 and _SERIES_NUMBER.match(text.strip()):
        return True  # "Note d'analyse n° 47", "Policy Brief No. 12": a series' label and the issue's number
    return len(boilerplate.words(text)) <= 14 and _FILE_NUMBER.search(text) is not None


# a series' name and the piece's number in it, the whole line: a think tank's or a journal's label over the title
_SERIES_NUMBER = compile_later(r"^[^\W\d][^\d:!?]{1,40}?\s(?:n[°º]|no\.|nr\.|№|n\.º)\s?\d{1,4}$", re.I)


KICKER_PART_WORDS = 4  # a series' or a topic's name ("Focus on trade and tariffs"), never a headline's clause


def kicker_pair(text: str) -> bool:
    """Two or three section names joined by a middle dot or a bullet ("Club life · Annual
    meeting", "Report 2/2024 · Focus on trade and tariffs"): each part a few words with no stop at
    its end, a label over the headline."""
    parts = [p.strip() for p in _KICKER_JOIN.split(text.strip())]
    if not 2 <= len(parts) <= 3:
        return False
    return all(p and len(p.split()) <= KICKER_PART_WORDS and p[-1:].isalnum() for p in parts)


# a press release's label and its number ("Pressemitteilung Nr. 41", "Comunicato stampa n. 1187"), in the eight
# languages: the kind of page and its place in a series, over a headline that tells what happened
_RELEASE_NUMBER = compile_later(
    r"^(?:press\s+release|news\s+release|presse?mitteilung|pressemeldung|medienmitteilung|communiqué(?:\s+de\s+presse)?|"
    r"comunicado(?:\s+de\s+prensa|\s+de\s+imprensa)?|comunicato(?:\s+stampa)?|persbericht|пресс-релиз)"
    r"\s*(?:n[°ºo.]?|nr\.?|no\.|n\.º|№|#)?\s*\d[\d/.-]*$",
    re.I,
)
# a picture's credit with no colon ("Fotografia Jane Roe", "Photography Jane Roe", "Fotos Jane Roe"): the
# label, then a name; in English only the craft's word ("Photo Finish Decides Derby" is title case)
_CREDIT_WORD = compile_later(
    r"^(?:fotos?|fotograf(?:ia|ía|ie|ias|ías|ien)|photography|bilder?|фото(?:графии)?)\s+", re.I
)


# a picture's credit in the line: a copyright sign, a credit in brackets at its end, also after a caption's
# full stop ("… near the mill. (Harbour Post: Jane Roe)"), a credit's label with its colon, "Photo by X"
CREDITED = compile_later(
    r"©|\((?:[^()]*/[^()]*|(?:image|photo|foto|bild|picture)\s*:[^()]*)\)$|(?<=[.!?])\s*\([^()]+:[^()]+\)$"
    r"|\b(?:foto|bild|photo|credit|crédit|image|quelle|source|fuente|fonte|фото)s?\s*:|\bfotograf(?:ía|ia|ie)\s*:"
    # the picture's own word before the credit, in each language ("Picture: …", "Imagen: …", "Beeld: …")
    r"|\b(?:picture|pic|imagen|immagine|imagem|beeld|afbeelding|снимок|изображение)\s*:"
    # and in the languages learnt since: Finnish, Norwegian, Danish, Polish, Hungarian, Turkish, Greek, Lithuanian,
    # Vietnamese; Japanese, Korean, Arabic, Persian, Hindi ("Kuva: …", "Zdjęcie: …", "写真：…", "الصورة: …")
    r"|\b(?:kuva|kuvat|bilde|billede|zdjęcie|fotó|kép|fotoğraf|φωτογραφία|nuotr|ảnh)\.?\s*:"
    r"|(?:写真|사진|الصورة|عکس|फोटो)\s*[:：]"
    r"|(?:^|[.!?]\s+)(?:photo|foto|bild|image|picture)s?\s+(?:by|von|de|di|por|door)\s"  # "… pen. Photo by X"
    # the picture's word cut short after the caption's full stop, then the name: "… at dusk. Fot. Jan Kowalski",
    # "… pier. Phot. Jane Roe"; and the caption's credit set after a dash ("… on Monday. —PHOTO BY X")
    r"|(?<=[.!?])\s+[—–-]?\s*(?:fot|phot|ph|zdj|snímek|kép)\.\s+(?-i:[A-ZÀ-ÖØ-ÞА-ЯЁŁŚŻŹĆŃ])"
    r"|(?<=[.!?])\s+[—–-]\s*(?:photo|foto|bild|image|picture)s?\s+(?:by|von|de|di|por|door)\s"
    # a picture lent by its owner: "… at dusk. Photo courtesy of X", "Foto cortesía de X", "Photo gracieuseté de X"
    r"|(?:^|[.!?]\s+[—–-]?\s*)(?:(?:photo|foto|bild|image|imagen|picture)s?\s+)?(?:courtesy(?:\s+of)?|cortes[ií]a(?:\s+d[eia])?|"
    r"gracieuset[ée]\s+de|mit\s+freundlicher\s+genehmigung)\s"
    r"|^(?:photography|photographs|fotografie|fotografien|photographie|fotografía|fotografia|fotografias)\s+"
    r"(?:by|von|de|di|por|door)\s+(?-i:[A-ZÀ-ÖØ-Þ])"  # "Photography by X": the photographer's credit line
    r"|\((?:von\s+links|v\.\s?l\.|from\s+left|de\s+gauche|de\s+izquierda|da\s+sinistra|van\s+links)\)"
    # the photographer's or agency's name after the caption's last full stop, in capitals or with the agency
    # after a slash ("… at dusk. JANE ROE", "… the port. Jane Roe/Harbour Post"): a headline ends no sentence
    # before a credit
    r"|(?-i:(?<=[a-zß-ÿа-яё]{2}[.!?])\s+[A-ZÀ-ÖØ-ÞА-ЯЁ][A-ZÀ-ÖØ-ÞА-ЯЁ'.-]+"
    r"(?:\s+(?:[/|]\s+)?[A-ZÀ-ÖØ-ÞА-ЯЁ][A-ZÀ-ÖØ-ÞА-ЯЁ'.-]*){0,4}$"
    r"|(?<=[a-zß-ÿа-яё]{2}[.!?])\s+(?:[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'.-]*\s?){1,4}/\s?(?:[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'.-]*\s?){1,4}$)",
    re.I,
)


def credit_line(text: str) -> bool:
    """A picture's credit without a colon: the label's word, then only a name."""
    label = _CREDIT_WORD.match(text.strip())
    return label is not None and looks_like_name(text.strip()[label.end() :])


def label_line(text: str) -> bool:
    """Any of these: a reading `storyspan` never takes for the page's headline."""
    return (
        dateline(text)
        or file_label(text)
        or kicker_pair(text)
        or _RELEASE_NUMBER.match(text.strip()) is not None
        or credit_line(text)
        or edited_names(text)
        or yearless_dateline(text)
        or badge_line(text)
        or not_a_head(text)
        or is_filing_line(text)  # "Tags: a, b, c": where the site files the story, under its headline or over it
    )


def yearless_dateline(text: str) -> bool:
    """A short line with a day and an hour but no year ("Science 05 Dec, 18:40"): a rubric's dateline
    over the headline (a headline naming a day names no hour)."""
    return len(text.split()) <= 8 and isinstance(yearless_date(text), datetime)


def edited_names(text: str) -> bool:
    """The writers' names with an editor's credit after them ("Jane Roe, Sam PoeEditor: Ann Poe"): a
    byline card, however much its run-together words look like a headline's."""
    unglued = unglued_card(text.strip())
    cut = without_editor(unglued)
    return cut != unglued and bool(parse_byline(cut))


KEY_POINTS = 3  # the fewest short lines a key-points list under a headline holds


def over_key_points(
    units: list[str], found: tuple[int, str], title_shaped: Callable[[str], bool], is_meta: Callable[[str], bool]
) -> tuple[int, str]:
    """The headline over a list of key points: a live page sets three or more short title-shaped
    lines between its headline and its byline. The first of them may share more of the story's
    words than the headline does, but a headline has its byline under it or a list of points set
    apart from the story; a line that opens such a list, with a longer title-shaped line over it,
    is a point, and the line over the list is the headline."""
    best, title = found
    if best < 1 or title != boilerplate.plain(units[best]).strip():
        return best, title
    end = best
    while end < len(units) and _point(boilerplate.plain(units[end]).strip(), title_shaped, is_meta):
        end += 1
    above = boilerplate.plain(units[best - 1]).strip()
    if end - best < KEY_POINTS or end >= len(units) or not is_meta(units[end]):
        return best, title
    longest = max(len(boilerplate.words(boilerplate.plain(u))) for u in units[best:end])
    if not title_shaped(above) or is_meta(above) or len(boilerplate.words(above)) <= longest:
        return best, title
    return best - 1, above


def boxed_point(units: list[str], i: int, title_shaped: Callable[[str], bool], is_meta: Callable[[str], bool]) -> bool:
    """A line among the points of a box under its label ("Key points:", "Das Wichtigste in Kürze:"):
    three or more title-shaped lines under a short line that ends in a colon. A headline
    stands alone under a kicker with a colon; a box's label heads a list of them, none a headline."""
    top = i
    while top > 0 and _boxed(units[top], title_shaped, is_meta):
        top -= 1
    label = boilerplate.plain(units[top]).strip()
    if top == i or not 1 <= len(boilerplate.words(label)) <= _LABEL_WORDS:
        return False
    # a label in its words anywhere; a label with a colon only under the byline or the date, where a box
    # is set, not in a menu whose heading has a colon ("Topics:" over its entries, the headline right after)
    dated = any(is_meta(u) for u in units[max(0, top - _BOX_UNDER) : top])
    if not _POINTS_LABEL.match(label.rstrip(": ")) and not (label.endswith(":") and dated):
        return False
    end = top + 1
    while end < len(units) and _boxed(units[end], title_shaped, is_meta):
        end += 1
    return end - top - 1 >= KEY_POINTS


def _boxed(unit: str, title_shaped: Callable[[str], bool], is_meta: Callable[[str], bool]) -> bool:
    """A point in a labelled box: a title-shaped line, no byline nor date (a box's points run longer
    than a live page's, up to a headline's length: the label, not their length, sets them apart)."""
    text = boilerplate.plain(unit).strip()
    return title_shaped(text) and not is_meta(text)


_LABEL_WORDS = 5  # the most words of a box's label ("Das Wichtigste in Kürze")
_BOX_UNDER = 3  # how far under the byline or the date a box's label stands (a picture's caption between)
# the label of a box of key points, printed without its colon too, in the eight languages
_POINTS_LABEL = compile_later(
    r"^(?:key\s+points|at\s+a\s+glance|in\s+brief|in\s+short|das\s+wichtigste(?:\s+in\s+kürze)?|auf\s+einen\s+blick|"
    r"en\s+bref|l'essentiel|(?:lo\s+)?más\s+importante|en\s+resumen|in\s+breve|in\s+sintesi|em\s+resumo|"
    r"o\s+essencial|in\s+het\s+kort|kort\s+samengevat|главное|коротко)$",
    re.I,
)


def _point(text: str, title_shaped: Callable[[str], bool], is_meta: Callable[[str], bool]) -> bool:
    """One key point: a short title-shaped line, no byline nor date."""
    return 0 < len(boilerplate.words(text)) <= 12 and title_shaped(text) and not is_meta(text)
