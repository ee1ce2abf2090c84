"""What `briefkit import` reads of the site it imports into, and what it leaves unread.

An import needs the registry (actors, sanctions), the tags the site's briefings use and the
articles they hold; it does not read every briefing through the schema, and a plain text dump
does not load the HTML readers or the Markdown parser.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from briefkit.cli import main

SRC = Path(__file__).resolve().parent.parent / "src"

STORY = (
    "Harbour pilots strike over luxury goods checks\n\n"
    "By Ada Quill\n\n"
    "19 June 2024\n\n"
    "Pilots at the northern harbour stopped work on Tuesday, saying the new inspections of "
    "luxury goods on every arriving ship had doubled their shifts without any extra pay.\n\n"
    "The Port Authority said the checks follow the sanctions agreed last month and cannot be "
    "dropped, but offered to hire more inspectors before the autumn season begins.\n\n"
    "Shipping agents warned that queues of vessels waiting for a pilot could reach the outer "
    "anchorage by the weekend if the two sides do not meet again soon.\n"
)


def _write(root: Path, files: dict[str, str]) -> None:
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")


@pytest.fixture
def site(tmp_path: Path) -> Path:
    root = tmp_path / "site"
    _write(
        root,
        {
            "site.yaml": "title: Port notes\nbase_url: https://example.org/\n",
            "content/actors/port-authority.md": "---\nname: Port Authority\nkind: organisation\n---\n",
            "content/briefings/2024-05-01-shown.md": """\
                ---
                title: Inspections begin
                summary: The first checks at the harbour.
                date: 2024-05-01
                tags: [luxury goods]
                actors: [port-authority]
                ---
                Port Authority.
                """,
            # a briefing in a subfolder is a briefing of the site like any other
            "content/briefings/2024/2024-05-20-filed.md": """\
                ---
                title: Pilots' union complains
                summary: A letter to the port authority.
                date: 2024-05-20
                tags: [pilots]
                source:
                  url: https://harbour.example.net/pilots-strike
                ---
                Text.
                """,
            # a draft's tags are not the site's vocabulary yet
            "content/briefings/2024-06-01-draft.md": """\
                ---
                title: Not yet
                summary: Still being written.
                date: 2024-06-01
                draft: true
                tags: [harbour]
                ---
                Text.
                """,
        },
    )
    return root


def _dump(tmp_path: Path, url: str | None = None) -> Path:
    page = tmp_path / "story.txt"
    head, rest = STORY.split("\n\n", 1)
    page.write_text(f"{head}\n\n{url}\n\n{rest}" if url else STORY, encoding="utf-8")
    return page


def test_tags_are_those_the_shown_briefings_use(capsys, site: Path, tmp_path: Path) -> None:
    assert main(["import", str(_dump(tmp_path)), "--site", str(site), "--dry-run"]) == 0
    out = capsys.readouterr().out
    tags = next(line for line in out.splitlines() if line.strip().startswith("tags:"))
    assert {t.strip() for t in tags.split(":", 1)[1].split(",")} == {"luxury goods", "pilots"}  # not "harbour"


def test_an_article_held_by_a_briefing_in_a_subfolder_is_not_imported_again(
    capsys, site: Path, tmp_path: Path
) -> None:
    page = _dump(tmp_path, "https://harbour.example.net/pilots-strike")
    assert main(["import", str(page), "--site", str(site)]) == 1
    err = capsys.readouterr().err
    assert "content/briefings/2024/2024-05-20-filed.md holds this article already" in err
    assert not list((site / "content" / "briefings").glob("2024-06-19-*.md"))


def test_a_briefing_with_errors_does_not_hold_up_an_import(capsys, site: Path, tmp_path: Path) -> None:
    _write(site, {"content/briefings/2024-05-02-broken.md": "---\ntitle: Broken\ndate: not a date\n---\nText.\n"})
    assert main(["import", str(_dump(tmp_path)), "--site", str(site)]) == 0
    out, err = capsys.readouterr()
    assert "note:" not in err  # `check` reports the broken briefing; the import has no reason to
    assert "actors: port-authority" in out


def test_a_broken_registry_entry_is_still_reported(capsys, site: Path, tmp_path: Path) -> None:
    _write(site, {"content/actors/broken.md": "---\nname: Broken\nkind: planet\n---\n"})
    assert main(["import", str(_dump(tmp_path)), "--site", str(site)]) == 0
    assert "the site's registry has 1 error(s)" in capsys.readouterr().err


def test_a_text_dump_loads_neither_the_html_readers_nor_the_markdown_parser(site: Path, tmp_path: Path) -> None:
    """Each costs a tenth of a second or more at every start; a plain dump needs neither."""
    code = (
        "import sys\n"
        "from briefkit.cli import main\n"
        f"code = main(['import', {str(_dump(tmp_path))!r}, '--site', {str(site)!r}, '--dry-run'])\n"
        "heavy = sorted(m for m in ('lxml', 'trafilatura', 'htmldate', 'markdown_it', 'jinja2') if m in sys.modules)\n"
        "print(code, heavy)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert done.stdout.splitlines()[-1] == "0 []"
