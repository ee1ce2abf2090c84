"""markdown-it's block rules, tried only where a line's first character allows them.

markdown-it tries its block rules in turn at every line a block may start at, and its
terminator rules at every further line of a paragraph; nearly all of them say no after looking
at that line's first character. Parsing a briefing's blocks cost more than its inline text
until `BlockDispatch` took the rules a line's first character rules out, and those needing a
second line where there is none, out of the chain. The rules markdown-it runs are unchanged
and run in their order, so the tokens are the same: tests/test_markdown.py parses with and
without the dispatch, on the example site and on generated Markdown of every block kind.

A rule this module does not name (a plugin's, say) is always tried, so the dispatch can only
ever skip a rule that could not match.
"""

from __future__ import annotations

from collections.abc import Callable

from markdown_it.common.utils import mdTrim
from markdown_it.ruler import Ruler
from markdown_it.rules_block import StateBlock

BlockRule = Callable[[StateBlock, int, int, bool], bool]

# The first character (after at most three spaces of indentation) each rule needs: what each
# rule's own first test checks in markdown-it 3 and 4 and mdit-py-plugins.
_FIRST: dict[str, frozenset[str]] = {
    "code": frozenset(),  # indented four or more, which the dispatch leaves to markdown-it
    "fence": frozenset("`~"),
    "blockquote": frozenset(">"),
    "hr": frozenset("*-_"),
    "list": frozenset("*-+0123456789"),
    "reference": frozenset("["),
    "footnote_def": frozenset("["),
    "html_block": frozenset("<"),
    "heading": frozenset("#"),
}
# Rules that need a second line (a table's delimiter row, a setext underline) and so cannot
# match a line followed by a blank one or by the end of the range.
_TWO_LINES = frozenset({"table", "lheading"})

NAME = "block_dispatch"


class BlockDispatch:
    """The first rule of the block chain: it runs the rest, less what cannot match here.

    It stands aside (returns False, so markdown-it runs its whole chain) for lines indented as
    code. Chains are filtered from the ruler's own and made again if the ruler changes.
    """

    def __init__(self) -> None:
        self._source: list[BlockRule] | None = None
        self._terminator_source: list[BlockRule] | None = None
        self._chains: dict[tuple[str, bool], list[BlockRule]] = {}
        self._terminators: dict[str, list[BlockRule]] = {}
        self._names: dict[BlockRule, str] = {}

    def __call__(self, state: StateBlock, start: int, end: int, silent: bool) -> bool:
        if silent or state.sCount[start] - state.blkIndent >= 4:
            return False
        pos = state.bMarks[start] + state.tShift[start]
        if pos >= state.eMarks[start]:
            return False
        following = start + 1
        alone = following >= end or state.isEmpty(following)
        for rule in self._chain(state.md.block.ruler, state.src[pos], alone):
            if rule(state, start, end, False):
                return True
        return False

    def _chain(self, ruler: Ruler[BlockRule], first: str, alone: bool) -> list[BlockRule]:
        rules = ruler.getRules("")
        if rules is not self._source:
            self._source, self._chains = rules, {}
            self._names = _rule_names(ruler)
        chain = self._chains.get((first, alone))
        if chain is None:
            chain = self._chains[first, alone] = [
                fn for fn in rules if self._names.get(fn) != NAME and _may_start(self._names.get(fn), first, alone)
            ]
        return chain

    def ends_paragraph(self, state: StateBlock, line: int, end: int) -> bool:
        """Whether a block starting at `line` ends the paragraph before it (asked silently)."""
        for rule in self.terminators(state, line):
            if rule(state, line, end, True):
                return True
        return False

    def terminators(self, state: StateBlock, line: int) -> list[BlockRule]:
        """The rules that may end a paragraph at `line` (a non-empty line)."""
        ruler = state.md.block.ruler
        rules = ruler.getRules("paragraph")
        if rules is not self._terminator_source:
            self._terminator_source, self._terminators = rules, {}
            self._names = _rule_names(ruler)
        first = state.src[state.bMarks[line] + state.tShift[line]]
        chain = self._terminators.get(first)
        if chain is None:
            # A terminator is asked about the line after a paragraph's first: it may have a
            # line after it, so the two-line rules stay.
            chain = self._terminators[first] = [fn for fn in rules if _may_start(self._names.get(fn), first, False)]
        return chain


