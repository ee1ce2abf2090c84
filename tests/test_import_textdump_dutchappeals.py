"""A newsletter's or a site's ask closing a copied story in Dutch (`appealvoice`): the reader addressed
as "je" or "u" beside two words of the appeal's vocabulary; a story's sentence with one such word stays.

Each dump is written for the test (no publisher's text); each case is a shape real pages have.
"""

from __future__ import annotations

import storytexts
from briefkit.importer.textdump import read_text_dump

_HEADLINE = "Harbour board votes to rebuild the old north pier"


def test_a_dutch_newsletters_closing_ask_is_not_the_story() -> None:
    ask = "Dit was de havenbrief, een gratis nieuwsbrief over de haven. Schrijf je in voor de volgende editie."
    page = storytexts.dump(
        storytexts.MENU, [_HEADLINE, "3 May 2024"], [*storytexts.PIER, ask], [], storytexts.TAIL
    )
    body = read_text_dump(page).body
    assert "havenbrief" not in body
    assert storytexts.PIER[-1] in body


def test_a_dutch_sentence_with_one_such_word_stays() -> None:
    line = "De wethouder zegt dat je de haven gratis kunt bezoeken zolang de werken duren."
    page = storytexts.dump(storytexts.MENU, [_HEADLINE, "3 May 2024"], [*storytexts.PIER, line], [], storytexts.TAIL)
    assert "gratis kunt bezoeken" in read_text_dump(page).body
