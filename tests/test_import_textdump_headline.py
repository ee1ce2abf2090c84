"""Which line of a copied page is the headline: the menus, teasers and labels around it are not.

The dumps are written for these tests in the shapes real pages give: a menu whose entries share
the story's topic, a teaser that reads like a sentence just above the headline, a story set with
soft hyphens (the break points a page gives its words for justified text).
"""

from __future__ import annotations

from briefkit.importer.textdump import read_text_dump
from storytexts import PIER

STORY = PIER[:3]


def _dump(*parts: list[str]) -> str:
    return "\n".join(line for part in parts for line in part) + "\n"


def test_a_story_set_with_soft_hyphens_still_names_its_headline() -> None:
    menu = ["Home", "Harbour life", "Fishing boats and the harbour", "Ferries", "Share", "Email"]
    head = ["Pier rebuilt for the fishing fleet", "Ann Example", "Created: 4 hours ago", "4 min read"]
    hyphenated = [line.replace("rebuild", "re\u00adbuild").replace("fishing", "fish\u00ading") for line in STORY]
    hyphenated = [line.replace("pier", "pi\u00ader").replace("fleet", "fle\u00adet") for line in hyphenated]
    article = read_text_dump(_dump(menu, head, hyphenated, ["Imprint"]))
    assert article.title == "Pier rebuilt for the fishing fleet"


def test_the_same_headline_printed_again_with_soft_hyphens_is_read_once_without_them() -> None:
    head = ["Home", "News", "Pier rebuilt for the fishing fleet", "Pier re\u00adbuilt for the fish\u00ading fleet"]
    article = read_text_dump(_dump(head, ["4 May 2021"], STORY, ["Imprint"]))
    assert article.title == "Pier rebuilt for the fishing fleet"


def test_a_teaser_sentence_opening_the_prose_is_not_taken_for_the_headline() -> None:
    # the teaser ends with "!" and is long enough to read as prose, so the story's run starts at it;
    # it shares the story's words only with itself
    top = ["Clubs", "Training ideas", "Harbour festival online this year - join us at home!", "Login"]
    head = ["Fishing boats back at the north pier", "04.05.2021 • Harbour, Press"]
    article = read_text_dump(_dump(top, head, STORY, ["Back", "Imprint"]))
    assert article.title == "Fishing boats back at the north pier"


def test_a_headline_that_opens_with_an_ordinal_keeps_it() -> None:
    head = ["Home", "Events", "12. Harbour Day on the north pier", "4 May 2021"]
    article = read_text_dump(_dump(head, STORY, ["Imprint"]))
    assert article.title == "12. Harbour Day on the north pier"


def test_a_standfirst_under_the_byline_block_is_not_the_headline() -> None:
    head = [
        "Home",
        "Region",
        "Harbour:",
        "Pier saved?",
        "Region 4 May 2021 15:00 Write a comment",
        "by Ann Example",
        "About",
        "Author page of",
        "Close",
        "What will the board rebuild, and when will the north pier open again to the fishing boats?",
    ]
    article = read_text_dump(_dump(head, STORY, ["Imprint"]))
    assert article.title == "Pier saved?"


def test_the_date_glued_to_the_byline_under_the_headline_beats_a_teasers_date_above() -> None:
    teasers = ["Ferry timetable changes for the summer", "November 2, 2023", "Harbour"]
    head = ["Pier to be rebuilt before the season", "Ann ExampleNovember 6, 2023"]
    article = read_text_dump(_dump(["Home", "News"], teasers, head, STORY, ["Imprint"]))
    assert article.published is not None and article.published.isoformat()[:10] == "2023-11-06"


def test_authors_under_a_plural_label_are_each_named() -> None:
    head = ["Home", "Pier to be rebuilt before the season", "4 May 2021"]
    article = read_text_dump(_dump(head, STORY, ["Authors: Ann Example and Bo Sample", "Downloads", "Contact"]))
    assert article.authors == ("Ann Example", "Bo Sample")


def test_a_list_of_the_sites_posts_dates_the_story_by_its_headline() -> None:
    head = ["Home", "Pier to be rebuilt before the season", "Share"]
    comments = ["3 comments", "Ann", "13 May, 2021 at 01:10", "Good news for the boats at last, thank you for writing."]
    recent = [
        "Recent posts",
        "Pier to be rebuilt before the season 12 May, 2021",
        "Ferry timetable changes 8 April, 2021",
    ]
    article = read_text_dump(_dump(head, STORY, comments, recent, ["Imprint"]))
    assert article.published is not None and article.published.isoformat()[:10] == "2021-05-12"