def _rule_names(ruler: Ruler[BlockRule]) -> dict[BlockRule, str]:
    """Each enabled rule's function -> its name, through the ruler's public API (the default
    chain lists every enabled rule, in the same order as their names)."""
    return dict(zip(ruler.getRules(""), ruler.get_active_rules(), strict=True))


def _may_start(name: str | None, first: str, alone: bool) -> bool:
    if name in _FIRST:
        return first in _FIRST[name]
    return not (alone and name in _TWO_LINES)


def install(ruler: Ruler[BlockRule]) -> BlockDispatch:
    """Put a dispatch first in `ruler`, and paragraph rules that ask it for their terminators."""
    dispatch = BlockDispatch()
    ruler.before(ruler.get_all_rules()[0], NAME, dispatch)
    ruler.at("paragraph", _paragraph_rule(dispatch))
    ruler.at("lheading", _lheading_rule(dispatch))
    return dispatch


def _push_block(state: StateBlock, kind: str, tag: str, markup: str, start: int, end: int, text_end: int) -> None:
    """The open, inline and close tokens of a block whose text is lines `start` to `text_end`."""
    content = mdTrim(state.getLines(start, text_end, state.blkIndent, False))
    token = state.push(kind + "_open", tag, 1)
    token.markup = markup
    token.map = [start, end]
    token = state.push("inline", "", 0)
    token.content = content
    token.map = [start, text_end]
    token.children = []
    token = state.push(kind + "_close", tag, -1)
    token.markup = markup


def _paragraph_rule(dispatch: BlockDispatch) -> BlockRule:
    def paragraph(state: StateBlock, startLine: int, endLine: int, silent: bool) -> bool:
        """markdown-it's `paragraph` rule, trying only the terminators `dispatch` allows."""
        nextLine = startLine + 1
        endLine = state.lineMax
        oldParentType = state.parentType
        state.parentType = "paragraph"
        while nextLine < endLine:
            if state.isEmpty(nextLine):
                break
            # after a paragraph's first line, indentation and blockquote lines continue it
            if state.sCount[nextLine] - state.blkIndent > 3 or state.sCount[nextLine] < 0:
                nextLine += 1
                continue
            if dispatch.ends_paragraph(state, nextLine, endLine):
                break
            nextLine += 1

        state.line = nextLine
        _push_block(state, "paragraph", "p", "", startLine, nextLine, nextLine)
        state.parentType = oldParentType
        return True

    return paragraph


def _lheading_rule(dispatch: BlockDispatch) -> BlockRule:
    def lheading(state: StateBlock, startLine: int, endLine: int, silent: bool) -> bool:
        """markdown-it's `lheading` (setext heading) rule, with `dispatch`'s terminators."""
        level = None
        nextLine = startLine + 1
        if state.is_code_block(startLine):
            return False
        oldParentType = state.parentType
        state.parentType = "paragraph"  # markdown-it leaves it so when there is no heading
        marker = ""
        while nextLine < endLine and not state.isEmpty(nextLine):
            if state.sCount[nextLine] - state.blkIndent > 3:
                nextLine += 1
                continue
            if state.sCount[nextLine] >= state.blkIndent:
                pos = state.bMarks[nextLine] + state.tShift[nextLine]
                maximum = state.eMarks[nextLine]
                if pos < maximum:
                    marker = state.src[pos]
                    if marker in ("-", "="):
                        pos = state.skipSpaces(state.skipCharsStr(pos, marker))
                        if pos >= maximum:
                            level = 1 if marker == "=" else 2
                            break
            if state.sCount[nextLine] < 0:
                nextLine += 1
                continue
            if dispatch.ends_paragraph(state, nextLine, endLine):
                break
            nextLine += 1

        if not level:
            return False

        state.line = nextLine + 1
        _push_block(state, "heading", "h" + str(level), marker, startLine, nextLine + 1, nextLine)
        state.parentType = oldParentType
        return True

    return lheading
