"""The last pass over a copied story (see `storytrim`), and the comment section's heading a blog
prints in each language: lines inside the story's run that are the page's, told by their shape.

The dumps are written for these tests, in the shapes real pages give.
"""

from __future__ import annotations

from briefkit.importer.storyedges import COMMENTS
from briefkit.importer.storytrim import glued_caption, trimmed
from briefkit.importer.textdump import read_text_dump

HEADLINE = "Ferry timetable changes for the winter season"
STORY = [
    "The harbour office has published the ferry timetable for the winter, and most crossings move by "
    "a quarter of an hour so that the boats can wait for the morning trains.",
    "The first boat of the day now leaves at half past six, and the last one returns at nine in the "
    "evening, an hour earlier than during the summer months.",
    "Tickets bought for the summer remain valid until the end of the year, the office said, and "
    "season passes can be renewed at the quay or by post.",
]


def _dump(*lines: str) -> str:
    return "\n".join(["Menu", "Harbour news", HEADLINE, "By Ann Example", "4 November 2021", *lines]) + "\n"


def test_the_headline_printed_again_inside_the_story_goes() -> None:
    body = read_text_dump(_dump(STORY[0], HEADLINE, STORY[1], STORY[2])).body
    assert HEADLINE not in body
    assert "The first boat of the day" in body


def test_a_subheading_that_only_shares_words_with_the_headline_stays() -> None:
    kept = trimmed(["Ferry timetable changes", STORY[0]], HEADLINE)
    assert kept[0] == "Ferry timetable changes"


def test_a_caption_run_into_its_photographers_name_goes() -> None:
    caption = "The new quay at low tide, seen from the lighthouseAnn Example"
    assert glued_caption(caption)
    body = read_text_dump(_dump(STORY[0], caption, STORY[1], STORY[2])).body
    assert "lighthouseAnn" not in body
    assert "Tickets bought for the summer" in body


def test_a_name_with_a_capital_inside_a_word_is_no_glued_credit() -> None:
    assert not glued_caption("The match is shown live on PlayStation Plus Extra")
    assert not glued_caption("Apple has shown the new iPhone Pro Max")
    assert not glued_caption("entryJane Roe")  # no caption's words before the name


def test_labels_ending_in_a_colon_at_the_storys_end_go_a_story_line_with_a_colon_inside_stays() -> None:
    body = read_text_dump(_dump(*STORY, "If you liked this story, share it on:", "Choose your access:")).body
    assert "share it on" not in body
    assert "Choose your access" not in body
    assert "season passes can be renewed" in body
    kept = trimmed([*STORY, "One more thing: the quay closes at ten."], HEADLINE)
    assert kept[-1] == "One more thing: the quay closes at ten."


def test_a_long_line_ending_in_a_colon_stays_it_is_the_storys_own() -> None:
    long_intro = (
        "To help the boats through the winter storms the harbour office asks every skipper to do the "
        "following before leaving the quay:"
    )
    assert trimmed([*STORY, long_intro], HEADLINE)[-1] == long_intro


def test_a_blogs_comment_heading_is_read_in_each_language_with_its_quoted_title() -> None:
    for heading in (
        "45 Gedanken zu „Fahrplan für den Winter“",
        "3 réflexions sur « Horaires d'hiver »",
        "12 pensieri su “Orari invernali”",
        '7 gedachten over "Winterdienstregeling"',
        "5 comentários sobre “Horário de inverno”",
    ):
        assert COMMENTS.match(heading), heading
    # a story's own subheading with a count, no quoted title after it
    assert not COMMENTS.match("3 Gedanken zu Weihnachten")


def test_a_blogs_heading_over_its_only_comment_is_read_with_the_count_in_words() -> None:
    for heading in (
        "One thought on “Winter timetable”",
        "Ein Gedanke zu „Fahrplan für den Winter“",
        "Une réflexion sur « Horaires d'hiver »",
        "Un pensiero su “Orari invernali”",
        "Um comentário em “Horário de inverno”",
        'Één reactie op "Winterdienstregeling"',
    ):
        assert COMMENTS.match(heading), heading
    # a story's sentence that opens with the same words, no quoted title after them
    assert not COMMENTS.match("One thought on the timetable kept the council busy all winter.")


