"""The lines stacked over a copied story that read as titles but are none, and the headline among
them: a consent banner that never writes "cookie", a press release's label and date, the writers'
names with no "By", a photographer's credit, an overline over a headline with its deck, a long
headline over a shorter deck, an overline over a headline whose deck has no full stop, a
campaign's name with its year, a title that opens with a quotation in « », a trail
whose links the copy ran together, a caption with its credit after the full stop, and a section's
name with the story's tag run after it.

Each dump is written for the test (no publisher's text); each case is a shape real pages have.
"""

from __future__ import annotations

import storytexts
from briefkit.importer.boilerplate import is_cookie_banner
from briefkit.importer.headlinerepeats import menu_run, section_tag
from briefkit.importer.headstack import in_guillemets, overline_kind
from briefkit.importer.labellines import CREDITED
from briefkit.importer.textdump import read_text_dump

_HEADLINE = "Ferry to the outer islands runs three times a day again after the pier repairs"


def _title(*head: str, top: tuple[str, ...] = ()) -> str:
    page = storytexts.dump(list(top), storytexts.MENU, list(head), [storytexts.FERRY], storytexts.TAIL)
    return read_text_dump(page).title


def test_a_consent_banner_that_names_trackers_is_no_story() -> None:
    banners = (
        "Nous utilisons des traceurs pour mesurer l'audience et vous proposer des contenus adaptés. En savoir plus",
        "Fem servir galetes pròpies i de tercers per analitzar el trànsit i mostrar-vos publicitat personalitzada.",
    )
    for banner in banners:
        assert is_cookie_banner(banner)
        assert _title(_HEADLINE, "By Jane Roe", top=("Skip to the article", banner, "Accept Refuse")) == _HEADLINE
    # a story's paragraph that speaks of trackers is no banner, nor a long one naming them
    assert not is_cookie_banner("The rangers fitted trackers to twelve seals to follow them along the coast.")
    long = "We use trackers on the seals, the rangers said, " + "and the data show where they feed " * 6 + "."
    assert not is_cookie_banner(long)


def test_a_press_releases_label_and_date_is_no_headline() -> None:
    label = "Press release 4 March 2025 · 07:00 GMT Regulatory announcement"
    head = (label, _HEADLINE, "Three crossings a day from Monday", "Tickets on board and at the office")
    assert _title(*head) == _HEADLINE


# a story that names its two writers, who counted the passengers themselves
_COUNT = [
    "Sam Poe and Jane Roe spent two nights on the ferry counting the passengers who board at the islands pier.",
    "Roe counted the commuters with a clicker while Poe kept the tally of bicycles, dogs and the crates on deck.",
    "On the second night the count doubled, because the last bus to the harbour had been cancelled without notice.",
]


def test_the_writers_names_without_by_are_no_headline() -> None:
    headline = "A winter crossing, counted by hand"
    standfirst = "Two crossings with a clicker and a thermos of tea."
    head = [headline, standfirst, "Jane Roe, Sam Poe", "Mar 4, 2025 • 6 min read"]
    page = storytexts.dump(storytexts.MENU, head, _COUNT, storytexts.TAIL)
    assert read_text_dump(page).title == headline


def test_a_photographers_credit_line_is_no_headline() -> None:
    for credit in ("Photography by Sam Poe", "Fotografie von Sam Poe", "Fotografía de Sam Poe"):
        assert CREDITED.search(credit)
    assert not CREDITED.search("Photography by the sea: a course for beginners")  # no name after it


def test_a_long_headline_over_its_shorter_deck() -> None:
    headline = "Islanders get their boat back as the operator ends months of replacement buses"
    deck = "Ferry runs three times a day again from Monday, operator says"
    assert _title(headline, deck, "Jane Roe, Sam Poe · Islands Desk · Posted: Mar 04, 2025 6:05 PM") == headline


def test_an_overline_over_a_headline_with_its_standfirst_under_it() -> None:
    standfirst = "The operator ends months of buses. Divers replaced the posts under the pier."
    head = ("Back on the water again", _HEADLINE, standfirst, "Von Jane Roe", "04.03.2025, 18:05 Uhr")
    assert _title(*head) == _HEADLINE
    # a line the trail over it prints again is the headline the page repeats, not an overline
    units = ["Home » Islands » Ferry runs again", "Ferry runs again", "Ferry-Islands-Pier", standfirst, "04.03.2025"]
    values = [-2, -3, -3, 14, -3]

    def dated(line: str) -> bool:
        return line.endswith("2025")

    def shaped(line: str) -> bool:
        return not line.endswith(".")

    assert not overline_kind(units, values, (1, 2), "Ferry runs again", (dated, shaped))
    assert overline_kind(["Home", *units[1:]], values, (1, 2), "Ferry runs again", (dated, shaped))


