"""The cheap tests put before long patterns (`lazyre`'s `needs`) and the answers kept per line give what the
patterns and the functions alone give, and spare the work they are there to spare.

Each test sets the shortcut beside the plain computation it stands for, on lines written for it, so a change of a
pattern that leaves its test behind (a label that no longer needs what the test asks for) fails here.
"""

from __future__ import annotations

import re

from briefkit.importer import (
    blocktext,
    bylines,
    cjkbylines,
    dates,
    houselines,
    lazyre,
    pagewords,
    scriptdates,
    sitenotices,
    siteselfnotes,
)

_LINES = [
    "",
    "Weather",
    "Read also: The ferry timetable changes in spring",
    "READ ALSO The ferry timetable changes in spring",
    "Lees ook: De veerboot vaart weer",
    "Leggi anche Il porto riapre a maggio",
    "➤ Lesen Sie auch: Der Hafen öffnet wieder",
    "Lesen Sie auch",
    "Lire aussi.",
    "Mehr zum ThemaHafenfest im Juni",
    "Related articlesThe harbour board met",
    "Weitere ArtikelDer Fährplan",
    "Unsere LehrerInnen und SchülerInnen",
    "Related: Island ferries run late",
    "Related articles",
    "The harbour board met on Tuesday to talk about the ferries.",
    "相关阅读 港口重新开放",
    "관련 기사 항구",
    "อ่านเพิ่มเติม ท่าเรือ",
    "Mehr zum Thema: Hafenfest im Juni",
    "Weitere Nachrichten: Der Fährplan ändert sich",
]


def _plain(later: re.Pattern[str]) -> re.Pattern[str]:
    """The same pattern compiled the plain way, without its test."""
    return re.compile(later.pattern, later.flags)


def _span(m: re.Match[str] | None) -> tuple[int, int] | None:
    return m.span() if m else None


def test_gated_patterns_answer_as_the_patterns_alone() -> None:
    gated = [
        pagewords.READ_ALSO,
        pagewords.READ_ALSO_LINK,
        pagewords._END_GLUED,
        sitenotices._READ_ALSO_RUN_IN,
        houselines._POINTER,
        scriptdates._CJK,
        cjkbylines._CJK,
    ]
    for later in gated:
        plain = _plain(later)
        for line in _LINES:
            assert _span(later.match(line)) == _span(plain.match(line)), (later.pattern[:40], line)
            assert _span(later.search(line)) == _span(plain.search(line)), (later.pattern[:40], line)
    # the lines above reach every gated pattern's both answers
    assert pagewords.READ_ALSO.match("Lesen Sie auch")
    assert pagewords.READ_ALSO_LINK.match("➤ Lesen Sie auch: Der Hafen öffnet wieder")
    assert sitenotices._READ_ALSO_RUN_IN.match("Leggi anche Il porto riapre a maggio")
    assert pagewords._END_GLUED.match("Mehr zum ThemaHafenfest im Juni")
    assert not pagewords._END_GLUED.match("Unsere LehrerInnen und SchülerInnen")
    assert houselines._POINTER.match("Mehr zum Thema: Hafenfest im Juni")


def test_a_line_that_fails_the_test_never_compiles_nor_runs_the_pattern() -> None:
    asked: list[str] = []

    def colon(text: str) -> bool:
        asked.append(text)
        return ":" in text

    later = lazyre.compile_later(r"^(?:harbour|ferry)\s*:\s+\w", re.I, needs=colon)
    assert later.match("Harbour news today") is None
    assert later.search("Ferry times") is None
    assert "flags" not in vars(later._later)  # type: ignore[attr-defined]  # (nothing compiled yet)
    assert later.match("Harbour: open") is not None
    assert asked == ["Harbour news today", "Ferry times", "Harbour: open"]
    assert later.flags & re.I and later.pattern.startswith("^(?:harbour")


def test_the_character_floor_of_each_wide_class_is_its_lowest_character() -> None:
    # `reaches(floor)` may stand before a class only when no character under the floor matches the class, in any
    # case: every code point under it is tried
    for pattern, floor in (
        (scriptdates._CJK, "\u3040"),
        (cjkbylines._CJK, "\u3040"),
        (blocktext._UNSPACED, "\u0e00"),
        (blocktext._HANGUL, "\uac00"),
    ):
        plain = _plain(pattern)
        assert not any(plain.match(chr(c)) for c in range(ord(floor))), pattern.pattern
        assert plain.match(floor)


def test_word_counts_and_weights_are_the_plain_ones() -> None:
    for line in [*_LINES, "漢字かな交じり文", "ภาษาไทย ข่าว", "한국어 기사입니다"]:
        assert blocktext.count_words(line) == len(blocktext._WORD.findall(line)) + len(
            _plain(blocktext._UNSPACED).findall(line)
        ) // 2
        for word in line.split():
            assert blocktext.syllable_weight(word) == len(word) + len(_plain(blocktext._HANGUL).findall(word))
    assert blocktext.count_words("한국어 기사입니다") > 2