def test_a_headline_printed_twice_with_its_date_deep_under_a_menus_blurbs_is_found() -> None:
    blurb = (
        "For forty years the harbour society has looked after the piers, the boats and the people who "
        "work on them, and it brings fishermen, ferry crews and visitors together at its yearly festival."
    )
    menu = ["Home", "Society", blurb, "Piers", "Boats", "Ferries", "Festival", "Archive", "Contact", "News"]
    head = ["Board votes to rebuild the north pier", "Harbour", "Board votes to rebuild the north pier", "04.05.2021"]
    article = read_text_dump(_dump(menu, head, STORY, ["Imprint"]))
    assert article.title == "Board votes to rebuild the north pier"


def test_a_labelled_signature_inside_the_story_beats_a_caption_under_the_headline() -> None:
    head = ["Home", "Board votes to rebuild the north pier", "04.05.2021"]
    story = [STORY[0], "Jon Sample, North Quay, Harbourtown.", *STORY[1:]]
    story += [
        "Author: Ann Example, head of the harbour office in the old town.",
        "The harbour office is open on weekdays, and the plans for the pier can be seen there from Monday.",
        "Questions about the tender can be sent to the office by letter or by mail until the end of June.",
    ]
    article = read_text_dump(_dump(head, story, ["Imprint"]))
    assert article.authors == ("Ann Example",)


def test_a_bare_name_right_over_the_headline_is_its_author_unless_the_headline_names_it() -> None:
    article = read_text_dump(_dump(["Home", "Travel", "Ann Example", "Eleven trips for the autumn"], STORY))
    assert article.authors == ("Ann Example",)
    topic = read_text_dump(_dump(["Home", "Travel", "Ann Example", "Example opens the harbour festival"], STORY))
    assert topic.authors == ()


def test_a_servers_error_messages_over_the_page_are_no_part_of_it() -> None:
    warning = (
        "Warning: Non-static method Gallery::render() should not be called statically in "
        "/var/www/site/plugins/gallery/functions.php on line 661"
    )
    others = [f"Older post number {n} about the harbour" for n in range(20)]
    head = ["Home", *others, "May 42021", "Pier to be rebuilt before the season", "Filed under: Harbour"]
    article = read_text_dump(_dump(head, [warning] * 40, STORY, [warning], ["Imprint"]))
    assert article.title == "Pier to be rebuilt before the season"
    assert "functions.php" not in article.body


def test_a_label_glued_to_a_quoted_headline_is_left_out() -> None:
    head = ["Home", "Harbour", 'The pier"We rebuild it before the boats come back"', "Ann Example in conversation"]
    article = read_text_dump(_dump(head, STORY, ["Imprint"]))
    assert article.title == '"We rebuild it before the boats come back"'


def test_of_a_headline_and_its_subtitle_both_short_the_upper_is_the_headline() -> None:
    head = ["Home", "Piers", "Boats", "The board votes on the pier", "North pier rebuilt for the fishing boats"]
    article = read_text_dump(_dump(head, STORY, ["Imprint"]))
    assert article.title == "The board votes on the pier"


WORKSHOP = [
    "In the workshop you turn your own bowl on the lathe, from a rough block of beech to a finished "
    "piece that you take home, and you learn how to sharpen and hold the gouges safely.",
    "The course runs over two afternoons for at most four people, so that everyone has a lathe of "
    "their own and the teacher can stand beside each of them while they work.",
    "Wood, tools and aprons are provided, and the price includes coffee and cake in the garden when "
    "the weather allows it.",
]


def test_a_small_sites_page_named_in_one_word_over_its_standfirst() -> None:
    menu = ["Home", "About", "Woodturning", "Carving", "Contact"]
    head = ["Woodturning", "Your own wooden bowl"]
    article = read_text_dump(_dump(menu, menu, head, WORKSHOP, ["Imprint"]))
    assert article.title == "Woodturning"


def test_a_one_word_page_name_the_story_opens_with_beats_a_menu_entry_far_above() -> None:
    menu = ["Services", "Joinery", "Workshop", "Workshop courses", "Repairs", "Contact"]
    story = ["The workshop " + WORKSHOP[0][3:], *WORKSHOP[1:]]
    article = read_text_dump(_dump(menu, ["Search"], menu, ["Clients", "Blog", "Workshop"], story, ["Imprint"]))
    assert article.title == "Workshop"


def test_a_one_word_section_over_a_dated_headline_stays_a_kicker() -> None:
    menu = ["Home", "Harbour", "Ferries", "Weather"]
    head = ["Harbour", "Pier rebuilt for the fishing fleet", "4 May 2021"]
    article = read_text_dump(_dump(menu, head, STORY, ["Imprint"]))
    assert article.title == "Pier rebuilt for the fishing fleet"


