"""Pages no real site should print, and some do: each imports to a valid briefing or is refused with one clear line.

A 5 MB page, 20,000 nested boxes, a 1 MB line, 50,000 short lines, a page in another charset than it
declares, a page without `<body>` or with only a `<frameset>`, NUL bytes, JSON-LD that is broken,
huge or nested past Python's call stack, an empty file. None may crash the import (exit code 3, a
traceback) or leave a briefing `check` refuses. How long each takes is measured by
`bench/import_stress.py`, not here: machines differ, outcomes do not.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from briefkit.cli import main

pytest.importorskip("trafilatura")

SENTENCES = [
    "The harbour board said on Tuesday that the old quay would stay closed until the spring repairs end.",
    "Engineers found cracks in three of the pillars that carry the road over the water.",
    "Ferry crews will use the north pier meanwhile, and the timetable changes from next week.",
    "Traders on the waterfront asked the council for help with the trade they lost over the winter.",
    "A spokesperson for the board said the work would cost less than was first feared.",
]
TITLE = "Quay closed until spring"


def _para(i: int) -> str:
    return " ".join(SENTENCES[(i + k) % len(SENTENCES)] for k in range(3))


STORY = "".join(f"<p>{_para(i)}</p>" for i in range(8))
HEAD = (
    f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{TITLE}</title>'
    '<meta property="article:published_time" content="2024-03-05T09:00:00Z"></head>'
)


def _page(body: str = STORY, head: str = HEAD) -> str:
    return f"{head}<body><article><h1>{TITLE}</h1>{body}</article></body></html>"


def _with_ld(ld: str) -> str:
    return _page(head=HEAD.replace("</head>", f'<script type="application/ld+json">{ld}</script></head>'))


def _accented() -> str:
    return _page(STORY.replace("spring repairs", "Frühjahr, déjà vu,"))


def _late_nul(text: str) -> str:
    """NUL bytes past the first 4 KB (where one makes the file binary to the importer)."""
    return text[:5000] + text[5000:].replace(SENTENCES[4], SENTENCES[4] + "\x00")


def _dump(*lines: str) -> str:
    return "\n\n".join([TITLE, "5 March 2024", *lines]) + "\n"


def _big_page() -> bytes:
    comments = "".join(f"<div class='reply'><p>Reply {i}: {_para(i)}</p></div>" for i in range(17_000))
    return _page(STORY + f"<section class='comments'>{comments}</section>").encode()


def _huge_ld() -> str:
    people = [{"@type": "Person", "name": f"Reporter {i}"} for i in range(20_000)]
    return json.dumps({"@type": "NewsArticle", "headline": TITLE, "author": people, "articleBody": _para(0) * 2_000})


def _short_lines() -> str:
    words = " ".join(SENTENCES).split()
    return "\n".join([TITLE, "", "5 March 2024", ""] + [f"{words[i % len(words)]} {i}" for i in range(50_000)])


FRAMES = '<frameset cols="50%,50%">'
IMPORTED: dict[str, Callable[[], bytes | str]] = {
    "big.html": _big_page,
    "nested.html": lambda: _page("<div>" * 20_000 + STORY + "</div>" * 20_000),
    "long-line.html": lambda: _page(f"<p>{' '.join(SENTENCES * 2_200)}</p>"),
    "long-line.txt": lambda: _dump(" ".join(SENTENCES * 2_200), *(_para(i) for i in range(5))),
    "short-lines.txt": _short_lines,
    "no-body.html": lambda: HEAD.replace("</head>", "") + f"<h1>{TITLE}</h1>{STORY}</html>",
    "frameset.html": lambda: (
        HEAD + f'<frameset cols="50%,50%"><frame src="a.html"><noframes>{STORY}</noframes></frameset></html>'
    ),
    "frames-only.html": lambda: (
        HEAD + '<frameset cols="50%,50%"><frame src="a.html"><frame src="b.html"></frameset></html>'
    ),
    "broken-ld.html": lambda: _with_ld('{"@type": "NewsArticle", "headline": "Quay closed", "author": {"name": "Ann'),
    "huge-ld.html": lambda: _with_ld(_huge_ld()),
    "deep-ld.html": lambda: _with_ld("[" * 100_000 + "]" * 100_000),
    "deep-graph-ld.html": lambda: _with_ld('{"@graph":' * 600 + '{"@type":"NewsArticle"}' + "}" * 600),
    "odd-ld.html": lambda: _with_ld('{"@type":["NewsArticle"],"headline":[1,null],"author":17,"image":[[[]]]}'),
    "utf8-said-latin1.html": lambda: _accented().replace("utf-8", "iso-8859-1").encode("utf-8"),
    "utf8-said-shift-jis.html": lambda: _accented().replace("utf-8", "shift_jis").encode("utf-8"),
    "latin1-said-utf8.html": lambda: _accented().encode("cp1252"),
    "unknown-charset.html": lambda: _page().replace("utf-8", "no-such-charset"),
    "late-nul.txt": lambda: _late_nul(_dump(*(_para(i) for i in range(40)))),
    "late-nul.html": lambda: _late_nul(_page(STORY * 4)),
    "crlf.txt": lambda: _dump(*(_para(i) for i in range(6))).replace("\n", "\r\n"),
}

REFUSED: dict[str, tuple[Callable[[], bytes | str], str]] = {
    "empty.html": (lambda: b"", "the file is empty"),
    "empty.txt": (lambda: b"", "the file is empty"),
    "blank.txt": (lambda: "\n \n\t\n", "the file is empty"),
    "only-tags.html": (lambda: "<html><body></body></html>", "no headline"),
    "binary.html": (lambda: bytes(range(256)) * 100, "not a text file"),
    "nul.txt": (lambda: _dump(*(_para(i) for i in range(6))).encode().replace(b"the", b"th\x00e"), "not a text file"),
}


@pytest.fixture
def site(tmp_path: Path) -> Path:
    root = tmp_path / "site"
    (root / "content" / "briefings").mkdir(parents=True)
    (root / "site.yaml").write_text("title: T\nbase_url: https://notes.example.org/\n", encoding="utf-8")
    return root


def _import(tmp_path: Path, site: Path, name: str, content: bytes | str) -> int:
    page = tmp_path / name
    page.write_bytes(content.encode() if isinstance(content, str) else content)
    return main(["import", str(page), "--site", str(site)])


# what the import says of a page it read in part
NOTES = {
    "big.html": "read up to its 20000th element only",
    "short-lines.txt": "only its first 4000 lines were read",
    "long-line.txt": "only its first 250000 characters were read",
}


@pytest.mark.parametrize("name", sorted(IMPORTED))
def test_an_odd_page_imports_to_a_briefing_check_accepts(capsys, tmp_path: Path, site: Path, name: str) -> None:
    assert _import(tmp_path, site, name, IMPORTED[name]()) == 0
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err and "internal error" not in out + err
    assert NOTES.get(name, "") in out
    [written] = (site / "content" / "briefings").glob("*.md")
    text = written.read_text(encoding="utf-8")
    assert TITLE in text
    if "said" in name:  # a page in another charset than it declares is read in the one its bytes are in
        assert "Frühjahr, déjà vu," in text
    assert main(["check", "--site", str(site)]) == 0, capsys.readouterr()


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_an_unreadable_file_is_refused_in_one_line(capsys, tmp_path: Path, site: Path, name: str) -> None:
    build, why = REFUSED[name]
    assert _import(tmp_path, site, name, build()) == 1
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err and "internal error" not in out + err
    [line] = [ln for ln in err.splitlines() if "error:" in ln]
    assert why in line
    assert not list((site / "content" / "briefings").glob("*.md"))
