"""`{% inline name %}`: a macro's markup written out where a hot loop needs it, from its one source.

A Jinja macro call costs more than the markup it makes (about 30 us a card against 20 us for
the card's markup written in the loop; a build shows ~10,000 cards). Theme loops used to carry
a hand-made copy of the macro's body that had to be kept in step with it. This extension
copies the body there before Jinja parses the template, so the markup is written once, in the
macro, and the loop is as fast as the copy was:

    {% inline card %}               the body of macro `card` of the same template
    {% inline time(d=b.date) %}     with `d` bound: `{% with d=b.date %}body{% endwith %}`

    {% inline time(d=x) from "_macros.html" %}   a macro of another template

The names the body uses must be bound where it is written out (the loop's variable, or the
arguments given). Jinja keys a compiled template by its own source only, so the compiled-
template cache (`render`) adds the sources a template copies from (`sources_used`) to its key.
A template line's number after an `inline` counts the lines the copy added.
"""

from __future__ import annotations

import re

from jinja2 import Environment, TemplateSyntaxError
from jinja2.ext import Extension

_MACRO = re.compile(r"\{%-?\s*macro\s+(\w+)\s*\(.*?\)\s*[-+]?%\}(.*?)\{%-?\s*endmacro\s*[-+]?%\}", re.DOTALL)
_INLINE = re.compile(r"\{%-?\s*inline\s+(\w+)\s*(?:\((.*?)\))?\s*(?:from\s+([\"'])(.+?)\3)?\s*[-+]?%\}", re.DOTALL)
# Deep enough for a macro that writes out another; a cycle stops here with an error.
_MAX_DEPTH = 8


class InlineMacros(Extension):
    """The `inline` tag, expanded by `preprocess` (Jinja's public hook for source rewriting)."""

    def preprocess(self, source: str, name: str | None, filename: str | None = None) -> str:
        if "inline" not in source:
            return source
        return expand(source, self.environment, name)


def sources_used(source: str) -> list[str]:
    """The templates `source` copies macros from, in order, each once."""
    return list(dict.fromkeys(m.group(4) for m in _INLINE.finditer(source) if m.group(4)))


def expand(source: str, environment: Environment, name: str | None = None, depth: int = 0) -> str:
    """`source` with each `{% inline %}` replaced by the body of the macro it names."""
    if depth > _MAX_DEPTH:
        raise TemplateSyntaxError("'inline' nested too deeply (does a macro write itself out?)", 1, name)
    others: dict[str, dict[str, str]] = {}

    def macros_of(template: str | None) -> dict[str, str]:
        if template is None:
            return {m.group(1): _body(m.group(2), environment) for m in _MACRO.finditer(source)}
        if template not in others:
            if environment.loader is None:
                raise TemplateSyntaxError(f"'inline … from \"{template}\"': the environment has no loader", 1, name)
            text = environment.loader.get_source(environment, template)[0]
            text = expand(text, environment, template, depth + 1)
            others[template] = {m.group(1): _body(m.group(2), environment) for m in _MACRO.finditer(text)}
        return others[template]

    for _ in range(_MAX_DEPTH):
        found = _INLINE.search(source)
        if found is None:
            return source
        bodies = macros_of(None)

        def copy(m: re.Match[str], source: str = source, bodies: dict[str, str] = bodies) -> str:
            where = m.group(4)
            body = (macros_of(where) if where else bodies).get(m.group(1))
            if body is None:
                line = source.count("\n", 0, m.start()) + 1
                place = f'"{where}"' if where else "this template"
                raise TemplateSyntaxError(f"'inline {m.group(1)}': no macro of that name in {place}", line, name)
            args = (m.group(2) or "").strip()
            # "+" keeps the text around the tag as written (no trim_blocks, no lstrip_blocks).
            return f"{{%+ with {args} +%}}{body}{{%+ endwith +%}}" if args else body

        source = _INLINE.sub(copy, source)
    found = _INLINE.search(source)
    line = source.count("\n", 0, found.start()) + 1 if found else 1
    raise TemplateSyntaxError("'inline' nested too deeply (does a macro write itself out?)", line, name)


def _body(body: str, environment: Environment) -> str:
    """The body as the macro outputs it: `trim_blocks` drops the newline after the macro tag."""
    if environment.trim_blocks and body.startswith("\n"):
        return body[1:]
    return body