def test_two_teasers_run_together_by_a_wide_gap_are_not_the_headline() -> None:
    # a row of product teasers set side by side, copied as one line with several spaces between them,
    # shares the story's words more than the page's own heading does
    menu = ["Home", "Piers", "Boats", "Contact"]
    row = ["North pier fishing boats  Harbour board pier tours", "The board rebuilds the pier"]
    article = read_text_dump(_dump(menu, row, STORY, ["Imprint"]))
    assert article.title == "The board rebuilds the pier"


def test_a_headline_the_page_prints_again_after_its_trail_is_no_standfirst() -> None:
    # the credit line above the headline shares the story's words; the headline is the line the page
    # prints a second time, run into the trail of sections that leads to it
    title = "Fishing fleet gets its north pier back as the harbour board votes to rebuild"
    head = ["Home", "Coast", f"Home Coast {title}", "North Coast Harbour Board (NCHB)", "Coast", title]
    article = read_text_dump(_dump(head, STORY, ["Imprint"]))
    assert article.title == title


def test_a_short_headline_over_its_subtitle_named_again_at_the_pages_foot() -> None:
    # the subtitle shares more of the story's words; the trail at the foot of the page names the headline
    menu = ["Home", "Piers", "Ferries", "Weather"]
    head = ["Pier renewal", "How fishing boats get the north pier back, and who pays"]
    foot = ["Home", "Piers", "Pier renewal", "Imprint"]
    article = read_text_dump(_dump(menu, head, STORY, foot))
    assert article.title == "Pier renewal"


def test_a_headline_right_over_a_long_subtitle_that_speaks_of_the_story_more() -> None:
    # the headline is a figure of speech the story never repeats; the subtitle under it retells the story
    menu = ["Home", "Piers", "Ferries", "Weather"]
    head = ["Old timber meets the cold sea", "How the harbour board voted to rebuild the north pier for the boats, and who pays"]
    article = read_text_dump(_dump(menu, head, ["Coast", "Coast"], STORY, ["Imprint"]))
    assert article.title == "Old timber meets the cold sea"


def test_a_short_headline_with_a_full_stop_under_its_dated_byline() -> None:
    # a blog's theme prints the byline over the title, and the title ends with a full stop
    top = ["Skip to content", "Harbour notes", "A blog from the north coast", "Menu", "Imprint", "Contact"]
    head = ["Posted on 4 May 2021 by Ann Example", "Our pier is back: the board votes yes."]
    article = read_text_dump(_dump(top, head, STORY, ["Imprint"]))
    assert article.title == "Our pier is back: the board votes yes."


def test_a_kicker_the_page_sets_apart_once_is_not_part_of_the_headline() -> None:
    # the headline line joins kicker and headline with a colon; the page prints them again as two
    # elements, the colon between them set apart by spaces
    head = ["Home", "Coast", "Storm damage: Fishing boats get their north pier back", "4 May 2021"]
    again = ["Storm damage : Fishing boats get their north pier back"]
    article = read_text_dump(_dump(head, again, STORY, ["Imprint"]))
    assert article.title == "Fishing boats get their north pier back"


def test_a_french_colon_alone_keeps_the_whole_headline() -> None:
    head = ["Accueil", "Côte", "Tempête : la jetée nord rouverte aux bateaux de pêche", "4 mai 2021"]
    article = read_text_dump(_dump(head, STORY, ["Imprint"]))
    assert article.title == "Tempête : la jetée nord rouverte aux bateaux de pêche"


def test_a_subtitle_run_into_the_headline_is_cut_where_the_page_prints_them_apart() -> None:
    head = ["Home", "Harbour", "North Pier Reopened Back In Business?", "4 May 2021"]
    foot = ["More from the coast", "North Pier Reopened", "Back In Business?", "Imprint"]
    article = read_text_dump(_dump(head, STORY, foot))
    assert article.title == "North Pier Reopened"


def test_a_headline_the_page_wraps_over_two_lines_elsewhere_stays_whole() -> None:
    head = ["Home", "Harbour", "Fishing boats get their north pier back", "4 May 2021"]
    foot = ["More from the coast", "Fishing boats get their", "north pier back", "Imprint"]
    article = read_text_dump(_dump(head, STORY, foot))
    assert article.title == "Fishing boats get their north pier back"


def test_a_label_over_a_long_dated_headline_is_not_taken_for_it() -> None:
    # a section label of four words right over a long headline that has its dateline under it
    title = "The harbour board votes to rebuild the north pier for the fishing boats before next winter"
    head = ["Home", "Coast", "Weekend reading long form", title, "4 May 2021"]
    article = read_text_dump(_dump(head, STORY, ["Imprint"]))
    assert article.title == title


