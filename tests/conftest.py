"""Shared fixtures: tiny sites written into tmp_path."""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent

MINIMAL_SITE = {
    "site.yaml": "title: Test briefings\nbase_url: https://example.org/\n",
    "content/actors/vladimir-putin.md": """\
        ---
        name: Vladimir Putin
        kind: person
        aliases: [Mr Putin]
        ids: {wikidata: Q7747}
        ---
        President of Russia.
        """,
    "content/actors/kim-jong-un.md": """\
        ---
        name: Kim Jong-un
        kind: person
        aliases: [Mr Kim]
        ---
        """,
    "content/sanctions/unscr-1718.md": """\
        ---
        title: UN Security Council resolution 1718 (2006)
        issuer: UN Security Council
        symbol: S/RES/1718 (2006)
        adopted: 2006-10-14
        provisions:
          op8-a-iii: {label: "OP 8(a)(iii)", summary: Luxury goods ban}
        ---
        """,
    "content/briefings/a-gift.md": """\
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
          - {caption: A limousine at a motor show, credit: AFP via Getty Images}
        ---
        Vladimir Putin gave Kim Jong-un a car.
        """,
}

SiteFactory = Callable[..., Path]


@pytest.fixture
def make_site(tmp_path: Path) -> SiteFactory:
    """make_site({path: text, …}, base=MINIMAL_SITE) -> site folder; a value None drops a file."""

    def make(files: dict[str, str | bytes | None] | None = None, *, base: dict | None = None,
             name: str = "site") -> Path:
        root = tmp_path / name
        merged = dict(MINIMAL_SITE if base is None else base)
        merged.update(files or {})
        for rel, text in merged.items():
            if text is None:
                continue
            p = root / rel
            p.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(text, bytes):
                p.write_bytes(text)
            else:
                p.write_text(textwrap.dedent(text), encoding="utf-8")
        return root

    return make


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true",
                     help="rewrite tests/golden/ from the current build of the example site")


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    """Requests to a test server go straight to 127.0.0.1, whatever proxy the environment names."""
    for name in ("http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
