"""Byline forms a copied page prints under its headline or around its story, beyond the
capitalised "Jane Roe" that the name-shape rules take.

Each dump is written for the test (no publisher's text); each case is a shape real pages have.
"""

from __future__ import annotations

import storytexts
from briefkit.importer.inlinebylines import find_byline
from briefkit.importer.textdump import read_text_dump

_STORY = storytexts.FERRY


def _dump(under_headline: str) -> str:
    return f"Home\nNews\nContact\nThe ferry runs again\n{under_headline}\n{_STORY}Imprint\n"


def test_a_nickname_after_by_with_a_date_signs_the_story() -> None:
    # a one-word nickname is no name by shape, but "by … on <date>" under the headline is a byline
    assert read_text_dump(_dump("by kiwi on March 4, 2019")).authors == ("kiwi",)


def test_a_user_name_before_the_date_signs_the_story() -> None:
    assert read_text_dump(_dump("harbourfan — 2 March 2022")).authors == ("harbourfan",)
    assert read_text_dump(_dump("sailor77 | 02.03.2022")).authors == ("sailor77",)


def test_a_capitalised_word_before_the_date_is_a_section_not_a_signature() -> None:
    # "Local — 2 March 2022": a section label beside the date, no one signs
    assert read_text_dump(_dump("Local — 2 March 2022")).authors == ()


def test_a_small_word_without_a_date_signs_nothing() -> None:
    assert read_text_dump(_dump("harbourfan — ferries")).authors == ()


def _blog(closing: str) -> str:
    # a blog post with no byline under its headline; its signature, then the blog's furniture
    return f"The ferry runs again\n{_STORY}{closing}\nNo comments:\nPost a comment\nNewer post\nOlder post\nHome\n"


def test_a_blogs_posted_by_line_closing_the_story_signs_it() -> None:
    # a nickname with its article, which no name-shape rule takes; in capitals, as some blogs print it
    assert read_text_dump(_blog("EINGESTELLT VON DER HAFENFREUND UM 09:30")).authors == ("Der Hafenfreund",)
    assert read_text_dump(_blog("Publicado por La Gaviota a las 9:30")).authors == ("La Gaviota",)


def test_a_name_over_a_date_closing_the_story_signs_it() -> None:
    assert read_text_dump(_blog("Jane Roe\n10 May 2017")).authors == ("Jane Roe",)


def test_a_posted_line_without_its_hour_or_with_a_menu_word_signs_nothing() -> None:
    assert read_text_dump(_blog("Posted by the harbour")).authors == ()
    assert read_text_dump(_blog("Posted by Home at 21:11")).authors == ()


def test_a_forum_user_name_glued_to_the_date_signs_the_post() -> None:
    assert read_text_dump(_dump("harbourfan02.03.2214:05")).authors == ("harbourfan",)
    # a capitalised word glued to a date is a label, not a user
    assert read_text_dump(_dump("Harbour02.03.2214:05")).authors == ()


def test_a_name_before_a_published_field_signs_past_the_captions() -> None:
    # the byline stands under the standfirst, two captions and the topic labels
    dump = (
        "Home\nNews\nThe ferry runs again\n"
        "After months of work on the pier the operator brings back the old timetable from Monday.\n"
        "The ferry at the pier on Tuesday morning.\nPassengers waiting at the harbour.\n"
        "Islands\nHarbour\nTransport\n"
        "Jane Roe | Publicado hace 3 horas\n" + _STORY + "Imprint\n"
    )
    assert read_text_dump(dump).authors == ("Jane Roe",)


def test_a_keyword_inside_a_word_starts_no_byline() -> None:
    # "Die" and "DIESES" begin with the letters of a byline keyword; no one signs there
    assert find_byline("Die Harbour NEWS-App") == ()
    assert find_byline("DIESES BLOG DURCHSUCHEN") == ()
    # a keyword the layout glued to a name still signs ("vonJane Roe")
    assert find_byline("Veröffentlicht vonJane Roe") == ("Jane Roe",)


def _personal_site(top: str, foot: str) -> str:
    # a one-person site: its name over the menu, an essay with no byline, the notice at the foot
    return f"{top}\nEssays\nAbout me\nThe ferry runs again\n{_STORY}Contact\n{foot}\n"


def test_the_person_a_site_is_named_after_and_holds_its_copyright_writes_its_pages() -> None:
    assert read_text_dump(_personal_site("ada lindqvist photography", "© Ada Lindqvist")).authors == ("Ada Lindqvist",)
    # the notice in capitals among the foot's links, the name alone over the menu
    foot = "IMPRINT | PRIVACY | COPYRIGHT ADA LINDQVIST | MADE WITH CARE"
    assert read_text_dump(_personal_site("Ada Lindqvist", foot)).authors == ("Ada Lindqvist",)


