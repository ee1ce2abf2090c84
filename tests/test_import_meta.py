"""A saved page's headline, date and authors, picked from every claim the page makes.

Small pages written for these tests, each with one way real pages mislead a single-source
reader: a logo in the first <h1>, a kicker inside the headline, the site's name in og:title, a
JSON-LD date older than the printed one, a byline only in the text, the publisher as author.
The last test reads the real saved pages in ../shared/realpages (when present) and guards the
rates reached on them.
"""

from __future__ import annotations

import html
import json
from datetime import date, datetime

from briefkit.importer.htmlpage import read_html

BODY = (
    "<p>"
    + " ".join(["The council met on a wet morning and agreed the new harbour wall after a long debate."] * 6)
    + "</p>"
)


def page(head: str = "", body: str = "") -> str:
    return f"<!doctype html><html><head>{head}</head><body>{body}<article>{BODY}</article></body></html>"


def test_logo_h1_loses_to_the_heading_the_metadata_names() -> None:
    article = read_html(
        page(
            '<title>Harbour wall approved | Coast Daily</title><meta property="og:site_name" content="Coast Daily">',
            "<header><h1>Coast Daily</h1></header><main><h2>Harbour wall approved</h2></main>",
        )
    )
    assert article.title == "Harbour wall approved"


def test_a_section_h1_loses_to_the_h1_that_is_the_whole_metadata_title() -> None:
    # "News" is a part of the <title> ("News - Coast Daily"); the headline is the whole description title
    article = read_html(
        page(
            '<title>News - Coast Daily</title><meta property="og:title" content="Harbour wall approved after long debate">',
            "<header><h1>News</h1></header><main><h1>Harbour wall approved after long debate</h1></main>",
        )
    )
    assert article.title == "Harbour wall approved after long debate"


def test_a_bar_without_spaces_separates_the_site_from_the_headline() -> None:
    head = '<title>COAST DAILY|港の壁が承認された</title><meta property="og:site_name" content="COAST DAILY">'
    article = read_html(page(head, "<h1>COAST DAILY|港の壁が承認された</h1>"))
    assert article.title == "港の壁が承認された"


def test_site_name_in_og_title_and_h1_is_cut() -> None:
    article = read_html(
        page(
            '<meta property="og:title" content="Harbour wall approved">'
            '<meta property="og:site_name" content="Coast Daily">',
            "<h1>Harbour wall approved | Coast Daily</h1>",
        )
    )
    assert article.title == "Harbour wall approved"


def test_kicker_in_its_own_element_is_not_part_of_the_headline() -> None:
    article = read_html(
        page(
            '<meta property="og:title" content="Coastline: Harbour wall approved after long debate">',
            "<h1><span class='kicker'>Coastline</span><span>Harbour wall approved after long debate</span></h1>",
        )
    )
    assert article.title == "Harbour wall approved after long debate"


def test_headline_with_its_own_dash_stays_whole() -> None:
    article = read_html(
        page(
            "<title>Harbour wall approved – and the fishermen are pleased | Coast Daily</title>",
            "<h1>Harbour wall approved – and the fishermen are pleased</h1>",
        )
    )
    assert article.title == "Harbour wall approved – and the fishermen are pleased"


def test_printed_date_under_the_headline_beats_an_older_metadata_date() -> None:
    article = read_html(
        page(
            '<meta property="article:published_time" content="2023-03-01T09:00:00+01:00">',
            "<h1>Harbour wall approved</h1><div class='article-date'><time datetime='2023-03-05T10:15:00+01:00'>"
            "5 March 2023</time></div><p class='date'>05.03.2023</p>",
        )
    )
    assert isinstance(article.published, datetime)
    assert article.published.isoformat() == "2023-03-05T10:15:00+01:00"


def test_agreeing_sources_keep_the_time_and_offset() -> None:
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Harbour wall approved",
        "datePublished": "2023-03-05T10:15:00+01:00",
        "dateModified": "2023-04-01T08:00:00+01:00",
    }
    article = read_html(
        page(
            f'<script type="application/ld+json">{json.dumps(ld)}</script>',
            "<h1>Harbour wall approved</h1><span class='date'>5 March 2023</span>",
        )
    )
    assert isinstance(article.published, datetime)
    assert article.published.isoformat() == "2023-03-05T10:15:00+01:00"


