"""A saved page's publication date: which of the page's dates is the story's, and in which zone."""

from __future__ import annotations

import json
import sys
from datetime import date, datetime
from typing import Any

from briefkit.importer.htmlpage import read_html

BODY = (
    "<p>"
    + " ".join(["The council met on a wet evening and agreed the new harbour wall after a long debate."] * 6)
    + "</p>"
)


def page(head: str = "", body: str = "") -> str:
    return f"<!doctype html><html><head>{head}</head><body>{body}<article>{BODY}</article></body></html>"


def test_a_utc_time_given_in_the_page_own_zone_elsewhere_keeps_the_printed_day() -> None:
    # published late in the evening in a zone four hours behind UTC: the next day in UTC
    ld = {"@type": "NewsArticle", "headline": "Harbour wall approved", "datePublished": "2022-05-04T03:37:37+00:00"}
    article = read_html(
        page(
            f'<script type="application/ld+json">{json.dumps(ld)}</script>'
            '<meta property="article:published_time" content="2022-05-04T03:37:37+00:00">',
            "<h1>Harbour wall approved</h1>"
            "<time class='entry-date updated' datetime='2022-05-03T23:37:37-04:00'>3 May 2022</time>",
        )
    )
    assert isinstance(article.published, datetime)
    assert article.published.isoformat() == "2022-05-03T23:37:37-04:00"


def test_a_utc_time_with_no_local_twin_stays_as_it_is() -> None:
    ld = {"@type": "NewsArticle", "headline": "Harbour wall approved", "datePublished": "2022-05-04T03:37:37+00:00"}
    article = read_html(
        page(
            f'<script type="application/ld+json">{json.dumps(ld)}</script>',
            "<h1>Harbour wall approved</h1><time class='updated' datetime='2022-05-05T09:00:00-04:00'>5 May</time>",
        )
    )
    assert isinstance(article.published, datetime)
    assert article.published.isoformat() == "2022-05-04T03:37:37+00:00"


def test_a_reader_comment_date_is_never_the_story_date() -> None:
    comments = "".join(
        f"<li class='comment'><span class='comment-author'>Reader {n}</span>"
        f"<time datetime='2021-11-1{n}T10:00:00+01:00'>1{n} Nov 2021</time><p>Good to hear.</p></li>"
        for n in range(2, 5)
    )
    article = read_html(
        page(
            '<meta name="date" content="2021-11-08">',
            f"<h1>Harbour wall approved</h1><section id='comments'><ol>{comments}</ol></section>",
        )
    )
    assert article.published is not None and str(article.published)[:10] == "2021-11-08"


def test_a_month_glued_to_the_word_before_it_is_read_without_dateparser() -> None:
    # "Redaktion" and "Nov 3, 2023" run together where the page's layout put no space between them
    from briefkit.importer.metapick import find_date

    assert find_date("Von der RedaktionNov 3, 2023") == date(2023, 11, 3)
    assert find_date("Frisches brotNovember 6, 2023 gebacken") == date(2023, 11, 6)


def test_a_date_badge_whose_day_and_year_stand_in_separate_boxes_is_read() -> None:
    # the badge prints "Mar 14" over "2009": the page's text runs them together as "Mar 142009"
    badge = "<div class='post-date'><span class='md'>Mar 14</span><span class='y'>2009</span></div>"
    article = read_html(page("<title>Harbour wall approved</title>", f"<h2>Harbour wall approved</h2>{badge}"))
    assert article.published == date(2009, 3, 14)


def test_a_line_that_says_when_the_post_was_published_dates_it_whatever_its_class(monkeypatch: Any) -> None:
    # a blog's footer line: no date class, no <time>, only its words say it is the publication date (read
    # here without htmldate, whose search finds this page's date on its own but misses it on busier pages)
    monkeypatch.setitem(sys.modules, "htmldate", None)
    line = (
        "<p class='postinfo'><a href='/2011/06/harbour-wall/'>Harbour wall approved</a> wurde am "
        "<nobr>21. Juni 2011</nobr> um <nobr>20:15</nobr> Uhr gepostet und unter <a href='/c/a'>Hafen</a>, "
        "<a href='/c/b'>Rat</a>, <a href='/c/c'>Bau</a> und <a href='/c/d'>Stadt</a> abgelegt.</p>"
    )
    article = read_html(page("<title>Harbour wall approved</title>", f"<h2>Harbour wall approved</h2>{line}"))
    assert article.published is not None and str(article.published)[:10] == "2011-06-21"


