"""Bylines: who wrote the article, told apart from other short lines by their shape.

"By Jane Doe and John Roe", "Justin Park in Seoul", "Jane Doe, Asia correspondent" and a bare
"Jane Doe" (two to four capitalised words) are all bylines; the names are what we keep. The words
that open one are `authorlabels`'; a byline inside a longer line is found by `inlinebylines`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from briefkit.importer.agencybylines import AGENCY_BYLINE as _AGENCY_BYLINE
from briefkit.importer.agencybylines import PERSON_WITH_WIRE as _PERSON_WITH_WIRE
from briefkit.importer.agencybylines import is_agency_byline as is_agency_byline  # re-exported
from briefkit.importer.authorlabels import KEYWORD_BYLINE, OUR_REPORTER
from briefkit.importer.blocktext import without_pictographs
from briefkit.importer.bylinecards import unglued_card, without_editor, without_glued_post
from briefkit.importer.bylineshapes import CONTRIBUTOR, capital_surname, entry_name, photographer
from briefkit.importer.bylineshapes import uncapitalised as surname_cased
from briefkit.importer.caselessnames import keyed_name
from briefkit.importer.cjkbylines import reporter_credit
from briefkit.importer.contactlines import without_contact
from briefkit.importer.creditwords import without_crew
from briefkit.importer.lazyre import compile_later
from briefkit.importer.namecase import uncapitalised
from briefkit.importer.notnames import NOT_NAMES
from briefkit.importer.pagewords import UI_LINE
from briefkit.importer.stopwords import FUNCTION_WORDS
from briefkit.importer.worldbylines import NAME_AND, POST_AFTER_NAME


def _person_with_wire(text: str) -> str | None:
    """The person's name of a "Jane Roe/dpa" byline, or None when no person signs before the wire."""
    m = _PERSON_WITH_WIRE.match(text)
    if not m or len(m.group("name").split()) < 2 or m.group("name").split()[0].casefold() in ARTICLES:
        return None  # "FR mit dpa", "Le Monde avec AFP": the desk or the paper, no person
    return m.group("name") if looks_like_name(m.group("name")) else None


