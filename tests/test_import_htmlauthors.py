"""A saved page's authors: the names its bylines, labels and signatures give, told from the site's own name.

Small pages written for these tests, each with one way a real page prints who wrote it.
"""

from __future__ import annotations

import json

from briefkit.importer.htmlpage import read_html

BODY = (
    "<p>"
    + " ".join(["The council met on a windy morning and agreed the new harbour wall after a long debate."] * 6)
    + "</p>"
)


def page(head: str = "", body: str = "", after: str = "") -> str:
    return f"<!doctype html><html><head>{head}</head><body>{body}<article>{BODY}{after}</article></body></html>"


def test_a_plural_authors_label_names_both_writers() -> None:
    after = "<p>Autoren Lena Marquardt und Piet Hollmann</p>"
    article = read_html(page("<title>Harbour wall approved</title>", "<h1>Harbour wall approved</h1>", after))
    assert article.authors == ("Lena Marquardt", "Piet Hollmann")


def test_a_post_signed_with_a_first_name_over_its_date_names_its_author() -> None:
    after = "<p>See you at the harbour.</p><p>Maren<br>12. März 2019</p>"
    article = read_html(page("<title>Harbour wall approved</title>", "<h1>Harbour wall approved</h1>", after))
    assert article.authors == ("Maren",)


def test_a_closing_greeting_over_a_date_names_nobody() -> None:
    after = "<p>Bis bald!<br>12. März 2019</p>"
    article = read_html(page("<title>Harbour wall approved</title>", "<h1>Harbour wall approved</h1>", after))
    assert article.authors == ()


def test_the_site_initials_in_the_author_field_give_way_to_a_person() -> None:
    # "CD" signs for "Coast Daily" itself: the person named in the byline wrote the story
    ld = '{"@type": "NewsArticle", "headline": "Harbour wall approved", "author": {"@type": "Person", "name": "CD"}}'
    head = f'<script type="application/ld+json">{ld}</script><meta property="og:site_name" content="Coast Daily">'
    article = read_html(page(head, "<h1>Harbour wall approved</h1><p>Von Mara Lindqvist</p>"))
    assert article.authors == ("Mara Lindqvist",)


def test_an_author_picture_captioned_with_the_name_names_the_author() -> None:
    # the story's only byline: the writer's picture with the name under it, in an "author-avatar" block
    avatar = (
        '<div class="author-avatar"><a href="/people/mara-lindqvist"><img src="m.jpg" alt=""></a>'
        '<h3><a href="/people/mara-lindqvist">Mara Lindqvist</a></h3></div>'
    )
    article = read_html(page("<title>Harbour wall approved</title>", "<h1>Harbour wall approved</h1>", avatar))
    assert article.authors == ("Mara Lindqvist",)


def _graph(person: str) -> str:
    # an SEO plugin's graph: the article points to its author by "@id", and the Person node is written once
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "Article",
                "headline": "Harbour wall approved",
                "author": {"@id": "https://coast.example/#/person/1"},
            },
            {"@type": "Person", "@id": "https://coast.example/#/person/1", "name": person},
        ],
    }
    return f'<script type="application/ld+json">{json.dumps(graph)}</script><title>Harbour wall approved</title>'


def test_an_author_the_json_ld_names_only_by_reference_is_found_in_its_graph() -> None:
    article = read_html(page(_graph("Imogen Saltmarsh"), "<h1>Harbour wall approved</h1>"))
    assert article.authors == ("Imogen Saltmarsh",)


def test_a_byline_under_the_headline_outweighs_the_account_a_reference_names() -> None:
    # the account that filed the post is another member of staff than the one who signs it
    body = "<h1>Harbour wall approved</h1><p class='author'>Tobias Wren</p>"
    assert read_html(page(_graph("Martha Quill"), body)).authors == ("Tobias Wren",)


def test_a_login_name_behind_a_reference_is_no_author() -> None:
    assert read_html(page(_graph("isaltmarsh"), "<h1>Harbour wall approved</h1>")).authors == ()


_SIGNED = (
    "<p class='story'>"
    + " ".join(["Die Fähre fuhr am Morgen wieder nach Plan, nachdem der Sturm über die Bucht gezogen war."] * 3)
    + " (KZ mit dpa)</p>"
)