def test_the_comment_thread_under_a_post_is_cut_at_the_blogs_heading() -> None:
    comment = (
        "I took the early boat last week and it was full of walkers, so the new times are welcome to "
        "all of us who come from the station."
    )
    heading = "2 Gedanken zu „Ferry timetable changes for the winter season“"
    text = _dump(*STORY, heading, "Jane Roe 5. November 2021 um 10:12", comment)
    body = read_text_dump(text).body
    assert "full of walkers" not in body
    assert "season passes can be renewed" in body


def test_a_list_of_teasers_cut_off_mid_title_ends_the_story() -> None:
    teasers = [
        "Harbour office opens a new ticket ha…",
        "Lighthouse keeper retires after thirty ye...",
        "Storm warning for the weekend on the co…",
    ]
    next_story = (
        "A fishing boat lost its mast in the night; the crew of four was brought ashore unhurt by the lifeboat."
    )
    body = read_text_dump(_dump(*STORY, *teasers, next_story)).body
    assert "season passes can be renewed" in body
    assert "thirty ye" not in body
    assert "fishing boat" not in body


def test_a_story_line_trailing_off_alone_stays() -> None:
    trailing = "And then the fog came in, as it always does in November…"
    kept = trimmed([STORY[0], trailing, STORY[1], "Or maybe not…", STORY[2]], HEADLINE)
    assert trailing in kept
    assert STORY[2] in kept


def test_a_tag_row_is_page_data_in_each_language() -> None:
    from briefkit.importer.pagedata import is_page_data

    for row in (
        "Etiquetas: PUERTO FERRY HORARIOS",
        "Mots-clés : port, ferry",
        "Теги: порт, паром",
        "Trefwoorden: haven",
    ):
        assert is_page_data(row), row
    assert not is_page_data("Etiquetas como estas no dicen nada del puerto.")


def test_same_subject_headings_are_end_markers_in_each_language() -> None:
    from briefkit.importer.pagewords import END_MARKER

    for heading in (
        "Sobre el mismo tema",
        "Zum selben Thema",
        "Sullo stesso argomento",
        "Sobre o mesmo assunto",
        "По теме",
    ):
        assert END_MARKER.match(heading), heading


def _teaser(k: int) -> list[str]:
    return [
        f"Harbour · {k} May",
        f"Story number {k} from the coast",
        f"The council of the coastal town number {k} met on Monday and agreed on a new plan for the old quay and its sheds.",
    ]


def test_a_related_list_of_teasers_with_a_summary_each_ends_the_story() -> None:
    teasers = [line for k in range(1, 9) for line in _teaser(k)]
    body = read_text_dump(_dump(*STORY, "More stories", *teasers)).body
    assert "season passes can be renewed" in body
    assert "coastal town number" not in body


def test_the_storys_own_paragraphs_after_a_related_box_stay() -> None:
    more = [
        f"Paragraph {k} of the story goes on to say what the harbour office plans for the ferries, the quay "
        "and the ticket office over the coming winter months."
        for k in range(1, 9)
    ]
    box = ["More stories", "Storm warning for the weekend", "Lighthouse keeper retires"]
    body = read_text_dump(_dump(*STORY, *box, *more)).body
    assert "Paragraph 8 of the story" in body


def test_a_related_list_whose_entries_open_with_their_dates_ends_the_story() -> None:
    from briefkit.importer.pagewords import END_MARKER

    assert END_MARKER.match("Weitere Inhalte:") and END_MARKER.match("Altri contenuti")
    dated = [
        f"{day:02d}.11.2021 - Harbour news: story {day} from the coast. The council met again and agreed on the "
        "plan for the old quay, the sheds and the new ferry timetable."
        for day in range(10, 16)
    ]
    body = read_text_dump(_dump(*STORY, "More stories", *dated)).body
    assert "season passes can be renewed" in body
    assert "story 12 from the coast" not in body