# particles written only in small letters inside a name ("dela Cruz", "delos Santos": Filipino surnames);
# capitalised they are other words ("Dela", Swedish "share"), so never a name's first word
_LOWER_PARTICLES = {"dela", "delos"}
_PARTICLES = {
    "de",
    "da",
    "di",
    "du",
    "van",
    "von",
    "der",
    "den",
    "bin",
    "al",
    "el",
    "la",
    "le",
    "ibn",
    "dos",
    "del",
    "y",
}
ARTICLES = {"la", "el", "le", "les", "los", "las", "lo", "il", "der", "die", "das", "dem", "den", "the", "un", "una"}
_DETERMINERS = {"unser", "unsere", "lieber", "liebe", "mein", "meine", "dein", "deine", "our", "your", "my", "ihr"}
_NAME_WORD = compile_later(r"^[^\W\d_][\w’'.-]*$")  # a word of letters (any script); its first one a capital
# a contributor from outside the staff, after the name: "Special to the Post", "Especial para o Diário"
SPECIAL_TO = r"special\s+to|especial\s+para|spécial\s+pour|speciale\s+per|speciaal\s+voor"
# "Jane Doe in Seoul", "Jane Doe, Asia correspondent", "Jane Doe - Reporter", "Jane Doe | Reuters"
# (and a contributor's credit after the name: "Jane Roe Special to the Post", "Especial para o Diário")
_TAIL = compile_later(
    r"(?:^|\s+)(?:in|at|for|à|aus|em|au|desde|из)\s+[^\W\d_][\w .'-]*$|\s+[|–—-]\s+.*$"
    # (the formula may follow a bullet: "Jane Roe • Special to the Post")
    rf"|\s+(?:[•·]\s+)?(?i:{SPECIAL_TO})\s+.*$|{POST_AFTER_NAME}"
)
_POST_AFTER = compile_later(POST_AFTER_NAME)
# a live page's shift note after each name, "By Jane Roe (now) and Sam Poe (earlier)", or the wire they wrote with
_SHIFT = compile_later(
    r"\s*\((?:now|earlier|later|jetzt|zuvor|vorher|bisher|maintenant|plus\s+tôt|avant|ahora|antes|ora|prima|"
    r"agora|nu|eerder|сейчас|ранее|(?:avec|with|mit|con|com|met|с)\s+[^()]{2,40})\)",
    re.I,
)
ROLE = compile_later(
    r"\b(?:correspondent|reporter|editor|writer|staff|desk|bureau|chief|columnist|contributor|"
    r"analyst|producer|journalist|agencies|agency|senior|political|diplomatic|"
    # the desk, studio or bureau a name writes from, in the other languages ("Jane Roe, ARD-Studio Tokio")
    r"studio|redaktion|korrespondent(?:in)?|büro|rédaction|correspondant(?:e)?|envoyée?\s+spéciale?|"
    r"corresponsal|redacción|enviad[oa]\s+especial|corrispondente|redazione|inviat[oa]|correspondente|redação|"
    r"sucursal|redactie|корреспондент|редакция|"
    # the post a club's, a firm's or a parish's writer holds ("Jane Roe, Operations Manager")
    r"manager|director|secretary|officer|chair(?:man|woman)?|president|coordinator|geschäftsführer(?:in)?|"
    r"vorsitzende[rn]?|leiter(?:in)?|directeur|directrice|secrétaire|président(?:e)?|director[a]?|secretari[oa]|"
    r"presidente|segretari[oa]|direttore|diretor[a]?|voorzitter|secretaris|директор|секретарь)\b",
    re.I,
)
# a public office, printed before the name of whom a story quotes or a caption shows ("Mayor Jane Roe")
_OFFICE = compile_later(
    r"\w*minister(?:in)?|mayor|governor|senator|councillor|chancellor|bürgermeister(?:in)?|kanzler(?:in)?|"
    r"landrat|landrätin|maire|ministre|alcalde(?:sa)?|ministr[oa]|sindac[oa]|prefeit[oa]|burgemeester|wethouder|"
    r"мэр|министр|губернатор|президент",
    re.I,
)
# a newsroom's word among the posts: "Redaktion Coast Daily" is the desk signing, no post before a name
_DESK_WORD = compile_later(
    r"staff|desk|bureau|studio|agency|agencies|redaktion|büro|rédaction|redacción|redazione|redação|sucursal|"
    r"redactie|редакция",
    re.I,
)


# a bracketed note after a name: "Jane Roe (Lyon, correspondent)", "Sam Poe (staff writer)"
_BRACKET_NOTE = compile_later(r"\s*\(([^()]{2,50})\)")


def _without_post_notes(text: str) -> str:
    """The byline without the brackets after a name that give the writer's place and post ("(Lyon,
    correspondant)"): their comma would part the name from itself, and they name no one."""
    return _BRACKET_NOTE.sub(lambda m: "" if ROLE.search(m.group(1)) else m.group(0), text)


def _post_before_name(word: str) -> bool:
    """Whether `word`, first on a bare name's line, is a person's post or office ("Leiterin", "Mayor")."""
    return bool(ROLE.fullmatch(word) and not _DESK_WORD.fullmatch(word) or _OFFICE.fullmatch(word))


# "Jim Roe, The Associated Press": the outlet, not a second author
_OUTLET = compile_later(
    r"^the\s|\b(?:press|news|agency|reuters|afp|ap|times|post|herald|guardian|journal|media|wire)\b", re.I
)
# a company's legal form after its name ("Harbour Media GmbH"): the name is no person's
ORGANISATION = compile_later(r"\b(?:GmbH|AG|KG|Ltd|Inc|LLC|S\.A\.|SARL|S\.p\.A\.|B\.V\.|e\.V\.)(?:\W|$)")


