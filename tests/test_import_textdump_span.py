"""Where a copied page's story ends and starts: the furniture around it leaves, its own lines stay.

The dumps are written for these tests in the shape real pages give: a share row, tags and a list
of other posts (each with its teaser sentence) under the story, a teaser list between the byline
and the first paragraph, the same buttons printed above, inside and below the story.
"""

from __future__ import annotations

from briefkit.importer.textdump import read_text_dump
from storytexts import PIER

STORY = PIER
HEAD = ["Home", "News", "Harbour", "Contact", "Board votes to rebuild the north pier", "By Ann Example", "4 May 2021"]


def _dump(*parts: list[str]) -> str:
    return "\n".join(line for part in parts for line in part) + "\n"


def test_the_share_row_and_other_posts_under_a_story_leave_it() -> None:
    tail = [
        "Facebook",
        "Twitter",
        "Tags: harbour, piers, fishing",
        "Older posts",
        "Ferry timetable changes for the summer months",
        "The ferry will leave the landing every half hour from June, the operator said in a note to passengers.",
        "Tide tables for the coming year now online",
        "The new tables list the high and low waters for every day of the year and can be printed out.",
        "About this blog",
    ]
    article = read_text_dump(_dump(HEAD, STORY, tail))
    assert "every half hour from June" not in article.body
    assert "Tags:" not in article.body
    assert "tender will be published next month" in article.body


def test_a_dated_list_at_the_end_of_a_story_stays() -> None:
    timeline = []
    for year, event in [
        ("1902", "The pier is built"),
        ("1931", "A storm takes the end of it"),
        ("1950", "The deck is widened"),
        ("1977", "A crane is put up"),
        ("1988", "The crane is taken down"),
        ("2003", "New lights along the deck"),
        ("2020", "The last ferry leaves from it"),
    ]:
        timeline += [f"May {year}", f"{event} for the harbour"]
    tail = [
        "Share this",
        "Facebook",
        "I have fished from that pier for forty years and I am glad that it will be saved, even if the "
        "work starts later than we all hoped when the storm had passed.",
        "My father kept his boat at the north pier and so did I, so this is good news for the families "
        "who have lived from the harbour for as long as anyone can remember.",
    ]
    article = read_text_dump(_dump(HEAD, STORY, timeline, tail))
    assert "The last ferry leaves from it" in article.body
    assert "The pier is built" in article.body


def test_a_teaser_list_between_the_byline_and_the_story_leaves_it() -> None:
    teasers = [
        "Ferry timetable changes for the summer",
        "Tide tables now online",
        "Lighthouse open to visitors again",
        "New buoys in the outer channel",
    ]
    article = read_text_dump(_dump(HEAD, teasers, STORY))
    assert article.title == "Board votes to rebuild the north pier"
    assert "Ferry timetable changes" not in article.body
    assert "Tide tables now online" not in article.body


def test_buttons_printed_above_and_below_the_story_leave_it_but_its_own_subheading_stays() -> None:
    buttons = ["Pin it", "Bookmark it"]
    top = ["Home", "News", *buttons, "Board votes to rebuild the north pier", "By Ann Example", "4 May 2021"]
    body = [*STORY[:2], *buttons, "What the work involves", *STORY[2:4], "What the work involves again", STORY[4]]
    bottom = [*buttons, "Imprint", "Privacy"]
    article = read_text_dump(_dump(top, body, bottom))
    assert "Pin it" not in article.body
    assert "What the work involves" in article.body


def test_the_headline_printed_again_below_the_story_opens_a_list_of_other_posts() -> None:
    posts = [
        "From the archive",
        "Board votes to rebuild the north pier",
        "The harbour board voted to rebuild the old north pier, damaged by the storms of last winter.",
        "Lighthouse open to visitors again",
        "After two years of repairs the lighthouse on the point can be climbed again on weekends in summer.",
    ]
    article = read_text_dump(_dump(HEAD, STORY, posts))
    assert "can be climbed again" not in article.body
    assert "tender will be published next month" in article.body


def test_one_label_under_a_story_ends_it_when_little_prose_follows() -> None:
    tail = [
        "Bookmark",
        "Harbour notes",
        "Notes from the harbour office, written by the staff every week since the spring of last year.",
    ]
    article = read_text_dump(_dump(HEAD, STORY, tail))
    assert "written by the staff every week" not in article.body
    assert "tender will be published next month" in article.body


