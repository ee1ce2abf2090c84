"""The walk over one body's tokens that makes briefkit's links: `[[id]]` resolved, names autolinked,
unsafe URLs refused, headings given anchors, each problem reported at its line and column.

Everything content-specific happens here, *after* parsing, not in renderer rules, because the
walk can see context a renderer rule cannot (are we inside a link? a heading?).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from urllib.parse import unquote

from markdown_it.token import Token

from briefkit.diagnostics import Diagnostics, Pos, did_you_mean
from briefkit.markdown.context import Heading, LinkTarget, MarkdownContext
from briefkit.markdown.terms import SubsetMatcher, TermMatcher
from briefkit.model import DocKind
from briefkit.urls import slugify

SAFE_SCHEMES = frozenset({"http", "https", "mailto"})
_SCHEME_RE = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]*):")
_CONTROL_RE = re.compile(r"[\x00-\x20\x7f]+")

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
class Walk:
    """State of one body's walk: what it has linked, seen and found so far."""

    ctx: MarkdownContext
    diags: Diagnostics
    pos: Pos
    source: str
    lines: list[str]
    autolinker: TermMatcher | SubsetMatcher | None
    links: dict[str, None] = field(default_factory=dict)
    linked_actors: set[str] = field(default_factory=set)
    anchors: set[str] = field(default_factory=set)
    toc: list[Heading] = field(default_factory=list)
    prose: list[str] = field(default_factory=list)  # plain text without code (for mentions)
    noted: list[tuple[int, int, tuple[str, ...]]] = field(default_factory=list)  # token spans, first links
    _first: dict[str, None] = field(default_factory=dict)  # actor and sanction ids linked so far
    _pending: list[str] = field(default_factory=list)  # first linked in the current top-level block
    _in_footnotes: bool = False

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
                    return Pos(self.pos.path, (self.pos.line or 1) + line_idx, col + 1)
                if cols:  # unescaped ("\|" in a table cell): count occurrences instead
                    nth = len(_occurrences(content[line_start:offset], first))
                    col = cols[min(nth, len(cols) - 1)]
                    return Pos(self.pos.path, (self.pos.line or 1) + line_idx, col + 1)
            for idx in range(block.map[0], min(block.map[1], len(self.lines))):
                col = self.lines[idx].find(first)
                if col >= 0:
                    return Pos(self.pos.path, (self.pos.line or 1) + idx, col + 1)
        # No map (inline footnotes, image alt text): the needle's first occurrence anywhere.
        for idx, line in enumerate(self.lines):
            col = line.find(first)
            if col >= 0:
                return Pos(self.pos.path, (self.pos.line or 1) + idx, col + 1)
        return Pos(self.pos.path, self.pos.line)

    # -- blocks ---------------------------------------------------------------------------

    def blocks(self, tokens: list[Token]) -> None:
        heading: Token | None = None
        block_start = 0
        for i, tok in enumerate(tokens):
            kind = tok.type
            if tok.level == 0 and tok.nesting >= 0:
                block_start = i
            if kind == "footnote_block_open":  # footnotes' levels do not nest: no notes beside them
                self._in_footnotes = True
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
            if self._pending and tok.level == 0 and tok.nesting <= 0:  # a top-level block ends here
                self.noted.append((block_start, i + 1, tuple(self._pending)))
                self._pending.clear()

    def _linked(self, doc_id: str, kind: DocKind) -> None:
        """Note an actor's or a sanction's first link in the body (where its margin note goes)."""
        if (
            self.ctx.notes
            and not self._in_footnotes
            and kind in (DocKind.ACTOR, DocKind.SANCTION)
            and doc_id not in self._first
        ):
            self._first[doc_id] = None
            self._pending.append(doc_id)

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
        permalink[0].attrSet("data-pagefind-ignore", "")  # not the briefing's words: kept out of search excerpts
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
        self._linked(doc_id, target.kind)
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
        if (
            self.ctx.autolink == "first"
            and isinstance(self.autolinker, SubsetMatcher)
            and self.autolinker.all_linked(self.linked_actors)
        ):
            return run  # what follows stays text
        joined = "".join(t.content if t.type == "text" else "\n" for t in run)
        out: list[Token] = []
        last = 0
        for start, end, ids in self.autolinker.finditer(joined):
            actor_id = ids[0] if len(ids) == 1 else None  # ambiguous: not linked
            target = self.ctx.targets.get(actor_id) if actor_id else None
            if actor_id is None or target is None or (self.ctx.autolink == "first" and actor_id in self.linked_actors):
                continue
            self.linked_actors.add(actor_id)
            self._linked(actor_id, target.kind)
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
