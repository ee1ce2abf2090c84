"""Lines near a copied story that are no byline: a topic label the headline or the lead repeats in another
form, a picture's caption closed by its photographer's credit; and an author box headed "About <name>"
whose card goes on without the name.

Each dump is written for the test (no publisher's text); each case is a shape real pages have.
"""

from __future__ import annotations

from briefkit.importer.textdump import read_text_dump
from storytexts import MENU, PIER, TAIL
from storytexts import dump as _dump

STORY = PIER[:4]


def test_a_label_the_headline_repeats_before_its_colon_is_no_byline() -> None:
    head = ["Harbour Report", "New report: the north pier needs new posts before winter"]
    article = read_text_dump(_dump(MENU, head, STORY, TAIL))
    assert article.title == "New report: the north pier needs new posts before winter"
    assert article.authors == ()


def test_a_label_the_lead_repeats_with_its_accent_moved_is_no_byline() -> None:
    lead = (
        "Los regímenes fiscales de los puertos pequeños cambian el año que viene, y la junta del puerto "
        "votó el martes reconstruir el viejo muelle norte antes de que empiece la temporada de pesca."
    )
    head = ["Régimen Fiscal", "La junta del puerto reconstruye el muelle norte"]
    article = read_text_dump(_dump(MENU, head, [lead, *STORY[1:]], TAIL))
    assert article.authors == ()


def test_a_caption_closed_by_its_photographers_credit_names_no_writer() -> None:
    head = [
        "Harbour board votes to rebuild the north pier",
        "BOATS AT NORTHWICK, SEAFORD. PHOTO: SAM POE",
    ]
    article = read_text_dump(_dump(MENU, head, STORY, TAIL))
    assert article.authors == ()
    signed = read_text_dump(_dump(MENU, [*head[:1], "By Jane Roe", *head[1:]], STORY, TAIL))
    assert signed.authors == ("Jane Roe",)


def test_an_about_heading_over_a_card_that_does_not_repeat_the_name_signs_the_story() -> None:
    card = [
        "About Jane Roe",
        "Ship's engineer, mother of two and keen sailor. Writes here about boats and harbours since 2015.",
        "All posts",
    ]
    article = read_text_dump(_dump(MENU, ["Harbour board votes to rebuild the north pier"], STORY, card, TAIL))
    assert article.authors == ("Jane Roe",)
    # a heading over one line that is no sentence about anyone is no card
    short = ["About Jane Roe", "All posts", "Contact"]
    article = read_text_dump(_dump(MENU, ["Harbour board votes to rebuild the north pier"], STORY, short, TAIL))
    assert article.authors == ()


def test_a_post_set_close_after_a_slash_is_cut_from_the_name() -> None:
    head = ["Harbour board votes to rebuild the north pier", "Jane Roe/Senior Harbour Reporter", "Published 4 May 2026"]
    article = read_text_dump(_dump(MENU, head, STORY, TAIL))
    assert article.authors == ("Jane Roe",)
    assert "Senior Harbour Reporter" not in article.body


def test_a_signature_with_the_wire_it_worked_with_closes_the_story() -> None:
    for line in ["Jane Roe avec ATS", "Jane Roe with agencies"]:
        page = _dump(MENU, ["Harbour board votes to rebuild the north pier", "4 May 2026"], STORY, [line], TAIL)
        assert read_text_dump(page).authors == ("Jane Roe",)


def test_a_blog_posts_footer_signs_it_in_one_long_dated_line() -> None:
    footer = "Author Jane Roe Posted on 4 May 2026 Categories Harbour life Tags pier, boats, town council"
    page = _dump(MENU, ["Harbour board votes to rebuild the north pier"], STORY, [footer], TAIL)
    assert read_text_dump(page).authors == ("Jane Roe",)
    # the trade before a name in a sentence, with no date's label after it, signs nothing
    aside = "Author Jane Roe will sign her harbour book at the library."
    page = _dump(MENU, ["Harbour board votes to rebuild the north pier", "4 May 2026"], STORY, [aside], TAIL)
    assert read_text_dump(page).authors == ()


def test_a_georgian_byline_names_its_writer_after_its_label() -> None:
    head = ["ნავსადგურის საბჭო ჩრდილოეთ ნავმისადგომს აღადგენს", "ავტორი: ანა როე, 4 მაისი, 2026 - 10:15"]
    assert read_text_dump(_dump(MENU, head, STORY, TAIL)).authors == ("ანა როე",)
