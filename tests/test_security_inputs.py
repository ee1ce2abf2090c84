"""Hostile files through `briefkit check`: YAML tricks, encodings, shapes, random mutations.

Everything goes through the real command line (`python -m briefkit check`), as a user would
run it. The YAML bombs run in a subprocess with its address space capped (RLIMIT_AS) and a
wall-clock timeout: a parser that expanded the bomb would die of MemoryError (exit 3, or a
traceback) or time out, and the test would fail. BRIEFKIT_DEBUG=1 makes any internal error
a traceback, so "no traceback" also means "no caught internal error".
"""

from __future__ import annotations

import hashlib
import io
import os
import random
import resource
import signal
import subprocess
import sys
import textwrap
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest

from briefkit import cli

from conftest import MINIMAL_SITE

TARGET = "content/briefings/a-gift.md"
GOOD = textwrap.dedent(MINIMAL_SITE[TARGET])
MEMORY_CAP = 512 * 1024 * 1024  # far above a normal check, far below an expanded bomb


def _check(site: Path, *, cap: bool = False, timeout: float = 60) -> subprocess.CompletedProcess:
    def limit() -> None:
        if cap:
            resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))

    env = dict(os.environ, BRIEFKIT_DEBUG="1")
    return subprocess.run([sys.executable, "-m", "briefkit", "check", "--site", str(site)],
                          capture_output=True, text=True, timeout=timeout, preexec_fn=limit, env=env)


def _tree(root: Path) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else "dir"
            for p in sorted(root.rglob("*"))}


