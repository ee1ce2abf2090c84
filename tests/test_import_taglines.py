"""The site's tagline and skip links under a copied page's headline are no standfirst."""

from briefkit.importer.taglines import is_command_pair, is_site_tagline

PAGE = [
    "Cityknows needs volunteer editors. Write your first entry today!",
    "Harbour ferry to run every twenty minutes",
    "From Cityknows, the free city guide",
    "Go to menu Go to search",
]


def test_a_preposition_the_site_s_name_and_its_apposition() -> None:
    assert is_site_tagline("From Cityknows, the free city guide", PAGE)
    assert is_site_tagline("Aus Cityknows, dem freien Stadtführer", [*PAGE, "Cityknows braucht Hilfe"])


def test_a_standfirst_or_a_name_printed_nowhere_else_is_no_tagline() -> None:
    assert not is_site_tagline("From Monday, the ferry runs every twenty minutes.", PAGE)
    assert not is_site_tagline("From Harbourtown, a ferry every twenty minutes", PAGE)  # name not repeated
    assert not is_site_tagline("Ferries, buses and trams will run more often from Monday", PAGE)


def test_two_commands_opening_on_the_same_words() -> None:
    assert is_command_pair("Go to menu Go to search")
    assert is_command_pair("Saltar al menú Saltar a la búsqueda")
    assert not is_command_pair("The ferry will run every twenty minutes from Monday")
    assert not is_command_pair("Go to the harbour, then go to the market")
