"""Patterns compiled when first used instead of when their module is imported.

The importer's modules hold some five hundred patterns, most of them long alternations of words in
eight languages; compiling them all took a fifth of a second of every import's start-up (Python's
regex compiler is written in Python), while a saved page uses fewer than half of them and a text
dump a little more (the patterns of the other kind of input, of a rare page's shape, are never
asked). `compile_later` gives an object that compiles its pattern on the first call of any of a
pattern's methods and then keeps the compiled methods on itself, so a later call costs what a
compiled pattern's costs. A page's import writes the same either way.

Such an object is no `re.Pattern` to the `re` module's functions (`re.sub(P, …)` refuses it):
call its methods instead (`P.sub(…)`), as the importer does. Its `pattern` is the source given.
"""

from __future__ import annotations

import re
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


def compile_later(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """A pattern compiled on its first use; typed as the compiled pattern whose methods it answers."""
    return cast("re.Pattern[str]", _Later(pattern, flags))
