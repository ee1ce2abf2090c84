"""htmldate's extensive date search, run beside the rest of an import instead of before it.

Its last resort is dateparser over every locale, which takes seconds the first time. Run in a
thread it held the interpreter's lock after its time was up and slowed the rest of the import;
run in a forked child it works on the other core while trafilatura reads the story, and is
killed when its time is up. Where fork is not available the search runs in a thread, given a
quarter of a second, as before.

dateparser, asked for no language, first builds the patterns of each of its two hundred locales
to see which one a date string could be in: 1.5 s before the first answer, so a search that
reached it never answered in time in a fresh process (a page without a structured date waited
the search's whole half second for nothing). Told the page's language (declared, or guessed
from its words) and English, it answers in a tenth of that.
"""

from __future__ import annotations

import copy
import multiprocessing
import threading
import time
from collections.abc import Callable
from typing import Any

from briefkit.importer.htmlbody import page_language
from briefkit.importer.stopwords import guess_language

# How long the search may take, counted from its start: most answers come within a few hundred
# milliseconds; an import must stay well under two seconds.
SECONDS = 0.5
THREAD_SECONDS = 0.25
# Asked later than that (the rest of the import took longer: a slower or busier machine, where the
# search is slower too), it is given this much more, never past `LATEST`. A fixed half second made
# the answer depend on the machine: under load, pages lost the date the search would have found.
GRACE = 0.15
LATEST = 1.0


def _search(tree: Any, url: str | None) -> str | None:
    try:
        from htmldate import find_date
    except ImportError:
        return None
    try:
        _read_in(lambda: page_languages(tree))
        return find_date(copy.deepcopy(tree), extensive_search=True, original_date=True, url=url)
    except Exception:  # noqa: BLE001 — a third-party parser's bug must not stop the import
        return None


def page_languages(tree: Any) -> list[str]:
    """The languages the page's dates may be written in: the one it declares, the one its words
    are in (a page may declare its template's language) and English (the web's lingua franca, in
    which many sites print their dates whatever their text's language); none when the page says
    nothing of its language and its words do not tell."""
    declared = page_language(tree)
    body = tree.find("body")
    written = guess_language(" ".join((body if body is not None else tree).itertext()))
    return [lang for lang in dict.fromkeys((declared, written, "en")) if lang] if declared or written else []


def _read_in(languages: Callable[[], list[str]]) -> None:
    """htmldate's dateparser, when its search comes to it, set to the `languages` (those it knows);
    to every locale (slowly, as before) when there are none.

    Only then (the languages too are read only then): dateparser takes a tenth of a second to
    import, and most searches end before it.
    """
    try:
        from htmldate import extractors
    except ImportError:
        return
    build = _BUILD.setdefault("parser", extractors.get_external_parser)

    def parser() -> Any:
        from dateparser.data.languages_info import language_order

        found = build()
        found.languages = [lang for lang in languages() if lang in language_order] or None
        return found

    extractors.get_external_parser = parser  # type: ignore[assignment]  # htmldate reads it at each call


# htmldate's own (cached) maker of its dateparser, which `_read_in` wraps for each page
_BUILD: dict[str, Callable[[], Any]] = {}


def _child(tree: Any, url: str | None, send: Any) -> None:
    send.send(_search(tree, url))
    send.close()


def start(tree: Any, url: str | None) -> Callable[[], str | None]:
    """Start the search; the returned function gives its answer (or None) once, waiting at most
    until the search's time is up: `SECONDS` from now, or `GRACE` past when it is asked (no
    later than `LATEST`)."""
    began = time.monotonic()
    try:
        ctx = multiprocessing.get_context("fork")
        recv, send = ctx.Pipe(duplex=False)
        proc = ctx.Process(target=_child, args=(tree, url, send), daemon=True)
        proc.start()
        send.close()
    except (ValueError, OSError):
        return _in_thread(tree, url)

    def answer() -> str | None:
        found = None
        now = time.monotonic()
        until = max(began + SECONDS, min(now + GRACE, began + LATEST))
        try:
            if recv.poll(max(0.0, until - now)):
                found = recv.recv()
        except (EOFError, OSError):
            found = None
        finally:
            recv.close()
            if proc.is_alive():
                proc.kill()
            proc.join(0.5)
        return found

    return answer


def _in_thread(tree: Any, url: str | None) -> Callable[[], str | None]:
    found: list[str | None] = []
    worker = threading.Thread(target=lambda: found.append(_search(tree, url)), daemon=True)
    worker.start()
    worker.join(timeout=THREAD_SECONDS)
    return lambda: found[0] if found else None
