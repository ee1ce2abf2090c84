"""The agency's mark closing a copied story: bracketed, after a dash, or crediting its reporter."""

from briefkit.importer import closingmarks, storyspan

_PARA = "The harbour board agreed on Monday to dredge the eastern channel before the winter storms arrive."


def _span(units: list[str]) -> storyspan.Span:
    return storyspan.Span(title=0, start=1, end=len(units) - 1, headline=units[0])


def test_bracketed_known_wire_with_desk_letters() -> None:
    units = ["Harbour to be dredged", _PARA, _PARA, "(dpa/xy)", "Share this"]
    assert closingmarks.closing_mark(units, _span(units)) == ("dpa",)


def test_dashed_unknown_wire_repeated_in_footer() -> None:
    units = ["Harbour to be dredged", _PARA, _PARA, "-- KTPA", "Share this", "© 2024 KTPA News Agency"]
    assert closingmarks.closing_mark(units, _span(units)) == ("KTPA",)


def test_unknown_capitals_printed_once_are_no_wire() -> None:
    units = ["Harbour to be dredged", _PARA, _PARA, "(KTPA)", "Share this"]
    assert closingmarks.closing_mark(units, _span(units)) == ()


def test_capitalised_word_in_brackets_is_no_wire() -> None:
    units = ["Harbour to be dredged", _PARA, _PARA, "(Ana)", "Share this"]
    assert closingmarks.closing_mark(units, _span(units)) == ()


def test_reporter_credited_by_the_wire() -> None:
    units = ["Harbour to be dredged", _PARA, _PARA, "Mara Quell (KTPA)", "Share this", "© KTPA"]
    assert closingmarks.closing_mark(units, _span(units), reporter=True) == ("Mara Quell",)
    assert closingmarks.closing_mark(units, _span(units)) == ()


def test_mark_under_a_line_that_is_no_paragraph_is_not_read() -> None:
    units = ["Harbour to be dredged", _PARA, "Related stories", "(dpa)", "Share this"]
    assert closingmarks.closing_mark(units, _span(units)) == ()
