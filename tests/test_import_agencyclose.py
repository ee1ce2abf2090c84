"""A story's last paragraph closed by the agency's share in brackets after its full stop ("… (with
AFP)", "(mit dpa)"): still a paragraph of the story, neither furniture nor a picture's caption.

The dump is written for the test; the shape is one real pages have.
"""

from __future__ import annotations

import storytexts
from briefkit.importer.textdump import read_text_dump

_LAST = "Cyclists' groups welcomed the plan but regret that no station is planned in the two western districts."


def test_a_last_paragraph_closed_by_the_agencys_share_stays() -> None:
    head = ["Cargo bikes for hire at six metro stations", "By Jane Roe", "4 March 2025"]
    for credit in ("(with AFP)", "(avec AFP)", "(mit Reuters)"):
        dump = storytexts.dump(
            storytexts.MENU, head, storytexts.PIER, [_LAST + " " + credit], ["Tags: Bikes · Metro"], storytexts.TAIL
        )
        article = read_text_dump(dump)
        assert _LAST in article.body, credit
        assert not article.images, credit


def test_a_last_paragraph_closed_by_the_wires_slashed_name_stays() -> None:
    head = ["Cargo bikes for hire at six metro stations", "By Jane Roe", "4 March 2025"]
    for credit in ("/nordwire/", "/PAP/"):
        dump = storytexts.dump(
            storytexts.MENU, head, storytexts.PIER, [_LAST + " " + credit], ["Tags: Bikes · Metro"], storytexts.TAIL
        )
        assert _LAST in read_text_dump(dump).body, credit
