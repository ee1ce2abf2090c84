"""The writer's credit as a Chinese, Japanese or Korean page's copied text prints it, where no capital tells a name.

(`cjkbylines` reads a byline's own text once found; this module finds the credit among a text dump's lines.)

Two shapes are read. A Chinese paper's line under the headline strings its data together: the time,
the source, the reporter, the correspondent, the font-size buttons ("2026-12-05 08:10 来源：某报
记者 王小明 通讯员 李华 字号：大 中 小"); the reporter's keyword "记者"/"記者" stands in the middle of
the line, not at its start, and the names after it end at the next label ("通讯员", "编辑", "字号").
And a Japanese or Chinese story closes on its writer in brackets, often with the bureau before the
name ("（社会部・山田花子）", "（本报记者 王小明）", "(김민지 기자)"): a line that is only the
bracket, right under the last paragraph, or (a Japanese paper's habit) the same bracket closing the last
paragraph's own line after its last sentence ("…としている。（山田花子）"). A name there is two to six
letters of the script, which no word list names; the labels around it are the languages' own.
"""

from __future__ import annotations

import re

from briefkit.importer import boilerplate
from briefkit.importer.cjkbylines import lead_credit, reporter_credit
from briefkit.importer.lazyre import compile_later

# the letters a name is written in: Han (with its repeat mark 々, as in 佐々木), kana, Hangul
_LETTER = r"[\u3005\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]"
# the labels that end a reporter's names in a Chinese data line: a correspondent, an intern, an editor,
# a photographer, the source, the font size, a proofreader (simplified and traditional)
_NEXT_LABEL = (
    r"通讯员|通訊員|实习生|實習生|责任编辑|責任編輯|编辑|編輯|摄影|攝影|摄|攝|来源|來源|字号|字號|校对|校對|"
    r"审核|審核|作者|供图|供圖"
)
_REPORTER = compile_later(
    rf"(?:记者|記者)\s*[:：]?\s*(?P<names>{_LETTER}{{2,4}}(?:\s*[、，,\s]\s*(?!(?:{_NEXT_LABEL})){_LETTER}{{2,4}})*)"
    rf"(?=\s|$|{_NEXT_LABEL}|[|｜])"
)
_NAME = compile_later(rf"{_LETTER}{{2,4}}")
# the post after a name: a Korean reporter, a correspondent
_POST = r"(?:기자|特派員|特派员|記者|记者)"
# "（社会部・山田花子）", "（本报记者 王小明）", "(김민지 기자)": the credit alone in its brackets
_BRACKETED = compile_later(
    rf"^[（(](?:{_LETTER}{{1,12}}[・･/／\s])?(?:本报记者|本報記者|记者|記者)?\s*"
    rf"(?!{_POST})(?P<name>{_LETTER}{{2,6}})"
    rf"(?:\s*{_POST})?[）)]$"
)
# "…としている。（山田花子）": the same credit closing the last paragraph's own line, right after its last sentence
_TRAILING = compile_later(r"[。」”！？](?P<credit>[（(][^（()）]{2,24}[）)])$")
# the notes a story closes on in the same brackets, which name nobody: honorifics omitted, the end, to be continued
_NOTES = frozenset({"敬称略", "敬稱略", "待续", "待續", "续完", "續完", "全文完"})
_SENTENCE_END = ("。", "」", "”", ".", "!", "?", "！", "？", "다")
# how far up from the story's end (and down past it) the bracketed credit may stand
_END_ABOVE = 3
_END_BELOW = 2


def reporter_names(text: str) -> tuple[str, ...]:
    """The names after the reporter's keyword inside a line ("… 记者 王小明 通讯员 李华 …" -> 王小明)."""
    m = _REPORTER.search(text)
    if m is None:
        return ()
    names = [n for n in _NAME.findall(m.group("names")) if not re.fullmatch(_NEXT_LABEL, n)]
    return tuple(dict.fromkeys(names))


def bracketed_credit(text: str) -> str | None:
    """The name a line that is only a bracketed credit gives ("（社会部・山田花子）" -> 山田花子)."""
    m = _BRACKETED.match(text.strip())
    return m.group("name") if m else None


def closing_credit(units: list[str], start: int, end: int) -> tuple[str, ...]:
    """The writer a bracketed credit names on the story's last lines, right under a paragraph's sentence."""
    for i in range(max(start + 1, end - _END_ABOVE), min(len(units), end + _END_BELOW)):
        line = boilerplate.plain(units[i]).strip()
        name = bracketed_credit(line)
        if name and boilerplate.plain(units[i - 1]).rstrip().endswith(_SENTENCE_END):
            return (name,)
    return ()


def trailing_credit(units: list[str], start: int, end: int) -> tuple[str, ...]:
    """The writer a Japanese paper's last paragraph names after its last sentence ("…た。（山田花子）").

    Read from the story's end upwards, the nearest paragraph closing so: a story whose end was not found
    still ends on it (the lines after are the page's), and a paragraph above it closing on a bracket is
    a quote's source or a count, never after the writer's own credit.
    """
    for i in range(min(len(units), end + _END_BELOW) - 1, start, -1):
        tail = _TRAILING.search(boilerplate.plain(units[i]).strip())
        if tail and (name := bracketed_credit(tail.group("credit"))) and name not in _NOTES:
            return (name,)
    return ()


# how far down from the story's start the lead with its credit may stand (past a caption or two)
_OPENING_BELOW = 4


def opening_credit(units: list[str], start: int) -> tuple[str, ...]:
    """The writer a Taiwanese lead credits before its first sentence, in its own brackets."""
    for i in range(max(0, start - 1), min(len(units), start + _OPENING_BELOW)):
        if credit := lead_credit(boilerplate.plain(units[i])):
            return reporter_credit(credit)
    return ()
