"""Markdown bodies -> HTML, with briefkit's cross-links and its safety rules.

One parse per body gives everything later stages need from it: the HTML, the table of
contents, the ids it links with `[[id]]` and the actors it mentions (search indexes the built
pages, so no plain text is kept). Everything content-specific happens in one walk over markdown-it's token stream
*after* parsing, not in renderer rules, because that walk can see context a renderer rule
cannot (are we inside a link? a heading?) and can report diagnostics with real file positions.

Safety: raw HTML is escaped unless the site opts in (`allow_html`), and link/image URLs are
checked against an allow-list of schemes. markdown-it's own deny-list would silently drop a
`javascript:` link; here the parser accepts every URL so that the walk can refuse it *and say
where*, the way every other content error is reported.

The parsers are built once per `allow_html` value and shared: a build renders a thousand bodies.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator, Literal, Mapping
from urllib.parse import unquote

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore
from markdown_it.rules_inline import StateInline
from markdown_it.token import Token
from mdit_py_plugins.footnote import footnote_plugin

from briefkit import blockrules
from briefkit.diagnostics import Diagnostics, Pos, did_you_mean
from briefkit.model import DocKind
from briefkit.urls import slugify

__all__ = ["LinkTarget", "Heading", "MarkdownContext", "RenderedBody", "render_body", "SAFE_SCHEMES"]


@dataclass(frozen=True, slots=True)
class LinkTarget:
    """Where `[[id]]` goes and what it says by default."""

    url: str  # root-relative URL with the base path: "/repo/actors/kim-jong-un/"
    title: str  # default link text: actor name, sanction title, briefing title
    kind: DocKind


@dataclass(frozen=True, slots=True)
class Heading:
    level: int
    text: str
    anchor: str


@dataclass(frozen=True, slots=True)
class MarkdownContext:
    """What a body may link to and which names to link or detect (built by `linking.LinkIndex`)."""

    targets: Mapping[str, LinkTarget]
    autolink: Literal["first", "all", "none"]
    autolink_terms: Mapping[str, tuple[str, ...]]  # actor id -> names/aliases to autolink
    mention_terms: Mapping[str, tuple[str, ...]]  # actor id -> names/aliases to detect
    allow_html: bool = False


@dataclass(frozen=True, slots=True)
class RenderedBody:
    html: str
    toc: tuple[Heading, ...]
    links: tuple[str, ...]  # ids linked by [[...]], in order of first appearance
    mentions: tuple[str, ...]  # actor ids whose name/alias occurs in the plain text


SAFE_SCHEMES = frozenset({"http", "https", "mailto"})
_SCHEME_RE = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]*):")
_WIKILINK_RE = re.compile(r"\[\[([^\[\]|\n]+)(?:\|([^\[\]\n]*))?\]\]")
_CONTROL_RE = re.compile(r"[\x00-\x20\x7f]+")

# ---------------------------------------------------------------------------------------------
# The parser


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


def _build_parser(allow_html: bool) -> MarkdownIt:
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
    for name in ("link", "image", "autolink"):
        rule = next(r for r in md.inline.ruler.__rules__ if r.name == name)
        md.inline.ruler.at(name, _remember_offset(rule.fn))
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
    _parser(allow_html)


def _parser(allow_html: bool) -> MarkdownIt:
    md = _PARSERS.get(allow_html)
    if md is None:
        md = _PARSERS[allow_html] = _build_parser(allow_html)
    return md


# ---------------------------------------------------------------------------------------------
# Name matching (autolinks and mentions)


class _TermMatcher:
    """All terms of a set of actors as one regex: whole words, case-sensitive, longest first.

    The regex of a registry's every name takes ~20 ms to compile, more than rendering the one
    body an edit changes. So a matcher starts by compiling, for each text it is given, a regex
    of only the terms that occur in that text (whitespace-normalised, so a term broken across
    lines counts); a term that does not occur cannot match, so the matches are the same. Once
    it has been given `_EAGER_AFTER` texts — a build rendering many bodies — it compiles the
    whole set once and uses that (together at most about twice the cost of either choice).
    """

    __slots__ = ("owners", "_regex", "_texts", "_eager_after", "_subsets")

    def __init__(self, owners: dict[str, tuple[str, ...]], *, eager_after: int | None = None) -> None:
        self.owners = owners  # whitespace-normalised term -> actor ids
        self._regex: re.Pattern[str] | None = None
        self._texts = 0
        self._eager_after = _EAGER_AFTER if eager_after is None else eager_after
        self._subsets: dict[tuple[str, ...], re.Pattern[str] | None] = {}

    def regex_for(self, text: str) -> re.Pattern[str] | None:
        """A regex finding, in `text`, exactly the matches of all terms (None: there are none)."""
        if self._regex is not None or not self.owners:
            return self._regex
        self._texts += 1
        if self._texts > self._eager_after:
            self._regex = _compile_terms(self.owners)
            self._subsets.clear()
            return self._regex
        norm = " ".join(text.split())
        present = tuple(term for term in self.owners if term in norm)
        if not present:
            return None
        regex = self._subsets.get(present)
        if regex is None:
            regex = self._subsets[present] = _compile_terms(present)
        return regex

    def finditer(self, text: str) -> Iterator[tuple[int, int, tuple[str, ...]]]:
        regex = self.regex_for(text)
        pos = 0
        while True:
            m = _search(regex, text, pos)
            if m is None:
                return
            ids = self.owners.get(" ".join(m.group().split()))
            if ids:
                yield m.start(), m.end(), ids
            pos = m.end() if m.end() > m.start() else m.start() + 1


# Texts a matcher searches with per-text regexes before compiling all its terms at once.
_EAGER_AFTER = 48


def _search(regex: re.Pattern[str] | None, text: str, pos: int = 0) -> re.Match[str] | None:
    r"""The leftmost match from `pos` that starts a word (what `(?<!\w)` would say).

    The start-of-word test is made here rather than as a lookbehind at the head of the
    pattern, because a pattern starting with a lookbehind loses the regex engine's scan
    for the possible first letters: with it, matching was ~4x slower, half of the time
    the Markdown stage spent on briefkit's own work.
    """
    if regex is None:
        return None
    while True:
        m = regex.search(text, pos)
        if m is None:
            return None
        start = m.start()
        if start == 0 or not _is_word(text[start - 1]):
            return m
        pos = start + 1


def _compile_terms(terms: Iterable[str]) -> re.Pattern[str]:
    return re.compile(rf"{_trie_pattern(terms)}(?!\w)")


def _build_matcher(terms: Mapping[str, Iterable[str]], *, eager_after: int | None = None) -> _TermMatcher:
    return _TermMatcher(_owners(terms), eager_after=eager_after)


def _trie_pattern(terms: Iterable[str]) -> str:
    """One regex for many terms, shaped as a trie so each position tries one branch per letter.

    A flat alternation of a registry's names costs a try per name at every position of every
    body; the trie costs a try per distinct next letter. Longest match first comes from the
    greedy `?` on a node that is also the end of a term ("Kim" then optionally " Jong-un"),
    and backtracking falls back to the shorter term when the longer one is not a whole word.
    A space matches any run of whitespace, so a name broken across source lines is found.
    """
    trie: dict = {}
    for term in terms:
        node = trie
        for ch in term:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [
            (r"\s+" if ch == " " else re.escape(ch)) + build(child)
            for ch, child in sorted(node.items())
            if ch != ""
        ]
        if not branches:
            return ""
        if "" in node:
            return "(?:" + "|".join(branches) + ")?"
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return "(?:" + build(trie) + ")"


_MATCHERS_BY_IDENTITY: dict[int, tuple[Mapping[str, tuple[str, ...]], _TermMatcher]] = {}
_MATCHERS_BY_CONTENT: dict[tuple, _TermMatcher] = {}
_MATCHER_CACHE_MAX = 256


def _matcher(terms: Mapping[str, tuple[str, ...]]) -> _TermMatcher:
    """Compiled matcher for a term map, cached: the registry-wide map is the same for every body.

    Identity first (the common case: `LinkIndex` hands out the same mapping object, and holding
    a reference keeps its id from being reused), then by content.
    """
    hit = _MATCHERS_BY_IDENTITY.get(id(terms))
    if hit is not None and hit[0] is terms:
        return hit[1]
    key = tuple(sorted((k, tuple(v)) for k, v in terms.items()))
    matcher = _MATCHERS_BY_CONTENT.get(key)
    if matcher is None:
        if len(_MATCHERS_BY_CONTENT) >= _MATCHER_CACHE_MAX:
            _MATCHERS_BY_CONTENT.clear()
        matcher = _MATCHERS_BY_CONTENT[key] = _build_matcher(terms)
    if len(_MATCHERS_BY_IDENTITY) >= _MATCHER_CACHE_MAX:
        _MATCHERS_BY_IDENTITY.clear()
    _MATCHERS_BY_IDENTITY[id(terms)] = (terms, matcher)
    return matcher


def _owners(terms: Mapping[str, Iterable[str]]) -> dict[str, tuple[str, ...]]:
    """Whitespace-normalised term -> the actor ids going by it (as `_build_matcher` keys them)."""
    owners: dict[str, list[str]] = {}
    for actor_id, names in terms.items():
        for name in names:
            key = " ".join(name.split())
            if key and actor_id not in owners.setdefault(key, []):
                owners[key].append(actor_id)
    return {k: tuple(v) for k, v in owners.items()}


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # what `\w` matches in a str pattern


@dataclass(frozen=True, slots=True)
class _SubsetMatcher:
    """The matches `_build_matcher(chosen)` would find, using a wider matcher already compiled.

    Every briefing autolinks a different set of actors; compiling a regex per briefing cost a
    third of the Markdown stage. Any term of the chosen set that matches at a position is a
    prefix of the longest term of the wider set matching there (two matches at one position
    are prefixes of one another), so searching with the wider regex and cutting its match
    back to the longest chosen prefix that ends a word gives the same leftmost-longest matches.
    """

    wider: _TermMatcher
    owners: dict[str, tuple[str, ...]]  # chosen terms only
    # The actors a match can link (named by one actor, with a page): once each is linked in
    # "first" mode, nothing more can be, and the rest of the body is not searched.
    linkable: frozenset[str] = frozenset()

    def all_linked(self, linked: set[str]) -> bool:
        """Whether each actor a match could link is in `linked` (in "first" mode, nothing more can be)."""
        return self.linkable <= linked

    def finditer(self, text: str) -> Iterator[tuple[int, int, tuple[str, ...]]]:
        if not self.wider.owners or not self.owners:
            return
        regex = self.wider.regex_for(text)
        pos = 0
        while True:
            m = _search(regex, text, pos)
            if m is None:
                return
            hit = self._longest_chosen(text, m.start(), m.group())
            if hit is None:
                pos = m.start() + 1
                continue
            end, ids = hit
            yield m.start(), end, ids
            pos = end

    def _longest_chosen(self, text: str, start: int, matched: str) -> tuple[int, tuple[str, ...]] | None:
        norm = " ".join(matched.split())
        for k in range(len(norm), 0, -1):
            ids = self.owners.get(norm[:k])
            if ids is None or (k < len(norm) and _is_word(norm[k])):
                continue
            # Walk the text to where the k normalised characters end (a space is a run).
            i = start
            for ch in norm[:k]:
                if ch == " ":
                    while i < len(text) and text[i].isspace():
                        i += 1
                else:
                    i += 1
            return i, ids
        return None


def _autolinker(ctx: MarkdownContext) -> _TermMatcher | _SubsetMatcher | None:
    """The matcher for the names to autolink: a cut of the mention matcher when it covers them."""
    if ctx.autolink == "none" or not ctx.autolink_terms:
        return None
    covered = all(
        set(names) <= set(ctx.mention_terms.get(actor_id, ())) for actor_id, names in ctx.autolink_terms.items()
    )
    if covered:
        wider = _matcher(ctx.mention_terms)
        owners = _owners(ctx.autolink_terms)
        linkable = frozenset(ids[0] for ids in owners.values() if len(ids) == 1 and ids[0] in ctx.targets)
        return _SubsetMatcher(wider, owners, linkable) if wider.owners and owners else None
    matcher = _matcher(ctx.autolink_terms)
    return matcher if matcher.owners else None


# ---------------------------------------------------------------------------------------------
# URL safety


def unsafe_scheme(url: str) -> str | None:
    """The scheme of `url` when it is not allowed (lower case), else None.

    Decodes percent-escapes and drops whitespace/control characters first, as browsers do
    before they read a scheme, so `java%09script:` cannot slip through.
    """
    cleaned = _CONTROL_RE.sub("", unquote(url))
    m = _SCHEME_RE.match(cleaned)
    if m is None:
        return None  # relative, root-relative, protocol-relative or a fragment
    scheme = m.group(1).lower()
    return None if scheme in SAFE_SCHEMES else scheme


# ---------------------------------------------------------------------------------------------
# The walk


def _text(content: str) -> Token:
    return Token("text", "", 0, content=content)


def _link(href: str, cls: str, text: str) -> list[Token]:
    return [
        Token("link_open", "a", 1, attrs={"href": href, "class": cls}),
        _text(text),
        Token("link_close", "a", -1),
    ]


@dataclass
class _Walk:
    """State of one body's walk: what it has linked, seen and found so far."""

    ctx: MarkdownContext
    diags: Diagnostics
    pos: Pos
    source: str
    lines: list[str]
    autolinker: _TermMatcher | _SubsetMatcher | None
    links: dict[str, None] = field(default_factory=dict)
    linked_actors: set[str] = field(default_factory=set)
    anchors: set[str] = field(default_factory=set)
    toc: list[Heading] = field(default_factory=list)
    prose: list[str] = field(default_factory=list)  # plain text without code (for mentions)

    # -- positions ------------------------------------------------------------------------

    def _locate(self, block: Token | None, offset: int | None, needle: str) -> Pos:
        """File position of `needle`, which starts at `offset` of `block`'s inline content.

        The inline content has container prefixes and indentation removed, so the line comes
        from the block's map and the column from finding the needle in that source line
        (the occurrence nearest where the offset says it should be).
        """
        first = needle.split("\n", 1)[0]
        if block is not None and block.map is not None and offset is not None:
            content = block.content
            line_start = content.rfind("\n", 0, offset) + 1
            line_idx = block.map[0] + content.count("\n", 0, offset)
            line_end = content.find("\n", offset)
            content_line = content[line_start : line_end if line_end >= 0 else len(content)]
            if 0 <= line_idx < len(self.lines):
                src_line = self.lines[line_idx]
                cols = _occurrences(src_line, first)
                stripped = content_line.lstrip()
                shift = src_line.find(stripped)
                if cols and shift >= 0:  # the content line is verbatim in the source line
                    expected = shift - (len(content_line) - len(stripped)) + (offset - line_start)
                    col = min(cols, key=lambda c: abs(c - expected))
                    return Pos(self.pos.path, self.pos.line + line_idx, col + 1)
                if cols:  # unescaped ("\|" in a table cell): count occurrences instead
                    nth = len(_occurrences(content[line_start:offset], first))
                    col = cols[min(nth, len(cols) - 1)]
                    return Pos(self.pos.path, self.pos.line + line_idx, col + 1)
            for idx in range(block.map[0], min(block.map[1], len(self.lines))):
                col = self.lines[idx].find(first)
                if col >= 0:
                    return Pos(self.pos.path, self.pos.line + idx, col + 1)
        # No map (inline footnotes, image alt text): the needle's first occurrence anywhere.
        for idx, line in enumerate(self.lines):
            col = line.find(first)
            if col >= 0:
                return Pos(self.pos.path, self.pos.line + idx, col + 1)
        return Pos(self.pos.path, self.pos.line)

    # -- blocks ---------------------------------------------------------------------------

    def blocks(self, tokens: list[Token]) -> None:
        heading: Token | None = None
        for tok in tokens:
            kind = tok.type
            if kind == "heading_open":
                heading = tok
            elif kind == "heading_close":
                heading = None
            elif kind == "inline":
                text = self.inline(tok, in_heading=heading is not None)
                if heading is not None and heading.tag in ("h2", "h3", "h4", "h5", "h6"):
                    self._anchor(heading, tok, text)
                self.prose.append("\n")
            elif kind in ("fence", "code_block"):
                self.prose.append("\n")

    def _anchor(self, heading: Token, inline: Token, text: str) -> None:
        text = " ".join(text.split())
        base = slugify(text)
        if base == "tag" and "tag" not in text.lower():  # slugify's fallback for no ASCII
            base = "section"
        anchor, n = base, 2
        while anchor in self.anchors:
            anchor, n = f"{base}-{n}", n + 1
        self.anchors.add(anchor)
        heading.attrSet("id", anchor)
        self.toc.append(Heading(int(heading.tag[1]), text, anchor))
        children = inline.children if inline.children is not None else []
        permalink = _link(f"#{anchor}", "anchor", "#")
        permalink[0].attrSet("aria-label", f"Link to this section: {text}")
        inline.children = [*children, _text(" "), *permalink]

    # -- inline ---------------------------------------------------------------------------

    def inline(self, block: Token, *, in_heading: bool) -> str:
        """Rewrite `block.children` in place; return the block's plain text."""
        children = block.children
        if children is not None and len(children) == 1 and children[0].type == "text":
            # Plain text, as most blocks are: what the loop below does with it, without the loop.
            content = children[0].content
            if self.autolinker is not None and not in_heading:
                block.children = self._autolink(children)
            self.prose.append(content)
            return content
        out: list[Token] = []
        plain: list[str] = []
        prose: list[str] = []
        run: list[Token] = []  # text/softbreak tokens that autolinking may split
        links: list[bool] = []  # open links: True for kept ones, False for refused ones
        can_autolink = self.autolinker is not None and not in_heading

        def flush() -> None:
            if run:
                out.extend(self._autolink(run))
                run.clear()

        for tok in block.children or ():
            kind = tok.type
            in_link = any(links)
            if kind == "text" or kind == "softbreak":
                piece = tok.content if kind == "text" else " "
                plain.append(piece)
                prose.append(piece)
                if can_autolink and not in_link:
                    run.append(tok)
                    continue
                flush()
                out.append(tok)
                continue
            flush()
            if kind == "wikilink":
                shown, toks = self._wikilink(tok, block, in_link=in_link)
                plain.append(shown)
                # A target's title put in as default text is not the writer naming anyone:
                # "[[unscr-2397]]" must not count as a mention of the UN Security Council.
                prose.append(tok.meta["text"] or " ")
                out.extend(toks)
            elif kind == "link_open":
                href = str(tok.attrs.get("href", ""))
                keep = self._check_url(href, tok, block)
                links.append(keep)
                if keep:
                    out.append(tok)
            elif kind == "link_close":
                if links.pop() if links else True:
                    out.append(tok)
            elif kind == "image":
                out.append(self._image(tok, block))
            elif kind == "code_inline":
                plain.append(tok.content)
                prose.append(" ")
                out.append(tok)
            elif kind == "hardbreak":
                plain.append(" ")
                prose.append(" ")
                out.append(tok)
            else:
                out.append(tok)
        flush()
        block.children = out
        self.prose.extend(prose)
        return "".join(plain)

    def _wikilink(self, tok: Token, block: Token | None, *, in_link: bool) -> tuple[str, list[Token]]:
        doc_id, text = tok.meta["id"], tok.meta["text"]
        target = self.ctx.targets.get(doc_id)
        if target is None:
            self.diags.error(
                f"unknown link target '{doc_id}'",
                self._locate(block, tok.meta.get("offset"), tok.meta["needle"]),
                _unknown_hint(doc_id, self.ctx.targets),
                code="link-unknown",
            )
            shown = text or doc_id
            return shown, [_text(shown)]
        shown = text or target.title
        self.links.setdefault(doc_id, None)
        if target.kind is DocKind.ACTOR and self.ctx.autolink == "first":
            self.linked_actors.add(doc_id)
        if in_link:  # a link inside a link is invalid HTML: keep the words only
            return shown, [_text(shown)]
        return shown, _link(target.url, f"ref ref-{target.kind.value}", shown)

    def _check_url(self, url: str, tok: Token, block: Token | None) -> bool:
        scheme = unsafe_scheme(url)
        if scheme is None:
            return True
        meta = tok.meta or {}
        self.diags.error(
            f"unsafe link scheme '{scheme}:'",
            self._locate(block, meta.get("offset"), meta.get("raw") or url),
            "links may use http:, https:, mailto: or a relative URL; the link is shown as plain text",
            code="link-unsafe",
        )
        return False

    def _image(self, tok: Token, block: Token | None) -> Token:
        # Alt text is text only: wikilinks in it become their words (still diagnosed).
        children = []
        for child in tok.children or ():
            if child.type == "wikilink":
                children.extend(self._wikilink(child, None, in_link=True)[1])
            else:
                children.append(child)
        tok.children = children
        if self._check_url(str(tok.attrs.get("src", "")), tok, block):
            return tok
        return _text("".join(c.content for c in children if c.type in ("text", "code_inline")))

    def _autolink(self, run: list[Token]) -> list[Token]:
        assert self.autolinker is not None
        if self.ctx.autolink == "first" and isinstance(self.autolinker, _SubsetMatcher) \
                and self.autolinker.all_linked(self.linked_actors):
            return run  # what follows stays text
        joined = "".join(t.content if t.type == "text" else "\n" for t in run)
        out: list[Token] = []
        last = 0
        for start, end, ids in self.autolinker.finditer(joined):
            actor_id = ids[0] if len(ids) == 1 else None  # ambiguous: not linked
            target = self.ctx.targets.get(actor_id) if actor_id else None
            if target is None or (self.ctx.autolink == "first" and actor_id in self.linked_actors):
                continue
            self.linked_actors.add(actor_id)  # type: ignore[arg-type]
            if start > last:
                out.append(_text(joined[last:start]))
            out.extend(_link(target.url, f"ref ref-{target.kind.value} autolink", joined[start:end]))
            last = end
        if not out:
            return run
        if last < len(joined):
            out.append(_text(joined[last:]))
        return out