def test_a_slashed_date_field_is_read_month_first_when_the_printed_date_says_so() -> None:
    # "11/01/2023" is 11 January day first and 1 November month first: the printed "Erstellt am" decides
    article = read_html(
        page(
            '<meta name="date" content="11/01/2023 12:43:42">',
            "<h1>Harbour wall approved</h1><div class='story'><p>Erstellt am: 01.11.2023</p></div>",
        )
    )
    assert article.published is not None and str(article.published)[:10] == "2023-11-01"


def test_a_slashed_date_field_stays_day_first_when_nothing_else_dates_the_page() -> None:
    article = read_html(page('<meta name="date" content="11/01/2023">', "<h1>Harbour wall approved</h1>"))
    assert article.published == date(2023, 1, 11)


def test_a_byline_that_names_its_day_dates_the_story_whatever_its_class(monkeypatch: Any) -> None:
    # a how-to page: the only date near the headline sits in the poster's box, "von Gerda7 am 14.03.2019",
    # under a class that says nothing about dates; the readers' replies below are dated later
    monkeypatch.setitem(sys.modules, "htmldate", None)
    box = (
        "<div class='userbox'><span class='sub'>von <span class='nick'><a href='/u/gerda7'>Gerda7</a></span>"
        "\n<br>\nam 14.03.2019</span></div>"
    )
    replies = "<section id='comments'><p>Klappt prima! <time datetime='2019-03-17T09:00'>17.03.19</time></p></section>"
    article = read_html(
        page("<title>Zwiebeln ohne Tränen schneiden</title>", f"<h1>Zwiebeln ohne Tränen schneiden</h1>{box}{replies}")
    )
    assert article.published is not None and str(article.published)[:10] == "2019-03-14"


def _listed(own_date: str, own_href: str = "/news/harbour-wall-approved") -> str:
    """A page with no date of its own and a sidebar of latest stories, one of them this one."""
    teaser = "<li><a href='{}'>{}</a><span class='teaser-date'>{}</span></li>"
    return page(
        "<link rel='canonical' href='https://example.org/news/harbour-wall-approved'>",
        "<h1>Harbour wall approved</h1><aside><ul>"
        + teaser.format("/news/ferry-timetable-changes", "Ferry timetable changes", "2 April 2021")
        + teaser.format(own_href, "Harbour wall approved", own_date)
        + teaser.format("/news/library-reopens", "Library reopens", "20 February 2021")
        + "</ul></aside>",
    )


def test_the_page_own_teaser_in_a_list_dates_an_undated_page() -> None:
    article = read_html(_listed("12 March 2021"))
    assert article.published is not None and str(article.published)[:10] == "2021-03-12"


def test_a_comment_permalink_to_the_page_dates_nothing() -> None:
    article = read_html(_listed("12 March 2021", own_href="/news/harbour-wall-approved#comment-4"))
    assert article.published is None or str(article.published)[:10] != "2021-03-12"


def _thread(first_post_gap: str = "") -> str:
    """A forum thread: its title, then posts marked up as comments, each dated in a glued day and time."""
    post = (
        "<div class='forum-comment'><div class='comment-info'><span class='comment-user'>{}</span>"
        "<span class='comment-time'><span>{}</span><span>{}</span></span></div><p>{}</p></div>"
    )
    return (
        "<!doctype html><html><head><title>Phone will not sync over mobile data</title></head><body>"
        "<h1>Phone will not sync over mobile data</h1>" + first_post_gap
        + post.format("harbourfan", "14.03.21", "09:15", " ".join(["Since the update my phone will not sync."] * 8))
        + post.format("quayside", "15.03.21", "18:02", " ".join(["Turn the setting off and on again."] * 8))
        + "</body></html>"
    )


def test_a_forum_thread_is_dated_by_its_opening_post_under_the_headline() -> None:
    article = read_html(_thread())
    assert article.published is not None and str(article.published)[:16] == "2021-03-14 09:15"