def test_a_lines_words_are_a_new_list_each_time() -> None:
    line = "The harbour board met on Tuesday"
    first = blocktext.words(line)
    first.append("changed")
    assert blocktext.words(line) == blocktext._WORD.findall(line) == ["The", "harbour", "board", "met", "on", "Tuesday"]


def test_a_byline_read_again_is_the_same_names_from_the_cache() -> None:
    line = "By Ann Example and Sam Sample"
    first = bylines.parse_byline(line)
    hits = bylines.parse_byline.cache_info().hits
    assert bylines.parse_byline(line) == first == ("Ann Example", "Sam Sample")
    assert bylines.parse_byline.cache_info().hits == hits + 1
    assert bylines.parse_byline("Ann Example", bare=False) == ()  # `bare` is part of the key


def test_a_line_without_a_digit_is_dated_by_nothing_and_never_unglued(monkeypatch) -> None:
    undigited = ["Mehr zum Thema", "Published on Tuesday", "le mardi de mars", "Montag, den ersten Mai", "二月"]
    for line in undigited:
        # the plain way: ungluing changes nothing and no pattern of a date finds one
        s = dates._clean(line)
        assert dates._unglue(s) == s
        assert not any(p.search(s) for p in dates._IN_TEXT)
    calls: list[str] = []
    unglue = dates._unglue
    monkeypatch.setattr(dates, "_unglue", lambda s: calls.append(s) or unglue(s))
    dates.find_date.cache_clear()
    assert [dates.find_date(line) for line in undigited] == [None] * len(undigited)
    assert calls == []
    assert dates.find_date("Published on 3 May 2024") is not None and calls
    assert dates.find_date("٣ مايو ٢٠٢٤") is not None  # a digit of another script is a digit
    dates.find_date.cache_clear()


def test_a_tip_line_is_still_read_with_its_cheap_tests_first() -> None:
    assert siteselfnotes.is_tip_line("Got a story idea? Email the newsroom at tips@example.org", 9)
    assert not siteselfnotes.is_tip_line("Got a story idea? Tell us.", 6)  # no way to reach the newsroom
    assert not siteselfnotes.is_tip_line("Email the newsroom at tips@example.org", 6)  # asks nothing


_DATED_LINES = [
    "",
    "Harbour news",
    "Ferry timetable changes 2 Nov 2023",
    "Die Fähre fährt wieder 23. Januar 2020",
    "The board met on June 4, 2024, 10:15",
    "Fahrplan 04.06.2024",
    "Posted 2024-06-04",
    "Montag, 12. Mai um 10:15",
    "Tuesday 3 June",
    "12 mai à 9h12",
    "Harbour map of the bay ›",
    "See the ferry timetable →",
    "The ferry runs late. See the map →",
    "See the ferry timetable →\n",
    "Fahrplan ٣ مايو ٢٠٢٤",
]


def test_the_digit_and_arrow_gates_answer_as_the_patterns_alone() -> None:
    from briefkit.importer import dumpdates, pagecalls, yearless

    for later in (dumpdates._CLOSING_DATE, yearless._YEARLESS, pagecalls._ARROW_LINK):
        plain = _plain(later)
        for line in _DATED_LINES:
            assert _span(later.match(line)) == _span(plain.match(line)), (later.pattern[:40], line)
            assert _span(later.search(line)) == _span(plain.search(line)), (later.pattern[:40], line)
    # the lines reach both answers of each
    assert dumpdates._CLOSING_DATE.search("Die Fähre fährt wieder 23. Januar 2020")
    assert yearless._YEARLESS.search("Montag, 12. Mai um 10:15")
    assert pagecalls._ARROW_LINK.match("See the ferry timetable →\n")
    assert not pagecalls._ARROW_LINK.match("The ferry runs late. See the map →")
    assert lazyre.has_digit("٣ مايو") and not lazyre.has_digit("Harbour news")


def test_a_lines_worth_and_date_read_again_are_the_cached_answers() -> None:
    from briefkit.importer import dumpdates, proseruns

    line = "The harbour board met on Tuesday to talk about the ferries, which ran late all winter."
    dated = "Ferry timetable changes 2 Nov 2023"
    worth = proseruns._value(line, True)
    when = dumpdates._line_date(dated, True, False)
    proseruns._value.cache_clear()
    dumpdates._line_date.cache_clear()
    dumpdates._entry.cache_clear()
    assert proseruns._value.__wrapped__(line, True) == worth == proseruns._value(line, True) > 0
    assert dumpdates._line_date.__wrapped__(dated, True, False) == when == dumpdates._line_date(dated, True, False)
    assert when is not None and when.year == 2023
    assert proseruns._value("Share", True) < 0
    assert dumpdates._entry(dated) == dumpdates._entry.__wrapped__(dated) is True
    assert dumpdates._entry("Harbour news") is False
    assert proseruns._value.cache_info().hits == 0 and dumpdates._line_date.cache_info().hits == 0
    assert proseruns._value(line, True) == worth and dumpdates._line_date(dated, True, False) == when
    assert proseruns._value.cache_info().hits == 1 and dumpdates._line_date.cache_info().hits == 1
