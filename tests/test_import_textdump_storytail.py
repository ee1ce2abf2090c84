"""The boxes under a copied story that end it by their shape: a list of other stories with their
dates after their titles, and readers' comments under their writers' names and posting times.

The dumps are written for these tests, in the shapes real pages give.
"""

from __future__ import annotations

import storytexts
from briefkit.importer.storytail import comment_signature, dated_teaser, signed_above, story_goes_on, tail_start
from briefkit.importer.textdump import read_text_dump

STORY = storytexts.ISLAND_ROUTE


def _import(tail: list[str]) -> str:
    return read_text_dump("\n".join(STORY + tail) + "\n").body


def test_a_list_of_dated_teasers_under_the_story_ends_it() -> None:
    body = _import(
        [
            "More news",
            "Harbour crane back in service (6/1/2024)",
            "Library extends its opening hours 2 hours ago",
            "Seen something on the island?",
            "Send a photo or a short note about it to the desk, and a reporter will look into it.",
        ]
    )
    assert "fares would stay the same" in body
    # what the page prints under the list is its too, a sentence though it is
    assert "Library extends" not in body and "short note" not in body


def test_one_dated_teaser_under_a_box_heading_ends_the_story() -> None:
    body = _import(
        [
            "Our other reports",
            "Water and the cities: a study – 15/01/2024",
            "Stay informed",
            "Once a month a letter tells what the volunteers did on the island and what comes next.",
        ]
    )
    assert "Water and the cities" not in body and "Once a month" not in body
    assert "fares would stay the same" in body


def test_readers_comments_under_names_and_times_end_the_story() -> None:
    body = _import(
        [
            "Readers write",
            "harbourfan wrote on 6/3/2024 6:05 PM:",
            "About time, the old schedule never worked for anyone.",
            "Mia K. (03.06.2024 19:12): The Saturday boat is welcome news.",
        ]
    )
    assert "About time" not in body and "Saturday boat" not in body
    assert "fares would stay the same" in body


def test_a_dated_list_the_story_announces_stays() -> None:
    body = _import(
        [
            "The timetable has changed three times since the route opened:",
            "The first boat sailed on 4 May 1998",
            "A faster boat came on 1 June 2009",
            "The fares were last raised on 2 January 2020",
        ]
    )
    assert "A faster boat came on 1 June 2009" in body
    assert not dated_teaser("Mathieu, Jane: Ferries 1903 – 1971. Online, retrieved 29.09.2021")  # a reference


def test_the_shapes_one_by_one() -> None:
    assert dated_teaser("Harbour crane back in service (6/1/2024)")
    assert dated_teaser("Handball: town side misses promotion 11.05.2024, von Jana Roe")
    assert not dated_teaser("The ferry sailed on 4 June 2024.")  # a sentence
    assert not dated_teaser("4 June 2024")  # a date alone: no title before it
    assert comment_signature("reader77 12.05.2024 um 21:03")
    assert comment_signature("Mia K. (03.06.2024 19:12): The Saturday boat is welcome news.")
    assert not comment_signature("Update, 3 June 2024, 10:15: the ferry has left.")  # the story's own note
    assert not comment_signature("The meeting on 3/6/2024 at 7:00 PM drew two hundred people to the hall.")


def test_the_story_above_half_its_words_is_not_cut() -> None:
    body = ["Short opening line here.", "Harbour crane back in service (6/1/2024)", "Library opens later 6/2/2024"]
    body += ["A long paragraph of the story itself, " * 10 + "which goes on."]
    assert tail_start(body) == len(body)


def test_a_note_on_the_writer_whose_byline_ran_into_its_date_leaves_the_story() -> None:
    head = ["Ada Quill3 Jun 2024"]
    body = ["A paragraph of the column.", "Ada Quill is a novelist and teaches at the village school."]
    assert signed_above(body, head) == ("Ada Quill",)
    # a person the story names last, whom no short line above the story signs, is the story's
    assert signed_above(["A paragraph.", "Ben Roe is the third mayor to resign this year."], head) == ()
    dump = [
        "Opinion",
        "Keep the reading room open in the evenings",
        "Ada Quill3 Jun 2024",
        "The village council decided last month that the library would close at noon from the autumn on.",
        "A reading room is the only warm place with free internet where a teenager can do homework.",
        "The saving is smaller than what the council spends on the summer fair every single year.",
        "I hope the council changes its mind before the first evening without the reading room comes.",
        "Ada Quill is a novelist and teaches at the village school.",
    ]
    story = read_text_dump("\n".join(dump) + "\n").body
    assert "teaches at the village school" not in story
    assert "changes its mind" in story


