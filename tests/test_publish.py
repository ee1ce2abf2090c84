"""`briefkit publish` with real git: a bare repository as the remote, a tiny fake builder.

The fake builder stands in for the core so these tests pin down publish's own promises (what
reaches the pages branch, what is never touched, what each failure says) independently of
how pages are rendered; test_publish_site.py runs the same flow through the real build.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from briefkit.diagnostics import Diagnostics, Pos
from briefkit.publish import BuildOutcome, PublishBuildFailed, PublishError, PublishOptions, publish
from briefkit.publish import deploy


# -- helpers -------------------------------------------------------------------


def git(cwd: Path, *args: str, check: bool = True) -> str:
    r = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True)
    if check and r.returncode != 0:
        raise AssertionError(f"git {' '.join(args)}: {r.stderr}")
    return r.stdout.strip()


def fake_build(site: Path, output: Path, base_url: str | None, strict: bool) -> BuildOutcome:
    """One page per briefing plus an index; a briefing containing BROKEN is an error."""
    diags = Diagnostics()
    briefings = sorted((site / "content" / "briefings").glob("*.md"))
    for b in briefings:
        if "BROKEN" in b.read_text(encoding="utf-8"):
            diags.error("broken briefing", Pos(f"content/briefings/{b.name}", 1, 1), hint="fix it")
    if diags.failed(strict):
        return BuildOutcome(False, diags)
    output.mkdir(parents=True)
    base = base_url or "/"
    items = "".join(f'<li><a href="{base}briefings/{b.stem}/">{b.stem}</a></li>' for b in briefings)
    (output / "index.html").write_text(f"<ul>{items}</ul>", encoding="utf-8")
    for b in briefings:
        page = output / "briefings" / b.stem / "index.html"
        page.parent.mkdir(parents=True)
        page.write_text(b.read_text(encoding="utf-8"), encoding="utf-8")
    (output / ".briefkit-manifest.json").write_text("{}", encoding="utf-8")
    return BuildOutcome(True, diags)


@pytest.fixture(autouse=True)
def git_identity(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Git that ignores this machine's configuration and knows who is committing."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(home / ".gitconfig"))
    for who in ("AUTHOR", "COMMITTER"):
        monkeypatch.setenv(f"GIT_{who}_NAME", "Test Publisher")
        monkeypatch.setenv(f"GIT_{who}_EMAIL", "publisher@example.org")


@pytest.fixture
def site(tmp_path: Path) -> Path:
    """A committed site with two briefings and a bare `origin`."""
    root = tmp_path / "site"
    (root / "content" / "briefings").mkdir(parents=True)
    (root / "content" / "briefings" / "first-story.md").write_text("first story\n", encoding="utf-8")
    (root / "content" / "briefings" / "second-story.md").write_text("second story\n", encoding="utf-8")
    (root / ".gitignore").write_text("output/\n", encoding="utf-8")
    git(root, "init", "-q", "-b", "main")
    git(root, "add", "content", ".gitignore")
    git(root, "commit", "-q", "-m", "the site")
    remote = tmp_path / "remote.git"
    git(tmp_path, "init", "-q", "--bare", "-b", "main", str(remote))
    git(root, "remote", "add", "origin", str(remote))
    git(root, "push", "-q", "origin", "main")
    return root


def remote_of(site: Path) -> Path:
    return site.parent / "remote.git"


def remote_files(site: Path, branch: str = "gh-pages") -> set[str]:
    return set(git(remote_of(site), "ls-tree", "-r", "--name-only", branch).splitlines())


def remote_show(site: Path, path: str, branch: str = "gh-pages") -> str:
    return git(remote_of(site), "show", f"{branch}:{path}")


def has_branch(repo: Path, branch: str) -> bool:
    return bool(git(repo, "rev-parse", "--verify", "--quiet", f"refs/heads/{branch}", check=False))


def checkout_state(site: Path) -> tuple[str, str, bytes, str]:
    """What must not change: HEAD, the current branch, the index bytes, the status."""
    index = Path(git(site, "rev-parse", "--git-path", "index"))
    index = index if index.is_absolute() else site / index
    return (
        git(site, "rev-parse", "HEAD"),
        git(site, "symbolic-ref", "HEAD"),
        index.read_bytes(),
        git(site, "status", "--porcelain", "--untracked-files=all"),
    )


def run_publish(site: Path, **kw) -> deploy.PublishResult:
    return publish(PublishOptions(site=site, **kw), build=fake_build)


# -- the happy path ------------------------------------------------------------


def test_dry_run_pushes_nothing_and_writes_nothing(site: Path) -> None:
    before = checkout_state(site)
    objects_before = sorted(p.name for p in (site / ".git" / "objects").rglob("*"))
    result = run_publish(site, dry_run=True, cname="briefs.example.org")
    assert result.status == "dry-run"
    assert result.files == 5  # index, two briefings, .nojekyll, CNAME (no manifest)
    assert result.parent is None and "new branch" in result.parent_label
    assert result.message.startswith("Publish site from ")
    assert not has_branch(remote_of(site), "gh-pages")
    assert not has_branch(site, "gh-pages")
    assert checkout_state(site) == before
    assert sorted(p.name for p in (site / ".git" / "objects").rglob("*")) == objects_before


def test_publish_puts_the_site_on_the_remote_and_leaves_the_checkout_alone(site: Path) -> None:
    before = checkout_state(site)
    head = git(site, "rev-parse", "--short", "HEAD")
    result = run_publish(site, cname="briefs.example.org")
    assert result.status == "published"
    assert remote_files(site) == {
        "index.html", ".nojekyll", "CNAME",
        "briefings/first-story/index.html", "briefings/second-story/index.html",
    }
    assert remote_show(site, "CNAME") == "briefs.example.org"
    assert remote_show(site, ".nojekyll") == ""
    assert "first-story" in remote_show(site, "index.html")
    subject = git(remote_of(site), "log", "-1", "--format=%s", "gh-pages")
    assert subject == f"Publish site from {head} (main)"
    # the checkout is exactly as it was; the local pages branch follows the remote
    assert checkout_state(site) == before
    assert git(site, "rev-parse", "gh-pages") == git(remote_of(site), "rev-parse", "gh-pages")
    assert git(site, "rev-parse", "origin/gh-pages") == result.commit
    assert not (site / "index.html").exists() and not (site / "CNAME").exists()


def test_second_publish_keeps_history_and_carries_the_edit(site: Path) -> None:
    first = run_publish(site)
    story = site / "content" / "briefings" / "first-story.md"
    story.write_text("first story, corrected\n", encoding="utf-8")
    git(site, "commit", "-q", "-am", "correct the first story")
    second = run_publish(site)
    assert second.status == "published" and second.parent == first.commit
    assert git(remote_of(site), "rev-parse", "gh-pages^") == first.commit
    assert remote_show(site, "briefings/first-story/index.html") == "first story, corrected"
    assert git(remote_of(site), "rev-list", "--count", "gh-pages") == "2"


def test_publishing_the_same_site_twice_makes_no_new_commit(site: Path) -> None:
    first = run_publish(site)
    again = run_publish(site)
    assert again.status == "unchanged" and again.commit == first.commit
    dry = run_publish(site, dry_run=True)
    assert dry.status == "unchanged" and dry.commit == first.commit
    assert git(remote_of(site), "rev-list", "--count", "gh-pages") == "1"


def test_force_starts_a_new_history(site: Path) -> None:
    run_publish(site)
    (site / "content" / "briefings" / "third-story.md").write_text("third\n", encoding="utf-8")
    git(site, "add", "content")
    git(site, "commit", "-q", "-m", "third")
    run_publish(site)
    forced = run_publish(site, force=True)
    assert forced.parent is None
    assert git(remote_of(site), "rev-list", "--count", "gh-pages") == "1"
    assert "briefings/third-story/index.html" in remote_files(site)


def test_custom_message_and_branch(site: Path) -> None:
    run_publish(site, branch="site", message="Release 1")
    assert git(remote_of(site), "log", "-1", "--format=%s", "site") == "Release 1"
    assert not has_branch(remote_of(site), "gh-pages")


def test_a_clone_continues_the_remotes_history(site: Path, tmp_path: Path) -> None:
    first = run_publish(site)
    clone = tmp_path / "clone"
    git(tmp_path, "clone", "-q", str(remote_of(site)), str(clone))
    (clone / "content" / "briefings" / "first-story.md").write_text("from the clone\n", encoding="utf-8")
    git(clone, "commit", "-q", "-am", "edit in the clone")
    result = publish(PublishOptions(site=clone), build=fake_build)
    assert result.parent == first.commit and result.parent_label == "origin/gh-pages"
    assert git(remote_of(site), "rev-parse", "gh-pages^") == first.commit


# -- refusals ------------------------------------------------------------------


def test_a_broken_briefing_fails_and_leaves_the_branch_as_it_was(site: Path) -> None:
    first = run_publish(site)
    (site / "content" / "briefings" / "second-story.md").write_text("BROKEN\n", encoding="utf-8")
    git(site, "commit", "-q", "-am", "break it")
    with pytest.raises(PublishBuildFailed) as info:
        run_publish(site)
    assert any("broken briefing" in d.message for d in info.value.diagnostics.errors)
    assert git(remote_of(site), "rev-parse", "gh-pages") == first.commit
    assert git(site, "rev-parse", "gh-pages") == first.commit


def test_a_broken_briefing_on_first_publish_creates_no_branch(site: Path) -> None:
    (site / "content" / "briefings" / "second-story.md").write_text("BROKEN\n", encoding="utf-8")
    with pytest.raises(PublishBuildFailed):
        run_publish(site)
    assert not has_branch(remote_of(site), "gh-pages") and not has_branch(site, "gh-pages")


def test_not_a_git_repository(tmp_path: Path) -> None:
    folder = tmp_path / "plain"
    (folder / "content" / "briefings").mkdir(parents=True)
    with pytest.raises(PublishError) as info:
        run_publish(folder)
    assert "not a git repository" in info.value.message
    assert "git init" in (info.value.hint or "")


def test_no_such_remote_lists_the_remotes(site: Path) -> None:
    git(site, "remote", "add", "upstream", str(remote_of(site)))
    with pytest.raises(PublishError) as info:
        run_publish(site, remote="github")
    assert "no remote named 'github'" in info.value.message
    assert "origin, upstream" in info.value.message
    assert not has_branch(remote_of(site), "gh-pages")


def test_refuses_to_publish_onto_the_checked_out_branch(site: Path) -> None:
    head = git(site, "rev-parse", "HEAD")
    with pytest.raises(PublishError) as info:
        run_publish(site, branch="main")
    assert "checked out" in info.value.message
    assert git(site, "rev-parse", "HEAD") == head


def test_rejected_push_says_why_and_changes_nothing(site: Path, tmp_path: Path) -> None:
    # someone else publishes from another clone, so the remote's gh-pages moves on
    first = run_publish(site)
    other = tmp_path / "other"
    git(tmp_path, "clone", "-q", str(remote_of(site)), str(other))
    (other / "content" / "briefings" / "second-story.md").write_text("their edit\n", encoding="utf-8")
    git(other, "commit", "-q", "-am", "their edit")
    theirs = publish(PublishOptions(site=other), build=fake_build)

    (site / "content" / "briefings" / "first-story.md").write_text("my edit\n", encoding="utf-8")
    git(site, "commit", "-q", "-am", "my edit")
    with pytest.raises(PublishError) as info:
        run_publish(site)
    assert "rejected" in info.value.message and "fetch first" in info.value.message
    assert "--force" in (info.value.hint or "") and "git fetch origin gh-pages" in (info.value.hint or "")
    assert git(remote_of(site), "rev-parse", "gh-pages") == theirs.commit
    assert git(site, "rev-parse", "gh-pages") == first.commit  # local branch did not move

    # the hint works: fetch, publish again, and the history holds both
    git(site, "fetch", "-q", "origin", "gh-pages")
    mine = run_publish(site)
    assert mine.parent == theirs.commit
    assert remote_show(site, "briefings/first-story/index.html") == "my edit"


def test_uncommitted_changes_warn_by_name_and_still_publish(site: Path) -> None:
    (site / "content" / "briefings" / "first-story.md").write_text("edited, not committed\n", encoding="utf-8")
    (site / "content" / "briefings" / "new-story.md").write_text("untracked\n", encoding="utf-8")
    result = run_publish(site)
    assert result.status == "published"
    [warning] = result.warnings.warnings
    assert "content/briefings/first-story.md" in warning.message
    assert "content/briefings/new-story.md" in warning.message
    assert "not match any commit" in (warning.hint or "")
    assert "uncommitted" in git(remote_of(site), "log", "-1", "--format=%b", "gh-pages")
    assert remote_show(site, "briefings/new-story/index.html") == "untracked"


def test_ignored_output_is_not_an_uncommitted_change(site: Path) -> None:
    (site / "output").mkdir()
    (site / "output" / "index.html").write_text("old build", encoding="utf-8")
    assert run_publish(site).warnings.items == []


# -- the command line ----------------------------------------------------------


def main(argv: list[str]) -> int:
    """`briefkit publish ...` through the verb module, as cli.main dispatches it."""
    import argparse

    from briefkit.commands import publish as command

    parser = argparse.ArgumentParser(prog="briefkit publish")
    parser.add_argument("--site", default=".")
    command.configure(parser)
    return command.run(parser.parse_args(argv))


@pytest.fixture
def cli_site(site: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(deploy, "build_site", fake_build)
    monkeypatch.chdir(site)
    return site


def test_cli_dry_run_reports_what_would_be_pushed(cli_site: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--dry-run", "--cname", "briefs.example.org"]) == 0
    out = capsys.readouterr().out
    assert "would publish 5 files to origin gh-pages" in out
    assert "parent:  none (a new branch)" in out
    assert "message: Publish site from" in out
    assert "nothing was committed or pushed" in out
    assert not has_branch(remote_of(cli_site), "gh-pages")


def test_cli_publish_then_nothing_to_publish(cli_site: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--cname", "briefs.example.org"]) == 0
    assert "published 5 files to origin gh-pages" in capsys.readouterr().out
    assert main(["--cname", "briefs.example.org"]) == 0
    assert "nothing to publish" in capsys.readouterr().out


def test_cli_errors_exit_1_with_a_hint(cli_site: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--remote", "nowhere"]) == 1
    err = capsys.readouterr().err
    assert "error: no remote named 'nowhere' (remotes: origin)" in err
    assert "hint: " in err and "Traceback" not in err


def test_cli_build_errors_are_printed_as_diagnostics(cli_site: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (cli_site / "content" / "briefings" / "first-story.md").write_text("BROKEN\n", encoding="utf-8")
    assert main([]) == 1
    err = capsys.readouterr().err
    assert "content/briefings/first-story.md:1:1: error: broken briefing" in err
    assert "nothing was published" in err
    assert not has_branch(remote_of(cli_site), "gh-pages")


def test_cli_not_a_repository(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    monkeypatch.setattr(deploy, "build_site", fake_build)
    folder = tmp_path / "plain"
    folder.mkdir()
    monkeypatch.chdir(folder)
    assert main([]) == 1
    assert "error: not a git repository" in capsys.readouterr().err


def test_cname_carries_over_until_changed_or_removed(site: Path) -> None:
    run_publish(site, cname="briefs.example.org")
    (site / "content" / "briefings" / "first-story.md").write_text("edited\n", encoding="utf-8")
    git(site, "commit", "-q", "-am", "edit")
    kept = run_publish(site)  # forgot --cname: the custom domain must not go offline
    assert kept.cname_kept and kept.cname == "briefs.example.org"
    assert remote_show(site, "CNAME") == "briefs.example.org"
    run_publish(site, cname="news.example.net")
    assert remote_show(site, "CNAME") == "news.example.net"
    removed = run_publish(site, cname="")
    assert removed.cname is None and "CNAME" not in remote_files(site)