# an academic title or a professional one before a name ("Dr.", "Prof.", "Dipl.-Ing.", "Mag.", "Avv."): the
# page prints it, the byline leaves it off
TITLE_BEFORE_NAME = compile_later(
    r"^(?:(?:Dr|Prof|PD|Mag|Ing|Dipl\.-\w+|Avv|Arch|Dott|Drs|Mr|Mme|Dra|Ir)\.?\s+)+(?=\S)"
)


def looks_like_name(text: str) -> bool:
    """Two to four capitalised words (particles such as "van" or "de" allowed): "Jane Doe"."""
    tokens = text.split()
    if not 2 <= len(tokens) <= 5:
        return False
    first = tokens[0].casefold()
    if first in NOT_NAMES or first in _DETERMINERS or (first in FUNCTION_WORDS and first not in _PARTICLES):
        return False  # "Die Redaktion", "In den IT-Berufen", "Unser Partner": a phrase, not a name
    capitals = 0
    # a byline printed in capitals ("JANE ROE"): every word of it, not one shouted word among others
    shouted = text.isupper() and len(tokens) <= 4 and all(len(t) >= 2 and t.lower() not in NOT_NAMES for t in tokens)
    shouted = shouted or capital_surname(text)  # "Deniz KAYA": the surname alone in capitals
    for k, token in enumerate(tokens):
        if token in ("i", "e") and 2 <= k == len(tokens) - 2:
            continue  # "Jordi Casals i Ferrer": the Catalan and Portuguese join before the second surname
        if k and token in _LOWER_PARTICLES:
            continue  # "Cristina dela Paz": a Filipino surname's particle, in small letters inside the name only
        if token.lower() in _PARTICLES:
            after_particle = k > 0 and tokens[k - 1].lower() in ("van", "von", "de", "del")
            if token.islower() and token in ARTICLES and not after_particle:
                return False  # "Zukunft der Arbeit": "der" is a name's only after "von"/"van" ("von der Leyen")
            continue
        if not _NAME_WORD.match(token) or not token[0].isupper() or token.isupper() and len(token) > 3 and not shouted:
            return False
        capitals += 1
    # asked last: each word against the buttons' labels was a third of a dated page's time (most fail above)
    if sum(_button_word(t) for t in tokens) >= 2:
        return False  # "Kommentieren Vorlesen Drucken Teilen": a row of buttons, capitalised as labels are
    return 2 <= capitals <= 4


@lru_cache(maxsize=4096)  # a page's words come back in line after line
def _button_word(token: str) -> bool:
    return UI_LINE.match(token) is not None


# the button a platform prints after its author's name, in each language
# "Jane Roe Gisteren om 18.45 uur", "Jane Roe Today at 9:40": the relative day and hour a page prints beside the
# name (it knows the day it was read; a dump does not), in the eight languages
_RELATIVE_STAMP = compile_later(
    r",?\s+(?:today|yesterday|heute|gestern|aujourd['’]hui|hier|hoy|ayer|oggi|ieri|hoje|ontem|vandaag|gisteren|"
    r"сегодня|вчера),?\s+(?:(?:at|um|à|a\s+las|alle|às|om|в)\s+)?\d{1,2}[:.h]\d{2}"
    r"(?:\s*(?:uhr|uur|h|am|pm|a\.\s?m\.|p\.\s?m\.))?$",
    re.I,
)
_FOLLOW_BUTTON = compile_later(r"\s+(?:follow|folgen|suivre|seguir|segui|volgen|подписаться)$", re.I)


# "…, edited by Sam Poe": the editor who checked the piece is never its author, in the eight languages
EDITED_BY = compile_later(
    r"[,;]?\s*\b(?:edited|editado|editada|édité|éditée|bearbeitet|redigiert|editato|editata|revisto|revisado|"
    r"revisada|bewerkt|geredigeerd|отредактировал[аи]?)\s+(?:by|por|par|von|da|door|pelo|pela)\b.*$",
    re.I,
)
# a story signed at its end after a dash: "— Jane Roe, Operations Manager"
_DASH_SIGNATURE = compile_later(r"^[—–-]\s*(?P<name>[^,—–]{3,60}?)(?:,\s*[^,]{2,60})?$")


