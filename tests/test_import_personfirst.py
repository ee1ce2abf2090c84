"""A page's writer over the words beside the byline that name no one, and over the site's own name.

A byline's role label set in its own element ("Reporter" over the name), a desk's sign-off with its
editors' initials, and the paper's name in the author field (its <title> names it too, sharing only
a function word with the headline) must not win over a person the page prints. Every line here is
written for these tests.
"""

from __future__ import annotations

from briefkit.importer.authorpick import pick_authors
from briefkit.importer.markupmeta import Claim, Evidence


def test_a_role_label_in_its_own_element_is_not_the_writer() -> None:
    ev = Evidence(
        authors=[
            Claim("Reporter Tove Lindqvar Listen to the story", "byline", 12),
            Claim("Reporter", "byline", 13),
            Claim("Tove Lindqvar", "byline", 14),
        ],
        headline_pos=10,
    )
    assert pick_authors(ev, None, "Ferry timetable cut for winter") == ["Tove Lindqvar"]


def test_a_lone_first_name_still_signs_a_blog() -> None:
    ev = Evidence(authors=[Claim("Mira", "byline", 12)], headline_pos=10)
    assert pick_authors(ev, None, "Lentil soup in twenty minutes") == ["Mira"]
    # the blog's first name by its headline twice, a full name only in the author field: still the blog's writer
    ev = Evidence(
        authors=[
            Claim("Tom Breckle", "meta", 0),
            Claim("Posted by Mira on 3 May 2019", "byline-text", 11),
            Claim("Mira", "author-link", 12),
        ],
        headline_pos=10,
    )
    assert pick_authors(ev, None, "Lentil soup in twenty minutes") == ["Mira"]


def test_a_desks_sign_off_with_initials_gives_way_to_the_named_writer() -> None:
    ev = Evidence(
        authors=[Claim("wire-South abc/xyz", "byline", 30), Claim("Written by: Hanne Ostervald", "byline-text", 32)],
        headline_pos=10,
    )
    assert pick_authors(ev, None, "Harbour fees rise again") == ["Hanne Ostervald"]


def test_the_papers_name_in_the_author_field_sharing_a_function_word_with_the_headline() -> None:
    ev = Evidence(
        authors=[Claim("La Gazette du Plateau", "meta", 0), Claim("Odile Ferrand, Ambert", "byline", 60)],
        title_tag="Courrier des lecteurs | La Gazette du Plateau",
        headline_pos=10,
    )
    got = pick_authors(ev, "Courrier des lecteurs", "Le marché du samedi doit rester en ville")
    assert got and got[0].startswith("Odile Ferrand")