def test_a_menu_row_set_with_double_colons_is_not_the_headline() -> None:
    # an old portal's menu, its entries joined by " :: ", over the dateline and the headline
    head = ["Harbour Town Portal", "Home :: Harbour :: North pier :: Fishing boats :: Links", "04.05.2021 10:12 | Coast"]
    article = read_text_dump(_dump(head, ["Fishing boats get their north pier back"], STORY, ["Imprint"]))
    assert article.title == "Fishing boats get their north pier back"


def test_the_name_the_copyright_line_gives_is_not_the_headline() -> None:
    # the publisher's name over the menu, said again by the story's first sentence and by the footer
    owner = "Harbour Board of the North Pier"
    head = ["Skip to content", owner, "Home", "About", "Press", "Press release 12/2021 of 4 May 2021"]
    lead = [f"The {owner} voted on Tuesday to rebuild the north pier, which storms damaged badly last winter."]
    article = read_text_dump(_dump(head, ["Pier to be rebuilt"], lead, STORY, [f"© 2021 {owner}", "Imprint"]))
    assert article.title == "Pier to be rebuilt"


def test_a_headline_about_subscribers_is_no_sign_up_notice() -> None:
    # the word a site's "for subscribers only" label uses, in a headline of nine words about them
    title = "Nouvelle jetée nord : ce qui change pour les abonnés"
    head = ["Accueil", "Côte", "S'abonner", title, "Par Ann Example", "Publié le 04/05/2021 à 10h00"]
    sections = ["Sommaire", "Pourquoi reconstruire ?", "Qui paie ?", "Pourquoi reconstruire ?", STORY[0]]
    article = read_text_dump(_dump(head, sections, ["Qui paie ?"], STORY[1:], ["Imprint"]))
    assert article.title == title


def test_a_headline_under_its_date_keeps_its_place_over_a_button_above_the_date() -> None:
    # a trader's blog: the menu ends in a call to action, the post's category and date, then its title
    menu = ["Harbour Works Ltd", "Home", "Piers", "Slipways", "Contact", "Book a free pier survey"]
    head = ["Piers Posted 04/05/2021", "Can an old timber pier take concrete posts? What we found on the north pier"]
    article = read_text_dump(_dump(menu, head, STORY, ["Imprint"]))
    assert article.title == "Can an old timber pier take concrete posts? What we found on the north pier"


def test_a_headline_over_its_byline_and_date_still_wins_over_the_standfirst_under_them() -> None:
    head = ["Home", "Coast", "Pier rebuilt for the fishing fleet", "4 May 2021 10:00", "By Ann Example"]
    standfirst = ["Why the harbour board wants the north pier back before the fishing season starts"]
    article = read_text_dump(_dump(head, standfirst, STORY, ["Imprint"]))
    assert article.title == "Pier rebuilt for the fishing fleet"



def test_a_mastheads_name_is_its_owners_though_the_copyright_notice_drops_its_article() -> None:
    from briefkit.importer.headlinerepeats import names_owner

    # the masthead prints "The …"; the company's notice at the foot does not
    units = ["The Harbour Courier", "News", "Opinion", *STORY, "About us", "© 2021 Harbour Courier Media Ltd."]
    assert names_owner(units, 3 + len(STORY), "The Harbour Courier")
    assert names_owner(units, 3 + len(STORY), "Harbour Courier")
    assert not names_owner(units, 3 + len(STORY), "The harbour board votes")



def test_a_metered_paywalls_count_of_free_reads_is_no_headline() -> None:
    # the headline shares no word with the story; the count shares two with the paywall's notice in it
    head = ["Home", "Coast", "Sign in", "You have 0 of 3 free articles left this month", "Harbour"]
    head += ["From salt and ice to concrete: a second life on the quay"]
    gate = ["You have read all of the free articles we can give you this month, and we thank you for it."]
    article = read_text_dump(_dump(head, STORY[:1], gate, STORY[1:], ["Imprint"]))
    assert article.title == "From salt and ice to concrete: a second life on the quay"


def test_a_label_of_a_few_words_over_a_long_headline_with_its_standfirst_under_it_is_no_headline() -> None:
    # the series' label stands over the headline; the standfirst, a full sentence, stands right under it
    menu = ["Home", "Local", "Business", "Sport", "Farming", "Notices"]
    # (the label's words come back in the reporter's title under the standfirst)
    head = [
        "Harbour Reporting",
        "Harbour board votes to rebuild the north pier – but the fishing season will start late",
        "The board was split on whether the town can afford the harbour work this year.",
        "Jane Roe Harbour Reporter",
        "08:30, Mar 04 2025",
    ]
    assert read_text_dump(_dump(menu, head, STORY)).title == head[1]