def test_relative_dates_are_never_the_publication_date_and_a_modified_one_only_with_a_note() -> None:
    article = read_html(
        page(
            '<meta property="article:modified_time" content="2023-04-01T08:00:00+00:00">',
            "<h1>Harbour wall approved</h1><span class='updated'>Updated 2023-04-01</span>"
            "<span class='date'>vor 2 Stunden</span>",
        )
    )
    # the page's last change is all that dates it: better than no date (which becomes today), and said so
    assert article.published is not None and article.published.isoformat()[:10] == "2023-04-01"
    assert any("last-modified" in note for note in article.notes)


def test_german_dateline_with_words_around_it() -> None:
    article = read_html(
        page("", "<h1>Hafenmauer genehmigt</h1><div class='meta'>Veröffentlicht am 19.06.2024, 18:05 Uhr</div>")
    )
    assert article.published is not None
    assert str(article.published)[:10] == "2024-06-19"


def test_date_path_in_the_canonical_url_counts_when_nothing_else_does() -> None:
    article = read_html(
        page(
            '<link rel="canonical" href="https://coast.example/2021/11/08/harbour-wall/">',
            "<h1>Harbour wall approved</h1>",
        )
    )
    assert article.published == date(2021, 11, 8)


def test_nested_json_ld_author_objects_give_every_person() -> None:
    ld = {
        "@graph": [
            {"@type": "WebSite", "name": "Coast Daily"},
            {
                "@type": "NewsArticle",
                "headline": "Harbour wall approved",
                "author": [{"@type": "Person", "name": "Mara Lindqvist"}, {"@type": "Person", "name": "Tom Okafor"}],
            },
        ]
    }
    article = read_html(
        page(f'<script type="application/ld+json">{json.dumps(ld)}</script>', "<h1>Harbour wall approved</h1>")
    )
    assert article.authors == ("Mara Lindqvist", "Tom Okafor")


def test_publisher_as_author_gives_way_to_the_printed_byline() -> None:
    article = read_html(
        page(
            '<meta name="author" content="Coast Daily"><meta property="og:site_name" content="Coast Daily">'
            '<link rel="canonical" href="https://www.coastdaily.example/harbour">',
            "<h1>Harbour wall approved</h1><p><i>Von Mara Lindqvist</i></p>",
        )
    )
    assert article.authors == ("Mara Lindqvist",)


def test_label_and_name_byline() -> None:
    article = read_html(
        page("", "<h1>Harbour wall approved</h1><p><strong>Autor:</strong> <a href='/p/1'>Tom Okafor</a></p>")
    )
    assert article.authors == ("Tom Okafor",)


def test_a_desk_is_kept_only_when_no_person_is_named() -> None:
    alone = read_html(page('<meta name="author" content="Redaktion">', "<h1>Harbour wall approved</h1>"))
    assert alone.authors == ("Redaktion",)
    with_person = read_html(
        page(
            '<meta name="author" content="Redaktion">',
            "<h1>Harbour wall approved</h1><div class='byline'>By Tom Okafor</div>",
        )
    )
    assert with_person.authors == ("Tom Okafor",)


def test_author_name_escaped_twice_by_the_cms_is_read_whole() -> None:
    article = read_html(
        page('<meta name="author" content="Jos&amp;eacute; Mart&amp;iacute;nez">', "<h1>Harbour wall approved</h1>")
    )
    assert article.authors == ("José Martínez",)


def test_a_title_that_names_no_article_gives_way_to_the_h1() -> None:
    article = read_html(page("<title>Home</title>", "<h1>Time to mend the harbour wall</h1>"))
    assert article.title == "Time to mend the harbour wall"


def test_a_dateline_that_names_its_author() -> None:
    article = read_html(
        page("", "<h1>Harbour wall approved</h1><small>05.03.2023 | 10:15 Uhr | Mara Lindqvist</small>")
    )
    assert article.authors == ("Mara Lindqvist",)
    assert article.published is not None


def test_a_story_signed_at_its_end_but_not_a_bold_subheading() -> None:
    signed = read_html(
        page("", "<h1>Harbour wall approved</h1><div><p>The work starts in May.</p><p><b>Tom Okafor</b></p></div>")
    )
    assert signed.authors == ("Tom Okafor",)
    subheading = read_html(
        page("", "<h1>Harbour wall approved</h1><div><p><b>Neue Regeln</b></p><p>Ab Mai gilt es.</p></div>")
    )
    assert subheading.authors == ()


