"""The Markdown stage: cross-links, autolinks, mentions, anchors and the safety rules."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from conftest import REPO

from briefkit import blockrules
from briefkit.markdown import parser as markdown_parser
from briefkit.markdown import terms as markdown_terms
from briefkit.diagnostics import Diagnostics, Pos, Severity
from briefkit.markdown import LinkTarget, MarkdownContext, RenderedBody, render_body
from briefkit.model import DocKind

TARGETS = {
    "kim-jong-un": LinkTarget("/repo/actors/kim-jong-un/", "Kim Jong-un", DocKind.ACTOR),
    "kim-yo-jong": LinkTarget("/repo/actors/kim-yo-jong/", "Kim Yo-jong", DocKind.ACTOR),
    "vladimir-putin": LinkTarget("/repo/actors/vladimir-putin/", "Vladimir Putin", DocKind.ACTOR),
    "unscr-2397": LinkTarget("/repo/sanctions/unscr-2397/", "Resolution 2397", DocKind.SANCTION),
    "limousine-gift": LinkTarget("/repo/briefings/limousine-gift/", "A limousine for Kim", DocKind.BRIEFING),
}
TERMS = {
    "kim-jong-un": ("Kim Jong-un", "Kim"),
    "kim-yo-jong": ("Kim Yo-jong",),
    "vladimir-putin": ("Vladimir Putin", "Putin"),
}
PATH = "content/briefings/b.md"


def ctx(
    autolink: str = "first",
    autolink_terms: dict | None = None,
    mention_terms: dict | None = None,
    allow_html: bool = False,
) -> MarkdownContext:
    return MarkdownContext(
        targets=TARGETS,
        autolink=autolink,  # type: ignore[arg-type]
        autolink_terms=TERMS if autolink_terms is None else autolink_terms,
        mention_terms=TERMS if mention_terms is None else mention_terms,
        allow_html=allow_html,
    )


def render(source: str, context: MarkdownContext | None = None, line: int = 1) -> tuple[RenderedBody, Diagnostics]:
    diags = Diagnostics()
    body = render_body(source, context or ctx(autolink="none"), pos=Pos(PATH, line), diags=diags)
    return body, diags


def autolinks(html: str) -> list[str]:
    return re.findall(r'<a href="[^"]*" class="ref ref-actors autolink">([^<]*)</a>', html)


# --- [[wiki links]] ------------------------------------------------------------------------


def test_wikilink_uses_target_title_and_kind_class() -> None:
    body, diags = render("See [[unscr-2397]] and [[kim-jong-un]].")
    assert '<a href="/repo/sanctions/unscr-2397/" class="ref ref-sanctions">Resolution 2397</a>' in body.html
    assert '<a href="/repo/actors/kim-jong-un/" class="ref ref-actors">Kim Jong-un</a>' in body.html
    assert body.links == ("unscr-2397", "kim-jong-un")
    assert not diags.items


def test_wikilink_custom_text_and_links_in_first_appearance_order() -> None:
    body, _ = render("[[limousine-gift|the gift]], [[unscr-2397]], [[limousine-gift]]")
    assert '<a href="/repo/briefings/limousine-gift/" class="ref ref-briefings">the gift</a>' in body.html
    assert body.links == ("limousine-gift", "unscr-2397")


def test_unknown_wikilink_is_an_error_at_its_line_and_column_with_hint() -> None:
    source = "First paragraph.\n\nSecond line has\nthe link [[unscr-2379|this]] here.\n"
    body, diags = render(source, line=7)
    (d,) = diags.items
    assert d.severity is Severity.ERROR
    assert "unscr-2379" in d.message
    # body line 3 (0-based) is file line 7 + 3; "the link " is 9 characters
    assert d.pos == Pos(PATH, 10, 10)
    assert d.hint == "did you mean 'unscr-2397'?"
    assert d.format().startswith(f"{PATH}:10:10: error:")
    assert "this" in body.html and "<a" not in body.html
    assert body.links == ()


def test_unknown_wikilink_column_inside_containers() -> None:
    source = "> quoted\n> - item [[nobody]]\n\n| a | b |\n|---|---|\n| x | [[nope\\|x]] [[nope]] |\n"
    _, diags = render(source)
    positions = sorted((d.pos.line, d.pos.col) for d in diags.items)
    assert positions == [(2, 10), (6, 7), (6, 19)]


def test_wikilink_inside_code_is_left_literally() -> None:
    body, diags = render("Inline `[[kim-jong-un]]`.\n\n```\n[[missing]]\n```\n\n    [[indented]]\n")
    assert "<code>[[kim-jong-un]]</code>" in body.html
    assert "[[missing]]" in body.html and "[[indented]]" in body.html
    assert "<a " not in body.html
    assert body.links == ()
    assert not diags.items


def test_wikilink_inside_link_text_never_nests_anchors() -> None:
    # Like a link in link text (CommonMark), a [[link]] there keeps the outer one from forming.
    body, _ = render("[see [[kim-jong-un]] here](https://example.org/)")
    assert body.html.count("<a ") == 1
    assert 'class="ref ref-actors">Kim Jong-un</a> here](https://example.org/)' in body.html


def test_wikilink_in_heading_and_table() -> None:
    body, _ = render("## On [[unscr-2397]]\n\n| who |\n|---|\n| [[kim-jong-un\\|Kim]] |\n")
    assert 'class="ref ref-sanctions">Resolution 2397</a>' in body.html
    assert '<td><a href="/repo/actors/kim-jong-un/" class="ref ref-actors">Kim</a></td>' in body.html
    assert body.toc[0].text == "On Resolution 2397"


# --- autolinking ---------------------------------------------------------------------------


def test_autolink_first_links_only_first_mention_per_actor() -> None:
    body, _ = render("Kim Jong-un met Putin. Later Kim Jong-un and Putin spoke.", ctx("first"))
    assert autolinks(body.html) == ["Kim Jong-un", "Putin"]
    assert '<a href="/repo/actors/vladimir-putin/" class="ref ref-actors autolink">Putin</a> spoke' not in body.html


def test_autolink_all_and_none() -> None:
    text = "Kim Jong-un met Putin. Later Kim and Putin spoke."
    body_all, _ = render(text, ctx("all"))
    assert autolinks(body_all.html) == ["Kim Jong-un", "Putin", "Kim", "Putin"]
    body_none, _ = render(text, ctx("none"))
    assert autolinks(body_none.html) == []
    assert "<a " not in body_none.html


def test_autolink_only_terms_given() -> None:
    only_putin = {"vladimir-putin": TERMS["vladimir-putin"]}
    body, _ = render("Kim Jong-un met Putin.", ctx("all", autolink_terms=only_putin))
    assert autolinks(body.html) == ["Putin"]
    assert body.mentions == ("kim-jong-un", "vladimir-putin")


def test_autolink_longest_alias_first_and_whole_words_only() -> None:
    body, _ = render("Kimberly and Kims, not Kim Jong-un's sister Kim Yo-jong.", ctx("all"))
    assert autolinks(body.html) == ["Kim Jong-un", "Kim Yo-jong"]
    assert "Kimberly and Kims" in body.html
    assert 'kim-yo-jong/" class="ref ref-actors autolink">Kim Yo-jong</a>' in body.html


def test_autolink_is_case_sensitive() -> None:
    body, _ = render("putin and KIM are not names here.", ctx("all"))
    assert autolinks(body.html) == []
    assert body.mentions == ()


def test_autolink_never_in_headings_links_code_or_wikilinks() -> None:
    source = (
        "## Kim Jong-un's gifts\n\n"
        "[Kim Jong-un](https://example.org/) and [[kim-jong-un|Kim]] and `Kim Jong-un`.\n\n"
        "```\nKim Jong-un\n```\n\n"
        "Finally Putin.\n"
    )
    body, _ = render(source, ctx("all"))
    assert autolinks(body.html) == ["Putin"]
    assert "<code>Kim Jong-un</code>" in body.html


def test_autolink_first_skips_actor_already_linked_by_id() -> None:
    body, _ = render("[[kim-jong-un]] arrived; Kim Jong-un left.", ctx("first"))
    assert autolinks(body.html) == []


def test_autolink_not_in_raw_html_when_allowed() -> None:
    body, _ = render('<div title="Kim Jong-un">x</div>\n\nPutin <span>Kim</span>\n', ctx("all", allow_html=True))
    assert '<div title="Kim Jong-un">x</div>' in body.html
    assert autolinks(body.html) == ["Putin", "Kim"]


def test_autolink_name_across_line_break() -> None:
    body, _ = render("It was Kim\nJong-un who spoke.", ctx("first"))
    assert autolinks(body.html) == ["Kim\nJong-un"]


def test_autolink_in_emphasis_and_footnote() -> None:
    body, _ = render("*Putin* spoke.[^1]\n\n[^1]: Kim said so.\n", ctx("all"))
    assert autolinks(body.html) == ["Putin", "Kim"]


# --- mentions and plain text ---------------------------------------------------------------


def test_mentions_in_text_headings_and_links_but_not_code() -> None:
    source = "## Putin\n\n[Kim Yo-jong](https://example.org/) and `Kim Jong-un`.\n\n```\nKim\n```\n"
    body, _ = render(source)
    assert body.mentions == ("vladimir-putin", "kim-yo-jong")


def test_mentions_use_longest_match() -> None:
    body, _ = render("Kim Yo-jong spoke.")
    assert body.mentions == ("kim-yo-jong",)


# --- headings ------------------------------------------------------------------------------


def test_heading_anchors_unique_and_toc() -> None:
    source = "# Top\n\n## Background\n\n### Côte d'Ivoire\n\n## Background\n\n## Background\n\n## ???\n"
    body, _ = render(source)
    assert [(h.level, h.text, h.anchor) for h in body.toc] == [
        (2, "Background", "background"),
        (3, "Côte d'Ivoire", "cote-d-ivoire"),
        (2, "Background", "background-2"),
        (2, "Background", "background-3"),
        (2, "???", "section"),
    ]
    assert '<h2 id="background-2">' in body.html
    assert '<a href="#background-2" class="anchor"' in body.html
    assert "<h1>Top</h1>" in body.html


# --- tables and footnotes ------------------------------------------------------------------


def test_tables() -> None:
    body, _ = render("| Who | What |\n|:---|---:|\n| Kim | *car* |\n")
    assert "<table>" in body.html
    assert '<th style="text-align:left">Who</th>' in body.html
    assert '<td style="text-align:right"><em>car</em></td>' in body.html


def test_footnotes() -> None:
    body, _ = render("A claim.[^src]\n\n[^src]: The source.\n")
    assert '<sup class="footnote-ref"><a href="#fn1" id="fnref1">' in body.html
    assert '<li id="fn1" class="footnote-item"><p>The source.' in body.html


# --- safety --------------------------------------------------------------------------------


def test_raw_html_is_escaped_by_default() -> None:
    body, _ = render("<script>alert(1)</script>\n\nHi <b onclick=alert(1)>x</b> <img src=x onerror=alert(1)>\n")
    assert "<script>" not in body.html and "&lt;script&gt;" in body.html
    assert "<b " not in body.html and "<img" not in body.html
    assert "&lt;img src=x onerror=alert(1)&gt;" in body.html


def test_raw_html_passes_when_allowed() -> None:
    body, _ = render('<figure class="wide">\n<p>x</p>\n</figure>\n\nHi <kbd>K</kbd>\n', ctx("none", allow_html=True))
    assert '<figure class="wide">' in body.html
    assert "<kbd>K</kbd>" in body.html


@pytest.mark.parametrize(
    ("source", "scheme"),
    [
        ("[x](javascript:alert(1))", "javascript"),
        ("[x](JavaScript:alert(1))", "javascript"),
        ("[x](<java\tscript:alert(1)>)", "javascript"),
        ("[x](java%0Ascript:alert(1))", "javascript"),
        ("<javascript:alert(1)>", "javascript"),
        ("![pic](data:text/html;base64,PHNjcmlwdD4=)", "data"),
        ("[x](vbscript:msgbox)", "vbscript"),
        ("[x][r]\n\n[r]: file:///etc/passwd", "file"),
    ],
)
def test_unsafe_links_are_refused_with_an_error(source: str, scheme: str) -> None:
    body, diags = render(source)
    (d,) = diags.items
    assert d.severity is Severity.ERROR
    assert d.message == f"unsafe link scheme '{scheme}:'"
    assert d.pos is not None and d.pos.line == 1 and d.pos.col == 1
    assert [tag for tag, _ in parse_elements(body.html)] == ["p"]


def test_unsafe_link_position_mid_line() -> None:
    body, diags = render("Intro.\n\nClick  [here](javascript:void(0)) now.", line=5)
    (d,) = diags.items
    assert d.pos == Pos(PATH, 7, 8)
    assert "<p>Click  here now.</p>" in body.html


@pytest.mark.parametrize(
    "url",
    ["https://example.org/a?b=c", "http://example.org/", "mailto:desk@example.org", "/repo/x/", "../y/", "#fn1", "z.html"],
)
def test_safe_links_are_kept(url: str) -> None:
    body, diags = render(f"[x]({url}) ![p]({url})")
    assert not diags.items
    assert body.html.count(f'"{url}"') == 2


def test_xss_attempts_produce_no_executable_markup() -> None:
    attacks = "\n\n".join(
        [
            "<img src=x onerror=alert(1)>",
            "[x](javascript:alert(1))",
            '[x](https://example.org/"onmouseover="alert(1))',
            '![a" onerror="alert(1)](x.png)',
            "<svg/onload=alert(1)>",
            '<a href="javascript:alert(1)">x</a>',
            "[[kim-jong-un|<b onclick=alert(1)>]]",
            "`<script>` <style>x</style>",
        ]
    )
    body, _ = render(attacks, ctx("all"))
    elements = parse_elements(body.html)
    assert {tag for tag, _ in elements} <= {"p", "a", "img", "code"}
    for tag, attrs in elements:
        assert not [name for name in attrs if name.startswith("on")], (tag, attrs)
        for name in ("href", "src"):
            assert not (attrs.get(name) or "").lower().startswith(("javascript:", "data:")), (tag, attrs)
    assert [attrs for tag, attrs in elements if tag == "img"] == [{"src": "x.png", "alt": 'a" onerror="alert(1)'}]


def parse_elements(html: str) -> list[tuple[str, dict[str, str | None]]]:
    """Every element a browser would build from `html`, with its attributes."""
    found: list[tuple[str, dict[str, str | None]]] = []

    class Collector(HTMLParser):
        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            found.append((tag, dict(attrs)))

    Collector().feed(html)
    return found


@pytest.mark.parametrize(
    ("written", "hint"),
    [
        ("Kim Jong-un", "did you mean 'kim-jong-un'?"),
        ("resolution 2397", "did you mean 'unscr-2397'?"),
        ("zzzz", "link targets are actor, sanction and briefing ids (file names)"),
    ],
)
def test_unknown_wikilink_hints_at_id_from_name_or_title(written: str, hint: str) -> None:
    _, diags = render(f"[[{written}]]")
    (d,) = diags.items
    assert d.hint == hint


# --- hostile input -------------------------------------------------------------------------

_PIECES = st.sampled_from(
    ["[[", "]]", "|", "[", "]", "(", ")", "<", ">", "`", "*", "_", "#", "!", "\n", "\n\n", " ", "javascript:",
     "on", "error=", '"', "'", "Kim", "Kim Jong-un", "Putin", "kim-jong-un", "[^1]", "[^1]: ", "> ", "- ", "|---|",
     "&", "&#x6a;", "\\", "img", "script", "\t", "http://x", "%0A"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES | st.text(max_size=4), max_size=40).map("".join), st.booleans())
def test_any_input_renders_without_crash_or_handlers(source: str, first: bool) -> None:
    body, diags = render(source, ctx("first" if first else "all"))
    for tag, attrs in parse_elements(body.html):
        assert not [name for name in attrs if name.startswith("on")], (tag, attrs)
        for name in ("href", "src"):
            value = (attrs.get(name) or "").strip().lower()
            assert not value.startswith(("javascript:", "data:", "vbscript:")), (tag, attrs)
    for d in diags.items:
        assert d.pos is not None and d.pos.path == PATH
        assert d.pos.line is not None and 1 <= d.pos.line <= source.count("\n") + 1


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["a", "b *c*", "\n", "\r", "\r\n", "\0", "# h", "- i", "  ", "[[x]]", "\n\n"]),
                max_size=30).map("".join))
def test_the_parsers_normalize_rule_is_markdown_its(source: str) -> None:
    # briefkit replaces markdown-it's `normalize` rule with one without regex substitution.
    from markdown_it.rules_core import normalize

    ours = markdown_parser.build_parser(False)
    theirs = markdown_parser.build_parser(False)
    theirs.core.ruler.at("normalize", normalize)
    assert ours.render(source) == theirs.render(source)


_LINES = st.sampled_from([
    "", "", "", "plain words here", "Kim met Putin.", "a | b", "|--|--|", "--|--", "===", "---", "***", "- - -",
    "- item", "* item", "+ item", "1. first", "2) second", "10. tenth", "-", "1.", "# Heading", "## Sub", "#tag",
    "# a | b", "> quoted", ">", "> - quoted item", "  > indented quote", "```", "~~~", "```py", "    indented code",
    "  two spaces", "   three spaces", "\tTab", "  - nested item", "    - deeper item", "   lazy continuation",
    "[ref]: https://e.org/", "[ref]", "[^1]: a note", "    indented note line", "text[^1]", "<div>", "</div>",
    "<!-- c -->", "_under_", "___", "=not a heading", "word *emph* and `code`", "[[kim-jong-un]]", "é accented",
    "!bang", "| x |", "Setext", "======", "Kim Jong-un met", "x & y", "~~gone~~", "two trailing spaces  ",
    "back\\slash", "ends in a backslash\\", "x < y > z", "1 + 1 = 2", "a #hash", "http://e.org/x", "Tab\tinside",
    "$5, 50% off {braces} @at", "",
])


def _stock_blocks(md: MarkdownIt) -> MarkdownIt:
    """`md` with markdown-it's own rules where briefkit has shortcuts: the block rules (its
    dispatch) and the core `inline` rule (plain text as one token)."""
    from markdown_it.rules_block.lheading import lheading
    from markdown_it.rules_block.paragraph import paragraph
    from markdown_it.rules_core.inline import inline

    md.block.ruler.disable(blockrules.NAME)
    md.block.ruler.at("paragraph", paragraph)
    md.block.ruler.at("lheading", lheading)
    md.core.ruler.at("inline", inline)
    return md


def _tokens(md: MarkdownIt, source: str) -> list[dict[str, object]]:
    return [t.as_dict() for t in md.parse(source)]


@settings(max_examples=1500, deadline=None)
@given(st.lists(_LINES, max_size=16).map("\n".join), st.booleans())
def test_the_parsing_shortcuts_change_no_token(source: str, allow_html: bool) -> None:
    # briefkit tries only the block rules a line's first character allows (blockrules.py),
    # and makes text without inline markup into its token directly (markdown.parser._inline).
    ours = markdown_parser.build_parser(allow_html)
    theirs = _stock_blocks(markdown_parser.build_parser(allow_html))
    assert _tokens(ours, source) == _tokens(theirs, source)


def test_the_parsing_shortcuts_change_no_token_of_the_example_site() -> None:
    ours = markdown_parser.build_parser(False)
    theirs = _stock_blocks(markdown_parser.build_parser(False))
    sources = sorted((REPO / "content").rglob("*.md"))
    assert len(sources) >= 5
    for path in sources:
        text = path.read_text(encoding="utf-8")
        assert _tokens(ours, text) == _tokens(theirs, text), path


_PROSE = st.sampled_from(["Kim", "Kim Jong-un", "Kim Yo-jong", "Putin", "Vladimir Putin", "met", "and", "[[kim-jong-un]]",
                          "[[vladimir-putin|the president]]", "[Putin](https://e.org/)", "`Kim`", "\n", "\n\n", "# Kim ",
                          "- Putin", "*Kim*", " "])


@settings(max_examples=400, deadline=None)
@given(source=st.lists(_PROSE, max_size=30).map(" ".join),
       chosen=st.sampled_from([("kim-jong-un",), ("kim-jong-un", "vladimir-putin"), tuple(TERMS)]))
def test_first_mode_stops_searching_once_every_name_is_linked(source: str, chosen: tuple[str, ...]) -> None:
    # Once each actor it could link is linked, the walk no longer searches the text: the
    # same HTML as searching every run and skipping each match.
    context = ctx("first", autolink_terms={i: TERMS[i] for i in chosen})
    body, _ = render(source, context)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(markdown_terms.SubsetMatcher, "all_linked", lambda self, linked: False)
        assert render(source, context)[0] == body
    assert len(autolinks(body.html)) <= len(chosen)