def test_comments_after_an_undated_article_do_not_date_it() -> None:
    import lxml.html

    from briefkit.importer.htmlevidence import gather
    from briefkit.importer.metapick import opening_post_date
    from briefkit.importer.titlepick import pick_title

    gap = f"<article>{BODY * 3}</article>"
    evidence = gather(lxml.html.document_fromstring(_thread(first_post_gap=gap)))
    pick_title(evidence)
    assert evidence.thread and opening_post_date(evidence) is None


def test_a_date_line_named_data_in_portuguese_or_italian_is_read() -> None:
    # no metadata date: the byline box is classed with the word for date in Portuguese and Italian
    for cls, printed in (("autor-data", "10 de junho de 2024 às 14h20"), ("data", "12 marzo 2024")):
        body = f"<h1>Harbour wall approved</h1><div class='{cls}'><span>Por Ana Example</span> {printed}</div>"
        article = read_html(page("<title>Harbour wall approved</title>", body))
        assert article.published is not None
        assert article.published.isoformat()[:10] == ("2024-06-10" if cls == "autor-data" else "2024-03-12")


def test_a_dateline_that_prints_the_update_first_gives_the_publication_day() -> None:
    # "Updated … Published …" in one line, day first with slashes: the labelled update is not the story's day
    for line in ("Actualizado 20/06/2024 09:30 Publicado 19/06/2024 18:05", "Updated 20/06/2024 Posted 19/06/2024"):
        body = f"<h1>Harbour wall approved</h1><div class='meta'><span>Por Ana Example</span> {line}</div>"
        article = read_html(page("<title>Harbour wall approved</title>", body))
        assert article.published is not None
        assert article.published.isoformat()[:10] == "2024-06-19", line


_TEASERS = (
    "<section><h3>More from the region</h3><ul>"
    "<li><a href='/news/ferry'>Ferry back in service</a> <time>11.05.2026</time></li>"
    "<li><a href='/news/market'>Market moves to the quay</a> <time>10.05.2026</time></li>"
    "<li><a href='/news/school'>School roof repaired</a> <time>09.05.2026</time></li>"
    "</ul></section>"
)


def test_the_dates_of_a_list_of_other_stories_never_date_the_story() -> None:
    head = "<title>Harbour wall approved</title><meta property='article:published_time' content='2026-05-12T06:00:00+02:00'>"
    article = read_html(page(head, "<h1>Harbour wall approved</h1>") + _TEASERS)
    assert article.published is not None and str(article.published)[:10] == "2026-05-12"
    # with no date of its own, the page is not dated by its neighbours' either
    article = read_html(page("<title>Harbour wall approved</title>", "<h1>Harbour wall approved</h1>" + _TEASERS))
    assert article.published is None or str(article.published)[:10] not in ("2026-05-11", "2026-05-10", "2026-05-09")


def test_a_byline_whose_parts_end_in_the_day_dates_the_story() -> None:
    byline = "<h1>Harbour wall approved</h1><div class='firma'>Marta Quiroga Villar | Oviedo | 12/05/2026 - 06:00h</div>"
    article = read_html(page("<title>Harbour wall approved</title>", byline + _TEASERS))
    assert article.published is not None and str(article.published)[:10] == "2026-05-12"


def test_a_list_of_two_other_stories_never_dates_the_story_either() -> None:
    head = "<title>Harbour wall approved</title><meta property='article:published_time' content='2026-10-21T08:00:00+01:00'>"
    two = (
        "<section><h3>You might also like</h3><ul>"
        "<li><a href='/a/0'>Ten new bakeries</a> <time>14 October 2026</time></li>"
        "<li><a href='/a/1'>Inside the old gasworks</a> <time>9 October 2026</time></li></ul></section>"
    )
    article = read_html(page(head, "<h1>Harbour wall approved</h1>") + two)
    assert article.published is not None and str(article.published)[:10] == "2026-10-21"


def test_a_site_name_that_is_a_link_without_an_address_breaks_nothing() -> None:
    headline = "Harbour wall approved after a long debate in the council"
    body = f"<header><a class='site-title'>Harbour Notes</a></header><h1>{headline}</h1>"
    assert read_html(page("<title>Harbour Notes – a blog</title>", body)).title == headline