def test_a_story_closed_by_a_desk_and_its_wire_in_brackets_is_signed_by_them() -> None:
    article = read_html(page("<title>Ferry back on time</title>", "<h1>Ferry back on time</h1>", _SIGNED))
    assert article.authors == ("KZ mit dpa",)


def test_any_person_named_outweighs_a_desk_signing_with_its_wire() -> None:
    # even the weakest witness of a person (an account the JSON-LD names by reference) comes first
    article = read_html(page(_graph("Hanne Lorenz"), "<h1>Harbour wall approved</h1>", _SIGNED))
    assert article.authors == ("Hanne Lorenz",)


def test_a_bracketed_aside_closing_a_paragraph_signs_nothing() -> None:
    after = _SIGNED.replace("KZ mit dpa", "Bericht folgt")
    article = read_html(page("<title>Ferry back on time</title>", "<h1>Ferry back on time</h1>", after))
    assert article.authors == ()


def _byline(line: str) -> tuple[str, ...]:
    body = f"<h1>Ferry back on time</h1><div class='byline'>{line}</div>"
    return read_html(page("<title>Ferry back on time</title>", body)).authors


def test_a_byline_that_goes_on_to_name_the_weekday_keeps_only_the_name() -> None:
    assert _byline("Von Rike.Albers am Montag, 3. Juni 2019 um 08:40 Uhr") == ("Rike.Albers",)


def test_a_label_run_into_the_name_by_its_styling_is_cut_off() -> None:
    assert _byline("<span>Author</span><span>Oskar Brandt</span>") == ("Oskar Brandt",)


def test_a_lowercase_by_word_before_a_login_name_is_no_part_of_it() -> None:
    assert _byline("von seebaer") == ("seebaer",)


def test_the_verb_a_blog_prints_before_its_by_word_is_no_part_of_the_name() -> None:
    assert _byline("Eingestellt von der Kapitän um 21:15") == ("der Kapitän",)


def test_a_dateline_part_with_its_by_word_inside_names_the_writer() -> None:
    line = '<div class="entry-info">Published on 4 May 2024 in <a>Walks</a> · Text and pictures by Morag Finlay</div>'
    article = read_html(page("<title>Harbour wall approved</title>", "<h1>Harbour wall approved</h1>" + line))
    assert article.authors == ("Morag Finlay",)


def test_an_italian_curated_by_part_of_a_dateline_names_the_writer() -> None:
    line = "<p>a cura di Teresa Lombardi Galli · 3 marzo 2024 · 5 minuti</p>"
    article = read_html(page("<title>Harbour wall approved</title>", "<h1>Harbour wall approved</h1>" + line))
    assert article.authors == ("Teresa Lombardi Galli",)


def test_a_poster_box_names_its_poster_by_its_first_line_alone() -> None:
    box = '<div class="post-author"><b>KettleDrum77</b><br>Member since 2018<br>Posts: 90<br>From: Leeds</div>'
    article = read_html(page("<title>Harbour wall approved</title>", "<h1>Harbour wall approved</h1>" + box))
    assert article.authors == ("KettleDrum77",)


def test_an_author_label_of_several_words_before_its_colon_is_no_part_of_the_name() -> None:
    after = "<p>Author of the first version: Henrike Sollmann</p>"
    article = read_html(page("<title>Harbour wall approved</title>", "<h1>Harbour wall approved</h1>", after))
    assert article.authors == ("Henrike Sollmann",)


def test_a_name_alone_under_the_last_paragraph_signs_the_story() -> None:
    after = "<div class='sign'>Wiebke Sandmeier</div><div class='share'>Share: <a>Mail</a></div>"
    article = read_html(page("<title>Harbour wall approved</title>", "<h1>Harbour wall approved</h1>", after))
    assert article.authors == ("Wiebke Sandmeier",)


def test_a_name_alone_between_two_paragraphs_is_no_signature() -> None:
    # a speaker's name set over the next paragraph, as an interview prints it
    more = "<p>" + "We waited for this wall for twenty years and we are glad it comes at last. " * 2 + "</p>"
    after = f"<div>Wiebke Sandmeier</div>{more}"
    article = read_html(page("<title>Harbour wall approved</title>", "<h1>Harbour wall approved</h1>", after))
    assert article.authors == ()


