"""Property tests: schema, loader, Markdown stage and importer end in a result or diagnostics.

* `schema.parse_document` on generated front matter (plausible keys, hostile values);
* `loader.load_content` on small generated sites written to a temporary folder;
* `markdown.render_body` on generated Markdown: never raises, and with raw HTML off its output
  passes the same script audit as the built site (tests/security_checks.py);
* the importer's text and HTML readers: an `Article` or `ImportProblem`, and the briefing the
  importer would write reads back through `frontmatter.parse` without errors.
"""

from __future__ import annotations

import json
import tempfile
from datetime import date
from pathlib import Path

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefkit import frontmatter, loader, schema
from briefkit.config import SiteConfig
from briefkit.diagnostics import Diagnostics, Pos
from briefkit.loader import SourceFile
from briefkit.markdown import LinkTarget, MarkdownContext, render_body
from briefkit.model import DocKind
from security_checks import audit_html


def _n(default: int) -> int:
    """fuzz/run.py scales every property up through BRIEFKIT_FUZZ_SCALE (default: 1)."""
    return default * int(os.environ.get("BRIEFKIT_FUZZ_SCALE", "1"))


FAST = settings(max_examples=_n(200), deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
CONFIG = SiteConfig(root=Path("/nonexistent-site"), title="T", base_url="https://example.org/repo/")

HOSTILE = st.sampled_from([
    "<script>alert(1)</script>", "javascript:alert(1)", "\" onmouseover=\"x", "../../etc/passwd",
    "/etc/passwd", "", " ", "kim-jong-un", "op7", "2024-02-30", "2024-02-20T21:48:00+00:00",
    "https://example.org/x.png", "images/a.png", "\x00", "\u202e", "[[x]]", "{{ 7*7 }}", "{% raw %}",
])
scalar = st.one_of(HOSTILE, st.text(max_size=12), st.integers(), st.booleans(), st.none(),
                   st.floats(allow_nan=True), st.dates())
value = st.recursive(scalar, lambda inner: st.lists(inner, max_size=3)
                     | st.dictionaries(st.sampled_from(["id", "role", "note", "provision", "src", "alt",
                                                        "caption", "credit", "label", "summary",
                                                        "url", "publisher", "x"]), inner, max_size=4),
                     max_leaves=10)
BRIEFING_KEYS = ["title", "summary", "date", "updated", "draft", "authors", "source", "tags", "actors",
                 "sanctions", "images", "titel"]
ACTOR_KEYS = ["name", "kind", "summary", "aliases", "country", "role", "ids", "website"]
SANCTION_KEYS = ["title", "summary", "issuer", "symbol", "adopted", "url", "regime", "aliases",
                 "provisions"]


def _doc(meta: dict, body: str) -> str:
    return "---\n" + "\n".join(f"{k}: {json.dumps(v, default=str)}" for k, v in meta.items()) + "\n---\n" + body


@FAST
@given(st.sampled_from(list(DocKind)), st.data(), st.text(max_size=40))
def test_parse_document_never_raises(kind: DocKind, data: st.DataObject, body: str) -> None:
    keys = {DocKind.BRIEFING: BRIEFING_KEYS, DocKind.ACTOR: ACTOR_KEYS}.get(kind, SANCTION_KEYS)
    meta = data.draw(st.dictionaries(st.sampled_from(keys), value, max_size=8))
    src = SourceFile(f"content/{kind.value}/doc.md", kind, "doc", _doc(meta, body), "0" * 64)
    diags = Diagnostics()
    doc = schema.parse_document(src, CONFIG, diags)
    if doc is None:
        assert diags.errors


@settings(max_examples=_n(40), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(list(DocKind)), st.sampled_from(["a", "b", "kim-jong-un", "Bad_Id", "c-1"]),
                          st.dictionaries(st.sampled_from(BRIEFING_KEYS + ACTOR_KEYS), value, max_size=6),
                          st.sampled_from(["", "[[a]] and [[b|x]]", "[[missing]]", "Kim Jong-un met a."])),
                max_size=6))
def test_load_content_on_generated_sites(docs: list) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "content").mkdir()
        for kind, doc_id, meta, body in docs:
            p = root / "content" / kind.value / f"{doc_id}.md"
            p.parent.mkdir(parents=True, exist_ok=True)
            p.write_text(_doc(meta, body), encoding="utf-8")
        config = SiteConfig(root=root, title="T", base_url="https://example.org/")
        diags = Diagnostics()
        loader.load_content(config, diags)
        loader.load_content(config, Diagnostics(), drafts=True)