def test_a_box_of_dated_links_set_into_the_story_does_not_end_it() -> None:
    # a box of links under the story's bulk: the story goes on under it, for paragraphs of its own
    dump = STORY + [
        "Island life",
        "Harbour: the crane is back in service 01.06.2024",
        "School: a new roof before the winter 28.05.2024",
        "Commuters had written to the operator for months, and a petition gathered more than two thousand names "
        "before the decision was taken.",
        "The mayor welcomed the change and said she hoped the railway would now move its first train to match.",
    ]
    body = read_text_dump("\n".join(dump) + "\n").body
    assert "a petition gathered" in body and "The mayor welcomed" in body


def test_a_sign_up_box_between_two_paragraphs_does_not_end_the_story() -> None:
    # a newsletter's own post: the box after its third paragraph, two more paragraphs of the post under it
    dump = STORY + [
        "Ferry staff will be retrained over the spring so that the earlier crossing can be crewed without overtime "
        "for anyone, the operator added in its statement to the island council.",
        "Islanders who work night shifts on the mainland said the change would make their mornings harder, not easier.",
        "Thanks for reading Island Notes! Subscribe for free to receive new posts.",
        "Subscribe",
        "So what happens next? The operator will publish the new timetable in the second week of June.",
        "Until then the old one stands, and the early boat still leaves at a quarter past seven.",
        "Share",
        "3 Comments",
    ]
    body = read_text_dump("\n".join(dump) + "\n").body
    assert "publish the new timetable" in body and "the early boat still leaves" in body
    assert "Thanks for reading" not in body


def test_prose_under_the_pages_footer_is_not_the_story_going_on() -> None:
    dump = STORY + [
        "Tags:",
        "Ferries · Island · Timetables",
        "© 2024 Island Notes | Imprint | Privacy",
        "Sources: the operator's press office and our own reporting on the island over several years.",
        "The information was correct on the day it was published and may have changed since then.",
    ]
    body = read_text_dump("\n".join(dump) + "\n").body
    assert "fares would stay the same" in body
    assert "may have changed since then" not in body


def test_a_quote_closing_in_its_own_mark_and_a_note_under_the_run_leave_the_story_going_on() -> None:
    # a tip box and a chapter's subheading inside the story; under them two paragraphs, the first ending
    # on a German closing quote, and the page's line about its corrections closing the run
    units = [
        "Die Fähre zur Insel fährt ab Juli eine halbe Stunde früher, teilte die Reederei am Montag mit.",
        "Pendler hatten sich seit Monaten beschwert, weil sie den ersten Zug am Festland verpassten.",
        "Am Samstag kommt im Sommer ein zweites Schiff hinzu, wenn die meisten Gäste anreisen.",
        "Sie wissen mehr? Schreiben Sie uns vertraulich.",
        "Wie es weitergeht",
        "Die Bürgermeisterin begrüßte den Schritt. „Jetzt muss auch die Bahn ihren ersten Zug anpassen.“",
        "Die Reederei will den neuen Fahrplan in der zweiten Juniwoche veröffentlichen.",
        "Sie haben einen Fehler gefunden? Unsere Korrekturen stehen hier.",
    ]
    values = [40, 40, 40, -3, -2, 30, 30, 9]
    assert story_goes_on(units, values, 3, 5, 8)
    # a short line of the story's own under them is no page's note: the run does not go on past it
    assert not story_goes_on(units[:7] + ["Mehr davon im Winter"], values, 3, 5, 8)


