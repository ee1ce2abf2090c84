"""Two forms of one headline in a copied page: the trail's last part naming the place a headline opens
with before its colon ("Northby : the council votes …"), and the headline in full printed right under
its shortened form, over the byline. Dumps written for the test.
"""

from __future__ import annotations

import storytexts
from briefkit.importer.textdump import read_text_dump

_MENU = "\n".join(storytexts.MENU)


def test_a_place_before_the_colon_stays_in_the_headline_the_trail_names() -> None:
    title = "Northby : the council votes to repair the ferry pier"
    dump = f"{_MENU}\nHome > Towns > Northby\n{title}\nPublished 4 March 2025, by Jane Roe\n{storytexts.FERRY}Imprint\n"
    assert read_text_dump(dump).title == title


def test_the_headline_in_full_under_its_short_form_is_the_headline() -> None:
    short = "Ferry to the islands runs again"
    full = f"{short}, says the operator"
    dump = f"{_MENU}\n{short}\n{full}\nBy Jane Roe / 4 March 2025 / Transport\n{storytexts.FERRY}Imprint\n"
    assert read_text_dump(dump).title == full


def test_the_headline_in_full_under_the_trails_last_part_with_a_label_over_the_byline() -> None:
    short = "Ferry to the islands runs again"
    full = f"{short} after a winter of repairs"
    head = f"Home\nTransport\n{short}\n{full}\nIn brief\nAuthor: Jane Roe\n4 March 2025, 09:15\n"
    dump = f"{_MENU}\n{head}{storytexts.FERRY}Imprint\n"
    assert read_text_dump(dump).title == full
