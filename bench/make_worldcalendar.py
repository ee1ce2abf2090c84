"""Write src/briefkit/importer/worldcalendar.py from dateparser's language data (CLDR-derived).

The importer reads month and weekday names and "3 hours ago" forms of the languages beyond its first
eight from a table, not from dateparser at run time: parsing dateparser's data files costs ~85 ms a
process, a table nothing. Run this after upgrading dateparser to refresh the table (then `ruff format` the table):

    python bench/make_worldcalendar.py > src/briefkit/importer/worldcalendar.py
"""

from __future__ import annotations

import ast
import importlib.util
import re
import sys
from pathlib import Path

from briefkit.importer.monthnames import ENGLISH_DAYS, ENGLISH_MONTHS  # dateparser keys its names by them

LANGS = ("pl", "cs", "sk", "sv", "da", "nb", "fi", "tr", "ro", "hu", "el", "uk")
# later languages (Catalan, Croatian, Slovenian, Bulgarian, Lithuanian, Latvian, Estonian, Serbian in both
# scripts, Indonesian): only their full names, four letters or more, and none that an earlier language
# already gives another month ("listopad" is October in Croatian, November in Polish and Czech): the
# earlier reading stays, the later language's forms of that month are then read by their other endings
LATER = ("ca", "hr", "sl", "bg", "lt", "lv", "et", "sr-Latn", "sr-Cyrl", "id")
# three-letter short forms that are words of other languages ("led", "pro", "des", "sie", "tem"), or a name
# ("Ian"): a number before them is no date. Their language's dates keep the full names, which are read.
_AMBIGUOUS = {"led", "pro", "des", "sie", "tem", "ian", "lip", "sty", "paz", "lis", "dub", "elo", "ara"}
# later languages' short forms that are words of other languages or names ("rugs", "spal", Dutch "liep", the
# Estonian name "Jaan": Lithuanian "rugs.", "spal.", "liep.", Estonian "jaan.")
_LATER_WORDS = {"rugs", "spal", "liep", "jaan"}
# later languages whose news prints a month by its three letters as a rule ("14 Agu 2023", Indonesian): their
# three-letter forms are kept too, less the ambiguous ones above and those another language gives another month
SHORT_LATER = ("id",)
_ROMAN = re.compile(r"^[ivx]+$")
_NUMBER = re.compile(r"\(\\d\+\+\[\.,\]\?\\d\*\+\)")


def _info(lang: str) -> dict:
    spec = importlib.util.find_spec("dateparser")
    assert spec is not None and spec.submodule_search_locations
    path = Path(spec.submodule_search_locations[0]) / "data" / "date_translation_data" / f"{lang}.py"
    return ast.literal_eval(path.read_text(encoding="utf-8").split("=", 1)[1])


def _month_forms(info: dict, key: str) -> list[str]:
    forms = _both_cases({f.lower().rstrip(".") for f in info[key]})
    return sorted(f for f in forms if len(f) >= 4 or (len(f) == 3 and f not in _AMBIGUOUS and not _ROMAN.match(f)))


def _later_forms(forms: list[str], taken: dict[int, set[str]], own: int, shortest: int = 4) -> list[str]:
    """A later language's forms less the short ones, those of several words ("de gener", "d'abril": the
    date reader takes the "de" itself) and those an earlier language gives another month or day."""
    other = set().union(*(f for n, f in taken.items() if n != own))
    return [f for f in forms if len(f) >= shortest and re.fullmatch(r"\w+", f) and f not in other | _LATER_WORDS]


def _day_forms(info: dict, key: str) -> list[str]:
    # ("fred", Swedish for Friday in short, is a first name: a signature "Fred" must stay one)
    return sorted(_both_cases({f.lower() for f in info[key] if len(f) >= 4 and "." not in f} - {"fred"}))


def _wrapped(text: str, sep: str, indent: str) -> str:
    """A long string as adjacent literals of at most ~100 characters, cut after a separator."""
    pieces, line = [], ""
    for part in text.split(sep):
        if line and len(line) + len(part) > 96:
            pieces.append(line)
            line = ""
        line += part + sep
    pieces.append(line[: -len(sep)])
    return "(\n" + "".join(f'{indent}    "{p}"\n' for p in pieces) + f"{indent})"


