"""Bylines a saved page prints in shapes the metadata does not share: the site's name in the author field
gives way to the person the visible page names.

Small pages written for these tests, each with one way a real page prints who wrote it: a label of a
language beyond the first eight, a long line of an old page's details parted by bars, an e-mail address
after the name, the writer's post after a slash.
"""

from __future__ import annotations

from datetime import date

from briefkit.importer.claimnames import claim_names
from briefkit.importer.dates import date_in_address
from briefkit.importer.htmlpage import read_html
from briefkit.importer.markupmeta import Claim

BODY = (
    "<p>"
    + " ".join(["The council met on a windy morning and agreed the new harbour wall after a long debate."] * 6)
    + "</p>"
)
# the author field names the site, as its address spells it
HEAD = (
    '<title>Harbour wall approved</title><meta name="author" content="Coast Daily">'
    '<link rel="canonical" href="https://www.coastdaily.example/harbour/wall-approved">'
)


def page(byline: str, head: str = HEAD) -> str:
    return (
        f"<!doctype html><html><head>{head}</head><body><table><tr><td>"
        f"<span class='big'>Harbour wall approved</span><br>{byline}<div>{BODY}</div>"
        "</td></tr></table></body></html>"
    )


def test_a_label_of_a_later_language_signs_the_story() -> None:
    # Croatian and Serbian "Piše:" ("writes:") in a span of its own, the meta author the site's name
    article = read_html(page("<span class='d'>Piše: Mirna Kovačić</span>"))
    assert article.authors == ("Mirna Kovačić",)


def test_a_long_line_of_short_details_names_its_writer() -> None:
    line = (
        "<span class='d'>Data: 12.03.2019 &nbsp;|&nbsp; Autor: <b>Ilie Dumitrescu</b> &nbsp;|&nbsp; "
        "Citiri: 2.410 &nbsp;|&nbsp; <a href='#'>Tipăreşte</a> &nbsp;|&nbsp; <a href='#'>Trimite unui prieten</a></span>"
    )
    assert read_html(page(line)).authors == ("Ilie Dumitrescu",)


def test_a_long_sentence_with_bars_is_no_dateline() -> None:
    line = (
        "<span>The harbour wall, first planned in 2019 | long delayed by the storms of two winters and the "
        "council's budget | is to be finished by Jane Roe's firm</span>"
    )
    assert read_html(page(line)).authors == ("Coast Daily",)


def test_an_address_after_the_name_is_left_out() -> None:
    claim = Claim("Oleh Siti Aminah Rahman - desk@coastdaily.example", "byline", 3)
    assert claim_names(claim) == ["Siti Aminah Rahman"]
    assert claim_names(Claim("desk@coastdaily.example", "byline", 3)) == []


def test_a_post_after_a_slash_is_the_writers_role() -> None:
    assert claim_names(Claim("By Ken Arimura / Coast Daily Staff Writer", "byline", 3)) == ["Ken Arimura"]
    assert claim_names(Claim("Jane Roe / Sam Poe", "byline", 3)) == ["Jane Roe", "Sam Poe"]  # two writers


def test_a_slashed_byline_gives_way_to_the_sites_name_in_the_markup() -> None:
    ld = '{"@type": "NewsArticle", "author": {"@type": "Organization", "name": "Coast Daily"}}'
    head = f'<title>Harbour wall approved</title><script type="application/ld+json">{ld}</script>'
    article = read_html(page("<p>By Ken Arimura / Coast Daily Staff Writer</p>", head))
    assert article.authors == ("Ken Arimura",)


def test_a_first_name_that_is_a_short_word_elsewhere_is_still_the_writers() -> None:
    # "An" is an article in English and a preposition in German; filed as the author and printed in the byline
    # after "Door", it is a Flemish first name, and the co-writer after "en" is read too
    head = '<title>Harbour wall approved</title><meta name="author" content="An Verhulst">'
    byline = "<p class='by'>Door An Verhulst en Joris Van Damme</p>"
    assert read_html(page(byline, head)).authors[0] == "An Verhulst"
    assert claim_names(Claim("Door An Verhulst en Joris Van Damme", "byline", 3)) == ["An Verhulst", "Joris Van Damme"]


