"""Patterns compiled when first used instead of when their module is imported.

The importer's modules hold some five hundred patterns, most of them long alternations of words in
eight languages; compiling them all took a fifth of a second of every import's start-up (Python's
regex compiler is written in Python), while a saved page uses fewer than half of them and a text
dump a little more (the patterns of the other kind of input, of a rare page's shape, are never
asked). `compile_later` gives an object that compiles its pattern on the first call of any of a
pattern's methods and then keeps the compiled methods on itself, so a later call costs what a
compiled pattern's costs. A page's import writes the same either way.

A pattern may also be given `needs`, a cheap test of the string that every match requires (a colon in it, a
small letter run into a capital, a character of a wide script, another pattern's match at its start): where
the test fails, `match`, `search` and `fullmatch` answer None without compiling or running the pattern. That
is the answer the pattern itself gives (no match is possible without what `needs` tests), so the output is the
same; what is saved is the compiling of a long pattern that no line of a page could match, and its runs.

Such an object is no `re.Pattern` to the `re` module's functions (`re.sub(P, …)` refuses it):
call its methods instead (`P.sub(…)`), as the importer does. Its `pattern` is the source given.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from typing import Any, cast

# what is taken from the compiled pattern on the first use (all but `pattern`, which is the source given)
_TAKEN = (
    "search",
    "match",
    "fullmatch",
    "sub",
    "subn",
    "split",
    "findall",
    "finditer",
    "scanner",
    "flags",
    "groups",
    "groupindex",
)


class _Later:
    """A pattern's source and flags, compiled on the first use of anything but `pattern`."""

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern
        self._flags = flags

    def __getattr__(self, name: str) -> Any:
        # only reached for what is not set yet; dunders (copy, pickle) are not a pattern's to answer
        if name.startswith("__") or name in ("pattern", "_flags"):
            raise AttributeError(name)
        compiled = re.compile(self.pattern, self._flags)
        for attr in _TAKEN:
            setattr(self, attr, getattr(compiled, attr))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"compile_later({self.pattern!r}, {self._flags})"


class _Needing:
    """A `_Later` asked only where its `needs` holds of the whole string; everything else is the pattern's."""

    def __init__(self, pattern: str, flags: int, needs: Callable[[str], bool]) -> None:
        self.pattern = pattern
        self._later = _Later(pattern, flags)
        self._needs = needs

    def _asked(self, string: str, pos: int, endpos: int) -> bool:
        # the test is of the whole string: a bounded call (none in the importer) is left to the pattern
        return pos != 0 or endpos < len(string) or self._needs(string)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._later.match(string, pos, endpos) if self._asked(string, pos, endpos) else None

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._later.search(string, pos, endpos) if self._asked(string, pos, endpos) else None

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._later.fullmatch(string, pos, endpos) if self._asked(string, pos, endpos) else None

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") or name in ("pattern", "_later", "_needs"):
            raise AttributeError(name)
        return getattr(self._later, name)

    def __repr__(self) -> str:
        return f"compile_later({self.pattern!r}, {self._later._flags}, needs={self._needs!r})"


def compile_later(pattern: str, flags: int = 0, *, needs: Callable[[str], bool] | None = None) -> re.Pattern[str]:
    """A pattern compiled on its first use; typed as the compiled pattern whose methods it answers.

    `needs`: a test that holds of every string the pattern can match (see the module's note); `match`,
    `search` and `fullmatch` of a string it fails are None, the pattern neither compiled nor run."""
    if needs is None:
        return cast("re.Pattern[str]", _Later(pattern, flags))
    return cast("re.Pattern[str]", _Needing(pattern, flags, needs))


def reaches(floor: str) -> Callable[[str], bool]:
    """A `needs` for a pattern that matches only where the string holds a character at or above `floor` (a class
    of CJK, Thai or Hangul ranges, none cased, whose lowest code point is `floor`): `max` reads the string in C,
    and a page in a Latin script never compiles the pattern (a wide range costs Python's compiler a loop over
    each of its characters)."""

    def holds(string: str) -> bool:
        return max(string, default="\0") >= floor

    return holds


_DIGIT = re.compile(r"\d")


def has_digit(string: str) -> bool:
    r"""A `needs` for a pattern each of whose forms holds a `\d`: a digit of any script, as the pattern reads one."""
    return _DIGIT.search(string) is not None
