"""A saved page's headline: which heading is the story's, and how much of it.

Small pages written for these tests, each with one way a real page's headings mislead: two
titles run together in one <h1>, a copy of the <title> printed as a heading, a kicker before a
colon that the metadata leaves out.
"""

from __future__ import annotations

import json

from briefkit.importer.htmlpage import read_html

BODY = (
    "<p>"
    + " ".join(["The council met on a grey morning and agreed the new harbour wall after a long debate."] * 6)
    + "</p>"
)


def page(head: str = "", body: str = "") -> str:
    return f"<!doctype html><html><head>{head}</head><body>{body}<article>{BODY}</article></body></html>"


def ld(**fields: str) -> str:
    return f'<script type="application/ld+json">{json.dumps({"@type": "Article", **fields})}</script>'


def test_a_search_title_and_the_headline_run_together_in_one_h1_give_the_headline() -> None:
    # the h1 prints the search-engine title and then the headline; each metadata title holds only one of them
    head = (
        ld(headline="How the new wall keeps the town dry")
        + '<meta property="og:title" content="Harbour wall: cost, builder and dates | Coast Daily">'
        + '<meta property="og:site_name" content="Coast Daily">'
    )
    h1 = "<h1><span>Harbour wall: cost, builder and dates</span> <span>How the new wall keeps the town dry</span></h1>"
    assert read_html(page(head, h1)).title == "How the new wall keeps the town dry"


def test_the_title_tag_printed_as_a_heading_in_the_header_is_not_the_headline() -> None:
    # the header repeats the <title>, site name and all; the story's own h1 is shorter, as one metadata title is
    title = "Harbour wall approved: the full story | Coast Daily"
    head = (
        f"<title>{title}</title>"
        + ld(headline=title)
        + f'<meta property="og:title" content="{title}"><meta name="twitter:title" content="Harbour wall approved">'
        + '<meta property="og:site_name" content="Coast Daily">'
    )
    body = f"<header><h2>{title}</h2></header><main><h1>Harbour wall approved</h1></main>"
    assert read_html(page(head, body)).title == "Harbour wall approved"


def test_a_topic_before_a_colon_that_no_metadata_title_prints_is_a_kicker_even_over_two_words() -> None:
    head = (
        "<title>Greener harbour? - Coast Daily</title>"
        '<meta property="og:title" content="Greener harbour? - Coast Daily">'
        '<meta property="og:site_name" content="Coast Daily">'
    )
    assert read_html(page(head, "<h1>Energy transition: Greener harbour?</h1>")).title == "Greener harbour?"


def test_a_two_word_title_inside_a_longer_headline_without_a_colon_keeps_the_headline() -> None:
    head = (
        "<title>Greener harbour - Coast Daily</title>"
        '<meta property="og:title" content="Greener harbour - Coast Daily">'
        '<meta property="og:site_name" content="Coast Daily">'
    )
    body = "<h1>Council plans a greener harbour</h1>"
    assert read_html(page(head, body)).title == "Council plans a greener harbour"


def test_a_heading_that_only_links_to_the_front_page_is_the_logo() -> None:
    # no field names the site: only the link home tells the logo from the post's own heading
    head = "<title>Harbour Notes » Blog Archive » Harbour wall approved</title>"
    logo = '<div id="top"><h1><a href="https://harbour-notes.example/">Harbour Notes</a></h1></div>'
    body = f"{logo}<h2>Harbour wall approved</h2>"
    assert read_html(page(head, body)).title == "Harbour wall approved"


def test_a_headline_linked_to_its_own_address_is_still_the_headline() -> None:
    head = "<title>Harbour Notes » Blog Archive » Harbour wall approved</title>"
    body = '<h1><a href="https://harbour-notes.example/2024/05/harbour-wall-approved/">Harbour wall approved</a></h1>'
    assert read_html(page(head, body)).title == "Harbour wall approved"


def test_the_last_crumb_of_a_breadcrumb_trail_is_navigation_not_the_headline() -> None:
    # the trail's last crumb is an h1 holding the search title; the story's heading is the social title
    head = (
        "<title>Harbour: council approves the new wall | News</title>"
        + ld(headline="Harbour: council approves the new wall")
        + '<meta property="og:title" content="New harbour wall: the council says yes">'
    )
    crumbs = (
        '<div class="breadcrumbs" typeof="BreadcrumbList"><a href="/">Home</a> <a href="/news/">News</a> '
        "<h1>Harbour: council approves the new wall</h1></div>"
    )
    body = f'{crumbs}<div class="post-title"><h2>New harbour wall: the council says yes</h2></div>'
    assert read_html(page(head, body)).title == "New harbour wall: the council says yes"


