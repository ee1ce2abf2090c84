"""build.Builder: the stages in order, diagnostics instead of exceptions, output only when ok."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from briefkit.build import Builder, build, check
from briefkit.diagnostics import Severity

from conftest import SiteFactory

IMAGE_BRIEFING = """\
    ---
    title: A car for a neighbour
    summary: One leader gives another a limousine.
    date: 2024-02-20T21:48:00+00:00
    tags: [Sanctions, Cars]
    actors:
      - {id: vladimir-putin, role: giver}
      - kim-jong-un
    sanctions:
      - {id: unscr-1718, provision: op8-a-iii}
    images:
      - {src: images/car.jpg, alt: A black limousine, caption: The car, credit: Photo Agency}
    ---
    Vladimir Putin gave Kim Jong-un a car.
    """


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def messages(diags, severity: Severity | None = None) -> str:
    return "\n".join(d.format() for d in diags if severity is None or d.severity is severity)


def test_builds_a_site_into_output(make_site: SiteFactory) -> None:
    site = make_site()
    result = build(site)
    assert result.ok, messages(result.diagnostics)
    assert result.output == site / "output"
    out = snapshot(site / "output")
    for page in ("index.html", "briefings/a-gift/index.html", "actors/vladimir-putin/index.html",
                 "sanctions/unscr-1718/index.html", "tags/cars/index.html", "404.html", "static/style.css"):
        assert page in out, page
    assert result.pages == sum(1 for p in out if p.endswith(".html"))
    assert result.report is not None and sorted(result.report.written) == sorted(p for p in out if p != ".briefkit-manifest.json")
    assert list(result.timings)[0] == "config" and list(result.timings)[-1] == "write"
    assert {"content", "markdown", "assemble", "render"} <= set(result.timings)


def test_a_second_build_of_the_same_input_changes_nothing(make_site: SiteFactory) -> None:
    site = make_site()
    assert build(site).ok
    first = snapshot(site / "output")
    inode = os.stat(site / "output/briefings/a-gift/index.html").st_ino
    again = build(site)
    assert again.ok and again.report is not None
    assert again.report.written == [] and again.report.removed == []
    assert snapshot(site / "output") == first
    assert os.stat(site / "output/briefings/a-gift/index.html").st_ino == inode


def test_a_deleted_briefing_disappears_from_the_output(make_site: SiteFactory) -> None:
    site = make_site({"content/briefings/b-second.md": """\
        ---
        title: A second look
        summary: More on the car.
        date: 2024-02-21
        actors: [kim-jong-un]
        ---
        Kim Jong-un drove it.
        """})
    assert build(site).ok
    assert (site / "output/briefings/b-second/index.html").is_file()
    (site / "content/briefings/b-second.md").unlink()
    result = build(site)
    assert result.ok and result.report is not None
    assert not (site / "output/briefings/b-second").exists()
    assert "briefings/b-second/index.html" in result.report.removed


def test_tags_in_other_alphabets_each_get_their_own_page(make_site: SiteFactory) -> None:
    # a Russian, a Greek and a German tag: spelled in Latin letters, not all sent to one address
    site = make_site({"content/briefings/b-second.md": """\
        ---
        title: A second look
        summary: More on the car.
        date: 2024-02-21
        tags: [Санкции, Ελλάδα, Straße]
        ---
        The car crossed the border.
        """})
    result = build(site)
    assert result.ok, messages(result.diagnostics)
    for slug, name in (("sanktsii", "Санкции"), ("ellada", "Ελλάδα"), ("strasse", "Straße")):
        page = (site / f"output/tags/{slug}/index.html").read_text(encoding="utf-8")
        assert name in page and "A second look" in page


def test_the_built_in_theme_is_compiled_once_per_installation(
        make_site: SiteFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from briefkit import render

    theme_cache = tmp_path / "installed-theme-cache"
    monkeypatch.setattr(render, "THEME_CACHE", str(theme_cache))
    override = {"templates/footer_note.html": "<p>Our own footer note.</p>\n"}
    first, second = make_site(override, name="first"), make_site(override, name="second")
    assert build(first).ok
    compiled = {p.name: p.stat().st_mtime_ns for p in theme_cache.rglob("theme-*.cache")}
    assert len(compiled) >= 5  # the built-in theme's pages, layouts and macros
    site_cache = [p.name for p in (first / ".briefkit-cache/jinja").rglob("*") if p.is_file()]
    assert site_cache and all(n.startswith("site-") for n in site_cache)  # the site's own only

    # A new site reuses the compiled theme and renders exactly what a fresh compile renders.
    assert build(second).ok
    assert {p.name: p.stat().st_mtime_ns for p in theme_cache.rglob("theme-*.cache")} == compiled
    assert len(list((second / ".briefkit-cache/jinja").rglob("site-*.cache"))) == 1  # footer_note.html
    cached = snapshot(second / "output")
    assert b"Our own footer note." in cached["briefings/a-gift/index.html"]
    for entry in theme_cache.rglob("theme-*.cache"):
        entry.write_bytes(b"not a compiled template")  # unreadable entries are compiled anew
    assert build(second, output=tmp_path / "fresh").ok
    assert snapshot(tmp_path / "fresh") == cached
    monkeypatch.setattr(render, "THEME_CACHE", str(tmp_path / "read-only"))
    assert not check(second).failed() and not (tmp_path / "read-only").exists()  # check writes nothing


def test_check_writes_nothing(make_site: SiteFactory) -> None:
    site = make_site()
    diags = check(site)
    assert not diags.failed()
    assert not (site / "output").exists()
    assert sorted(p.name for p in site.iterdir()) == ["content", "site.yaml"]


def test_content_errors_leave_the_last_good_build(make_site: SiteFactory) -> None:
    site = make_site()
    assert build(site).ok
    good = snapshot(site / "output")
    text = (site / "content/briefings/a-gift.md").read_text()
    (site / "content/briefings/a-gift.md").write_text(text.replace("- kim-jong-un", "- kim-jong-um"))
    result = build(site)
    assert not result.ok and result.report is None
    assert "content/briefings/a-gift.md:8" in messages(result.diagnostics, Severity.ERROR)
    assert "kim-jong-um" in messages(result.diagnostics)
    # no echoes of the error: the actor is annotated (misspelt), not "named but not annotated"
    assert result.diagnostics.warnings == []
    assert snapshot(site / "output") == good


def test_a_template_error_found_late_leaves_the_last_good_build(make_site: SiteFactory) -> None:
    site = make_site()
    assert build(site).ok
    good = snapshot(site / "output")
    (site / "templates").mkdir()
    (site / "templates/tags.html").write_text('{% extends "base.html" %}\n{% block content %}\n{{ view.no_such_thing }}\n{% endblock %}\n')
    result = build(site)
    assert not result.ok
    errors = messages(result.diagnostics, Severity.ERROR)
    assert "templates/tags.html:3" in errors and "no_such_thing" in errors
    assert "Traceback" not in errors
    assert snapshot(site / "output") == good
    assert check(site).failed()  # check renders too, so it finds the same error


def test_a_template_syntax_error_names_the_template_and_line(make_site: SiteFactory) -> None:
    site = make_site({"templates/home.html": "<p>\n{% if %}\n</p>\n"})
    result = build(site)
    assert not result.ok
    errors = result.diagnostics.errors
    assert len(errors) == 1
    assert str(errors[0].pos) == "templates/home.html:2"
    assert not (site / "output").exists()


def test_a_missing_local_image_is_a_warning_and_strict_fails(make_site: SiteFactory) -> None:
    site = make_site({"content/briefings/a-gift.md": IMAGE_BRIEFING})
    result = build(site)
    assert result.ok
    warnings = messages(result.diagnostics, Severity.WARNING)
    assert re.search(r"content/briefings/a-gift\.md:\d+:\d+: warning: image 'images/car\.jpg' not found", warnings)
    good = snapshot(site / "output")
    (site / "content/briefings/a-gift.md").write_text(
        (site / "content/briefings/a-gift.md").read_text().replace("Vladimir Putin gave", "Putin gave"))
    strict = build(site, strict=True)
    assert not strict.ok
    assert snapshot(site / "output") == good


def test_images_and_static_files_are_published(make_site: SiteFactory) -> None:
    site = make_site({
        "content/briefings/a-gift.md": IMAGE_BRIEFING,
        "content/images/car.jpg": b"\xff\xd8fake jpeg",
        "content/images/.DS_Store": b"junk",
        "static/style.css": "body { color: teal }\n",
        "static/extra/site.js": "// mine\n",
        "static/.well-known/security.txt": "Contact: mailto:desk@example.org\n",
        "static/extra/site.js~": "editor backup\n",
    })
    result = build(site, base_url="https://example.org/briefs/")
    assert result.ok, messages(result.diagnostics)
    assert not result.diagnostics.warnings or "car.jpg" not in messages(result.diagnostics)
    out = site / "output"
    assert (out / "images/car.jpg").read_bytes() == b"\xff\xd8fake jpeg"
    assert not (out / "images/.DS_Store").exists()
    assert (out / "static/style.css").read_text() == "body { color: teal }\n"  # the site overrides the theme
    assert (out / "static/extra/site.js").is_file()
    assert (out / "static/.well-known/security.txt").is_file()
    assert not (out / "static/extra/site.js~").exists()
    html = (out / "briefings/a-gift/index.html").read_text()
    assert 'src="/briefs/images/car.jpg"' in html


def test_theme_static_files_are_published_when_the_site_has_none(make_site: SiteFactory) -> None:
    site = make_site()
    assert build(site).ok
    theme_css = (Path(__file__).parent.parent / "src/briefkit/theme/static/style.css").read_bytes()
    assert (site / "output/static/style.css").read_bytes() == theme_css


def test_base_url_with_a_sub_path_reaches_every_link(make_site: SiteFactory, tmp_path: Path) -> None:
    site = make_site()
    out = tmp_path / "sub"
    result = build(site, output=out, base_url="https://user.github.io/repo/")
    assert result.ok, messages(result.diagnostics)
    assert result.output == out and not (site / "output").exists()
    html = (out / "briefings/a-gift/index.html").read_text()
    assert 'href="/repo/actors/vladimir-putin/"' in html
    assert 'href="https://user.github.io/repo/briefings/a-gift/"' in html  # canonical
    hrefs = re.findall(r'(?:href|src)="(/[^"]*)"', html)
    assert hrefs and all(h.startswith("/repo/") for h in hrefs), hrefs


def test_drafts_build_only_when_asked(make_site: SiteFactory) -> None:
    site = make_site({"content/briefings/wip.md": """\
        ---
        title: Work in progress
        summary: Not yet.
        date: 2024-03-01
        draft: true
        actors: [kim-jong-un]
        ---
        Kim Jong-un, again.
        """})
    assert build(site).ok
    assert not (site / "output/briefings/wip").exists()
    assert build(site, drafts=True).ok
    assert (site / "output/briefings/wip/index.html").is_file()


def test_a_missing_site_yaml_names_the_folder_and_suggests_new(tmp_path: Path) -> None:
    result = build(tmp_path / "nothing-here")
    assert not result.ok
    text = messages(result.diagnostics)
    assert "nothing-here" in text and "briefkit new" in text
    assert not (tmp_path / "nothing-here").exists()


@pytest.mark.parametrize("where", [".", "content", "templates/out"])
def test_a_dangerous_output_is_refused_before_any_work(make_site: SiteFactory, where: str, monkeypatch) -> None:
    site = make_site()
    before = snapshot(site)
    import briefkit.loader

    monkeypatch.setattr(briefkit.loader, "load_content", lambda *a, **k: pytest.fail("loaded content"))
    result = build(site, output=site / where)
    assert not result.ok
    assert "output folder" in messages(result.diagnostics, Severity.ERROR)
    assert snapshot(site) == before


def test_a_foreign_output_folder_is_refused(make_site: SiteFactory, tmp_path: Path) -> None:
    site = make_site()
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "cv.pdf").write_bytes(b"%PDF")
    result = build(site, output=mine)
    assert not result.ok
    assert "not empty" in messages(result.diagnostics)
    assert snapshot(mine) == {"cv.pdf": b"%PDF"}


def test_a_write_failure_is_a_diagnostic_not_a_traceback(make_site: SiteFactory, monkeypatch) -> None:
    import briefkit.build.builder

    site = make_site()
    assert build(site).ok
    good = snapshot(site / "output")

    def full_disk(*a, **k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(briefkit.build.builder, "write_site", full_disk)
    # A real edit, so the build reaches the write instead of finding nothing changed.
    page = site / "content/briefings/a-gift.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nOne more sentence.\n", encoding="utf-8")
    result = Builder(site).build()
    assert not result.ok
    assert "No space left on device" in messages(result.diagnostics, Severity.ERROR)
    assert snapshot(site / "output") == good
