"""The markdown-it parser briefkit renders with: CommonMark, tables, strikethrough and footnotes,
plus the `[[id]]` rule, link offsets for diagnostics, and two rules made faster for plain text.

The parsers are built once per `allow_html` value and shared: a build renders a thousand bodies.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from markdown_it import MarkdownIt, rules_inline
from markdown_it.rules_core import StateCore
from markdown_it.rules_inline import StateInline
from markdown_it.token import Token
from mdit_py_plugins.footnote import footnote_plugin

from briefkit import blockrules

_WIKILINK_RE = re.compile(r"\[\[([^\[\]|\n]+)(?:\|([^\[\]\n]*))?\]\]")


def _wikilink_rule(state: StateInline, silent: bool) -> bool:
    """`[[id]]` / `[[id|text]]` as one token; resolved (and diagnosed) by the walk.

    An inline rule, not a regex over the source, so that code spans and code blocks keep
    `[[...]]` literally for free: markdown-it never hands their content to inline rules.
    """
    if state.src[state.pos] != "[" or not state.src.startswith("[[", state.pos):
        return False
    m = _WIKILINK_RE.match(state.src, state.pos, state.posMax)
    if m is None or not m.group(1).strip():
        return False
    if not silent:
        tok = state.push("wikilink", "", 0)
        text = (m.group(2) or "").strip()
        # The needle finds it in its source line; it stops before the "|", which a table
        # cell must write as "\|" (markdown-it has already unescaped that in `state.src`).
        needle = "[[" + m.group(1)
        tok.meta = {"id": m.group(1).strip(), "text": text or None, "offset": state.pos, "needle": needle}
        tok.markup = m.group(0)
    state.pos = m.end()
    return True


def _remember_offset(rule: Callable[[StateInline, bool], bool]) -> Callable[[StateInline, bool], bool]:
    """Wrap a link-making inline rule so its token records where in the inline source it began.

    markdown-it keeps line maps for blocks only; this offset is what lets an unsafe link be
    reported at its own line and column.
    """

    def wrapped(state: StateInline, silent: bool) -> bool:
        start, first = state.pos, len(state.tokens)
        ok = rule(state, silent)
        if ok and not silent:
            for tok in state.tokens[first:]:
                if tok.type in ("link_open", "image"):
                    tok.meta = {**(tok.meta or {}), "offset": start, "raw": state.src[start : state.pos]}
                    break
        return ok

    wrapped.__name__ = getattr(rule, "__name__", "rule")
    return wrapped


def build_parser(allow_html: bool) -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": allow_html}).enable(["table", "strikethrough"])
    if not allow_html:
        # Without the html option these rules only ever say no, after being tried at every
        # line and every "<": the same output, 3% less parsing.
        md.disable(["html_block", "html_inline"])
    md.use(footnote_plugin)
    md.core.ruler.at("normalize", _normalize)
    blockrules.install(md.block.ruler)
    if _plain_text_is_one_token(md):
        md.core.ruler.at("inline", _inline)
    md.inline.ruler.before("link", "wikilink", _wikilink_rule)
    for name, rule in (("link", rules_inline.link), ("image", rules_inline.image), ("autolink", rules_inline.autolink)):
        md.inline.ruler.at(name, _remember_offset(rule))
    # Accept every URL while parsing; the walk refuses unsafe ones and reports them.
    md.validateLink = lambda url: True  # type: ignore[method-assign]
    return md


_PARSERS: dict[bool, MarkdownIt] = {}


def _normalize(state: StateCore) -> None:
    """markdown-it's `normalize` rule (line endings to "\n", NUL to U+FFFD), without its
    regex substitution, which rewrote every "\n" of every body: 4% of parsing."""
    src = state.src
    if "\r" in src:
        src = src.replace("\r\n", "\n").replace("\r", "\n")
    if "\0" in src:
        src = src.replace("\0", "\ufffd")
    state.src = src


def _inline(state: StateCore) -> None:
    """markdown-it's core `inline` rule, with plain text made into its token directly.

    Nine in ten of a briefing's paragraphs, list items and headings hold no character that
    may start inline markup (none of `terminator_re`'s): the inline parser then makes one
    text token of all of it, after setting up its state and trying its post-processing rules
    for nothing. Here that token is made at once (parsing −14%). Only installed where
    the inline rules are the ones that give that token (`_plain_text_is_one_token`);
    tests/test_markdown.py compares the tokens with markdown-it's own rule.
    """
    md = state.md
    terminators = md.inline.terminator_re
    for token in state.tokens:
        if token.type == "inline":
            if token.children is None:
                token.children = []
            content = token.content
            if content and terminators.search(content) is None:
                token.children.append(Token("text", "", 0, content=content))
            else:
                md.inline.parse(content, md, state.env, token.children)


# Post-processing rules that leave a lone text token as it is.
_NO_OP_ON_TEXT = frozenset({"balance_pairs", "strikethrough", "emphasis", "fragments_join"})


def _plain_text_is_one_token(md: MarkdownIt) -> bool:
    """Whether the inline parser makes text without a terminator into one plain text token:
    markdown-it's `text` rule is tried first, and the post-processing rules leave it alone."""
    from markdown_it.rules_inline.text import text

    first = md.inline.ruler.getRules("")
    return bool(first) and first[0] is text and set(md.inline.ruler2.get_active_rules()) <= _NO_OP_ON_TEXT


def prepare_parser(allow_html: bool) -> None:
    """Build the parser now rather than at the first body (see `build.ahead.Ahead`)."""
    shared_parser(allow_html)


def shared_parser(allow_html: bool) -> MarkdownIt:
    md = _PARSERS.get(allow_html)
    if md is None:
        md = _PARSERS[allow_html] = build_parser(allow_html)
    return md
