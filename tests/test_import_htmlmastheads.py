"""A saved page whose metadata title is only the site's name, printed in its header over the headline.

A small paper's template gives every page its own name as `og:title` and `<title>`; a blog
platform gives `og:title` the blog's name and `<title>` "Blog: Post". The headline is the
heading under the masthead. Small pages written for these tests.
"""

from __future__ import annotations

from briefkit.importer.htmlpage import read_html

BODY = (
    "<p>"
    + " ".join(["The ferry to the islands will run twice a day again from spring, the harbour board said."] * 6)
    + "</p>"
)
HEADLINE = "Island ferry to run twice a day again from spring"


def page(head: str = "", header: str = "", body: str = "") -> str:
    return f"<!doctype html><html><head>{head}</head><body><header>{header}</header>{body}{BODY}</body></html>"


def test_a_paper_name_as_every_title_is_not_the_headline_under_it() -> None:
    head = '<title>Coastal Weekly Courier</title><meta property="og:title" content="Coastal Weekly Courier">'
    header = "<h2 class='paper'>Coastal Weekly Courier</h2><p>Serving the islands since 1902</p>"
    article = read_html(page(head, header, f"<h1>{HEADLINE}</h1>"))
    assert article.title == HEADLINE


def test_a_blog_name_as_og_title_is_not_the_post_title_under_it() -> None:
    head = (
        f'<title>Notes from the Harbour: {HEADLINE}</title><meta property="og:title" content="Notes from the Harbour">'
    )
    header = "<h2 class='blog-title'>Notes from the Harbour</h2>"
    body = f"<h2 class='date-header'>Thursday, 3 December 2026</h2><h3 class='post-title'>{HEADLINE}</h3>"
    article = read_html(page(head, header, body))
    assert article.title == HEADLINE


def test_a_short_headline_printed_over_a_longer_h1_stays_the_headline() -> None:
    # a headline-length metadata title printed over the h1 names the story, not the site: the h2 agreeing with it stays
    head = f'<title>Ferry twice a day | Coastal Weekly Courier</title><meta property="og:title" content="{HEADLINE}">'
    body = f"<h2>{HEADLINE}</h2><h1>The harbour board has found the money for a second crew this winter</h1>"
    article = read_html(page(head, "", body))
    assert article.title == HEADLINE


def test_a_long_office_name_as_og_title_and_last_title_part_is_not_the_headline() -> None:
    # a public office's site: "Headline / Section / Home - Name" as <title>, its long name alone as og:title
    name = "The Services of the State in the County of Saltmarsh"
    head = f'<title>{HEADLINE} / Press releases / Home - {name}</title><meta property="og:title" content="{name}">'
    header = f"<p class='header-service-title'>{name}</p>"
    article = read_html(page(head, header, f"<h1>{HEADLINE}</h1>"))
    assert article.title == HEADLINE
