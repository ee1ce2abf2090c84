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


def _search_taking(monkeypatch: pytest.MonkeyPatch, seconds: float, **timing: float) -> None:
    """The search replaced by one that answers after `seconds`; `timing` sets SECONDS, GRACE, LATEST."""

    def slow(tree: object, url: str | None) -> str | None:
        time.sleep(seconds)
        return "2021-03-04"

    monkeypatch.setattr(datesearch, "_search", slow)
    for name, value in timing.items():
        monkeypatch.setattr(datesearch, name, value)


def test_a_search_that_overruns_is_stopped_and_gives_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    _search_taking(monkeypatch, 60, SECONDS=0.2)
    children_before = set(_children())
    answer = datesearch.start(lxml.html.document_fromstring(PAGE), None)
    assert answer() is None
    assert set(_children()) <= children_before  # the child was killed and reaped, not left asleep


def test_a_search_asked_late_is_given_a_little_more_time_on_a_slow_machine(monkeypatch: pytest.MonkeyPatch) -> None:
    # the rest of the import took 0.3 s, the search (as slow as the machine) 0.4 s: it still answers
    _search_taking(monkeypatch, 0.4, SECONDS=0.2, GRACE=1.0)
    answer = datesearch.start(lxml.html.document_fromstring(PAGE), None)
    time.sleep(0.3)
    assert answer() == "2021-03-04"


def test_a_late_search_is_never_waited_for_past_its_latest(monkeypatch: pytest.MonkeyPatch) -> None:
    _search_taking(monkeypatch, 5, SECONDS=0.1, GRACE=2.0, LATEST=0.5)
    answer = datesearch.start(lxml.html.document_fromstring(PAGE), None)
    time.sleep(0.2)
    began = time.monotonic()
    assert answer() is None
    assert time.monotonic() - began < 0.45


def _children() -> list[int]:
    import multiprocessing

    return [p.pid for p in multiprocessing.active_children() if p.pid is not None]


def test_the_search_reads_dates_in_the_page_language_and_english() -> None:
    declared = lxml.html.document_fromstring('<html lang="de-AT"><body><p>Kurz.</p></body></html>')
    assert datesearch.page_languages(declared) == ["de", "en"]
    # undeclared: the language its words are in
    words = " ".join(["der Rat hat die neue Brücke mit dem Bürgermeister und der Stadt eröffnet, die sich freut"] * 3)
    undeclared = lxml.html.document_fromstring(f"<html><body><p>{words}</p></body></html>")
    assert datesearch.page_languages(undeclared) == ["de", "en"]
    # a template's declaration and the text's language both count
    mixed = lxml.html.document_fromstring(f'<html lang="fr"><body><p>{words}</p></body></html>')
    assert datesearch.page_languages(mixed) == ["fr", "de", "en"]
    unknown = lxml.html.document_fromstring("<html><body><p>12 345</p></body></html>")
    assert datesearch.page_languages(unknown) == []


def test_dateparser_is_told_the_languages_or_left_to_every_locale() -> None:
    pytest.importorskip("dateparser")
    from htmldate import extractors

    datesearch._read_in(lambda: ["de", "en", "xx"])  # a code dateparser does not know is left out
    assert extractors.get_external_parser().languages == ["de", "en"]
    datesearch._read_in(lambda: [])
    assert extractors.get_external_parser().languages is None