def test_a_long_filing_line_under_a_story_is_furniture() -> None:
    tags = "Tags: " + ", ".join(["harbour", "piers", "fishing", "ferries", "storms", "tenders", "boats", "tides"] * 2)
    tail = ["By Ann Example", tags, "Harbour notes", "Notes from the harbour office, by the staff, every week."]
    article = read_text_dump(_dump(HEAD, STORY, tail))
    assert "Tags:" not in article.body


def test_the_tail_after_a_story_leaves_it_when_its_headline_stands_inside_the_prose() -> None:
    blog = [
        "...",
        "THE SMALL HARBOUR KITCHEN IS A BLOG ABOUT FISH SOUP, BREAD AND THE WEATHER ON THE COAST. "
        "NOTHING HERE IS ADVICE, AND MOST OF IT IS WRITTEN ON RAINY SUNDAY AFTERNOONS BY THE STOVE.",
        "TUESDAY, 4 MAY 2021",
        "Back at the stove!",
        *STORY,
        "Posted by Ann",
        "Search this blog",
        "Blog archive",
        "2021 (3)",
        "2020 (14)",
        "2019 (20)",
        "2018 (9)",
        "Labels",
        "Soup",
        "Bread",
        "About me",
        "I cook, I walk on the beach with the dog, and now and then I write it all down here for friends.",
    ]
    article = read_text_dump(_dump(blog))
    assert "tender will be published next month" in article.body
    assert "walk on the beach with the dog" not in article.body


def test_a_last_sentence_that_ends_in_an_emoji_is_the_storys() -> None:
    last = "After a day on the windy pier you feel like a sailor again, and I like that a lot 😉"
    tail = ["Post views: 1,204", "Share:", "Facebook", "Twitter", "Imprint"]
    article = read_text_dump(_dump(HEAD, STORY, [last], tail))
    assert "you feel like a sailor again" in article.body


def test_other_stories_listed_above_and_again_below_the_story_leave_it() -> None:
    others = ["Lighthouse open to visitors again", "New buoys in the outer channel"]
    top = ["Harbour", *others, *HEAD[4:]]
    tail = [
        "Harbour",
        others[0],
        "Harbour",
        others[1],
        "The harbour office is open on weekdays from eight to four, and on Saturdays until noon.",
    ]
    article = read_text_dump(_dump(top, STORY, tail))
    assert "open on weekdays from eight to four" not in article.body
    assert "tender will be published next month" in article.body


def test_a_subheading_that_a_contents_list_above_names_keeps_its_section() -> None:
    top = ["Contents", "The money", "Who pays for it", *HEAD[4:]]
    section = [
        "The money",
        "Who pays for it",
        "The region's fund pays half of the cost and the town the other half, from its harbour reserve.",
    ]
    article = read_text_dump(_dump(top, STORY, section, ["Imprint", "Privacy"]))
    assert "from its harbour reserve" in article.body


def test_links_to_the_previous_and_next_posts_leave_the_story() -> None:
    for label in ("Next articleFerry timetable", "Article suivant Nouveaux horaires du bac", "Nächster Beitrag Fähre"):
        tail = [
            f"{label} changes for the summer months: boats will leave every half hour from the first of June,"
            " as the operator told its passengers on Monday.",
            "Ann Example",
        ]
        article = read_text_dump(_dump(HEAD, STORY, tail))
        assert "summer months" not in article.body
        assert "tender will be published next month" in article.body


def test_other_stories_listed_with_their_like_counts_leave_the_story() -> None:
    tail = [
        "52 Likes",
        "Harbour",
        "Ferry timetable changes for the summer months",
        "The ferry will leave the landing every half hour from June, the operator said in a note to passengers.",
        "1.204 Likes",
        "Harbour",
        "Tide tables for the coming year now online",
        "The new tables list the high and low waters for every day of the year and can be printed out.",
    ]
    article = read_text_dump(_dump(HEAD, STORY, tail, ["Contact"]))
    assert "Likes" not in article.body
    assert "every half hour from June" not in article.body and "high and low waters" not in article.body
    assert "tender will be published next month" in article.body


