"""Picture credits in the forms newsrooms print them.

A credit is kept verbatim (the IPTC "Credit Line": "AFP via Getty Images", "Ed Jones/AFP");
only the label in front of it ("Photograph:", "Photo:", "Credit:", "©") is dropped, because the
site prints its own label.
"""

from __future__ import annotations

import re

from briefkit.importer.creditwords import WIRES
from briefkit.importer.lazyre import compile_later
from briefkit.importer.worldcredits import split_world_credit

# "Photograph: Name/Agency", "Photo: AP", "Credit: ...", "Image: ...", "© Reuters", "Photo by X"
_LABEL = (
    r"(?:photograph(?:s|y)?|photos?|pictures?|pics?|images?|illustrations?|credits?)(?:\s*(?::|by\b|\.{2,}|…)|\s*-)|photographs?\s+by\b|photo\s+by\b|"
    r"image\s+(?:source|credit)\s*[,:]|"
    r"(?:©|\(c\)|copyright\b)"
)
# (a bar may open the line: the separator a page prints between a caption and its credit, "… | © X",
# left at the start of the credit's own line when the two are copied apart)
CREDIT_LINE = compile_later(rf"^\s*(?:\|\s*)?(?:{_LABEL})\s*(?P<credit>\S.{{0,118}}?)\s*$", re.I)
# Credit written at the end of a caption on the same line: "Kim at the station. Photograph: AP"
TRAILING_CREDIT = compile_later(
    r"^(?P<caption>.{3,}?[.!?]?)\s+(?:photograph(?:s)?|photo(?:s)?|picture|pic|image|illustration|credit)"
    r"\s*:\s*(?P<credit>\S[^:]{0,118}?)\s*$",
    re.I,
)
# The same in the other seven languages: "… am Hauptbahnhof. Foto: Jane Roe/dpa", "… Bild: X", "… Фото: X".
# These labels are also words of a sentence ("Das zeigt ein Bild: …"), so what follows must read as a credit.
TRAILING_CREDIT_WORD = compile_later(
    r"^(?P<caption>.{3,}?[.!?]?)\s+(?:fotos?|fotograf(?:ía|ia|ie)|bild|bilder|imagen|imagem|immagine|фото)"
    r"\s*:\s*(?P<credit>\S[^:]{0,118}?)\s*$",
    re.I,
)
TRAILING_COPYRIGHT = compile_later(r"^(?P<caption>.{3,}?)\s+©\s*(?P<credit>\S.{0,118}?)\s*$")
# "(AFP via Getty Images)" at the end of a caption
TRAILING_PAREN = compile_later(r"^(?P<caption>.*?[^\s\]])\s*\((?P<credit>[^()]{1,120})\)\s*$")
# "[File: Jane Roe/Reuters]" at the end of a caption: some publishers bracket the credit
TRAILING_BRACKET = compile_later(r"^(?P<caption>.*?\S)\s*\[(?P<credit>[^\[\]]{1,120})\]\s*$")
# "… in Pyongyang, June 19, 2024. Sputnik/Jane Roe/Pool via REUTERS": a bare credit after the last sentence
TRAILING_BARE = compile_later(r"^(?P<caption>.{10,}?[.!?])\s+(?P<credit>[^.!?]{2,100}?)\s*$")
# What a credit is not: the note on how a picture may be used, printed beside it
USAGE_NOTE = compile_later(
    r"\b(?:use\s+only|no\s+(?:redistribution|sales|archives|resale|commercial\s+use)|not\s+for\s+(?:sale|resale|redistribution)|"
    r"mandatory\s+credit|editorial\s+use|all\s+rights\s+reserved|third\s+party\s+use)\b",
    re.I,
)
# Words that qualify a credit rather than name it: "[File: Jane Roe/AP]"
_CREDIT_QUALIFIER = compile_later(r"^(?:file|archive|handout|pool|illustrative|stock)\s*(?:photo)?\s*:\s*", re.I)