def test_a_print_views_printing_day_is_not_the_publication_date() -> None:
    # the print view dates the printout at its top, then the article under its headline with its print issue
    top = (
        "<table class='printhead'><tr><td><img src='logo.gif' alt='Coast Daily'></td>"
        "<td class='printdate'>Ausdruck vom 06.12.2026</td></tr></table><div class='section'>Lokales</div>"
    )
    story = (
        "<div class='story'><h1 class='headline'>Harbour wall approved</h1><div class='issue'>Artikel vom Mittwoch, "
        "4. November 2026 · erschienen in der Printausgabe vom 5. November 2026, Seite 17</div>"
        f"<div class='author'>Ein Beitrag von Lena Marquardt</div>{BODY}</div>"
    )
    html = f"<!doctype html><html><head><title>Druckversion - Coast Daily</title></head><body>{top}{story}</body></html>"
    assert read_html(html).published == date(2026, 11, 4)


def test_a_utc_time_printed_by_the_headline_in_a_zone_it_does_not_name_keeps_the_printed_day() -> None:
    # published at half past eight in the morning twelve hours ahead of UTC: the evening before in UTC
    head = '<meta property="article:published_time" content="2025-03-06T20:30:00Z">'
    article = read_html(page(head, "<h1>Harbour wall approved</h1><p class='date'>08:30, Mar 07 2025</p>"))
    assert isinstance(article.published, datetime)
    assert article.published.date() == date(2025, 3, 7)
    assert article.published.isoformat() == "2025-03-07T08:30:00+12:00"


def test_a_printed_time_no_zone_can_give_stays_another_event() -> None:
    # twelve hours and ten minutes later: no time zone is that far off, the line tells of something else
    head = '<meta property="article:published_time" content="2025-03-06T20:30:00Z">'
    article = read_html(page(head, "<h1>Harbour wall approved</h1><p class='date'>08:40, Mar 07 2025</p>"))
    assert isinstance(article.published, datetime)
    assert article.published.date() == date(2025, 3, 6)


def test_htmldate_echoing_a_lone_date_created_does_not_outvote_the_dateline_under_the_headline() -> None:
    # a weekly's JSON-LD gives only the day the piece was drafted; the page prints the day, in a language
    # htmldate does not read, so htmldate falls back on the JSON-LD: an echo, not a second witness
    ld = {"@type": "Article", "headline": "Harbour wall approved", "dateCreated": "2026-11-30T18:22:00+01:00"}
    article = read_html(
        page(
            f'<script type="application/ld+json">{json.dumps(ld)}</script>',
            "<h1>Harbour wall approved</h1><p class='issue-date'>Numero 49 · 4 dicembre 2026</p>",
        )
    )
    assert article.published == date(2026, 12, 4)


def test_a_citation_date_no_stronger_than_the_dateline_under_the_headline_leaves_the_dateline() -> None:
    # a post presenting a paper: citation_publication_date is the paper's day, the line under the headline the post's
    article = read_html(
        page(
            '<meta name="citation_publication_date" content="2026/11/30">',
            "<h1>Harbour wall approved</h1><p class='post-date'>Posted on 2 December 2026</p>",
        )
    )
    assert article.published == date(2026, 12, 2)


def test_a_time_elements_utc_attribute_is_twinned_with_the_evening_its_text_prints() -> None:
    # the <time> says 03:15 UTC, its text the quarter past ten the evening before, five hours behind UTC, with
    # the clock written in a 12-hour form after a wordy date: the reader sees the evening's day
    head = '<meta property="article:published_time" content="2025-06-12T03:15:00Z">'
    line = (
        "<div class='byline'>Por: Lucía Ferrer <time class='date' datetime='2025-06-12T03:15:00Z'>"
        "11 de junio de 2025 - 10:15 p. m.</time></div>"
    )
    article = read_html(page(head, f"<h1>El muelle nuevo abre en julio</h1>{line}"))
    assert isinstance(article.published, datetime)
    assert article.published.date() == date(2025, 6, 11)
    assert article.published.isoformat() == "2025-06-11T22:15:00-05:00"


def test_a_time_elements_utc_attribute_stays_when_its_text_prints_another_hour() -> None:
    # 22:20 printed for 03:15 UTC: no zone is five hours and five minutes off, an update's time, not a twin
    line = (
        "<div class='byline'>Por: Lucía Ferrer <time class='date' datetime='2025-06-12T03:15:00Z'>"
        "11 de junio de 2025 - 10:20 p. m.</time></div>"
    )
    article = read_html(page("", f"<h1>El muelle nuevo abre en julio</h1>{line}"))
    assert article.published is not None
    assert article.published.isoformat().startswith("2025-06-12")


