"""A short headed box asking the reader for a gift or to join, set into a saved story, is left out."""

from __future__ import annotations

from briefkit.importer.htmlpage import read_html

STORY = [
    "The nursery staff of the district will work thirty-eight hours a week from January, two fewer than now.",
    "The agreement also gives each nursery one more teacher for every forty children on its register.",
    "Parents' groups welcomed the deal but warned that some nurseries may shorten their opening hours.",
    "The district council said it would pay for the new posts from savings on buildings and travel.",
    "The agreement runs for three years and can be ended by either side with six months' notice.",
]


def _page(middle: str) -> str:
    paras = "".join(f"<p>{s}</p>" for s in STORY[:3]) + middle + "".join(f"<p>{s}</p>" for s in STORY[3:])
    return (
        "<html lang='en'><head><title>Shorter weeks for nursery staff</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article>"
        f"<h1>Shorter weeks for nursery staff</h1><div class='text'>{paras}</div></article>"
        "<footer><p>All rights reserved.</p></footer></body></html>"
    )


def test_a_box_asking_to_join_as_a_member_is_left_out_in_each_language() -> None:
    for box in (
        "<div class='b'><h4>Not a member yet?</h4><p>Only members get strike pay and legal help. Join online today!</p></div>",
        "<div class='b'><h4>Noch kein Mitglied?</h4><p>Nur Mitglieder bekommen Rechtsschutz. Jetzt beitreten!</p></div>",
        "<div class='b'><h4>¿Aún no eres socio?</h4><p>Los socios tienen asesoría gratuita. ¡Hazte socio hoy!</p></div>",
    ):
        body = read_html(_page(box)).body
        assert "legal help" not in body and "Rechtsschutz" not in body and "asesoría" not in body, box
        assert STORY[2] in body and STORY[3] in body


def test_a_box_whose_line_names_a_gift_to_the_house_is_left_out_with_all_its_lines() -> None:
    box = (
        "<div class='c'><h3>Cette enquête vous a servi ?</h3><p>La rédaction ne vit que de ses lecteurs. "
        "Dix euros paient une heure de recherche.</p><a href='/don'>Je soutiens la rédaction</a>"
        "<p>Votre don est déductible des impôts.</p></div>"
    )
    body = read_html(_page(box)).body
    assert "heure de recherche" not in body and "déductible" not in body and STORY[3] in body


def test_a_box_of_the_story_about_members_that_asks_nothing_stays() -> None:
    box = "<div class='d'><h4>The union</h4><p>The union has 4,200 members in the district, most of them in nurseries.</p></div>"
    assert "4,200 members" in read_html(_page(box)).body
