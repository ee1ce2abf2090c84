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

from briefkit.diagnostics import Diagnostics, Pos
from briefkit.markdown.context import Heading, LinkTarget, MarkdownContext, RenderedBody
from briefkit.markdown.parser import prepare_parser, shared_parser
from briefkit.markdown.terms import autolinker_for, cached_matcher
from briefkit.markdown.walk import SAFE_SCHEMES, Walk, unsafe_scheme

__all__ = [
    "LinkTarget",
    "Heading",
    "MarkdownContext",
    "RenderedBody",
    "render_body",
    "prepare_parser",
    "unsafe_scheme",
    "SAFE_SCHEMES",
]


def render_body(source: str, ctx: MarkdownContext, *, pos: Pos, diags: Diagnostics) -> RenderedBody:
    """Render one Markdown body; report its problems into `diags` with file positions.

    `pos` is the file and the line where the body starts; a problem on the body's line k is
    reported at line `pos.line + k`.
    """
    md = shared_parser(ctx.allow_html)
    source = source.replace("\r\n", "\n").replace("\r", "\n")
    env: dict = {}
    tokens = md.parse(source, env)
    autolinker = autolinker_for(ctx)
    walk = Walk(ctx, diags, Pos(pos.path, pos.line or 1), source, source.split("\n"), autolinker)
    walk.blocks(tokens)
    noted: list[tuple[int, int, tuple[str, ...]]] = []
    if walk.noted:
        # rendered piece by piece at top-level block bounds (the same HTML: a block's markup
        # never depends on the blocks around it), so each noted block's offsets are known
        pieces: list[str] = []
        size, done = 0, 0
        for start, end, ids in walk.noted:
            for a, b in ((done, start), (start, end)):
                piece = md.renderer.render(tokens[a:b], md.options, env) if b > a else ""
                pieces.append(piece)
                size += len(piece)
            noted.append((size - len(pieces[-1]), size, ids))
            done = end
        pieces.append(md.renderer.render(tokens[done:], md.options, env))
        html = "".join(pieces)
    else:
        html = md.renderer.render(tokens, md.options, env)

    prose = "".join(walk.prose)
    mentions: dict[str, None] = {}
    if ctx.mention_terms:
        for _start, _end, ids in cached_matcher(ctx.mention_terms).finditer(prose):
            for actor_id in ids:
                mentions.setdefault(actor_id, None)
    return RenderedBody(html, tuple(walk.toc), tuple(walk.links), tuple(mentions), tuple(noted))
