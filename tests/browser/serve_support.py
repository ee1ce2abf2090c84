"""Test support for the preview: a tiny stand-in Builder and helpers to make sites.

The fake builder has the shape of `briefkit.build.Builder` (build() -> result with ok,
diagnostics, output, pages, report, timings) and the same promise that matters to the
server: the output folder is replaced whole, or not touched at all when the build fails.
A briefing whose front matter lacks its closing `---` is an error, as in the real thing.
"""

from __future__ import annotations

import html
import os
import shutil
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from briefkit.diagnostics import Diagnostics, Pos


@dataclass(frozen=True)
class FakeReport:
    written: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return f"{len(self.written)} written, {len(self.unchanged)} unchanged, {len(self.removed)} removed"


@dataclass(frozen=True)
class FakeResult:
    ok: bool
    diagnostics: Diagnostics
    output: Path
    pages: int = 0
    report: Any = None
    timings: dict = field(default_factory=dict)


def _front_matter(path: Path, text: str, diags: Diagnostics) -> tuple[dict[str, str], str]:
    lines = text.splitlines()
    if not lines or lines[0] != "---":
        diags.error("no front matter", Pos(path.as_posix(), 1, 1), hint="start the file with a line '---'")
        return {}, ""
    try:
        end = lines.index("---", 1)
    except ValueError:
        diags.error("front matter is not closed", Pos(path.as_posix(), 1, 1),
                    hint="end the front matter with a line '---'")
        return {}, ""
    meta = {}
    for n, line in enumerate(lines[1:end], start=2):
        key, sep, value = line.partition(":")
        if not sep:
            diags.error(f"expected 'key: value', found {line!r}", Pos(path.as_posix(), n, 1),
                        hint="front matter is YAML: one 'key: value' per line")
            continue
        meta[key.strip()] = value.strip()
    return meta, "\n".join(lines[end + 1:])


class FakeBuilder:
    def __init__(self, site_dir: Path, *, output: Path | None = None, drafts: bool = False,
                 strict: bool = False, base_url: str | None = None) -> None:
        self.site_dir = Path(site_dir)
        self.output = Path(output) if output else self.site_dir / "output"
        self.base_url = base_url or "http://example.org/"
        self.calls = 0

    def build(self) -> FakeResult:
        self.calls += 1
        diags = Diagnostics()
        files: dict[str, bytes] = {}
        base_path = "/" + self.base_url.split("//", 1)[1].split("/", 1)[1]
        links = []
        for md in sorted((self.site_dir / "content" / "briefings").glob("*.md")):
            rel = md.relative_to(self.site_dir)
            meta, body = _front_matter(rel, md.read_text(), diags)
            title = html.escape(meta.get("title", md.stem))
            page = (f'<!doctype html><html><head><title>{title}</title>'
                    f'<link rel="stylesheet" href="{base_path}static/style.css"></head>'
                    f'<body><h1>{title}</h1><main id="body">{html.escape(body.strip())}</main></body></html>')
            files[f"briefings/{md.stem}/index.html"] = page.encode()
            links.append(f'<a href="{base_path}briefings/{md.stem}/">{title}</a>')
        files["index.html"] = ("<!doctype html><html><head><title>Home</title></head><body>"
                               + "".join(links) + "</body></html>").encode()
        css = self.site_dir / "static" / "style.css"
        if css.is_file():
            files["static/style.css"] = css.read_bytes()
        if diags.errors:
            return FakeResult(False, diags, self.output)
        return FakeResult(True, diags, self.output, len(files), self._write(files))

    def _write(self, files: dict[str, bytes]) -> FakeReport:
        old: dict[str, bytes] = {}
        if self.output.is_dir():
            for p in self.output.rglob("*"):
                if p.is_file():
                    old[p.relative_to(self.output).as_posix()] = p.read_bytes()
        staging = self.output.parent / f".staging-{uuid.uuid4().hex}"
        for rel, data in files.items():
            target = staging / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        self.output.parent.mkdir(parents=True, exist_ok=True)
        if self.output.exists():
            aside = self.output.parent / f".old-{uuid.uuid4().hex}"
            os.rename(self.output, aside)
            os.rename(staging, self.output)
            shutil.rmtree(aside)
        else:
            os.rename(staging, self.output)
        return FakeReport(
            written=sorted(k for k, v in files.items() if old.get(k) != v),
            unchanged=sorted(k for k, v in files.items() if old.get(k) == v),
            removed=sorted(set(old) - set(files)),
        )


BRIEFING = """---
title: {title}
summary: A short summary.
date: 2024-03-01
---
{body}
"""


def make_site(root: Path, *, base_url: str = "https://example.org/", body: str = "First version.") -> Path:
    (root / "content" / "briefings").mkdir(parents=True)
    (root / "content" / "actors").mkdir()
    (root / "content" / "sanctions").mkdir()
    (root / "static").mkdir()
    (root / "templates").mkdir()
    (root / "site.yaml").write_text(f"title: Test briefings\nbase_url: {base_url}\n")
    write_briefing(root, "oil-transfers", "Oil transfers at sea", body)
    (root / "static" / "style.css").write_text("body { color: rgb(0, 0, 0); }\n")
    return root


def write_briefing(root: Path, doc_id: str, title: str, body: str) -> Path:
    path = root / "content" / "briefings" / f"{doc_id}.md"
    path.write_text(BRIEFING.format(title=title, body=body))
    return path