_AGENCY_WORDS = compile_later(
    r"\b(?:AP|AFP|Reuters|Getty|EPA|PA|Shutterstock|Alamy|Bloomberg|Xinhua|KCNA|Yonhap|Sputnik|"
    r"TASS|Kremlin|Handout|Pool|Images|Photo|Photos|Wire|Media|Press|News|Agency|via|supplied|"
    r"courtesy|file|EFE|ANSA|DPA|NurPhoto|Anadolu|Sipa|Rex|WireImage|Contributor|Staff)\b",
    re.I,
)


def credit_from_line(line: str) -> str | None:
    """The credit when the whole line is a credit line ("Photograph: X/AP"), else None."""
    m = CREDIT_LINE.match(line)
    if not m:
        return None
    credit = m.group("credit").strip().rstrip(".").strip()
    if not credit or "://" in credit:
        return None
    # "Photo: ..." followed by a long sentence is prose, not a credit
    if len(credit.split()) > 12 or re.search(r"[.!?]\s+[A-Z]", credit):
        return None
    return credit


def split_trailing_credit(text: str) -> tuple[str, str] | None:
    """(caption, credit) when a caption carries its credit at the end, else None."""
    for regex in (TRAILING_CREDIT, TRAILING_COPYRIGHT):
        m = regex.match(text)
        if m and len(m.group("credit").split()) <= 12:
            return _tidy_caption(m.group("caption")), m.group("credit").strip().rstrip(".")
    m = TRAILING_CREDIT_WORD.match(text)
    credit = m.group("credit").strip() if m else ""
    # "Foto: Redactie", "Bild: Privat": one capitalised word is a credit too, where a sentence goes on
    one_word = len(credit.split()) == 1 and credit[:1].isupper() and not credit.endswith((".", "!", "?"))
    if m and (looks_like_credit(credit) or one_word):
        return _tidy_caption(m.group("caption")), credit
    # the labels of the other languages, and the eight's set apart after a full stop or a separator with any
    # short credit ("… Толмачево. Фото: пресс-служба аэропорта"), and the Chinese mark ("…。（記者王某攝）")
    world = split_world_credit(text)
    return (_tidy_caption(world[0]), world[1]) if world else None


def split_paren_credit(text: str, *, strict: bool = True) -> tuple[str, str] | None:
    """(caption, credit) for "Caption (Agency)" or "Caption [Agency]".

    With `strict`, the parenthesis must read as a credit. A bracketed credit may carry a
    qualifier ("[File: Jane Roe/AP]"): the credit is the name after it.
    """
    m = TRAILING_PAREN.match(text)
    bracket = TRAILING_BRACKET.match(text) if not m else None
    m = m or bracket
    if not m:
        return None
    credit = m.group("credit").strip()
    if bracket:
        credit = _CREDIT_QUALIFIER.sub("", credit).strip()
    if not credit or USAGE_NOTE.search(credit) or (strict and not looks_like_credit(credit)):
        return None
    return _tidy_caption(m.group("caption")), credit


def split_bare_credit(text: str) -> tuple[str, str] | None:
    """(caption, credit) for "Caption. Jane Roe/Agency via REUTERS": a credit with no label or brackets.

    Only an unmistakable credit qualifies: a slash-joined or "via" name chain with an agency in it.
    """
    m = TRAILING_BARE.match(text)
    if not m:
        return None
    credit = m.group("credit").strip()
    if not (("/" in credit or re.search(r"\bvia\b", credit)) and _AGENCY_WORDS.search(credit)):
        return None
    if len(credit.split()) > 10 or not looks_like_credit(credit):
        return None
    return _tidy_caption(m.group("caption")), credit


# "… in an earlier year. Divulgação": a caption closed by the word for a handout or archive picture, no label
_HANDOUT_TAIL = compile_later(
    r"^(?P<caption>.{10,}?[.!?])\s+(?P<credit>(?:divulgação|reprodução|handout|archivo|arquivo|archiv|archivio|"
    r"archief|privat|cedida|(?-i:DR)|пресс-служба)(?:\s*/\s*[^.!?/]{1,40})?)$",
    re.I,
)