def dash_signature(text: str) -> str | None:
    """The name of a closing "— Jane Roe, role" line, or None: a dash, a name, at most a role after it."""
    m = _DASH_SIGNATURE.match(text.strip())
    return m.group("name").strip() if m and looks_like_name(m.group("name").strip()) else None


@lru_cache(maxsize=4096)
def parse_byline(line: str, *, bare: bool = True) -> tuple[str, ...]:
    """The author names in a byline, or () when the line is not one.

    With `bare`, a line that is only a name ("Jane Doe") counts; the text reader allows that
    only near the headline, where such a line cannot be anything else.

    (Cached: the answer is the line's and `bare`'s alone, a tuple no caller can change, and a dump's passes
    ask it of the same lines again, near three times a line on a long page.)
    """
    text = re.sub(r"\s+", " ", line.replace("\u00a0", " ")).strip()
    if reporter := reporter_credit(text):
        return reporter  # "〔記者王小明／台北報導〕", "来源:某报 作者:王小明": `cjkbylines`
    # "Jane RoeCourt reporter", "Jane RoeEditor@janeroe": the post the layout glued to the name goes, the rest
    # of the card comes apart ("ByJane Roe" keeps its keyword: the glue after it opens no post)
    text = unglued_card(without_glued_post(_GLUED_BY.sub(r"\1 ", text)))
    text = without_contact(text)  # "Por Ana Roe aroe@example.com (509) 555-0148"
    # "Jane Roe (Leeds) & Sam Poe (York)", "Jan Nowakdziennikarz", "Jane Roe (Lyon, correspondent)"
    text = entry_name(_SHIFT.sub("", _without_post_notes(text)))
    if photographer(text):
        return ()  # "Jane RoeFotograf": the pictures' credit in a list of bylines, no writer
    text = _FOLLOW_BUTTON.sub("", text)  # "Jane Roe Follow": the button beside the name
    text = _RELATIVE_STAMP.sub("", text)  # "Jane Roe Gisteren om 18.45 uur": the name, not its hour
    text = without_pictographs(text)  # "✍️ Jane Roe"
    text = without_editor(EDITED_BY.sub("", text))  # "Por Jane Roe, editado por Sam Poe": the writer, not the editor
    if not re.search(r"(?:^|\s)\w\.$", text):  # a closing full stop goes, an initial's stays ("Nicolas Roe C.")
        text = text.rstrip(".")
    if not text or len(text) > 160:
        return ()
    post = _POST_AFTER.search(text)
    if post and post.start() > 0 and not KEYWORD_BYLINE.match(text):
        # "김민지 기자", "王小明 记者": the post after the name signs the line as a keyword before it does
        if named := parse_byline(f"By {text[: post.start()].strip()}", bare=bare):
            return named
    text = _DESK_FIRST.sub("", text)  # "Redacción / Jane Roe": the desk, then the writer
    text = _GLUED_BY.sub(r"\1 ", text)  # "ByJane Roe": a layout glued the keyword to the name
    text = OUR_REPORTER.sub("By ", text)  # "Von unserem Redakteur Jane Roe": the staff writer's own formula
    text = _person_with_wire(text) or text  # "Jane Roe/dpa": the person, not the wire
    if (extra := CONTRIBUTOR.search(text)) and (writer := parse_byline(text[: extra.start()], bare=bare)):
        return writer + tuple(n for n in split_names(text[extra.end() :]) if looks_like_name(n))
    if _AGENCY_BYLINE.match(text):  # "Staff and agencies in Seoul": no person, the desk signs as written
        return (text,)
    talk = _IN_CONVERSATION.fullmatch(text)
    if talk and all(looks_like_name(n) for n in talk.group(1, 2)):
        return talk.group(1, 2)  # not "Jane Roe in <a place>"
    m = KEYWORD_BYLINE.match(text)
    if m:
        credited = without_crew(m.group("names"))  # not "· Kamera: Sam Poe"
        text = _TITLE_INSIDE.sub("", _LOWER_TITLE.sub("", credited))
        if (posted := name_before_role(text)) and len(text.split()) - len(posted[0].split()) >= 2:
            return posted  # "Af Jane Roe Politisk reporter": after the keyword too, the name, not the post
    elif not bare:
        return ()
    elif (posted := name_before_role(text)) and len(text.split()) - len(posted[0].split()) >= 2:
        return posted  # "Jane Roe Political Editor": the name, not the post (of two words or more) after it
    shouted = _SHOUTED_NAME_DESK.match(text) if m else None
    if shouted and looks_like_name(shouted.group(1)):
        return (_uncapitalise(shouted.group(1)),)  # "By JANE ROE Northern Wire Service": the name, not its desk
    names = split_names(text)
    agency = re.compile(r"^[A-Z][\w&.-]*(?: [A-Z][\w&.-]*)?$")  # "By AP", "By Staff Reporter" after "By" only
    if not m and any(_post_before_name(n.split()[0]) for n in names):
        return ()  # "Leiterin Jane Roe": a post before a name names whom a caption shows or a story quotes
    if names and all(looks_like_name(n) or (m and keyed_name(n, agency)) for n in names):  # `caselessnames`
        return tuple(_uncapitalise(n) for n in names)
    return ()


