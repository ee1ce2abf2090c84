"""Time `briefkit import` on pages no real site should print, and some do; print each one's outcome.

Issue 14 asks that an import never crash and never take over 2 s, on pages nobody has seen. The
real pages (`import_speed.py`) are ordinary; these are the shapes that break importers: a 5 MB
page, 20,000 nested boxes, a 1 MB line, 50,000 short lines, a page in another charset than it
declares, no `<body>`, only a `<frameset>`, NUL bytes, JSON-LD broken, huge or nested 100,000
deep, an empty file, and a few more. They are generated here from a few sentences of our own (no
page is copied). Each is imported as a new user would (`python -m briefkit import PAGE` in a
fresh one-briefing site, a whole process), then, when it was written, the site is checked
(`briefkit check`). Printed per page: wall and CPU seconds (the process and its children), the exit
code, `check`'s verdict or the import's one-line error, and "CRASH" for an exit code 3 or a
traceback. It asserts nothing (tests/test_import_stress.py asserts the outcomes): machines differ.

    python bench/import_stress.py [--only NAME…] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

SENTENCES = [
    "The harbour board said on Tuesday that the old quay would stay closed until the spring repairs end.",
    "Engineers found cracks in three of the pillars that carry the road over the water.",
    "Ferry crews will use the north pier meanwhile, and the timetable changes from next week.",
    "Traders on the waterfront asked the council for help with the trade they lost over the winter.",
    "A spokesperson for the board said the work would cost less than was first feared.",
]
TITLE = "Quay closed until spring"
HEAD = (
    f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{TITLE}</title>'
    '<meta property="article:published_time" content="2024-03-05T09:00:00Z">'
    '<meta name="author" content="Ann Example"></head>'
)


def _para(i: int) -> str:
    return " ".join(SENTENCES[(i + k) % len(SENTENCES)] for k in range(3))


STORY = "".join(f"<p>{_para(i)}</p>" for i in range(8))


def _page(body: str = STORY, head: str = HEAD) -> str:
    return f"{head}<body><article><h1>{TITLE}</h1>{body}</article></body></html>"


def _with_ld(ld: str) -> str:
    return _page(head=HEAD.replace("</head>", f'<script type="application/ld+json">{ld}</script></head>'))


def _dump(*lines: str) -> str:
    return "\n\n".join([TITLE, "By Ann Example", "5 March 2024", *lines]) + "\n"


def _accented() -> str:
    return _page(STORY.replace("spring repairs", "Frühjahr, déjà vu,"))


def _pages() -> dict[str, Callable[[], str | bytes]]:
    words = " ".join(SENTENCES).split()
    long_line = " ".join(SENTENCES[i % 5] for i in range(11_000))[:1_000_000]
    comments = "".join(f"<div class='reply'><p>Reply {i}: {_para(i)}</p></div>" for i in range(17_000))
    people = [{"@type": "Person", "name": f"Reporter {i}"} for i in range(20_000)]
    huge_ld = {"@type": "NewsArticle", "headline": TITLE, "author": people, "articleBody": _para(0) * 2_000}
    frames = '<frameset cols="50%,50%"><frame src="a.html">'
    return {
        "5mb.html": lambda: _page(STORY + f"<section class='comments'>{comments}</section>"),
        "nested-20k.html": lambda: _page("<div>" * 20_000 + STORY + "</div>" * 20_000),
        "line-1mb.html": lambda: _page(f"<p>{long_line}</p>"),
        "line-1mb.txt": lambda: _dump(long_line, *(_para(i) for i in range(5))),
        "short-lines-50k.txt": lambda: _dump(*(f"{words[i % len(words)]} {i}" for i in range(50_000))).replace(
            "\n\n", "\n"
        ),
        "story-then-50k-menu-lines.txt": lambda: _dump(
            *(_para(i) for i in range(6)), *(["Menu", "Home", "News"] * 16_667)
        ),
        "paragraphs-16k.txt": lambda: _dump(*(f"{_para(i)} ({i})" for i in range(16_000))),
        "links-50k.html": lambda: _page(
            STORY + "<p>" + " ".join(f'<a href="/x{i}">link {i}</a>' for i in range(50_000))
        ),
        "dates-20k.html": lambda: _page(
            STORY + "".join(f"<p>Updated {1 + i % 28} March 2024</p>" for i in range(20_000))
        ),
        "table-60k-cells.html": lambda: _page(
            STORY + "<table>" + "".join("<tr>" + f"<td>{i}</td>" * 20 + "</tr>" for i in range(3_000)) + "</table>"
        ),
        "title-1mb.html": lambda: _page().replace(f"<title>{TITLE}", "<title>" + "Quay " * 200_000),
        "utf8-said-latin1.html": lambda: _accented().replace("utf-8", "iso-8859-1").encode("utf-8"),
        "cp1252-said-utf8.html": lambda: _accented().encode("cp1252"),
        "unknown-charset.html": lambda: _page().replace("utf-8", "no-such-charset"),
        "cp1251.txt": lambda: _dump("Совет гавани сказал, что причал будет закрыт до весны. " * 20).encode("cp1251"),
        "no-body.html": lambda: HEAD.replace("</head>", "") + f"<h1>{TITLE}</h1>{STORY}</html>",
        "frameset.html": lambda: HEAD + f"{frames}<noframes>{STORY}</noframes></frameset></html>",
        "frameset-bare.html": lambda: HEAD + f'{frames}<frame src="b.html"></frameset></html>',
        "nul-bytes.html": lambda: _page().encode().replace(b"<p>", b"<p>\x00", 3),
        "nul-bytes.txt": lambda: _dump(*(_para(i) for i in range(6))).encode().replace(b"the", b"th\x00e"),
        "ld-broken.html": lambda: _with_ld('{"@type": "NewsArticle", "headline": "Quay", "author": {"name": "Ann'),
        "ld-huge.html": lambda: _with_ld(json.dumps(huge_ld)),
        "ld-deep-100k.html": lambda: _with_ld("[" * 100_000 + "]" * 100_000),
        "ld-graph-600.html": lambda: _with_ld('{"@graph":' * 600 + '{"@type":"NewsArticle"}' + "}" * 600),
        "empty.html": lambda: b"",
        "empty.txt": lambda: b"",
        "binary.html": lambda: bytes(range(256)) * 1_000,
    }


def _run(cmd: list[str]) -> tuple[float, float, int, str]:
    """Wall and CPU seconds (the process and the children it waited for), the exit code and the output."""
    with tempfile.TemporaryFile() as out:
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - started
        out.seek(0)
        text = out.read().decode("utf-8", errors="replace")
    return wall, usage.ru_utime + usage.ru_stime, os.waitstatus_to_exitcode(status), text


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", nargs="*", default=[], help="pages whose name holds one of these")
    parser.add_argument("--keep", type=Path, help="write the pages into this folder (and keep them)")
    args = parser.parse_args()
    pages = {k: v for k, v in _pages().items() if not args.only or any(o in k for o in args.only)}
    print(f"{'page':<30} {'size':>9} {'wall s':>7} {'cpu s':>6}  exit  outcome")
    slowest = (0.0, "")
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp) / "pages"
        folder.mkdir(parents=True, exist_ok=True)
        for name, build in pages.items():
            content = build()
            page = folder / name
            page.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
            site = Path(tmp) / f"site-{name}"
            (site / "content" / "briefings").mkdir(parents=True)
            (site / "site.yaml").write_text("title: Stress\nbase_url: https://notes.example.org/\n", encoding="utf-8")
            py = [sys.executable, "-m", "briefkit"]
            wall, cpu, code, out = _run([*py, "import", str(page), "--site", str(site)])
            slowest = max(slowest, (wall, name))
            if code == 3 or "Traceback" in out:
                outcome = "CRASH: " + out.strip().splitlines()[-1][:90]
            elif code == 0:
                checked = subprocess.run([*py, "check", "--site", str(site)], capture_output=True, text=True)
                notes = [ln.strip()[:60] for ln in out.splitlines() if "very" in ln or "warning" in ln]
                outcome = ("check clean" if checked.returncode == 0 else "CHECK FAILS") + (
                    f"; {notes[0]}" if notes else ""
                )
            else:
                errors = [ln.split("error: ", 1)[1] for ln in out.splitlines() if "error: " in ln]
                outcome = f"refused: {errors[0][:80]}" if len(errors) == 1 else f"{len(errors)} errors"
            size = page.stat().st_size
            print(f"{name:<30} {size:>9,} {wall:7.2f} {cpu:6.2f}  {code:>4}  {outcome}", flush=True)
    print(f"slowest: {slowest[1]} {slowest[0]:.2f} s wall")
    return 0


if __name__ == "__main__":
    sys.exit(main())