def test_a_storys_own_dated_paragraphs_after_a_related_box_stay() -> None:
    dated = [
        f"{day:02d}.11.2021 - the harbour office answered the council's questions on day {day} and explained how "
        "the new ferry timetable would change the crossings for the islands."
        for day in range(10, 13)
    ] + STORY * 3
    body = read_text_dump(_dump(*STORY, "More stories", "Storm warning for the weekend", *dated)).body
    assert "questions on day 12" in body


def test_the_headline_printed_again_with_soft_hyphens_is_no_standfirst() -> None:
    hyphenated = "Ferry time\u00adtable chan\u00adges for the winter sea\u00adson"
    article = read_text_dump(_dump(hyphenated, *STORY))
    assert article.summary != hyphenated
    assert "sea\u00adson" not in article.body


def test_a_line_of_short_fields_is_the_pages_not_the_storys() -> None:
    from briefkit.importer.storytrim import field_line

    assert field_line("Garden shears Model 7 · 19,90 € · ★★★★☆ (48 reviews) Add to basket")
    assert field_line("Categories: Watermills | Listed buildings | Villages on the river")
    assert field_line("Advertisement · Boots for the hill, now a third off – only in our shop")
    # a pipeline in a technical article, a sentence with a dot in it, two parts only
    assert not field_line("cat notes.txt | grep river | sort")
    assert not field_line("The mayor · who spoke first · said the town had waited far too long for the new gates.")
    assert not field_line("Volunteers · Sunday opening")


def test_a_product_card_inside_a_copied_story_is_left_out() -> None:
    from briefkit.importer.storytrim import trimmed

    story = [
        "The river authority opened the new flood gates on Tuesday after three years of building work.",
        "Rain gauge Mk 2 · 34,50 € · ★★★★★ (120 reviews) Add to basket",
        "Engineers say the gates can hold back water two metres higher than the old wall ever could.",
    ]
    assert trimmed(story, "Flood gates open") == [story[0], story[2]]


def test_a_short_notice_ended_by_a_run_of_fields_is_a_footer() -> None:
    from briefkit.importer.storytrim import field_line, footer_line

    assert footer_line("You get this letter because you asked for it. Leave the list · Change settings · Share it")
    # the story's own sentence with a dotted aside, and a table's row, are kept
    assert not footer_line("The mayor said the gates would open on Friday. Water · power · roads were fine.")
    assert not field_line("| 3 | Anna Berg | 12 | 4 |")


def test_a_saved_pages_last_line_of_fields_is_left_out() -> None:
    from briefkit.importer.htmltails import without_closing_box

    story = ["The county library will open on Sunday afternoons from next month." * 3]
    footer = "You are reading this because you joined our list. Unsubscribe · Preferences · Archive"
    assert without_closing_box([*story, footer]) == story


def test_a_last_line_naming_the_texts_licence_is_the_sites_notice() -> None:
    from briefkit.importer.storytrim import footer_line, trimmed

    story = [
        "The mill turns on Saturdays, when a volunteer miller is there to show visitors round.",
        "Flour milled on the day is sold in the old storehouse.",
    ]
    notice = "All text here may be shared under a Creative Commons Attribution licence."
    assert footer_line(notice)
    assert trimmed([*story, notice], "The mill") == story
    # a story about the licence, at length, is no notice
    assert not footer_line(("The museum put its photographs under Creative Commons, " * 4).strip())


def test_a_calendar_box_between_the_story_s_paragraphs_leaves_a_copied_story() -> None:
    box = ["Dates on the islands", "16.05. Flea market at the quay", "Sat 23 May Choir in the chapel"]
    body = [STORY[0], *box, *STORY[1:]]
    assert trimmed(body, HEADLINE) == STORY
    # announced by the story's paragraph, or written as sentences: the story's own dates
    announced = [STORY[0].removesuffix(".") + " on these days:", *box[1:], *STORY[1:]]
    assert trimmed(announced, HEADLINE) == announced
    timeline = [STORY[0], "16.05. The first winter boat leaves.", "23.05. The quay reopens.", *STORY[1:]]
    assert trimmed(timeline, HEADLINE) == timeline
