"""A row of share buttons closed by its copy-link button, copied as one line ("Facebook WhatsApp
E-mail Copier le lien"): furniture, never a writer's name under the headline. Lines written for the test.
"""

from __future__ import annotations

import storytexts
from briefkit.importer import boilerplate
from briefkit.importer.textdump import read_text_dump


def test_a_share_row_with_its_copy_link_button_is_an_interface_line() -> None:
    assert boilerplate.is_interface_line("Facebook WhatsApp E-mail Copier le lien")
    assert boilerplate.is_interface_line("Facebook X E-Mail Link kopieren")
    assert boilerplate.is_interface_line("Telegram Facebook Copy link")
    assert not boilerplate.is_interface_line("Copy the link between the two towns, the mayor said.")


def test_the_row_under_an_unsigned_dateline_names_no_author() -> None:
    menu = "\n".join(storytexts.MENU)
    dump = (
        f"{menu}\nFerry to the islands runs again\nPublié le mardi 4 mars 2025 à 17h41\n"
        f"Facebook WhatsApp E-mail Copier le lien\n{storytexts.FERRY}Imprint\n"
    )
    assert read_text_dump(dump).authors == ()
