"""Where a copied story closes: a filing line alone under it, the tags' label in more languages, a
related box's label behind a pointer's mark, a sign-up box whose button the story's end left out, a
comment heading in more languages; over the story, a post's counters and a consent banner in Swedish.

Each dump is written for the test (no publisher's text).
"""

from __future__ import annotations

import storytexts
from briefkit.importer import pagedata, pagewords, signups, storyedges
from briefkit.importer.smallprint import is_cookie_banner
from briefkit.importer.textdump import read_text_dump

_HEADLINE = "Harbour board votes to rebuild the storm-damaged north pier before the season"
_HEAD = [_HEADLINE, "By Jane Roe", "March 4, 2025"]


def _body(lines: list[str], tail: list[str] | None = None) -> str:
    page = storytexts.dump(storytexts.MENU, _HEAD, lines, tail or storytexts.TAIL)
    return read_text_dump(page).body


def test_a_filing_line_alone_closes_the_story_and_the_plug_under_it_goes() -> None:
    plug = "Catch every story from the coast in the Harbour Post. Download the Harbour Post app for daily updates."
    body = _body([*storytexts.PIER, "Tags: Harbour North pier Fishing", plug, "Advertisement", "Trending Stories"])
    assert storytexts.PIER[-1] in body
    assert "Download the Harbour Post app" not in body


def test_the_tags_label_in_more_languages() -> None:
    for line in (
        "Etiketler: liman iskele",
        "Ετικέτες: λιμάνι προβλήτα",
        "Tagi: port",
        "Címkék: kikötő",
        "Taggar: hamn",
    ):
        assert pagedata.is_filing_line(line), line
    assert not pagedata.is_filing_line("Etiketler yapıştırıldı ve kutular gönderildi.")  # no label's colon


def test_a_related_boxs_label_behind_a_pointers_mark() -> None:
    for label in ("► Related posts:", "▶️ More stories", "→ Lees ook"):
        assert pagewords.END_MARKER.match(label) or pagewords.READ_ALSO.match(label), label
    box = ["► More on this topic:", "Ferry fares go up in spring", "New lighthouse keeper named"]
    body = _body([*storytexts.PIER[:3], *box, *storytexts.PIER[3:]])
    assert "Ferry fares go up" not in body
    assert storytexts.PIER[-1] in body


def test_a_sign_up_box_closing_the_story_without_its_button() -> None:
    box = ["The Morning Tide newsletter", "The coast's news before breakfast, free, on weekdays at seven."]
    assert signups.without_buttoned_boxes([*storytexts.PIER[:2], *box]) == storytexts.PIER[:2]
    # a story's closing subheading and paragraph name no letter
    last = ["What comes next", "The board meets again in May to pick the builder."]
    assert signups.without_buttoned_boxes([*storytexts.PIER[:2], *last]) == [*storytexts.PIER[:2], *last]


def test_a_sign_up_button_in_spanish() -> None:
    box = [
        "Boletín del puerto",
        "Recibe cada lunes las noticias de la costa, explicadas por nuestros periodistas.",
        "Apúntate",
    ]
    assert signups.without_buttoned_boxes([*storytexts.PIER[:2], *box]) == storytexts.PIER[:2]


def test_a_comment_heading_in_more_languages_ends_the_story() -> None:
    for heading in ("Kommentarer", "Kommentit", "Komentarze", "Yorumlar", "Σχόλια"):
        assert storyedges.COMMENTS.match(heading), heading
    thread = ["Kommentarer", "Sam Poe 4 mars", "Tack för texten, mycket bra skrivet om piren och båtarna i hamnen."]
    body = _body([*storytexts.PIER, *thread], ["More posts", "Imprint"])
    assert storytexts.PIER[-1] in body
    assert "Tack för texten" not in body


def test_a_posts_counters_and_a_banner_in_swedish_are_no_headline() -> None:
    banner = "Vi använder cookies för att förbättra din upplevelse och för analys. Läs mer i vår policy."
    assert is_cookie_banner(banner)
    head = [banner, "Acceptera Avvisa", "Harbour Letters", _HEADLINE, "The board will pay half, the fund the rest."]
    head += ["Jane Roe", "4 mars 2025", "148 3 Dela"]
    page = storytexts.dump(head, storytexts.PIER, storytexts.TAIL)
    assert read_text_dump(page).title == _HEADLINE


def test_a_sign_up_box_whose_button_falls_past_the_storys_end_goes_with_it() -> None:
    box = [
        "Get the Tide Table every Monday",
        "Our weekly round-up of sailings, closures and harbour dues.",
        "Subscribe now",
    ]
    card = ["Jane Roe", "Jane covers the harbour and the fishing fleet; before that she sailed for ten years."]
    body = _body([*storytexts.PIER, *box, *card], ["Read more", "Ferry fares go up in spring", "Imprint"])
    assert storytexts.PIER[-1] in body
    assert "weekly round-up" not in body
    assert "Tide Table" not in body


def test_a_card_on_another_story_set_into_it_and_listed_below_goes() -> None:
    card = ["A winter on the ferry: what I learned", "Twelve months, ninety crossings and one very rough January."]
    story = [*storytexts.PIER[:3], *card, "What comes next", *storytexts.PIER[3:]]
    more = ["More from the harbour", "A winter on the ferry: what I learned", "2 Sep 2025", "Imprint"]
    body = _body(story, more)
    assert storytexts.PIER[-1] in body and storytexts.PIER[2] in body
    assert "ninety crossings" not in body
    assert "what I learned" not in body
