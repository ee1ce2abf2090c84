"""The `new`, `check` and `build` verbs as a user meets them: exit codes, messages, files."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from briefkit import cli

from conftest import SiteFactory


def briefkit(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Run the CLI in-process; argparse's usage errors arrive as SystemExit."""
    try:
        code = cli.main(list(argv))
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


# ------------------------------------------------------------------ new


def test_new_then_check_strict_then_build(tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, err = briefkit(capsys, "new", "my-site")
    assert code == 0, err
    assert "my-site" in out
    site = tmp_path / "my-site"
    for f in ("site.yaml", "content/briefings/first-briefing.md", "content/actors/example-agency.md",
              "content/sanctions/example-measure.md", "templates/README.md", ".gitignore"):
        assert (site / f).is_file(), f
    assert (site / "content/images").is_dir()

    code, out, err = briefkit(capsys, "check", "--strict", "--site", "my-site")
    assert (code, err) == (0, "")  # the scaffold has no warnings either

    monkeypatch.chdir(site)
    code, out, err = briefkit(capsys, "build")
    assert code == 0, err
    assert re.fullmatch(r"built \d+ pages into output/ in \d+\.\d\d s \(\d+ written, 0 unchanged, 0 removed\)\n", out)
    html = (site / "output/briefings/first-briefing/index.html").read_text()
    assert 'href="/actors/example-agency/"' in html and 'href="/sanctions/example-measure/"' in html
    assert "Photographer name / Agency" in html


def test_new_refuses_a_non_empty_folder(tmp_path: Path, capsys) -> None:
    target = tmp_path / "taken"
    target.mkdir()
    (target / "notes.md").write_text("mine")
    code, out, err = briefkit(capsys, "new", str(target))
    assert code == 1
    assert "not empty" in err and "taken" in err
    assert snapshot(target) == {"notes.md": b"mine"}


def test_new_accepts_an_empty_folder(tmp_path: Path, capsys) -> None:
    (tmp_path / "empty").mkdir()
    code, _, err = briefkit(capsys, "new", str(tmp_path / "empty"))
    assert code == 0, err
    assert (tmp_path / "empty/site.yaml").is_file()


# ------------------------------------------------------------------ exit codes


def test_content_errors_exit_1_with_located_messages_and_no_traceback(make_site: SiteFactory, capsys) -> None:
    site = make_site({"content/actors/kim-jong-un.md": "---\nname: Kim Jong-un\nkind: persn\n---\n"})
    for verb in ("check", "build"):
        code, out, err = briefkit(capsys, verb, "--site", str(site))
        assert code == 1, (verb, err)
        assert re.search(r"content/actors/kim-jong-un\.md:3:\d+: error: ", err), err
        assert "Traceback" not in err
    assert not (site / "output").exists()


def test_warnings_pass_but_fail_with_strict(make_site: SiteFactory, capsys) -> None:
    site = make_site({"content/actors/dmitry-peskov.md": "---\nname: Dmitry Peskov\nkind: person\n---\n"})
    code, _, err = briefkit(capsys, "check", "--site", str(site))
    assert code == 0 and "warning:" in err
    code, _, err = briefkit(capsys, "check", "--strict", "--site", str(site))
    assert code == 1 and "warning:" in err
    code, _, _ = briefkit(capsys, "build", "--strict", "--site", str(site))
    assert code == 1 and not (site / "output").exists()


def test_usage_errors_exit_2(make_site: SiteFactory, capsys) -> None:
    site = make_site()
    assert briefkit(capsys, "build", "--no-such-flag", "--site", str(site))[0] == 2
    assert briefkit(capsys, "check", "--output", "x", "--site", str(site))[0] == 2
    assert briefkit(capsys, "new")[0] == 2
    assert not (site / "output").exists()


def test_a_missing_site_yaml_exits_1_and_points_at_new(tmp_path: Path, capsys) -> None:
    code, out, err = briefkit(capsys, "build", "--site", str(tmp_path))
    assert code == 1
    assert str(tmp_path) in err and "briefkit new" in err
    assert "Traceback" not in err


def test_a_foreign_output_folder_is_refused_and_untouched(make_site: SiteFactory, tmp_path: Path, capsys) -> None:
    site = make_site()
    theirs = tmp_path / "theirs"
    theirs.mkdir()
    (theirs / "index.html").write_text("someone else's site")
    code, _, err = briefkit(capsys, "build", "--site", str(site), "--output", str(theirs))
    assert code == 1
    assert "not empty" in err and "hint:" in err
    assert snapshot(theirs) == {"index.html": b"someone else's site"}


def test_an_internal_error_is_one_line_and_exit_3(make_site: SiteFactory, capsys, monkeypatch) -> None:
    from briefkit.build import Builder

    def boom(self):
        raise KeyError("bug")

    monkeypatch.setattr(Builder, "build", boom)
    monkeypatch.delenv("BRIEFKIT_DEBUG", raising=False)
    code, out, err = briefkit(capsys, "build", "--site", str(make_site()))
    assert code == 3
    assert err.startswith("internal error: KeyError: 'bug'\n")
    assert "please report" in err and "Traceback" not in err


# ------------------------------------------------------------------ build flags


def test_build_with_output_and_a_sub_path_base_url(make_site: SiteFactory, tmp_path: Path, capsys, monkeypatch) -> None:
    site = make_site()
    monkeypatch.chdir(tmp_path)
    code, out, err = briefkit(capsys, "build", "--site", str(site), "--output", "public",
                              "--base-url", "https://user.github.io/repo/")
    assert code == 0, err
    assert "into public/" in out
    html = (tmp_path / "public/index.html").read_text()
    assert 'href="/repo/briefings/a-gift/"' in html
    assert not re.search(r'(?:href|src)="/(?!repo/)', html)
    assert not (site / "output").exists()


def test_a_bad_base_url_is_a_content_error(make_site: SiteFactory, capsys) -> None:
    code, _, err = briefkit(capsys, "build", "--site", str(make_site()), "--base-url", "ftp://nowhere")
    assert code == 1 and "base_url" in err


def test_verbose_prints_each_stage(make_site: SiteFactory, capsys) -> None:
    code, _, err = briefkit(capsys, "build", "-v", "--site", str(make_site()))
    assert code == 0
    stages = re.findall(r"^  (\w+) +\d+\.\d+ s$", err, re.M)
    assert stages[0] == "config" and stages[-1] == "write" and "render" in stages


def test_drafts_flag(make_site: SiteFactory, capsys) -> None:
    site = make_site({"content/briefings/wip.md": "---\ntitle: WIP\nsummary: s\ndate: 2024-03-01\ndraft: true\n"
                                                  "actors: [kim-jong-un]\n---\nKim Jong-un.\n"})
    assert briefkit(capsys, "build", "--site", str(site))[0] == 0
    assert not (site / "output/briefings/wip").exists()
    assert briefkit(capsys, "build", "--drafts", "--site", str(site))[0] == 0
    assert (site / "output/briefings/wip/index.html").is_file()


def test_python_dash_m_briefkit_builds(make_site: SiteFactory) -> None:
    site = make_site()
    proc = subprocess.run([sys.executable, "-m", "briefkit", "build", "--site", str(site)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("built ")
    assert (site / "output/index.html").is_file()


# ------------------------------------------------------------------ the process itself


def test_the_command_exits_at_once_with_its_code_and_every_line_said(make_site: SiteFactory, tmp_path: Path) -> None:
    """`briefkit` skips the interpreter's teardown (os._exit): the exit code and everything
    printed, through a pipe, must still arrive; a profiler's results must still be written."""
    site = make_site()
    broken = site / "content" / "briefings" / "a-gift.md"
    broken.write_text(broken.read_text(encoding="utf-8").replace("title:", "titel:", 1), encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "briefkit", "build", "--site", str(site), "-v"],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 1, r.stdout + r.stderr
    assert "a-gift.md" in r.stdout + r.stderr and "build failed" in r.stderr
    assert "config" in r.stderr  # the -v timings, printed last, were flushed
    broken.write_text(broken.read_text(encoding="utf-8").replace("titel:", "title:", 1), encoding="utf-8")
    prof = tmp_path / "build.prof"
    r = subprocess.run([sys.executable, "-m", "cProfile", "-o", str(prof), "-m", "briefkit", "build",
                        "--site", str(site)], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stdout + r.stderr
    assert r.stdout.startswith("built ") and prof.stat().st_size > 0