def split_handout_credit(text: str) -> tuple[str, str] | None:
    """(caption, credit) for "Caption. Handout" in the eight languages: a one-word credit that only
    a picture's caption ends on (a sentence of the story does not end on "Divulgação" or "Archiv")."""
    m = _HANDOUT_TAIL.match(text.strip())
    if not m:
        return None
    return _tidy_caption(m.group("caption")), m.group("credit").strip()


def split_usage_note(caption: str) -> tuple[str, str | None]:
    """ "Caption (For Use Only in X. No Redistribution)" -> (caption, the note): the note is a licence."""
    m = re.match(r"^(?P<caption>.*?\S)\s*[(\[](?P<note>[^()\[\]]{3,160})[)\]]\s*$", caption)
    if m and USAGE_NOTE.search(m.group("note")):
        return _tidy_caption(m.group("caption")), m.group("note").strip()
    return caption, None


def looks_like_credit(text: str) -> bool:
    """A short name of an agency or photographer: "AP", "AFP via Getty Images", "Jane Doe/Reuters"."""
    words = text.split()
    if not words or "://" in text or text.startswith(("http", "www.")):
        return False
    agency = bool(_AGENCY_WORDS.search(text))
    if len(words) > (12 if agency else 8) or text.endswith((".", "!", "?")) and len(words) > 3:
        return False
    if "/" in text or agency:
        return True
    # "Jane Doe": a person's name, every word capitalised
    return 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words)


_CAPTION_LABEL = compile_later(r"^(?:image\s+caption|caption|photo\s+caption)\s*[,:]\s*", re.I)


def tidy_caption(caption: str) -> str:
    """Without a leading "Image caption," label or trailing separators."""
    return _CAPTION_LABEL.sub("", caption.strip()).rstrip(" ,;:–—-|")


_tidy_caption = tidy_caption