def test_a_first_paragraph_under_the_headline_stays_the_story_start() -> None:
    # one ends by announcing a list, the other is long but lost its full stop in the copy
    leads = [
        "From February the harbour may be used again by all boats, and the board has set out the rules that"
        " apply until the works on the north pier are done:",
        "From February the harbour may be used again by all boats while the works on the north pier go on,"
        " and the board has set out the rules that apply until they are done",
    ]
    for lead in leads:
        article = read_text_dump(_dump(HEAD[:5], [lead], STORY, ["Contact"]))
        assert article.body.startswith(lead)
        assert "tender will be published next month" in article.body


def test_a_paragraph_above_a_picture_that_has_only_its_credit_stays() -> None:
    answer = (
        "For me the harbour never closes. Every season has its own boats. I like the spring best, when the"
        " fishing fleet comes back in."
    )
    article = read_text_dump(_dump(HEAD, STORY[:2], [answer, "© Ann Example"], STORY[2:]))
    assert answer in article.body
    assert "© Ann Example" not in article.body
    assert "tender will be published next month" in article.body


def test_a_read_also_label_takes_the_link_under_it_out_of_the_story() -> None:
    for label in ("Lesen Sie auch:", "Leggi anche:", "Lire aussi", "Leé también:"):
        teaser = "Ferry timetable changes for the summer months"
        article = read_text_dump(_dump(HEAD, STORY[:2], [label, teaser], STORY[2:], ["Contact"]))
        assert teaser not in article.body and label not in article.body
        assert STORY[2] in article.body and "tender will be published next month" in article.body


def test_a_line_of_publication_and_update_dates_inside_the_story_leaves_it() -> None:
    for dates in (
        "Published 4 May 2021 09:15 Last updated 5 May 2021 12:02",
        "Pubblicato il 4 maggio 2021 Ultima modifica 5 maggio 2021 12:02",
    ):
        article = read_text_dump(_dump(HEAD, STORY[:1], [dates], STORY[1:], ["Contact"]))
        assert "2021 12:02" not in article.body
        assert STORY[1] in article.body


def test_a_tweet_button_and_a_go_further_heading_end_the_story() -> None:
    tail = [
        "Tweeter",
        "Pour aller plus loin",
        "The ferry will leave the landing every half hour from June, the operator said in a note to passengers.",
        "Contact",
    ]
    article = read_text_dump(_dump(HEAD, STORY, tail))
    assert "every half hour from June" not in article.body and "Tweeter" not in article.body
    assert "tender will be published next month" in article.body


def test_a_share_bar_with_its_save_button_and_the_issue_promotion_leaves_the_story() -> None:
    bar = ["Twitter Facebook WhatsApp Email", "Speichern", "Die aktuelle Ausgabe"]
    article = read_text_dump(_dump(HEAD, STORY[:2], bar, STORY[2:], ["Contact"]))
    for line in bar:
        assert line not in article.body
    assert STORY[2] in article.body and "tender will be published next month" in article.body


def test_an_author_box_under_the_story_leaves_it() -> None:
    box = [
        "About Ann Example",
        "Ann is the paper's harbour reporter. Before she joined the desk she spent ten years writing about"
        " boats, ports and the sea for magazines in three countries, and she still sails every weekend.",
    ]
    article = read_text_dump(_dump(HEAD, STORY, box, ["Contact"]))
    assert "harbour reporter" not in article.body and "About Ann Example" not in article.body
    assert "tender will be published next month" in article.body


def test_a_subheading_about_a_person_inside_the_story_ends_nothing() -> None:
    article = read_text_dump(_dump(HEAD, STORY[:2], ["About Ann Example"], STORY[2:], ["Contact"]))
    assert "tender will be published next month" in article.body


def test_the_press_contact_box_under_a_release_leaves_the_story() -> None:
    box = ["Pressekontakt", "Ann Example", "Harbour office", "Quay Street 4", "Phone: 0123 456 789"]
    tail = ["The harbour board looks after the port, its piers and its ferry landing for the town and its people."]
    article = read_text_dump(_dump(HEAD, STORY, box, tail, ["Contact"]))
    assert "Quay Street" not in article.body and "looks after the port" not in article.body
    assert "tender will be published next month" in article.body


