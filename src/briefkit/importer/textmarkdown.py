"""A copied page's story lines as Markdown.

A text dump has lost its markup: a list's bullets and a subheading survive only as a line's shape
(a marker at its start; a short capitalised line over a long paragraph). They are given back their
Markdown here, and any text that Markdown would read as structure it never had is escaped.
"""

from __future__ import annotations

import re

from briefkit.importer.boilerplate import SENTENCE_END
from briefkit.importer.lazyre import compile_later

LIST_ITEM = compile_later(r"^(?:[-*+•·▪–]\s+|(?P<num>\d{1,2})[.)]\s+)(?P<text>.+)$")


def to_markdown(units: list[str]) -> str:
    """Plain paragraphs to Markdown: short title-like lines become headings, bullets become lists."""
    out: list[str] = []
    prev_list = False
    for i, unit in enumerate(units):
        text = unit.strip()
        item = LIST_ITEM.match(text)
        if item:
            marker = f"{item.group('num')}." if item.group("num") else "-"
            line = f"{marker} {_escape(item.group('text'))}"
            if prev_list:
                out[-1] += "\n" + line
            else:
                out.append(line)
            prev_list = True
            continue
        prev_list = False
        if _is_heading(units, i):
            out.append(f"## {_escape(text)}")
        else:
            out.append(_escape(text))
    return "\n\n".join(out)


def _is_heading(units: list[str], i: int) -> bool:
    text = units[i].strip()
    n = len(text.split())
    if not 1 <= n <= 12 or text.endswith(SENTENCE_END) or not text[:1].isupper():
        return False
    if i == 0 or i == len(units) - 1:
        return False
    return len(units[i + 1].split()) >= 15


def _escape(text: str) -> str:
    """Keep text from being read as Markdown structure it never had."""
    text = re.sub(r"^(#{1,6}\s|>|\d+[.)]\s|[-*+]\s|={3,}|-{3,})", r"\\\1", text)
    return text.replace("[[", "[\\[")