def test_a_wrapper_named_for_its_breadcrumbs_that_holds_the_story_keeps_its_headline() -> None:
    # the search title words it otherwise: only the story's own h1 gives the headline as printed
    head = "<title>Harbour wall: what the council decided | News</title>"
    body = (
        '<div class="layout-with-breadcrumbs"><nav><a href="/">Home</a></nav>'
        f"<h1>Harbour wall approved after a long debate</h1>{BODY}</div>"
    )
    assert read_html(page(head, body)).title == "Harbour wall approved after a long debate"


def test_a_blog_front_page_gives_its_newest_post_headline() -> None:
    # every title names only the blog: the story is the first post, whose heading links to its own page
    head = "<title>Harbour Notes</title>"
    post = '<h2><a href="/{slug}/" rel="bookmark">{title}</a></h2>'
    body = (
        '<h1><a href="/">Harbour Notes</a></h1><h2>Search</h2>'
        + post.format(slug="harbour-wall-approved", title="Harbour wall approved")
        + post.format(slug="ferry-times-change", title="Ferry times change")
    )
    assert read_html(page(head, body)).title == "Harbour wall approved"


def test_a_headline_quoted_in_spaced_guillemets_is_not_a_title_without_its_headline() -> None:
    # French typography: "« Words »"; the closing guillemet after a space is the quote's end, not a separator
    # left dangling by a site name with no headline part
    head = (
        '<meta property="og:title" content="« The harbour wall must be higher »">'
        "<title>Opinion. The harbour wall must be higher - Coast Daily</title>"
    )
    body = "<div class='kicker'>Opinion</div><h1>« The harbour wall must be higher »</h1>"
    assert read_html(page(head, body)).title == "« The harbour wall must be higher »"


def test_a_kicker_that_prints_its_own_colon_is_the_headline_s_first_clause() -> None:
    # read as one line "Harbour rescue: …", and the article's metadata prints it so
    head = ld(headline="Harbour rescue: Ferry crew pulls two anglers from the ice") + (
        "<title>Harbour rescue: Ferry crew pulls two anglers from the ice | Coast Daily</title>"
    )
    body = "<h1><span>Harbour rescue:</span> <span>Ferry crew pulls two anglers from the ice</span></h1>"
    assert read_html(page(head, body)).title == "Harbour rescue: Ferry crew pulls two anglers from the ice"


def test_a_kicker_whose_colon_is_hidden_stays_a_label() -> None:
    head = ld(headline="Harbour rescue: Ferry crew pulls two anglers from the ice")
    body = (
        "<h1><span>Harbour rescue</span><span class='visually-hidden'>: </span>"
        "<span>Ferry crew pulls two anglers from the ice</span></h1>"
    )
    assert read_html(page(head, body)).title == "Ferry crew pulls two anglers from the ice"


def test_the_title_s_tail_that_the_logo_prints_is_the_site_and_its_tagline() -> None:
    # no field names the site; the logo (a link home) prints the title's last two parts together
    head = "<title>Hammerlock turn - Dance steps - Salsa in the Park</title>"
    logo = '<div id="top"><h1><a href="/">Dance steps - Salsa in the Park</a></h1></div>'
    body = f"{logo}<div><h2>Open break</h2><h2>Basic step</h2></div>"
    assert read_html(page(head, body)).title == "Hammerlock turn"


def test_a_page_without_headings_gives_its_headline_in_an_element_classed_as_a_title() -> None:
    # "Site: Section" in the <title>; the story's headline only in a div whose class says title in Portuguese
    head = "<title>Jornal da Serra: Opinião</title>"
    body = "<div class='titulo-coluna'>The ferry that never reaches the island</div>"
    assert read_html(page(head, body)).title == "The ferry that never reaches the island"


def test_a_blogs_name_in_the_header_gives_way_to_the_posts_h1() -> None:
    from briefkit.importer.htmlpage import read_html

    page = (
        "<html><head><title>Forest Walker – A blog about the outdoors</title></head><body>"
        "<header><a class='site-title'>Forest Walker</a><nav><a href='/'>Home</a></nav></header>"
        "<article><h1>My first mushroom course and what I got wrong</h1>"
        + "".join(f"<p>On day {n} of the course we met at a car park above the valley with two baskets.</p>" for n in range(6))
        + "</article></body></html>"
    )
    assert read_html(page).title == "My first mushroom course and what I got wrong"


def test_the_one_h1_wins_over_metadata_that_names_only_a_series() -> None:
    from briefkit.importer.htmlpage import read_html

    page = (
        "<html><head><title>Pipes and Pedals</title></head><body><article>"
        "<h1>What I learned restoring a village church organ</h1>"
        + "".join(f"<p>In month {n} of the work on the organ, the bellows and pipes took most of my days.</p>" for n in range(6))
        + "</article></body></html>"
    )
    assert read_html(page).title == "What I learned restoring a village church organ"


