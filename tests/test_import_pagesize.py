"""A page past any article's size still imports to a valid briefing, read in part and said so.

The limits are lowered for these tests (the pages a test can build in a moment are small); what
is checked is the behaviour past them: the page is read up to its limit, the briefing is valid,
and a note tells the analyst to compare the end of the body with the page.
"""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest
import yaml

from briefkit.cli import main
from briefkit.importer import htmlrecall, pagesize, pagewalk

pytest.importorskip("trafilatura")

SENTENCE = "The harbour board said on Tuesday that the old quay would stay closed until the spring repairs end."


def _site(tmp_path: Path) -> Path:
    site = tmp_path / "site"
    (site / "content" / "briefings").mkdir(parents=True)
    (site / "site.yaml").write_text("title: T\nbase_url: https://notes.example.org/\n", encoding="utf-8")
    return site


def _big_page(paragraphs: int, lists: int) -> str:
    items = "".join(f"<li>Item {i}: {SENTENCE}<ul><li>Detail {i}: {SENTENCE}</li></ul></li>" for i in range(lists))
    paras = "".join(f"<p>Paragraph {i}. {SENTENCE}</p>" for i in range(paragraphs))
    return (
        '<!doctype html><html lang="en"><head><title>Quay closed</title>'
        '<meta property="article:published_time" content="2024-03-05"></head><body><article><h1>Quay closed</h1>'
        f"{paras}<ul>{items}</ul></article><section class='comments'>{paras}</section></body></html>"
    )


def _written(site: Path) -> tuple[dict, str]:
    [written] = (site / "content" / "briefings").glob("*.md")
    _, front, body = written.read_text(encoding="utf-8").split("---\n", 2)
    return yaml.safe_load(front), body


def test_a_page_past_the_limits_is_read_in_part_into_a_valid_briefing(tmp_path, capsys, monkeypatch) -> None:
    monkeypatch.setattr(pagesize, "FAST_ELEMENTS", 150)
    monkeypatch.setattr(pagesize, "MAX_ELEMENTS", 400)
    monkeypatch.setattr(pagesize, "MAX_STORY_CHARS", 6_000)
    site, page = _site(tmp_path), tmp_path / "huge.html"
    page.write_text(_big_page(paragraphs=120, lists=200), encoding="utf-8")
    assert main(["import", str(page), "--site", str(site)]) == 0
    out = capsys.readouterr().out
    assert "read without the extractor's second opinion" in out
    assert "read up to its 400th element only" in out
    assert "only its first 6000 characters were read" in out
    meta, body = _written(site)
    assert meta["title"] == "Quay closed"
    assert "Paragraph 0." in body and "Detail 199" not in body  # the start kept, the page's end not read
    assert len(body) < 8_000
    assert main(["check", "--site", str(site)]) == 0, capsys.readouterr()


def test_a_page_within_the_limits_is_read_whole_without_a_note(tmp_path, capsys) -> None:
    site, page = _site(tmp_path), tmp_path / "page.html"
    page.write_text(_big_page(paragraphs=12, lists=3), encoding="utf-8")
    assert main(["import", str(page), "--site", str(site)]) == 0
    assert "very large page" not in capsys.readouterr().out
    _, body = _written(site)
    assert "Paragraph 11." in body


def test_a_text_dump_past_the_limit_is_read_from_its_start_with_a_note(tmp_path, capsys, monkeypatch) -> None:
    monkeypatch.setattr(pagesize, "MAX_STORY_CHARS", 5_000)
    site, dump = _site(tmp_path), tmp_path / "dump.txt"
    lines = ["Quay closed", "", "5 March 2024", ""] + [f"Paragraph {i}. {SENTENCE}\n" for i in range(400)]
    dump.write_text("\n".join(lines), encoding="utf-8")
    assert main(["import", str(dump), "--site", str(site)]) == 0
    assert "only its first 5000 characters were read" in capsys.readouterr().out
    _, body = _written(site)
    assert "Paragraph 1." in body and "Paragraph 399." not in body
    assert main(["check", "--site", str(site)]) == 0, capsys.readouterr()


