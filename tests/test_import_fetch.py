"""`briefkit import URL`, as a user runs it, against a real HTTP server on 127.0.0.1.

What is asserted is what the user sees: the briefing file written (its `source.url`), the
lines on stdout/stderr and the exit code, and that a failed fetch leaves the site untouched.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from briefkit.cli import main
from webserver import Route, article_page, refused_address, serving, silent_server

pytest.importorskip("lxml")


@pytest.fixture
def site(tmp_path: Path) -> Path:
    root = tmp_path / "site"
    (root / "content" / "briefings").mkdir(parents=True)
    (root / "content" / "actors").mkdir()
    (root / "site.yaml").write_text("title: Harbour notes\nbase_url: https://notes.example.org/\n", encoding="utf-8")
    return root


@pytest.fixture
def web():
    with serving() as server:
        yield server


def files(site: Path) -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted((site / "content" / "briefings").glob("*.md"))}


def front(document: str) -> dict:
    return yaml.safe_load(document.split("---\n", 2)[1])


def run(capsys: pytest.CaptureFixture[str], site: Path, *args: str) -> tuple[int, str, str]:
    code = main(["import", *args, "--site", str(site)])
    out, err = capsys.readouterr()
    return code, out, err


def test_a_page_becomes_a_briefing_whose_source_is_the_canonical_url(capsys, site, web):
    canonical = "https://courier.example.net/harbour/quay-closed"
    web.routes["/s/123?utm=feed"] = Route(
        article_page("Northern quay closed after cracks found", canonical=canonical).encode()
    )
    code, out, err = run(capsys, site, web.url("/s/123?utm=feed"))
    assert code == 0, err
    [(name, text)] = files(site).items()
    assert name == "2024-03-05-northern-quay-closed-cracks-found.md"
    meta = front(text)
    assert meta["source"]["url"] == canonical
    assert meta["source"]["authors"] == ["Mira Holm"]
    assert "inspectors found cracks" in text
    assert f"{web.url('/s/123?utm=feed')}: wrote content/briefings/{name}" in out
    assert main(["check", "--site", str(site)]) == 0


def test_without_a_canonical_link_the_address_after_redirects_is_the_source(capsys, site, web):
    web.routes["/old"] = Route(status=301, location="/news/quay", content_type=None)
    web.routes["/news/quay"] = Route(article_page("Quay closed for repairs").encode())
    code, out, err = run(capsys, site, web.url("/old"))
    assert code == 0, err
    meta = front(next(iter(files(site).values())))
    assert meta["source"]["url"] == web.url("/news/quay")
    assert web.hits == ["/old", "/news/quay"]


def test_relative_canonical_and_picture_addresses_resolve_against_the_page(capsys, site, web):
    figure = (
        '<figure><img src="//img.example.net/quay.jpg" alt="The closed quay">'
        "<figcaption>Barriers on the quay. Photograph: Ola Berg</figcaption></figure>"
    )
    web.routes["/a"] = Route(
        article_page("Barriers go up on the quay", canonical="/harbour/barriers", extra_body=figure).encode()
    )
    code, _, err = run(capsys, site, web.url("/a"))
    assert code == 0, err
    meta = front(next(iter(files(site).values())))
    assert meta["source"]["url"] == web.url("/harbour/barriers")
    assert meta["images"] == [
        {
            "src": "http://img.example.net/quay.jpg",
            "alt": "The closed quay",
            "caption": "Barriers on the quay.",
            "credit": "Ola Berg",
        }
    ]


def test_the_charset_the_server_names_decodes_the_page(capsys, site, web):
    title = "Причал закрыт после проверки бетона"
    page = article_page(title, charset_meta=None).encode("koi8-r")
    web.routes["/koi"] = Route(page, content_type="text/html; charset=KOI8-R")
    code, _, err = run(capsys, site, web.url("/koi"))
    assert code == 0, err
    assert front(next(iter(files(site).values())))["title"] == title


def test_stdout_prints_the_briefing_and_writes_nothing(capsys, site, web):
    web.routes["/p"] = Route(article_page("Quay to reopen in spring").encode())
    code, out, err = run(capsys, site, web.url("/p"), "--stdout")
    assert code == 0, err
    assert front(out)["source"]["url"] == web.url("/p")
    assert files(site) == {}


@pytest.mark.parametrize(
    ("route", "message"),
    [
        (None, "the server answered 404 Not Found"),
        (
            Route(b"%PDF-1.4 a report", content_type="application/pdf"),
            "not an HTML page: the server sent application/pdf",
        ),
        (Route(b"<html>" + b"x" * 30_000 + b"</html>"), "the answer is larger than 20,000 bytes: not read"),
    ],
)
def test_a_bad_answer_is_one_clear_error_and_nothing_is_written(capsys, site, web, route, message):
    if route is not None:
        web.routes["/bad"] = route
    code, _, err = run(capsys, site, web.url("/bad"), "--max-size", "0.02")
    assert code == 1
    assert err.splitlines()[0] == f"{web.url('/bad')}: error: {message}"
    assert err.splitlines()[1].startswith("  hint: ")
    assert files(site) == {}


def test_a_refused_connection_is_one_clear_error(capsys, site):
    url = refused_address()
    code, out, err = run(capsys, site, url)
    assert code == 1
    assert err.splitlines()[0] == f"{url}: error: connection refused: nothing answers at that address"
    assert out == "" and files(site) == {}


def test_a_server_that_never_answers_times_out(capsys, site):
    with silent_server() as base:
        code, _, err = run(capsys, site, base + "/story", "--timeout", "0.3")
    assert code == 1
    assert err.splitlines()[0] == f"{base}/story: error: no complete answer within 0.3 s"
    assert "--timeout" in err.splitlines()[1]
    assert files(site) == {}


def test_an_article_the_site_holds_is_refused_naming_the_file_and_force_replaces_it(capsys, site, web):
    canonical = "https://courier.example.net/harbour/quay-closed"
    held = site / "content" / "briefings" / "my-quay-notes.md"
    held.write_text(
        "---\ntitle: My notes on the quay\nsummary: Notes.\ndate: 2024-03-06\n"
        f"source:\n  url: {canonical}/\n---\nMy own notes.\n",
        encoding="utf-8",
    )
    web.routes["/q"] = Route(article_page("Northern quay closed after cracks found", canonical=canonical).encode())

    code, out, err = run(capsys, site, web.url("/q"))
    assert code == 1
    assert err.splitlines()[0] == (
        f"{web.url('/q')}: error: content/briefings/my-quay-notes.md holds this article "
        f"already ({canonical}): nothing written"
    )
    assert "--force" in err.splitlines()[1]
    assert list(files(site)) == ["my-quay-notes.md"]
    assert "My own notes." in held.read_text(encoding="utf-8")

    code, out, err = run(capsys, site, web.url("/q"), "--force")
    assert code == 0, err
    assert list(files(site)) == ["my-quay-notes.md"]  # replaced in place, no second copy
    assert front(held.read_text(encoding="utf-8"))["title"] == "Northern quay closed after cracks found"
    assert "replaced content/briefings/my-quay-notes.md" in out


def test_a_saved_page_of_a_held_article_is_refused_too(capsys, site, tmp_path, web):
    canonical = "https://courier.example.net/harbour/quay-closed"
    page = tmp_path / "saved.html"
    page.write_text(article_page("Northern quay closed after cracks found", canonical=canonical), encoding="utf-8")
    assert run(capsys, site, str(page))[0] == 0
    code, _, err = run(capsys, site, str(page))
    assert code == 1
    assert "holds this article already" in err
    assert len(files(site)) == 1


def test_a_url_and_a_file_in_one_run_each_do_their_own(capsys, site, web, tmp_path):
    web.routes["/ok"] = Route(article_page("Pier for small boats promised").encode())
    missing = tmp_path / "nope.html"
    code, out, err = run(capsys, site, str(missing), web.url("/ok"), web.url("/gone"))
    assert code == 1
    assert f"{missing}: error: no such file or folder" in err
    assert f"{web.url('/gone')}: error: the server answered 404 Not Found" in err
    assert list(files(site)) == ["2024-03-05-pier-small-boats-promised.md"]


def test_import_without_a_source_is_a_usage_error(capsys, site):
    code, _, err = run(capsys, site)
    assert code == 2
    assert "nothing to import" in err


def test_a_redirect_away_from_the_web_is_refused(capsys, site, web):
    web.routes["/file"] = Route(status=302, location="file:///etc/hostname", content_type=None)
    code, _, err = run(capsys, site, web.url("/file"))
    assert code == 1
    assert err.splitlines()[0] == (
        f"{web.url('/file')}: error: the server redirects to 'file:///etc/hostname', which is not a web page"
    )
    assert files(site) == {}


@pytest.mark.parametrize("coding", ["gzip", "deflate"])
def test_a_compressed_answer_is_unpacked(capsys, site, web, coding):
    import gzip
    import zlib

    page = article_page("Ferry timetable cut for the winter").encode()
    packed = gzip.compress(page) if coding == "gzip" else zlib.compress(page)
    web.routes["/z"] = Route(packed, headers={"Content-Encoding": coding})
    code, _, err = run(capsys, site, web.url("/z"))
    assert code == 0, err
    assert front(next(iter(files(site).values())))["title"] == "Ferry timetable cut for the winter"


def test_a_compressed_answer_that_unpacks_too_large_is_refused(capsys, site, web):
    import gzip

    bomb = gzip.compress(b"<html><body>" + b" " * 5_000_000 + b"</body></html>")  # ~5 KB on the wire
    web.routes["/bomb"] = Route(bomb, headers={"Content-Encoding": "gzip"})
    code, _, err = run(capsys, site, web.url("/bomb"), "--max-size", "1")
    assert code == 1
    assert err.splitlines()[0] == f"{web.url('/bomb')}: error: the answer is larger than 1,000,000 bytes: not read"
    assert files(site) == {}


def test_an_encoding_briefkit_cannot_read_is_one_clear_error(capsys, site, web):
    web.routes["/br"] = Route(b"\x1b\x00\x00", headers={"Content-Encoding": "br"})
    code, _, err = run(capsys, site, web.url("/br"))
    assert code == 1
    assert "the server sent the answer encoded as 'br', which briefkit does not read" in err.splitlines()[0]
    assert files(site) == {}


@pytest.mark.parametrize(
    ("title", "charset_meta", "encoding", "header"),
    [
        # labelled Latin-1, as many older pages are, but with Windows-1252's curly quotes: read as browsers do
        ("“Harbour fees” rise by 5 €", "iso-8859-1", "cp1252", "text/html"),
        # no label at all: Western pages read as Windows-1252 ...
        ("Hafengebühren steigen, sagt die Behörde", None, "cp1252", "text/html"),
        # ... a Cyrillic one by its script
        ("Портовые сборы вырастут весной", None, "cp1251", "text/html"),
    ],
)
def test_a_legacy_page_reads_as_a_browser_shows_it(capsys, site, web, title, charset_meta, encoding, header):
    paragraphs = (
        ("Портовое управление объявило о новых сборах для грузовых судов в понедельник вечером.",) * 3
        if encoding == "cp1251"
        else ("The port authority said the new fees take effect for cargo ships from the spring.",) * 3
    )
    page = article_page(title, charset_meta=charset_meta, paragraphs=paragraphs).replace("<html lang=en>", "<html>")
    web.routes["/old"] = Route(page.encode(encoding), content_type=header)
    code, _, err = run(capsys, site, web.url("/old"))
    assert code == 0, err
    assert front(next(iter(files(site).values())))["title"] == title


def test_a_charset_named_late_in_a_long_head_is_still_read(capsys, site, web):
    title = "Портовые сборы вырастут весной"
    page = article_page(title, charset_meta=None, paragraphs=("Портовое управление объявило о новых сборах.",) * 3)
    script = "<script>var config = {" + ", ".join(f'"k{i}": {i}' for i in range(900)) + "};</script>"
    page = page.replace("<head>", "<head>" + script + '<meta charset="koi8-r">')
    web.routes["/late"] = Route(page.encode("koi8-r"), content_type="text/html")
    code, _, err = run(capsys, site, web.url("/late"))
    assert code == 0, err
    assert front(next(iter(files(site).values())))["title"] == title
