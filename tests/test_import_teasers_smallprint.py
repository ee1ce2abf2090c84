"""Teasers closed by a lone "more" link, a contact form's privacy notice and a file link with its size last."""

from __future__ import annotations

from briefkit.importer import boilerplate, siteselfnotes, smallprint, teasers

STORY = [
    "The harbour board met on Tuesday to decide how the old ferry pier should be repaired before winter.",
    "Engineers told the board that the pilings had rotted faster than expected after two wet summers.",
    "Further reading",
    "## Questions about the ferry timetable",
    "Which boats still run in the evening? Our overview answers the most common questions. more",
    "The board agreed to close the pier for six weeks and to run a bus between the two landings instead.",
    "Work starts in October, and the pier should reopen before the first frost, the chair said.",
]


def test_a_summary_closed_by_more_is_a_teaser() -> None:
    assert teasers.ends_in_more_link("Was gilt ab Montag? Hier finden Sie die neuen Regeln im Überblick. mehr")
    assert teasers.ends_in_more_link("A short look at the new tram line. Read more »")
    assert not teasers.ends_in_more_link("The council wanted to spend more")
    assert not teasers.ends_in_more_link("The tram will cost more. More than anyone thought.")


def test_the_teaser_goes_with_its_title_and_label_and_the_story_stays() -> None:
    kept = boilerplate.filter_blocks(STORY).kept
    assert kept == [STORY[0], STORY[1], STORY[5], STORY[6]]


def test_a_teaser_under_a_story_paragraph_takes_no_paragraph_with_it() -> None:
    assert teasers.teaser_start([STORY[0], STORY[4]], 1) == 1


def test_a_contact_forms_privacy_notice_is_small_print() -> None:
    assert smallprint.is_form_notice(
        "Wenn Sie uns über das Kontaktformular schreiben, speichern wir Ihre Angaben, bis die Anfrage erledigt ist. "
        "Ohne Ihre Einwilligung geben wir sie nicht weiter."
    )
    assert smallprint.is_form_notice(
        "By sending this contact form you agree that your personal data is stored to answer your message."
    )
    assert smallprint.is_form_notice(
        "J'accepte que mes données personnelles soient utilisées selon la politique de confidentialité."
    )
    # a longer notice, spoken as the reader ticking the box all through it
    assert smallprint.is_form_notice(
        "Ich habe die Datenschutzerklärung gelesen. Meine Angaben dürfen gespeichert werden, um mir zu antworten. "
        "Meine Einwilligung kann ich jederzeit widerrufen. Danach werden die Daten gelöscht."
    )


def test_a_story_about_privacy_is_no_notice() -> None:
    assert not smallprint.is_form_notice(
        "The regulator said the bank had stored personal data without the consent of its customers for years."
    )
    assert not smallprint.is_form_notice("Ihre Einwilligung ist nötig, sagte die Ärztin.")
    # a founder's account of the work, in four sentences, addressing the reader at its close
    assert not smallprint.is_form_notice(
        "We listed every form that collects personal data and rebuilt our consent pages. It took two weekends. "
        "Nobody on the team minded. Do the same for your own app before the auditors knock."
    )


def test_a_file_link_with_its_size_last_is_furniture() -> None:
    line = "Themen dieser Folge: der neue Fahrplan, die Baustelle am Hafen, die Fähre im Winter Download (88 KB)"
    assert siteselfnotes.is_site_note(line, len(boilerplate.words(line)))
    assert boilerplate.is_interface_line(line)
    assert not boilerplate.is_interface_line(
        "Die Stadt stellt den Plan (2 MB) ins Netz, und die Bürger können ihn bis Ende Mai kommentieren."
    )


def test_a_credit_line_opened_by_the_caption_bar_is_a_credit() -> None:
    from briefkit.importer import credits
    from briefkit.importer.textpictures import extract_images

    assert credits.credit_from_line("| © Jane Roe / Harbour Pictures") == "Jane Roe / Harbour Pictures"
    assert credits.credit_from_line("| The ferry leaves at nine") is None
    kept, images, _ = extract_images(
        ["The new boots lace up to the ankle and keep the heel in place.", "| © Jane Roe / Harbour Pictures"]
    )
    assert kept == [] and images[0].caption.startswith("The new boots")


POSTS = [
    "The studio designs packaging and catalogues for clients along the coast.",
    "From our blog",
    "Hello from the dunes!",
    "Our first post is finally online. You may ask why the world needs one more blog ...",
    "A prize for the travel catalogue.",
    "Good news reached us from the fair in spring, where the catalogue “Coast for everyone” ...",
]


def test_titled_excerpts_cut_off_after_a_word_are_a_list_of_posts() -> None:
    assert teasers.excerpt_lists(POSTS) == [(1, 6)]
    assert boilerplate.filter_blocks(POSTS).kept == [POSTS[0]]


def test_one_paragraph_trailing_off_is_the_storys_own() -> None:
    assert teasers.excerpt_lists(POSTS[:4]) == []
    assert teasers.excerpt_lists(["A title", "The excerpt stops here...", "Another", "And here…"]) == []


def test_two_lines_in_capitals_in_a_row_are_tabs() -> None:
    from briefkit.importer import shoutedtabs

    page = [
        "The shop now sends its return labels by e-mail instead of printing them.",
        "OUR STEPS TOWARDS LESS PAPER",
        "HOW TO SEND A PARCEL BACK",
        "WHY THE BOXES CHANGED",
        "The boxes are made from the paper the branches collect.",
    ]
    assert shoutedtabs.shouted_runs(page) == [(1, 4)]
    assert boilerplate.filter_blocks(page).kept == [page[0], page[4]]


def test_one_heading_in_capitals_stays() -> None:
    from briefkit.importer import shoutedtabs

    story = ["THE NEW BOXES", "The boxes are made from recycled paper.", "WHAT COMES NEXT", "More changes follow."]
    assert shoutedtabs.shouted_runs(story) == []
    assert shoutedtabs.shouted_runs(["NATO", "EU", "UN"]) == []  # abbreviations, no tabs


def test_titles_with_their_comments_counted_end_the_story() -> None:
    from briefkit.importer import storytail

    story = [
        "The parcel arrived a few days later and held a folder, a booklet and ten trial discs for friends.",
        "Installing the program on the old computer took an hour, and the first scan ran through the night.",
        "On the laptop it ran without a pause, so a newer machine is what the program really wants.",
        "A visit to the bakery test (7)",
        "Winter design and a new project (5)",
        "Trying products for free (6)",
        "## Week five",
        "The theme this week is the senses, and I fell behind with it.",
    ]
    assert storytail.counted_teaser(story[3])
    assert not storytail.counted_teaser("Germany (12)")  # a table's entry, not a title
    assert not storytail.counted_teaser("The region reported new cases on Monday. (12)")
    assert storytail.tail_start(story) == 3


def test_a_year_or_a_tables_row_in_brackets_is_no_count() -> None:
    from briefkit.importer import storytail

    assert not storytail.counted_teaser("Journal of Coastal Studies 12, 4-9 (2019)")
    assert not storytail.counted_teaser("Points in the season\t15 (29)\t7 (95)")
