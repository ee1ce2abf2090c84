"""An author field's desk, login or site name that the page never prints, against the byline by the headline.

Every name and line here is written for these tests.
"""

from __future__ import annotations

from briefkit.importer.authorpick import pick_authors
from briefkit.importer.markupmeta import Claim, Evidence


def test_a_login_in_the_json_ld_loses_to_the_printed_byline() -> None:
    ev = Evidence(
        authors=[
            Claim("townpost_admin", "jsonld", 0),
            Claim("By Orla Fenwick Quist", "byline-text", 14),
        ],
        headline_pos=10,
    )
    assert pick_authors(ev, "Town Post", "Bridge repairs start in spring") == ["Orla Fenwick Quist"]


def test_one_role_word_in_every_field_loses_to_the_printed_byline() -> None:
    # the JSON-LD and two <meta> copies of one CMS field: one account, not three witnesses
    ev = Evidence(
        authors=[
            Claim("Mhakiki", "jsonld", 0),
            Claim("Mhakiki", "meta", 0),
            Claim("Mhakiki", "meta", 0),
            Claim("Na Petro Kivuyo, Arusha", "byline-text", 12),
            Claim("Na Petro Kivuyo, Arusha", "byline-text", 13),
        ],
        headline_pos=10,
    )
    assert pick_authors(ev, "Sauti Example", "Mvua yaleta mafuriko") == ["Petro Kivuyo"]


def test_a_name_in_a_caseless_script_printed_by_the_headline() -> None:
    ev = Evidence(
        authors=[
            Claim("نیوز روم", "jsonld", 0),
            Claim("علی رضا", "author-link", 12),
            Claim("علی رضا", "byline", 11),
        ],
        headline_pos=10,
    )
    assert pick_authors(ev, None, "شہر میں بارش") == ["علی رضا"]


def test_a_menu_word_by_the_headline_is_no_person() -> None:
    # "Signin" over the headline is the site's menu: the author field keeps its value
    ev = Evidence(authors=[Claim("Ex-Wire", "meta", 0), Claim("Signin", "member-link", 12)], headline_pos=10)
    assert pick_authors(ev, "Harbour Weekly", "Container traffic falls") == ["Ex-Wire"]


def test_a_person_in_the_author_field_is_not_demoted() -> None:
    # a person's name in the field, a sidebar's byline near the top: the field's person still wins
    ev = Evidence(
        authors=[Claim("Jonas Merrow", "jsonld", 0), Claim("Lea Tamsin", "byline", 14)],
        headline_pos=10,
    )
    assert pick_authors(ev, None, "Council votes on parking") == ["Jonas Merrow"]


def test_the_site_as_author_when_no_person_is_printed() -> None:
    ev = Evidence(authors=[Claim("Harbour Weekly", "meta", 0)], headline_pos=10)
    assert pick_authors(ev, "Harbour Weekly", "Container traffic falls") == ["Harbour Weekly"]


def test_a_desk_printed_by_the_headline_over_the_fields_desk() -> None:
    # no person anywhere: the desk the reader sees under the headline, not the account the CMS filed
    ev = Evidence(
        authors=[Claim("Online Staff", "jsonld", 0), Claim("By: Staff dispatch", "byline", 12)],
        headline_pos=10,
    )
    assert pick_authors(ev, "Valley 9", "Snow closes the pass") == ["Staff dispatch"]