def test_an_overline_over_a_headline_with_a_deck_printed_without_its_full_stop() -> None:
    # three title-shaped lines over the byline: a section trail, the headline, and its deck (no full stop)
    deck = "Divers replaced the rotten posts under the pier and the operator hired two more deckhands"
    head = ("Islands / Transport & Harbours", _HEADLINE, deck, "Jane Roe, Islands reporter", "4 Mar 2025 · 6:05 pm")
    assert _title(*head) == _HEADLINE
    # a line that only names the writers is the byline, not a deck: the short headline over the long one stays
    short = "Ferry back on the water"
    writers = "Jane Roe Islands correspondent, with reporting from Sam Poe"
    assert _title(short, _HEADLINE, writers, "Wed 4 Mar 2025 18.05 GMT") == short


def test_a_campaigns_name_with_its_year_is_no_headline() -> None:
    head = ("Timetables for the Islands 2025", _HEADLINE, "Notice of 04.03.2025", "By Jane Roe and Sam Poe")
    assert _title(*head) == _HEADLINE


def test_a_title_opening_with_a_quotation_in_guillemets() -> None:
    headline = "« Le bac des îles » : trois traversées par jour dès lundi"
    assert in_guillemets(headline)
    assert not in_guillemets("Accueil » Régions » Îles")
    assert _title("Îles · Transports", headline, "Par Jeanne Roux Publié le 04/03/2025 à 07h00") == headline


def test_two_menu_entries_run_together_over_the_headline_are_a_trail() -> None:
    # the trail's links copied without their separators: "Region" and "Ports & Harbours" are menu entries
    menu = ["Home", "News", "Region", "Ports & Harbours", "Sport", "Business", "Contact"]
    dates = ["Published Mar 04, 2025, 06:05 PM", "Updated Mar 04, 2025, 06:10 PM"]
    head = ["Region Ports & Harbours", _HEADLINE, "Source: Islands Newswire", *dates]
    page = storytexts.dump(menu, head, [storytexts.FERRY], storytexts.TAIL)
    assert read_text_dump(page).title == _HEADLINE
    assert menu_run(storytexts.MENU + head, len(storytexts.MENU) + 1, "News Region")
    assert not menu_run(storytexts.MENU + head, len(storytexts.MENU) + 1, "News about the Region")


def test_a_captions_credit_after_its_full_stop_is_no_headline() -> None:
    for caption in (
        "The north pier at low tide, with the damaged posts in view. JANE ROE",
        "The north pier at low tide, with the damaged posts in view. JANE ROE / HARBOUR POST",
        "The north pier at low tide, with the damaged posts in view. Jane Roe/Harbour Post",
    ):
        assert CREDITED.search(caption)
    # a headline's own words in capitals, or two sentences with no credit, are no credit
    assert not CREDITED.search("NATO allies meet in Riga as the EU weighs new sanctions")
    assert not CREDITED.search("Ferry runs again. Islanders cheer the new timetable")
    caption = "The ferry at the new pier on Monday morning, its first crossing in months. Sam Poe/Islands Post"
    head = (_HEADLINE, "Three crossings a day from Monday, and a fourth in summer.", caption, "By Jane Roe")
    assert _title(*head, "Published March 4, 2025") == _HEADLINE


def test_a_sections_name_with_the_stories_tag_run_after_it_is_a_kicker() -> None:
    # the menu names "Islands & Coast"; the kicker over the headline runs the story's tag ("Ferries") into it
    menu = ["Home", "News", "Islands & Coast", "Sport", "Business", "Culture", "Contact"]
    headline = "Ferry to the outer islands runs three times a day again after the long pier repairs end"
    head = [
        "Islands & Coast Ferries",
        headline,
        "The operator adds a fourth crossing in summer if enough passengers come.",
        "The ferry at the new pier on Monday morning, its first crossing in months.",
        "Jane Roe",
        "Northby - 4 Mar 2025 - 07:45",
    ]
    page = storytexts.dump(menu, head, [storytexts.FERRY], storytexts.TAIL)
    assert read_text_dump(page).title == headline
    assert section_tag(menu + head, len(menu), "Islands & Coast Ferries")
    assert not section_tag(menu + head, len(menu), "Islands & Coast ferries run again")  # a headline's length
