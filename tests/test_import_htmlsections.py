"""A saved page whose <title> names a section, not the story ("Town: News"), and a masthead h1.

Small sites set one <title> for a whole section and print the story's headline only in the body,
in a heading that shares no word with the title; some print the site's name in an h1 above it.
The pages here are made up for the tests; the last ones guard the common "Headline | Site".
"""

from __future__ import annotations

from briefkit.importer.htmlpage import read_html

BODY = (
    "<p>"
    + " ".join(["The volunteers repainted the old ferry shelter and planted bulbs along the path."] * 6)
    + "</p>"
)


def page(title: str, body: str) -> str:
    return f"<!doctype html><html><head><title>{title}</title></head><body>{body}<div>{BODY}</div></body></html>"


def test_a_site_and_section_title_gives_the_h1_that_shares_no_word_with_it() -> None:
    html = page("Borough of Fenwick: Updates", "<h1>Ferry shelter reopens after months without a roof</h1>")
    assert read_html(html).title == "Ferry shelter reopens after months without a roof"


def test_a_section_and_long_site_title_gives_the_only_h2_when_there_is_no_h1() -> None:
    html = page(
        "Newsletter | Friends of the Lower Fenwick Riverside Path",
        '<div><h2 itemprop="headline">A word from the chair: bulbs, paint and patience</h2></div>',
    )
    assert read_html(html).title == "A word from the chair: bulbs, paint and patience"


def test_a_blog_masthead_h1_that_prints_the_titles_first_part_is_not_the_headline() -> None:
    html = page(
        "Tales from the Towpath: Why we moved the bench again",
        '<h1 class="blog-title"><a>Tales from the Towpath</a></h1><h2>Why we moved the bench again</h2>',
    )
    assert read_html(html).title == "Why we moved the bench again"


def test_a_society_masthead_h1_under_a_section_title_gives_the_story_h2() -> None:
    html = page(
        "News – Fenwick Riverside Path Society",
        "<h1>Fenwick Riverside Path Society</h1><ul><li>About</li><li>News</li></ul><h2>Spring clean-up draws forty helpers and two dogs</h2>",
    )
    assert read_html(html).title == "Spring clean-up draws forty helpers and two dogs"


def test_headline_then_short_site_with_a_long_teaser_heading_keeps_the_h1() -> None:
    html = page(
        "Ferry shelter reopens | Fenwick Post",
        "<h1>Ferry shelter reopens</h1><h2>Readers also liked these stories from the riverside this week</h2>",
    )
    assert read_html(html).title == "Ferry shelter reopens"


def test_short_site_then_headline_with_a_long_teaser_heading_keeps_the_h1() -> None:
    html = page(
        "Fenwick Post – Ferry shelter reopens",
        "<h1>Ferry shelter reopens</h1><h2>Readers also liked these stories from the riverside this week</h2>",
    )
    assert read_html(html).title == "Ferry shelter reopens"


def test_the_sites_name_in_a_heading_after_the_story_does_not_make_the_h1_a_masthead() -> None:
    html = (
        "<!doctype html><html><head><title>Ferry shelter reopens | Friends of the Fenwick Path</title></head>"
        f"<body><h1>Ferry shelter reopens</h1><div>{BODY}</div><div><h2>Friends of the Fenwick Path</h2></div>"
        "</body></html>"
    )
    assert read_html(html).title == "Ferry shelter reopens"


def test_a_long_heading_after_the_story_is_not_taken_for_the_headline() -> None:
    html = (
        "<!doctype html><html><head><title>Borough of Fenwick: Updates</title></head>"
        f"<body><div>{BODY}</div><h1>Sign up now and get every update straight to your inbox</h1></body></html>"
    )
    assert read_html(html).title != "Sign up now and get every update straight to your inbox"


def test_a_title_that_is_only_the_sites_short_name_gives_the_story_h2() -> None:
    html = page("Fenwick Magazine", "<h2 class='post-title'>Ferry shelter reopens after months without a roof</h2>")
    assert read_html(html).title == "Ferry shelter reopens after months without a roof"


def test_a_short_headline_alone_in_the_title_is_kept_when_a_heading_prints_it() -> None:
    html = page("Shelter reopens", "<h2>Shelter reopens</h2><h2>Volunteers repaint the old ferry shelter by the path</h2>")
    assert read_html(html).title == "Shelter reopens"
