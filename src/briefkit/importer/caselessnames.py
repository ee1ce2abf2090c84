"""Bylines in scripts with no capital letters, and the labels of a few more Latin-script languages.

`bylines.looks_like_name` knows a name by its capitals, which Arabic, Persian, Urdu, Hebrew, the
Indic scripts, Thai, Korean, Chinese and Japanese do not have (Georgian has capitals in Unicode that no
name is written in). There a line is only read as a byline when its own word says so: the keyword
before the name (Arabic "بقلم", "كتب", Persian "به قلم", Urdu "تحریر:", Hebrew "מאת", Hindi "लेखक:",
Thai "โดย", Chinese and Japanese "作者：", "记者", Georgian "ავტორი:"). The name
itself is then one to four words of letters, none of them cased, no digits: a word after "كتب" that
goes on for a sentence is a sentence. A bare caseless line is never taken for a name (a short deck
or a menu entry looks the same).

And the labels before a closing signature in the Latin-script languages the eight and `laterwords`
leave out: Indonesian and Malay "Laporan:" (report), "Reporter:", Estonian "Toimetaja:" (the editor who
put the story together, the one person a public broadcaster's story names), "Autor:".
Written from the languages' own usage; no publisher's wording.
"""

from __future__ import annotations

import re
import unicodedata

from briefkit.importer.bylinegaps import CLOSING_LABELS
from briefkit.importer.notnames import NOT_NAMES

# the keyword before the writer's name in the caseless scripts (an optional colon after it): Arabic
# "بقلم" (by the pen of), "كتب"/"كتبت" (wrote), "بواسطة" (by), "إعداد" (prepared by), "تقرير:" (report);
# Persian "به قلم", "نویسنده:", "خبرنگار:"; Urdu "تحریر:", "رپورٹ:"; Hebrew "מאת" (by), "כתב:"/"כתבה:";
# Hindi "लेखक:", "रिपोर्ट:", "संवाददाता:"; Bengali "লেখক:"; Thai "โดย", "ผู้เขียน:"; Chinese and
# Japanese "作者:", "撰文:", Chinese "记者"/"記者" before the name
CASELESS_BY = (
    r"بقلم|كتب|كتبت|بواسطة|إعداد|تقرير(?=\s*:)|به\s+قلم|نویسنده(?=\s*:)|خبرنگار(?=\s*:)|تحریر(?=\s*:)|"
    r"رپورٹ(?=\s*:)|מאת|כתב(?=\s*:)|כתבה(?=\s*:)|लेखक(?=\s*:)|रिपोर्ट(?=\s*:)|संवाददाता(?=\s*:)|"
    r"লেখক(?=\s*:)|โดย|ผู้เขียน(?=\s*:)|作者(?=\s*[:：])|撰文(?=\s*[:：])|记者|記者|"
    # Georgian "ავტორი:" (author); Tamil "செய்தியாளர்:" and "நிருபர்:" (reporter, correspondent)
    r"ავტორი(?=\s*:)|செய்தியாளர்(?=\s*:)|நிருபர்(?=\s*:)"
)
# the labels of the further Latin-script languages, with their colon only ("Laporan" is also a noun)
LATIN_LABELS = r"laporan(?=\s*:)|toimetaja(?=\s*:)"
# a closing signature's label in them (`textaround`: the line that signs the story where it ends)
CLOSING_LABEL = rf"(?:{CASELESS_BY}|{LATIN_LABELS}|reporter(?=\s*:)|autor(?=\s*:)|(?:{CLOSING_LABELS})(?=\s*:))"

_MAX_WORDS = 4
# Georgian's letters (Mkhedruli) have capitals in Unicode (Mtavruli) that running text and names never use
_GEORGIAN, _GEORGIAN_END = "\u10d0", "\u10ff"
_MAX_CHARS = 40


def georgian(word: str) -> bool:
    """Whether a word is written in Georgian's letters, whose small letters are all a text uses (`str.islower`
    holds of every Georgian word, so a small letter there tells nothing of a name)."""
    return any(_GEORGIAN <= ch <= _GEORGIAN_END for ch in word)


def caseless_name(text: str) -> bool:
    """One to four words of letters in scripts with no capitals ("ريم العبدلي", "김민지", "रवि शंकर शर्मा"):
    a name once a keyword has said a name follows; alone, nothing tells it from any short phrase."""
    words = text.split()
    if not 1 <= len(words) <= _MAX_WORDS or len(text) > _MAX_CHARS or len(text.replace(" ", "")) < 2:
        return False
    for ch in text:
        if ch.isspace() or ch in "-'’׳״\u200c\u200d.":
            continue
        if ch.lower() != ch.upper() and not _GEORGIAN <= ch <= _GEORGIAN_END or unicodedata.category(ch)[0] not in "LM":
            return False  # a cased letter (the capitals' rules apply there), a digit, a sign
    return True


def keyed_name(name: str, agency: re.Pattern[str]) -> bool:
    """A name after a byline's keyword that the capitals' test does not pass: a wire's or a desk's
    (`agency`, "By AP", "By Staff Reporter"; not a word no name is, a missing profile's "Posted by
    Unknown"), or one in a script with no capitals ("بقلم ريم العبدلي")."""
    return bool(agency.match(name)) and name.casefold() not in NOT_NAMES or caseless_name(name)
