"""Diagnostics: every problem briefkit finds, with where it is and how to fix it.

Stages never raise on bad content; they report into a shared `Diagnostics` and carry on, so
one run shows the user every problem at once (the way a compiler does, not the way a crash
does). Only the edges (cli, serve, publish) decide what a diagnostic means for the exit code.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Pos:
    """A place in a source file: site-relative POSIX path, 1-based line and column."""

    path: str
    line: int | None = None
    col: int | None = None

    def __str__(self) -> str:
        parts = [self.path]
        if self.line is not None:
            parts.append(str(self.line))
            if self.col is not None:
                parts.append(str(self.col))
        return ":".join(parts)


@dataclass(frozen=True, slots=True)
class Diagnostic:
    severity: Severity
    message: str
    pos: Pos | None = None
    hint: str | None = None
    code: str = ""

    def format(self, *, strict: bool = False) -> str:
        """`path:line:col: error: message` then an indented hint line, as compilers print."""
        sev = self.severity.value
        head = f"{self.pos}: {sev}: {self.message}" if self.pos else f"{sev}: {self.message}"
        if self.hint:
            return f"{head}\n  hint: {self.hint}"
        return head

    def sort_key(self) -> tuple:
        p = self.pos
        return (p.path if p else "", (p.line or 0) if p else 0, (p.col or 0) if p else 0, self.message)


@dataclass
class Diagnostics:
    """A collector stages append to; iteration is in file/line order."""

    items: list[Diagnostic] = field(default_factory=list)

    def error(self, message: str, pos: Pos | None = None, hint: str | None = None, code: str = "") -> None:
        self.items.append(Diagnostic(Severity.ERROR, message, pos, hint, code))

    def warning(self, message: str, pos: Pos | None = None, hint: str | None = None, code: str = "") -> None:
        self.items.append(Diagnostic(Severity.WARNING, message, pos, hint, code))

    def add(self, diagnostic: Diagnostic) -> None:
        self.items.append(diagnostic)

    def extend(self, other: Iterable[Diagnostic]) -> None:
        self.items.extend(other)

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.items if d.severity is Severity.ERROR]

    @property
    def warnings(self) -> list[Diagnostic]:
        return [d for d in self.items if d.severity is Severity.WARNING]

    def failed(self, strict: bool = False) -> bool:
        """Whether the run must fail: any error, or with `strict` any diagnostic at all."""
        return bool(self.errors) or (strict and bool(self.items))

    def sorted(self) -> list[Diagnostic]:
        seen: set[Diagnostic] = set()
        out = []
        for d in sorted(self.items, key=Diagnostic.sort_key):
            if d not in seen:
                seen.add(d)
                out.append(d)
        return out

    def __iter__(self) -> Iterator[Diagnostic]:
        return iter(self.sorted())

    def __len__(self) -> int:
        return len(self.items)

    def summary(self) -> str:
        e, w = len(self.errors), len(self.warnings)
        return f"{e} error{'s' if e != 1 else ''}, {w} warning{'s' if w != 1 else ''}"


def did_you_mean(word: str, candidates: Iterable[str]) -> str | None:
    """A hint naming the closest candidate, or None when nothing is close enough."""
    import difflib  # only when there is a problem to suggest for

    close = difflib.get_close_matches(word, list(candidates), n=1, cutoff=0.6)
    return f"did you mean '{close[0]}'?" if close else None