def _billion_laughs(levels: int = 9, width: int = 9) -> str:
    lines = ['l0: &l0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for i in range(1, levels + 1):
        lines.append(f"l{i}: &l{i} [{', '.join([f'*l{i - 1}'] * width)}]")
    return "\n".join(lines)


def _merge_bomb(levels: int = 8) -> str:
    lines = ["m0: &m0 {" + ", ".join(f"k{j}: v" for j in range(10)) + "}"]
    for i in range(1, levels + 1):
        lines.append(f"m{i}: &m{i}\n  <<: [{', '.join([f'*m{i - 1}'] * 10)}]")
    return "\n".join(lines)


def _nested(depth: int = 5000) -> str:
    return "deep: " + "[" * depth + "]" * depth


HOSTILE_YAML = {
    "python-object": ("title: !!python/object/apply:os.system ['touch PWNED']\n", "is not allowed"),
    "python-name": ("title: !!python/name:os.system\n", "is not allowed"),
    "python-object-new": ("title: !!python/object/new:subprocess.Popen [['touch', 'PWNED']]\n",
                          "is not allowed"),
    "custom-tag": ("title: !shell 'touch PWNED'\n", "not allowed"),
    "alias-bomb": (_billion_laughs() + "\n", "too many values"),
    "merge-bomb": (_merge_bomb() + "\n", "error"),
    "deep-nesting": (_nested() + "\n", "error"),
}


@pytest.mark.parametrize("name", sorted(HOSTILE_YAML))
def test_hostile_yaml_is_refused_in_bounded_time_and_memory(make_site, name: str) -> None:
    yaml_text, expected = HOSTILE_YAML[name]
    site = make_site({TARGET: "---\n" + yaml_text + "summary: s\ndate: 2024-01-01\n---\nBody.\n"})
    before = _tree(site)
    r = _check(site, cap=True, timeout=30)
    said = r.stdout + r.stderr
    assert r.returncode == 1, said
    assert "Traceback" not in said and "internal error" not in said
    assert f"{TARGET}:" in said and expected in said
    assert not (site / "PWNED").exists() and not Path("PWNED").exists()
    assert _tree(site) == before


def test_oversized_front_matter_and_file_are_refused(make_site) -> None:
    huge_fm = "---\ntitle: t\nsummary: s\ndate: 2024-01-01\nnote: |\n" + ("  " + "x" * 99 + "\n") * 12_000 + "---\n"
    huge_file = GOOD + ("Lorem ipsum dolor sit amet. " * 40 + "\n\n") * 4_000
    site = make_site({TARGET: huge_fm, "content/briefings/huge-body.md": huge_file})
    r = _check(site, cap=True, timeout=60)
    said = r.stdout + r.stderr
    assert r.returncode == 1 and "Traceback" not in said
    assert f"{TARGET}:" in said and "too large" in said
    assert "content/briefings/huge-body.md" in said and "too large" in said


# ------------------------------------------------------------------ encodings and shapes

@pytest.mark.parametrize("variant", ["lf", "crlf", "bom-lf", "bom-crlf", "cr"])
def test_utf8_with_or_without_bom_and_any_line_end_passes(make_site, variant: str) -> None:
    text = GOOD.replace("neighbour", "neighbour — café")
    if "crlf" in variant:
        text = text.replace("\n", "\r\n")
    elif variant == "cr":
        text = text.replace("\n", "\r")
    raw = text.encode("utf-8")
    if variant.startswith("bom"):
        raw = b"\xef\xbb\xbf" + raw
    site = make_site({TARGET: raw})
    r = _check(site)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "check passed" in r.stdout


BAD_SHAPES = {
    "latin-1": (GOOD.replace("neighbour", "caf\u00e9").encode("latin-1"), "not valid UTF-8"),
    "cp1252-quotes": (GOOD.replace("neighbour", "\u201cneighbour\u201d").encode("cp1252"), "UTF-8"),
    "utf-16": (GOOD.encode("utf-16"), "UTF-16"),
    "empty": (b"", "empty"),
    "whitespace-only": (b" \n\r\n\t\n", "empty"),
    "bom-only": (b"\xef\xbb\xbf", "front matter"),
    "no-closing": (b"---\ntitle: t\nsummary: s\ndate: 2024-01-01\nBody text.\n", "never closed"),
    "no-front-matter": (b"Just a body.\n", "no front matter"),
    "nul-bytes": (GOOD.encode() + b"\x00\x00", "NUL"),
    "list-front-matter": (b"---\n- a\n- b\n---\nBody\n", "key: value"),
    "scalar-front-matter": (b"---\njust text\n---\nBody\n", "key: value"),
    "tab-indent": (b"---\ntitle: t\nactors:\n\t- kim-jong-un\n---\n", "YAML"),
    "duplicate-key": (b"---\ntitle: t\ntitle: u\nsummary: s\ndate: 2024-01-01\n---\n", "duplicate key"),
    "bad-date": (b"---\ntitle: t\nsummary: s\ndate: 2024-02-31\n---\n", "2024-02-31"),
}


@pytest.mark.parametrize("name", sorted(BAD_SHAPES))
def test_bad_bytes_and_shapes_are_diagnostics_naming_the_file(make_site, name: str) -> None:
    raw, expected = BAD_SHAPES[name]
    site = make_site({TARGET: raw})
    before = _tree(site)
    r = _check(site)
    said = r.stdout + r.stderr
    assert r.returncode == 1, said
    assert "Traceback" not in said and "internal error" not in said
    assert f"{TARGET}:" in said and expected in said
    assert _tree(site) == before


def test_bad_site_yaml_is_a_diagnostic(make_site) -> None:
    for raw in (b"", b"title: caf\xe9\n", b"title: !!python/object/apply:os.system ['true']\n",
                _billion_laughs().encode(), b"- a list\n", b"title: [unclosed\n"):
        site = make_site({"site.yaml": raw})
        r = _check(site, cap=True, timeout=30)
        said = r.stdout + r.stderr
        assert r.returncode == 1, (raw[:40], said)
        assert "site.yaml" in said and "Traceback" not in said and "internal error" not in said


# ------------------------------------------------------------------ 150 random mutations

_INSERTS = ["&a ", "*a", "*undefined", "!!python/object:os.system ", "!!binary ", "<<: *a\n", ": ",
            "\t", "[", "]", "{", "}", "---\n", "...\n", "'", '"', "#", "|\n", ">-\n", "- ", "? ",
            "\x00", "\ufeff", "\u2028", "\r", "%YAML 1.1\n", "!foo ", "@", "`", "2024-13-45",
            "null", "~", "1e999", "0x", "-.inf", "yes", "[[", "]]", "\\", "\U0001F600", "\xa0"]


def _mutate(text: str, rng: random.Random) -> bytes:
    for _ in range(rng.randint(1, 4)):
        lines = text.split("\n")
        op = rng.randrange(8)
        i = rng.randrange(len(lines)) if lines else 0
        if op == 0 and lines:
            del lines[i]
        elif op == 1 and lines:
            lines.insert(i, lines[rng.randrange(len(lines))])
        elif op == 2 and lines:
            line = lines[i]
            j = rng.randint(0, len(line))
            lines[i] = line[:j] + rng.choice(_INSERTS) + line[j:]
        elif op == 3 and lines:
            lines[i] = " " * rng.randint(1, 6) + lines[i]
        elif op == 4:
            text = text[: rng.randint(0, len(text))]
            continue
        elif op == 5 and lines:
            lines[i] = lines[i].lstrip()
        elif op == 6 and len(lines) > 1:
            j = rng.randrange(len(lines))
            lines[i], lines[j] = lines[j], lines[i]
        elif op == 7 and lines:
            key = rng.choice(["title", "summary", "date", "tags", "actors", "sanctions", "images",
                              "source", "draft", "updated", "authors", "titel", "id", "role"])
            value = rng.choice(["", "x", "[]", "{}", "[a, b]", "{id: x}", "2024-01-01", "true", "7",
                                "[{id: kim-jong-un, role: [x]}]", "{src: ../../etc/passwd}", "- x"])
            lines.insert(i, f"{key}: {value}")
        text = "\n".join(lines)
    raw = text.encode("utf-8", "surrogatepass")
    if rng.random() < 0.05:
        raw = raw.replace(b"e", b"\xe9", 1)
    if rng.random() < 0.1:
        raw = raw.replace(b"\n", b"\r\n")
    return raw


class _Hang(Exception):
    pass


def _alarm(signum, frame):  # pragma: no cover - only on a hang
    raise _Hang()


def test_150_random_front_matter_mutations_through_check(make_site, monkeypatch) -> None:
    """Nothing crashes (exit 0 or 1, no traceback), hangs (5 s each) or writes a file."""
    monkeypatch.setenv("BRIEFKIT_DEBUG", "1")
    site = make_site()
    path = site / TARGET
    before = {k: v for k, v in _tree(site).items() if k != TARGET}
    rng = random.Random(20240220)
    old = signal.signal(signal.SIGALRM, _alarm)
    outcomes = {0: 0, 1: 0}
    try:
        for n in range(150):
            raw = _mutate(GOOD, rng)
            path.write_bytes(raw)
            out, err = io.StringIO(), io.StringIO()
            signal.alarm(5)
            try:
                with redirect_stdout(out), redirect_stderr(err):
                    rc = cli.main(["check", "--site", str(site)])
            except _Hang:
                pytest.fail(f"mutation {n} hung: {raw!r}")
            except BaseException as exc:  # noqa: BLE001 - that is the failure being tested for
                pytest.fail(f"mutation {n} raised {type(exc).__name__}: {exc}\n{raw!r}")
            finally:
                signal.alarm(0)
            said = out.getvalue() + err.getvalue()
            assert rc in (0, 1), (n, raw, said)
            if rc == 1:
                assert "error:" in said, (n, raw, said)
            outcomes[rc] += 1
            now = {k: v for k, v in _tree(site).items() if k != TARGET}
            assert now == before, f"mutation {n} wrote files: {set(now) ^ set(before)}"
    finally:
        signal.signal(signal.SIGALRM, old)
    assert outcomes[1] > 50  # the mutations do break things; the test is not vacuous
