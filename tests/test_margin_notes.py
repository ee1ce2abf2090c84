"""Margin notes: a briefing's annotation of an actor or a sanction, beside the block where the
body first links it (what the writer and the reader see)."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import pytest
from test_markdown import ctx, render

from briefkit.briefingplans import body_parts
from briefkit.views import ActorRefView, SanctionRefView

SOURCE = """\
An opening paragraph without names.

Kim Jong-un met Vladimir Putin, who cited [[unscr-2397]].

Kim Jong-un spoke again, and [[unscr-2397]] came up again.

- a list naming [[kim-yo-jong]]
- and Kim Jong-un once more

```
Kim Jong-un in code is not a mention
```
"""


def noted_ctx():
    return replace(ctx(), notes=True)


def test_each_actor_and_sanction_is_noted_once_at_the_block_of_its_first_link():
    body, diags = render(SOURCE, noted_ctx())
    assert not diags.items
    blocks = [(body.html[a:b], ids) for a, b, ids in body.noted]
    assert [ids for _, ids in blocks] == [("kim-jong-un", "vladimir-putin", "unscr-2397"), ("kim-yo-jong",)]
    assert blocks[0][0].startswith("<p>") and "who cited" in blocks[0][0]
    assert blocks[1][0].startswith("<ul>") and blocks[1][0].rstrip().endswith("</ul>")  # the whole top-level list


def test_notes_change_nothing_in_the_html_and_profiles_get_none():
    plain, _ = render(SOURCE, ctx())
    noted, _ = render(SOURCE, noted_ctx())
    assert noted.html == plain.html
    assert plain.noted == ()


def test_body_parts_put_only_annotated_entries_beside_their_block():
    body, _ = render(SOURCE, noted_ctx())
    putin = ActorRefView("/a/putin/", "Vladimir Putin", "Person", "host <b>", None)
    resolution = SanctionRefView("/s/2397/", "Resolution 2397", None, "OP 7", "/s/2397/#op-7", None)
    parts = body_parts(body, {"vladimir-putin": putin, "unscr-2397": resolution})
    assert "".join(str(p.html) for p in parts) == body.html  # nothing lost, nothing doubled
    noted = [p for p in parts if p.notes]
    assert len(noted) == 1 and noted[0].notes == (putin, resolution)  # Kim Yo-jong: no annotation, no note


@pytest.mark.browser
def test_notes_sit_beside_the_paragraph_on_wide_screens_and_under_it_on_narrow_ones(tmp_path):
    sys.path.insert(0, str(Path(__file__).parent / "browser"))
    from site_server import CHROMIUM, chromium, serve_folder

    from briefkit.build import build

    if not CHROMIUM.exists():
        pytest.skip("needs Debian's chromium at /usr/bin/chromium (CI installs it)")
    repo = Path(__file__).resolve().parent.parent
    out = tmp_path / "out"
    assert build(repo, output=out, base_url="https://user.github.io/repo/").ok
    probe = """() => {
      const note = [...document.querySelectorAll('.margin-note')].find(n => n.textContent.includes('giver'));
      const block = note.closest('.noted').firstElementChild;
      const n = note.getBoundingClientRect(), b = block.getBoundingClientRect();
      return [n.left, n.top, n.right, n.bottom, b.left, b.top, b.right, b.bottom, window.innerWidth,
              document.documentElement.scrollWidth];
    }"""
    with serve_folder(out, "/repo/") as url, chromium() as browser:
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.goto(url + "briefings/2024-02-20-putin-gifts-kim-aurus-limousine/")
        nl, nt, nr, nb, bl, bt, br, bb, inner, scroll = page.evaluate(probe)
        assert nl >= br + 16 and nr <= inner and abs(nt - bt) < 40 and scroll <= inner  # in the margin, level
        page.set_viewport_size({"width": 390, "height": 900})
        nl, nt, nr, nb, bl, bt, br, bb, inner, scroll = page.evaluate(probe)
        assert nt >= bb and nl >= bl - 1 and nr <= inner and scroll <= inner  # under the paragraph, inside


def test_a_first_link_inside_a_footnote_gets_no_note():
    # the footnote section is not a block of the story; a note there would split its markup
    body, _ = render("Intro.[^1]\n\nMore text.\n\n[^1]: Kim Jong-un said so, per [[unscr-2397]].\n", noted_ctx())
    assert body.noted == ()
