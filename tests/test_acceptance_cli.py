"""What a new user sees from the commands, found by running the issues' acceptance checks.

Each test pins one message that was wrong or misleading on a fresh machine.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefkit.cli import main
from briefkit.diagnostics import Diagnostics, Pos


def test_publish_failure_prints_the_build_problems_before_the_verdict(capsys: pytest.CaptureFixture[str]) -> None:
    """The verdict's hint says "fix the problems above": they must be above it, not below."""
    from briefkit.commands.publish import _fail

    build = Diagnostics()
    build.error("unknown actor 'vladimir-putn'", Pos("content/briefings/x.md", 25, 9), hint="did you mean 'vladimir-putin'?")
    assert _fail("the build failed, so nothing was published",
                 "fix the problems above and publish again; the pages branch is as it was", build) == 1
    err = capsys.readouterr().err
    culprit = err.index("content/briefings/x.md:25:9: error: unknown actor 'vladimir-putn'")
    verdict = err.index("error: the build failed, so nothing was published")
    assert culprit < verdict
    assert err.rstrip().endswith("the pages branch is as it was")


def test_publish_failure_without_build_problems_still_counts(capsys: pytest.CaptureFixture[str]) -> None:
    from briefkit.commands.publish import _fail

    assert _fail("no remote named 'origin'", "add it") == 1
    err = capsys.readouterr().err
    assert err.startswith("error: no remote named 'origin'\n  hint: add it\n")
    assert "1 error" in err


def test_new_points_at_the_preview_not_at_a_file_url(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The pages link from the site's root (/static/style.css), which file:// has not got."""
    target = tmp_path / "my site"
    assert main(["new", str(target)]) == 0
    out = capsys.readouterr().out
    assert "open output/index.html" not in out
    assert f"cd '{target}' && briefkit serve" in out
    assert "http://127.0.0.1:8000/" in out
    index = (target / "site.yaml")
    assert index.is_file()


def test_unknown_field_hint_reads_as_english(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Without a close match the hint lists the fields; it used to say "an actor fields are"."""
    site = tmp_path / "site"
    (site / "content" / "actors").mkdir(parents=True)
    (site / "site.yaml").write_text("title: T\nbase_url: https://example.org/\n", encoding="utf-8")
    (site / "content" / "actors" / "kim.md").write_text(
        "---\nname: Kim\nkind: person\nprovisions: {}\n---\n", encoding="utf-8")
    assert main(["check", "--site", str(site)]) == 1
    err = capsys.readouterr().err
    assert "content/actors/kim.md:4:1: error: unknown field 'provisions' in an actor" in err
    assert "hint: the fields of an actor are: name, kind," in err


def test_serve_on_a_site_that_never_built_does_not_claim_a_last_good_site(tmp_path: Path) -> None:
    """A first build that fails leaves nothing to fall back on: the terminal must not say
    "still serving the last good site" while every address answers 404."""
    import io

    from briefkit.serve import Preview

    site = tmp_path / "site"
    (site / "content" / "briefings").mkdir(parents=True)
    (site / "site.yaml").write_text("title: T\nbase_url: https://example.org/\n", encoding="utf-8")
    (site / "content" / "briefings" / "x.md").write_text(
        "---\ntitle: X\nsummary: S\ndate: 2024-01-01\nactors: [nobody]\n---\nText.\n", encoding="utf-8")
    stream = io.StringIO()
    preview = Preview(site, port=0, stream=stream, watch=False)
    try:
        preview.start()
    finally:
        preview.stop()
    said = stream.getvalue()
    assert "content/briefings/x.md:5:10: error: unknown actor 'nobody'" in said
    assert "nothing to serve until it builds" in said
    assert "last good site" not in said
