"""A byline's post set apart by a slash or a bar, and the counts a byline box prints beside the name."""

import pytest

from briefkit.importer.bylines import parse_byline
from briefkit.importer.claimnames import claim_names
from briefkit.importer.htmlevidence import Claim
from briefkit.importer.htmlpage import read_html


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Tan Mei Hua / Staff writer", ("Tan Mei Hua",)),
        ("Ada Lovelace Byron | Senior correspondent", ("Ada Lovelace Byron",)),
        ("Jane Roe / Staff writer", ("Jane Roe",)),
        ("Jane Roe / Reporter", ("Jane Roe",)),
        ("Jane Roe Political Editor", ("Jane Roe",)),  # no separator: the post after the name, as before
        ("Jane Roe / Sam Poe", ()),  # two names, no post: not read as a name and its post
    ],
)
def test_a_post_after_a_slash_or_bar_keeps_the_whole_name(line, names):
    assert parse_byline(line) == names


@pytest.mark.parametrize("text", ["• 6 min read", "6 min read", "4 minutes de lecture", "3 Min. Lesezeit", "5 мин чтения"])
def test_a_reading_time_in_the_byline_box_is_no_name(text):
    assert claim_names(Claim(text, "byline", 0)) == []


@pytest.mark.parametrize("text", ["20 Minuten", "Jane Roe • 6 min read"])
def test_a_capitalised_title_and_a_name_beside_the_count_are_kept(text):
    assert claim_names(Claim(text, "byline", 0)) == [text.split(" •")[0]]


PAGE = """<!doctype html><html lang="en"><head><title>Harbour dust case opens | The Valley Ledger</title>
<meta property="og:site_name" content="The Valley Ledger"></head><body>
<article><h1>Harbour dust case opens</h1>
<div class="article-byline"><time datetime="2024-03-02">2 Mar 2024</time><span class="reading-time"> • 6 min read</span></div>
<p>Residents near the harbour asked a court on Friday to stop the open storage of ore until covers are fitted.</p>
<p>The port's lawyers said the covers were on order and that the stockpiles had been moved further from homes.</p>
<p>The hearing continues next week, when the court will hear from the city's air quality officer.</p>
</article></body></html>"""


def test_a_page_whose_byline_box_shows_only_the_date_and_reading_time_names_no_writer():
    assert read_html(PAGE).authors == ()


def test_the_same_box_with_a_name_gives_the_name():
    assert read_html(PAGE.replace("<span class=", "<span>Jane Roe</span> <span class=", 1)).authors == ("Jane Roe",)
