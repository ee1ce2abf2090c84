"""A name printed in capitals, written as a name again: "JANE ROE" -> "Jane Roe", in every script.

Wires, some CMSs' author fields and whole countries' bylines ("Jane ROE", the surname shouted as
Turkish and French papers print it) capitalise names; the briefing writes them as names. Python's
`lower` is not enough for every alphabet: the Turkish capital dotted İ lowers to "i" plus a combining
dot (a name that no longer equals itself typed), and in a Turkish name the dotless capital I is the
dotless ı. A name that holds one of the letters only Turkish (and Azeri) print is lowered the Turkish
way; Greek's final sigma is lowered by `str.lower` itself, as it reads the whole word.
"""

from __future__ import annotations

from briefkit.importer.lazyre import compile_later

# letters no alphabet but the Turkish (and Azeri) one prints: such a name's capital I is the dotless ı
_TURKISH = compile_later(r"[İıŞşĞğ]")
# the letters of a word (not its hyphens, apostrophes or dots)
_PART = compile_later(r"[^\W\d_]+")
# "II", "III", "IV": a roman numeral after a name stays in capitals
_NUMERAL = compile_later(r"[IVX]{1,4}")
# the Dutch and German particles inside a name, written in small letters there ("FLEUR VAN DER BERG" ->
# "Fleur van der Berg"; Italian "Di", "De" keep their capital and are left out)
_INNER_PARTICLES = frozenset({"van", "von", "der", "den", "ten", "ter", "zu"})
SHOUTED_LETTERS = 4  # a shorter word in capitals in a name of mixed case may be initials ("AJ", "JR")


def _lowered(word: str, turkish: bool) -> str:
    if turkish:
        word = word.replace("I", "ı").replace("İ", "i")
    return word.replace("İ", "i").lower()


def _as_name(word: str, turkish: bool) -> str:
    """One word in capitals as a name's word: its first letter stays a capital ("HYUNG-JIN" -> "Hyung-jin",
    as wires write a romanised given name)."""
    low = _lowered(word, turkish)
    first = "İ" if turkish and low[:1] == "i" else low[:1].upper()  # a Turkish word's capital of i is the dotted İ
    return first + low[1:]


def uncapitalised(name: str) -> str:
    """The name as a name is written: a whole name in capitals, or a word of it shouted among ordinary ones
    ("Jane ROE"); initials and roman numerals stay, and so does a name of mixed case otherwise."""
    tokens = name.split()
    if not tokens or len(name.replace(" ", "")) <= 3:
        return name
    whole = name.isupper()
    turkish = _TURKISH.search(name) is not None
    out = []
    for k, token in enumerate(tokens):
        letters = "".join(_PART.findall(token))
        shouted = token.isupper() and (whole and len(letters) >= 2 or len(letters) >= SHOUTED_LETTERS)
        if whole and k and k < len(tokens) - 1 and token.lower() in _INNER_PARTICLES:
            out.append(token.lower())
            continue
        out.append(_as_name(token, turkish) if shouted and not (k and _NUMERAL.fullmatch(token)) else token)
    return " ".join(out)