def test_paragraphs_closed_by_a_chinese_full_stop_are_the_story() -> None:
    # each paragraph a run of clauses, fewer than a long paragraph's: the full stop says they are prose
    story = [
        "港口委员会星期二开会，投票决定，重建北码头，码头去年冬天，被风暴损坏，渔船，明年，可以使用，委员会，这样说。",
        "工程师说，木制甲板，可以保留，柱子，必须更换，新柱子，用混凝土，更能抵抗海水，也能抵抗冰块。",
        "渔民们说，他们欢迎，这个决定，但是，他们希望，工程，早点开始，不要等到秋天，因为夏天，鱼最多。",
        "主席说，招标，下个月公布，本地公司，可以投标，码头，对整个城镇，都很重要，不只是，对港口。",
        "工程，大约花费，两百万元，城镇，将向地区基金，申请，一半的费用，就像，十年前，重建南码头时。",
    ]
    head = ["首页", "新闻", "港口", "港口委员会：北码头将重建", "2021年5月4日"]
    tail = ["联系我们", "关于我们", "版权所有", "网站地图", "隐私政策", "广告服务", "加入我们", "意见反馈"]
    article = read_text_dump(_dump(head + tail, head[3:], story, tail))
    for paragraph in story:
        assert paragraph in article.body
    assert "网站地图" not in article.body


def test_a_list_inside_the_story_does_not_end_it_when_prose_follows() -> None:
    # the story lists the repairs in short lines, each costing the run more than a word, then goes on;
    # the share row under the closing paragraph still ends it
    repairs = [
        "Repairs planned for the pier",
        "new concrete posts under the deck",
        "the old railings painted and fixed",
        "lamps along the whole walkway",
        "a ladder at the end for swimmers",
        "two new mooring rings on the east side",
        "a ramp for the lifeboat crew",
        "benches near the harbour master's hut",
        "a new roof for the fish market stalls",
        "signs in three languages for visitors",
        "a fence around the crane at the far end",
        "cameras that watch the boats at night",
    ]
    closing = [
        "The harbour master said that boats can moor at the ferry landing until the pier opens again, "
        "and that the fees there will not change during the work."
    ]
    tail = ["Share", "Facebook", "Twitter", "Tags: harbour, piers", "Impressum"]
    body = read_text_dump(_dump(HEAD, STORY[:3], repairs, closing, tail)).body
    assert "lamps along the whole walkway" in body
    assert "fees there will not change" in body
    assert "Tags: harbour" not in body and "Twitter" not in body


def test_a_list_under_the_story_does_not_take_the_prose_past_the_page_menu() -> None:
    # the site's sections listed again under the story, then a teaser's sentence: the menu's entries
    # are printed above the story too, so the story ends before them
    menu = ["Harbour", "Ferries", "Fishing fleet", "Town council"]
    blurb = ["The old lighthouse on the hill was built in 1872 and is open to visitors on Sundays in the summer."]
    body = read_text_dump(_dump(menu, HEAD[4:], STORY, menu, blurb)).body
    assert "lighthouse on the hill" not in body


def test_a_short_post_over_a_long_thread_of_comments_is_the_story() -> None:
    # a blog's tagline (a sentence of its own) over the post's headline and its "by nick on date"
    # line, a short post, a list, then readers' comments, each under its writer's name and time:
    # the thread holds more prose, but the post is the story, and its headline is the post's
    tagline = ["Harbour Log: pier notes, harbour photos, and daily tide tables."]
    post = ["Board votes to rebuild the north pier", "by skipper on May 4, 2021", *STORY[:2]]
    listing = [f"{k}. Pier number {k}" for k in range(1, 81)]
    names = ["Ann", "Bob Example", "Cleo", "Dan", "Eve Sample", "Finn", "Gus", "Hal"]
    thread: list[str] = []
    for k, name in enumerate(names):
        thread += [
            f"{name} June {k + 2}, 2021 at {k + 1}:15 pm",
            "The board votes to rebuild the north pier every few years, and every time the harbour "
            "board finds a reason to wait, so forgive me if I wait for the concrete before I believe it.",
            "The board votes and the north pier waits again!!!",
        ]
    article = read_text_dump(_dump(["Home", "About", "Harbour Log"], tagline, post, listing, ["Share"], thread))
    assert article.title == "Board votes to rebuild the north pier"
    assert article.published is not None and article.published.isoformat()[:10] == "2021-05-04"
    assert article.body.startswith("The harbour board voted on Tuesday")