# "Door dr. Jane Roe", "di prof. Jane Roe": a title some languages print in lower case (a capitalised one is a
# name word to `looks_like_name`, a lower-case one is not), left off before the capitalised name
_LOWER_TITLE = compile_later(
    r"^(?:(?:(?:dr|drs|prof|ir|mr|ing|dott|avv|arch|mag)\.|(?:juf|meester|mevrouw|meneer|frau|herr|sig\.ra|sig\.))\s*)+"
    r"(?=[A-ZÀ-ÞА-ЯЁ])"
)
# a teacher's or a courtesy title a school's or a parish's page prints before each name ("juf Lotte Roe en meester …")
_TITLE_INSIDE = compile_later(r"(?<=\s)(?:juf|meester|mevrouw|meneer|frau|herr)\s+(?=[A-ZÀ-ÞА-ЯЁ])")


def without_titles(text: str) -> str:
    """ "juf Lotte Roe en meester Sam Poe" -> "Lotte Roe en Sam Poe": the lower-case titles no name word is."""
    return _TITLE_INSIDE.sub("", _LOWER_TITLE.sub("", text))


# "ByJane Roe", "VonJane Roe": the keyword, then a capital with no space (no name word is shaped so)
_GLUED_BY = compile_later(r"^(By|Von|Par|Por|Door)(?=[A-Z])")
# the newsroom named before its writer with a slash ("Redacción / Jane Roe"), in the eight languages
_DESK_FIRST = compile_later(
    r"^(?:redaktion|rédaction|redacción|redazione|redação|redactie|редакция|newsroom|staff)\s*/\s*(?=\S)", re.I
)


# a wire's byline: the name in capitals, then the service it writes for in ordinary capitalised words
_SHOUTED_NAME_DESK = compile_later(r"^((?:[A-Z][A-Z.'’-]+\s+){1,3}[A-Z][A-Z'’-]+)\s+(?:[A-Z][a-z][\w&.'’-]*\s*){1,5}$")