def _longest_first(forms: set[str]) -> list[str]:
    return sorted(forms, key=lambda s: (-len(s), s))


def _both_cases(forms: set[str]) -> set[str]:
    """Lower-cased forms and their case-folded twins (Greek's final "ς" folds to "σ"): the importer looks
    a name up either way."""
    return forms | {f.casefold() for f in forms}


def main() -> None:
    months: dict[int, set[str]] = {i: set() for i in range(1, 13)}
    days: dict[int, set[str]] = {i: set() for i in range(1, 8)}
    before: dict[str, set[str]] = {}  # "před", "acum", "πριν από": the word before the count
    after: set[str] = set()  # "godziny temu", "saat önce", "órája": the unit and the word after the count
    near: set[str] = set()  # "wczoraj", "dün", "tegnap": the day named from the reading
    for lang in LANGS + LATER:
        info = _info(lang)
        for i, key in enumerate(ENGLISH_MONTHS, 1):
            forms = _month_forms(info, key)
            shortest = 3 if lang in SHORT_LATER else 4
            months[i].update(_later_forms(forms, months, i, shortest) if lang in LATER else forms)
        for i, key in enumerate(ENGLISH_DAYS, 1):
            forms = _day_forms(info, key)
            days[i].update(_later_forms(forms, days, i) if lang in LATER else forms)
        for key, forms in info.get("relative-type-regex", {}).items():
            if not key.endswith(" ago"):
                continue
            for form in forms:
                parts = _NUMBER.split(form, maxsplit=1)
                if len(parts) != 2 or "\\" in "".join(parts):
                    continue
                head, tail = parts[0].strip().lower(), parts[1].strip().lower()
                if not tail:  # ("−3 min", "for 3m": a sign or a bare letter, no words to know the form by)
                    continue
                if head in ("for", "för"):  # "för 3 timmar sedan", often printed without its "för"
                    if re.search(r"\s(?:sedan|siden|sen)$", tail):
                        after.add(tail)
                elif re.search(r"\w", head):  # "před 3 hodinami", "acum 3 ore": the word with its own units
                    # (Romanian puts "de" between a count from twenty and its unit: "acum 25 de minute")
                    before.setdefault(head, set()).update({tail, re.sub(r"^de\s+", "", tail)})
                elif not head:
                    after.add(tail)
        for key in ("0 day ago", "1 day ago"):
            near.update(f.lower() for f in info.get("relative-type", {}).get(key, []) if len(f) >= 4)
    out = [
        '"""Month and weekday names and "3 hours ago" forms of languages beyond the importer\'s first eight.',
        "",
        "Generated by bench/make_worldcalendar.py from dateparser's language data (itself from the Unicode",
        f"CLDR): {', '.join(LANGS)};",
        f"{', '.join(LATER)} (full names only; {', '.join(SHORT_LATER)} its months' short forms too).",
        "Short forms that are words of other languages are left out (see the script). `worlddates` and",
        "`worldlabels` read these for `dates` and `datelabels`; do not edit by hand.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "# each month's forms, space-separated (a table of strings keeps the module short and its import free)",
        "MONTH_FORMS: dict[int, str] = {",
    ]
    out += [f"    {i}: {_wrapped(' '.join(sorted(forms)), ' ', '    ')}," for i, forms in months.items()]
    out += ["}", "# each weekday's forms, Monday first", "WEEKDAY_FORMS: dict[int, str] = {"]
    out += [f"    {i}: {_wrapped(' '.join(sorted(forms)), ' ', '    ')}," for i, forms in days.items()]
    out += ["}"]
    out += [
        "# the word before the count, and the units after it: each its own alternatives",
        "AGO_BEFORE: dict[str, str] = {",
    ]
    out += [f'    "{h}": {_wrapped("|".join(_longest_first(t)), "|", "    ")},' for h, t in sorted(before.items())]
    out += ["}"]
    out += [f"AGO_AFTER = {_wrapped('|'.join(_longest_first(after)), '|', '')}"]
    out += [f"NEAR_DAYS = {_wrapped('|'.join(_longest_first(near)), '|', '')}"]
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
