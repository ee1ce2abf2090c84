"""A byline card's name and role copied as one word is no headline; a Nordic consent banner is no story."""

from __future__ import annotations

from briefkit.importer import titlelines
from briefkit.importer.nameheads import byline_name
from briefkit.importer.smallprint import is_cookie_banner


def test_a_name_with_its_role_glued_over_the_date_is_a_byline() -> None:
    units = ["Bygda får ny skole etter lang strid", "Kari NordmannReporter", "Publisert 03.02.2026, kl. 09.10"]
    assert byline_name(units, 1, units[1], titlelines.title_shaped)
    units[2] = "Les også dette"  # no date under it: a name and role, nothing says a byline
    assert not byline_name(units, 1, units[1], titlelines.title_shaped)


def test_a_banner_naming_cookies_in_norwegian_or_swedish() -> None:
    assert is_cookie_banner("Avisa bruker informasjonskapsler for å gi deg en bedre opplevelse. Les om personvern")
    assert is_cookie_banner("Vi använder kakor för att sidan ska fungera. Läs vår integritetspolicy")
    assert not is_cookie_banner("Kommunen vil bygge ny skole i bygda og starter arbeidet til høsten.")


def test_a_series_label_with_the_piece_s_number_is_no_headline() -> None:
    from briefkit.importer.labellines import file_label

    assert file_label("Policy Brief No. 12")
    assert file_label("Document de travail n° 8")
    assert not file_label("Council approves the harbour plan after a long night")
    assert not file_label("Why the 12 districts voted no")