def test_a_site_named_for_a_doctor_signs_its_unsigned_pages() -> None:
    head = (
        "<title>Slow time – Dr. Ilse Marwitz</title>"
        '<meta property="og:site_name" content="Dr. Ilse Marwitz"><meta property="og:title" content="Slow time">'
    )
    article = read_html(page(head, "<h1>Slow time</h1>"))
    assert article.authors == ("Dr. Ilse Marwitz",)


def test_a_publication_named_like_a_person_signs_nothing() -> None:
    head = (
        "<title>Slow time – Harbour Courier</title>"
        '<meta property="og:site_name" content="Harbour Courier"><meta property="og:title" content="Slow time">'
        '<link rel="canonical" href="https://harbour-courier.example/slow-time">'
    )
    article = read_html(page(head, "<h1>Slow time</h1>"))
    assert article.authors == ()


def test_an_about_page_naming_the_site_handle_is_its_owner_s() -> None:
    # the handle spells the name without its accent and its space: the person the site belongs to
    head = '<title>About Renée Haldor</title><meta name="twitter:site" content="reneehaldor">'
    article = read_html(page(head, "<div>About Renée Haldor</div>"))
    assert article.authors == ("Renée Haldor",)


def test_a_member_linked_by_the_headline_posted_the_page() -> None:
    head = '<title>Green balcony</title><link rel="canonical" href="https://homes.example/stories/green-balcony">'
    badge = "<div class='badge'><a href='/members/4711'><img alt=''><span>plantlover.kim</span></a></div>"
    article = read_html(page(head, f"{badge}<h1>Green balcony</h1>"))
    assert article.authors == ("plantlover.kim",)


def test_a_member_page_on_another_site_is_a_photo_credit() -> None:
    head = '<title>Green balcony</title><link rel="canonical" href="https://homes.example/stories/green-balcony">'
    credit = "<p>Photo: <a href='https://pictures.example/users/plantlover-4711/'>plantlover</a> / Pictures</p>"
    article = read_html(page(head, f"<h1>Green balcony</h1>{credit}"))
    assert article.authors == ()


def test_a_forum_thread_s_opening_poster_wrote_the_page() -> None:
    # the opening post is marked up as a comment like every reply under it
    post = (
        "<div class='comment'><div class='comment-meta'><span class='user-name'>harbourfan</span></div>"
        "<div class='comment-text'>Since the update the ferry app will not load over mobile data.</div></div>"
    )
    reply = "<div class='comment'><span class='user-name'>deckhand</span><div>Same here.</div></div>"
    body = f"<h2>Ferry app will not load on mobile data</h2>{post}{reply}"
    article = read_html(page("<title>Ferry app will not load on mobile data | Forum</title>", body))
    assert article.authors == ("harbourfan",)


def test_a_person_signing_after_the_dateline_outweighs_the_desk_the_json_ld_names() -> None:
    desk = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Harbour wall approved"}
    desk["author"] = {"@type": "Organization", "name": "Hafenblatt Redaktion"}
    head = f"<title>Harbour wall approved</title><script type='application/ld+json'>{json.dumps(desk)}</script>"
    body = "<h1>Harbour wall approved</h1><p class='byline'>27.08.2024 14:05 Uhr &nbsp; Von Lena Marquardt</p>"
    assert read_html(page(head, body)).authors == ("Lena Marquardt",)
    # a date, then a capitalised particle that opens a surname, names no writer of its own
    body = "<h1>Harbour wall approved</h1><p class='byline'>Rede 2019 Von der Leyen</p>"
    assert read_html(page(head, body)).authors != ("der Leyen",)


def test_an_author_box_with_its_label_apart_from_the_name_names_the_writer() -> None:
    after = "<div class='box'><b>Autorin</b><br>Lena Marquardt<br><small>Redakteurin für das Hafenviertel</small></div>"
    article = read_html(page("<title>Harbour wall approved</title>", "<h1>Harbour wall approved</h1>", after))
    assert article.authors == ("Lena Marquardt",)


