"""Reading files: encodings, line ends, broken shapes, hostile YAML — diagnostics, never crashes."""

from __future__ import annotations

from pathlib import Path

from briefkit import frontmatter, yamlpos
from briefkit.config import load_config
from briefkit.diagnostics import Diagnostics
from briefkit.loader import load_content

DOC = "---\ntitle: Ünïcode title\nsummary: S\ndate: 2024-02-20\n---\nBody line.\n"


def load(root: Path):
    diags = Diagnostics()
    config = load_config(root, diags)
    content = load_content(config, diags)
    return content, [d.format() for d in diags.sorted()]


def test_bom_and_crlf_read_like_plain_utf8(make_site):
    raw = b"\xef\xbb\xbf" + DOC.replace("\n", "\r\n").encode("utf-8")
    content, msgs = load(make_site({"content/briefings/x.md": raw}))
    assert msgs == []
    assert content.briefings["x"].title == "Ünïcode title"
    assert "\r" not in content.briefings["x"].body


def test_latin1_bytes_are_located(make_site):
    raw = DOC.replace("Ünïcode", "Caf\u00e9").encode("latin-1")
    _, msgs = load(make_site({"content/briefings/x.md": raw}))
    assert msgs == ["content/briefings/x.md:2:11: error: the file is not valid UTF-8 (byte 0xe9)\n"
                    "  hint: re-save the file as UTF-8 (it may be Latin-1 or Windows-1252)"]


def test_empty_file(make_site):
    _, msgs = load(make_site({"content/briefings/x.md": ""}))
    assert msgs[0].startswith("content/briefings/x.md:1:1: error: the file is empty")


def test_missing_closing_delimiter(make_site):
    _, msgs = load(make_site({"content/briefings/x.md": "---\ntitle: T\nsummary: S\n"}))
    assert msgs[0].startswith("content/briefings/x.md:1:1: error: the front matter opened on line 1 is never closed")


def test_no_front_matter(make_site):
    _, msgs = load(make_site({"content/briefings/x.md": "Just text\n"}))
    assert "no front matter" in msgs[0]


def test_alias_bomb_is_refused_quickly():
    lines = ["a: &a [x, x, x, x, x, x, x, x, x, x]"]
    for i, name in enumerate("bcdefghij"):
        prev = "abcdefghij"[i]
        lines.append(f"{name}: &{name} [" + ", ".join(f"*{prev}" for _ in range(10)) + "]")
    diags = Diagnostics()
    parsed = frontmatter.parse("---\n" + "\n".join(lines) + "\n---\n", "x.md", diags)
    assert parsed.meta is None
    assert "alias bomb" in diags.errors[0].message


def test_python_tags_are_never_executed(tmp_path):
    marker = tmp_path / "pwned"
    text = f"---\nx: !!python/object/apply:os.system ['touch {marker}']\n---\n"
    diags = Diagnostics()
    frontmatter.parse(text, "x.md", diags)
    assert not marker.exists()
    assert diags.errors[0].pos.line == 2


def test_positions_survive_nesting():
    data = yamlpos.load("a:\n  - {id: x, role: y}\n", line_offset=1)
    item = data["a"][0]
    assert (item.value_mark("role").line, item.value_mark("role").col) == (3, 19)


def test_dump_document_round_trips():
    meta = {"title": "Kim: a visit", "tags": ["a"], "images": [{"caption": "two\nlines", "credit": "AP"}]}
    text = frontmatter.dump_document(meta, "Body.", comments=["suggested actor: Foo"])
    diags = Diagnostics()
    parsed = frontmatter.parse(text, "x.md", diags)
    assert parsed.meta == meta and parsed.body.strip() == "Body." and not diags.items
    assert "# suggested actor: Foo" in text


def test_content_folder_linked_from_outside_is_an_error(make_site, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "x.md").write_text(DOC, encoding="utf-8")
    site = make_site({"content/briefings/a-gift.md": None})
    (site / "content/briefings").symlink_to(elsewhere)
    content, msgs = load(site)
    assert "x" not in content.briefings
    assert any(m.startswith("content/briefings/: error: content/briefings/ links to a place outside") for m in msgs)