TARGETS = {
    "kim-jong-un": LinkTarget("/actors/kim-jong-un/", "Kim <b>Jong-un</b>", DocKind.ACTOR),
    "evil": LinkTarget("/actors/evil/", "\"><script>alert(1)</script>", DocKind.ACTOR),
    "unscr-2397": LinkTarget("/sanctions/unscr-2397/", "Resolution 2397", DocKind.SANCTION),
}
TERMS = {"kim-jong-un": ("Kim Jong-un", "Mr Kim"), "evil": ("<script>", "Evil & Co", "a")}
MD_BITS = st.sampled_from([
    "[[kim-jong-un]]", "[[evil|<script>x</script>]]", "[[unknown]]", "[[", "]]", "|", "Kim Jong-un",
    "Mr Kim", "Evil & Co", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
    "<a href=\"javascript:alert(1)\">x</a>", "[x](javascript:alert(1))", "[x](JAVA\tSCRIPT:1)",
    "[x](java%73cript:1)", "![i](data:text/html,x)", "<javascript:alert(1)>", "<https://ok.example/\">",
    "[r]\n\n[r]: vbscript:x\n", "`code`", "```\nfence\n```\n", "# ", "\n", "\n\n", "| a | b |\n|---|---|\n",
    "> ", "- ", "1. ", "*", "_", "\\", "&#106;avascript:", "<!--", "-->", "<svg onload=1>", "<iframe>",
    "\r\n", "\x00", "\u2028", "https://example.org/a_(b)", "www.example.org", "{#id}", "<style>",
])
markdownish = st.lists(MD_BITS | st.text(max_size=5), max_size=50).map("".join)


@FAST
@given(markdownish, st.sampled_from(["first", "all", "none"]))
def test_render_body_is_safe_and_never_raises(source: str, autolink: str) -> None:
    ctx = MarkdownContext(targets=TARGETS, autolink=autolink,  # type: ignore[arg-type]
                          autolink_terms=TERMS, mention_terms=TERMS, allow_html=False)
    diags = Diagnostics()
    out = render_body(source, ctx, pos=Pos("content/briefings/x.md", 6), diags=diags)
    assert audit_html(out.html, set()) == [], (source, out.html)
    for d in diags:
        assert d.pos.path == "content/briefings/x.md" and (d.pos.line or 0) >= 6


# ------------------------------------------------------------------ importer

TEXT_BITS = st.sampled_from([
    "\n", "\n\n", "By Jane Doe\n", "Updated 20 February 2024 21:48 GMT\n", "Photo: AFP via Getty Images\n",
    "Kim Jong-un (Getty Images)\n", "Sign up to our newsletter\n", "# Heading\n", "Read more\n",
    "Monday 5 March 2024\n", "(Reuters)", "—", "\u00a0", "\x0c", "\x1b", "\ufeff", "<script>x</script>",
    "resolution 2397", "S/RES/2397 (2017)", "Mr Kim", "---\n", "title: x\n", "[[a]]", "\r\n",
])
textdump = st.lists(TEXT_BITS | st.text(max_size=20), max_size=40).map("".join)
HTML_BITS = st.sampled_from([
    "<html>", "</html>", "<head>", "<title>T <b>x</b></title>", "<meta property='og:title' content='\"><x'>",
    "<meta name='author' content='Jane'>", "<meta property='article:published_time' content='2024-02-30'>",
    "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"author\":[{}],\"datePublished\":7}</script>",
    "<script type='application/ld+json'>{bad</script>", "<body>", "<article>", "</article>", "<p>",
    "</p>", "<figure><img src='javascript:1' alt='a'><figcaption>Cap Photo: AFP</figcaption></figure>",
    "<img data-src='//x/y.jpg'>", "<base href='javascript:x'>", "<h1>Head</h1>", "<a href='javascript:1'>l</a>",
    "<time datetime='x'>", "<!--", "-->", "<![CDATA[", "&amp;", "&#0;", "<svg onload=1>", "<iframe>",
    "Vladimir Putin said something long enough to count as a sentence of the article. ",
])
htmlish = st.lists(HTML_BITS | st.text(max_size=10), max_size=40).map("".join)


def _written_reads_back(article) -> None:
    from briefkit.importer.annotate import annotate
    from briefkit.importer.writer import render_document

    text = render_document(article, annotate(article, None), source_name="x", when=date(2024, 1, 1))
    diags = Diagnostics()
    parsed = frontmatter.parse(text, "out.md", diags)
    assert not diags.errors and parsed.meta is not None, (text, [d.message for d in diags])


@FAST
@given(textdump, st.booleans())
def test_text_reader_ends_in_article_or_problem(text: str, markdown: bool) -> None:
    from briefkit.importer.article import ImportProblem
    from briefkit.importer.textdump import read_text_dump

    try:
        article = read_text_dump(text, markdown=markdown, extra_boilerplate=("Read more",))
    except ImportProblem as exc:
        assert exc.message
        return
    _written_reads_back(article)


@settings(max_examples=_n(120), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(htmlish)
def test_html_reader_ends_in_article_or_problem(text: str) -> None:
    from briefkit.importer.article import ImportProblem
    from briefkit.importer.htmlpage import read_html

    try:
        article = read_html(text)
    except ImportProblem as exc:
        assert exc.message
        return
    _written_reads_back(article)


@settings(max_examples=_n(60), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400), st.sampled_from([".txt", ".html", ".md", ".htm"]))
def test_read_article_on_any_bytes(raw: bytes, suffix: str) -> None:
    from briefkit.importer.article import ImportProblem
    from briefkit.importer.sources import read_article

    with tempfile.TemporaryDirectory() as tmp:
        p = Path(tmp) / f"a{suffix}"
        p.write_bytes(raw)
        try:
            article = read_article(p)
        except ImportProblem:
            return
        _written_reads_back(article)
