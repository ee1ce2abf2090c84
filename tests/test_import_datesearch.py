"""htmldate's extensive search beside the import: its answer when it has one, nothing left running."""

from __future__ import annotations

import time

import lxml.html
import pytest

from briefkit.importer import datesearch

pytest.importorskip("htmldate")

PAGE = """<html><head><title>Bridge</title></head><body><div class="post">
<p>The council opened the new bridge on Monday after two years of work.</p>
<p class="info">Posted on 2021/03/04 by the desk</p></div></body></html>"""


def test_the_search_answers_from_a_child_process() -> None:
    answer = datesearch.start(lxml.html.document_fromstring(PAGE), None)
    assert answer() == "2021-03-04"


def test_a_search_that_overruns_is_stopped_and_gives_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    def stuck(tree: object, url: str | None) -> str | None:
        time.sleep(60)
        return "2021-03-04"

    monkeypatch.setattr(datesearch, "_search", stuck)
    monkeypatch.setattr(datesearch, "SECONDS", 0.2)
    children_before = set(_children())
    answer = datesearch.start(lxml.html.document_fromstring(PAGE), None)
    assert answer() is None
    assert set(_children()) <= children_before  # the child was killed and reaped, not left asleep


def _children() -> list[int]:
    import multiprocessing

    return [p.pid for p in multiprocessing.active_children() if p.pid is not None]
