"""Bylines of the languages beyond the first eight: two writers joined by the language's own "and", the
reporter's trade printed before the name with no colon, the credit for text and pictures after the date,
and a name running to its comma before the post.

Each line is written for the test (no publisher's text); each case is a shape real pages have.
"""

from __future__ import annotations

import storytexts
from briefkit.importer.bylines import name_before_role, parse_byline
from briefkit.importer.inlinebylines import find_byline
from briefkit.importer.namecase import uncapitalised
from briefkit.importer.textdump import read_text_dump

_STORY = storytexts.FERRY


def _dump(under_headline: str) -> str:
    return f"Home\nNews\nContact\nThe ferry runs again\n{under_headline}\n{_STORY}Imprint\n"


def test_two_writers_joined_by_the_languages_and_are_two_authors() -> None:
    assert parse_byline("Af Ulla Roe og Sam Poe") == ("Ulla Roe", "Sam Poe")  # Danish, Norwegian
    assert parse_byline("Av Ulla Roe och Sam Poe") == ("Ulla Roe", "Sam Poe")  # Swedish
    assert find_byline("Hana Roe a Petr Poe · pondělí 4. května 2026", bare=True) == ("Hana Roe", "Petr Poe")
    assert read_text_dump(_dump("Af Ulla Roe og Sam Poe\n4. maj 2026")).authors == ("Ulla Roe", "Sam Poe")


def test_a_place_after_in_is_still_no_second_writer() -> None:
    assert parse_byline("By Jane Roe in Seoul") == ("Jane Roe",)


def test_the_reporters_trade_before_the_name_is_left_off() -> None:
    assert find_byline("Reporter Ulla Roe Lyssna på artikeln", bare=True) == ("Ulla Roe",)
    assert find_byline("Корреспондент Анна Роева вчера, 18:40 1 204 просмотра", bare=True) == ("Анна Роева",)
    assert read_text_dump(_dump("Reporter Ulla Roe\n4 maj 2026")).authors == ("Ulla Roe",)


def test_a_trade_with_no_name_after_it_is_no_byline() -> None:
    assert find_byline("Reporter of the year", bare=True) == ()
    assert find_byline("Reporter", bare=True) == ()


def test_the_credit_for_text_and_photos_after_the_date_names_the_writer() -> None:
    assert find_byline("04 maja 2026, 09:14 Tekst i zdjęcia: Ola Roe", bare=True) == ("Ola Roe",)
    assert find_byline("4 May 2026 Text and photos: Jane Roe", bare=True) == ("Jane Roe",)


def test_a_name_runs_to_its_comma_before_the_post() -> None:
    assert parse_byline("Mere Ana Roe, Court reporter") == ("Mere Ana Roe",)
    assert name_before_role("Mere Ana Roe, Court reporter") == ()
    assert name_before_role("Jane Roe Political Editor, Seoul") == ("Jane Roe",)


def test_a_byline_in_capitals_glued_to_a_small_weekday_ends_where_the_weekday_begins() -> None:
    assert find_byline("DOOR ANNA VAN DER BERGza 4 mei 2026 · 10:05", bare=True) == ("Anna van der Berg",)
    assert find_byline("NATOs 5 members", bare=True) == ()


def test_particles_inside_a_name_in_capitals_are_written_small() -> None:
    assert uncapitalised("ANNA VAN DER BERG") == "Anna van der Berg"
    assert uncapitalised("LUDWIG VON ROE") == "Ludwig von Roe"
    assert uncapitalised("VAN ROE") == "Van Roe"  # the first word is the name's own


def test_the_wire_in_brackets_after_the_writers_is_no_writer() -> None:
    line = "Léa Roe et Paul Poe (avec Agence Nord) - 03/12/2026 à 18:20 - Mis à jour le 04/12/2026 à 08:05"
    assert find_byline(line, bare=True) == ("Léa Roe", "Paul Poe")
    assert parse_byline("Jane Roe (with Northern Wire)") == ("Jane Roe",)
    assert parse_byline("By Jane Roe (now) and Sam Poe (earlier)") == ("Jane Roe", "Sam Poe")