def test_a_sites_tagline_over_the_headline_does_not_make_the_site_name_the_headline() -> None:
    # the site's name, its tagline (a sentence, so it opens the run of prose) sharing the name's words,
    # then the post's headline with its "by nick on date" line: the story starts under that line
    head = [
        "Home",
        "About",
        "Tide Table Log - Coast Notes",
        "Tide table notes from the coast, and daily photos of the sea.",
    ]
    post = ["Ten old quays worth a visit this summer", "by skipper on May 4, 2021", *STORY[:2]]
    article = read_text_dump(_dump(head, post, ["Share", "Contact"]))
    assert article.title == "Ten old quays worth a visit this summer"
    assert article.body.startswith("The harbour board voted on Tuesday")


def test_the_list_a_story_announces_stays_and_a_box_of_teasers_after_it_goes() -> None:
    # the post's last sentence ends in a colon: the long list under it is the story's, up to the
    # share button; a box whose entries the page prints twice is no list the sentence announced
    intro = [*STORY[:2], "These are the piers the harbour board will inspect this year, from north to south:"]
    piers = [f"{k}. Pier of the {name} quay" for k, name in enumerate(["fish", "ferry", "salt", "coal"] * 10, start=1)]
    page = _dump(HEAD, intro, piers, ["Share", "Contact"])
    assert "40. Pier of the coal quay" in read_text_dump(page).body
    teasers = ["Storm damage: what now", "New ferry timetable", "Storm damage: what now", "Harbour fair in June"]
    page = _dump(HEAD, intro, teasers, ["Share", "Contact"])
    assert "New ferry timetable" not in read_text_dump(page).body


def test_a_section_name_from_the_menu_over_the_headline_is_its_kicker() -> None:
    menu = [
        "The Coast Courier",
        "News",
        "Sport",
        "Weather",
        "North Shore and Islands",
        "South Bay and Harbours",
        "Jobs",
    ]
    head = [
        "North Shore and Islands",
        "Harbour board votes to rebuild the north pier before the fishing season opens",
        "The storm-damaged pier will get new concrete posts under its old wooden deck.",
        "By Ann Example, Coast Courier",
        "4 May 2021",
    ]
    article = read_text_dump(_dump(menu, head, STORY))
    assert article.title == "Harbour board votes to rebuild the north pier before the fishing season opens"
    # the trail at the page's foot names the headline's own words: still no menu entry
    trail = ["Home", "Harbour", "Board votes to rebuild the north pier", "Contact", "Imprint"]
    article = read_text_dump(_dump(HEAD, STORY, trail))
    assert article.title == "Board votes to rebuild the north pier"


def test_a_blog_post_title_under_the_days_date_heads_the_post() -> None:
    # the blog's motto in capitals reads as prose and opens the run; the day's date stands over the
    # post's title, no byline under it: the title is still the headline, the first paragraph the story's
    page = _dump(
        ["Archive", "THE OLD PIER IS WHERE WE MEET. NOTES ON BOATS, WEATHER AND THE TOWN, WRITTEN WHEN THERE IS TIME."],
        ["Tuesday, 4 May 2021", "Back at the pier"],
        STORY,
        ["Older posts", "Blog archive", "May 2021 (3)", "April 2021 (5)"],
    )
    article = read_text_dump(page)
    assert article.title == "Back at the pier"
    assert "harbour board voted on Tuesday" in article.body
    assert "NOTES ON BOATS" not in article.body


def test_a_short_last_sentence_under_the_story_closes_it() -> None:
    # a sentence of a few words weighs as furniture in the run, but it is the story's last line
    closing = "Nobody knows yet when that will be."
    body = read_text_dump(_dump(HEAD, STORY, [closing], ["Share", "Most read", "Contact"])).body
    assert closing in body
    # a page's words to its reader under the story are not its close
    for line in ("Read the whole report here.", "It all depends on you now.", "Visit example.org today."):
        assert line not in read_text_dump(_dump(HEAD, STORY, [line], ["Share", "Contact"])).body