def test_the_dateline_opening_the_first_paragraph_beats_the_mastheads_day() -> None:
    # a table layout's masthead prints the day the page was read; the story's first words date the story
    top = "<table><tr><td class='today'>Puerto Viejo, jueves 9 de octubre de 2025</td></tr></table>"
    lead = (
        "<p><strong>Puerto Viejo, Lim., 7 de octubre de 2025.</strong>- El ayuntamiento cerrará el muelle norte "
        "durante dos semanas para reparar los pilotes dañados por el último temporal de lluvias.</p>"
    )
    html = (
        "<!doctype html><html><head><title>Cierran el muelle norte</title></head><body>"
        f"{top}<h1>Cierran el muelle norte por dos semanas</h1>{lead}{BODY}</body></html>"
    )
    assert read_html(html).published == date(2025, 10, 7)


def test_a_date_inside_the_first_paragraphs_sentence_is_no_dateline() -> None:
    from briefkit.importer.leaddatelines import lead_dateline

    assert lead_dateline("SEATTLE, March 4, 2026 /Harbor Wire/ -- The port opened a new terminal") == "March 4, 2026"
    assert lead_dateline("LISBOA, 4 de março de 2026 — A câmara aprovou") == "4 de março de 2026"
    assert lead_dateline("Yesterday, the board said that on 4 March 2026 - a Wednesday - it met") is None
    assert lead_dateline("The harbour wall, finished in 2026 - at last - stands") is None


def _utc_marked(when: str) -> str:
    ld = {"@type": "NewsArticle", "headline": "El muelle nuevo abre en julio", "datePublished": when}
    meta = f'<meta property="article:published_time" content="{when}">'
    return f'{meta}<script type="application/ld+json">{json.dumps(ld)}</script>'


def test_a_utc_time_on_the_day_after_the_printed_day_is_the_printed_evening() -> None:
    # the metadata's 02:10 UTC is the evening before west of UTC: the page prints that day, with no clock time
    head = _utc_marked("2025-06-12T02:10:00Z")
    line = "<div class='byline'>Por Lucía Ferrer</div><div class='date'>11 de junio de 2025</div>"
    article = read_html(page(head, f"<h1>El muelle nuevo abre en julio</h1>{line}"))
    assert article.published == date(2025, 6, 11)


def test_the_mastheads_day_of_reading_does_not_hide_the_printed_evening() -> None:
    # the bar over the masthead prints the day the page is read, UTC's; the story's own day under its headline
    # is the evening before, where 02:10 UTC falls west of UTC
    head = _utc_marked("2025-06-12T02:10:00Z")
    today = "<span class='date-today'>Jueves, 12 de junio de 2025</span>"
    top = f"<div class='topbar'>{today} <a href='/'>Portada</a></div>"
    nav = "".join(f"<li><a href='/s{i}/'>Sección {i}</a></li>" for i in range(12))
    line = "<div class='byline'>Por Lucía Ferrer</div><div class='date'>11 de junio de 2025</div>"
    article = read_html(page(head, f"{top}<ul>{nav}</ul><h1>El muelle nuevo abre en julio</h1>{line}"))
    assert article.published == date(2025, 6, 11)


def test_the_utc_day_printed_by_the_headline_keeps_it() -> None:
    # the UTC day printed nearest the headline, the day before farther off (a teaser's): the UTC day stays
    head = _utc_marked("2025-06-12T02:10:00Z")
    line = "<div class='byline'>Por Lucía Ferrer</div><div class='date'>12 de junio de 2025</div>"
    aside = "<div class='more'><a href='/otra/'>El faro cierra por obras</a> <span>11 de junio de 2025</span></div>"
    article = read_html(page(head, f"<h1>El muelle nuevo abre en julio</h1>{line}<p>{'Texto. ' * 30}</p>{aside}"))
    assert article.published is not None
    assert article.published.isoformat().startswith("2025-06-12")