def test_a_copyright_notice_alone_or_a_company_at_the_top_names_no_writer() -> None:
    # the notice's person is not the site's name: a photographer's credit, as often as a writer
    assert read_text_dump(_personal_site("Harbour News", "© 2021 Ada Lindqvist")).authors == ()
    # the site's name is a company's, and so is the notice
    assert read_text_dump(_personal_site("Harbour Media", "© 2021 Harbour Media GmbH")).authors == ()
    # a company named at the top and in the notice, its legal form after the name
    assert read_text_dump(_personal_site("Harbour Media GmbH", "© 2021 Harbour Media GmbH")).authors == ()


def _blog_with_comments(heads: list[str]) -> str:
    # a post with no byline at all, then its comments, each under a "<name> says:" line
    comments = "".join(
        f"{head}\nThanks for the post, the ferry times help a lot this summer.\nReply\n" for head in heads
    )
    return f"Home\nAbout\nThe ferry runs again\n{_STORY}3 thoughts on the ferry\n{comments}Leave a reply\n"


def test_the_name_answering_most_of_a_blogs_comments_writes_the_post() -> None:
    heads = ["Tom Ash says:", "Ada Lindqvist sagt:", "Ben Holm says:", "Ada Lindqvist sagt:", "Ada Lindqvist sagt:"]
    assert read_text_dump(_blog_with_comments(heads)).authors == ("Ada Lindqvist",)


def test_a_few_or_a_small_share_of_comments_make_no_author() -> None:
    # two answers are a conversation, not the author answering each reader
    assert read_text_dump(_blog_with_comments(["Tom Ash says:", "Ada Lindqvist says:"] * 2)).authors == ()
    # three among a long thread: one keen reader
    many = [f"Reader {name} says:" for name in "Abel Boas Cato Dora Emil Finn Gert Hans Ida Jon".split()]
    assert read_text_dump(_blog_with_comments(many + ["Ada Lindqvist says:"] * 3)).authors == ()


def test_a_first_name_over_the_pages_date_closing_the_story_signs_it() -> None:
    assert read_text_dump(
        _blog("Greetings to all of you on the islands, and see you on board!\nMaja\n10 May 2017")
    ).authors == ("Maja",)


def test_a_heading_over_another_date_closing_the_story_signs_nothing() -> None:
    # the page is dated under its headline; the word over a later day heads an event's programme
    dump = f"Home\nThe ferry runs again\n2 March 2020\n{_STORY}Programme\n30 March 2020\nImprint\n"
    assert read_text_dump(dump).authors == ()
    # a month's or a weekday's name over the date is the date's own word
    assert read_text_dump(_blog("Monday\n10 May 2017")).authors == ()


def test_a_table_row_under_the_headline_names_nobody() -> None:
    # an infobox copied as tab-parted cells: "Kind<TAB>Watermill" has a name's shape, not a byline's
    assert read_text_dump(_dump("From the harbour wiki\nKind\tWatermill\nBuilt\t1861")).authors == ()


def test_an_author_label_of_several_words_in_the_footer_names_the_writer() -> None:
    dump = f"Home\nThe ferry runs again\n{_STORY}Author of the first version: Henrike Sollmann\nImprint\n"
    assert read_text_dump(dump).authors == ("Henrike Sollmann",)


def test_a_user_name_over_the_posters_details_signs_a_forum_post() -> None:
    box = "Page 1 of 2 · 9 replies\nharbourfan_71\nMember since: 03/2016\nPosts: 88\nPosted: Tue 4 Mar 2025, 08:12"
    assert read_text_dump(_dump(box)).authors == ("harbourfan_71",)


def test_a_word_over_undated_fields_signs_nothing() -> None:
    # a fact box ("Length: 40 m", "Operator: the town") has the fields but no day a post went up
    assert read_text_dump(_dump("Facts at a glance\nferry2\nLength: 40 m\nOperator: the town")).authors == ()


def test_a_label_over_the_headline_that_the_story_names_signs_nothing() -> None:
    # two capitalised words over the headline read as a bare name, but the story's first lines name
    # them as its subject: a topic label (a court, a port, a club), not the writer
    lead = "The Port Authority said on Monday that the ferry to the islands runs again.\n"
    dump = f"Home\nNews\nContact\nPort Authority\nThe ferry runs again\n{lead}{_STORY}Imprint\n"
    assert read_text_dump(dump).authors == ()
    dump = f"Home\nNews\nContact\nJane Roe\nThe ferry runs again\n{_STORY}Imprint\n"
    assert read_text_dump(dump).authors == ("Jane Roe",)