def test_a_page_without_an_h1_gives_the_h2_over_its_story_not_a_short_record_title() -> None:
    # a university's news page: Dublin Core names the item by its project, the headline is an h2 over the text
    head = '<title>University - Press room - News</title><meta name="DC.title" content="Harbour project EXU">'
    body = (
        "<nav><h2>Studies</h2><h2>Research</h2></nav><p class='date'>Tuesday, 4 May 2021</p>"
        "<h2 class='news-title'>Students and harbour pilots to share the old harbour office in a new project</h2>"
    )
    assert read_html(page(head, body)).title == (
        "Students and harbour pilots to share the old harbour office in a new project"
    )


def test_a_shorter_metadata_headline_keeps_the_subtitle_the_h1_prints_after_a_dash() -> None:
    # every metadata title gives the short form; the page prints the headline with its subtitle
    head = '<meta property="og:title" content="Harbour wall approved">'
    head += "<title>Harbour wall approved | Coast Daily</title>" + ld(headline="Harbour wall approved")
    h1 = "<h1>Harbour wall approved – this is how the town pays for it</h1>"
    assert read_html(page(head, h1)).title == "Harbour wall approved – this is how the town pays for it"


def test_a_kicker_after_a_dash_that_no_metadata_prints_is_still_cut_when_short() -> None:
    head = '<meta property="og:title" content="Harbour wall approved by the council"><title>Coast Daily</title>'
    h1 = "<h1>Harbour wall approved by the council – Video</h1>"
    assert read_html(page(head, h1)).title == "Harbour wall approved by the council"


def test_a_page_without_h1_or_h2_over_its_story_gives_the_h3_headline_not_the_section_name() -> None:
    # a town hall's news module: og:title and <title> name only the section, each item's headline is an h3
    head = '<title>News - Town of Saltmarsh Bay</title><meta property="og:title" content="News">'
    body = (
        "<header><h3>Town of Saltmarsh Bay</h3></header><p class='date'>03.02.2025</p>"
        "<div class='header'><h3>Saltmarsh Bay council backs the loan for a second harbour crane</h3></div>"
        "<aside><h3>Agenda</h3></aside>"
    )
    assert read_html(page(head, body)).title == "Saltmarsh Bay council backs the loan for a second harbour crane"


def test_a_metadata_title_that_is_the_headline_after_its_colon_does_not_cut_a_sentence() -> None:
    # the og:title is the clause after the colon, capitalised; in the h1 that clause starts in lower case
    head = '<meta property="og:title" content="The repair of the harbour crane"><title>Harbour blog</title>'
    h1 = "<h1>Under the rust: what we found in the repair of the harbour crane</h1>"
    assert read_html(page(head, h1)).title == "Under the rust: what we found in the repair of the harbour crane"


def test_a_title_tag_cut_short_leaves_the_h1_whose_sentence_goes_on() -> None:
    # the <title> holds the first part of the headline only; the h1 goes on in lower case, after a comma or a colon
    for tail in (" as the tide rises", ", the builders say", ": ‘We waited ten years’", " с 1 января"):
        head = "<title>Harbour wall approved by the council | Coast Daily</title>"
        head += '<meta property="og:title" content="Harbour wall approved by the council">'
        h1 = f"<h1>Harbour wall approved by the council{tail}</h1>"
        assert read_html(page(head, h1)).title == f"Harbour wall approved by the council{tail}"


def test_a_date_and_categories_printed_after_the_headline_in_its_h1_are_still_cut() -> None:
    head = "<title>Harbour wall approved by the council | Coast Daily</title>"
    head += '<meta property="og:title" content="Harbour wall approved by the council">'
    h1 = "<h1>Harbour wall approved by the council 02.02.2022 • Press, News</h1>"
    assert read_html(page(head, h1)).title == "Harbour wall approved by the council"


def test_a_heading_after_the_story_that_names_the_section_is_not_the_headline() -> None:
    # the metadata names only the section ("Stories | Site"); "More stories" after the text agrees with it
    head = '<title>Stories | Coast Office</title><meta property="og:title" content="Stories | Coast Office">'
    h1 = "<h1>Fishers in the bay are rebuilding the harbour wall stone by stone</h1>"
    more = "<h2>More stories</h2><ul><li>A teaser</li></ul>"
    html = page(head, h1).replace("</article>", f"{BODY}</article>{more}")
    assert read_html(html).title == "Fishers in the bay are rebuilding the harbour wall stone by stone"
