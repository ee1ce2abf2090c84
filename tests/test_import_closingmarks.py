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


def test_list_entry_over_a_box_text_is_no_author_card() -> None:
    from briefkit.importer import authorcards

    story = ["Harbour to be dredged", _PARA, _PARA, _PARA]
    teasers = ["Ferry fares rise again in the spring", "Inside the quiet fight over the old pier", "Trending Stories"]
    units = [*story, *teasers, "Ferry timetables change next month as the harbour board tries a new plan.", "About us"]
    span = storyspan.Span(title=0, start=1, end=4, headline=units[0])
    assert authorcards.card_author(units, span) == ()
    # the same card under the story's end is read
    units = [*story, "Mara Quell", "Mara Quell writes about the harbour, its ferries and its people.", "About us"]
    assert authorcards.card_author(units, span) == ("Mara Quell",)


def test_share_row_is_no_author_card() -> None:
    from briefkit.importer import authorcards

    units = ["Harbour to be dredged", _PARA, _PARA, "Mastodon LinkedIn WhatsApp", "Über mich", _PARA]
    span = storyspan.Span(title=0, start=1, end=3, headline=units[0])
    assert authorcards.card_author(units, span) == ()


def test_card_under_captions_crediting_its_writer_is_read() -> None:
    from briefkit.importer import authorcards

    story = ["Harbour to be dredged", _PARA, _PARA, _PARA]
    captions = ["The old quay at dawn Photo: Mara Quell", "Cars waiting for the last ferry Photo: Mara Quell"]
    units = [*story, *captions, "Mara Quell", "Mara Quell writes about the harbour, its ferries and its people."]
    span = storyspan.Span(title=0, start=1, end=4, headline=units[0])
    assert authorcards.card_author(units, span) == ("Mara Quell",)


def test_copyright_notice_is_no_card_bio() -> None:
    from briefkit.importer import authorcards

    units = ["Harbour to be dredged", _PARA, _PARA, "Send Us a Tip", "Privacy Policy"]
    units += ["\u00a9 Copyright 2024 The Harbour Post Inc., a nonprofit newsroom."]
    span = storyspan.Span(title=0, start=1, end=3, headline=units[0])
    assert authorcards.card_author(units, span) == ()


def test_card_under_the_links_to_the_next_post_is_read() -> None:
    from briefkit.importer import authorcards

    story = ["Harbour to be dredged", _PARA, _PARA, _PARA]
    links = ["Previous articleFerry fares rise again in the spring", "Next articleInside the quiet fight over the pier"]
    units = [*story, *links, "Mara Quell", "Mara covers the harbour, its ferries and its people for the paper."]
    span = storyspan.Span(title=0, start=1, end=4, headline=units[0])
    assert authorcards.card_author(units, span) == ("Mara Quell",)
