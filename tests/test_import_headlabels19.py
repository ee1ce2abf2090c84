"""Lines over a copied story's headline that are labels of the page, not its title, and a headline
the reader passed over as prose: a running live page's badge, a kicker joined to the headline's line
by the copy, a picture's caption with its credit run in, a trail parted by arrows, a document's type
over a release's or a speech's title, and a live page's long headline right over the story.

Each dump is written for the test (no publisher's text); each case is a shape real pages have.
"""

from __future__ import annotations

import storytexts
from briefkit.importer.article import Article
from briefkit.importer.doctypeheads import doc_type_line
from briefkit.importer.headbadges import badge_line
from briefkit.importer.htmlpage import read_html
from briefkit.importer.kickerprefix import kicker_cut
from briefkit.importer.labellines import CREDITED
from briefkit.importer.textdump import read_text_dump
from briefkit.importer.titlelines import title_shaped

_MENU = ["Home", "Islands", "Harbour", "Ferry", "Weather", "About us"]


def _read(*head: str, story: str = storytexts.FERRY) -> Article:
    return read_text_dump(storytexts.dump(_MENU, list(head), [story], storytexts.TAIL))


def test_a_running_live_pages_badge_is_no_headline() -> None:
    for badge in ("LIVE", "Live updates", "En direct", "EN VIVO", "In diretta", "Liveticker", "Na żywo", "Прямой эфир"):
        assert badge_line(badge), badge
    assert not badge_line("Live music returns to the harbour")


def test_a_live_pages_long_headline_over_its_standfirst_and_byline_is_read() -> None:
    title = (
        "LIVE. Ferry strike on the islands: one crossing in three this Monday, the crews to meet the "
        "operator again at three in the afternoon"
    )
    head = ("LIVE", title, "Follow the day with us as the crews and the operator talk again.", "By Jane Roe")
    assert _read(*head, "4 March 2025").title == title


def test_a_kicker_joined_by_a_stuck_colon_is_cut_off() -> None:
    assert kicker_cut("Harbour :The pier opens again in May") == "The pier opens again in May"
    # a colon set as French sets it, or as any writer does, stays in the headline
    assert kicker_cut("Port : le quai rouvre en mai") is None
    assert kicker_cut("Ferries: the pier opens again in May") is None
    dumped = _read("Ferries", "Ferries :Crossings are back to three a day", "By Jane Roe", "4 March 2025")
    assert dumped.title == "Crossings are back to three a day"


def test_a_trails_short_title_over_the_headline_is_not_cut_from_it() -> None:
    head = (
        "Home",
        "Ferries",
        "Island crossings",
        "Report · Ferries",
        "Island crossings: What the new timetable changes",
    )
    dumped = _read(*head, "By Jane Roe", "4 March 2025")
    assert dumped.title == "Island crossings: What the new timetable changes"


def test_a_caption_with_its_credit_run_in_is_no_headline() -> None:
    for caption in (
        "The ferry leaves the northern pier at dawn.(Supplied: Harbour Board)",
        "Crews repair the pier posts on Monday. —PHOTO COURTESY OF THE HARBOUR BOARD",
        "Widok na nowe molo od strony portu. Fot. Jan Kowalski",
        "The new deck seen from the lighthouse. Phot. Jane Roe",
    ):
        assert CREDITED.search(caption), caption
        assert not title_shaped(caption), caption
    assert not CREDITED.search("Ferry crossings are back to three a day")


def test_a_trail_parted_by_arrows_is_no_headline() -> None:
    assert not title_shaped("Home → News → Harbour and islands")
    assert title_shaped("Island hopping: from north → south in one day")


def test_a_documents_type_line_is_told() -> None:
    for line in (
        "Press release",
        "Pressemitteilung Nr. 12/2024",
        "Tal",
        "Communiqué de presse",
        "ニュースリリース 事業",
    ):
        assert doc_type_line(line), line
    for line in ("Talks on the pier resume", "Redeker wins the regatta", "Press release archive from last year"):
        assert not doc_type_line(line), line


def test_a_releases_title_under_its_type_beats_the_venue_and_the_office() -> None:
    head = (
        "Harbour Office of the Island Region",
        "Home",
        "Press and media",
        "Speeches",
        "Speech",
        "Why the ferries matter to the islands",
        "Harbour master Jane Roe",
        "Island ferry conference, North Harbour",
        "4 March 2025",
    )
    assert _read(*head).title == "Why the ferries matter to the islands"


def test_a_saved_pages_heading_with_its_kickers_hidden_colon_gives_the_headline() -> None:
    paras = "".join(f"<p>{s}</p>" for s in storytexts.LIBRARY)
    page = (
        "<html lang='en'><head><title>Library: Sunday opening from next month - Town Post</title>"
        "<meta property='og:title' content='Library: Sunday opening from next month'></head><body><main>"
        "<h2><span>Library</span> <span class='sr-only'>:</span><span>Sunday opening from next month</span></h2>"
        f"{paras}</main></body></html>"
    )
    assert read_html(page).title == "Sunday opening from next month"