# A story's credits line names who wrote it and who took its pictures, each after a label: "Text: Jane
# Roe | Photos: Sam Poe", "Texte : … · Photo : …", "Tekst: …<br>Foto: …", "Текст: … · Фото: … · 4 июня".
# The writer's label, in the eight languages ("Autor:" and "By:" too: a label, not a sentence's word).
_WRITER_LABEL = (
    r"text|texte|texto|testo|tekst|текст|words|autor(?:in|a|e)?|authors?|auteure?|автор|"
    r"reportage|reportagem|reportaje|redacción|redação|"
    # a broadcast piece's reporter, credited beside its crew: "Beitrag:", "Sujet :", "Servizio:", "Сюжет:"
    r"beitrag|sujet|servizio|сюжет"
)
# A broadcast crew's trade printed bare before the name, after a separator: "Сюжет: Jane Roe, оператор Sam Poe"
# (no colon: a Russian credits line names the camera operator so); a capitalised name must follow.
_CREW_WORD = r"(?:видео)?оператор(?:ы)?\s+(?=(?-i:[А-ЯЁA-Z]))|монтаж\s+(?=(?-i:[А-ЯЁA-Z]))"
_CREW_BARE = rf"(?<=[,·|•]\s)(?:{_CREW_WORD})"
# The other contributors' labels: pictures, video, graphics; their names are never the story's author.
_OTHER_LABEL = (
    # (the pictures and their maker: "Fotografia:", "Fotógrafo:", "Photographer:", "Фотограф:")
    r"fotos?|photos?|photograph\w*|fot[oó]graf\w*|фотограф\w*|pictures?|bild(?:er)?|beeld|"
    r"imagen(?:es)?|immagin[ei]|imagens?|image|illustrations?|ilustración|illustrazioni?|grafik|graphics?|"
    r"infograf\w*|video|vídeo|kamera|camera|montage|фото|видео|иллюстрации|"
    # a broadcast piece's crew: its camera and its cut ("Kamera und Schnitt:", "Riprese di", "Imágenes:")
    r"schnitt|riprese|montaggio|c[áa]mara|câmera|cinegrafista|montaje|edição\s+de\s+imagens?|"
    r"видеооператор\w*|оператор\w*|монтаж\w*"
)
OTHER_LABEL = _OTHER_LABEL  # (read by `creditlines` too)
# The editors' and designers' labels in a story's credits ("Редактор:", "Eindredactie:", "Edición:"): a credit
# of its own, never the writer's, but no picture's credit either (a caption never opens with them).
EDIT_LABEL = (
    r"editor(?:a|s|in)?|edit(?:ing|ion)|edición|edição|édition|redaktion|schlussredaktion|lektorat|redactie|"
    r"eindredactie|redactor[ae]?|revisão|revisione|редактор\w*|корректор\w*|design|дизайн\w*|gestaltung|layout|"
    r"вёрстка|верстка"
)
# (a wire's credits line brackets its labels instead: "(Text) Jane Roe (Foto) Sam Poe"; a parliament's or an
# agency's sets a dash after each: "Reportagem – Jane Roe / Edição – Sam Poe")
_AFTER_LABEL = r"(?:\s*[:：]|\s+[–—](?=\s))"
_CREDIT_PIECE = compile_later(
    rf"(?<![\w-])(?:{_WRITER_LABEL}|{_OTHER_LABEL}|{EDIT_LABEL}){_AFTER_LABEL}|{_CREW_BARE}"
    rf"|\((?:{_WRITER_LABEL}|{_OTHER_LABEL}|{EDIT_LABEL})\)(?=\s*[^\W\d_])",
    re.I,
)
# a piece's label, to cut from its name: "Kamera und Schnitt: ", "оператор ", "(Foto) "
_PIECE_LABEL = compile_later(
    rf"^(?:[^:：]{{1,40}}[:：]|[^:：–—]{{1,40}}\s[–—]\s|\([^()]{{1,40}}\)|{_CREW_WORD})\s*", re.I
)
# a credit opening a line
CREDIT_LABEL = compile_later(rf"(?:{_WRITER_LABEL}|{_OTHER_LABEL})\s*[:：]|\((?:{_WRITER_LABEL})\)\s*[^\W\d_]", re.I)
_WRITER_PIECE = compile_later(
    rf"^(?:(?:{_WRITER_LABEL}){_AFTER_LABEL}|\((?:{_WRITER_LABEL})\))\s*(?P<name>.*)$", re.I | re.S
)
# what may stand between two credits, or after the last one: separators, then a date or a place
_PIECE_TAIL = compile_later(r"\s*(?:[|·•/;,–—]|\s-\s).*$", re.S)


def writer_credit(line: str) -> str | None:
    """The writer's name in a line of labelled credits that also names another contributor, else None.

    Only a line with two labels counts: "Text: Jane Roe" alone is an ordinary byline, read
    elsewhere; "Text: Jane Roe Foto: Sam Poe" needs cutting at the second label, whatever (if
    anything) separates them, and whichever of the two comes first.
    """
    starts = [m.start() for m in _CREDIT_PIECE.finditer(line)]
    if len(starts) < 2 or line[: starts[0]].strip(" |·•/;,–—-") and not re.search(r"[|·•]\s*$", line[: starts[0]]):
        return None  # a credit opens the line, or follows a separator ("04.06.2024 · Text: …")
    for start, end in zip(starts, [*starts[1:], len(line)], strict=True):
        m = _WRITER_PIECE.match(line[start:end].strip())
        if m:
            name = _PIECE_TAIL.sub("", m.group("name")).strip()
            name = name if re.search(r"\s\w\.$", name) else name.rstrip(".")  # an initial keeps its full stop
            return name if 2 <= len(name) <= 80 else None
    return None