def _unknown_hint(doc_id: str, targets: Mapping[str, LinkTarget]) -> str:
    """Suggest the id the writer meant: by spelling, by slug (`[[Kim Jong-un]]`), or by title."""
    slug = slugify(doc_id)
    if slug in targets:
        return f"did you mean '{slug}'?"
    folded = doc_id.casefold()
    for target_id, target in targets.items():
        if target.title.casefold() == folded:
            return f"did you mean '{target_id}'?"
    return did_you_mean(doc_id, targets) or "link targets are actor, sanction and briefing ids (file names)"


def _occurrences(line: str, needle: str) -> list[int]:
    if not needle:
        return []
    found, i = [], line.find(needle)
    while i >= 0:
        found.append(i)
        i = line.find(needle, i + 1)
    return found


def render_body(source: str, ctx: MarkdownContext, *, pos: Pos, diags: Diagnostics) -> RenderedBody:
    """Render one Markdown body; report its problems into `diags` with file positions.

    `pos` is the file and the line where the body starts; a problem on the body's line k is
    reported at line `pos.line + k`.
    """
    md = _parser(ctx.allow_html)
    source = source.replace("\r\n", "\n").replace("\r", "\n")
    env: dict = {}
    tokens = md.parse(source, env)
    autolinker = _autolinker(ctx)
    walk = _Walk(ctx, diags, Pos(pos.path, pos.line or 1), source, source.split("\n"), autolinker)
    walk.blocks(tokens)
    html = md.renderer.render(tokens, md.options, env)

    prose = "".join(walk.prose)
    mentions: dict[str, None] = {}
    if ctx.mention_terms:
        for _start, _end, ids in _matcher(ctx.mention_terms).finditer(prose):
            for actor_id in ids:
                mentions.setdefault(actor_id, None)
    return RenderedBody(html, tuple(walk.toc), tuple(walk.links), tuple(mentions))