def test_a_printed_day_no_zone_reaches_leaves_the_utc_day() -> None:
    # 20:00 UTC on the 12th is the 11th in no zone: the day printed is something else's
    head = _utc_marked("2025-06-12T20:00:00Z")
    line = "<div class='byline'>Por Lucía Ferrer</div><div class='date'>11 de junio de 2025</div>"
    article = read_html(page(head, f"<h1>El muelle nuevo abre en julio</h1>{line}"))
    assert article.published is not None
    assert article.published.isoformat().startswith("2025-06-12")


def test_a_utc_time_printed_with_its_zones_name_on_the_next_day_keeps_the_printed_day() -> None:
    # 22:50 UTC is ten to nine the next morning ten hours east, and the <time>'s text names that zone
    head = _utc_marked("2025-06-11T22:50:00Z")
    line = (
        "<div class='byline'>By Lucy Farrer <time class='date' datetime='2025-06-11T22:50:00Z'>"
        "Thursday 12 June 2025 8:50am AEST</time></div>"
    )
    article = read_html(page(head, f"<h1>The new pier opens in July</h1>{line}"))
    assert isinstance(article.published, datetime)
    assert article.published.isoformat() == "2025-06-12T08:50:00+10:00"


def test_a_named_zones_time_for_another_instant_leaves_the_utc_day() -> None:
    from datetime import timedelta, timezone

    from briefkit.importer.localtwins import printed_twin

    utc = datetime(2025, 6, 11, 22, 50, tzinfo=timezone.utc)
    later = datetime(2025, 6, 12, 9, 20, tzinfo=timezone(timedelta(hours=10)))
    same = datetime(2025, 6, 12, 8, 50, tzinfo=timezone(timedelta(hours=10)))
    assert printed_twin(utc, [later]) is None
    assert printed_twin(utc, [same]) == same


def _headless(title: str, body: str) -> str:
    return f"<!doctype html><html><head><title>{title}</title></head><body>{body}</body></html>"


def test_a_table_layouts_dateline_cell_under_a_span_headline_dates_the_page() -> None:
    # no heading anywhere: the headline is a styled span, the dateline a cell of its own; a list of other
    # stories with their days and a reader's dated comment come after the story
    rows = (
        "<table><tr><td><span class='head'>Harbour Wall Finally Approved After Long Debate</span></td></tr>"
        "<tr><td class='when'>Sunday, 14 March 2021 - 09:10 | Read 812 times</td></tr>"
        f"<tr><td>{BODY}</td></tr>"
        "<tr><td>» <a href='/s/2'>Older story about the pier</a> <span>(02/02/2021)</span></td></tr>"
        "<tr><td><b>Reader</b> <span>15/03/2021 10:00</span> Nice.</td></tr></table>"
    )
    article = read_html(_headless("Coast Daily - Harbour Wall Finally Approved After Long Debate", rows))
    assert article.published is not None
    assert article.published.isoformat().startswith("2021-03-14")


def test_a_release_numbers_line_gives_its_date_after_the_separator() -> None:
    head = '<meta property="og:title" content="Harbour Wall Finally Approved After Long Debate">'
    body = (
        "<div class='notice'><div class='no'>Press Release No: 2021/14 — 18 March 2021</div>"
        "<div class='head'>Harbour Wall Finally Approved After Long Debate</div>"
        f"<div class='text'>{BODY}</div></div>"
        "<ul><li><a href='/n/13'>Court calendar for the spring</a> <span>1 February 2021</span></li></ul>"
    )
    html = f"<!doctype html><html><head><title>Press - Court</title>{head}</head><body>{body}</body></html>"
    assert read_html(html).published == date(2021, 3, 18)


def test_a_utc_time_with_seconds_is_twinned_with_the_same_minute_printed_in_the_page_clock() -> None:
    # the markup keeps the seconds; the byline prints the newsroom's clock to the minute, the day before UTC's
    from briefkit.importer.localtwins import printed_twin

    when = datetime.fromisoformat("2025-02-08T01:15:42+00:00")
    zoned = datetime.fromisoformat("2025-02-07T18:15:00-07:00")  # "Feb 7, 2025 / 06:15 PM MST"
    assert printed_twin(when, [zoned]) == zoned
    twin = printed_twin(when, [datetime(2025, 2, 7, 18, 15)])  # "Feb 7, 2025 6:15 pm", no zone named
    assert twin is not None and twin.date() == date(2025, 2, 7)
    assert printed_twin(when, [datetime(2025, 2, 7, 18, 40)]) is None  # 25 minutes off: another event