def test_a_cut_tree_is_the_page_up_to_its_limit_in_document_order() -> None:
    tree = lxml.html.document_fromstring(
        "<html><body><div><p>a<b>b</b></p><p>c</p></div><ul><li>d</li><li>e</li></ul><p>f</p></body></html>"
    )
    before = [el.tag for el in tree.iter()]
    assert pagesize.cut_tree(tree, 5)  # html body div p b
    assert [el.tag for el in tree.iter()] == before[:5]
    assert tree.text_content() == "ab"
    assert not pagesize.cut_tree(tree, 5)  # nothing after the limit: nothing cut


def test_blocks_and_text_are_cut_at_a_boundary_under_the_limit() -> None:
    assert pagesize.cut_blocks(["a" * 40, "b" * 40, "c" * 40], 100) == (["a" * 40, "b" * 40], True)
    assert pagesize.cut_blocks(["a" * 400], 100) == (["a" * 400], False)  # the story's start is always kept
    assert pagesize.cut_text("one\ntwo\nthree\n", 10) == ("one\ntwo", True)
    assert pagesize.cut_text("short", 10) == ("short", False)


def test_past_its_budget_the_recall_keeps_the_extracted_text(monkeypatch) -> None:
    tree = lxml.html.document_fromstring(
        f"<html><body><article><p>{SENTENCE} One.</p><p>A dropped paragraph the extractor left out here,"
        f" between the two kept ones.</p><p>{SENTENCE} Two.</p></article></body></html>"
    )
    blocks = [f"{SENTENCE} One.", f"{SENTENCE} Two."]
    assert len(htmlrecall.restore_dropped(tree, blocks)) == 3
    monkeypatch.setattr(htmlrecall, "SEARCH_BUDGET", 10)
    assert htmlrecall.restore_dropped(tree, blocks) == blocks


def test_one_walk_says_what_xpath_says_of_each_element_in_the_furniture() -> None:
    tree = lxml.html.document_fromstring(
        '<html><body><nav><ul><li class="c">a</li></ul></nav><!-- x --><p id="x">a<!-- y --></p>'
        '<div class="c"><span>b</span><p>c</p></div><footer><p>f</p></footer><time>d</time></body></html>'
    )
    skip = "ancestor::nav or ancestor::footer or ancestor::aside"
    walked = pagewalk.page_elements(tree)
    assert [el for el, _ in walked] == tree.xpath("descendant-or-self::*")
    assert [el for el, skipped in walked if not skipped] == tree.xpath(f"descendant-or-self::*[not({skip})]")
    assert [pagewalk.element_children(el) for el, _ in walked] == [int(el.xpath("count(*)")) for el, _ in walked]
    inner = tree.find(".//li")  # a walk from inside the furniture knows it is there
    assert pagewalk.page_elements(inner) == [(inner, True)]


def test_the_elements_around_a_year_are_those_of_xpaths_text_nodes() -> None:
    from lxml import etree

    from briefkit.importer import htmlevidence

    tree = lxml.html.document_fromstring(
        "<html><body><nav><p>1 May 2024</p></nav><div><p>Posted <time>2 May 2024</time> in 2023</p>"
        "<span><b>x</b>3 May 2024<!-- 2022 --></span><small><!-- 2021 --></small></div>"
        "<footer><span>2020</span></footer><p><em>a</em><time><b>2019</b></time></p></body></html>"
    )
    texts = etree.XPath("//text()[not(ancestor::nav or ancestor::footer or ancestor::aside or ancestor::time)]")
    want: dict = {}
    for text in texts(tree):
        el = text.getparent().getparent() if text.is_tail else text.getparent()
        if htmlevidence._YEAR.search(text):
            for a in [el, *el.iterancestors()][:4]:
                if a.tag in htmlevidence._DATE_LINE_TAGS:
                    want[a] = None
    index = {el: i for i, el in enumerate(tree.iter())}
    assert htmlevidence._around_years(tree, index) == sorted(want, key=index.get)
    assert [el.tag for el in want] == ["p", "div", "span"]