def split_names(text: str) -> list[str]:
    """ "Jane Doe, John Roe and Ann Poe in Seoul" -> the three names."""
    pieces = re.split(rf"\s*(,|;|\b(?:and|und|et|y|e|en|и|{NAME_AND})\b|&|\+)\s*", text)
    names: list[str] = []
    after_role = False
    for k in range(0, len(pieces), 2):
        part = _TAIL.sub("", pieces[k].strip()).strip()
        if not part:
            continue
        if k and pieces[k - 1] == "," and names and len(part.split()) == 1 and " " in names[-1]:
            after_role = bool(ROLE.search(part))  # "…, corresponsal en Pekín": the place follows the role
            continue  # the place after a name: "Von Anna Beispiel, Berlin" (a second author has two names)
        # "Jane Doe, Asia correspondent", "Jane Doe, CNN", "Jane Doe, BBC News, Seoul"
        role = bool(ROLE.search(part) or _OUTLET.search(part) or re.fullmatch(r"[A-Z]{2,6}", part))
        # "…, ABC Project Team": a part opening with an acronym names an organisation (unless all is shouted)
        role = role or pieces[k - 1] == "," and not text.isupper() and bool(re.match(r"[A-Z]{3,}\b", part))
        if part and names and (role or (pieces[k - 1] == "," and not looks_like_name(part))):
            after_role = True
            continue
        if part and after_role and (len(part.split()) == 1 or pieces[k - 1] == ","):
            continue  # the place or the department after a role: "…, Seoul", "…, Racial Justice Program"
        after_role = False
        if k and names and _SECOND_SURNAME.fullmatch(part) and pieces[k - 1] in ("y", "i", "e") and " " in names[-1]:
            # "Jordi Casals i Ferrer", "José Ortega y Gasset": the Iberian join of a person's two surnames, not
            # two writers (a second writer has a given name too)
            names[-1] = f"{names[-1]} {pieces[k - 1]} {part}"
            continue
        if part:
            names.append(part)
    return names


# one capitalised word, as a second surname is: "Ferrer", "Gasset", "Sousa" (not a wire's initials, "EFE")
_SECOND_SURNAME = compile_later(r"[A-ZÀ-Þ][a-zß-ÿ'’-]+")


def _uncapitalise(name: str) -> str:
    """ "JANE ROE" (as some wires print bylines) -> "Jane Roe"; mixed case is left as written."""
    return uncapitalised(surname_cased(name))  # "Deniz KAYA" (`bylineshapes`), "JANE ROE" (`namecase`)


# the post set apart from the name by a slash or a bar: "Jane Roe / Staff writer", "Jane Roe | Court reporter",
# the slash also set close ("Jane Roe/Senior Staff Reporter")
_POST_APART = compile_later(r"^(?P<name>[^/|,]+?)(?:\s+[/|]\s+|(?<=[^\W\d_])/(?=[^\W\d_]))(?P<post>[^/|,]+)$")


def _is_post(words: list[str]) -> bool:
    """Whether words after a name are a post: capitalised first, at most five, ending in a post's word."""
    return 0 < len(words) <= 5 and words[0][:1].isupper() and bool(ROLE.fullmatch(words[-1]))


def name_before_role(text: str) -> tuple[str, ...]:
    """The name in "Jane Roe Social affairs correspondent": a byline printing the writer's post after the
    name with no comma. The post starts with a capital and ends in a post's word; the name before it holds
    none ("Anna Roe Senior Reporter" is Anna Roe), and a capital word before a small one opens the post
    ("Asia correspondent"), unless it is a post's word itself."""
    if (apart := _POST_APART.match(text)) and _is_post(apart["post"].split()) and not ROLE.search(apart["name"]):
        return (apart["name"],) if looks_like_name(apart["name"]) else ()  # "Jane Roe / Staff writer"
    words = text.split(",", 1)[0].split()  # the name ends at a comma: "Jane Roe Smith, Court reporter"
    for n in range(min(4, len(words) - 1), 1, -1):
        name, post = " ".join(words[:n]), words[n:]
        if len(post) > 5 or not post[0][:1].isupper() or ROLE.search(name) or not looks_like_name(name):
            continue
        if any(not w[:1].isalnum() for w in post):
            continue  # "Jane Marie Roe / Staff writer": a separator inside is no post's word; the name ends at it
        if ROLE.fullmatch(post[-1]) and (ROLE.fullmatch(post[0]) or any(w[:1].islower() for w in post)):
            return (name,)
    return ()


# an interview's credit line, the one interviewed first: "Jane Roe im Gespräch mit Ann Example"
_IN_CONVERSATION = compile_later(
    r"(.+?)\s+(?:im\s+gespräch\s+mit|in\s+conversation\s+with|en\s+conversation\s+avec|"
    r"en\s+conversación\s+con|in\s+conversazione\s+con|em\s+conversa\s+com|in\s+gesprek\s+met|"
    r"в\s+беседе\s+с)\s+(.+)",
    re.I,
)
