"""Every import is a valid briefing: addresses made absolute or left out, pictures captioned or
left as comments, and the writer's read-back through the schema as the last safety net.

Unit fixtures are written for these tests. The last tests import the real pages of
`../shared/realpages` and `../shared/realtext` (when present) and run `check` on the results.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import realimports
from briefkit.cli import main
from briefkit.importer.annotate import Annotations
from briefkit.importer.article import Article, ArticleImage
from briefkit.importer.pageurls import absolute_url, page_addresses, same_article
from briefkit.importer.validity import checked_body, checked_meta
from briefkit.importer.writer import render

PAGE = "https://news.example.net/world/2024/quay.html"


@pytest.mark.parametrize(
    ("value", "base", "expected"),
    [
        ("//cdn.example.net/a.jpg", PAGE, "https://cdn.example.net/a.jpg"),
        ("//cdn.example.net/a.jpg", "http://news.example.net/", "http://cdn.example.net/a.jpg"),
        ("//cdn.example.net/a.jpg", None, "https://cdn.example.net/a.jpg"),
        ("/news/quay-closed", PAGE, "https://news.example.net/news/quay-closed"),
        ("pictures/a.jpg", PAGE, "https://news.example.net/world/2024/pictures/a.jpg"),
        ("../a.jpg", PAGE, "https://news.example.net/world/a.jpg"),
        ("/news/quay-closed", None, None),
        ("https%3A%2F%2Fnews.example.net%2Fa%3Fid%3D7", None, "https://news.example.net/a?id=7"),
        ("https%253A%252F%252Fnews.example.net%252Fa", None, "https://news.example.net/a"),
        ("javascript:void(0)", PAGE, None),
        (" JavaScript:alert(1)", PAGE, None),
        ("data:image/gif;base64,R0lGOD", PAGE, None),
        ("mailto:desk@example.net", PAGE, None),
        ("https://news.example.net/a b.jpg", None, "https://news.example.net/a%20b.jpg"),
        ("  https://news.example.net/a\n.jpg ", None, "https://news.example.net/a.jpg"),
        ("http://[broken", None, None),
        ("", PAGE, None),
    ],
)
def test_addresses_become_absolute_http_or_nothing(value, base, expected):
    assert absolute_url(value, base) == expected


def test_the_article_address_is_the_canonical_link_resolved_else_where_it_was_fetched():
    assert page_addresses("/a/story", None, "https://x.example/a/story?utm=1") == (
        "https://x.example/a/story",
        "https://x.example/a/story",
    )
    assert page_addresses(None, "/static/", "https://x.example/a/story") == (
        "https://x.example/a/story",
        "https://x.example/static/",
    )
    assert page_addresses("/a/story", None, None) == ("/a/story", None)  # the writer notes it
    assert same_article("https://www.x.example/a/story/", "http://x.example/a/story#comments")
    assert not same_article("https://x.example/a/story", "https://x.example/a/other")


def _article(**kw) -> Article:
    words = " ".join(["The quay stays closed while engineers drill test cores."] * 6)
    return Article(**{"title": "Quay closed", "body": words, "summary": "The quay is closed.", **kw})


def _rendered(article: Article) -> tuple[dict, str, list[str]]:
    document, said = render(article, Annotations(), source_name="page.html", when=date(2024, 3, 5))
    _, head, body = document.split("---\n", 2)
    return yaml.safe_load(head), document, said


def test_a_picture_without_caption_takes_its_alt_text():
    meta, _, _ = _rendered(
        _article(
            url=PAGE,
            images=(
                ArticleImage(caption="", credit="Ola Berg", src="/img/quay.jpg", alt="Barriers on the closed quay"),
            ),
        )
    )
    assert meta["images"] == [
        {
            "src": "https://news.example.net/img/quay.jpg",
            "alt": "Barriers on the closed quay",
            "caption": "Barriers on the closed quay",
            "credit": "Ola Berg",
        }
    ]


def test_a_picture_without_caption_or_alt_is_left_as_a_comment():
    meta, document, said = _rendered(_article(images=(ArticleImage(caption=" ", credit="Ola Berg"),)))
    assert "images" not in meta
    assert (
        "# note: a picture without a caption or alt text (add a caption to use it): {'credit': 'Ola Berg'}" in document
    )


def test_an_address_that_cannot_be_made_absolute_is_left_out_with_a_note():
    meta, document, said = _rendered(
        _article(
            url="/world/quay.html",
            images=(ArticleImage(caption="The quay", credit="Ola Berg", src="pictures/quay.jpg"),),
        )
    )
    assert "url" not in meta["source"]
    assert meta["images"] == [{"caption": "The quay", "credit": "Ola Berg"}]
    assert any("'/world/quay.html' is not a full http(s) URL" in n for n in said)
    assert any("'pictures/quay.jpg' is not an http(s) URL" in n for n in said)


def test_fields_the_schema_rejects_become_comments_with_the_reason():
    meta = {
        "title": "Quay closed",
        "summary": "Closed.",
        "date": date(2024, 3, 5),
        "source": {"headline": "Quay closed", "url": "ftp://files.example.net/quay", "publisher": "Courier"},
        "tags": ["harbour", 7],
        "images": [{"caption": "The quay", "credit": ""}, {"caption": "The pier", "credit": "Ola Berg"}],
    }
    kept, comments = checked_meta(meta)
    assert kept == {
        "title": "Quay closed",
        "summary": "Closed.",
        "date": date(2024, 3, 5),
        "source": {"headline": "Quay closed", "publisher": "Courier"},
        "tags": ["harbour"],
        "images": [{"caption": "The pier", "credit": "Ola Berg"}],
    }
    assert comments == [
        "source.url left out ('url' must be an http(s) URL, not 'ftp://files.example.net/quay'): "
        "ftp://files.example.net/quay",
        "tags: an entry left out (each entry of 'tags' must be text, not a number): 7",
        "images: an entry left out (an image needs a credit): {caption: The quay, credit: ''}",
    ]


def test_a_valid_front_matter_is_kept_as_it_is():
    meta = {"title": "Quay closed", "summary": "Closed.", "date": date(2024, 3, 5), "tags": ["harbour"]}
    assert checked_meta(meta) == (meta, [])


def test_links_the_site_cannot_show_become_text_in_the_body():
    body, notes = checked_body(
        "See [[quay-report]] and [the map](javascript:show()) or [the site](https://x.example).\n\n`[[kept in code]]`"
    )
    assert body == ("See \\[[quay-report]] and the map or [the site](https://x.example).\n\n`[[kept in code]]`")
    assert notes
    assert checked_body("Plain words.") == ("Plain words.", [])


def test_a_saved_page_with_relative_addresses_imports_as_a_valid_briefing(tmp_path, capsys):
    site = tmp_path / "site"
    (site / "content" / "briefings").mkdir(parents=True)
    (site / "site.yaml").write_text("title: T\nbase_url: https://notes.example.org/\n", encoding="utf-8")
    paras = "".join(
        f"<p>{p}</p>"
        for p in [
            "The harbour authority closed its northern quay on Monday after inspectors found cracks in the concrete.",
            "Ships due this week will unload at the southern basin, which can take two vessels at a time.",
            "Repairs are expected to last until spring, and test cores will be drilled next week [[sic]].",
        ]
    )
    page = tmp_path / "quay.html"
    page.write_text(
        '<!doctype html><html><head><title>Quay closed</title><link rel="canonical" href="/harbour/quay">'
        '<meta property="article:published_time" content="2024-03-05"></head><body><article><h1>Quay closed</h1>'
        '<figure><img src="/img/quay.jpg" alt="The closed quay"><figcaption>Photo: Ola Berg</figcaption></figure>'
        '<figure><img src="/img/pier.jpg"><figcaption><span class="credit">Ola Berg</span></figcaption></figure>'
        f"{paras}</article></body></html>",
        encoding="utf-8",
    )
    assert main(["import", str(page), "--site", str(site)]) == 0
    out, err = capsys.readouterr()
    assert "note: the page's address '/harbour/quay' is not a full http(s) URL" in out
    [written] = (site / "content" / "briefings").glob("*.md")
    document = written.read_text(encoding="utf-8")
    meta = yaml.safe_load(document.split("---\n", 2)[1])
    # the first picture's caption is its alt text (the figcaption held only the credit); the
    # second has neither caption nor alt: a comment, not a caption made of its credit
    assert meta["images"] == [{"caption": "The closed quay", "credit": "Ola Berg"}]
    assert "# note: a picture without a caption or alt text (add a caption to use it)" in document
    assert main(["check", "--site", str(site)]) == 0, capsys.readouterr()


@pytest.mark.slow
@pytest.mark.parametrize("corpus", ["realpages", "realtext"])
def test_every_real_page_that_imports_is_a_valid_briefing(corpus, tmp_path, capsys):
    if not realimports.present(corpus):
        pytest.skip(f"../shared/{corpus} is not here")
    pytest.importorskip("lxml")
    site = tmp_path / "site"
    (site / "content" / "briefings").mkdir(parents=True)
    (site / "site.yaml").write_text("title: T\nbase_url: https://notes.example.org/\n", encoding="utf-8")
    results = realimports.imported(corpus)
    crashed = [(n, code, err[-300:]) for n, code, _, err in results if code not in (0, 1) or "Traceback" in err]
    assert not crashed
    refused = {n: err.splitlines()[0] for n, code, _, err in results if code != 0}
    # A page the reader refuses says why in one line: the writer never gets an article then.
    assert all(
        re.search(r": error: (not an article|no headline|not a readable|undecodable)", why) for why in refused.values()
    ), refused
    for n, code, out, _ in results:
        if code == 0:
            (site / "content" / "briefings" / f"zz-{n.split('.')[0]}.md").write_text(out, encoding="utf-8")
    capsys.readouterr()
    code = main(["check", "--site", str(site)])
    report = capsys.readouterr()
    assert code == 0, (report.out + report.err)[-3000:]
    assert len(refused) <= len(results) // 20  # at most 5 % refused: the readers find nearly every article


@pytest.mark.parametrize(
    "text",
    [
        "The northern quay reopens on Friday, the harbour authority said, two weeks earlier than it had planned.",
        "北の岸壁は金曜日に再開すると港湾局が発表した。予定より二週間早い再開となり、漁業者は安心している。",
    ],
)
def test_a_short_news_item_imports_with_a_note(tmp_path, capsys, text):
    page = tmp_path / "brief.html"
    page.write_text(
        f"<html><head><title>Quay reopens</title></head><body><article><h1>Quay reopens</h1>"
        f"<p>{text}</p></article></body></html>",
        encoding="utf-8",
    )
    assert main(["import", str(page), "--stdout"]) == 0
    out, err = capsys.readouterr()
    assert text in out
    assert "words of article text found: compare the body with the page" in err


_ODD = st.sampled_from(
    [
        "",
        " ",
        "/news/a",
        "//cdn.example.net/x.jpg",
        "https%3A%2F%2Fx.example%2Fa",
        "javascript:alert(1)",
        "data:image/png;base64,AA",
        "ftp://x.example/a",
        "http://[bad",
        "https://x.example/a b",
        "mailto:a@b",
        "[[quay]]",
        "[x](javascript:y)",
        "\x1b",
        "\ufeff",
        "2024-13-45",
        "yes",
        "null",
        "- a",
        ": b",
        "#c",
        "\u2028",
        "A caption. Photograph: Ola Berg",
        "Ola Berg",
        "a\nb",
    ]
)
_FIELD = _ODD | st.text(max_size=12)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    title=_FIELD,
    summary=st.none() | _FIELD,
    url=st.none() | _FIELD,
    authors=st.lists(_FIELD, max_size=3),
    publisher=st.none() | _FIELD,
    images=st.lists(st.tuples(_FIELD, _FIELD, st.none() | _FIELD, st.none() | _FIELD), max_size=3),
    body=st.lists(_FIELD, max_size=8).map(" ".join),
)
def test_whatever_the_reader_found_the_briefing_passes_the_schema_and_markdown_checks(
    title, summary, url, authors, publisher, images, body
):
    from briefkit.config import SiteConfig
    from briefkit.diagnostics import Diagnostics, Pos
    from briefkit.loader import SourceFile
    from briefkit.markdown import MarkdownContext, render_body
    from briefkit.model import DocKind
    from briefkit.schema import parse_document

    article = Article(
        title=title,
        body=body,
        summary=summary,
        authors=tuple(authors),
        publisher=publisher,
        url=url,
        images=tuple(ArticleImage(caption=c, credit=cr, src=s, alt=a) for c, cr, s, a in images),
    )
    document, _ = render(article, Annotations(), source_name="page.html", when=date(2024, 3, 5))
    diags = Diagnostics()
    config = SiteConfig(root=Path("."), title="t", base_url="https://example.org/")
    doc = parse_document(SourceFile("b.md", DocKind.BRIEFING, "b", document, ""), config, diags)
    assert doc is not None and not diags.errors, (document, [d.message for d in diags.errors])
    ctx = MarkdownContext(targets={}, autolink="none", autolink_terms={}, mention_terms={})
    render_body(doc.body, ctx, pos=Pos("b.md", doc.body_line), diags=diags)
    assert not diags.errors, (document, [d.message for d in diags.errors])