# Another contributor's credit in a byline, after a separator or opening it, named by a preposition or a
# label: "| Photos by Sam Poe", ", Fotos von Sam Poe", "· photos de Sam Poe", "Foto di Sam Poe", "Фото: Sam Poe",
# ". Photography by Sam Poe" after a full stop (a name's initial, "Jane R.", is no sentence's end)
# (up to a date after the name: "· Fotos de Sam Poe 7 Nov 2026" dates the whole line).
# ("Story and photos by Jane Roe" has no separator before "photos": the writer took them, and is kept.)
# ("Kamera und Schnitt: Sam Poe": two trades joined, one name; "…, оператор Sam Poe": a crew's trade bare)
_AND = r"\s+(?:und|and|et|y|e|en|и|&)\s+"
_OTHER_CREDIT = compile_later(
    rf"(?:^|(?<=[|·•;,/])|(?<=[^\W\d_]{{2}}\.))\s*(?:(?:{_OTHER_LABEL})(?:{_AND}(?:{_OTHER_LABEL}))?|foto's)"
    r"\s*(?:[:：]|\s(?:by|von|de|par|por|di|da|door|van)\s)\s*[^|·•;,/\d]*"
    rf"|(?<=[|·•;,/])\s*(?:{_CREW_WORD})[^|·•;,/\d]*",
    re.I,
)
# the label in front of such a credit's name, cut to leave the name
_MAKER_LABEL = compile_later(
    rf"^\W*\w+(?:'s)?(?:{_AND}\w+)?\s*(?:[:：]|\s(?:by|von|de|par|por|di|da|door|van)\s)|^\W*(?:{_CREW_WORD})", re.I
)


def named_other_makers(line: str) -> list[str]:
    """The names a byline credits with the pictures, video or graphics beside its writer:
    "Story by Jane Roe | Photos by Sam Poe" -> Sam Poe (none when the line credits no one else)."""
    rest = without_other_credits(line)
    if rest == line:
        return []
    names = []
    for m in _OTHER_CREDIT.finditer(line):
        name = _MAKER_LABEL.sub("", m.group(0).strip()).strip(" .")
        if 2 <= len(name) <= 80 and name.casefold() not in rest.casefold():  # "By Jane Roe, photos: Jane Roe"
            names.append(name)
    return names


def without_other_credits(line: str) -> str:
    """A byline without the credits of whoever made its pictures, video or graphics.

    "Story by Jane Roe | Photos by Sam Poe": the writer's credit beats the photographer's, in
    whichever order they stand; a line that is nothing but another contributor's credit is left whole.
    """
    cut = re.sub(r"\s+", " ", _OTHER_CREDIT.sub(" ", line)).strip(" |·•;,/")
    return cut if cut != line.strip() and re.search(r"[^\W\d_]{2}", cut) else line


def other_credits(line: str) -> list[str]:
    """The names a credits line gives the story's other makers (pictures, editing, design), when it
    also credits the writer: "Text: Jane Roe / Editor: Sam Poe / Photos: Ann Poe" -> Sam Poe, Ann Poe.

    Such a name is the page's and may stand in its metadata as the author (a CMS's account of the
    editor who published it); the credits line says it is not the writer.
    """
    starts = [m.start() for m in _CREDIT_PIECE.finditer(line)]
    if len(starts) < 2 or writer_credit(line) is None:
        return []
    names = []
    for start, end in zip(starts, [*starts[1:], len(line)], strict=True):
        piece = line[start:end].strip()
        if _WRITER_PIECE.match(piece):
            continue
        name = _PIECE_TAIL.sub("", _PIECE_LABEL.sub("", piece)).strip().rstrip(".")
        if 2 <= len(name) <= 80:
            names.append(name)
    return names


# a desk's name before (or after) its writer's, set apart by a slash or a bar: "Redaktion / Jane Roe"
_DESK = r"(?:redaktion|redaction|rédaction|redacción|redazione|redactie|redação|redacção|редакция|newsdesk|news desk)"
# (or the agency a correspondent files for, after the name: "Jane Roe / Agencia Costera de Noticias", "Jane Roe |
# Nordic Press Agency": an agency's word anywhere in the organisation's name, in the eight languages)
_AGENCY = (
    r"[^/|]{0,40}\b(?:agency|agencia|agence|agentur|agenzia|agência|agentschap|агентство)\b[^/|]{0,40}"
    rf"|(?:{WIRES}|тасс|риа\s+новости)"
)
DESK_BESIDE = compile_later(rf"^{_DESK}\s*[/|]\s*(?=\S)|\s*[/|]\s*{_DESK}$|\s+/\s*(?:{_AGENCY})$", re.IGNORECASE)
