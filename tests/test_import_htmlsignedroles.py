"""A saved page's writer where the markup misleads: a CMS login in the author field with the writer's
signature under the story, a link-less label in another script beside another, a reportage label.

Small pages written for these tests; the names are made up.
"""

from __future__ import annotations

import json

from briefkit.importer.htmlpage import read_html

PROSE = "The orchard growers met at the market hall and agreed to share one cold store for the winter."
BODY = "".join(f"<p>{PROSE} {k}</p>" for k in range(6))


def page(head: str = "", top: str = "", after: str = "") -> str:
    return (
        f"<!doctype html><html><head>{head}</head><body>{top}<article><h1>Growers share a cold store</h1>"
        f"{BODY}{after}</article><footer><p>Orchard Notes</p></footer></body></html>"
    )


def login(name: str) -> str:
    data = {
        "@type": "BlogPosting",
        "headline": "Growers share a cold store",
        "author": {"@type": "Person", "name": name},
    }
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def test_a_bold_name_over_its_post_closing_the_story_outweighs_the_cms_login() -> None:
    after = "<p><strong>Halina Wróblewska</strong><br>editor of the blog</p>"
    assert read_html(page(login("admin"), after=after)).authors == ("Halina Wróblewska",)


def test_a_bold_name_over_a_sentence_is_no_signature() -> None:
    # a bold lead-in over a line of prose with a full stop: a quoted speaker, not the writer
    after = "<p><strong>Halina Wróblewska</strong><br>She said the store will open in May.</p>"
    assert read_html(page(login("admin"), after=after)).authors != ("Halina Wróblewska",)


def test_a_label_beside_a_link_less_anchor_in_another_script_is_no_author() -> None:
    # a radio bar: "LIVE" and the channels, anchors with no address; a Greek name spells no address either
    top = "<div class='bar'><span>ΑΚΟΥΣΤΕ ΤΩΡΑ</span> <a>Κανάλι Ένα</a> <a>Κανάλι Δύο</a></div>"
    assert read_html(page(top=top)).authors == ()


def test_a_greek_reportage_label_names_the_writer() -> None:
    top = "<div class='meta'><span class='r'>Ρεπορτάζ: Ελένη Μαυρίδου</span></div>"
    assert read_html(page(top=top)).authors == ("Ελένη Μαυρίδου",)


def test_the_newsroom_account_in_another_language_gives_way_to_the_signature() -> None:
    after = "<p><strong>Halina Wróblewska</strong><br>editor of the blog</p>"
    for account in ("redakcja", "Administrador", "Redakce"):
        assert read_html(page(login(account), after=after)).authors == ("Halina Wróblewska",), account


def test_a_plain_name_over_its_post_closing_the_story_outweighs_the_cms_default_account() -> None:
    head = '<meta name="author" content="Super User">'
    after = "<p class='sign'>Teodora Malik<br>press officer of the growers' union</p>"
    assert read_html(page(head, after=after)).authors == ("Teodora Malik",)


def test_a_plain_name_over_a_sentence_is_no_signature() -> None:
    head = '<meta name="author" content="Super User">'
    after = "<p>Teodora Malik<br>She said the store will open in May.</p>"
    assert read_html(page(head, after=after)).authors != ("Teodora Malik",)


def test_a_row_of_labelled_fields_names_its_author_over_the_desk_in_the_markup() -> None:
    head = '<meta name="author" content="Redakce Obecního zpravodaje">'
    top = (
        "<div class='info'>Section: <a href='/town'>Town</a> | Author: Kamil Horák | "
        "Posted: 3. 5. 2022 | Read: 212×</div>"
    )
    assert read_html(page(head, top=top)).authors == ("Kamil Horák",)


def test_a_greeting_over_a_name_is_no_signer_with_a_post() -> None:
    head = '<meta name="author" content="Super User">'
    after = "<p>Warm Wishes<br>Teodora Malik (Town Records)</p>"
    assert read_html(page(head, after=after)).authors != ("Warm Wishes",)


def test_a_letters_closing_over_initials_is_no_signer() -> None:
    after = "<p>Kind Regards<br>tm</p>"
    assert read_html(page(login("admin"), after=after)).authors != ("Kind Regards",)