def test_a_name_that_opens_with_a_particle_keeps_it() -> None:
    article = read_html(page('<meta name="author" content="Anna von der Heide">', "<h1>Harbour wall approved</h1>"))
    assert article.authors == ("Anna von der Heide",)
    article = read_html(page("", "<h1>Havenmuur goedgekeurd</h1><p>Door Jan de Vries</p>"))
    assert article.authors == ("Jan de Vries",)


def test_page_with_an_xml_declaration_is_read() -> None:
    article = read_html(
        '<?xml version="1.0" encoding="utf-8"?>\n'
        + page("<title>Harbour wall approved</title>", "<h1>Harbour wall approved</h1>")
    )
    assert article.title == "Harbour wall approved"


def test_a_created_by_line_names_the_author() -> None:
    article = read_html(
        page(
            "<title>Harbour wall approved</title>",
            '<h1>Harbour wall approved</h1><span class="x">Erstellt von Jane Roe</span>',
        )
    )
    assert article.authors == ("Jane Roe",)


def test_a_json_ld_reference_is_not_the_publisher_name() -> None:
    ld = {
        "@type": "NewsArticle",
        "headline": "Harbour wall approved",
        "publisher": {"@id": "https://coast.example/#org"},
    }
    head = (
        f'<script type="application/ld+json">{json.dumps(ld)}</script>'
        '<meta property="og:site_name" content="Coast Daily"><title>Harbour wall approved</title>'
    )
    assert read_html(page(head, "<h1>Harbour wall approved</h1>")).publisher == "Coast Daily"


def test_a_page_dated_only_by_its_last_change_takes_that_day() -> None:
    # a press release changed the day it was issued: the modified date is all the page has
    from briefkit.importer.htmlpage import read_html

    body = "".join(
        f"<p>{'The agency said on Friday that the research project on safe cars had started with two partners. ' * 3}</p>"
        for _ in range(4)
    )
    html = (
        '<html lang="en"><head><title>Research project on safe cars starts</title>'
        '<meta property="article:modified_time" content="2022-01-28T10:00:00+01:00"></head>'
        f"<body><main><h1>Research project on safe cars starts</h1>{body}</main></body></html>"
    )
    published = read_html(html).published
    assert published is not None and published.isoformat()[:10] == "2022-01-28"


def test_a_title_with_an_empty_headline_part_names_only_the_site() -> None:
    article = read_html(
        page(
            "<title>Coast Rail Enquiries -</title>",
            '<h1 class="logo"></h1><main><h2>Replacement buses between the harbour and the town</h2></main>',
        )
    )
    assert article.title == "Replacement buses between the harbour and the town"


def test_a_site_name_field_that_holds_the_headline_gives_only_its_site_part() -> None:
    head = '<meta name="application-name" content="Harbour wall approved - Coast Daily">'
    assert read_html(page(head, "<h1>Harbour wall approved</h1>")).publisher == "Coast Daily"


def test_a_byline_that_trails_its_date_names_only_the_author() -> None:
    # a one-word name and a date after it: "von <name> am <day>"
    article = read_html(
        page("", "<h1>Harbour wall approved</h1><p class='info'>Erstellt von Fenna am Dienstag 6. Mai 2014</p>")
    )
    assert article.authors == ("Fenna",)


def test_a_phrase_opening_with_von_is_no_byline() -> None:
    article = read_html(
        page("", "<h1>Harbour wall approved</h1><p class='info'>Von Fischern, Möwen und viel Regen</p>")
    )
    assert article.authors == ()


def test_the_link_to_the_author_page_outweighs_a_site_wide_author_meta() -> None:
    article = read_html(
        page(
            '<meta name="author" content="Web Studio Nord">',
            '<h1>Harbour wall approved</h1><p class="date">Erstellt von <a href="/author/sanne/">Sanne</a>'
            " am 6. Mai 2014</p>",
        )
    )
    assert article.authors == ("Sanne",)


