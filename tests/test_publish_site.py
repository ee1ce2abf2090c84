"""`briefkit publish` end to end on a copy of the repository's example site, with the real
build, as a new user would run it: a fresh git repository with a bare remote."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from test_publish import checkout_state, git, git_identity, has_branch, main  # noqa: F401

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture
def example(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    site = tmp_path / "briefs"
    site.mkdir()
    shutil.copy(REPO / "site.yaml", site / "site.yaml")
    shutil.copytree(REPO / "content", site / "content")
    if (REPO / "templates").is_dir():
        shutil.copytree(REPO / "templates", site / "templates")
    (site / ".gitignore").write_text("output/\n.briefkit-cache/\n", encoding="utf-8")
    git(site, "init", "-q", "-b", "main")
    git(site, "add", "site.yaml", "content", ".gitignore", *(["templates"] if (site / "templates").exists() else []))
    git(site, "commit", "-q", "-m", "my briefings")
    git(tmp_path, "init", "-q", "--bare", "-b", "main", "remote.git")
    git(site, "remote", "add", "origin", str(tmp_path / "remote.git"))
    git(site, "push", "-q", "origin", "main")
    monkeypatch.chdir(site)
    return site


def remote(site: Path) -> Path:
    return site.parent / "remote.git"


def published(site: Path) -> set[str]:
    return set(git(remote(site), "ls-tree", "-r", "--name-only", "gh-pages").splitlines())


def show(site: Path, path: str) -> str:
    return git(remote(site), "show", f"gh-pages:{path}")


def briefing_ids(site: Path) -> list[str]:
    return sorted(p.stem for p in (site / "content" / "briefings").glob("*.md"))


def test_dry_run_then_publish_then_edit_then_break(example: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = checkout_state(example)

    assert main(["--dry-run", "--cname", "briefs.example.org"]) == 0
    assert "nothing was committed or pushed" in capsys.readouterr().out
    assert not has_branch(remote(example), "gh-pages")

    assert main(["--cname", "briefs.example.org"]) == 0
    files = published(example)
    assert {"index.html", ".nojekyll", "CNAME"} <= files
    assert show(example, "CNAME") == "briefs.example.org"
    for doc_id in briefing_ids(example):
        assert f"briefings/{doc_id}/index.html" in files
    assert ".briefkit-manifest.json" not in files
    assert checkout_state(example) == before
    first = git(remote(example), "rev-parse", "gh-pages")

    # an edit and a second publish: history kept, edit carried
    story = example / "content" / "briefings" / f"{briefing_ids(example)[0]}.md"
    text = story.read_text(encoding="utf-8")
    edited = re.sub(r"^title: .*$", "title: A corrected headline for the meeting", text, count=1, flags=re.M)
    assert edited != text
    story.write_text(edited, encoding="utf-8")
    git(example, "commit", "-q", "-am", "correct a headline")
    assert main(["--cname", "briefs.example.org"]) == 0
    assert git(remote(example), "rev-parse", "gh-pages^") == first
    assert "A corrected headline for the meeting" in show(example, f"briefings/{story.stem}/index.html")
    second = git(remote(example), "rev-parse", "gh-pages")

    # a broken briefing: publish fails, gh-pages stays where it was
    capsys.readouterr()
    story.write_text(edited.replace("title:", "titel:", 1), encoding="utf-8")
    assert main(["--cname", "briefs.example.org"]) == 1
    err = capsys.readouterr().err
    assert f"content/briefings/{story.name}" in err and "error:" in err
    assert "nothing was published" in err
    assert git(remote(example), "rev-parse", "gh-pages") == second


def test_cname_from_site_yaml(example: Path) -> None:
    config = example / "site.yaml"
    config.write_text(config.read_text(encoding="utf-8") + "cname: news.example.net\n", encoding="utf-8")
    git(example, "commit", "-q", "-am", "custom domain")
    assert main([]) == 0
    assert show(example, "CNAME") == "news.example.net"


def test_project_pages_links_stay_under_the_sub_path(example: Path) -> None:
    assert main(["--base-url", "https://user.github.io/briefs/"]) == 0
    pages = [p for p in published(example) if p.endswith((".html", ".xml"))]
    assert "index.html" in pages
    checked = 0
    for page in pages:
        body = show(example, page)
        for url in re.findall(r'(?:href|src|action)="([^"]+)"', body) + re.findall(r"<loc>([^<]+)</loc>", body):
            if url.startswith("/"):
                assert url.startswith("/briefs/"), f"{page}: {url}"
                checked += 1
            elif "user.github.io" in url:
                assert url.startswith("https://user.github.io/briefs/"), f"{page}: {url}"
                checked += 1
    assert checked > 0
    index = show(example, "index.html")
    assert f'href="/briefs/briefings/{briefing_ids(example)[0]}/"' in index


def test_through_the_briefkit_command(example: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from briefkit import cli

    assert cli.main(["publish", "--cname", "briefs.example.org"]) == 0
    assert cli.main(["publish", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "nothing to publish: origin gh-pages already holds this site" in out
    assert "CNAME" in published(example)