def test_a_month_abbreviated_with_its_point_dates_a_teaser() -> None:
    # "Nov. 12, 2026": the date's own point closes no sentence
    assert dated_teaser("Harbour Board Weighs a Second Ferry Nov. 12, 2026")
    assert dated_teaser("Le port rouvre son quai nord 3 déc. 2026")
    assert not dated_teaser("The board met. It chose a new ferry Nov. 12, 2026")  # a sentence before the date
    body = _import(
        [
            "More on the islands",
            "Harbour Board Weighs a Second Ferry Nov. 12, 2026",
            "The Quay That Could Remake the Town Oct. 30, 2026",
        ]
    )
    assert "Second Ferry" not in body and "Remake the Town" not in body
    assert "fares would stay the same" in body


def test_dated_titles_with_a_stop_inside_going_back_in_time_end_the_story() -> None:
    tail = [
        "Recommended",
        "The old pier is closed for good. Who will pay for the repairs now 24 May 2024",
        "Harbour dues: will the new rates hold through the busy summer season? 18 May 2024",
        "A long winter on the island. Notes from the lighthouse keeper and her dog 11 May 2024",
    ]
    assert tail_start(STORY[3:] + tail) == len(STORY[3:])
    body = _import(tail)
    assert "fares would stay the same" in body
    assert "Who will pay for the repairs" not in body


def test_a_storys_own_dated_lines_counting_forward_stay() -> None:
    lines = ["Phase one. Survey of the pier 3 March 2024", "Phase two. Repairs begin 9 April 2024"]
    assert tail_start(STORY[3:] + lines) == len(STORY[3:]) + 2


def test_a_thread_longer_than_the_story_under_its_counted_heading_ends_the_story() -> None:
    from briefkit.importer.storytail import thread_start

    story = storytexts.PIER
    thread = ["Discussion (5 posts)", "Only members may post here. Posts that break the rules are removed."]
    posts = [
        "Finally. I have waited for this pier for years, and the old one was a danger to every child on it.",
        "Who will pay for it in the end? The board never says, and the harbour dues go up every spring.",
        "Two million is a lot for some planks. They should have asked the boatyard, it would cost half.",
        "The fishermen deserve it. They have moored at the ferry landing long enough, in every kind of weather.",
        "Let us see whether the work starts in autumn at all. I would bet on next year, as always here.",
    ]
    for k, name in enumerate(["sam_poe", "Ada Q.", "harbour77", "Joe", "mira.k"]):
        thread += [f"{name} 3. 6. 2024 18:{10 + k}", posts[k]]
    units = ["Ferry timetable changes for the island route", "By Ada Quill", *story, *thread]
    values = [-2, -3] + [50] * len(story) + [-2, 9] + [-3, 40] * 5
    assert thread_start(units, values, 2, len(units)) == 2 + len(story)
    body = read_text_dump("\n".join(units) + "\n").body
    assert story[-1] in body
    assert "Only members may post" not in body
    assert "boatyard" not in body


def test_two_readers_comments_under_the_story_end_it() -> None:
    # the shortest thread: two signatures naming two readers, a short post under each
    body = _import(
        [
            "Island councillors welcomed the timetable, which they had asked for since the winter service was cut.",
            "The harbour master said the quay would be repaired before the first Sunday crossing in the spring.",
            "A survey of residents last year found that most of them would use a Sunday boat at least once a month.",
            "The operator will publish the full summer timetable on its website and at the ticket office next week.",
            "Until then the Saturday boats keep their winter times, leaving the island at seven and returning at six.",
            "Reader comments",
            "quay_walker 3.6.2024, 09:12",
            "About time the ferry ran on Sundays again.",
            "islandgran 3.6.2024, 11:40",
            "Still too dear for a family of four, if you ask me.",
        ]
    )
    assert "fares would stay the same" in body and "once a month" in body
    assert "Sundays again" not in body and "family of four" not in body


def test_one_reporter_signing_two_entries_is_no_thread() -> None:
    from briefkit.importer.storytail import _two_readers

    same = ["Jane Roe 3.6.2024, 09:12", "The ferry left late.", "Jane Roe 3.6.2024, 11:40"]
    assert not _two_readers(same, [0, 2])
    long_post = ["quay_walker 3.6.2024, 09:12", "word " * 70, "islandgran 3.6.2024, 11:40"]
    assert not _two_readers(long_post, [0, 2])
    two = ["quay_walker 3.6.2024, 09:12", "About time.", "islandgran 3.6.2024, 11:40"]
    assert _two_readers(two, [0, 2])
