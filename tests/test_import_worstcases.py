"""The importer's passes stay within their time on the worst shapes a page can take, with the answers
of the plain ways they replace.

Each test pairs a pass with the plain computation it stands for (written out here) or counts the work
it does on the shape that made it slow, so a change that breaks the equivalence, or brings back a
cost that grows with the square of the page, fails here. No test times anything: machines differ.
"""

from __future__ import annotations

import random

from briefkit.importer import markupmeta, storycontents

ENTRIES = ["Opening hours", "Getting there", "Tickets", "Parking", "Boat trips", "Contact", "Menu", "Home"]
PROSE = "The ferry leaves the north pier every hour and stops at both islands on the way out."


def _plain_find_contents(units: list[str]) -> tuple[int, list[int]] | None:
    """`find_contents` as first written: every later repeat of each entry tried as the list's end."""
    keys = [storycontents._key(u) for u in units]
    shaped = [storycontents._entry(u) for u in units]
    i = 0
    while i < len(units):
        if not shaped[i]:
            i += 1
            continue
        j = i
        while j < len(units) and shaped[j]:
            j += 1
        for first in range(i, j - storycontents.MIN_ENTRIES):
            for end in (k for k in range(first + storycontents.MIN_ENTRIES, j) if keys[k] == keys[first]):
                entries = keys[first:end]
                if len(set(entries)) < len(entries):
                    continue
                heads = [end]
                for entry in entries[1:]:
                    found = next((k for k in range(heads[-1] + 2, len(keys)) if keys[k] == entry), None)
                    if found is None:
                        break
                    heads.append(found)
                else:
                    if storycontents._written(units, heads):
                        return first, heads
        i = j
    return None


def test_the_contents_list_found_is_the_one_every_repeat_tried_would_find() -> None:
    rng = random.Random(14)
    found = 0
    for _ in range(3000):
        vocabulary = ENTRIES[: rng.randint(2, len(ENTRIES))]
        units = [rng.choice(vocabulary) if rng.random() < 0.8 else PROSE for _ in range(rng.randint(0, 40))]
        want = _plain_find_contents(units)
        assert storycontents.find_contents(units) == want, units
        found += want is not None
    assert found > 20  # the pages drawn hold contents lists, not only pages without one


def test_a_contents_list_is_still_found_under_a_page_of_short_lines() -> None:
    heads = ["Opening hours", "Getting there", "Tickets", "Parking"]
    units = ["Island ferries", *heads]
    for head in heads:
        units += [head, PROSE]
    assert storycontents.find_contents(units) == (1, [5, 7, 9, 11])


def test_a_menu_printed_thousands_of_times_tries_one_end_per_line(monkeypatch) -> None:
    # a copied page whose short lines repeat (a menu under every post of a long thread): trying every
    # later repeat of each line as the list's end made the pass grow with the square of the page
    calls = []
    plain = storycontents._headings

    def counted(*args):
        calls.append(args)
        return plain(*args)

    monkeypatch.setattr(storycontents, "_headings", counted)
    units = ["Island ferries", *(["Menu", "Home", "Tickets", "Contact", "Parking", "Menu"] * 2000)]
    assert storycontents.find_contents(units) is None
    assert len(calls) <= len(units)


def _plain_walk(data):
    if isinstance(data, list):
        return [o for item in data for o in _plain_walk(item)]
    if isinstance(data, dict):
        keys = ("@graph", "mainEntity", "mainEntityOfPage", "itemListElement")
        return [data, *(o for key in keys for o in _plain_walk(data.get(key)))]
    return []


def test_the_json_ld_walk_gives_the_objects_in_the_recursive_walks_order() -> None:
    person = {"@type": "Person", "name": "Ann Example"}
    article = {"@type": "NewsArticle", "headline": "Pier reopens", "author": person, "mainEntityOfPage": {"@id": "p"}}
    data = [
        {"@graph": [{"@type": "WebSite"}, article, [{"@type": "ImageObject"}]], "mainEntity": {"@type": "Thing"}},
        "text",
        {"itemListElement": [{"position": 1}, {"position": 2, "mainEntity": article}]},
        None,
    ]
    assert markupmeta.walk_ld(data) == _plain_walk(data)
    assert markupmeta.walk_ld(article) == _plain_walk(article)


def test_json_ld_nested_past_the_call_stack_is_walked_without_recursion() -> None:
    deep: object = {"@type": "NewsArticle", "headline": "Pier reopens"}
    for _ in range(5000):
        deep = [{"@graph": deep}]
    found = markupmeta.walk_ld(deep)
    assert len(found) == 5001 and found[-1]["headline"] == "Pier reopens"


def test_a_copied_page_is_cut_at_its_line_limit_counting_lines_with_text_only() -> None:
    from briefkit.importer import pagesize

    text = "Pier\n\n\nOne\r\nTwo\n \nThree\rFour\n"
    assert pagesize.cut_lines(text, 3) == ("Pier\n\n\nOne\r\nTwo", True)
    assert pagesize.cut_lines(text, 5) == (text, False)  # the fifth line is the last: nothing left out
    assert pagesize.cut_lines(text, 6) == (text, False)
    assert pagesize.cut_lines("a\n" * 10, 10) == ("a\n" * 10, False)


def test_the_lines_values_are_worked_out_once_for_both_passes(monkeypatch) -> None:
    from briefkit.importer import proseruns, storyspan

    calls = []
    plain = proseruns._value
    monkeypatch.setattr(proseruns, "_value", lambda *a: calls.append(a) or plain(*a))
    proseruns.line_values.cache_clear()
    units = ["Island ferries", "Menu", PROSE, PROSE.replace("hour", "day"), "Contact"]
    storyspan.locate(units)
    storyspan.story_end(units)
    assert len(calls) == len(units)


def test_a_line_that_fails_the_cheap_tests_of_a_name_is_never_read_against_the_buttons(monkeypatch) -> None:
    from briefkit.importer import bylines

    asked = []
    monkeypatch.setattr(bylines, "_button_word", lambda t: asked.append(t) or False)
    assert not bylines.looks_like_name("Updated 5 May 2024")  # a digit: no name, whatever its words
    assert not bylines.looks_like_name("the harbour board")
    assert asked == []
    assert bylines.looks_like_name("Ann Example")
    assert asked == ["Ann", "Example"]


def test_a_row_of_buttons_is_still_no_name() -> None:
    from briefkit.importer import bylines

    assert not bylines.looks_like_name("Kommentieren Vorlesen Drucken Teilen")
    assert bylines.looks_like_name("Jane Roe") and bylines.looks_like_name("Anna van der Berg")