def test_a_row_of_details_under_the_headline_names_the_writer_beside_its_date() -> None:
    body = (
        "<h1>Harbour wall approved</h1>"
        "<div class='meta'><span>Lena Marquardt</span> <span>Dec 2, 2024</span> <span>♡ 48</span></div>"
    )
    assert read_html(page("<title>Harbour wall approved</title>", body)).authors == ("Lena Marquardt",)
    # the same row under another story's title in a list is not this page's
    teaser = "<div><h3>Ferry fares rise</h3><div><span>Piet Hollmann</span> <span>Dec 1, 2024</span></div></div>"
    article = read_html(page("<title>Harbour wall approved</title>", "<h1>Harbour wall approved</h1>", teaser))
    assert "Piet Hollmann" not in article.authors


def test_a_byline_box_with_the_name_and_the_role_in_elements_of_their_own_names_the_writer() -> None:
    byline = (
        "<div class='post-author'><img src='/me.jpg' alt=''> <span>Lena Marquardt</span> "
        "<span class='role'>Certified harbour engineer, Kingsbury</span></div>"
    )
    article = read_html(page("<title>Harbour wall approved</title>", f"<h1>Harbour wall approved</h1>{byline}"))
    assert article.authors == ("Lena Marquardt",)


def test_a_name_beside_a_link_to_its_own_page_is_the_author() -> None:
    def authors(box: str) -> tuple[str, ...]:
        head = '<title>Harbour wall approved</title><meta property="og:site_name" content="Coast Daily">'
        return read_html(page(head, "<h1>Harbour wall approved</h1>", box)).authors

    box = "<div class='expert'><div>Jördis Nabholz</div><a href='/experts/jordis-nabholz'>All her stories</a></div>"
    assert authors(box) == ("Jördis Nabholz",)
    # a link to another page (or to nobody's) leaves the name a heading, a place, anything
    assert authors(box.replace("jordis-nabholz", "harbour-news")) == ()


def test_a_press_office_in_the_metadata_gives_way_to_the_writer_the_page_names() -> None:
    head = '<title>Harbour wall approved</title><meta name="DC.creator" content="Gabinete de Comunicación">'
    after = "<p class='news-authorship'>Autora: Lena Marquardt · Fuente: Gabinete de Comunicación</p>"
    article = read_html(page(head, "<h1>Harbour wall approved</h1>", after))
    assert article.authors == ("Lena Marquardt",)


def test_a_byline_phrase_that_ends_on_the_writers_name_names_the_writer() -> None:
    # the author field holds the site's name; the byline box says who reports, in a phrase of its own
    head = '<title>Harbour wall approved | Coast Daily</title><meta name="author" content="Coast Daily">'
    body = (
        "<h1>Harbour wall approved</h1>"
        '<div class="article-meta"><span class="article-author">From the council chamber reports '
        "<strong>Lena Marquardt</strong></span></div>"
    )
    assert read_html(page(head, body)).authors == ("Lena Marquardt",)


def test_a_site_named_with_an_ampersand_in_the_author_field_leaves_the_byline_its_writers() -> None:
    # the author <meta> is the site's name, which "&" would split into two pieces that look like names
    head = "<title>Dockers &amp; Crane Drivers – Harbour Branch</title>"
    head += '<meta name="author" content="Dockers &amp; Crane Drivers">'
    body = (
        "<h1>Shift plans for the winter season</h1><div class='entry-meta'>Text: Lena Marquardt und Piet Hollmann</div>"
    )
    assert read_html(page(head, body)).authors == ("Lena Marquardt", "Piet Hollmann")


def test_a_newsroom_in_the_author_field_gives_way_to_the_reporter_the_page_names() -> None:
    head = '<title>Bay Radio | Harbour wall approved</title><meta name="author" content="Bay Radio News">'
    body = "<h1>Harbour wall approved</h1>"
    body += "<div class='meta'><span>Posted <time datetime='2025-02-03T10:00'>2 days ago</time></span> · "
    body += "<span>Reporting by Lena Marquardt</span></div>"
    assert read_html(page(head, body)).authors == ("Lena Marquardt",)


def test_teachers_titles_in_a_written_by_byline_are_left_off_each_name() -> None:
    body = "<h1>Harbour wall approved</h1>"
    body += "<p class='auteur'>Geschreven door juf Lena Marquardt en meester Piet Hollmann</p>"
    assert read_html(page("<title>Nieuws</title>", body)).authors == ("Lena Marquardt", "Piet Hollmann")