def test_an_about_the_author_box_after_the_story_names_its_writer() -> None:
    # Bulgarian "За автора" ("about the author") over the name and a bio; Dublin Core names the site
    box = (
        "<div class='box'><div class='lbl'>За автора</div><div><a href='/avtori/x'>Мария Иванова</a></div>"
        "<div>Репортер, пише за пристанището и общината от десет години.</div></div>"
    )
    head = (
        '<title>Harbour wall approved</title><meta name="dcterms.creator" content="Coast Daily">'
        '<link rel="canonical" href="https://www.coastdaily.example/harbour/wall-approved">'
    )
    html = page("", head).replace("</td>", box + "</td>")
    assert read_html(html).authors == ("Мария Иванова",)


def test_an_about_label_over_a_sentence_names_nobody() -> None:
    box = "<div class='box'><div>About the author</div><div>She Writes Weekly About Ports</div></div>"
    html = page("").replace("</td>", box + "</td>")
    assert read_html(html).authors == ("Coast Daily",)


def test_a_name_linked_to_its_own_page_beside_the_town_signs_the_story() -> None:
    # the JSON-LD files the site as the author; the line under the headline links the reporter's page and
    # names the town. "Mert" is a Hungarian function word, "ı" a letter the address spells "i"
    ld = '{"@type": "NewsArticle", "author": {"@type": "Person", "name": "Coast Daily"}}'
    head = (
        f'<title>Harbour wall approved</title><script type="application/ld+json">{ld}</script>'
        '<link rel="canonical" href="https://www.coastdaily.example/harbour/wall-approved">'
    )
    line = "<div class='w'><img src='/p.jpg' alt=''><a href='/reporter/mert-yildirim'>Mert Yıldırım</a> | Mersin</div>"
    assert read_html(page(line, head)).authors == ("Mert Yıldırım",)


def test_a_linked_name_inside_a_sentence_or_a_row_signs_nothing() -> None:
    sentence = "<p>Questions go to <a href='/people/jane-roe'>Jane Roe</a> at the harbour office</p>"
    row = "<div><a href='/tag/jane-roe'>Jane Roe</a> | <a href='/tag/harbour'>Harbour</a></div>"
    assert read_html(page(sentence)).authors == ("Coast Daily",)
    assert read_html(page(row)).authors == ("Coast Daily",)


def test_a_compact_day_in_the_address_goes_on_to_the_hour() -> None:
    assert date_in_address("https://coastdaily.example/news/20261104-093015/") == date(2026, 11, 4)
    assert date_in_address("https://coastdaily.example/news/20261104_harbour-wall") == date(2026, 11, 4)
    assert date_in_address("https://coastdaily.example/news/202611041234") is None  # an id, no day


def test_the_printed_day_and_the_address_outvote_a_templates_date() -> None:
    # the JSON-LD carries the template's default day; the line under the headline and the address agree
    ld = '{"@type": "NewsArticle", "headline": "Harbour wall approved", "datePublished": "2015-04-01T00:00:00+09:00"}'
    head = (
        f'<title>Harbour wall approved</title><script type="application/ld+json">{ld}</script>'
        '<link rel="canonical" href="https://coastdaily.example/news/20261104-093015/">'
    )
    html = (
        f"<!doctype html><html><head>{head}</head><body><article><h1>Harbour wall approved</h1>"
        f"<p class='date'>09:30 JST, November 4, 2026</p>{BODY}</article></body></html>"
    )
    assert read_html(html).published.date() == date(2026, 11, 4)


def test_a_title_written_without_accents_is_given_the_printed_spelling() -> None:
    # no heading on the page: the <title>'s headline part is read, spelled as the line over the story prints it
    head = "<title>Coasta Zilei - Stiri - Digul portului, aprobat dupa o sedinta de sase ore</title>"
    html = (
        f"<!doctype html><html><head>{head}</head><body><table><tr><td>"
        f"<span class='t'>Digul portului, aprobat după o şedinţă de şase ore</span><div>{BODY}</div>"
        "</td></tr></table></body></html>"
    )
    assert read_html(html).title == "Digul portului, aprobat după o şedinţă de şase ore"


def test_a_title_no_line_prints_with_accents_is_kept() -> None:
    head = "<title>Coasta Zilei - Stiri - Digul portului, aprobat dupa o sedinta lunga</title>"
    html = f"<!doctype html><html><head>{head}</head><body><table><tr><td><div>{BODY}</div></td></tr></table></body></html>"
    assert read_html(html).title == "Digul portului, aprobat dupa o sedinta lunga"