def test_the_desk_that_signs_beats_the_site_name_in_the_author_field() -> None:
    ld = {
        "@type": "NewsArticle",
        "headline": "Harbour wall approved",
        "author": {"@type": "Organization", "name": "Redaktion Coast Daily Wissen"},
    }
    article = read_html(
        page(
            f'<script type="application/ld+json">{json.dumps(ld)}</script>'
            '<meta name="author" content="Coast Daily"><meta property="og:site_name" content="Coast Daily">',
            "<h1>Harbour wall approved</h1><p>Autor: Redaktion Coast Daily Wissen Stand: 01.11.2021</p>",
        )
    )
    assert article.authors == ("Redaktion Coast Daily Wissen",)


def test_a_logo_h1_that_is_the_titles_last_part_is_the_site_not_the_headline() -> None:
    # no og:site_name: only the <title>'s "Headline | Site" shape tells the logo from the headline
    article = read_html(
        page(
            "<title>Harbour wall approved after long debate | Coast Gazette</title>",
            "<header><h1>Coast Gazette</h1></header><main><h1>Harbour wall approved after long debate</h1></main>",
        )
    )
    assert article.title == "Harbour wall approved after long debate"


def test_an_author_field_holding_the_site_part_of_the_title_gives_way_to_the_byline() -> None:
    article = read_html(
        page(
            "<title>Seaview Rowing Club Northport - Harbour wall approved - News</title>"
            '<meta name="author" content="Seaview Rowing Club">',
            "<h1>Harbour wall approved</h1><p>Geschrieben von Fenna</p>",
        )
    )
    assert article.authors == ("Fenna",)


def test_an_interview_byline_names_both_speakers() -> None:
    article = read_html(
        page("", "<h1>Harbour wall approved</h1><p class='byline'>Mara Lindqvist im Gespräch mit Tom Okafor</p>")
    )
    assert article.authors == ("Mara Lindqvist", "Tom Okafor")


def test_a_headline_repeated_under_itself_with_its_subject_is_read_whole() -> None:
    article = read_html(
        page(
            "<title>Old harbour cranes, part 12 - Port History Pages</title>",
            "<h1>Old harbour cranes, part 12</h1><h2>Old harbour cranes, part 12 – The steam crane of 1921</h2>",
        )
    )
    assert article.title == "Old harbour cranes, part 12 – The steam crane of 1921"


def test_teasers_author_markup_repeated_is_one_witness() -> None:
    ld = {
        "@type": "NewsArticle",
        "headline": "Harbour wall approved",
        "author": {"@type": "Person", "name": "Mara Lindqvist"},
    }
    teaser = (
        '<div itemscope itemtype="https://schema.org/Article"><a href="/t">Ferry times change</a>'
        '<span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Tom Okafor</span>'
        "</span></div>"
    )
    article = read_html(
        page(
            f'<script type="application/ld+json">{json.dumps(ld)}</script>',
            f"<h1>Harbour wall approved</h1>{teaser * 3}",
        )
    )
    assert article.authors == ("Mara Lindqvist",)


def test_a_description_written_as_an_excerpt_s_html_gives_its_words_only() -> None:
    cut = (
        "The harbour wall was approved after a long night in the council and"
        '<a class="more" href="https://coast.example/harbour">Read more</a>'
    )
    whole = "The harbour wall was approved. <i>Jane Roe looks back.</i>"
    for description, summary in (
        (cut, "The harbour wall was approved after a long night in the council and …"),
        (whole, "The harbour wall was approved. Jane Roe looks back."),
        ("Tides run 2 < 3 metres > usual.", "Tides run 2 < 3 metres > usual."),
    ):
        head = f'<meta property="og:description" content="{html.escape(description)}">'
        article = read_html(page(head, "<h1>Harbour wall approved</h1>"))
        assert article.summary == summary


def test_of_two_article_blocks_the_one_whose_headline_the_h1_prints_gives_the_authors() -> None:
    # a sidebar's "top story" is described first, with its own author; the page's own story second
    def block(headline: str, author: str) -> str:
        obj = {"@type": "NewsArticle", "headline": headline, "author": {"@type": "Person", "name": author}}
        return f'<script type="application/ld+json">{json.dumps(obj)}</script>'

    head = block("Ferry timetable cut for the winter", "Ada Brennan") + block("Harbour wall approved", "Owen Tally")
    article = read_html(page(head, "<h1>Harbour wall approved</h1>"))
    assert article.authors == ("Owen Tally",)
