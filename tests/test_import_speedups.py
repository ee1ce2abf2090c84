"""The importer's shortcuts give the answers of the slow ways they replace, and are the faster for it.

Each test pairs the shortcut with the plain computation it stands for (or the case that made the
plain way slow), so a change that breaks the equivalence or brings the slowness back fails here.
"""

from __future__ import annotations

import re

import lxml.html

from briefkit.importer import headlinerepeats, pagebylines
from briefkit.importer.markupmeta import Evidence


def _claims(html: str) -> list[tuple[str, str]]:
    tree = lxml.html.document_fromstring(html)
    ev = Evidence()
    for order, el in enumerate(tree.iter()):
        if isinstance(el.tag, str) and el.tag in ("p", "span", "div") and len(el) <= 4:
            pagebylines.byline_text(el, order, ev)
    return [(c.value, c.source) for c in ev.authors]


def test_a_contributors_formula_after_the_name_is_still_read_as_a_byline() -> None:
    page = "<html><body><p><span>Ann Example, Special to the Harbour Courier</span></p></body></html>"
    assert ("Ann Example", "byline-text") in _claims(page)


class _CountingMatch:
    """A pattern whose matches are counted."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.matches = pattern, 0

    def match(self, text: str) -> re.Match[str] | None:
        self.matches += 1
        return self.pattern.match(text)


def test_elements_of_indented_blank_lines_never_reach_the_contributors_pattern(monkeypatch) -> None:
    # a template's empty boxes: each element's text is runs of newlines and indentation, where the
    # contributor's pattern, tried on its own, spent some ten milliseconds failing (seconds a page)
    blank = "".join(f"\n{' ' * (4 * (k % 5))}" for k in range(40))
    page = (
        "<html><body>" + "".join(f"<div>{blank}<span>{blank}</span>{blank}</div>" for _ in range(60)) + "</body></html>"
    )
    counting = _CountingMatch(pagebylines._SPECIAL_TO)
    monkeypatch.setattr(pagebylines, "_SPECIAL_TO", counting)
    assert _claims(page) == []
    assert counting.matches == 0


def test_the_formula_check_answers_as_the_contributors_pattern_does() -> None:
    lines = [
        "Ann Example, Special to the Harbour Courier",
        "Ann Example Especial para o Diário",
        "Анна Пример, специально для «Вестника»",
        "Special to the Courier",  # no name before the formula
        "Ann Example, special to 2024",  # digits after it
        "The harbour board met on Tuesday",
        " " * 100,
    ]
    for line in lines:
        # (`_special_to` only answers sooner when the formula is missing; the match itself is the pattern's)
        expected = pagebylines._SPECIAL_TO.match(line)
        got = pagebylines._special_to(line)
        assert (got and got.span()) == (expected and expected.span()), line


class _Counting:
    """A pattern whose searches are counted."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.searches = pattern, 0

    def search(self, text: str) -> re.Match[str] | None:
        self.searches += 1
        return self.pattern.search(text)


def test_the_copyright_lines_under_the_story_are_read_once_for_all_headline_candidates(monkeypatch) -> None:
    footer = ["About us", "Contact", "© 2021 Harbour Courier Media Ltd.", "Imprint"]
    units = ["The Harbour Courier", "News", "Pier rebuilt", "The pier reopens on Monday.", *footer]
    counting = _Counting(headlinerepeats._COPYRIGHT)
    monkeypatch.setattr(headlinerepeats, "_COPYRIGHT", counting)
    headlinerepeats._copyright_lines.cache_clear()
    answers = [headlinerepeats.names_owner(units, 4, text) for text in ("The Harbour Courier", "Pier rebuilt") * 10]
    assert answers == [True, False] * 10
    assert counting.searches == len(footer)


def test_a_pattern_compiled_later_answers_as_the_compiled_one_and_only_once_asked() -> None:
    from briefkit.importer.lazyre import compile_later

    source, flags = r"(?P<day>\d{1,2})\.\s*(?P<month>mai|juni)", re.IGNORECASE
    later, now = compile_later(source, flags), re.compile(source, flags)
    assert later.pattern == now.pattern
    assert "search" not in vars(later)  # nothing compiled yet: reading `pattern` does not compile
    text = "Am 4. Mai und am 12. JUNI"
    assert later.search(text).span() == now.search(text).span()  # type: ignore[union-attr]
    assert "search" in vars(later)  # compiled at the first use, and kept
    assert [m.span() for m in later.finditer(text)] == [m.span() for m in now.finditer(text)]
    assert later.findall(text) == now.findall(text)
    assert later.sub("<d>", text) == now.sub("<d>", text)
    assert later.split(text) == now.split(text)
    assert later.match(text) is None and now.match(text) is None
    assert (later.flags, later.groups, dict(later.groupindex)) == (now.flags, now.groups, dict(now.groupindex))


def test_download_cards_are_told_as_before_and_only_boxes_naming_a_file_are_cleaned(monkeypatch) -> None:
    from briefkit.importer import downloadcards

    page = (
        "<html><body><div><p>The council met on Tuesday and adopted the budget for next year. "
        + "It spoke at length of roads, schools and the harbour, and of what each will cost. " * 3
        + "</p>"
        "<div class='card'><a>Budget report</a><span>PDF,\n\n   2.3\u00a0\n MB</span></div>"
        "<p>Its 12 MB of tables (pdf) are online.</p>"
        "<ul><li>Methods</li><li>3 more items</li></ul></div></body></html>"
    )
    cleaned: list[str] = []
    plain_text = downloadcards._text
    monkeypatch.setattr(downloadcards, "_text", lambda el: cleaned.append(el.tag) or plain_text(el))
    tree = lxml.html.document_fromstring(page)
    downloadcards.drop_download_cards(tree)
    text = tree.text_content()
    assert "Budget report" not in text  # the card, its size's spaces laid out anyhow
    assert "adopted the budget" in text and "Its 12 MB" in text and "3 more items" in text
    # the list (format letters in "Methods", a digit before "mo" in "3 more") is cleaned, the lone paragraph not
    assert "ul" not in cleaned and cleaned.count("p") == 1


def test_a_writer_card_is_still_found_with_its_name_asked_first() -> None:
    from briefkit.importer import storyfringe

    card = (
        "<div><img src='a.jpg' alt='Maria Example'><p>Maria Example</p>"
        "<p>Maria Example reports on the harbour and the city council.</p></div>"
    )
    tree = lxml.html.document_fromstring(f"<html><body><article><p>Story.</p></article>{card}</body></html>")
    storyfringe.drop_writer_cards(tree)
    assert "reports on the harbour" not in tree.text_content()
    big = "<div><img src='a.jpg' alt='Maria Example'><p>Maria Example</p><p>" + "word " * 70 + "Maria Example</p></div>"
    tree = lxml.html.document_fromstring(f"<html><body>{big}</body></html>")
    storyfringe.drop_writer_cards(tree)
    assert "Maria Example" in tree.text_content()  # over sixty words: no card
