"""A dated page whose text did not come through is written as a draft; an undated menu is refused.

A page that shows its story only with JavaScript leaves, in a text dump or a saved copy, its
menus, a headline or a label, and its date: the article is real, its text is missing. The
analyst gets a draft briefing that passes `check`, with a warning saying what to paste in.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from briefkit.cli import main

THIN_DUMP = "Local News\nSearch\nSign in\nMay 11, 2022\nSign in\nBREAKING\n"
THIN_PAGE = (
    "<html><head><title>Ferry service resumes</title>"
    '<meta property="article:published_time" content="2022-05-11T08:00:00Z"></head>'
    "<body><nav>Sections Search</nav><h1>Ferry service resumes</h1><p>Loading…</p></body></html>"
)


@pytest.fixture
def site(tmp_path: Path) -> Path:
    root = tmp_path / "site"
    (root / "content" / "briefings").mkdir(parents=True)
    (root / "site.yaml").write_text("title: T\nbase_url: https://example.org/\n", encoding="utf-8")
    return root


@pytest.mark.parametrize(("name", "text"), [("thin.txt", THIN_DUMP), ("thin.html", THIN_PAGE)])
def test_a_dated_page_without_its_text_becomes_a_draft(
    capsys, site: Path, tmp_path: Path, name: str, text: str
) -> None:
    if name.endswith(".html"):
        pytest.importorskip("lxml")
    source = tmp_path / name
    source.write_text(text, encoding="utf-8")
    assert main(["import", str(source), "--site", str(site)]) == 0
    out, err = capsys.readouterr()
    assert f"{source}: warning: not an article" in err
    assert "written as a draft" in err
    assert "paste the article's text in" in out
    [written] = (site / "content" / "briefings").glob("*.md")
    assert written.name.startswith("2022-05-11-")
    meta = yaml.safe_load(written.read_text(encoding="utf-8").split("---\n", 2)[1])
    assert meta["draft"] is True
    assert str(meta["date"]).startswith("2022-05-11")
    assert main(["check", "--site", str(site)]) == 0, capsys.readouterr()


def test_an_undated_menu_is_still_refused(capsys, site: Path, tmp_path: Path) -> None:
    source = tmp_path / "menu.txt"
    source.write_text("Local News\nSearch\nSign in\nBREAKING\n", encoding="utf-8")
    assert main(["import", str(source), "--site", str(site)]) == 1
    assert "error: not an article" in capsys.readouterr().err
    assert not list((site / "content" / "briefings").glob("*.md"))
